"""A keyboard-first list over any number of rows that never makes a widget per row.

The article list, the quote finder and the speaker filter all show long lists (tens of
thousands of rows on a big corpus). Mounting a widget per row would cost seconds and
memory; instead this Line-API widget asks a callback for the few rows on screen, so
each frame costs the same whether there are ten rows or a million.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.color import Color
from textual.dom import DOMNode
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.widgets.colours import component_style, readable
from tui.widgets.scroll_size import set_virtual_size

RenderRow = Callable[[int, int, bool], Text]
"""``render_row(index, width, selected) -> Text``; one line per row (``\\n`` splits
the lines of a multi-line row when ``row_height > 1``)."""

_CACHE_LIMIT = 512


def _no_rows(index: int, width: int, selected: bool) -> Text:
    return Text()


class VirtualList(ScrollView, can_focus=True):
    """A focusable list of ``count`` rows drawn on demand by ``render_row``.

    Row text comes from a callback returning :class:`rich.text.Text` (never markup),
    so untrusted article text can't inject styles. Rendered rows are cached until
    :meth:`refresh_rows` or :meth:`set_rows` is called, or the width or styles change.
    """

    DEFAULT_CSS = """
    VirtualList {
        height: 1fr;
        width: 1fr;
        overflow-x: hidden;
        overflow-y: auto;
        background: $surface;
        & > .virtual-list--row {
            color: $foreground;
        }
        & > .virtual-list--empty {
            color: $text-muted;
            text-style: italic;
        }
        /* "auto": black or white, whichever reads on the theme's cursor colour
           (some themes' own cursor foreground does not). */
        & > .virtual-list--cursor {
            background: $block-cursor-blurred-background;
            color: auto 90%;
            text-style: $block-cursor-blurred-text-style;
        }
        &:focus > .virtual-list--cursor {
            background: $block-cursor-background;
            color: auto 90%;
            text-style: $block-cursor-text-style;
        }
    }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "virtual-list--row",
        "virtual-list--cursor",
        "virtual-list--empty",
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "cursor_up", "Up", show=False),
        Binding("down,j", "cursor_down", "Down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("home,g", "first", "First", show=False),
        Binding("end,G", "last", "Last", show=False),
        Binding("enter", "select", "Select", show=False),
    ]

    cursor: reactive[int] = reactive(0, always_update=False, init=False)
    """Index of the highlighted row (0 when the list is empty)."""

    class RowMessage(Message):
        """Base of the messages about one row; ``index`` is the row number."""

        def __init__(self, virtual_list: VirtualList, index: int) -> None:
            super().__init__()
            self.virtual_list = virtual_list
            self.index = index

        @property
        def control(self) -> VirtualList:
            return self.virtual_list

    class Highlighted(RowMessage):
        """The cursor moved to another row (or the rows under it were replaced)."""

    class Selected(RowMessage):
        """A row was chosen with Enter or the mouse."""

    def __init__(
        self,
        count: int = 0,
        render_row: RenderRow | None = None,
        *,
        row_height: int = 1,
        select_on_click: bool = True,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
        disabled: bool = False,
    ) -> None:
        """``select_on_click=False`` makes a single click only move the cursor and a
        double click select (for lists where selecting is expensive)."""
        super().__init__(name=name, id=id, classes=classes, disabled=disabled)
        if row_height < 1:
            raise ValueError("row_height must be at least 1")
        self.row_height = row_height
        self.select_on_click = select_on_click
        self._count = max(0, count)
        self._render_row: RenderRow = render_row or _no_rows
        self._cache: dict[tuple[int, bool], list[Strip]] = {}
        self._cache_width = -1
        self._styles: dict[tuple[int, str, bool], Style] = {}
        self._empty_text = ""
        self._update_virtual_size()

    # -- public API -------------------------------------------------------------

    @property
    def row_count(self) -> int:
        return self._count

    @property
    def cursor_row(self) -> int | None:
        """The highlighted row, or None when the list is empty."""
        return self.cursor if self._count else None

    def set_rows(
        self, count: int, render_row: RenderRow | None = None, *, cursor: int | None = None
    ) -> None:
        """Replace the rows (``render_row`` kept when None) and redraw.

        The cursor stays where it was (clamped) unless ``cursor`` is given. A
        Highlighted message is posted whenever the new list is not empty, because the
        row under the cursor is usually a different item now.
        """
        self._count = max(0, count)
        if render_row is not None:
            self._render_row = render_row
        self._cache.clear()
        self._update_virtual_size()
        target = self.cursor if cursor is None else cursor
        target = self.validate_cursor(target)
        if target != self.cursor:
            self.set_reactive(VirtualList.cursor, target)
        self._scroll_cursor_visible()
        self.refresh()
        if self._count:
            self.post_message(self.Highlighted(self, self.cursor))

    @property
    def empty_text(self) -> str:
        """What the list says when it has no rows (plain text, may hold user input)."""
        return self._empty_text

    @empty_text.setter
    def empty_text(self, text: str) -> None:
        self._empty_text = text
        self.refresh()

    def refresh_rows(self) -> None:
        """Redraw every row (call after the data behind the rows changed)."""
        self._cache.clear()
        self.refresh()

    def refresh_row(self, index: int) -> None:
        """Redraw one row."""
        self._cache.pop((index, True), None)
        self._cache.pop((index, False), None)
        self.refresh_lines(index * self.row_height, self.row_height)

    def row_at(self, y: int) -> int | None:
        """The row shown at content line ``y`` of the widget (None past the end)."""
        index = (int(self.scroll_y) + y) // self.row_height
        return index if 0 <= index < self._count else None

    @property
    def page_rows(self) -> int:
        """How many whole rows fit on screen."""
        return max(1, self.scrollable_content_region.height // self.row_height)

    # -- cursor -----------------------------------------------------------------

    def validate_cursor(self, value: int) -> int:
        return min(max(0, value), max(0, self._count - 1))

    def watch_cursor(self, old: int, new: int) -> None:
        self.refresh_row(old)
        self.refresh_row(new)
        self._scroll_cursor_visible()
        if self._count:
            self.post_message(self.Highlighted(self, new))

    def _scroll_cursor_visible(self) -> None:
        """Scroll the least distance that shows the whole cursor row."""
        height = self.scrollable_content_region.height
        if not self._count or height <= 0:
            return  # not laid out yet: on_resize calls again
        top = self.cursor * self.row_height
        bottom = top + self.row_height
        scroll_y = int(self.scroll_y)
        if top < scroll_y:
            self.scroll_to(y=top, animate=False, force=True)
        elif bottom > scroll_y + height:
            self.scroll_to(y=bottom - height, animate=False, force=True)

    def on_resize(self, event: events.Resize) -> None:
        self._scroll_cursor_visible()

    def action_cursor_up(self) -> None:
        self.cursor -= 1

    def action_cursor_down(self) -> None:
        self.cursor += 1

    def action_page_up(self) -> None:
        page = self.page_rows
        self.scroll_to(y=max(0, self.scroll_y - page * self.row_height), animate=False)
        self.cursor -= page

    def action_page_down(self) -> None:
        page = self.page_rows
        self.scroll_to(y=self.scroll_y + page * self.row_height, animate=False)
        self.cursor += page

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = self._count - 1

    def action_select(self) -> None:
        if self._count:
            self.post_message(self.Selected(self, self.cursor))

    async def _on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = self.row_at(offset.y)
        if index is None:
            return
        event.stop()
        self.cursor = index
        if self.select_on_click or event.chain >= 2:
            self.post_message(self.Selected(self, index))

    # -- rendering --------------------------------------------------------------

    def _update_virtual_size(self) -> None:
        # Not ``self.virtual_size = ...``: that lays out the whole screen per result set.
        set_virtual_size(self, Size(0, self._count * self.row_height))

    def notify_style_update(self) -> None:
        """Styles (theme, focus) changed: cached rows carry old colours."""
        self._cache.clear()
        self._styles.clear()
        super().notify_style_update()

    @property
    def row_background(self) -> Color:
        """The background rows are drawn on (not the cursor row)."""
        return self.background_colors[1]

    def styled(self, owner: DOMNode, name: str, selected: bool) -> Style:
        """``owner``'s component class ``name`` for a row drawn by this list.

        Theme colours (``$text-muted`` is an "auto" colour) are resolved over the row
        background; on the cursor row only the text style is kept, so the cursor's own
        colours, chosen by the theme to contrast, win.
        """
        key = (id(owner), name, selected)
        style = self._styles.get(key)
        if style is None:
            if selected:
                style = owner.get_component_styles(name).text_style
            else:
                style = component_style(owner, name, self.row_background)
            self._styles[key] = style
        return style

    def readable_colour(self, colour: str, selected: bool) -> Style:
        """Text in ``colour`` (e.g. a speaker's), made readable on the row background;
        plain on the cursor row."""
        if selected:
            return Style()
        return Style(color=readable(Color.parse(colour), self.row_background).rich_color)

    def _row_style(self, selected: bool) -> Style:
        if selected:
            return self.get_component_rich_style("virtual-list--cursor")
        return self.get_component_rich_style("virtual-list--row")

    def _row_strips(self, index: int, width: int, selected: bool) -> list[Strip]:
        if width != self._cache_width:
            self._cache.clear()
            self._cache_width = width
        key = (index, selected)
        strips = self._cache.get(key)
        if strips is not None:
            return strips
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
        style = self._row_style(selected)
        text = self._render_row(index, width, selected)
        lines = text.split("\n", allow_blank=True) if self.row_height > 1 else [text]
        console = self.app.console
        strips = []
        for k in range(self.row_height):
            line = Text(style=style, no_wrap=True, overflow="ellipsis", end="")
            if k < len(lines):
                part = lines[k]
                if self.row_height == 1 and "\n" in part.plain:
                    part = part.copy()
                    part.plain = part.plain.replace("\n", " ")
                line.append_text(part)
            line.truncate(width, overflow="ellipsis")
            # Text.render drops the base style when a line has no spans: re-apply it.
            strip = Strip(line.render(console, end="")).apply_style(style)
            strip = strip.adjust_cell_length(width, style)
            strips.append(strip)
        self._cache[key] = strips
        return strips

    def _empty_strip(self, width: int) -> Strip:
        style = self._row_style(False)
        line = Text(" " + " ".join(self._empty_text.split()), no_wrap=True, end="")
        line.stylize(self.styled(self, "virtual-list--empty", False))
        line.truncate(width, overflow="ellipsis")
        return (
            Strip(line.render(self.app.console, end=""))
            .apply_style(style)
            .adjust_cell_length(width, style)
        )

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        line = int(self.scroll_y) + y
        index, part = divmod(line, self.row_height)
        if index >= self._count or width <= 0:
            if self._count == 0 and y == 0 and self._empty_text and width > 0:
                return self._empty_strip(width)
            return Strip.blank(width, self._row_style(False))
        return self._row_strips(index, width, index == self.cursor)[part]
