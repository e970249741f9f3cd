"""Find quotations in an article: curly, straight, single and doubled-apostrophe marks.

One regex pass over the article finds candidate marks (apostrophes inside words
such as "it's" never match), then a small state machine per paragraph pairs them.
Every mark is looked at a bounded number of times, so the work is linear in the
text length whatever the input (unbalanced marks, a mark every other character).

A paragraph that leaves a quote open continues it into the next paragraph only
when that paragraph opens with a mark of the same family (the newspaper
convention for multi-paragraph quotes); otherwise the quote ends with its
paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from tui.core.model import Article, Paragraph, Quote, QuoteKind
from tui.core.titles import is_title, titles_by_company

# Every quote mark; the lookbehind drops apostrophes between two word characters
# (it's, Coyne's) without a Python loop. Doubled marks ('' and ``) are joined in
# _marks_by_paragraph. (The definition: the scan uses _MARKS, the same matches.)
_MARK_CHARS: Final = "\"“”„«»'‘’`"
_NOT_INNER: Final = r"(?<!\w['‘’](?=\w))"
_MARK: Final = re.compile(rf"[{_MARK_CHARS}]{_NOT_INNER}")
# _MARK as one pattern per mark, each opening with its character: the engine finds a
# literal at memchr speed, where the class of nine marks costs a test of every
# character of every article (a twentieth of the whole pipeline). Marks are single
# characters, so the scans' matches never overlap and merge in text order.
_MARKS: Final = tuple((c, re.compile(re.escape(c) + _NOT_INNER)) for c in _MARK_CHARS)
_DOUBLE: Final = frozenset(("''", "``", '"', "“", "”", "„", "«", "»"))
_OPEN_ONLY: Final = frozenset(("“", "„", "«", "``", "‘"))
_CLOSE_ONLY: Final = frozenset(("”", "»", "’"))
_STRAIGHT: Final = frozenset(('"', "''", "``"))
_CURLY_OPEN: Final = frozenset(("“", "„", "«"))
_OPEN_BEFORE: Final = frozenset(" \t\n([{—–-/:;,…")  # chars that may precede an opening mark
_CLOSE_AFTER: Final = frozenset(" \t\n.,;:!?)]}—–-…/")  # chars that may follow a closing mark


_POSSESSIVE_REACH: Final = 80  # chars within which a later mark may close instead
_SENTENCE_BREAK: Final = re.compile(r"[.!?]\s")


@dataclass(slots=True)
class _Open:
    """A quote being read: where it opened and the text pieces gathered so far
    (``(paragraph, start, end)`` spans of the article text)."""

    start: int
    family: str  # "d" double, "s" single
    content_start: int
    first_para: int
    pieces: list[tuple[int, int, int]]
    curly: bool = False  # opened with a curly mark: straight marks inside are nested


def _family(mark: str) -> str:
    return "d" if mark in _DOUBLE else "s"


def _can_open(text: str, pos: int, mark: str, lo: int, hi: int) -> bool:
    """Could the mark at ``pos`` open a quote? (left side blank, right side a word)."""
    after = pos + len(mark)
    if after >= hi or text[after].isspace():
        return False
    if pos > lo and text[pos - 1] not in _OPEN_BEFORE and text[pos - 1] not in "“\"‘'":
        return False
    # ’90s, '05: an elided century, not a quote.
    return not (mark in ("'", "’", "‘") and text[after].isdigit())


def _can_close(text: str, pos: int, mark: str, lo: int, hi: int) -> bool:
    """Could the mark at ``pos`` close a quote? (left side a word, right side blank)."""
    after = pos + len(mark)
    if pos <= lo or text[pos - 1].isspace():
        return False
    return after >= hi or text[after] in _CLOSE_AFTER or text[after] in "”\"’'"


def _inner_straight(text: str, pos: int, mark: str, lo: int, hi: int, inner: bool) -> bool | None:
    """A straight mark inside a curly quote: the new state of a nested straight quote
    (True open, False none), or None when the mark closes the curly quote itself (a
    source mixing “ and ")."""
    closes = _can_close(text, pos, mark, lo, hi)
    if inner:
        return not closes
    if closes:
        return None
    return _can_open(text, pos, mark, lo, hi)


# The words before a quote that make it a name given to something, not a sentence.
# ("has called it "Albany's war on farms."": the object, then the name given to it.)
_NAMED_BEFORE: Final = re.compile(
    r"\b(?:(?:calls|called|dubs|dubbed|terms|termed|brands|branded|labels|labelled|labeled)"
    r"(?: (?:it|them|him|her|this|that))?|as)$"
)
_NAMED_REACH: Final = 17  # chars before a quote read for those words


def _kind(text: str, para: Paragraph, start: int, content: str, multi: bool) -> QuoteKind:
    """First guess at the kind from the quote's position; attribution refines it."""
    if multi:
        return "direct"
    i = start - 1
    while i >= para.start and text[i] in " \t":
        i -= 1
    if i < para.start:
        return "direct"
    before = text[i]
    if before in ".!?:”\"’'…" or (before == "," and content[:1].isupper()):
        return "direct"
    if before in "—–-(" and content[:1].isupper() and len(content.split()) > 3:
        return "direct"
    # `He said "We will win."`: a whole capitalised sentence is a direct quote even
    # without a colon before it; not a name a verb gives to something (`what he calls
    # "Albany's war on farms."`, `described it as "A disaster."`): words of a sentence.
    sentence = content[:1].isupper() and content[-1:] in ".!?" and len(content.split()) >= 3
    if sentence and not _NAMED_BEFORE.search(text, max(para.start, i - _NAMED_REACH), i + 1):
        return "direct"
    return "partial"


_LINE_BREAK: Final = re.compile(r"\s*\n\s*")


def _one_line(piece: str) -> str:
    """A piece of a quote with its line breaks (hard-wrapped text) made spaces."""
    return _LINE_BREAK.sub(" ", piece) if "\n" in piece else piece


class _Scanner:
    """Pairs the marks of one article; holds the quotes found so far."""

    def __init__(self, article: Article, first_id: int) -> None:
        self.article = article
        self.text = article.text
        self.next_id = first_id
        self.quotes: list[Quote] = []

    def emit(self, op: _Open, end: int, last_para: int, content_end: int) -> None:
        op.pieces.append((last_para, op.content_start, content_end))
        turns = _transcript_turns(self.text, op.pieces)
        if not turns:
            self.add(op.start, end, op.pieces, op.family)
            return
        # `"MS. LEE: Q1 MR. ORTIZ: Q2"`: one quote per turn, the label as its mention.
        # The first turn starts at the opening mark, the last ends past the closing one
        # (keeping the paragraph of that mark even when no words precede it there);
        # the others end with their own words, never in the next label's paragraph.
        for k, turn in enumerate(turns):
            lo = op.start if k == 0 else turn.end
            if k + 1 == len(turns):
                self.add(
                    lo, end, _clip(op.pieces, turn.end, content_end, True), op.family, turn.label
                )
                continue
            pieces = _clip(op.pieces, turn.end, turns[k + 1].start)
            if pieces:
                self.add(lo, pieces[-1][2], pieces, op.family, turn.label)

    def add(
        self,
        start: int,
        end: int,
        pieces: list[tuple[int, int, int]],
        family: str,
        label: str | None = None,
    ) -> None:
        """Record the quote ``text[start:end]`` whose words are ``pieces``."""
        if not pieces:
            return
        text = self.text
        # "\n" joins paragraphs; a line break inside one (hard-wrapped text) is a space.
        body = "\n".join(_one_line(text[s:e].strip()) for _, s, e in pieces if text[s:e].strip())
        if not body or (family == "s" and len(body) < 3):
            return  # nothing quoted, or rock 'n' roll
        first, last = pieces[0][0], pieces[-1][0]
        while end > start and text[end - 1].isspace():
            end -= 1
        para = self.article.paragraphs[first]
        if label is None and first == last and is_title(text, start, end, body):
            kind: QuoteKind = "title"
        else:
            kind = _kind(text, para, start, body, first != last or label is not None)
        self.quotes.append(
            Quote(
                id=self.next_id,
                article=self.article.id,
                start=start,
                end=end,
                text=body,
                paragraph=first,
                last_paragraph=last,
                kind=kind,
                speaker_mention=label,
                cue=":" if label else None,
            )
        )
        self.next_id += 1

    def scan(self, groups: list[tuple[int, list[tuple[int, str]]]]) -> None:
        """Pair marks paragraph by paragraph; paragraphs without marks are skipped."""
        paras = self.article.paragraphs
        carry: _Open | None = None
        for idx, pm in groups:
            para = paras[idx]
            if para.kind == "caption":
                carry = None
                continue
            # A quote is only carried into the very next paragraph (see _continuation).
            carry = self.scan_paragraph(idx, para, pm, carry, allow_single=True)

    def scan_paragraph(
        self,
        idx: int,
        para: Paragraph,
        pm: list[tuple[int, str]],
        carry: _Open | None,
        allow_single: bool,
        from_mark: int = 0,
    ) -> _Open | None:
        """Pair the marks of one paragraph; return a quote left open for the next."""
        lo, hi = para.start, para.end
        cur = carry
        inner = False  # a straight-marked quote open inside a curly one
        k = from_mark
        if cur is not None and k < len(pm) and pm[k][0] == lo:
            # The continuation mark opening this paragraph is not part of the text.
            cur.content_start = lo + len(pm[k][1])
            k += 1
        n = len(pm)
        while k < n:
            pos, mark = pm[k]
            k += 1
            if cur is None:
                cur = self._opening(pos, mark, idx, lo, hi, allow_single)
                if cur is None and self._glued_open(pm, k, lo, hi):
                    cur = _Open(pos, "d", pos + 1, idx, [])
                inner = False
            else:
                cur, inner = self._inside(cur, inner, pm, k, idx, lo, hi)
        if cur is None:
            return None
        return self._left_open(idx, para, pm, cur, allow_single)

    def _opening(
        self, pos: int, mark: str, idx: int, lo: int, hi: int, allow_single: bool
    ) -> _Open | None:
        """The quote the mark at ``pos`` opens when none is open, or None."""
        fam = _family(mark)
        if fam == "s" and not allow_single:
            return None
        if mark in _CLOSE_ONLY and not _can_open(self.text, pos, mark, lo, hi):
            return None
        if mark in _OPEN_ONLY or _can_open(self.text, pos, mark, lo, hi):
            return _Open(pos, fam, pos + len(mark), idx, [], mark in _CURLY_OPEN)
        return None

    def _glued_open(self, pm: list[tuple[int, str]], k: int, lo: int, hi: int) -> bool:
        """Does the straight mark ``pm[k - 1]``, glued to the word before it, open a
        quote (`accused them of"squabbling like children"`: a space lost in the
        source)? Only between two letters and when the next straight mark closes it."""
        text = self.text
        pos, mark = pm[k - 1]
        if mark != '"' or not (pos > lo and pos + 1 < hi):
            return False
        if not (text[pos - 1].isalpha() and text[pos + 1].isalpha()):
            return False
        for j in range(k, len(pm)):  # (up to the next straight mark: linear overall)
            if pm[j][1] == '"':
                return _can_close(text, pm[j][0], '"', lo, hi)
        return False

    def _inside(
        self, cur: _Open, inner: bool, pm: list[tuple[int, str]], k: int, idx: int, lo: int, hi: int
    ) -> tuple[_Open | None, bool]:
        """The mark ``pm[k - 1]`` met while ``cur`` is open: nested, closing it, or
        opening the next quote; returns the quote still open and the nested state."""
        text = self.text
        pos, mark = pm[k - 1]
        fam = _family(mark)
        if fam != cur.family:
            return cur, inner  # nested quote of the other family
        if cur.curly and mark in _STRAIGHT:
            nested = _inner_straight(text, pos, mark, lo, hi, inner)
            if nested is not None:
                return cur, nested  # “He said "no" twice”: not the end of the quote
        if fam == "d" and not _can_close(text, pos, mark, lo, hi):
            if mark in _OPEN_ONLY or _can_open(text, pos, mark, lo, hi):
                # “A. “B” — the first quote was never closed (often a paragraph
                # break lost in the source): end it before this mark, open anew.
                end = pos
                while end > cur.content_start and text[end - 1].isspace():
                    end -= 1
                self.emit(cur, end, idx, end)
                return _Open(pos, fam, pos + len(mark), idx, [], mark in _CURLY_OPEN), False
        elif mark == "‘" and not _can_close(text, pos, mark, lo, hi):
            return cur, inner
        if fam == "s":
            if not _can_close(text, pos, mark, lo, hi):
                return cur, inner
            if text[pos - 1] in "sS" and self._later_close(pm, k, pos, hi):
                return cur, inner  # members’ jobs: a plural possessive, not the end
        self.emit(cur, pos + len(mark), idx, pos)
        return None, inner

    def _left_open(
        self, idx: int, para: Paragraph, pm: list[tuple[int, str]], cur: _Open, allow_single: bool
    ) -> _Open | None:
        """A quote still open at the end of its paragraph: carried into the next one,
        read again as an apostrophe, or ended with the paragraph."""
        hi = para.end
        if self._continuation(idx, cur.family):
            cur.pieces.append((idx, cur.content_start, hi))
            return cur
        if cur.family == "s" and cur.first_para == idx and allow_single:
            # An unclosed single mark was an apostrophe after all: read again from
            # just after it with single marks switched off (at most one re-read).
            restart = next(j for j, (p, _) in enumerate(pm) if p == cur.start) + 1
            return self.scan_paragraph(idx, para, pm, None, False, restart)
        self.emit(cur, hi, idx, hi)
        return None

    def _later_close(self, pm: list[tuple[int, str]], k: int, here: int, hi: int) -> bool:
        """Can a single mark a little further on, in the same sentence, close the quote?

        Decides "the members’ money, not ours’" (skip the first) against
        "'All Golds' rugby side ... the 'rover'" (close at the first).
        """
        text = self.text
        for pos, mark in pm[k : k + 4]:
            if pos - here > _POSSESSIVE_REACH:
                break
            if _family(mark) == "s" and _can_close(text, pos, mark, here, hi):
                return _SENTENCE_BREAK.search(text, here, pos) is None
        return False

    def _continuation(self, idx: int, family: str) -> bool:
        """Does the next paragraph open with a mark of ``family``?"""
        paras = self.article.paragraphs
        if idx + 1 >= len(paras):
            return False
        nxt = paras[idx + 1]
        if nxt.kind == "caption":
            return False
        head = self.text[nxt.start : nxt.start + 2]
        if family == "d":
            return head[:1] in '“"«„' or head == "''" or head == "``"
        return head[:1] in "‘'" and head != "''"


@dataclass(slots=True)
class _Turn:
    """One speaker's turn in a quoted transcript: its label ends at ``end``, where
    the words start (``label`` None for words before the first label)."""

    start: int
    end: int
    label: str | None


# "MS. LEE:", "MR ORTIZ:", "SENATOR ANN BELL:": a speaker's label in capitals.
_TURN: Final = re.compile(
    r"(?<![\w'’])(?:(?P<hon>MR|MRS|MS|MISS|DR|SEN|SENATOR|REP|GOV|GEN|PROF|REV|JUDGE)\.? )?"
    r"(?P<name>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2}):[ \t]+(?=\S)"
)
_TURN_BEFORE: Final = frozenset(".!?…—–-\"”’'")  # what may end the turn before a label


def _transcript_turns(text: str, pieces: list[tuple[int, int, int]]) -> list[_Turn]:
    """The turns of a quoted transcript, or [] when the quote is not one.

    A label must start the quote or follow the end of a sentence; one label alone
    counts only with an honorific ("MS. LEE:"), so "NATO: a new era" stays whole.
    """
    labels: list[re.Match[str]] = []
    for _, s, e in pieces:
        if ":" not in text[s:e]:
            continue
        for m in _TURN.finditer(text, s, e):
            back = text[s : m.start()].rstrip()
            if not back or back[-1] in _TURN_BEFORE:
                labels.append(m)
    if not labels or (len(labels) == 1 and not labels[0].group("hon")):
        return []
    content = pieces[0][1]
    turns = []
    if text[content : labels[0].start()].strip():
        turns.append(_Turn(content, content, None))
    for m in labels:
        hon = m.group("hon")
        name = m.group("name").title()
        if hon:
            dot = "." if m.group().startswith(hon + ".") else ""
            name = f"{hon.title()}{dot} {name}"
        turns.append(_Turn(m.start(), m.end(), name))
    return turns


def _clip(
    pieces: list[tuple[int, int, int]], lo: int, hi: int, keep_last: bool = False
) -> list[tuple[int, int, int]]:
    """The non-empty parts of ``pieces`` inside ``[lo, hi)``; with ``keep_last`` also
    the final piece when empty, so the quote still ends in that piece's paragraph."""
    out = [(p, max(s, lo), min(e, hi)) for p, s, e in pieces if s < hi and e > lo]
    if keep_last and pieces:
        p, s, e = pieces[-1]
        if s == e and lo <= s <= hi and (not out or out[-1][0] != p):
            out.append((p, s, e))
    return out


def _marks(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """``list(_MARK.finditer(text, lo, hi))``, found faster (one scan per mark present;
    most articles hold two or three of the nine)."""
    found = [
        m for mark, rx in _MARKS if text.find(mark, lo, hi) >= 0 for m in rx.finditer(text, lo, hi)
    ]
    if len(found) > 1:
        found.sort(key=_match_start)
    return found


def _match_start(m: re.Match[str]) -> int:
    return m.start()


def _marks_by_paragraph(article: Article) -> list[tuple[int, list[tuple[int, str]]]]:
    """Candidate marks grouped by paragraph index, only for paragraphs that have any."""
    paras = article.paragraphs
    groups: list[tuple[int, list[tuple[int, str]]]] = []
    if not paras:
        return groups
    text = article.text
    i = 0
    p = paras[0]
    last = len(paras) - 1
    end = paras[-1].end
    skip = -1
    current: list[tuple[int, str]] | None = None
    for m in _marks(text, paras[0].start, end):
        pos = m.start()
        if pos <= skip:
            continue
        mark = m.group()
        if mark in "'`":
            if pos + 1 < end and text[pos + 1] == mark:
                mark += mark
                skip = pos + 1
            elif mark == "`":
                continue
        if pos >= p.end:
            while pos >= p.end and i < last:
                i += 1
                p = paras[i]
            current = None
        if pos < p.start:
            continue  # between paragraphs (cannot happen for stripped spans)
        if current is None:
            current = []
            groups.append((i, current))
        current.append((pos, mark))
    return groups


def extract_quotes(article: Article, first_id: int = 0) -> list[Quote]:
    """All quotes in ``article`` in text order, numbered from ``first_id``."""
    scanner = _Scanner(article, first_id)
    scanner.scan(_marks_by_paragraph(article))
    titles_by_company(article.text, scanner.quotes)
    return scanner.quotes
