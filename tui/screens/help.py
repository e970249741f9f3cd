"""The help screen: every key, gathered from the bindings themselves so it can't drift,
and a legend of the marks the reading view and the finder put on quotes."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.dom import DOMNode
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

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


class HelpScreen(ModalScreen[None]):
    """Lists every key of the app by pane; scrolls like less; Escape, q, ? or F1 closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close", show=True),
        Binding("j,down", "scroll(1)", "Down", show=False),
        Binding("k,up", "scroll(-1)", "Up", show=False),
        Binding("space,pagedown", "page(1)", "Page down", show=False),
        Binding("b,pageup", "page(-1)", "Page up", show=False),
        Binding("g,home", "edge(0)", "Top", show=False),
        Binding("G,end", "edge(1)", "End", show=False),
    ]

    def __init__(self, sections: list[Section]) -> None:
        super().__init__()
        self._sections = sections

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body") as body:
            body.border_title = "Keys and marks"
            body.border_subtitle = "j/k scroll · Esc closes"
            yield Static(self.render_help(), id="help-text")
        yield Footer()  # its own keys, not those of the screen under it

    @property
    def body(self) -> VerticalScroll:
        return self.query_one("#help-body", VerticalScroll)

    def action_scroll(self, lines: int) -> None:
        self.body.scroll_to(y=self.body.scroll_y + lines, animate=False)

    def action_page(self, pages: int) -> None:
        step = max(1, self.body.scrollable_content_region.height - 1)
        self.body.scroll_to(y=self.body.scroll_y + pages * step, animate=False)

    def action_edge(self, end: int) -> None:
        self.body.scroll_to(y=self.body.max_scroll_y if end else 0, animate=False)

    def render_help(self) -> Text:
        text = Text(end="")
        for n, (heading, classes, extra) in enumerate(self._sections):
            if n:
                text.append("\n")
            text.append(f"{heading}\n", Style(bold=True, underline=True))
            for keys, what in [*binding_rows(self, classes), *extra]:
                text.append(f"  {keys:<18}", Style(bold=True))
                text.append(f"{what}\n")
        return text
