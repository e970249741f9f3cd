"""The reading view: one article, its quotes coloured by speaker, lazily wrapped.

Article text is untrusted, so every line is built with ``Text.append`` from offsets
(never markup). Long articles (tens of megabytes) stay responsive because the view
is a Line-API ``ScrollView``: paragraphs are cut into blocks of at most a few
thousand characters, each block is wrapped only when it is drawn, and blocks that
have not been drawn yet count with an estimated height until they are.
"""

from __future__ import annotations

import re
import zlib
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate
from operator import sub
from typing import ClassVar

from rich.cells import cell_len
from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.color import Color
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.core.corpus import Corpus
from tui.core.doubt import speaker_text
from tui.core.model import Article, Quote
from tui.widgets.colours import readable
from tui.widgets.scroll_size import set_virtual_size

# Mid-luminance colours: readable as text on both light and dark backgrounds, and as
# a background behind black or white text for the current quote.
PALETTE = (
    "#e5484d",  # red
    "#0d9488",  # teal
    "#d97706",  # amber
    "#3b82f6",  # blue
    "#16a34a",  # green
    "#a855f7",  # violet
    "#db2777",  # pink
    "#0891b2",  # cyan
    "#ea580c",  # orange
    "#65a30d",  # lime
)
UNATTRIBUTED = "#8b8b8b"

BLOCK_CHARS = 2000
"""Longest stretch of text wrapped in one go; longer paragraphs are cut at a space."""
EAGER_CHARS = 300_000
"""Articles up to this size are wrapped completely as soon as they are shown."""
GUTTER = 1
LABEL_REACH = 400
"""How far past a quote its label may move to reach the end of the sentence."""


def speaker_colour(name: str | None) -> str:
    """A colour for ``name`` that stays the same across runs and panes."""
    if not name:
        return UNATTRIBUTED
    return PALETTE[zlib.crc32(name.encode("utf-8")) % len(PALETTE)]


# A word: breakable spaces, then anything else; a no-break space (U+00A0) joins words,
# so a label like "— Gerard Coyne" is never split over two lines.
_WORD = re.compile(r"[^\S\u00a0]*([\S\u00a0]+)")
NBSP = "\u00a0"


def wrap_starts(plain: str, width: int) -> list[int]:
    """Offsets where wrapped lines start (after the first), greedy word wrap.

    Newlines always break; words wider than ``width`` are folded. Whitespace at a
    break stays at the end of the previous line (it is stripped when drawn).
    """
    width = max(1, width)
    starts: list[int] = []
    seg_start = 0
    for seg in plain.split("\n"):
        if seg_start:
            starts.append(seg_start)
        used = 0
        for m in _WORD.finditer(seg):
            token = m.group()
            if used:
                token_w = cell_len(token)
                if used + token_w <= width:
                    used += token_w
                    continue
                piece_at = seg_start + m.start(1)
                starts.append(piece_at)
            else:
                piece_at = seg_start + m.start()
            piece = plain[piece_at : seg_start + m.end()]
            used = cell_len(piece)
            if used > width:
                used = 0
                for i, ch in enumerate(piece):
                    ch_w = cell_len(ch)
                    if used and used + ch_w > width:
                        starts.append(piece_at + i)
                        used = 0
                    used += ch_w
        seg_start += len(seg) + 1
    return starts


_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|$)")
_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’»]*\s*$")


@dataclass(frozen=True, slots=True)
class Label:
    """Where the "— Speaker" label of quote ``quote`` (an index) is drawn."""

    offset: int
    quote: int
    short: bool
    """Drawn right after the quote, with the short name: the sentence goes on with
    another speaker's quote (or too long to wait for its end)."""


def place_labels(article: Article, quotes: list[Quote]) -> list[Label]:
    """The labels of the attributed ``quotes`` (in reading order), by offset.

    A label goes at the end of the sentence the quote ends in, so a partial quote in
    mid-sentence ("had experienced “a degree of pressure” to back Mr McCluskey") does
    not cut the sentence in two. When another speaker's quote comes first, it stays
    right after its quote in a short form; when the same speaker is quoted again in
    that sentence, the later quote carries the label alone.
    """
    text = article.text
    labels: list[Label] = []
    for i, quote in enumerate(quotes):
        if not quote.speaker:
            continue  # "unattributed" after every scare quote would only be noise
        if article.paragraphs:
            para_end = article.paragraphs[
                min(quote.last_paragraph, len(article.paragraphs) - 1)
            ].end
        else:
            para_end = len(text)
        limit = min(para_end, quote.end + LABEL_REACH)
        following = text[quote.end : quote.end + 3].lstrip()
        at: int | None
        if _ENDS_SENTENCE.search(text, quote.start, quote.end) and not following[:1].islower():
            at = quote.end
        else:
            end = _SENTENCE_END.search(text, quote.end, limit)
            at = end.end() if end else (para_end if para_end <= limit else None)
        after = quotes[i + 1] if i + 1 < len(quotes) else None
        if at is not None and after is not None and after.start < at:
            if after.speaker == quote.speaker:
                continue
            at = None
        labels.append(Label(quote.end if at is None else at, i, at is None))
    return labels


def short_names(quotes: list[Quote], corpus: Corpus) -> dict[str, str]:
    """Surnames for the people quoted, where no other speaker here shares one."""
    names = {q.speaker for q in quotes if q.speaker}
    surnames: dict[str, str] = {}
    for name in names:
        speaker = corpus.speaker(name)
        words = name.split()
        if len(words) > 1 and (speaker is None or speaker.is_person):
            surnames[name] = words[-1]
    taken = list(surnames.values())
    return {
        name: surname if taken.count(surname) == 1 else name for name, surname in surnames.items()
    }


@dataclass(slots=True)
class Block:
    """A slice of one paragraph, wrapped as a unit."""

    start: int
    end: int
    paragraph: int
    kind: str
    last: bool
    """Last block of its paragraph: a blank line follows it."""


@dataclass(slots=True)
class Line:
    """A wrapped line: its text and the article offset of its first character."""

    text: Text
    offset: int


class Blocks:
    """The blocks of one article as parallel lists (cheap for 300,000 paragraphs)."""

    def __init__(self, article: Article | None = None) -> None:
        self.kinds: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.paragraphs: list[int] = []
        self.lasts: list[bool] = []
        if article is None or not article.paragraphs:
            return
        paragraphs = article.paragraphs
        self.kinds = [p.kind for p in paragraphs]
        self.starts = [p.start for p in paragraphs]
        self.ends = [p.end for p in paragraphs]
        if max(map(sub, self.ends, self.starts)) <= BLOCK_CHARS:
            self.paragraphs = list(range(len(paragraphs)))
            self.lasts = [True] * len(paragraphs)
        else:
            self.starts, self.ends = [], []
            self._cut(article)
        self.lasts[-1] = False

    def _cut(self, article: Article) -> None:
        text = article.text
        for n, p in enumerate(article.paragraphs):
            start = p.start
            while p.end - start > BLOCK_CHARS:
                cut = text.rfind(" ", start + BLOCK_CHARS // 2, start + BLOCK_CHARS)
                cut = start + BLOCK_CHARS if cut < 0 else cut + 1
                self._add(start, cut, n, False)
                start = cut
            self._add(start, p.end, n, True)

    def _add(self, start: int, end: int, paragraph: int, last: bool) -> None:
        self.starts.append(start)
        self.ends.append(end)
        self.paragraphs.append(paragraph)
        self.lasts.append(last)

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, b: int) -> Block:
        para = self.paragraphs[b]
        return Block(self.starts[b], self.ends[b], para, self.kinds[para], self.lasts[b])

    def at_offset(self, offset: int) -> int:
        """The block holding article offset ``offset``."""
        return max(0, bisect_right(self.starts, offset) - 1)


class Heights:
    """Row counts of the blocks and where each block starts, cheap to update.

    Blocks are grouped in chunks; a changed height re-sums one chunk and the short list
    of chunk starts, not all 300,000 blocks of a 50 MB article.
    """

    CHUNK = 1024

    def __init__(self, heights: list[int] | None = None) -> None:
        self.heights = heights or []
        size = self.CHUNK
        self._sums = [sum(self.heights[i : i + size]) for i in range(0, len(self.heights), size)]
        self._starts = [0, *accumulate(self._sums)]
        self._local: dict[int, list[int]] = {}

    def __len__(self) -> int:
        return len(self.heights)

    def __getitem__(self, b: int) -> int:
        return self.heights[b]

    @property
    def total(self) -> int:
        return self._starts[-1]

    def _local_tops(self, chunk: int) -> list[int]:
        tops = self._local.get(chunk)
        if tops is None:
            first = chunk * self.CHUNK
            tops = [0, *accumulate(self.heights[first : first + self.CHUNK])]
            self._local[chunk] = tops
        return tops

    def top(self, b: int) -> int:
        """The first row of block ``b``."""
        chunk, i = divmod(b, self.CHUNK)
        return self._starts[chunk] + self._local_tops(chunk)[i]

    def block_at(self, y: int) -> int:
        """The block drawn on row ``y`` (clamped to the first / last block)."""
        if not self.heights:
            return 0
        chunk = min(len(self._sums) - 1, max(0, bisect_right(self._starts, y) - 1))
        i = bisect_right(self._local_tops(chunk), y - self._starts[chunk]) - 1
        return min(len(self.heights) - 1, chunk * self.CHUNK + max(0, i))

    def set(self, changes: dict[int, int]) -> bool:
        """Apply ``{block: height}``; True if anything changed."""
        touched = set()
        for b, h in changes.items():
            if self.heights[b] != h:
                chunk = b // self.CHUNK
                self._sums[chunk] += h - self.heights[b]
                self.heights[b] = h
                touched.add(chunk)
        for chunk in touched:
            self._local.pop(chunk, None)
        if touched:
            self._starts = [0, *accumulate(self._sums)]
        return bool(touched)


QUOTE_MOVES = Binding.Group("Next/prev quote")


class ReadingView(ScrollView, can_focus=True):
    """Shows one article; ``n``/``N`` move the current quote."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # One footer entry for both ("n N Next/prev quote"): room for the rest at 80 columns.
        Binding("n", "next_quote", "Next quote", group=QUOTE_MOVES),
        Binding("N", "previous_quote", "Previous quote", group=QUOTE_MOVES),
        Binding("j,down", "scroll_down", "Down", show=False),
        Binding("k,up", "scroll_up", "Up", show=False),
        # As in less: space/f/ctrl+f and b/ctrl+b a page, d/ctrl+d and u/ctrl+u half a page.
        Binding("space,f,ctrl+f,pagedown", "page_down", "Page down", show=False),
        Binding("b,ctrl+b,pageup", "page_up", "Page up", show=False),
        Binding("d,ctrl+d", "half_page(1)", "Half a page down", show=False),
        Binding("u,ctrl+u", "half_page(-1)", "Half a page up", show=False),
        Binding("g,home", "scroll_home", "Top", show=False),
        Binding("G,end", "scroll_end", "Bottom", show=False),
    ]

    class QuoteChanged(Message):
        """The current quote changed (``quote_id`` is None when there is none)."""

        def __init__(self, view: ReadingView, quote_id: int | None) -> None:
            super().__init__()
            self.view = view
            self.quote_id = quote_id

        @property
        def control(self) -> ReadingView:
            return self.view

    def __init__(self, *, name: str | None = None, id: str | None = None) -> None:
        super().__init__(name=name, id=id)
        self._article: Article | None = None
        self._quotes: list[Quote] = []
        self._quote_starts: list[int] = []
        self._current: int | None = None
        self._blocks = Blocks()
        self._width = 0
        self._heights = Heights()
        self._lines: dict[int, list[Line]] = {}
        self._pending_quote: int | None = None
        self._shown_height = 0
        """Rows on screen at the last resize (a resize keeps the current quote there)."""
        self._settle_scheduled = False
        self._labels: list[Label] = []
        self._label_offsets: list[int] = []
        self._label_of: dict[int, int] = {}
        self._short: dict[str, str] = {}
        self._styles: dict[tuple[str | None, str], Style] = {}

    # -- public API -------------------------------------------------------------------

    @property
    def article(self) -> Article | None:
        return self._article

    @property
    def current_quote(self) -> Quote | None:
        if self._current is None:
            return None
        return self._quotes[self._current]

    @property
    def current_index(self) -> int | None:
        """Position of the current quote in :attr:`quotes`."""
        return self._current

    @property
    def quotes(self) -> list[Quote]:
        """The quotes of the article shown, in reading order."""
        return self._quotes

    def show_article(self, corpus: Corpus, article_id: str, quote_id: int | None = None) -> None:
        """Show an article from the top, or scrolled to ``quote_id`` (highlighted)."""
        if self._article is None or self._article.id != article_id:
            article = corpus.article(article_id)
            self._article = article
            self._quotes = sorted(corpus.quotes_in(article_id), key=lambda q: q.start)
            self._quote_starts = [q.start for q in self._quotes]
            self._set_labels(place_labels(article, self._quotes))
            self._short = short_names(self._quotes, corpus)
            self._blocks = Blocks(article)
            self._current = None
            self._width = 0
            self._layout()
            self.scroll_to(0, 0, animate=False, immediate=True)
        if quote_id is None:
            self._set_current(None)
            self.scroll_to(0, 0, animate=False, immediate=True)
        else:
            self.show_quote(quote_id)

    def show_quote(self, quote_id: int) -> None:
        """Make ``quote_id`` (in the article shown) current and scroll it into view."""
        for i, q in enumerate(self._quotes):
            if q.id == quote_id:
                self._set_current(i)
                self._scroll_to_current()
                return
        raise KeyError(quote_id)

    def clear(self) -> None:
        """Show nothing (e.g. while another corpus loads)."""
        self._article = None
        self._quotes = []
        self._quote_starts = []
        self._set_labels([])
        self._blocks = Blocks()
        self._current = None
        self._width = 0
        self._layout()

    def _set_labels(self, labels: list[Label]) -> None:
        self._labels = labels
        self._label_offsets = [label.offset for label in labels]
        self._label_of = {label.quote: label.offset for label in labels}

    def line_texts(self) -> list[str]:
        """Every wrapped line as plain text (wraps the whole article; for tests)."""
        self._ensure_layout()
        out: list[str] = []
        for b in range(len(self._blocks)):
            out.extend(line.text.plain for line in self._block_lines(b))
        return out

    # -- actions --------------------------------------------------------------------

    def action_next_quote(self) -> None:
        self._step(1)

    def action_previous_quote(self) -> None:
        self._step(-1)

    def action_page_down(self) -> None:
        self.scroll_page_down(animate=False)

    def action_page_up(self) -> None:
        self.scroll_page_up(animate=False)

    def action_half_page(self, direction: int) -> None:
        half = max(1, self.scrollable_content_region.height // 2)
        self.scroll_relative(y=direction * half, animate=False)

    def action_scroll_home(self) -> None:
        self.scroll_home(animate=False)

    def action_scroll_end(self) -> None:
        self.scroll_end(animate=False)

    def _step(self, direction: int) -> None:
        if not self._quotes:
            self.app.bell()
            return
        if self._current is None:
            top = self._offset_at(round(self.scroll_y))
            i = bisect_right(self._quote_starts, top - 1)
            target = i if direction > 0 else i - 1
        else:
            target = self._current + direction
        if not 0 <= target < len(self._quotes):
            self.app.bell()
            return
        self._set_current(target)
        self._scroll_to_current()

    # -- current quote ------------------------------------------------------------------

    def _set_current(self, index: int | None) -> None:
        if index == self._current:
            return
        for i in (self._current, index):
            if i is not None:
                self._forget_quote_blocks(self._quotes[i])
        self._current = index
        self.refresh()
        quote = None if index is None else self._quotes[index].id
        self.post_message(self.QuoteChanged(self, quote))

    def _forget_quote_blocks(self, quote: Quote) -> None:
        """Drop cached lines of blocks the quote (or its label) touches so they restyle."""
        first = self._block_at_offset(quote.start)
        index = bisect_right(self._quote_starts, quote.start) - 1
        end = max(quote.end, self._label_of.get(index, quote.end) + 1)
        for b in range(first, len(self._blocks)):
            if self._blocks.starts[b] >= end:
                break
            self._lines.pop(b, None)

    def _scroll_to_current(self) -> None:
        quote = self.current_quote
        if quote is None:
            return
        if not self._ensure_layout():
            self._pending_quote = self._current
            return
        b = self._block_at_offset(quote.start)
        self._settle_around(b)
        y = self._quote_y(quote)
        self.scroll_to(y=max(0, y - 2), animate=False, immediate=True)

    def _quote_y(self, quote: Quote) -> int:
        """The virtual row of the line where ``quote`` starts, in the current layout."""
        b = self._block_at_offset(quote.start)
        lines = self._block_lines(b)
        line_no = 0
        for i, line in enumerate(lines):
            if line.offset <= quote.start:
                line_no = i
        return self._heights.top(b) + line_no

    def _current_in_view(self, height: int) -> bool:
        """Whether the current quote's first line is among the ``height`` rows from the
        top of the view, as laid out now (before a resize lays it out again)."""
        quote = self.current_quote
        if quote is None or not self._width or not self._blocks:
            return False
        top = round(self.scroll_y)
        return top <= self._quote_y(quote) < top + height

    # -- layout -------------------------------------------------------------------------

    @property
    def _text_width(self) -> int:
        return max(8, self.scrollable_content_region.width - 2 * GUTTER)

    def _ensure_layout(self) -> bool:
        """Lay the article out for the current width; False until the view has a size."""
        if self.scrollable_content_region.width <= 0:
            return False
        if self._width != self._text_width:
            self._layout()
        return True

    def _layout(self) -> None:
        self._lines.clear()
        width = self._text_width if self.scrollable_content_region.width > 0 else 0
        self._width = width
        if not width or not self._blocks:
            self._heights = Heights()
            set_virtual_size(self, Size(0, 0))
            return
        eager = self._article is not None and len(self._article.text) <= EAGER_CHARS
        if eager:
            heights = [len(self._block_lines(b)) for b in range(len(self._blocks))]
        else:
            per_line = max(1, width - 4)
            # Estimates until drawn: a blank line after each paragraph, no newlines.
            heights = [
                (end - start) // per_line + 2
                for start, end in zip(self._blocks.starts, self._blocks.ends, strict=True)
            ]
        self._heights = Heights(heights)
        self._resize_virtual()

    def _resize_virtual(self) -> None:
        # Not ``self.virtual_size = ...``: that lays out the whole screen per preview.
        set_virtual_size(self, Size(self._width + 2 * GUTTER, self._heights.total))

    def _block_at_offset(self, offset: int) -> int:
        return self._blocks.at_offset(offset)

    def _block_at_y(self, y: int) -> int:
        return self._heights.block_at(y)

    def _offset_at(self, y: int) -> int:
        """Article offset of the line at virtual row ``y``."""
        if not self._blocks or not self._ensure_layout():
            return 0
        b = self._block_at_y(y)
        lines = self._block_lines(b)
        i = min(len(lines) - 1, y - self._heights.top(b))
        return lines[i].offset if i >= 0 else self._blocks.starts[b]

    def _settle_around(self, b: int) -> None:
        """Wrap the blocks around ``b`` for real so positions there are exact."""
        rows = max(1, self.scrollable_content_region.height)
        lo = b
        need = rows
        while lo > 0 and need > 0:
            lo -= 1
            need -= len(self._block_lines(lo))
        hi = b
        need = rows * 2
        while hi < len(self._blocks) and need > 0:
            need -= len(self._block_lines(hi))
            hi += 1
        if self._heights.set({i: len(self._block_lines(i)) for i in range(lo, hi)}):
            self._resize_virtual()

    def _settle(self) -> None:
        """Replace estimated heights of drawn blocks by real ones, keeping the top line."""
        self._settle_scheduled = False
        if not self._blocks or not self._heights:
            return
        top_y = round(self.scroll_y)
        top_b = self._block_at_y(top_y)
        inside = top_y - self._heights.top(top_b)
        real = {b: len(lines) for b, lines in self._lines.items() if b < len(self._heights)}
        if self._heights.set(real):
            self._resize_virtual()
            y = self._heights.top(top_b) + inside
            self.scroll_to(y=y, animate=False, immediate=True)

    def _block_lines(self, b: int) -> list[Line]:
        cached = self._lines.get(b)
        if cached is not None:
            return cached
        lines = self._wrap_block(b)
        if len(self._lines) > 4096 and self._article and len(self._article.text) > EAGER_CHARS:
            self._lines.clear()
        self._lines[b] = lines
        return lines

    def _wrap_block(self, b: int) -> list[Line]:
        text, anchors = self._block_text(b)
        starts = wrap_starts(text.plain, self._width)
        lines: list[Line] = []
        for piece, at in zip(text.divide(starts), [0, *starts], strict=True):
            piece.rstrip()
            lines.append(Line(piece, _to_article(anchors, at)))
        block = self._blocks[b]
        if block.last:
            lines.append(Line(Text(""), block.end))
        return lines

    def _block_text(self, b: int) -> tuple[Text, list[tuple[int, int, int]]]:
        """The styled text of block ``b`` and anchors (text_at, article_at, length)."""
        assert self._article is not None
        block = self._blocks[b]
        source = self._article.text
        base = {"title": Style(bold=True), "caption": Style(dim=True, italic=True)}.get(
            block.kind, Style()
        )
        text = Text(style=base, end="")
        anchors: list[tuple[int, int, int]] = []

        def put(start: int, end: int, style: Style | str = "") -> None:
            if end > start:
                anchors.append((len(text), start, end - start))
                text.append(source[start:end], style)

        current = self.current_quote
        # Quote spans and labels in text order; a label at an offset where a quote
        # starts comes first.
        items: list[tuple[int, int, Quote | Label]] = [
            (max(q.start, block.start), 1, q) for q in self._quotes_touching(block.start, block.end)
        ]
        first = bisect_right(self._label_offsets, block.start)
        last = bisect_right(self._label_offsets, block.end)
        items += [(label.offset, 0, label) for label in self._labels[first:last]]
        items.sort(key=lambda item: item[:2])
        pos = block.start
        for at, _, item in items:
            if isinstance(item, Label):
                put(pos, at)
                pos = max(pos, at)
                quote = self._quotes[item.quote]
                anchors.append((len(text), at, 0))
                text.append(self._label_text(quote, item), self._label_style(quote, current))
                if at < block.end and source[at].isalnum():
                    text.append(" ")
                continue
            e = min(item.end, block.end)
            put(pos, at)
            put(at, e, self._quote_style(item, current))
            pos = max(pos, e)
        put(pos, block.end)
        return text, anchors

    def _label_text(self, quote: Quote, label: Label) -> str:
        name = quote.speaker or ""
        shown = speaker_text(quote, self._short.get(name, name) if label.short else name)
        return " " + f"— {shown}".replace(" ", NBSP)  # "— Tony Blair?" for a guess

    def _colour(self, name: str | None, kind: str) -> Style:
        """Theme-aware styles of a speaker's colour: ``quote`` text, ``label`` text
        (dimmer), ``current`` (the colour as background)."""
        key = (name, kind)
        style = self._styles.get(key)
        if style is None:
            colour = Color.parse(speaker_colour(name))
            background = self.background_colors[1]
            if kind == "current":
                style = Style(
                    color=colour.get_contrast_text(1.0).rich_color, bgcolor=colour.rich_color
                )
            elif kind == "label":
                dimmer = colour.blend(background, 0.3)
                style = Style(color=readable(dimmer, background, 3.2).rich_color, italic=True)
            else:
                style = Style(color=readable(colour, background).rich_color)
            self._styles[key] = style
        return style

    def _quote_style(self, quote: Quote, current: Quote | None) -> Style:
        if quote is current:
            return self._colour(quote.speaker, "current") + Style(bold=True)
        if quote.kind == "title":
            return Style(italic=True)  # the name of a show or book, as print sets it
        return self._colour(quote.speaker, "quote") + Style(underline=quote.speaker is None)

    def _label_style(self, quote: Quote, current: Quote | None) -> Style:
        if quote is current:
            return self._colour(quote.speaker, "quote") + Style(bold=True, italic=True)
        return self._colour(quote.speaker, "label")

    def notify_style_update(self) -> None:
        """The theme changed: speaker colours are re-fitted to the new background."""
        self._styles.clear()
        self._lines.clear()
        super().notify_style_update()

    def _quotes_touching(self, start: int, end: int) -> list[Quote]:
        """Quotes overlapping ``[start, end)``; quotes do not overlap each other."""
        found: list[Quote] = []
        j = bisect_right(self._quote_starts, end - 1) - 1
        while j >= 0 and self._quotes[j].end > start:
            found.append(self._quotes[j])
            j -= 1
        found.reverse()
        return found

    # -- rendering ----------------------------------------------------------------------

    def on_resize(self, event: events.Resize) -> None:
        """Keep the place: the current quote if it was on screen (made wide, a short
        article sits at its top; made small again, it stayed there, the current quote
        out of sight), else the line at the top."""
        shown, self._shown_height = self._shown_height, self.scrollable_content_region.height
        if self._article is None:
            return
        top = self._offset_at(round(self.scroll_y)) if self._width else 0
        keep_current = self._current_in_view(shown)
        self._ensure_layout()
        if self._pending_quote is not None or keep_current:
            self._pending_quote = None
            self._scroll_to_current()
        elif top and self._blocks:
            b = self._block_at_offset(top)
            self.scroll_to(y=self._heights.top(b), animate=False, immediate=True)

    def render_line(self, y: int) -> Strip:
        base = self.rich_style
        width = self.scrollable_content_region.width
        if self._article is None:
            if y == 1:
                hint = Text(" Pick an article, or search quotes with /", style=Style(dim=True))
                return _strip(hint, width, base, self.app.console)
            return Strip.blank(width, base)
        if not self._ensure_layout() or not self._blocks:
            return Strip.blank(width, base)
        virtual_y = round(self.scroll_y) + y
        if virtual_y >= self._heights.total:
            return Strip.blank(width, base)
        b = self._block_at_y(virtual_y)
        lines = self._block_lines(b)
        if len(lines) != self._heights[b] and not self._settle_scheduled:
            self._settle_scheduled = True
            self.call_after_refresh(self._settle)
        i = virtual_y - self._heights.top(b)
        if i >= len(lines):
            return Strip.blank(width, base)
        return _strip(lines[i].text, width, base, self.app.console)

    def on_click(self, event: events.Click) -> None:
        """Clicking a quote makes it current."""
        if not self._blocks or not self._ensure_layout():
            return
        virtual_y = round(self.scroll_y) + event.y
        if virtual_y >= self._heights.total:
            return
        b = self._block_at_y(virtual_y)
        lines = self._block_lines(b)
        i = virtual_y - self._heights.top(b)
        if not 0 <= i < len(lines):
            return
        start = lines[i].offset
        end = lines[i + 1].offset if i + 1 < len(lines) else self._blocks.ends[b]
        for n, q in enumerate(self._quotes):
            if q.start < max(end, start + 1) and q.end > start:
                self._set_current(n)
                return


def _to_article(anchors: list[tuple[int, int, int]], at: int) -> int:
    """Map a text offset in a block back to an article offset."""
    best = anchors[0] if anchors else (0, 0, 0)
    for anchor in anchors:
        if anchor[0] <= at:
            best = anchor
        else:
            break
    text_at, article_at, length = best
    return article_at + min(length, at - text_at)


def _strip(text: Text, width: int, base: Style, console: Console) -> Strip:
    """One drawn row: gutter, the line, padding to the full width."""
    segments = [Segment(" " * GUTTER), *text.render(console)]
    # Text.render leaves the Text's own style out when it has no spans: add it here.
    line_style = base + text.style if isinstance(text.style, Style) else base
    return Strip(segments).apply_style(line_style).crop_extend(0, width, base)
