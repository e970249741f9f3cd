"""Article texts on disk: read back exactly, never trusted, never the wrong words."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core import cache
from tui.core.corpus import load_corpus
from tui.core.loader import load_file
from tui.core.model import Article, stored_text
from tui.core.text_store import StoredText, TextStore

STORY = (
    "Council backs new bridge {n}\n\n"
    "“This bridge will change the town for a generation,” said Mayor Ann Lee.\n\n"
    "Opposition councillor Tom Hart said: “We will hold the council to every penny.”\n\n"
    "Café owners — «ravis» — said: “Ça ira.”"
)


def _texts_file() -> Path:
    (found,) = (cache.cache_dir() / "corpora").glob(f"*/{cache.TEXTS_FILE}")
    return found


def _own_texts(folder: Path) -> dict[str, str]:
    return {p.name: load_file(p, p.name)[0][0].text for p in sorted(folder.glob("*.txt"))}


def test_texts_read_back_as_written(tmp_path: Path) -> None:
    store = TextStore.temporary(tmp_path)
    words = ["plain", "", "é — 中文 🙂", "lone \udcff surrogate", "x" * 100_000]
    # One by one, and a batch in one write (as a worker's batch of articles arrives).
    held = [store.add(w) for w in words] + store.add_all(words) + store.add_all([])
    assert [h.read() for h in held] == words * 2
    assert store.keep(tmp_path / "kept.qsc") and [h.read() for h in held] == words * 2
    again = TextStore.open(tmp_path / "kept.qsc", store.token)
    assert again is not None
    assert [again.read(h.offset, h.length, h.digest) for h in held] == words * 2
    assert TextStore.open(tmp_path / "kept.qsc", b"\0" * 16) is None  # another store's token
    assert TextStore.open(tmp_path / "missing.qsc", store.token) is None


@pytest.mark.parametrize("use_cache", [True, False])
def test_a_loaded_corpus_keeps_its_texts_on_disk(corpus_dir: Path, use_cache: bool) -> None:
    corpus = load_corpus([corpus_dir], cache=use_cache)
    assert all(isinstance(stored_text(a), StoredText) for a in corpus.articles)
    assert {a.id: a.text for a in corpus.articles} == _own_texts(corpus_dir)
    for q in corpus.quotes:  # quote words and offsets still agree with the text
        assert q.text in corpus.article(q.article).text[q.start : q.end]


def test_a_warm_start_reads_the_texts_kept_in_the_cache(corpus_dir: Path) -> None:
    load_corpus([corpus_dir], cache=True)
    warm = load_corpus([corpus_dir], cache=True)
    assert all(isinstance(stored_text(a), StoredText) for a in warm.articles)
    assert {a.id: a.text for a in warm.articles} == _own_texts(corpus_dir)
    assert not list(corpus_dir.rglob("*.qsc"))  # never inside the corpus


def test_a_damaged_texts_file_is_read_again_from_the_articles(corpus_dir: Path) -> None:
    load_corpus([corpus_dir], cache=True)
    kept = _texts_file()
    data = bytearray(kept.read_bytes())
    data[-40:] = b"#" * 40  # the last article's words overwritten
    kept.write_bytes(bytes(data))
    warm = load_corpus([corpus_dir], cache=True)
    assert {a.id: a.text for a in warm.articles} == _own_texts(corpus_dir)
    # Its own file changed too: no text rather than the wrong words.
    last = warm.articles[-1]
    (corpus_dir / last.id).write_text("Something else entirely.", encoding="utf-8")
    assert last.text == ""


def test_a_texts_file_of_another_snapshot_is_not_trusted(corpus_dir: Path) -> None:
    load_corpus([corpus_dir], cache=True)
    kept = _texts_file()
    data = bytearray(kept.read_bytes())
    data[len(b"QSTEXTS\x01")] ^= 0xFF  # another token
    kept.write_bytes(bytes(data))
    again = load_corpus([corpus_dir], cache=True)  # extracted again from the shards
    assert {a.id: a.text for a in again.articles} == _own_texts(corpus_dir)
    assert load_corpus([corpus_dir], cache=True).articles[0].text == again.articles[0].text


def test_articles_made_in_memory_keep_their_text() -> None:
    article = Article("a", "a.txt", "A", "Words.")
    assert stored_text(article) == "Words." and article.text == "Words."
