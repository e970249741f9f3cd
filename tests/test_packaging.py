"""Every package under tui/ ships in a wheel: pyproject lists packages by hand (seeds/ is
mapped into tui.seeds), so a new sub-package left out of the list installs a broken app."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def test_every_package_is_listed_in_pyproject() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(REPO).parts)
        for init in (REPO / "tui").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert found, "no packages found under tui/"
    assert found <= listed, f"missing from pyproject packages: {sorted(found - listed)}"


FAKE_LAUNCH = "raise KeyboardInterrupt  # a Ctrl+C landing while tui.launch is imported\n"


def test_the_command_catches_a_ctrl_c_in_its_own_import(tmp_path: Path) -> None:
    """pip's script for an entry point imports ``tui.launch`` where nothing of ours can
    catch a Ctrl+C: one landing there printed a KeyboardInterrupt traceback (seen under
    load). The command is our own script: interrupted, 130, one line."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert config["tool"]["setuptools"]["script-files"] == ["bin/quotescope"]
    assert "scripts" not in config["project"]  # (pip would write its own quotescope)
    fake = tmp_path / "tui"
    fake.mkdir()
    (fake / "__init__.py").write_text("", encoding="utf-8")
    (fake / "launch.py").write_text(FAKE_LAUNCH, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(REPO / "bin" / "quotescope")],
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (done.returncode, done.stdout, done.stderr) == (130, "", "quotescope: interrupted\n")


def test_the_installed_command_is_the_script() -> None:
    """What ``pip install`` put in the environment's bin is bin/quotescope (with its
    ``#!`` line pointing at the environment's Python)."""
    installed = Path(sys.executable).with_name("quotescope")
    if not installed.exists():
        pytest.skip("quotescope is not installed in this environment")
    text = installed.read_text(encoding="utf-8")
    if "code = main()" not in text:
        pytest.skip("installed before bin/quotescope: run pip install -e '.[test]' again")
    ours = (REPO / "bin" / "quotescope").read_text(encoding="utf-8")
    assert text.partition("\n")[2] == ours.partition("\n")[2]


def test_the_command_does_nothing_when_multiprocessing_imports_it(tmp_path: Path) -> None:
    """The forkserver that starts the load's workers imports the main script as
    ``__mp_main__``; the command then ran the app a second time inside it, and the
    worker pool broke (a cold load hung on "Loading articles…", seen in a fresh clone).
    Imported so, the script must not run ``main``."""
    fake = tmp_path / "tui"
    fake.mkdir()
    (fake / "__init__.py").write_text("", encoding="utf-8")
    launch = "def main():\n    print('ran')\n    return 3\n"
    (fake / "launch.py").write_text(launch, encoding="utf-8")
    as_multiprocessing = "import runpy, sys; runpy.run_path(sys.argv[1], run_name='__mp_main__')"
    script = str(REPO / "bin" / "quotescope")
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    imported = subprocess.run(
        [sys.executable, "-c", as_multiprocessing, script],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (imported.returncode, imported.stdout) == (0, "")
    run = subprocess.run(
        [sys.executable, script], env=env, capture_output=True, text=True, timeout=60
    )
    assert (run.returncode, run.stdout) == (3, "ran\n")
