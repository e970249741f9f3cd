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


@pytest.fixture
def corpus_dir(tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    """A folder of short articles, ``0.txt``, ``1.txt`` …: the test module's ``STORY``
    with ``{n}`` the file's number (so each article differs), ``CORPUS_FILES`` of
    them (3 unless the module says otherwise)."""
    story: str = request.module.STORY
    folder = tmp_path / "news"
    folder.mkdir()
    for n in range(getattr(request.module, "CORPUS_FILES", 3)):
        (folder / f"{n}.txt").write_text(story.format(n=n), encoding="utf-8")
    return folder
