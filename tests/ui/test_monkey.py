"""A monkey at the keyboard: thousands of random keys and pastes, zero exceptions.

The app runs on the hostile corpus (escapes, markup, odd encodings, broken JSON lines,
FIFOs, symlink loops; see tests/hostile/generate.py) and on the seeds. Keys are drawn
with a fixed seed from everything the app answers to (lists, boxes, the export dialog,
the confirm dialog, the palette, help, problems) plus random letters; pastes are
hostile text. ``q`` and ``ctrl+q`` are rare so a run is not mostly start-ups: when one
quits the app, a fresh app takes the remaining keys. Any exception in the app fails the
test (``run_test`` re-raises it), with the seed, the run and the last keys in the message.

Exports go to a private folder: the monkey may type any path into the export dialog, so
writes outside that folder are refused (as an ExportError, which the app reports like
any refused destination).
"""

from __future__ import annotations

import random
import unicodedata
from collections import deque
from pathlib import Path
from typing import ClassVar

import pytest
from textual import events
from textual.keys import REPLACED_KEYS, _character_to_key, _get_unicode_name_from_key

import tui.app
from tests.hostile.generate import MARKUP, OSC_CLIPBOARD, OSC_TITLE, build
from tests.ui.waiting import idle, loaded, until
from tui.app import QuotescopeApp
from tui.core.export import ExportError, write_atomic
from tui.screens.confirm import ConfirmScreen
from tui.screens.export import ExportScreen

SEED = 20261130
KEYS_PER_CORPUS = 2_500
"""Two corpora: 5,000 keys and pastes in all."""

_NAVIGATION = [
    "tab", "shift+tab", "enter", "escape", "up", "down", "left", "right", "pageup",
    "pagedown", "home", "end", "backspace", "delete", "space", "ctrl+u", "ctrl+a",
    "ctrl+e", "ctrl+k", "ctrl+w", "j", "k", "g", "G", "n", "N", "slash",
]  # fmt: skip
_COMMANDS = ["e", "p", "y", "question_mark", "f1", "ctrl+p", "s", "c", "x", "o", "a"]
_TEXT = [*"abcdefghijklmnoprstuvwxyz0123456789'!:\"-.,_ ", "é", "“", "”", "😀"]
_RARE = ["q", "ctrl+q", "ctrl+c"]
PASTES = [
    "life blood",
    "speaker:coyne",
    "'exact !not kind:scare",
    MARKUP,
    OSC_TITLE + "title" + OSC_CLIPBOARD,
    "\x1b[31mred\x1b[0m\x07\x00",
    "[bold]x[/bold] [@click=app.quit]q[/]",
    "quotes.csv",
    "export.md",
    "x" * 300,
    "the " * 400,
    "ﬁnance\u00a0Ｆｕｌｌ e\u0301",
    "line one\nline two\r\nthree",
    "",
]


WAIT = "wait"
"""Ends a burst: the app catches up before the next key."""
EXPORT = ["escape", "escape", "e", WAIT, "ctrl+u", WAIT, *"out.csv", "enter", WAIT]
"""A user exporting, often enough that the second time asks to overwrite. It waits for
the dialog to open, and after Ctrl+U: Textual runs a key binding's action after the
keys already queued behind it, so "ctrl+u out.csv" in one burst would end empty."""


def monkey_keys(rng: random.Random, count: int) -> list[str | tuple[str]]:
    """``count`` keys (str) and pastes (a 1-tuple), drawn with weights."""
    out: list[str | tuple[str]] = []
    while len(out) < count:
        roll = rng.random()
        if roll < 0.004:
            out.append(rng.choice(_RARE))
        elif roll < 0.01:
            out.extend(EXPORT)
        elif roll < 0.045:
            out.append((rng.choice(PASTES),))
        elif roll < 0.45:
            out.append(rng.choice(_NAVIGATION))
        elif roll < 0.60:
            out.append(rng.choice(_COMMANDS))
        else:
            out.append(rng.choice(_TEXT))
    return out[:count]


@pytest.fixture
def private_exports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run in a private folder; refuse writes that would land outside it."""
    folder = tmp_path / "exports"
    folder.mkdir()
    monkeypatch.chdir(folder)
    monkeypatch.setenv("HOME", str(folder))

    def guarded(path: str | Path, data: str | bytes, **options: object) -> Path:
        target = Path(path).expanduser().resolve()
        if not target.is_relative_to(folder.resolve()):
            raise ExportError(f"{path}: outside the monkey's folder")
        return write_atomic(path, data, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(tui.app, "write_atomic", guarded)
    return folder


class WatchedApp(QuotescopeApp):
    """The app, noting every screen pushed (to show where the monkey has been)."""

    CSS_PATH = str(Path(tui.app.__file__).with_name("quotescope.tcss"))
    pushed: ClassVar[set[str]] = set()

    def push_screen(self, screen, *args, **kwargs):  # type: ignore[no-untyped-def, override]
        WatchedApp.pushed.add(type(screen).__name__)
        return super().push_screen(screen, *args, **kwargs)


def key_event(key: str) -> events.Key:
    """The Key event a terminal would give for ``key`` (as Pilot.press builds it)."""
    if len(key) == 1 and not key.isalnum():
        key = _character_to_key(key)
    try:
        char: str | None = unicodedata.lookup(
            _get_unicode_name_from_key(REPLACED_KEYS.get(key, key))
        )
    except KeyError:
        char = key if len(key) == 1 else None
    return events.Key(key, char)


async def _monkey(
    paths: list[str], keys: list[str | tuple[str]], label: str
) -> tuple[int, set[str]]:
    """Play ``keys`` on fresh apps until none are left; return how many apps ran and
    the screens the monkey reached.

    Keys go in bursts of 1 to 12 without waiting in between, as fast typing or a held
    key gives them; the app catches up after each burst.
    """
    rng = random.Random(len(keys))
    runs = 0
    WatchedApp.pushed = set()
    recent: deque[str] = deque(maxlen=30)
    position = 0
    while position < len(keys):
        runs += 1
        app = WatchedApp(paths=paths)
        try:
            async with app.run_test(size=(110, 34)) as pilot:
                await loaded(pilot)
                while position < len(keys) and app.is_running:
                    burst = keys[position : position + rng.randint(1, 12)]
                    if WAIT in burst:
                        burst = burst[: burst.index(WAIT) + 1]
                    position += len(burst)
                    for key in burst:
                        recent.append(repr(key))
                        if key == WAIT:
                            break
                        if isinstance(key, tuple):
                            app.post_message(events.Paste(key[0]))
                        else:
                            app._driver.send_message(key_event(key))  # type: ignore[union-attr]
                    await pilot.pause()
        except Exception as exc:
            raise AssertionError(
                f"{label}: run {runs}, key {position}: {exc!r}; last keys: {list(recent)}"
            ) from exc
    return runs, WatchedApp.pushed


SCREENS = {"ExportScreen", "ConfirmScreen", "QuotescopePalette", "HelpScreen", "ProblemsScreen"}
"""Where the monkey must have been besides the panes: both dialogs, palette, help."""


async def test_monkey_on_the_hostile_corpus(tmp_path: Path, private_exports: Path) -> None:
    root = tmp_path / "hostile"
    build(root, heavy=False)
    keys = monkey_keys(random.Random(SEED), KEYS_PER_CORPUS)
    runs, screens = await _monkey([str(root)], keys, "hostile")
    assert runs < 40, "the monkey spent its time restarting the app"
    assert screens >= SCREENS, screens
    assert not list(root.rglob("quotes*")), "an export landed in the corpus"


async def test_monkey_on_the_seeds(seeds_dir: Path, private_exports: Path) -> None:
    keys = monkey_keys(random.Random(SEED + 1), KEYS_PER_CORPUS)
    runs, screens = await _monkey([str(seeds_dir)], keys, "seeds")
    assert runs < 40 and screens >= SCREENS, screens


@pytest.mark.parametrize("page", ["pagedown", "pageup"])
async def test_page_keys_right_after_opening_the_palette(seeds_dir: Path, page: str) -> None:
    """Found by the monkey: KeyError inside Textual's OptionList, app gone."""
    app = QuotescopeApp(paths=[str(seeds_dir)])
    async with app.run_test(size=(110, 34)) as pilot:
        await loaded(pilot)
        for key in ("ctrl+p", page, page):
            app._driver.send_message(key_event(key))  # type: ignore[union-attr]
        await until(pilot, lambda: app.screen.id == "--command-palette", "the palette")
        await idle(pilot)  # the page keys handled too, and the palette's searches
        assert app.is_running and app.screen.id == "--command-palette"


@pytest.mark.parametrize("burst", [["enter", "escape"], ["enter", "enter"], ["escape", "enter"]])
async def test_two_answers_to_the_export_dialog_in_one_burst(
    seeds_dir: Path, private_exports: Path, burst: list[str]
) -> None:
    """Found by the monkey: the second answer popped the main screen (ScreenStackError)."""
    app = QuotescopeApp(paths=[str(seeds_dir)])
    async with app.run_test(size=(110, 34)) as pilot:
        await loaded(pilot)
        await pilot.press("escape")  # from the search box (where e is a letter) to the list
        for _ in range(2):  # the second time the file exists: the confirm dialog
            await pilot.press("e")
            await until(pilot, lambda: isinstance(app.screen, ExportScreen), "the dialog")
            for key in burst:
                app._driver.send_message(key_event(key))  # type: ignore[union-attr]
            await until(pilot, lambda: not isinstance(app.screen, ExportScreen), "an answer")
            await idle(pilot)  # the export written, a confirm dialog opened
            assert app.is_running and len(app.screen_stack) >= 1
            if isinstance(app.screen, ConfirmScreen):
                await pilot.press("escape")
                await until(pilot, lambda: type(app.screen).__name__ == "MainScreen", "no")
        assert type(app.screen).__name__ == "MainScreen"


@pytest.mark.parametrize("burst", [["escape", "escape"], ["enter", "escape"], ["enter", "enter"]])
async def test_two_answers_to_the_palette_in_one_burst(seeds_dir: Path, burst: list[str]) -> None:
    """Found by the monkey: the second answer popped the main screen (ScreenStackError)."""
    app = QuotescopeApp(paths=[str(seeds_dir)])
    async with app.run_test(size=(110, 34)) as pilot:
        await loaded(pilot)
        await pilot.press("ctrl+p")
        await until(pilot, lambda: app.screen.id == "--command-palette", "the palette")
        await idle(pilot)
        for key in burst:
            app._driver.send_message(key_event(key))  # type: ignore[union-attr]
        await until(pilot, lambda: app.screen.id != "--command-palette", "an answer")
        await idle(pilot)
        assert app.is_running and app.screen_stack
