"""Regenerate the SVG screenshots in screenshots/ from the seed corpus.

    python screenshots/generate.py            # all of them (run from the repo root)
    python screenshots/generate.py main help  # some of them

Each view is reached by pressing keys in a headless run of the real app, after the
corpus has loaded, so the pictures show exactly what a user sees.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from textual.pilot import Pilot

from tui.app import QuotescopeApp
from tui.core.corpus import seeds_path

OUT = Path(__file__).resolve().parent

VIEWS: dict[str, tuple[tuple[int, int], list[str], str]] = {
    # name: (terminal size, keys, theme)
    "main": ((130, 36), [], "textual-dark"),
    "main-80x24": ((80, 24), [], "textual-dark"),
    "main-light": ((130, 36), [], "textual-light"),
    "search": ((130, 36), ["type:life blood"], "textual-dark"),
    "speaker-filter": ((130, 36), ["shift+tab", "shift+tab", "j", "space"], "textual-dark"),
    "reading": ((130, 36), ["shift+tab", "j", "enter", "n", "n"], "textual-dark"),
    "help": ((130, 44), ["escape", "question_mark"], "textual-dark"),
    "palette": ((130, 36), ["ctrl+p", "type:coyne"], "textual-dark"),
}


async def settle(pilot: Pilot) -> None:
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def shoot(name: str, out: Path = OUT) -> Path:
    """Draw view ``name`` and write it to ``out/<name>.svg``."""
    size, keys, theme = VIEWS[name]
    app = QuotescopeApp(paths=[str(seeds_path())])
    async with app.run_test(size=size) as pilot:
        app.theme = theme
        await settle(pilot)
        for key in keys:
            if key.startswith("type:"):
                await pilot.press(*[{" ": "space"}.get(c, c) for c in key[5:]])
            else:
                await pilot.press(key)
            await settle(pilot)
        await pilot.pause(0.3)  # palette results arrive after a short debounce
        for widget in app.screen.query("Input"):
            widget.cursor_blink = False  # type: ignore[attr-defined]
        await pilot.pause()
        path = out / f"{name}.svg"
        path.write_text(app.export_screenshot(title=f"quotescope — {name}"), encoding="utf-8")
    return path


def main(names: list[str]) -> int:
    unknown = [n for n in names if n not in VIEWS]
    if unknown:
        print(f"unknown view(s): {', '.join(unknown)}; choose from {', '.join(VIEWS)}")
        return 2
    for name in names or list(VIEWS):
        print(asyncio.run(shoot(name)).relative_to(OUT.parent))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
