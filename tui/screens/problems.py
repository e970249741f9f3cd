"""The problems screen: files skipped or loaded with a warning, with the reason."""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.core.model import Problem


def problems_text(problems: list[Problem], error: Style | None = None) -> Text:
    """Paths and reasons as plain Text (paths are untrusted: never markup); ``error``
    styles the word "skipped" (the theme's error text colour in the screen)."""
    if not problems:
        return Text("Every file loaded without a problem.")
    text = Text(end="")
    for problem in problems:
        verb = "skipped" if problem.skipped else "warning"
        text.append(
            f"{verb:<8} ", Style(bold=True) + (error if problem.skipped and error else Style())
        )
        text.append(problem.path, Style(bold=True))
        text.append(f"\n         {problem.reason}\n")
    return text


class ProblemsScreen(ModalScreen[None]):
    """Lists ``corpus.problems``; Escape, q or p closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,p", "dismiss", "Close"),
    ]

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__()
        self.problems = problems

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="problems-body") as body:
            skipped = sum(p.skipped for p in self.problems)
            body.border_title = (
                f"Problems: {skipped} skipped, {len(self.problems) - skipped} warnings"
            )
            body.border_subtitle = "Esc closes"
            error = Style.parse(self.app.theme_variables.get("text-error", "red"))
            yield Static(problems_text(self.problems, error), id="problems-text")
