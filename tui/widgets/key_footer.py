"""The footer: the keys that work where the focus is, as many whole ones as fit.

Textual's footer lays every active key side by side and cuts the line at the
terminal's edge: at 60 columns the quote results' footer ended "e Expo", the speaker
list's lost "? Help" and "/ Search", so the keys at the end of a line were not there
at all though help listed them. Here the keys are ranked (help and quit first, then
the focused pane's own keys, then the search, then the quote keys, then the rest) and
the footer shows, in their usual order, the best-ranked keys that fit whole.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich.cells import cell_len
from textual.app import App, ComposeResult
from textual.binding import ActiveBinding, Binding
from textual.events import Resize
from textual.screen import Screen
from textual.widgets import Footer

RANKS: dict[str, int] = {
    # What gets the user out, or to every other key: always there.
    "help": 0,
    "help_in_box": 0,
    "quit_key": 0,
    "quit_in_box": 0,
    "dismiss": 0,
    "cancel": 0,
    # The pane's own keys are rank 1 (the default).
    "focus_search": 2,
    "copy_quote": 3,
    "export": 3,
    "copies": 3,
    "toggle_all": 4,
    "toggle_measure": 4,
    "toggle_sort": 4,
}
"""Footer rank of an action (a binding's action, without its arguments): a lower
rank is kept first; actions not listed are a pane's own keys (rank 1)."""
PANE_RANK = 1
PALETTE_WIDTH = 13
"""Columns of the command palette's entry ("▏^p palette" and its padding), docked on
the footer's right where the terminal is wide enough to show it."""


def rank(binding: Binding) -> int:
    return RANKS.get(binding.action.partition("(")[0], PANE_RANK)


def _entries(shown: Iterable[tuple[str, ActiveBinding]]) -> list[list[str]]:
    """The footer's entries as Textual's footer draws them, each as the keys (of
    ``shown``) it stands for: one entry per action, and consecutive actions of one
    binding group together (``n N Next/prev quote``)."""
    by_action: dict[str, list[str]] = {}
    first: dict[str, Binding] = {}
    for key, active in shown:
        if active.binding.show:
            by_action.setdefault(active.binding.action, []).append(key)
            first.setdefault(active.binding.action, active.binding)
    entries: list[list[str]] = []
    last_group: object = None
    for action, keys in by_action.items():
        group = first[action].group
        if group is not None and group is last_group:
            entries[-1].extend(keys)
        else:
            entries.append(list(keys))
        last_group = group
    return entries


def entry_width(bindings: list[Binding], app: App[Any]) -> int:
    """Columns Textual's footer takes for one entry (it shows the first key of each
    action): `` key description `` for one action, `` k1 k2 group `` for a group."""
    firsts: dict[str, Binding] = {}
    for binding in bindings:
        firsts.setdefault(binding.action, binding)
    keys = [cell_len(app.get_key_display(b)) for b in firsts.values()]
    group = bindings[0].group
    if group is not None and len(keys) > 1:
        return sum(keys) + len(keys) + 2 + cell_len(group.description)
    description = bindings[0].description
    return keys[0] + (cell_len(description) + 3 if description else 0)


def fitting(shown: dict[str, ActiveBinding], width: int, app: App[Any]) -> dict[str, ActiveBinding]:
    """``shown`` without the footer entries that would not fit whole in ``width``
    columns: entries are taken best rank first (in their order within a rank), each
    one that still fits kept, so a short key of a lower rank can take a gap a long
    one left."""
    entries = _entries(shown.items())
    bindings = [[shown[key].binding for key in entry] for entry in entries]
    order = sorted(range(len(entries)), key=lambda n: min(map(rank, bindings[n])))
    used, dropped = 0, set()
    for n in order:
        needed = entry_width(bindings[n], app)
        if used + needed <= width:
            used += needed
        else:
            dropped.update(entries[n])
    return {key: active for key, active in shown.items() if key not in dropped}


class FittedKeys:
    """Mixin for a Screen: its footer shows the keys that fit (see ``fitting``) of
    those :meth:`offered` keeps."""

    def offered(self, shown: dict[str, ActiveBinding]) -> dict[str, ActiveBinding]:
        """The keys this screen offers in its footer, room allowing (all, here)."""
        return shown

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        assert isinstance(self, Screen)
        shown = self.offered(super().active_bindings)  # type: ignore[misc]
        width = self.app.size.width
        palette = self.app.COMMAND_PALETTE_BINDING
        if self.app.ENABLE_COMMAND_PALETTE and palette in shown and width >= PALETTE_FROM:
            width -= PALETTE_WIDTH
        return fitting(shown, width, self.app)


PALETTE_FROM = 110
"""From this width on the footer shows the palette's entry (``quotescope.tcss``)."""


class KeyFooter(Footer):
    """Textual's footer, drawn again when the terminal's width changes: which keys fit
    depends on it (Textual's redraws only when the keys change)."""

    _width = 0
    """The terminal's width when the keys were last laid out."""

    def compose(self) -> ComposeResult:
        self._width = self.app.size.width
        yield from super().compose()

    def on_resize(self, event: Resize) -> None:
        if self._bindings_ready and self.app.size.width != self._width:
            self.call_after_refresh(self.recompose)
