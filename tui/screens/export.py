"""The export dialog: pick a format and a file name; the app does the writing.

A name ending in ``.jsonl``, ``.csv`` or ``.md`` picks that format (the radio buttons
follow as you type), so ``coyne.csv`` is never silently written as JSON lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label, RadioButton, RadioSet

from tui.core.export import FORMATS, SUFFIXES, Format, format_for, name_problem
from tui.core.wording import counted
from tui.screens.dialog import Dialog
from tui.widgets.key_footer import KeyFooter

LABELS: dict[Format, str] = {"jsonl": "JSON lines", "csv": "CSV", "markdown": "Markdown"}


@dataclass(frozen=True, slots=True)
class ExportChoice:
    fmt: Format
    path: Path


class ExportScreen(Dialog[ExportChoice | None]):
    """Asks where to write ``count`` quotes; Enter in the name box exports."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]
    AUTO_FOCUS = "#export-path"  # focused as the screen opens, before keys typed after e

    def __init__(self, count: int, stem: str = "quotes", fmt: Format = "jsonl") -> None:
        super().__init__()
        self.count = count
        self.stem = stem
        self.fmt = fmt

    def compose(self) -> ComposeResult:
        with Vertical(id="export-body", classes="dialog") as body:
            body.border_title = "Export results"
            yield Label(
                Text(
                    f"Write {counted(self.count, 'quote')}: every match of the search "
                    "and the speaker filter, best first."
                ),
                id="export-count",
            )
            with RadioSet(id="export-format"):
                for fmt in FORMATS:
                    yield RadioButton(LABELS[fmt], value=fmt == self.fmt, name=fmt)
            yield Label("File name (Enter exports):", classes="dialog-label")
            yield Input(self.stem + SUFFIXES[self.fmt], id="export-path", compact=True)
            yield Label("", id="export-error", classes="dialog-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Export", variant="primary", id="export-ok", compact=True)
                yield Button("Cancel", id="export-cancel", compact=True)
        yield KeyFooter()  # its own keys, not those of the screen under it

    @on(RadioSet.Changed)
    def _format_changed(self, event: RadioSet.Changed) -> None:
        event.stop()
        fmt = next((f for f in FORMATS if f == event.pressed.name), self.fmt)
        self.fmt = fmt
        box = self.query_one("#export-path", Input)
        if format_for(box.value.strip()) == fmt:
            return  # the name already says this format (it was typed, or followed)
        raw = box.value.strip()
        path = Path(raw or self.stem)
        if raw and name_problem(raw) is not None:
            return  # no file name to put a suffix on ("." or "/"): Enter says why
        if path.suffix in SUFFIXES.values() or not path.suffix:
            box.value = str(path.with_suffix(SUFFIXES[fmt]))

    @on(Input.Changed, "#export-path")
    def _name_changed(self, event: Input.Changed) -> None:
        """Follow the suffix typed: select the format it names."""
        event.stop()
        self.query_one("#export-error", Label).update("")
        fmt = format_for(event.value.strip())
        if fmt is None or fmt == self.fmt:
            return
        for button in self.query(RadioButton):
            if button.name == fmt:
                button.value = True

    @on(Input.Submitted, "#export-path")
    @on(Button.Pressed, "#export-ok")
    def _submit(self, event: Input.Submitted | Button.Pressed) -> None:
        event.stop()
        name = self.query_one("#export-path", Input).value.strip()
        problem = name_problem(name)
        if problem is not None:
            # One line in the dialog, which stays open so the name can be fixed.
            self.query_one("#export-error", Label).update(Text(problem))
            return
        self.dismiss(ExportChoice(format_for(name) or self.fmt, Path(name).expanduser()))

    @on(Button.Pressed, "#export-cancel")
    def _cancel_button(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)
