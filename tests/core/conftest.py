"""Fixtures shared by the core tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core import extract


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files actually extracted (not read back from the cache)."""
    seen: list[str] = []
    real = extract.extract_file

    def counting(path, article_id, read_as=None):
        seen.append(Path(path).name)
        return real(path, article_id, read_as)

    monkeypatch.setattr("tui.core.parallel.extract_file", counting)
    return seen
