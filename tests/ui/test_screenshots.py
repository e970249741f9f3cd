"""The screenshot generator: lives in screenshots/, runs from the repo root, draws the app."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
GENERATE = REPO / "screenshots" / "generate.py"
TOP_LEVEL = {
    ".ci",
    ".gitignore",
    "README.md",
    "bench",
    "bin",  # the quotescope command (bin/quotescope: it catches a Ctrl+C in its import)
    "pyproject.toml",
    "screenshots",
    "seeds",
    "setup.py",  # compiles the attribution package with mypyc (see README: Speed)
    "tests",
    "tui",
}


def load_generate() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate", GENERATE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def git(*args: str) -> subprocess.CompletedProcess[str]:
    if shutil.which("git") is None or not (REPO / ".git").exists():
        pytest.skip("not a git checkout")
    return subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True, check=False)


def test_repo_top_level_holds_only_the_agreed_entries() -> None:
    tracked = {line.split("/")[0] for line in git("ls-files").stdout.splitlines()}
    assert tracked <= TOP_LEVEL, tracked - TOP_LEVEL
    assert not (REPO / "scripts").exists()


def test_snapshot_report_at_the_repo_root_is_ignored() -> None:
    assert git("check-ignore", "-q", "snapshot_report.html").returncode == 0


def test_generate_refuses_an_unknown_view_from_the_repo_root() -> None:
    done = subprocess.run(
        [sys.executable, "screenshots/generate.py", "no-such-view"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "unknown view(s): no-such-view" in done.stdout
    assert "main-light" in done.stdout


async def test_generate_draws_the_light_main_screen(tmp_path: Path) -> None:
    generate = load_generate()
    path = await generate.shoot("main-light", tmp_path)
    assert path == tmp_path / "main-light.svg"
    svg = path.read_text(encoding="utf-8")
    assert svg.startswith("<svg") and "Gerard&#160;Coyne" in svg
