"""Property tests: the extractor, attribution, name merging and load_corpus on any input.

For any text: quote offsets lie inside the text and inside their paragraphs, quotes
never overlap, ``Quote.text`` is exactly the characters between the marks (see
``tests.hostile.expected_quote_texts`` for the multi-paragraph rule), and nothing
raises — through attribution and speaker merging too, and through the whole
``load_corpus`` on files hypothesis writes.
"""

from __future__ import annotations

import codecs
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.hostile import check_article, check_attribution, check_quotes, check_speakers
from tui.core.attribution import attribute_quotes, merge_speakers
from tui.core.corpus import load_corpus
from tui.core.model import Article
from tui.core.paragraphs import make_article
from tui.core.quotes import extract_quotes
from tui.core.sanitize import is_clean, normalize_newlines, printable, sanitize

MARKS = ['"', "“", "”", "'", "‘", "’", "''", "``", "«", "»", "„", "`"]
WORDS = [
    "said",
    "says",
    "told",
    "according to",
    "he",
    "she",
    "they",
    "it",
    "Mr",
    "Mrs",
    "Ann",
    "Example",
    "Bob",
    "Placeholder",
    "Coyne",
    "the",
    "council",
    "spokesman",
    "a",
    "was",
    "not",
    "We",
    "will",
    "fix",
    "it's",
    "members'",
    "'90s",
    "rock'n'roll",
    "Dr",
    "O'Neill",
    "Jean-Paul",
    "PA",
    "Getty Images",
    "Photo:",
    "[bold]",
    "[/]",
]
GLUE = [" ", " ", " ", "\n", "\n\n", ".", ",", ":", ";", "—", "-", "(", ")", "!", "?", "…"]
TOKEN = st.sampled_from(MARKS + WORDS + GLUE)

# News-shaped text: words, marks and punctuation in any order, which reaches the
# extractor's corner cases far more often than uniformly random characters.
news_like = st.lists(TOKEN, max_size=120).map("".join)
# Anything at all, controls and astral characters included.
any_text = st.text(max_size=300)
mixed = st.one_of(
    news_like, any_text, st.lists(st.one_of(TOKEN, any_text), max_size=20).map("".join)
)

FAST = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _article(text: str, article_id: str = "prop.txt") -> Article:
    return make_article(article_id, article_id, sanitize(normalize_newlines(text)))


@FAST
@given(text=mixed, first_id=st.integers(0, 10_000))
@example(text="“One.\n\n“Two.\n\n“Three,” he said.", first_id=0)
@example(text="'a\n\n'b' said Ann Example", first_id=3)
@example(text="''Doubled,'' said Mr Coyne. ``Tex'' ''", first_id=0)
@example(text="“A. “B” ”” “", first_id=0)
@example(text='"a' * 50, first_id=0)
def test_extractor_contract(text: str, first_id: int) -> None:
    article = _article(text)
    check_article(article)
    quotes = extract_quotes(article, first_id=first_id)
    check_quotes(article, quotes, first_id)
    spans = [(q.start, q.end, q.text) for q in quotes]
    attribute_quotes(article, quotes)
    check_attribution(article, quotes)
    assert [(q.start, q.end, q.text) for q in quotes] == spans, "attribution moved a quote"
    speakers = merge_speakers([article], quotes)
    check_speakers(speakers, quotes)


@FAST
@given(texts=st.lists(news_like, min_size=1, max_size=4))
def test_pipeline_over_several_articles(texts: list[str]) -> None:
    articles = [_article(t, f"a{i}.txt") for i, t in enumerate(texts)]
    quotes = []
    for article in articles:
        found = extract_quotes(article, first_id=len(quotes))
        check_quotes(article, found, len(quotes))
        attribute_quotes(article, found)
        check_attribution(article, found)
        quotes.extend(found)
    check_speakers(merge_speakers(articles, quotes), quotes)


def _encode(text: str, encoding: str) -> bytes:
    if encoding == "utf-16-bom":
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le", errors="surrogatepass")
    if encoding == "utf-8-bom":
        return codecs.BOM_UTF8 + text.encode("utf-8", errors="surrogatepass")
    return text.encode(encoding, errors="replace")


file_body = st.one_of(
    st.tuples(
        mixed, st.sampled_from(["utf-8", "utf-8-bom", "utf-16-bom", "cp1252", "latin-1"])
    ).map(lambda t: _encode(*t)),
    st.binary(max_size=400),
    st.lists(
        st.dictionaries(st.sampled_from(["text", "title", "date", "url"]), mixed), max_size=4
    ).map(lambda rs: "\n".join(json.dumps(r) for r in rs).encode()),
)
suffixes = st.sampled_from([".txt", ".md", ".jsonl"])


# File names are untrusted too: any characters a POSIX name may hold.
file_names = st.text(
    st.characters(blacklist_characters="/\x00", blacklist_categories=("Cs",)), max_size=12
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(files=st.lists(st.tuples(file_names, file_body, suffixes), min_size=1, max_size=5))
def test_load_corpus_on_written_files(files: list[tuple[str, bytes, str]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        names = []
        for i, (stem, data, suffix) in enumerate(files):
            name = f"f{i}{stem}{suffix}"  # never hidden, never a duplicate
            (root / name).write_bytes(data)
            names.append(name)
        before = sorted(p.name for p in root.iterdir())
        corpus = load_corpus([root])
        assert sorted(p.name for p in root.iterdir()) == before, "load wrote in the corpus"
    for article in corpus.articles:
        check_article(article)
        assert is_clean(article.id) and is_clean(article.path)
        found = corpus.quotes_in(article.id)
        check_quotes(article, found, found[0].id if found else 0)
        check_attribution(article, found)
    check_speakers(corpus.speakers, corpus.quotes)
    assert [q.id for q in corpus.quotes] == list(range(len(corpus.quotes)))
    assert all(is_clean(p.path) and is_clean(p.reason) for p in corpus.problems)
    # Every file is accounted for: an article from it, or a problem naming it (ids and
    # paths show the name escaped; a .jsonl line adds ":N").
    for name in names:
        shown, path = printable(name), printable(str(root / name))
        loaded = any(a.id == shown or a.id.startswith(shown + ":") for a in corpus.articles)
        reported = any(p.path == path or p.path.startswith(path + ":") for p in corpus.problems)
        copy = any(path in a.also_at for a in corpus.articles)  # identical: loaded once
        assert loaded or reported or copy, f"{name!r} neither loaded nor reported"
