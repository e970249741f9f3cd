"""Shared fixtures: where the seed corpus and the (optional) BBC corpus live.

No test writes to the user's real cache: the extraction cache is pointed at a fresh
temporary folder for each test (``QUOTESCOPE_CACHE_DIR``, inherited by the commands
tests run), and at a session folder for anything running outside a test.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

# Hypothesis fails an example that takes over 200 ms, and then the rerun that is fast
# ("Flaky"): on 2 cores shared with other jobs a process stalls that long now and then
# (test_misread_text_round_trips, whose examples take microseconds, failed so). Speed
# is measured by the benchmarks in bench/, never by a timed unit test.
settings.register_profile("quotescope", deadline=None)
settings.load_profile("quotescope")

REPO_ROOT = Path(__file__).resolve().parents[1]
os.environ["QUOTESCOPE_CACHE_DIR"] = tempfile.mkdtemp(prefix="quotescope-test-cache-")


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("QUOTESCOPE_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


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
