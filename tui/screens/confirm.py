"""A yes/no question, answered with the buttons, y/n, or Escape for no."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from tui.screens.dialog import Dialog
from tui.widgets.key_footer import KeyFooter


class ConfirmScreen(Dialog[bool]):
    """Dismisses with True only when the user confirms."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
    ]

    def __init__(self, question: str, yes: str = "Yes") -> None:
        super().__init__()
        self.question = question
        self.yes = yes

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-body", classes="dialog"):
            yield Static(Text(self.question), id="confirm-question")
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.yes, variant="warning", id="confirm-yes", compact=True)
                yield Button("Cancel", id="confirm-no", compact=True)
        yield KeyFooter()  # its own keys, not those of the screen under it

    def on_mount(self) -> None:
        self.query_one("#confirm-no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "confirm-yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
