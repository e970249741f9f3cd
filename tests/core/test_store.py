"""Stores: a corpus written as Parquet shards and opened again, whole and unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.core import store
from tui.core.corpus import Corpus, load_corpus
from tui.core.export import ExportError, quote_records
from tui.core.store import MANIFEST, is_store, open_store, write_store

pytest.importorskip("pyarrow", reason="stores need pyarrow (the dask extra)")

ARTICLE = 'Strike vote\n\nThe leader said: “We will not back down.”\n\n"Never," she added.\n'


def _same(a: Corpus, b: Corpus) -> None:
    assert list(quote_records(a)) == list(quote_records(b))
    assert a.quotes == b.quotes
    assert a.articles == b.articles  # texts, paragraphs, dates, copies
    assert a.speakers == b.speakers
    assert a.problems == b.problems
    assert getattr(a, "groups", None) == getattr(b, "groups", None)


@pytest.fixture
def corpus(seeds_dir: Path, tmp_path: Path) -> Corpus:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "strike.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "copy.txt").write_text(ARTICLE, encoding="utf-8")  # an identical copy
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02" * 100)  # a problem to keep
    return load_corpus([seeds_dir, folder])


def test_a_store_opens_as_the_corpus_it_was_written_from(corpus: Corpus, tmp_path: Path) -> None:
    assert corpus.problems  # kept in the store too
    written = write_store(corpus, tmp_path / "store", sources=["in"])
    assert is_store(written)
    manifest = json.loads((written / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["quotes"] == len(corpus.quotes) and manifest["sources"] == ["in"]
    _same(corpus, open_store(written))
    # The app, search and export open it through load_corpus like any folder.
    _same(corpus, load_corpus([written]))


def test_shards_split_articles_with_their_quotes(
    corpus: Corpus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pyarrow.parquet as pq

    monkeypatch.setattr(store, "SHARD_ARTICLES", 2)
    written = write_store(corpus, tmp_path / "store")
    shards = sorted((written / "quotes").iterdir())
    assert len(shards) == -(-len(corpus.articles) // 2) > 1
    for shard in shards:
        articles = set(pq.read_table(written / "articles" / shard.name)["id"].to_pylist())
        assert set(pq.read_table(shard)["article"].to_pylist()) <= articles
    # The quote folder reads as one table with the export's columns first.
    table = pq.read_table(written / "quotes")
    assert table.num_rows == len(corpus.quotes)
    assert table.column_names[:3] == ["id", "article", "title"]
    _same(corpus, open_store(written))


def test_a_store_is_written_over_nothing_but_an_older_store(
    corpus: Corpus, tmp_path: Path, seeds_dir: Path
) -> None:
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "mine.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(ExportError, match="not a quotescope store"):
        write_store(corpus, tmp_path / "notes")
    assert (tmp_path / "notes" / "mine.txt").read_text(encoding="utf-8") == "keep me"
    with pytest.raises(ExportError, match="inside the corpus"):
        write_store(corpus, seeds_dir / "store")
    write_store(corpus, tmp_path / "store")
    with pytest.raises(ExportError, match="already exists"):
        write_store(corpus, tmp_path / "store")
    small = load_corpus([seeds_dir])
    write_store(small, tmp_path / "store", overwrite=True)
    _same(small, open_store(tmp_path / "store"))
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no leftovers


@pytest.mark.parametrize(
    "damage, reason",
    [
        (lambda s: (s / MANIFEST).write_text("{", encoding="utf-8"), "unreadable store manifest"),
        (lambda s: (s / MANIFEST).write_text('{"format": "x"}', encoding="utf-8"), "not a"),
        (lambda s: next((s / "quotes").iterdir()).write_bytes(b"PAR1junk"), "damaged store"),
        (lambda s: next((s / "articles").iterdir()).unlink(), "damaged store"),
    ],
)
def test_a_damaged_store_is_a_problem_not_a_crash(
    corpus: Corpus, tmp_path: Path, damage, reason: str
) -> None:
    written = write_store(corpus, tmp_path / "store")
    damage(written)
    loaded = load_corpus([written])
    assert not loaded.articles and not loaded.quotes
    [problem] = loaded.problems
    assert problem.path == str(written) and reason in problem.reason


def test_a_newer_store_version_is_refused(corpus: Corpus, tmp_path: Path) -> None:
    written = write_store(corpus, tmp_path / "store")
    manifest = json.loads((written / MANIFEST).read_text(encoding="utf-8"))
    manifest["version"] = store.VERSION + 1
    (written / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    [problem] = load_corpus([written]).problems
    assert f"this quotescope reads {store.VERSION}" in problem.reason
