"""The whole BBC corpus through load_corpus: no crash, sane quotes, most speakers found.

Skipped when ../shared/corpora/bbc is absent (see the ``bbc_dir`` fixture).
"""

from __future__ import annotations

import csv
import html
from collections import Counter
from pathlib import Path

import pytest

from tui import Corpus, load_corpus

pytestmark = pytest.mark.bbc

_OPENERS = "“\"'‘«„`"
_CLOSERS = "”\"'’»`"


@pytest.fixture(scope="module")
def bbc(bbc_dir: Path) -> Corpus:
    return load_corpus([bbc_dir / "texts"])


@pytest.fixture(scope="module")
def manifest(bbc_dir: Path) -> dict[str, dict[str, str]]:
    with (bbc_dir / "manifest.tsv").open(encoding="utf-8") as f:
        return {row["path"]: row for row in csv.DictReader(f, delimiter="\t")}


def _row(manifest: dict[str, dict[str, str]], article_id: str) -> dict[str, str]:
    return next(row for path, row in manifest.items() if path.endswith(article_id))


def test_every_article_loads_with_its_headline(
    bbc: Corpus, manifest: dict[str, dict[str, str]]
) -> None:
    # Every file is accounted for: loaded, or recorded as an identical copy of one loaded.
    paths = [a.path for a in bbc.articles] + [p for a in bbc.articles for p in a.also_at]
    assert len(paths) == len(set(paths)) == len(manifest) == 2225
    assert not [p for p in bbc.problems if p.skipped]
    # The manifest keeps the HTML references of a few titles (&#163;); the loader decodes them.
    titles = {html.unescape(row["title"]) for row in manifest.values()}
    for a in bbc.articles:
        assert a.paragraphs[0].kind == "title" and not a.title_derived, a.id
        assert a.title in titles, a.id


def test_quote_invariants(bbc: Corpus) -> None:
    """Offsets inside the text and in order; a quote only runs on into a paragraph that
    opens with a mark; never in a caption; ids unique."""
    ids = [q.id for q in bbc.quotes]
    assert len(set(ids)) == len(ids)
    for a in bbc.articles:
        end = 0
        for q in bbc.quotes_in(a.id):
            assert end <= q.start < q.end <= len(a.text), a.id
            end = q.end
            assert a.text[q.start] in _OPENERS, (a.id, q.start)
            first, last = a.paragraphs[q.paragraph], a.paragraphs[q.last_paragraph]
            assert first.start <= q.start and q.end <= last.end
            assert first.kind != "caption" and q.text.strip()
            for i in range(q.paragraph + 1, q.last_paragraph + 1):
                assert a.text[a.paragraphs[i].start] in _OPENERS, (a.id, i)
            if q.last_paragraph > q.paragraph:
                assert len(q.text.split("\n")) == q.last_paragraph - q.paragraph + 1


def test_kinds_and_attribution_share(bbc: Corpus) -> None:
    kinds = Counter(q.kind for q in bbc.quotes)
    assert kinds["direct"] > kinds["partial"] > kinds["scare"] > 100
    direct = [q for q in bbc.quotes if q.kind == "direct"]
    attributed = sum(1 for q in direct if q.speaker)
    assert attributed / len(direct) >= 0.95
    assert all(q.speaker is None and q.cue is None for q in bbc.quotes if q.kind == "scare")
    partial = [q for q in bbc.quotes if q.kind == "partial"]
    assert sum(1 for q in partial if q.speaker) / len(partial) >= 0.75


def test_multi_paragraph_quotes_found(bbc: Corpus) -> None:
    multi = [q for q in bbc.quotes if q.last_paragraph > q.paragraph]
    assert len(multi) >= 100
    assert max(q.last_paragraph - q.paragraph for q in multi) <= 6


def test_odd_quote_paragraphs_are_explained(
    bbc: Corpus, manifest: dict[str, dict[str, str]]
) -> None:
    """A paragraph with an odd number of straight quotes (manifest column) holds a
    quote that runs on into the next paragraph or one that is left open (a paragraph
    break lost in the source); only a few are plain typos such as 5' 10"."""
    odd_total = unexplained = 0
    for a in bbc.articles:
        odd = [p.index for p in a.paragraphs if a.text[p.start : p.end].count('"') % 2 == 1]
        assert len(odd) == int(_row(manifest, a.id)["odd_quote_paragraphs"]), a.id
        quotes = bbc.quotes_in(a.id)
        for i in odd:
            odd_total += 1
            explained = any(
                q.paragraph <= i <= q.last_paragraph
                and (q.last_paragraph > i or a.text[q.end - 1] not in _CLOSERS)
                for q in quotes
            )
            unexplained += not explained
    assert odd_total > 500
    assert unexplained / odd_total < 0.03


def test_well_known_speakers_merged(bbc: Corpus) -> None:
    top = [s.name for s in bbc.speakers[:10]]
    for name in ("Tony Blair", "Michael Howard", "Gordon Brown"):
        assert name in top
    blair = bbc.speaker("Mr Blair")
    assert blair is not None and blair.name == "Tony Blair" and blair.is_person
    assert len(blair.articles) > 50
    names = [s.name for s in bbc.speakers]
    assert len(set(names)) == len(names)
    for s in bbc.speakers:
        assert not {a.lower() for a in s.aliases} & {"he", "she", "they", "it"}
