"""The help screen: every key, gathered from the bindings themselves so it can't drift,
and a legend of the marks the reading view and the finder put on quotes."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.dom import DOMNode
from textual.screen import ModalScreen
from textual.widgets import Static

Section = tuple[str, Iterable[type[DOMNode]], list[tuple[str, str]]]
"""A heading, the classes whose bindings it lists, and extra (keys, what) rows."""


def binding_rows(app_keys: DOMNode, classes: Iterable[type[DOMNode]]) -> list[tuple[str, str]]:
    """(keys, description) for the bindings of ``classes``, one row per action."""
    rows: dict[str, tuple[list[str], str]] = {}
    for cls in classes:
        for binding in Binding.make_bindings(cls.BINDINGS):
            if binding.system:
                continue
            display = app_keys.app.get_key_display(binding)
            description = binding.tooltip or binding.description or binding.action
            keys, _ = rows.setdefault(binding.action, ([], description))
            if display not in keys:
                keys.append(display)
    return [(" ".join(keys), description) for keys, description in rows.values()]


class HelpScreen(ModalScreen[None]):
    """Lists every key of the app by pane; any of Escape, q, ? or F1 closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close", show=True),
    ]

    def __init__(self, sections: list[Section]) -> None:
        super().__init__()
        self._sections = sections

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body") as body:
            body.border_title = "Keys and marks"
            body.border_subtitle = "Esc closes"
            yield Static(self.render_help(), id="help-text")

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
