"""The cache's shards, written as a load runs: only what changed is written again."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core import cache
from tui.core.cache import Store
from tui.core.corpus import load_corpus
from tui.core.export import quote_records

STORY = (
    "Council backs bridge {n}\n\n"
    "“This bridge {n} will change the town,” said Mayor Ann Lee.\n\n"
    "Councillor Tom Hart said: “We will hold the council to every penny.”"
)
CORPUS_FILES = 7  # corpus_dir (conftest): 4 shards of 2 files


@pytest.fixture(autouse=True)
def small_shards(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache, "FILES_PER_SHARD", 2)  # 7 files, 4 shards


def _shards(store: Store) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in sorted(store.folder.glob("0*.qsc"))}


def _from_shards(folder: Path) -> list[dict]:
    """A load served by the shards alone (the warm-start snapshot removed)."""
    store = Store.for_paths([folder], None)
    assert store is not None
    (store.folder / f"corpus{cache.SUFFIX}").unlink(missing_ok=True)
    return list(quote_records(load_corpus([folder], cache=True)))


def test_a_changed_file_rewrites_its_shard_alone(corpus_dir: Path, calls: list[str]) -> None:
    first = list(quote_records(load_corpus([corpus_dir], cache=True)))
    store = Store.for_paths([corpus_dir], None)
    assert store is not None and store.read_shard_count() == 4
    before = _shards(store)
    assert len(before) == 4
    calls.clear()
    assert _from_shards(corpus_dir) == first and calls == []
    (corpus_dir / "3.txt").write_text(STORY.format(n="three"), encoding="utf-8")
    _from_shards(corpus_dir)
    assert calls == ["3.txt"]
    after = _shards(store)
    assert [n for n in before if before[n] != after[n]] == ["0001.qsc"]


def test_added_and_removed_files_leave_every_other_file_cached(
    corpus_dir: Path, calls: list[str]
) -> None:
    load_corpus([corpus_dir], cache=True)
    (corpus_dir / "3a.txt").write_text(STORY.format(n="3a"), encoding="utf-8")
    calls.clear()
    grown = _from_shards(corpus_dir)
    assert calls == ["3a.txt"]
    calls.clear()
    assert _from_shards(corpus_dir) == grown and calls == []  # the new layout was written
    (corpus_dir / "0.txt").unlink()
    (corpus_dir / "5.txt").unlink()
    shrunk = _from_shards(corpus_dir)
    assert calls == [] and len({r["article"] for r in shrunk}) == 6
    assert _from_shards(corpus_dir) == shrunk and calls == []
