"""Hostile input for quotescope: a corpus generator (``generate``) and the invariants
every loaded article and extracted quote must satisfy, whatever the input.

The invariants are shared by the property tests, the fuzzing pass and the hostile
corpus tests, so they state the extractor's contract once (see ``check_quotes``).
"""

from __future__ import annotations

from collections.abc import Sequence

from tui.core.model import Article, Quote, Speaker
from tui.core.sanitize import is_clean

DOUBLE_MARKS = frozenset(('"', "“", "”", "„", "«", "»", "''", "``"))
SINGLE_MARKS = frozenset(("'", "‘", "’"))
MARK_CHARS = frozenset("\"“”„«»'‘’`")
KINDS = frozenset(("direct", "partial", "scare", "title"))


def mark_at(text: str, pos: int) -> str:
    """The quote mark starting at ``pos``: doubled '' and `` count as one mark."""
    two = text[pos : pos + 2]
    return two if two in ("''", "``") else text[pos : pos + 1]


def _family(mark: str) -> frozenset[str]:
    return DOUBLE_MARKS if mark in DOUBLE_MARKS else SINGLE_MARKS


def check_article(article: Article) -> None:
    """A loaded article: clean text and title, sorted stripped non-empty paragraphs."""
    text = article.text
    assert is_clean(text), f"{article.id}: unsafe characters left in the text"
    assert is_clean(article.title), f"{article.id}: unsafe characters left in the title"
    prev_end = 0
    for i, p in enumerate(article.paragraphs):
        assert p.index == i
        assert prev_end <= p.start < p.end <= len(text), (article.id, p)
        chunk = text[p.start : p.end]
        assert chunk == chunk.strip(), (article.id, p)
        prev_end = p.end
    assert text[prev_end:].strip() == "", f"{article.id}: text after the last paragraph"


def expected_quote_texts(article: Article, q: Quote) -> dict[int, str]:
    """What ``q.text`` may be, keyed by the length of the closing mark (0 = none).

    The contract (model.Quote and quotes.py): for each paragraph the quote spans, take
    the characters of ``article.text`` between ``q.start``/``q.end`` and the paragraph
    bounds; drop the opening mark from the first one, the continuation opening mark
    from the others and the closing mark (if the quote was closed) from the last;
    strip each piece, fold its line breaks (hard-wrapped text) into single spaces,
    leave out empty ones and join them with "\\n".
    """
    text = article.text
    paras = article.paragraphs
    pieces: list[list[int]] = []
    for i in range(q.paragraph, q.last_paragraph + 1):
        p = paras[i]
        lo = max(q.start, p.start)
        hi = min(q.end, p.end)
        lo += len(mark_at(text, lo))
        pieces.append([lo, hi])
    options: dict[int, str] = {}
    family = _family(mark_at(text, q.start))
    for k in (0, 1, 2):
        if k and text[q.end - k : q.end] not in family:
            continue
        parts = [text[lo:hi] for lo, hi in pieces[:-1]]
        lo, hi = pieces[-1]
        parts.append(text[lo : max(lo, hi - k)])
        options[k] = "\n".join(_unwrap(s) for s in parts if s.strip())
    return options


def _unwrap(piece: str) -> str:
    """One paragraph's share of a quote: its lines stripped and joined by single spaces."""
    return " ".join(line for line in (raw.strip() for raw in piece.split("\n")) if line)


def check_quotes(article: Article, quotes: Sequence[Quote], first_id: int = 0) -> None:
    """The extractor's contract on any text; raises AssertionError naming the quote."""
    text = article.text
    paras = article.paragraphs
    prev_end = 0
    for n, q in enumerate(quotes):
        where = f"{article.id} quote {q.id} {text[q.start : q.end][:80]!r}"
        assert q.id == first_id + n, where
        assert q.article == article.id, where
        assert 0 <= q.start < q.end <= len(text), where
        assert prev_end <= q.start, f"{where} overlaps the quote before"
        prev_end = q.end
        assert 0 <= q.paragraph <= q.last_paragraph < len(paras), where
        first, last = paras[q.paragraph], paras[q.last_paragraph]
        assert first.start <= q.start < first.end, where
        assert last.start < q.end <= last.end, where
        for i in range(q.paragraph, q.last_paragraph + 1):
            assert paras[i].kind != "caption", f"{where} runs through a caption"
            if i > q.paragraph:
                # Carried into a paragraph only when it opens with a mark of the family.
                assert mark_at(text, paras[i].start) in _family(mark_at(text, q.start)), where
        assert text[q.start] in MARK_CHARS, where
        assert q.text and q.text == q.text.strip(), where
        assert q.kind in KINDS, where
        options = expected_quote_texts(article, q)
        matches = [k for k, v in options.items() if v == q.text]
        assert matches, f"{where}: text {q.text[:80]!r} is not between its marks {options}"
        if matches == [0]:
            # Left open: it ends with its paragraph, or just before a mark that opens
            # the next quote (a paragraph break lost in the source).
            after = text[q.end : last.end].lstrip()
            assert q.end == last.end or after[:1] in MARK_CHARS, where


def check_attribution(article: Article, quotes: Sequence[Quote]) -> None:
    """After attribution: speakers are clean non-empty strings, kinds valid."""
    for q in quotes:
        assert q.kind in KINDS
        for value in (q.speaker, q.speaker_mention, q.cue):
            assert value is None or (isinstance(value, str) and value.strip()), q
            assert value is None or is_clean(value), q


def check_speakers(speakers: Sequence[Speaker], quotes: Sequence[Quote]) -> None:
    """After merging: every attributed quote's speaker is listed; counts add up."""
    names = {s.name for s in speakers}
    attributed = [q for q in quotes if q.speaker]
    assert all(q.speaker in names for q in attributed)
    # A near-copy's quotes that its original has are not counted again.
    assert sum(s.quote_count for s in speakers) == len([q for q in attributed if not q.copy])
    assert len(names) == len(speakers), "a speaker is listed twice"
