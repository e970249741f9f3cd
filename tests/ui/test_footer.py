"""The footer at 60 to 120 columns: every key it offers is drawn whole, and works.

At 80 columns the reading view's footer ended "y Copy qu…", at 60 the results' "e Expo"
and the speaker list had no "? Help": Textual cuts the line at the edge, so the keys at
its end were not there at all, though help listed them. The footer now keeps the
best-ranked keys that fit whole (``tui.widgets.key_footer``)."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.binding import ActiveBinding
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Input

from tests.ui.test_app import bottom_line, settle, type_text
from tests.ui.test_copies import _corpus
from tests.ui.waiting import until
from tui.app import QuotescopeApp
from tui.screens.help import HelpScreen
from tui.widgets.key_footer import FittedKeys, rank


def _entries(bindings: dict[str, ActiveBinding], app: QuotescopeApp) -> dict[str, list]:
    """label -> [keys drawn, best rank]: the footer draws the first key of each action,
    "n N Next/prev quote" for a group of actions."""
    entries: dict[str, list] = {}
    actions: set[str] = set()
    for active in bindings.values():
        binding = active.binding
        if not binding.show or binding.action in actions:
            continue
        actions.add(binding.action)
        label = binding.group.description if binding.group else binding.description
        entry = entries.setdefault(label, [[], rank(binding)])
        entry[0].append(app.get_key_display(binding))
        entry[1] = min(entry[1], rank(binding))
    return entries


def offered(app: QuotescopeApp) -> list[str]:
    """The footer's entries as they should read: "key description" (a group of keys,
    "n N Next/prev quote", reads as its keys and the group's description)."""
    entries = _entries(app.screen.active_bindings, app)
    return [f"{' '.join(keys)} {label}" for label, (keys, _) in entries.items()]


def unfitted(app: QuotescopeApp) -> list[str]:
    """The entries of help, quit and the pane's own keys (rank 0 and 1) the screen
    offers, room or not."""
    screen = app.screen
    assert isinstance(screen, FittedKeys)
    every = screen.offered(Screen.active_bindings.fget(screen))  # type: ignore[attr-defined]
    entries = _entries(every, app)
    return [f"{' '.join(keys)} {label}" for label, (keys, best) in entries.items() if best <= 1]


STATES: dict[str, Callable[[QuotescopeApp, Pilot], Awaitable[None]]] = {}
"""Each pane focused in the state with the most footer keys (set up from any state)."""


def state(name: str):
    def add(setup: Callable[[QuotescopeApp, Pilot], Awaitable[None]]):
        STATES[name] = setup
        return setup

    return add


async def _main_screen(app: QuotescopeApp, pilot: Pilot) -> None:
    while len(app.screen_stack) > 1:
        app.pop_screen()
    await pilot.pause()


@state("search box")
async def _search_box(app: QuotescopeApp, pilot: Pilot) -> None:
    await _main_screen(app, pilot)
    app.focus_now(app.query_one("#quote-finder-input"))
    await pilot.pause()


@state("results")
async def _results(app: QuotescopeApp, pilot: Pilot) -> None:
    await _search_box(app, pilot)
    if app.finder.query != "penny":
        await pilot.press("ctrl+a", "ctrl+k")  # (the box's own keys: clear it)
        await type_text(pilot, "penny")
    await pilot.press("escape")  # the results, a query typed: "esc Clear" too


@state("reading view")
async def _reading_view(app: QuotescopeApp, pilot: Pilot) -> None:
    await _results(app, pilot)
    app.open_quote(app.finder.selected_quote_id or 0)  # a quote with copies: "c Also in"
    app.focus_now(app.reader)
    await pilot.pause()


@state("article list")
async def _article_list(app: QuotescopeApp, pilot: Pilot) -> None:
    await _main_screen(app, pilot)
    app.focus_now(app.articles)
    await pilot.pause()


@state("speaker box")
async def _speaker_box(app: QuotescopeApp, pilot: Pilot) -> None:
    await _main_screen(app, pilot)
    app.speakers.clear()
    app.focus_now(app.query_one("#speaker-filter-input"))
    await pilot.pause()


@state("speaker list")
async def _speaker_list(app: QuotescopeApp, pilot: Pilot) -> None:
    await _speaker_box(app, pilot)
    await type_text(pilot, "h")
    await pilot.press("escape")  # the list, a name typed: "esc Clear" too


@state("help")
async def _help(app: QuotescopeApp, pilot: Pilot) -> None:
    await _results(app, pilot)
    app.action_help()
    await pilot.pause()
    assert isinstance(app.screen, HelpScreen)


async def _fullest_states(app: QuotescopeApp, pilot: Pilot) -> list[str]:
    """Each state's footer; returns what failed: an entry offered but not drawn whole,
    or a key of the pane's own (or help, quit) not offered."""
    cut = []
    for what, setup in STATES.items():
        await setup(app, pilot)
        cut += await _drawn_footer_faults(app, pilot, what)
    return cut


FOOTER_REDRAWN = 10.0
"""Seconds a changed footer may take to be drawn again: Textual recomposes it after a
refresh, so for a frame or more (many, on a loaded machine) the last line is blank and
the screenshot's last words are the panes' borders. One pause was not always enough."""


async def _drawn_footer_faults(app: QuotescopeApp, pilot: Pilot, what: str) -> list[str]:
    """What the drawn footer lacks of what it offers, once it has been drawn again
    (or what it still lacks after FOOTER_REDRAWN seconds: a real fault)."""
    end = time.monotonic() + FOOTER_REDRAWN
    while True:
        await pilot.pause()
        line = bottom_line(app)
        bare = "".join(line.split())  # (the drawing's cells join without their spaces)
        faults = []
        missing = [entry for entry in offered(app) if "".join(entry.split()) not in bare]
        if missing or "…" in line:
            faults.append(f"{what}: {missing} not in {line!r}")
        first = [entry for entry in unfitted(app) if "".join(entry.split()) not in bare]
        if first:
            faults.append(f"{what}: the pane's own keys {first} not in {line!r}")
        if not faults or time.monotonic() > end:
            return faults
        await pilot.pause(0.05)


@pytest.mark.parametrize("width", [60, 80, 100, 120])
async def test_every_footer_key_is_drawn_whole(tmp_path: Path, width: int) -> None:
    app = QuotescopeApp(paths=[str(_corpus(tmp_path))])
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(pilot)
        assert await _fullest_states(app, pilot) == []


async def test_the_footer_follows_the_terminal_width(tmp_path: Path) -> None:
    """Which keys fit depends on the width: a resize lays the footer out again."""
    app = QuotescopeApp(paths=[str(_corpus(tmp_path))])
    async with app.run_test(size=(120, 24)) as pilot:
        await settle(pilot)
        await _reading_view(app, pilot)
        await settle(pilot)
        # The footer is drawn again a frame or more after a change (see FOOTER_REDRAWN).
        await until(pilot, lambda: "e Export" in bottom_line(app), "e Export at 120")
        await pilot.resize_terminal(60, 24)
        await settle(pilot)

        def narrow(line: str) -> bool:
            return "Export" not in line and "? Help" in line and "q Quit" in line

        await until(pilot, lambda: narrow(bottom_line(app)), "help and quit, no export, at 60")
        await pilot.resize_terminal(120, 24)
        await settle(pilot)
        await until(pilot, lambda: "e Export" in bottom_line(app), "e Export at 120 again")


def footer_keys_now(app: QuotescopeApp) -> list[tuple[str, list[str]]]:
    """(action, keys) of each action the footer shows now (the first key of each is
    the one drawn; a group's actions each)."""
    keys: dict[str, list[str]] = {}
    for key, active in app.screen.active_bindings.items():
        if active.binding.show:
            keys.setdefault(active.binding.action, []).append(key)
    return list(keys.items())


def _where(app: QuotescopeApp) -> tuple[object, ...]:
    """What a key may change that the next key's state depends on."""
    focused = app.focused
    return (
        len(app.screen_stack),
        focused.id if focused else None,
        app.finder.query,
        app.query_one("#speaker-filter-input", Input).value,
        app.speakers.selected,
        app.articles.articles[0].id if app.articles.articles else None,
    )


@pytest.mark.parametrize("width", [60, 120])
async def test_every_key_the_footer_shows_works(tmp_path: Path, width: int) -> None:
    """Each key drawn in each pane's footer, pressed there, runs its action (not
    skipped, not refused); quitting is noted instead of done. (At 80 columns the
    footer draws fewer keys than at 120, each doing the same.)"""
    app = QuotescopeApp(paths=[str(_corpus(tmp_path))])
    ran: list[tuple[str, bool]] = []
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(pilot)
        run_action = app.run_action

        async def spy(action, default_namespace=None):  # type: ignore[no-untyped-def]
            done = await run_action(action, default_namespace)
            ran.append((str(action), bool(done)))
            return done

        app.run_action = spy  # type: ignore[method-assign]
        app.exit = lambda *args, **kwargs: ran.append(("exit", True))  # type: ignore[method-assign]
        failed, pressed = [], 0
        for what, setup in STATES.items():
            await setup(app, pilot)
            ready = _where(app)
            for action, keys in footer_keys_now(app):
                if _where(app) != ready:  # (the last key moved on: back to the state)
                    await setup(app, pilot)
                ran.clear()
                await pilot.press(keys[0])  # the one the footer draws
                await settle(pilot)
                pressed += 1
                if (action, True) not in ran:
                    failed.append(f"{what}: {keys[0]} ({action}) ran {ran}")
                if action.startswith("quit") and ("exit", True) not in ran:
                    failed.append(f"{what}: {keys[0]} did not quit")
        await _main_screen(app, pilot)
    assert failed == []
    assert pressed >= 25
