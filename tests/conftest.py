"""Shared fixtures: where the seed corpus and the (optional) BBC corpus live."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The three seed articles shipped with the package."""
    return REPO_ROOT / "seeds"


@pytest.fixture(scope="session")
def bbc_dir() -> Path:
    """The read-only BBC corpus: $QUOTESCOPE_BBC, else ../shared/corpora/bbc beside the
    checkout; tests using it skip when it is absent."""
    raw = os.environ.get("QUOTESCOPE_BBC") or REPO_ROOT.parent / "shared" / "corpora" / "bbc"
    path = Path(raw).expanduser().resolve()
    if not (path / "texts").is_dir():
        pytest.skip(f"BBC corpus not found at {path} (set QUOTESCOPE_BBC to its folder)")
    return path
