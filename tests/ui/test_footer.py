"""The footer at 80 and 100 columns: every key it offers is drawn whole.

At 80 columns the reading view's footer ended "y Copy qu…": Textual cuts the line at
the edge, so the keys at its end were not there at all, though help listed them."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from tests.ui.test_app import bottom_line, settle, type_text
from tests.ui.test_copies import _corpus
from tui.app import QuotescopeApp


def offered(app: QuotescopeApp) -> list[str]:
    """The footer's entries as they should read: "key description" (a group of keys,
    "n N Next/prev quote", reads as its keys and the group's description)."""
    entries: dict[str, list[str]] = {}
    for active in app.screen.active_bindings.values():
        binding = active.binding
        if not binding.show:
            continue
        label = binding.group.description if binding.group else binding.description
        keys = entries.setdefault(label, [])
        shown = app.get_key_display(binding)
        if shown not in keys:
            keys.append(shown)
    return [f"{' '.join(keys)} {label}" for label, keys in entries.items()]


async def _fullest_states(app: QuotescopeApp, pilot: Pilot) -> list[str]:
    """Each pane focused in the state with the most footer keys; returns what failed."""
    cut = []

    async def check(what: str) -> None:
        await pilot.pause()
        line = bottom_line(app)
        bare = "".join(line.split())  # (the drawing's cells join without their spaces)
        missing = [entry for entry in offered(app) if "".join(entry.split()) not in bare]
        if missing or "…" in line:
            cut.append(f"{what}: {missing} not in {line!r}")

    await check("search box")
    await type_text(pilot, "penny")
    await pilot.press("escape")  # the results, a query typed: "esc Clear" too
    await check("results")
    app.open_quote(app.finder.selected_quote_id or 0)  # a quote with copies: "c Also in"
    app.focus_now(app.reader)
    await check("reading view")
    app.focus_now(app.articles)
    await check("article list")
    app.focus_now(app.query_one("#speaker-filter-input"))
    await check("speaker box")
    await type_text(pilot, "h")
    await pilot.press("escape")  # the list, a name typed: "esc Clear" too
    await check("speaker list")
    return cut


@pytest.mark.parametrize("width", [80, 100])
async def test_every_footer_key_is_drawn_whole(tmp_path: Path, width: int) -> None:
    app = QuotescopeApp(paths=[str(_corpus(tmp_path))])
    async with app.run_test(size=(width, 30)) as pilot:
        await settle(pilot)
        assert await _fullest_states(app, pilot) == []


async def test_the_quote_keys_are_offered_where_a_quote_is(tmp_path: Path) -> None:
    """y, e and c in the footer of the finder and the reading view; in the lists they
    work (help lists them) but make room for the lists' own keys."""
    app = QuotescopeApp(paths=[str(_corpus(tmp_path))])
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await type_text(pilot, "penny")
        await pilot.press("escape")
        for pane in (app.query_one("#quote-finder-results"), app.reader):
            app.focus_now(pane)
            await pilot.pause()
            line = bottom_line(app)
            assert "y Copy" in line and "e Export" in line and "c Also in" in line
        for pane in (app.articles, app.query_one("#speaker-filter-list")):
            app.focus_now(pane)
            await pilot.pause()
            line = bottom_line(app)
            assert "Copy" not in line and "Export" not in line and "Also in" not in line
            app.copy_to_clipboard("")
            await pilot.press("y")
            await settle(pilot)
            assert app.clipboard.startswith("“We will hold the council")
