"""Every pane stays readable in dark and light themes: text contrast measured on screen.

The whole screen is rendered for several built-in themes and every visible character
(box-drawing borders and scroll bars aside) must stand out from its background by a
WCAG contrast ratio of at least 3 — muted and dimmed text included. Textual's footer
keeps each theme's own key colours and is not measured.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.style import Style
from textual.color import Color
from textual.constants import DIM_FACTOR
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Footer

from tui.app import QuotescopeApp
from tui.widgets.colours import contrast

from .test_app import search, settle, shown_rows

THEMES = ["textual-dark", "textual-light", "nord", "gruvbox", "solarized-light"]
MIN_CONTRAST = 3.0


def decorative(text: str) -> bool:
    """Borders, bars and scroll bars: graphics, not text to read."""
    return all(ch.isspace() or "\u2500" <= ch <= "\u259f" for ch in text)


def shown_colours(style: Style) -> tuple[Color, Color]:
    assert style.color is not None and style.bgcolor is not None, style
    fg, bg = Color.from_rich_color(style.color), Color.from_rich_color(style.bgcolor)
    if style.dim:
        fg = bg.blend(fg, DIM_FACTOR)
    return fg, bg


def unreadable(app: QuotescopeApp, inside: Widget | None = None) -> list[str]:
    """'widget: text (ratio)' for every run of text below MIN_CONTRAST (only in
    ``inside`` when given: a dialog, over the deliberately faded screen)."""
    compositor = app.screen._compositor
    found = []
    for y, strip in enumerate(compositor.render_strips()):
        x = 0
        for segment in strip:
            text, style = segment.text, segment.style
            if style is not None and not decorative(text):
                ratio = contrast(*shown_colours(style))
                if ratio < MIN_CONTRAST:
                    widget, _ = compositor.get_widget_at(x, y)
                    if any(isinstance(node, Footer) for node in widget.ancestors_with_self):
                        continue
                    if inside is not None and inside not in widget.ancestors_with_self:
                        continue
                    found.append(f"{widget.id or type(widget).__name__}: {text!r} ({ratio:.2f})")
            x += segment.cell_length
    return found


async def check(pilot: Pilot, theme: str) -> list[str]:
    pilot.app.theme = theme
    await settle(pilot)
    return unreadable(pilot.app)  # type: ignore[arg-type]


@pytest.mark.parametrize("theme", THEMES)
async def test_every_pane_is_readable(theme: str, seeds_dir: Path) -> None:
    app = QuotescopeApp(paths=[str(seeds_dir)])
    async with app.run_test(size=(130, 36)) as pilot:
        await settle(pilot)
        assert await check(pilot, theme) == []
        # Results, a current quote, a ticked speaker and the focus in the speaker list.
        await search(pilot, "coyne")
        await pilot.press("enter", "n")
        app.query_one("#speaker-filter-list").focus()
        await pilot.press("space", "j")
        await settle(pilot)
        assert app.speakers.selected
        assert await check(pilot, theme) == []


@pytest.mark.parametrize("theme", ["textual-light", "solarized-light", "gruvbox"])
async def test_problems_screen_is_readable(theme: str, tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text('Title\n\n"Fine," Ann Lee said.\n', encoding="utf-8")
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01\x02 binary \xff\xfe" * 50)
    app = QuotescopeApp(paths=[str(tmp_path)])
    async with app.run_test(size=(110, 30)) as pilot:
        app.theme = theme
        await settle(pilot)
        await pilot.press("escape", "p")
        await settle(pilot)
        assert "skipped" in shown_rows(app.screen.query_one("#problems-list"))
        assert unreadable(app, app.screen.query_one("#problems-body")) == []
