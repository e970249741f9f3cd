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


def test_bbc_quotes_round_trip_with_their_words(bbc_dir: Path) -> None:
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
    # The words are held once, as UTF-8 (no article text needed to read them).
    assert table.word_bytes == sum(len(q.text.encode()) for q in quotes)


def test_words_of_any_shape_read_back_whole() -> None:
    text = "Title\n\n“First part\n\n“second part,” she said."
    joined = Quote(0, "a", 7, len(text) - 10, "First part\nsecond part,", 1, 2)
    lost = Quote(1, "elsewhere", 0, 3, "abc", 0, 0)  # its article's text is not known
    odd = Quote(2, "a", 0, 5, "é — 中文 \udcff", 0, 0)  # non-ASCII, a lone surrogate
    table = QuoteTable.from_quotes([joined, lost, odd])
    _same_rows(table, [joined, lost, odd])
    again = QuoteTable.unpack(table.pack())
    _same_rows(again, [joined, lost, odd])
    joined_twice = QuoteTable()
    joined_twice.add_table(table)
    joined_twice.add_table(again)
    assert list(joined_twice.texts()) == [joined.text, lost.text, odd.text] * 2


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


def test_speaker_and_kind_codes_are_the_names_per_quote_without_a_name_per_quote() -> None:
    from tui.core import quote_table
    from tui.core.interned import Interned

    said = [None, "Bo Li", "Al Ng", "Bo Li", None, "Cy Ho", "Al Ng"]
    kinds = ["direct", "scare", "direct", "partial", "title", "direct", "direct"]
    quotes = [
        Quote(
            id=i,
            article=f"a{i % 2}",
            start=0,
            end=2,
            text="hi",
            paragraph=0,
            last_paragraph=0,
            kind=k,
            speaker=s,
        )
        for i, (s, k) in enumerate(zip(said, kinds, strict=True))
    ]
    table = QuoteTable.from_quotes(quotes)
    table.rename_speakers({"Cy Ho": "Bo Li"})  # two strings of the table, one name now
    table.strings.append("Al Ng")  # a name held twice
    table._ints[5 * quote_table._W + quote_table._SPK] = len(table.strings) - 1  # quote 5's
    held = Interned(table.speaker_names())
    coded = table.speaker_codes()
    assert (coded.names, list(coded.codes)) == (list(held.distinct), list(held.codes))
    assert coded.names == ["Bo Li", "Al Ng"]
    kind = table.kind_codes()
    assert [kind.names[c] for c in kind.codes] == kinds
    assert QuoteTable().speaker_codes().names == []


@pytest.mark.parametrize("rows", [7, 60, 3000])
def test_distinct_combinations_are_those_of_the_rows_in_first_row_order(rows: int) -> None:
    """``distinct`` counts combinations in a table (few values) or sorts them (many: 60
    rows of 60 speakers and articles); either way, what a dict of the rows' values in
    order would give, a name held under two codes being one value."""
    import random

    from tui.core import quote_table

    rng = random.Random(rows)
    names = [None, *(f"Name {k}" for k in range(max(3, rows // 2)))]
    quotes = [
        Quote(
            id=i,
            article=f"a{rng.randrange(max(2, rows // 2))}",
            start=0,
            end=2,
            text="hi",
            paragraph=0,
            last_paragraph=0,
            kind=rng.choice(["direct", "scare"]),
            speaker=rng.choice(names),
            speaker_mention=rng.choice(names),
            confidence=rng.choice([None, "low", "high"]),
        )
        for i in range(rows)
    ]
    table = QuoteTable.from_quotes(quotes)
    # Quote 1's speaker under a second code: still the same value.
    table.strings.append(quotes[1].speaker or "Name 0")
    quotes[1].speaker = table.strings[-1]
    table._ints[1 * quote_table._W + quote_table._SPK] = len(table.strings) - 1
    weights = [rng.randrange(50) for _ in quotes]
    getters = {
        "speakers": lambda q: q.speaker,
        "mentions": lambda q: q.speaker_mention,
        "arts": lambda q: q.article,
        "confs": lambda q: q.confidence,
        "kinds": lambda q: q.kind,
    }
    for fields in (("speakers",), ("speakers", "arts"), ("speakers", "mentions", "confs", "kinds")):
        found = table.distinct(fields, weights)
        keys = [tuple(getters[f](q) for f in fields) for q in quotes]
        expected = list(dict.fromkeys(keys))
        assert found.values == expected
        assert [expected[k] for k in found.rows] == keys
        assert found.counts == [keys.count(v) for v in expected]
        sums = [sum(w for k, w in zip(keys, weights, strict=True) if k == v) for v in expected]
        assert found.sums == sums
        wanted = [v[0] is not None for v in expected]
        assert found.rows_of(wanted) == [i for i, k in enumerate(keys) if k[0] is not None]
    empty = QuoteTable().distinct(("speakers", "arts"))
    assert (empty.values, list(empty.rows), empty.counts) == ([], [], [])


def test_grouping_a_tables_interned_forms_gives_the_groups_of_the_quote_objects(
    bbc_dir: Path,
) -> None:
    """A load groups its table's quotes by their forms held as codes (``Interned``),
    whose distinct forms may be in another order than the quotes' (and hold forms of
    quotes dropped since, with a copy): the groups are those of the Quote objects."""
    from tui.core.groups import quote_form
    from tui.core.interned import Interned

    files = sorted((bbc_dir / "texts").glob("*/*.txt"))[::5]
    articles, quotes = _extracted(files)
    for n, q in enumerate(quotes[::7]):  # some quotes ran in two articles: groups to find
        other = articles[n % len(articles)].id
        quotes.append(dataclasses.replace(q, article=other, id=len(quotes)))
    forms = [quote_form(q) for q in quotes]
    dropped = ["words of a quote whose article was dropped as a copy"]
    interned = Interned([*dropped, *reversed(forms), *forms])
    interned = interned.keep([False] * (1 + len(forms)) + [True] * len(forms))
    assert list(interned) == forms
    table = QuoteTable.from_quotes(quotes)
    assert group_quotes(table, interned) == group_quotes(quotes) != []
    assert [row.group for row in table] == [q.group for q in quotes]


def test_speakers_by_article_lists_each_speakers_articles_once_ascending() -> None:
    import random

    rng = random.Random(5)
    names = [None, *(f"Name {k}" for k in range(40))]
    quotes = [
        Quote(i, f"a{rng.randrange(300)}", 0, 2, "hi", 0, 0, speaker=rng.choice(names))
        for i in range(3000)
    ]
    table = QuoteTable.from_quotes(quotes)
    expected: dict[str, set[int]] = {}
    for q in quotes:
        if q.speaker is not None:
            expected.setdefault(q.speaker, set()).add(table.article_code(q.article))
    found = table.speakers_by_article()
    assert {name: list(codes) for name, codes in found.items()} == {
        name: sorted(codes) for name, codes in expected.items()
    }
    assert QuoteTable().speakers_by_article() == {}
