"""Candidates skip the insides of quotes (tui/core/attribution/context.py): a window
holding quotes is scanned around them, and finds what a scan of the whole window
keeps (invented names and words)."""

from __future__ import annotations

import itertools

import pytest

from tests.core.attribution.builds import patches_internals
from tui.core.attribution.context import ArticleContext
from tui.core.paragraphs import make_article
from tui.core.quotes import extract_quotes

BODY = (
    'Ines Okonkwo, the union leader, said "Tomas Rell will never sign it" before '
    "she left. “Marta Vell and the chairman knew,” Okonkwo added, while he said "
    "the minister's aide had 'Brant Holloway' on the list. "
    '"Nobody asked Lena Ostrova." A spokesman for Quillfield Mining said the deal '
    '"was never ours to sign". "Pella Dunmore agreed'
)


def _context() -> ArticleContext:
    article = make_article("t", "t.txt", "Headline\n\n" + BODY)
    return ArticleContext(article, extract_quotes(article))


def _whole(ctx: ArticleContext, lo: int, hi: int) -> list[tuple[int, int, str, str]]:
    """The candidates a scan of the whole window finds (quotes not skipped)."""
    skip = ctx._outside_quotes
    ctx._outside_quotes = lambda lo, hi: None  # type: ignore[method-assign]
    try:
        return [(c.start, c.end, c.words, c.kind) for c in ctx.candidates(lo, hi, True)]
    finally:
        ctx._outside_quotes = skip  # type: ignore[method-assign]


def test_names_inside_quotes_are_no_candidates_and_those_around_them_are() -> None:
    ctx = _context()
    p = ctx.article.paragraphs[1]
    words = [c.words for c in ctx.candidates(p.start, p.end, possessors=True)]
    assert "Ines Okonkwo" in words and "Okonkwo" in words
    assert "Quillfield Mining" in " ".join(words)
    for inside in ("Tomas Rell", "Marta Vell", "Lena Ostrova", "Pella Dunmore"):
        assert inside not in words


def test_double_marked_quotes_are_skipped_single_marked_ones_read() -> None:
    ctx = _context()
    p = ctx.article.paragraphs[1]
    spans = ctx._outside_quotes(p.start, p.end)
    assert spans is not None
    skipped = [ctx.text[b:a] for (_, b), (a, _) in itertools.pairwise(spans)]
    assert any("Tomas Rell" in s for s in skipped)
    assert any("Marta Vell" in s for s in skipped)  # curly marks
    assert not any("Brant Holloway" in s for s in skipped)  # 'single' marks: read
    assert ctx._outside_quotes(p.start, p.start + 12) is None  # no quote: one scan


@patches_internals
@pytest.mark.parametrize("step", [7, 23, 61])
def test_every_window_finds_what_a_whole_scan_keeps(step: int) -> None:
    ctx = _context()
    p = ctx.article.paragraphs[1]
    for lo in range(p.start, p.end, step):
        for hi in range(lo + 1, p.end + 1, step * 3):
            got = [(c.start, c.end, c.words, c.kind) for c in ctx.candidates(lo, hi, True)]
            assert got == _whole(ctx, lo, hi), (lo, hi)
