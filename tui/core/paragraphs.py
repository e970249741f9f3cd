"""Split cleaned article text into paragraphs, find or derive a title, spot captions.

Input text comes in two shapes: paragraphs separated by blank lines (BBC, most
exports) and one paragraph per line (the seeds). Both are handled by treating
every non-empty line as a paragraph, except inside a blank-line block whose lines
look hard-wrapped, which is joined back into one paragraph.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from tui.core.model import Article, Paragraph
from tui.core.sanitize import plain_spaces

_LINE: Final = re.compile(r"[^\n]+")
_TITLE_MAX_CHARS: Final = 160
_TITLE_MAX_WORDS: Final = 25
_DERIVED_TITLE_CHARS: Final = 80
_CAPTION_MAX_WORDS: Final = 12
_CAPTION_MAX_CHARS: Final = 100
_DUPLICATE_MAX_CHARS: Final = 120
_CLUTTER_MAX_CHARS: Final = 160
# A headline or caption does not end like a sentence; a closing quote mark or an
# ellipsis after a sentence end still counts as "ends like a sentence".
_SENTENCE_END: Final = re.compile(r"[.!?:;,…][\"'”’)\]]*$|[\"”’'][.!?,]?$")
_CREDIT: Final = re.compile(
    r"(?:/|\b)(?:PA|AP|AFP|Reuters|Getty|Getty Images|EPA|Rex|Shutterstock|PA Wire|"
    r"Alamy|Bloomberg)\b\s*$|^(?:Photo|Picture|Image|Credit|Photograph)s?\s*:",
)
# Lines a news web page puts between paragraphs (ad slots, app and newsletter prompts,
# links to other stories): saved with the text, they are no part of the story, and a
# capital word of theirs ("Story continues below advertisement") must not read as a name.
_CLUTTER: Final = re.compile(
    r"(?:Story continues below advertisement|Continue reading (?:the main story|below)|"
    r"(?:SKIP )?ADVERTISEMENT|Advertisement|(?:CLICK|TAP) HERE\b.*|SIGN UP\b.*|"
    r"(?:RELATED|Related|READ MORE|Read more|MORE|Go deeper|Related Coverage)"
    r"\s*(?::|–|—|\.\.\.|…).*|"
    r"Related Coverage|Related\.\.\.)",
)
# A dialogue dash (or a bullet a page renders as one) before a paragraph's opening
# quote: the quote opens the paragraph all the same ('— "We wait," she said.').
_DIALOGUE_DASH: Final = re.compile(r"[—–-][ \t\u00a0\u2009]+(?=[“\"‘'«„])")
# Marks that open a quotation (a line starting with one opens its own).
_OPENERS: Final = frozenset("“\"‘'«„")
_FIRST_SENTENCE: Final = re.compile(r"(.+?[.!?])(?=[\"”’']?\s+[A-Z“\"‘']|$)", re.S)


def _ends_sentence(line: str) -> bool:
    """Does the line end like a sentence (only its last few characters matter)?"""
    return _SENTENCE_END.search(line[-4:]) is not None


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Non-empty lines of ``text[start:end]`` as stripped (start, end) spans, a leading
    dialogue dash left out."""
    spans = []
    for m in _LINE.finditer(text, start, end):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        dash = _DIALOGUE_DASH.match(text, s, e)
        if dash:
            s = dash.end()
        if s < e:
            spans.append((s, e))
    return spans


def _looks_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """True when a block's lines are one paragraph hard-wrapped at a fixed width."""
    if len(lines) < 2:
        return False
    lengths = [e - s for s, e in lines[:-1]]
    longest = max(lengths)
    if longest > 100 or min(lengths) < 0.6 * longest or longest < 30:
        return False
    # Lines that all end a sentence are separate one-line paragraphs.
    return any(not _ends_sentence(text[max(s, e - 4) : e]) for s, e in lines[:-1])


def _blocks(text: str) -> list[list[tuple[int, int]]]:
    """The stripped lines of each blank-line-separated block."""
    blocks = []
    pos = 0
    n = len(text)
    while pos < n:
        gap = text.find("\n\n", pos)
        block_end = n if gap < 0 else gap
        blocks.append(_lines(text, pos, block_end))
        pos = block_end + 2 if gap >= 0 else n
    return blocks


def _wrap_width(blocks: list[list[tuple[int, int]]], wrapped: list[bool]) -> int:
    """The width the text was hard-wrapped at (its wrapped blocks' longest line), or 0."""
    return max(
        (e - s for lines, w in zip(blocks, wrapped, strict=True) if w for s, e in lines),
        default=0,
    )


def _broken_at(text: str, lines: list[tuple[int, int]], width: int) -> bool:
    """True when every line but the last was broken by wrapping at ``width``: it fits
    and the next line's first word would not have (a short block whose lines end
    sentences, "...was the story.\nEverything else...", in a text wrapped elsewhere)."""
    if len(lines) < 2:
        return False
    for (s, e), (ns, ne) in pairwise(lines):
        space = text.find(" ", ns, ne)
        word = (space if space >= 0 else ne) - ns
        if not 0.6 * width <= e - s <= width or e - s + 1 + word <= width:
            return False
    return True


def _quote_open_at_end(text: str, start: int, end: int) -> bool:
    """Is a quotation still open where the line ends? Double marks count as they are;
    a single mark opens after a space or the line start before a letter and closes
    when one is open and no letter follows (not an apostrophe: "don't", "'90s")."""
    double = single = False
    for i in range(start, end):
        ch = text[i]
        if ch == "“":
            double = True
        elif ch == "”":
            double = False
        elif ch == '"':
            double = not double
        elif ch in "‘'’":
            before = text[i - 1] if i > start else " "
            after = text[i + 1] if i + 1 < end else " "
            if not single and (before.isspace() or before in '—–-(“"') and after.isalpha():
                single = ch != "’"
            elif single and not after.isalnum() and ch != "‘":
                single = False
    return double or single


def _quote_runs(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines as paragraphs, except that a line whose quotation is still open at its
    end runs on into the next when that one opens no quotation of its own: a text set
    one sentence a line ('"We wait.\nWe complain."') broke the quote in pieces. A new
    paragraph of a quote that runs on reopens it with a mark, so it stays apart."""
    spans: list[tuple[int, int]] = []
    run_on = False
    for s, e in lines:
        if run_on and text[s] not in _OPENERS:
            spans[-1] = (spans[-1][0], e)
        else:
            spans.append((s, e))
        run_on = _quote_open_at_end(text, *spans[-1])
    return spans


def _spans(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: every line, except hard-wrapped blocks joined into one and a
    quotation that runs on past a line end (see _quote_runs)."""
    blocks = _blocks(text)
    wrapped = [_looks_wrapped(text, lines) for lines in blocks]
    width = _wrap_width(blocks, wrapped)
    spans: list[tuple[int, int]] = []
    for lines, joined in zip(blocks, wrapped, strict=True):
        if joined or (width and _broken_at(text, lines, width)):
            spans.append((lines[0][0], lines[-1][1]))
        else:
            spans.extend(_quote_runs(text, lines))
    return spans


def _unwrapped(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with each hard-wrapped paragraph's line breaks made spaces (same length,
    so every offset holds): the extractor and attribution read a newline as a paragraph
    end, so a name, cue or quote broken across two lines ("Sen.\\nAnn Roe") was lost."""
    pieces: list[str] = []
    at = 0
    for s, e in spans:
        if text.find("\n", s, e) >= 0:
            pieces += [text[at:s], text[s:e].replace("\n", " ")]
            at = e
    return "".join([*pieces, text[at:]]) if pieces else text


def _is_headline(line: str) -> bool:
    """Short, no sentence-final full stop: the shape of a news headline."""
    if len(line) > _TITLE_MAX_CHARS or len(line.split()) > _TITLE_MAX_WORDS:
        return False
    stripped = line.rstrip("\"'”’)")
    if stripped.endswith(("...", "…")):
        return True  # 'My memories of Marley...'
    return not stripped.endswith((".", ",", ":", ";"))


def _is_credit(line: str) -> bool:
    """A photo credit ("Victoria Jones/PA Wire", "Photo: Getty Images")."""
    return len(line) <= _CAPTION_MAX_CHARS and _CREDIT.search(line) is not None


def _is_clutter(line: str) -> bool:
    """A web page's own line between paragraphs: an ad slot, a prompt, a link."""
    return len(line) <= _CLUTTER_MAX_CHARS and _CLUTTER.fullmatch(line) is not None


def _is_label(line: str) -> bool:
    """A short label with no sentence punctuation: the shape of a photo caption."""
    if len(line) > _CAPTION_MAX_CHARS or len(line.split()) > _CAPTION_MAX_WORDS:
        return False
    if _ends_sentence(line) or not line[0].isupper():
        return False
    # Quotes and parentheses belong to sentences, not labels; a label ends on a name
    # or a number ("... Gerard Coyne"), a sentence cut short on a small word ("as").
    last = line.split()[-1]
    if not (last[:1].isupper() or last[:1].isdigit()):
        return False
    return not any(ch in line for ch in '"“”‘’()')


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def derive_title(text: str) -> str:
    """A title from the lede: its first sentence, cut at a word near 80 chars."""
    lede = text[: _DERIVED_TITLE_CHARS * 4].strip()
    m = _FIRST_SENTENCE.match(lede)
    sentence = (m.group(1) if m else lede).split("\n", 1)[0].strip()
    if len(sentence) <= _DERIVED_TITLE_CHARS:
        return sentence.rstrip(".")
    cut = sentence.rfind(" ", 0, _DERIVED_TITLE_CHARS)
    if cut < _DERIVED_TITLE_CHARS // 2:
        cut = _DERIVED_TITLE_CHARS
    return sentence[:cut].rstrip(" ,;:-–—") + "…"


def make_article(
    article_id: str,
    path: str,
    text: str,
    *,
    title: str | None = None,
    date: str | None = None,
    source: str | None = None,
    url: str | None = None,
    author: str | None = None,
) -> Article:
    """Build an Article from cleaned text: paragraphs, title and captions."""
    text = plain_spaces(text)
    spans = _spans(text)
    text = _unwrapped(text, spans)
    paragraphs = [Paragraph(i, s, e) for i, (s, e) in enumerate(spans)]
    title_derived = False
    body_from = 0
    if paragraphs:
        first = text[spans[0][0] : spans[0][1]]
        # With a title given (jsonl), the first line is the headline only if it says so.
        headline = _is_headline(first) if title is None else _same(first, title)
        if len(paragraphs) > 1 and headline:
            paragraphs[0].kind = "title"
            body_from = 1
            if title is None:
                title = first
    for i in range(body_from, len(paragraphs)):
        p = paragraphs[i]
        line = text[p.start : p.end]
        dup_prev = i > body_from and text[spans[i - 1][0] : spans[i - 1][1]] == line
        dup_next = i + 1 < len(spans) and text[spans[i + 1][0] : spans[i + 1][1]] == line
        duplicated = (dup_prev or dup_next) and len(line) <= _DUPLICATE_MAX_CHARS
        # A label that ends the article is a sign-off, not a caption.
        label = _is_label(line) and i < len(paragraphs) - 1
        if duplicated or label or _is_credit(line) or _is_clutter(line):
            p.kind = "caption"
    if title is None:
        lede = next((p for p in paragraphs if p.kind == "body"), None)
        title = derive_title(text[lede.start : lede.end]) if lede else article_id
        title_derived = True
    return Article(
        id=article_id,
        path=path,
        title=title,
        text=text,
        paragraphs=paragraphs,
        title_derived=title_derived,
        date=date,
        source=source,
        url=url,
        author=author,
    )
