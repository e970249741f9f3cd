"""The help screen read as a table at any width: keys in one column, what they do in
the next, a long description going on under itself."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.geometry import Region

from tests.ui.waiting import loaded
from tui.app import QuotescopeApp
from tui.screens.help import HelpScreen


def _help_lines(app: QuotescopeApp) -> list[str]:
    help_text = app.screen.query_one("#help-text")
    region = Region(0, 0, help_text.size.width, help_text.size.height)
    return [strip.text.rstrip() for strip in help_text.render_lines(region)]


@pytest.mark.parametrize("width", [60, 80, 83, 120])
async def test_help_keeps_its_columns_in_narrow_terminals(seeds_dir: Path, width: int) -> None:
    """Laid out for its 84-column box, the help wrapped again at a narrower terminal's
    edge: "unticks all)", "for)", "citing" went on at the left, under the keys."""
    app = QuotescopeApp(paths=[str(seeds_dir)])
    async with app.run_test(size=(width, 24)) as pilot:
        await loaded(pilot)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        lines = _help_lines(app)
        headings = {heading for heading, _, _ in app.help_sections()}
        column = lines[1].index("Next / previous pane")  # the first row's description
        for line in lines:
            if not line or line in headings:
                continue
            indent = len(line) - len(line.lstrip(" "))
            assert indent in (2, column), f"{line!r} is in neither column"
            if indent == 2:  # a row's keys, then its description in the second column
                assert re.match(r"  \S.*? {2,}\S", line) and line[column] != " ", line
        text = "\n".join(lines)
        for words in ("a unticks all", "hidden unless asked for", "before citing"):
            assert words in " ".join(text.split()), words  # nothing lost or cut


async def test_help_lists_c_for_the_articles_a_quote_is_also_in(seeds_dir: Path) -> None:
    """``c`` opens the "also in" list from the lists and the reading view (the footer
    offers it there), but the help left it out."""
    app = QuotescopeApp(paths=[str(seeds_dir)])
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(pilot)
        await pilot.press("f1")
        await pilot.pause()
        text = app.screen.render_help().plain
        letters = text.split("In a list or the reading view")[1].split("\n\n")[0]
        assert re.search(r"^  c +Other articles with this quote", letters, re.M), letters
