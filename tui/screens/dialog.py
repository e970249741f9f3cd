"""Modal screens that can only be dismissed once.

Keys typed fast queue several answers before the first is handled (Enter then Escape
in the export dialog: a Submitted message and a cancel; Escape twice in the command
palette). Textual's ``dismiss`` pops whatever screen is on top, so the second answer
would pop the screen under the dialog (ScreenStackError, or a confirm dialog the first
answer just opened). Found by the monkey test.
"""

from __future__ import annotations

from typing import Any, TypeVar

from textual.await_complete import AwaitComplete
from textual.screen import ModalScreen, Screen

from tui.widgets.key_footer import FittedKeys

R = TypeVar("R")


class DismissOnce:
    """Mixin for a Screen: ``dismiss`` does nothing once the screen is not on top."""

    def dismiss(self, result: Any = None) -> AwaitComplete:
        assert isinstance(self, Screen)
        if self.app.screen is not self:  # already answered: this is a late answer
            return AwaitComplete()
        return super().dismiss(result)  # type: ignore[misc]


class Dialog(FittedKeys, DismissOnce, ModalScreen[R]):
    """A ModalScreen answered once."""
