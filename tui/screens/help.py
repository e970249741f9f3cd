"""The help screen: every key, gathered from the bindings themselves so it can't drift,
and a legend of the marks the reading view and the finder put on quotes."""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Iterable
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult, RenderResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.dom import DOMNode
from textual.geometry import Size
from textual.screen import ModalScreen
from textual.widget import Widget

from tui.widgets.key_footer import FittedKeys, KeyFooter

Section = tuple[str, Iterable[type[DOMNode]], list[tuple[str, str]]]
"""A heading, the classes whose bindings it lists, and extra (keys, what) rows."""


def binding_rows(
    app_keys: DOMNode,
    classes: Iterable[type[DOMNode]],
    keep: Callable[[Binding], bool] = lambda binding: True,
) -> list[tuple[str, str]]:
    """(keys, description) for the bindings of ``classes`` that ``keep`` accepts,
    one row per action; a binding's tooltip, when it has one, is the longer description."""
    rows: dict[str, tuple[list[str], str]] = {}
    for cls in classes:
        for binding in Binding.make_bindings(cls.BINDINGS):
            if binding.system or not keep(binding):
                continue
            display = app_keys.app.get_key_display(binding)
            description = binding.tooltip or binding.description or binding.action
            keys, _ = rows.setdefault(binding.action, ([], description))
            if display not in keys:
                keys.append(display)
    return [(" ".join(keys), description) for keys, description in rows.values()]


HELP_WIDTH = 78
"""Columns of the help's text in its 84-wide box (border, padding and scrollbar off)."""


class HelpText(Widget):
    """The help's text laid out for the width it is given, so a description too long
    for the line goes on under itself in any terminal. Laid out once for the widest
    box, a terminal under 84 columns wrapped those lines again at its edge, under the
    keys column ("unticks" and "for)" on lines of their own)."""

    DEFAULT_CSS = """
    HelpText {
        width: 1fr;
        height: auto;
    }
    """

    def __init__(self, lay_out: Callable[[int], Text], id: str | None = None) -> None:
        super().__init__(id=id)
        self._lay_out = lay_out
        self._laid_out: tuple[int, Text] | None = None

    def text(self, width: int) -> Text:
        """The help laid out for ``width`` columns (kept: layout and paint both ask)."""
        if self._laid_out is None or self._laid_out[0] != width:
            self._laid_out = (width, self._lay_out(width))
        return self._laid_out[1]

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self.text(width).wrap(self.app.console, width))

    def render(self) -> RenderResult:
        return self.text(self.size.width)


SCROLL = Binding.Group("Scroll")
PAGE = Binding.Group("Page")
EDGES = Binding.Group("Top/end")


class HelpScreen(FittedKeys, ModalScreen[None]):
    """Lists every key of the app by pane; scrolls like less; Escape, q, ? or F1 closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close", show=True),
        # The footer offers the keys of less (the help is longer than most terminals).
        Binding("j,down", "scroll(1)", "Down", group=SCROLL),
        Binding("k,up", "scroll(-1)", "Up", group=SCROLL),
        Binding("space,f,ctrl+f,pagedown", "page(1)", "Page down", group=PAGE),
        Binding("b,ctrl+b,pageup", "page(-1)", "Page up", group=PAGE),
        Binding("d,ctrl+d", "page(0.5)", "Half a page down", show=False),
        Binding("u,ctrl+u", "page(-0.5)", "Half a page up", show=False),
        Binding("g,home", "edge(0)", "Top", group=EDGES),
        Binding("G,end", "edge(1)", "End", group=EDGES),
    ]

    def __init__(self, sections: list[Section]) -> None:
        super().__init__()
        self._sections = sections

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body") as body:
            body.border_title = "Keys and marks"
            body.border_subtitle = "j/k scroll · Esc closes"
            yield HelpText(self.render_help, id="help-text")
        yield KeyFooter()  # its own keys, not those of the screen under it

    @property
    def body(self) -> VerticalScroll:
        return self.query_one("#help-body", VerticalScroll)

    def action_scroll(self, lines: int) -> None:
        self.body.scroll_to(y=self.body.scroll_y + lines, animate=False)

    def action_page(self, pages: float) -> None:
        step = max(1, self.body.scrollable_content_region.height - 1)
        self.body.scroll_to(y=self.body.scroll_y + round(pages * step), animate=False)

    def action_edge(self, end: int) -> None:
        self.body.scroll_to(y=self.body.max_scroll_y if end else 0, animate=False)

    def render_help(self, width: int = HELP_WIDTH) -> Text:
        """Every section's keys in one column and what they do beside it, a description
        too long for ``width`` going on under itself (not under the keys)."""
        sections = [
            (heading, [*binding_rows(self, classes), *extra])
            for heading, classes, extra in self._sections
        ]
        column = 2 + max((len(keys) for _, rows in sections for keys, _ in rows), default=0) + 2
        text = Text(end="")
        for n, (heading, rows) in enumerate(sections):
            if n:
                text.append("\n")
            text.append(f"{heading}\n", Style(bold=True, underline=True))
            for keys, what in rows:
                text.append(f"  {keys}".ljust(column), Style(bold=True))
                lines = textwrap.wrap(what, max(20, width - column)) or [""]
                text.append(("\n" + " " * column).join(lines) + "\n")
        text.rstrip()
        return text
