"""Every package under tui/ ships in a wheel: pyproject lists packages by hand (seeds/ is
mapped into tui.seeds), so a new sub-package left out of the list installs a broken app."""

from __future__ import annotations

import tomllib
from pathlib import Path

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
