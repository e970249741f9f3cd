"""The problems screen: files skipped or loaded with a warning, with the reason.

A virtual list (two lines per problem, drawn only when on screen), so a corpus with
50,000 problems opens as fast as one with two.
"""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.core.model import Problem
from tui.core.wording import counted
from tui.widgets.key_footer import FittedKeys, KeyFooter
from tui.widgets.virtual_list import VirtualList

INDENT = " " * 9


def tail(text: str, cells: int) -> str:
    """``text`` cut from the left to fit ``cells`` ("…" + its end): a long path keeps
    its file name."""
    if cell_len(text) <= cells:
        return text
    kept: list[str] = []
    room = cells - 1
    for ch in reversed(text):
        room -= cell_len(ch)
        if room < 0:
            break
        kept.append(ch)
    return "…" + "".join(reversed(kept))


def problem_row(problem: Problem, error: Style | None = None, width: int = 0) -> Text:
    """One problem as two lines of plain Text (paths are untrusted: never markup):
    the verb and the path (its end, if ``width`` is too narrow), then the reason.
    ``error`` styles the word "skipped"."""
    verb = "skipped" if problem.skipped else "warning"
    text = Text(end="")
    text.append(f"{verb:<8} ", Style(bold=True) + (error if problem.skipped and error else Style()))
    path = tail(problem.path, width - len(INDENT)) if width > len(INDENT) else problem.path
    text.append(path, Style(bold=True))
    text.append(f"\n{INDENT}{problem.reason}")
    return text


class ProblemsScreen(FittedKeys, ModalScreen[None]):
    """Lists ``corpus.problems``; Escape, q or p closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,p", "dismiss", "Close"),
    ]

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__()
        self.problems = problems

    def compose(self) -> ComposeResult:
        with Vertical(id="problems-body") as body:
            skipped = sum(p.skipped for p in self.problems)
            warnings = counted(len(self.problems) - skipped, "warning")
            body.border_title = f"Problems: {skipped:,} skipped, {warnings}"
            body.border_subtitle = "Esc closes"
            rows = VirtualList(len(self.problems), self._row, row_height=2, id="problems-list")
            rows.empty_text = "Every file loaded without a problem."
            rows.styles.height = max(1, min(2 * len(self.problems), 1000))
            yield rows
            yield Static(id="problem-detail")
        yield KeyFooter()  # its own keys, not those of the screen under it

    def on_mount(self) -> None:
        rows = self.query_one("#problems-list", VirtualList)
        rows.focus()
        self._show_detail(rows.cursor_row)

    @on(VirtualList.Highlighted, "#problems-list")
    def _highlighted(self, event: VirtualList.Highlighted) -> None:
        self._show_detail(event.index)

    def _show_detail(self, index: int | None) -> None:
        """The highlighted problem in full, wrapped: in its row, a long path or reason
        is cut to the width (at 80 columns, the list of the formats quotescope reads)."""
        detail = self.query_one("#problem-detail", Static)
        detail.display = index is not None
        if index is not None:
            problem = self.problems[index]
            detail.update(Text(f"{problem.path}\n{problem.reason}", end=""))

    def _row(self, index: int, width: int, selected: bool) -> Text:
        error = None
        if not selected:
            error = Style.parse(self.app.theme_variables.get("text-error", "red"))
        return problem_row(self.problems[index], error, width)
