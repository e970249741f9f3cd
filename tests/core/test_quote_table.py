"""The column table of quotes: rows read back exactly the Quote objects that went in."""

from __future__ import annotations

import dataclasses
import pickle
from pathlib import Path

import pytest

from tui.core.attribution import RoleBook, attribute_quotes, merge_speakers
from tui.core.corpus import Corpus, load_corpus
from tui.core.extract import extract_file
from tui.core.groups import group_quotes
from tui.core.loader import load_file
from tui.core.model import Article, Paragraph, Quote
from tui.core.paragraph_list import ParagraphList
from tui.core.quote_table import QuoteRow, QuoteTable
from tui.core.quotes import extract_quotes


def _extracted(files: list[Path]) -> tuple[list[Article], list[Quote]]:
    """Articles and the Quote objects extraction and attribution make (ids renumbered)."""
    articles: list[Article] = []
    quotes: list[Quote] = []
    for n, path in enumerate(files):
        for article in load_file(path, f"{n}/{path.name}")[0]:
            found = extract_quotes(article)
            attribute_quotes(article, found)
            articles.append(article)
            quotes.extend(found)
    for n, q in enumerate(quotes):
        q.id = n
    return articles, quotes


def _same_rows(table: QuoteTable, quotes: list[Quote]) -> None:
    assert len(table) == len(quotes)
    for row, q in zip(table, quotes, strict=True):
        assert row == q and q == row
        assert row.to_quote() == q and isinstance(row.to_quote(), Quote)


def test_seed_quotes_round_trip_through_columns(seeds_dir: Path) -> None:
    articles, quotes = _extracted(sorted(seeds_dir.glob("*.txt")))
    assert len(quotes) >= 10
    table = QuoteTable.from_quotes(quotes, {a.id: a.text for a in articles})
    _same_rows(table, quotes)
    assert list(table.texts()) == [q.text for q in quotes]
    assert table.speaker_names() == [q.speaker for q in quotes]
    assert table.kind_names() == [q.kind for q in quotes]
    assert table.confidence_names() == [q.confidence for q in quotes]


def test_bbc_quotes_round_trip_and_words_are_slices(bbc_dir: Path) -> None:
    files = sorted((bbc_dir / "texts").glob("*/*.txt"))[::10]
    articles, quotes = _extracted(files)
    texts = {a.id: a.text for a in articles}
    table = QuoteTable.from_quotes(quotes, texts)
    _same_rows(table, quotes)
    packed = QuoteTable.unpack(table.pack(), texts)
    _same_rows(packed, quotes)
    # What extraction sends back per file, put together as the corpus does, is the same.
    joined = QuoteTable()
    for n, path in enumerate(files):
        joined.add_table(extract_file(path, f"{n}/{path.name}").quotes)
    joined.renumber()
    _same_rows(joined, quotes)
    # Nearly every quote's words are a slice of its article: held once, not copied.
    assert table.held_texts < len(quotes) // 20


def test_words_not_a_slice_are_kept_whole() -> None:
    text = "Title\n\n“First part\n\n“second part,” she said."
    article = Article("a", "a.txt", "Title", text, [Paragraph(0, 0, 5, "title")])
    joined = Quote(0, "a", 7, len(text) - 10, "First part\nsecond part,", 1, 2)
    lost = Quote(1, "elsewhere", 0, 3, "abc", 0, 0)  # its article's text is not known
    table = QuoteTable.from_quotes([joined, lost], {"a": article.text})
    _same_rows(table, [joined, lost])
    assert table.held_texts == 2


def test_rows_write_through_to_the_columns(seeds_dir: Path) -> None:
    corpus = load_corpus([seeds_dir])
    table = corpus.quotes
    row = table[3]
    row.speaker, row.confidence, row.group, row.copy = "Someone New", "low", 7, True
    again = table[3]
    assert (again.speaker, again.confidence, again.group, again.copy) == (
        "Someone New",
        "low",
        7,
        True,
    )
    row.speaker, row.group = None, None
    assert table[3].speaker is None and table[3].group is None
    assert table[-1] == table[len(table) - 1]
    assert [r.id for r in table[1:4]] == [1, 2, 3]
    with pytest.raises(IndexError):
        table[len(table)]
    with pytest.raises(ValueError):
        row.confidence = "certain"


def test_corpus_from_quote_objects_holds_a_table(seeds_dir: Path) -> None:
    articles, quotes = _extracted(sorted(seeds_dir.glob("*.txt")))
    copies = [dataclasses.replace(q) for q in quotes]
    corpus = Corpus(articles=articles, quotes=copies)
    assert isinstance(corpus.quotes, QuoteTable)
    assert corpus.quotes == quotes
    first = articles[0].id
    assert corpus.quotes_in(first) == [q for q in quotes if q.article == first]
    assert all(isinstance(r, QuoteRow) for r in corpus.quotes_in(first))
    counts = corpus.quotes.counts_by_article()
    assert sum(counts.values()) == len(quotes)
    assert corpus.quotes.count_kind("direct") == sum(q.kind == "direct" for q in quotes)


@pytest.mark.parametrize(
    "damage",
    [
        lambda v: (99, *v[1:]),  # another layout version
        lambda v: v[:-1],  # a part missing
        lambda v: (*v[:4], v[4][:-4], v[5]),  # rows cut short
        lambda v: (*v[:5], v[5][:-1]),
        lambda v: (v[0], v[1], [], *v[3:]),  # speaker codes naming no string
        lambda v: (v[0], [], *v[2:]),  # article codes naming no article
        lambda v: (v[0], [1], *v[2:]),  # not a string
    ],
)
def test_unpack_rejects_a_damaged_table(seeds_dir: Path, damage) -> None:
    corpus = load_corpus([seeds_dir])
    texts = {a.id: a.text for a in corpus.articles}
    values = corpus.quotes.pack()
    assert QuoteTable.unpack(values, texts) == corpus.quotes
    with pytest.raises((ValueError, TypeError)):
        QuoteTable.unpack(damage(values), texts)


def test_paragraph_list_reads_back_the_paragraphs(seeds_dir: Path) -> None:
    for path in sorted(seeds_dir.glob("*.txt")):
        article = extract_file(path, path.name).articles[0]
        assert isinstance(article.paragraphs, ParagraphList)
        plain = [Paragraph(p.index, p.start, p.end, p.kind) for p in article.paragraphs]
        assert [p.index for p in plain] == list(range(len(plain)))
        packed = ParagraphList(plain)
        assert packed == plain and list(packed) == plain and packed[-1] == plain[-1]
        assert pickle.loads(pickle.dumps(packed)) == packed
        assert ParagraphList.unpack(packed.pack()) == packed
        bounds, kinds = packed.pack()
        for bad in ((bounds[:-4], kinds), (bounds, kinds[:-1] + b"\x09")):
            with pytest.raises(ValueError):
                ParagraphList.unpack(bad)
        assert article.paragraph_text(0) == article.text[plain[0].start : plain[0].end]
    with pytest.raises(ValueError):
        ParagraphList([(0, 4, "footnote")])
    with pytest.raises(IndexError):
        ParagraphList()[0]


def test_the_reduce_on_columns_equals_the_reduce_on_quote_objects(bbc_dir: Path) -> None:
    """merge_speakers and group_quotes work on a table's columns (per distinct name,
    not per quote); on Quote objects they must give the same speakers, names and groups."""
    files = sorted((bbc_dir / "texts").glob("*/*.txt"))[::5]
    articles, quotes = _extracted(files)
    for n, q in enumerate(quotes[::7]):  # some quotes ran in two articles: groups to find
        other = articles[n % len(articles)].id
        quotes.append(dataclasses.replace(q, article=other, id=len(quotes)))
    before = [q.speaker for q in quotes]
    table = QuoteTable.from_quotes(quotes, {a.id: a.text for a in articles})
    roles = RoleBook()
    for article in articles:
        roles.add(attribute_quotes(article, extract_quotes(article)))
    on_objects = merge_speakers(articles, quotes, roles)
    on_columns = merge_speakers(articles, table, roles)
    assert on_columns == on_objects
    assert any(s.aliases for s in on_objects) and any(len(s.articles) > 1 for s in on_objects)
    assert [q.speaker for q in quotes] != before  # "Mr Blair" became "Tony Blair"
    assert group_quotes(table) == group_quotes(quotes) != []
    _same_rows(table, quotes)
