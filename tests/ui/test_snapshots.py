"""Snapshots of the main views (pytest-textual-snapshot); update with --snapshot-update.

Each snapshot waits for the corpus to load and the searches it starts, so the
picture never depends on timing; nothing in the UI shows a clock.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from tests.ui.waiting import loaded
from tui.app import QuotescopeApp

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


async def settle(pilot: Pilot) -> None:
    """The corpus loaded and every search it (or a key) started shown. Waiting for the
    workers alone right after start waited for none: the load begins after the first
    paint, so a snapshot on a loaded machine could catch "Loading articles…"."""
    await loaded(pilot)
    # The search box has the focus: a blinking cursor would make the picture depend on
    # the moment it is taken.
    for box in pilot.app.screen.query(Input):
        box.cursor_blink = False


def steps(*keys: str) -> Callable[[Pilot], Awaitable[None]]:
    """Wait for loading, press ``keys`` (a "type:" prefix types text), wait again."""

    async def run(pilot: Pilot) -> None:
        await settle(pilot)
        for key in keys:
            if key.startswith("type:"):
                await pilot.press(*[{" ": "space"}.get(c, c) for c in key[5:]])
            else:
                await pilot.press(key)
            await settle(pilot)

    return run


@pytest.mark.parametrize("size", [(80, 24), (130, 36)])
def test_main_screen(snap_compare, size: tuple[int, int]) -> None:
    assert snap_compare(QuotescopeApp(paths=[str(SEEDS)]), run_before=steps(), terminal_size=size)


def test_search_with_results(snap_compare) -> None:
    assert snap_compare(
        QuotescopeApp(paths=[str(SEEDS)]),
        run_before=steps("type:life blood", "enter"),
        terminal_size=(130, 36),
    )


def test_speaker_filter_with_selection(snap_compare) -> None:
    assert snap_compare(
        QuotescopeApp(paths=[str(SEEDS)]),
        run_before=steps("shift+tab", "shift+tab", "j", "space"),
        terminal_size=(130, 36),
    )


def test_help_screen(snap_compare) -> None:
    assert snap_compare(
        QuotescopeApp(paths=[str(SEEDS)]),
        run_before=steps("escape", "question_mark"),
        terminal_size=(130, 44),
    )


def test_help_screen_end_at_80x24(snap_compare) -> None:
    """The end of the help in a small terminal: the search syntax and the legend of the
    marks, each long description going on under itself, not under the keys."""
    assert snap_compare(
        QuotescopeApp(paths=[str(SEEDS)]),
        run_before=steps("escape", "question_mark", "G"),
        terminal_size=(80, 24),
    )


def test_terminal_too_small(snap_compare) -> None:
    assert snap_compare(
        QuotescopeApp(paths=[str(SEEDS)]), run_before=steps(), terminal_size=(40, 10)
    )


PANES = {
    "search-box": (),
    "results": ("type:life blood", "escape"),
    "reading-view": ("type:life blood", "escape", "enter", "tab"),
    "speaker-list": ("shift+tab", "shift+tab", "j", "space"),
    "article-list": ("shift+tab",),
    "help": ("escape", "question_mark"),
}
"""Each pane focused, and help: what a small terminal shows of it and of its footer."""


@pytest.mark.parametrize("size", [(60, 24), (80, 24)], ids=["60x24", "80x24"])
@pytest.mark.parametrize("pane", list(PANES))
def test_small_terminal_pane_and_its_footer(snap_compare, pane: str, size: tuple[int, int]) -> None:
    """At 60 and 80 columns the footer shows the focused pane's keys whole, help and
    quit always (the results' footer ended "e Expo" at 60, the speaker list's lost
    "? Help"), and help's footer its own keys (it showed only "esc Close")."""
    assert snap_compare(
        QuotescopeApp(paths=[str(SEEDS)]), run_before=steps(*PANES[pane]), terminal_size=size
    )
