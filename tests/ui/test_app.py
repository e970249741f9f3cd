"""The app as a person uses it: keys pressed on the seed corpus, results read back."""

from __future__ import annotations

import gc
import html
import json
import os
import re
import shutil
import stat
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from textual import events
from textual.command import CommandList, CommandPalette
from textual.geometry import Region
from textual.message import Message
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Input, ProgressBar, RadioSet

from tests.ui.waiting import DEADLINE, begun, finish_workers, idle, until
from tui.app import QuotescopeApp
from tui.core.export import format_for
from tui.screens.confirm import ConfirmScreen
from tui.screens.export import ExportScreen
from tui.screens.help import HelpScreen
from tui.screens.palette import ArticleCommands, QuoteCommands, SpeakerCommands
from tui.screens.problems import ProblemsScreen
from tui.widgets.article_list import ArticleList
from tui.widgets.quote_finder import QuoteFinder
from tui.widgets.reading_view import ReadingView, speaker_colour
from tui.widgets.speaker_filter import SpeakerFilter

LIFE_BLOOD = "You are the very life blood, keeping the heart of the NHS pumping."
EXIT_STATUS = {"ctrl+q": 0, "ctrl+c": 130}
"""As fzf: Ctrl+C is an interruption (130, the command line's too), Ctrl+Q a quit."""


async def settle(pilot: Pilot) -> None:
    """Wait for loading, then for the searches that loading (or typing) starts."""
    await begun(pilot)
    for _ in range(3):
        await finish_workers(pilot)
        await pilot.pause()
    finders = pilot.app.query(QuoteFinder) if pilot.app.screen_stack else []
    for finder in finders:
        while finder.search_pending:
            await finish_workers(pilot)
            await pilot.pause()


async def type_text(pilot: Pilot, text: str) -> None:
    await pilot.press(*[{" ": "space"}.get(ch, ch) for ch in text])
    await settle(pilot)


async def type_text_now(pilot: Pilot, text: str) -> None:
    """Type without waiting for the workers the keys start."""
    await pilot.press(*[{" ": "space"}.get(ch, ch) for ch in text])


async def search(pilot: Pilot, text: str) -> None:
    """Type ``text`` in the quote search (after ``/`` unless the cursor is already there)."""
    focused = pilot.app.focused
    if focused is None or focused.id != "quote-finder-input":
        await pilot.press("slash")
    await type_text(pilot, text)


async def wait_for_export(pilot: Pilot, path: Path) -> None:
    """Wait for the export to ``path`` to end: its notification (written or refused)
    names the path. The worker may not have started when the key was handled, so
    waiting for the workers alone can end before it."""
    app = pilot.app
    shown = str(path)
    await until(
        pilot,
        lambda: any(shown in str(n.message) for n in app._notifications),
        f"the export to {path}",
    )
    await idle(pilot)


def shown_rows(widget: Widget) -> str:
    """The lines a (line-API) widget draws on screen now."""
    return "\n".join(
        widget.render_line(y).text for y in range(widget.scrollable_content_region.height)
    )


def visible_reader_rows(app: QuotescopeApp) -> list[str]:
    reader = app.reader
    rows = (reader.render_line(y).text for y in range(reader.scrollable_content_region.height))
    return [row.replace("\u00a0", " ") for row in rows]  # labels hold no-break spaces


def seed_copies(seeds_dir: Path, tmp_path: Path, copies: int) -> Path:
    """A corpus folder holding ``copies`` copies of each seed article."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(copies):
        for seed in sorted(seeds_dir.glob("*.txt")):
            # Distinct copies (a closing line each): identical ones would load once.
            text = seed.read_text(encoding="utf-8") + f"\n\nThis is copy {n}.\n"
            (corpus / f"{n:02d}_{seed.name}").write_text(text, encoding="utf-8")
    return corpus


@pytest.fixture
def app(seeds_dir: Path) -> QuotescopeApp:
    return QuotescopeApp(paths=[str(seeds_dir)])


async def test_loads_seeds_and_fills_every_pane(app: QuotescopeApp) -> None:
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert app.corpus is not None and len(app.corpus.articles) == 3
        assert not app.query_one("#loading").display
        assert len(app.articles.articles) == 3
        assert "Gerard Coyne" in app.speakers.shown
        assert len(app.finder.results) > 0
        assert app.reader.article is app.articles.articles[0]
        assert "3 articles" in app.sub_title


async def test_loaded_corpus_is_frozen_out_of_the_garbage_collector(
    app: QuotescopeApp,
) -> None:
    """Full collections must not rescan a big corpus: once loaded it is gc.freeze()d."""
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        corpus = app.corpus
        assert corpus is not None and app.index is not None
        assert gc.get_freeze_count() > 0
        tracked = {id(o) for o in gc.get_objects()}  # every generation but the frozen one
        for alive in (corpus, corpus.articles[0], corpus.quotes[0], corpus.speakers[0]):
            assert id(alive) not in tracked


async def test_progress_bar_counts_files_and_hides_when_loaded(tmp_path: Path) -> None:
    for n in range(30):
        (tmp_path / f"{n:03}.txt").write_text(
            f'Story number {n}\n\n"Number {n} is done," Alice Walker said.\n', encoding="utf-8"
        )
    app = QuotescopeApp(paths=[str(tmp_path)])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        bar = app.query_one("#loading-bar", ProgressBar)
        assert (bar.total, bar.progress) == (30, 30)
        assert not app.query_one("#loading").display
        assert app.corpus is not None and len(app.corpus.articles) == 30
        assert len(app.articles.articles) == 30
        assert app.speakers.shown == ["Alice Walker"]


async def test_search_life_blood_finds_coynes_nhs_quote(app: QuotescopeApp) -> None:
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await search(pilot, "life blood")
        assert isinstance(app.focused, Input)
        assert app.corpus is not None
        best = app.corpus.quotes[app.finder.results[0]]
        assert LIFE_BLOOD in best.text
        assert best.speaker == "Gerard Coyne"


async def test_query_typed_in_one_burst_after_slash_lands_in_the_box(app: QuotescopeApp) -> None:
    """Keys arriving together (fast typing, a paste, a busy app) must not run bindings."""
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        app.articles.focus()
        await pilot.pause()
        assert app._driver is not None
        for ch in "/life blood":  # sent as the terminal driver does, no pause between
            key = events.Key({"/": "slash", " ": "space"}.get(ch, ch), ch)
            key.set_sender(app)
            app._driver.send_message(key)
        await settle(pilot)
        assert not isinstance(app.screen, ExportScreen)  # the "e" of "life" was typed
        assert app.finder.search_text == "life blood"
        assert app.corpus is not None
        assert LIFE_BLOOD in app.corpus.quotes[app.finder.results[0]].text
        await pilot.press("slash")  # in the box, "/" is just a character
        assert app.finder.search_text == "life blood/"


async def test_escape_leaves_the_box_keeping_the_query_then_clears_it(
    app: QuotescopeApp,
) -> None:
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await search(pilot, "life blood")
        narrowed = len(app.finder.results)
        await pilot.press("escape")  # one press: out of the box, the query kept
        await settle(pilot)
        assert app.focused is app.query_one("#quote-finder-results")
        assert app.finder.search_text == "life blood"
        assert len(app.finder.results) == narrowed
        await pilot.press("escape")  # from the list: clear the query, stay in the list
        await settle(pilot)
        assert app.finder.search_text == ""
        assert len(app.finder.results) > narrowed
        assert app.focused is app.query_one("#quote-finder-results")


async def test_typing_at_launch_searches(app: QuotescopeApp) -> None:
    """As in fzf: the cursor starts in the quote search, so "quit smears" is a query."""
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert app.focused is app.query_one("#quote-finder-input")
        await type_text(pilot, "quit strike")
        assert app.is_running
        assert not isinstance(app.screen, ExportScreen)
        assert app.finder.search_text == "quit strike"
        assert app.articles.sort_key == "title"  # the "s" was typed, not a sort


async def test_escape_then_q_quits(app: QuotescopeApp) -> None:
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await type_text(pilot, "life blood")
        await pilot.press("escape", "q")
        await pilot.pause()
        assert not app.is_running


@pytest.mark.parametrize(
    ("keys", "pane"),
    [
        (["escape"], "#quote-finder-results"),
        (["escape", "tab"], "#reader"),
        (["shift+tab"], "#articles"),
        (["shift+tab", "shift+tab"], "#speaker-filter-list"),
    ],
    ids=["results", "reading", "articles", "speakers"],
)
async def test_q_quits_from_every_list_and_the_reading_view(
    app: QuotescopeApp, keys: list[str], pane: str
) -> None:
    """``q`` is a key wherever letters are not typed: each list and the reading view."""
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press(*keys)
        await until(pilot, lambda: app.focused is not None, "a pane to have the focus")
        focused = app.focused
        assert focused is not None and not isinstance(focused, Input)
        assert any(node.id == pane.lstrip("#") for node in focused.ancestors_with_self), focused
        await pilot.press("q")
        await until(pilot, lambda: not app.is_running, "the app to quit")
    assert app.return_code == 0


@pytest.mark.parametrize("key", ["ctrl+q", "ctrl+c"])
async def test_ctrl_q_and_ctrl_c_quit_from_a_text_box(app: QuotescopeApp, key: str) -> None:
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await type_text(pilot, "nhs")
        assert isinstance(app.focused, Input)
        await pilot.press(key)
        await pilot.pause()
        assert not app.is_running
    assert app.return_code == EXIT_STATUS[key]


@pytest.mark.parametrize(
    "keys", [["escape"], ["escape", "tab"], ["shift+tab"], ["shift+tab", "shift+tab"]]
)
async def test_ctrl_q_quits_from_the_panes_too(app: QuotescopeApp, keys: list[str]) -> None:
    """Ctrl+Q quits anywhere: in a list or the reading view it did nothing (its binding
    there was the one for boxes, off where letters are keys)."""
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press(*keys)
        await pilot.pause()
        assert not isinstance(app.focused, Input)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running
    assert app.return_code == 0


async def test_ctrl_q_quits_from_a_dialog(app: QuotescopeApp) -> None:
    """The export dialog's file-name box has the focus: Ctrl+Q quits there too."""
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("escape", "e")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen) and isinstance(app.focused, Input)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running


async def open_dialog(pilot: Pilot, which: str, tmp_path: Path) -> None:
    """Open one of the app's dialogs with the keys a user presses."""
    app = pilot.app
    await pilot.press("escape")  # the results list: letters are keys here
    if which == "confirm":  # exporting to a file that exists asks first
        target = tmp_path / "taken.jsonl"
        target.write_text("keep me")
        await pilot.press("e")
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("enter")
    else:
        keys = {"export": "e", "help": "question_mark", "problems": "p"}
        await pilot.press(keys.get(which, which))
    kinds = {
        "confirm": ConfirmScreen,
        "export": ExportScreen,
        "help": HelpScreen,
        "problems": ProblemsScreen,
        "ctrl+p": CommandPalette,
    }
    await until(pilot, lambda: isinstance(app.screen, kinds[which]), f"the {which} dialog")
    await pilot.pause()


@pytest.mark.parametrize("key", ["ctrl+c", "ctrl+q"])
@pytest.mark.parametrize("which", ["export", "confirm", "help", "problems", "ctrl+p"])
async def test_ctrl_c_and_ctrl_q_quit_from_every_dialog(
    app: QuotescopeApp, which: str, key: str, tmp_path: Path
) -> None:
    """Modal screens bind Ctrl+C to "copy the selection" and stop there: it did nothing."""
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await open_dialog(pilot, which, tmp_path)
        await pilot.press(key)
        await until(pilot, lambda: not app.is_running, "the app to quit")
    assert app.return_code == EXIT_STATUS[key]
    if which == "confirm":  # quitting is not a yes
        assert (tmp_path / "taken.jsonl").read_text() == "keep me"


async def test_ctrl_c_quits_even_with_text_selected_in_a_box(app: QuotescopeApp) -> None:
    """As in fzf and lazygit, Ctrl+C always quits. A box selects its text when it is
    focused, so "copy when something is selected" made Ctrl+C copy the file name
    in the export dialog instead of quitting."""
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await type_text(pilot, "life blood")
        await pilot.press("shift+home")
        assert app.query_one("#quote-finder-input", Input).selected_text == "life blood"
        await pilot.press("ctrl+c")
        await until(pilot, lambda: not app.is_running, "the app to quit")


@pytest.mark.parametrize("key", ["ctrl+insert", "super+c"])
async def test_ctrl_insert_copies_the_text_selected_in_a_box(app: QuotescopeApp, key: str) -> None:
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await type_text(pilot, "life blood")
        await pilot.press("shift+home", key)
        await pilot.pause()
        assert app.is_running
        assert app.clipboard == "life blood"


async def test_ctrl_insert_copies_the_file_name_in_the_export_dialog(
    app: QuotescopeApp, tmp_path: Path
) -> None:
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await open_dialog(pilot, "export", tmp_path)
        box = app.screen.query_one("#export-path", Input)
        await pilot.press("end", "shift+home", "ctrl+insert")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        assert app.clipboard == box.value == "quotes.jsonl"


async def test_escape_in_the_speaker_box_keeps_the_name_then_clears_it(
    app: QuotescopeApp,
) -> None:
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        box = app.query_one("#speaker-filter-input", Input)
        app.focus_now(box)
        await type_text(pilot, "len")
        assert app.speakers.shown == ["Len McCluskey"]
        footer = footer_keys(app)
        assert "a" not in footer and "q" not in footer and "space" not in footer
        await pilot.press("escape")
        assert app.focused is app.query_one("#speaker-filter-list")
        assert box.value == "len"
        await pilot.press("space")  # ticks the one speaker shown
        assert app.speakers.selected == {"Len McCluskey"}
        await pilot.press("escape")
        assert box.value == ""
        assert app.speakers.selected == {"Len McCluskey"}  # Esc clears the name, not ticks
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


def footer_keys(app: QuotescopeApp) -> dict[str, str]:
    """The keys the footer shows now, with what they say."""
    return {
        key: active.binding.description
        for key, active in app.screen.active_bindings.items()
        if active.binding.show and active.enabled
    }


async def test_footer_shows_only_keys_that_work_where_the_focus_is(app: QuotescopeApp) -> None:
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        in_box = footer_keys(app)
        assert in_box.get("escape") == "Results"
        assert in_box.get("ctrl+q") == "Quit" and in_box.get("f1") == "Help"
        for letter in ["q", "y", "e", "slash", "question_mark", "n", "s"]:
            assert letter not in in_box, letter
        await pilot.press("escape")
        in_list = footer_keys(app)
        assert in_list.get("q") == "Quit" and in_list.get("question_mark") == "Help"
        assert in_list.get("y") == "Copy" and in_list.get("e") == "Export"
        assert "escape" not in in_list  # nothing typed: nothing to clear
        await type_text(pilot, "/nhs")
        await pilot.press("escape")
        assert footer_keys(app).get("escape") == "Clear"
        await pilot.press("e")  # a dialog: "/" is typed into its name box, not offered
        assert isinstance(app.screen, ExportScreen)
        assert "slash" not in footer_keys(app)


def bottom_line(app: QuotescopeApp) -> str:
    """The words of the screen's last line as drawn (the footer of the top screen)."""
    svg = app.export_screenshot()
    cells = [
        (float(y), html.unescape(text))
        for y, text in re.findall(r'<text [^>]*\by="([\d.]+)"[^>]*>([^<]*)</text>', svg)
    ]
    last = max(y for y, _ in cells)
    return " ".join("".join(text for y, text in cells if y == last).split())


async def test_the_palette_and_dialogs_show_their_own_keys_in_the_footer(
    app: QuotescopeApp,
) -> None:
    """The command palette (and every dialog) is drawn over the main screen: its
    footer offered the main screen's letter keys, which the palette's box types."""
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("escape")  # the results list: letters are keys here
        main_keys = bottom_line(app)
        assert "y Copy" in main_keys and "Export" in main_keys
        for key, screen, says in [
            ("ctrl+p", CommandPalette, "Exit the command palette"),
            ("question_mark", HelpScreen, "Close jkScrollspacebPagegGTop/end"),
            ("e", ExportScreen, "Cancel"),
        ]:
            await pilot.press(key)
            await until(pilot, lambda s=screen: isinstance(app.screen, s), f"the {screen}")
            await pilot.pause()
            assert bottom_line(app) == f"esc {says}", key
            await pilot.press("escape")  # the key offered works: back to the results
            await until(pilot, lambda: app.screen is app.screen_stack[0], "the main screen")
        assert bottom_line(app) == main_keys


async def test_selecting_len_mccluskey_leaves_his_two_quotes(app: QuotescopeApp) -> None:
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("shift+tab", "shift+tab")  # search -> articles -> speaker list
        assert app.focused is app.query_one("#speaker-filter-list")
        while app.speakers.shown[app.focused.cursor] != "Len McCluskey":  # type: ignore[union-attr]
            await pilot.press("j")
        await pilot.press("space")
        await settle(pilot)
        assert app.speakers.selected == {"Len McCluskey"}
        assert app.corpus is not None
        quotes = [app.corpus.quotes[i] for i in app.finder.results]
        assert len(quotes) == 2
        assert {q.speaker for q in quotes} == {"Len McCluskey"}
        shown = {a.id for a in app.articles.articles}
        assert shown == {q.article for q in quotes}
        assert len(shown) < 3


async def test_enter_on_result_highlights_it_in_the_reader(app: QuotescopeApp) -> None:
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await search(pilot, "life blood")
        await pilot.press("enter")
        await pilot.pause()
        current = app.reader.current_quote
        assert current is not None and LIFE_BLOOD in current.text
        assert app.focused is app.query_one("#quote-finder-results")
        rows = visible_reader_rows(app)
        assert any("life blood" in row for row in rows)
        # The current quote is drawn on its speaker's colour.
        colour = speaker_colour("Gerard Coyne").lstrip("#")
        reader = app.reader
        row = next(y for y, text in enumerate(rows) if "life blood" in text)
        backgrounds = {
            seg.style.bgcolor.triplet.hex.lstrip("#")
            for seg in reader.render_line(row)
            if seg.style and seg.style.bgcolor and seg.style.bgcolor.triplet
        }
        assert colour in backgrounds
        assert "Gerard Coyne" in "".join(rows)


async def test_n_and_shift_n_move_between_quotes(app: QuotescopeApp) -> None:
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        target = next(a for a in app.articles.articles if a.id.startswith("001"))
        await pilot.press("shift+tab")  # search -> articles
        while app.articles.highlighted is not target:
            await pilot.press("j")
        await pilot.press("enter")
        assert app.focused is app.reader
        quotes = app.reader.quotes
        assert len(quotes) >= 3
        await pilot.press("n")
        assert app.reader.current_quote is quotes[0]
        await pilot.press("n", "n")
        assert app.reader.current_quote is quotes[2]
        await pilot.press("N")
        assert app.reader.current_quote is quotes[1]
        assert f"quote 2/{len(quotes)}" in str(app.reader.border_subtitle)
        # The current quote is on screen after every jump.
        await pilot.press(*["n"] * len(quotes))
        last = quotes[-1]
        assert app.reader.current_quote is last
        first_words = " ".join(last.text.split()[:3])
        assert first_words in " ".join(" ".join(visible_reader_rows(app)).split())


async def test_help_opens_and_closes_listing_every_key(app: QuotescopeApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("escape", "question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = app.screen.render_help().plain
        for key in ["q", "?", "f1", "/", "y", "e", "p", "n", "N", "s", "tab", "ctrl+p", "space"]:
            assert f"  {key} " in text or f" {key}\n" in text or f" {key} " in text, key
        for what in ["Quit", "Copy quote", "Export", "Next quote", "Sort", "Tick / untick"]:
            assert what in text
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("f1")
        assert not isinstance(app.screen, HelpScreen)


async def test_y_copies_the_quote_with_its_citation(app: QuotescopeApp) -> None:
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await search(pilot, "life blood")
        await pilot.press("enter", "y")
        assert app.corpus is not None
        article = app.corpus.article(app.reader.current_quote.article)  # type: ignore[union-attr]
        title = " ".join(article.title.split())
        assert app.clipboard.startswith("“" + LIFE_BLOOD)
        assert app.clipboard.endswith(f"nothing.” — Gerard Coyne, {title}")


async def test_export_writes_and_never_overwrites_without_asking(
    app: QuotescopeApp, tmp_path: Path
) -> None:
    target = tmp_path / "coyne.jsonl"
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await settle(pilot)
        await search(pilot, "life blood")
        await pilot.press("enter", "e")
        assert isinstance(app.screen, ExportScreen)
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("enter")
        await wait_for_export(pilot, target)
        records = [json.loads(line) for line in target.read_text().splitlines()]
        assert [r["speaker"] for r in records] == ["Gerard Coyne"]
        assert LIFE_BLOOD in records[0]["text"]

        # Same name again: a confirmation, and "no" leaves the file alone.
        target.write_text("keep me")
        await pilot.press("e")
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert target.read_text() == "keep me"
        assert not isinstance(app.screen, ConfirmScreen | ExportScreen)

        # Markdown chosen with the keyboard, then "yes" overwrites.
        await pilot.press("e")
        await pilot.press("shift+tab")  # name box -> format choice
        await pilot.press("down", "down", "enter")
        box = app.screen.query_one("#export-path", Input)
        assert box.value == "quotes.md"
        md_target = target.with_suffix(".md")
        md_target.write_text("keep me")
        box.value = str(md_target)
        box.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await wait_for_export(pilot, md_target)
        written = md_target.read_text()
        assert written.startswith("# Quotes")
        assert "Gerard Coyne" in written
        assert not list(tmp_path.glob(".*.tmp"))

        # A file name that looks like markup is shown literally in the notification.
        odd = tmp_path / "[red]odd[bold].jsonl"
        await pilot.press("e")
        app.screen.query_one("#export-path", Input).value = str(odd)
        await pilot.press("enter")
        await wait_for_export(pilot, odd)
        assert json.loads(odd.read_text().splitlines()[0])["speaker"] == "Gerard Coyne"
        shown = [str(toast.render()) for toast in app.screen.query("Toast")]
        assert any(str(odd) in text for text in shown), shown


async def test_export_into_a_fifo_and_over_a_read_only_file(
    app: QuotescopeApp, tmp_path: Path
) -> None:
    """The dialog never renames over a FIFO (it writes into it, or says why not) and
    names a read-only file as such before replacing it, mode kept."""
    fifo = tmp_path / "f"
    os.mkfifo(fifo)
    kept = tmp_path / "kept.jsonl"
    kept.write_text("keep me")
    kept.chmod(0o444)
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await settle(pilot)
        await search(pilot, "life blood")
        await pilot.press("enter", "e")
        app.screen.query_one("#export-path", Input).value = str(fifo)
        await pilot.press("enter")
        await wait_for_export(pilot, fifo)
        assert not isinstance(app.screen, ConfirmScreen | ExportScreen)
        assert stat.S_ISFIFO(os.lstat(fifo).st_mode), "the FIFO was replaced"
        shown = [str(toast.render()) for toast in app.screen.query("Toast")]
        assert any("nothing is reading from it" in text for text in shown), shown

        await pilot.press("e")
        app.screen.query_one("#export-path", Input).value = str(kept)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "read-only" in app.screen.question
        await pilot.press("y")
        await wait_for_export(pilot, kept)
        assert kept.read_text().startswith('{"id":')
        assert stat.S_IMODE(kept.stat().st_mode) == 0o444
        assert sorted(p.name for p in tmp_path.iterdir()) == ["f", "kept.jsonl"]


async def test_tab_visits_every_pane_in_order(app: QuotescopeApp) -> None:
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert app.focused is not None and app.focused.id == "quote-finder-input"
        seen = []
        for _ in range(6):
            await pilot.press("tab")
            seen.append(app.focused.id if app.focused else None)
        assert seen == [
            "quote-finder-results",
            "reader",
            "speaker-filter-input",
            "speaker-filter-list",
            "articles",
            "quote-finder-input",
        ]
        await pilot.press("shift+tab")
        assert app.focused is not None and app.focused.id == "articles"


async def test_slash_focuses_search_and_q_quits(app: QuotescopeApp) -> None:
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("escape", "slash")
        assert app.focused is not None and app.focused.id == "quote-finder-input"
        await pilot.press("q")  # typed into the box, not a quit
        assert app.finder.search_text == "q"
        assert app.is_running
        await pilot.press("escape", "escape", "q")
        await pilot.pause()
        assert not app.is_running


async def palette_pick(pilot: Pilot, query: str) -> str:
    """Open Ctrl+P, type ``query``, return the top hit's text and run it."""
    await pilot.press("ctrl+p")
    assert isinstance(pilot.app.screen, CommandPalette)
    await type_text(pilot, query)
    await idle(pilot)  # the palette gathers its hits in a worker
    commands = pilot.app.screen.query_one(CommandList)
    if commands.highlighted is None:
        await pilot.press("down")
    assert commands.highlighted == 0
    top = str(commands.get_option_at_index(0).prompt)
    await pilot.press("enter")
    await settle(pilot)
    return top


async def test_palette_finds_article_speaker_and_quote(app: QuotescopeApp) -> None:
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        top = await palette_pick(pilot, "speaker Len McCluskey")
        assert "Len McCluskey" in top
        assert app.speakers.selected == {"Len McCluskey"}
        assert len(app.finder.results) == 2

        top = await palette_pick(pilot, "article junior doctors")
        assert "junior doctors" in top
        assert app.reader.article is not None and app.reader.article.id.startswith("000")
        assert app.focused is app.reader  # ready to read: j/k/n work at once

        top = await palette_pick(pilot, "meltdown")
        current = app.reader.current_quote
        assert current is not None and "Copeland meltdown" in current.text

        top = await palette_pick(pilot, "problems")
        assert top.startswith("Problems")
        assert isinstance(app.screen, ProblemsScreen)
        await pilot.press("escape")

        top = await palette_pick(pilot, "theme")
        assert top.startswith("Theme")  # Textual's own theme picker is reachable


async def test_palette_providers_search_directly(app: QuotescopeApp) -> None:
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        screen = app.screen

        async def hits(provider_cls: type, query: str) -> list:
            return [hit async for hit in provider_cls(screen).search(query)]

        articles = await hits(ArticleCommands, "Unite challenger")
        assert articles and "Unite challenger" in articles[0].text
        speakers = await hits(SpeakerCommands, "Coyne")
        assert speakers and "Gerard Coyne" in speakers[0].text
        quotes = await hits(QuoteCommands, "life blood")
        assert quotes and LIFE_BLOOD in quotes[0].text
        quotes[0].command()
        await pilot.pause()
        assert app.reader.current_quote is not None
        assert LIFE_BLOOD in app.reader.current_quote.text


async def test_problems_screen_lists_a_skipped_file(seeds_dir: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    (corpus / "broken.txt").write_bytes(b"\x00\x01\x02 binary \xff\xfe" * 50)
    app = QuotescopeApp(paths=[str(corpus)])
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert app.corpus is not None
        assert any("broken.txt" in p.path and p.skipped for p in app.corpus.problems)
        assert any("skipped" in n.message for n in app._notifications)
        await pilot.press("escape", "p")
        assert isinstance(app.screen, ProblemsScreen)
        assert "broken.txt" in shown_rows(app.screen.query_one("#problems-list"))
        await pilot.press("escape")
        assert not isinstance(app.screen, ProblemsScreen)


async def test_nothing_loadable_opens_on_the_problems_screen(tmp_path: Path) -> None:
    """A binary file alone: the app says why at once, as the CLI export does on stderr."""
    image = tmp_path / "photo.txt"
    image.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    app = QuotescopeApp(paths=[str(image)])
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert app.corpus is not None and app.corpus.articles == []
        assert isinstance(app.screen, ProblemsScreen)
        text = shown_rows(app.screen.query_one("#problems-list"))
        assert "photo.txt" in text and "not a text file (PNG image)" in text


async def test_80x24_every_pane_reachable_and_usable(app: QuotescopeApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen_region = app.screen.region
        for pane_id in ["speakers", "articles", "finder", "reader"]:
            pane = app.query_one(f"#{pane_id}")
            # Tab until the focus is inside this pane.
            for _ in range(8):
                if app.focused is not None and pane in app.focused.ancestors_with_self:
                    break
                await pilot.press("tab")
            await pilot.pause()
            assert app.focused is not None and pane in app.focused.ancestors_with_self
            region = pane.region
            assert screen_region.contains_region(region), pane_id
            assert region.width >= 24 and region.height >= 6, (pane_id, region)
        # Every pane is on screen at once, even when another has the focus.
        for pane_id in ["speakers", "articles", "finder", "reader"]:
            region = app.query_one(f"#{pane_id}").region
            assert region.width > 10 and region.height >= 3, pane_id
        await search(pilot, "life blood")
        await pilot.press("enter")
        assert any("life blood" in row for row in visible_reader_rows(app))


async def test_wide_terminal_puts_finder_and_reader_side_by_side(app: QuotescopeApp) -> None:
    async with app.run_test(size=(180, 40)) as pilot:
        await settle(pilot)
        finder, reader = app.finder.region, app.reader.region
        assert reader.x >= finder.right and reader.y == finder.y
        assert reader.width > finder.width  # the reading view gets the most room
        await pilot.resize_terminal(100, 30)
        await pilot.pause()
        finder, reader = app.finder.region, app.reader.region
        assert reader.y >= finder.bottom and reader.x == finder.x


async def test_export_follows_the_file_name_suffix(app: QuotescopeApp, tmp_path: Path) -> None:
    """JSON lines is pre-selected, but a name ending in .csv or .md picks that format."""
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await search(pilot, "life blood")
        for name, first_line in [("coyne.csv", "id,article,title"), ("coyne.md", "# Quotes")]:
            await pilot.press("enter", "e")
            assert isinstance(app.screen, ExportScreen)
            box = app.screen.query_one("#export-path", Input)
            box.value = str(tmp_path / name)
            await pilot.pause()
            pressed = app.screen.query_one(RadioSet).pressed_button
            assert pressed is not None and pressed.name == format_for(name)
            assert box.value == str(tmp_path / name)  # the typed name is kept as it is
            await pilot.press("enter")
            await wait_for_export(pilot, tmp_path / name)
            assert (tmp_path / name).read_text(encoding="utf-8-sig").startswith(first_line)
            label = "CSV" if name.endswith(".csv") else "Markdown"
            wanted = f"Wrote 1 quote to {tmp_path / name} as {label}"
            assert any(n.message == wanted for n in app._notifications), wanted
            await pilot.press("slash")


async def test_holding_j_in_articles_previews_only_where_the_cursor_rests(
    app: QuotescopeApp,
) -> None:
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("shift+tab")
        assert app.focused is app.articles
        shown: list[str] = []
        show = app.reader.show_article

        def counting(corpus, article_id, quote_id=None):  # type: ignore[no-untyped-def]
            shown.append(article_id)
            show(corpus, article_id, quote_id)

        app.reader.show_article = counting  # type: ignore[method-assign]
        assert app._driver is not None
        for _ in range(2):  # a key-repeat burst, as the terminal sends it
            key = events.Key("j", "j")
            key.set_sender(app)
            app._driver.send_message(key)
        await until(
            pilot,
            lambda: app.articles.cursor == 2 and app._preview_timer is None and shown,
            "the cursor to rest and the preview",
        )
        assert app.articles.cursor == 2
        assert shown == [app.articles.articles[2].id]
        assert app.reader.article is app.articles.articles[2]


async def test_help_open_while_loading_does_not_stop_the_load(
    seeds_dir: Path, tmp_path: Path
) -> None:
    # The load worker reports progress to the panes while a modal screen is on top.
    app = QuotescopeApp(paths=[str(seed_copies(seeds_dir, tmp_path, 60))])
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        await settle(pilot)
        assert app.corpus is not None and len(app.corpus.articles) == 180
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert app.articles.highlighted is not None


async def test_article_preview_timer_firing_after_shutdown_is_harmless(
    app: QuotescopeApp,
) -> None:
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
    app._preview_article()  # a pending 60 ms preview timer can fire during teardown


async def test_article_preview_timer_firing_under_the_palette(app: QuotescopeApp) -> None:
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        app.articles.focus()
        await pilot.press("j")
        await pilot.press("ctrl+p")  # the preview timer fires while the palette is open
        await until(pilot, lambda: app._preview_timer is None, "the preview timer")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, CommandPalette)


async def test_palette_builds_its_choice_lists_once_per_session(app: QuotescopeApp) -> None:
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        screen = app.screen
        built: list[str] = []
        for cls in (ArticleCommands, SpeakerCommands):
            provider = cls(screen)
            make = provider.make_choices

            def counting(corpus, make=make, name=cls.__name__):
                built.append(name)
                return make(corpus)

            provider.make_choices = counting  # type: ignore[method-assign]
            for query in ("U", "Un", "Uni", "Unite"):  # typed key by key
                _ = [hit async for hit in provider.search(query)]
        assert built == ["ArticleCommands", "SpeakerCommands"]


async def test_help_is_complete_and_scrolls_with_j_and_k(app: QuotescopeApp) -> None:
    async with app.run_test(size=(100, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f1")  # works from the search box too
        assert isinstance(app.screen, HelpScreen)
        text = app.screen.render_help().plain
        for needle in ["ctrl+q", "ctrl+c", "To the list below", "keeping what you typed", "kind:"]:
            assert needle in text, needle
        assert "Typos: 1 in words of 4+ letters" in text
        assert '\'nhs  "life blood"  Only quotes' in text  # once a key ran into its words
        assert "Everywhere" in text and "In a list or the reading view" in text
        everywhere = text.split("In a text box")[0]
        for letter_key in ["  y ", "  e ", "  q ", "  / "]:
            assert letter_key not in everywhere, letter_key  # typed in a box: not "everywhere"
        body = app.screen.query_one("#help-body")
        assert body.max_scroll_y > 0
        await pilot.press("j", "j", "j")
        assert body.scroll_y == 3
        await pilot.press("k")
        assert body.scroll_y == 2
        await pilot.press("G")
        assert body.scroll_y == body.max_scroll_y
        await pilot.press("g")
        assert body.scroll_y == 0


async def test_help_wraps_a_long_description_under_itself(app: QuotescopeApp) -> None:
    """The search examples' descriptions wrapped to the box's left edge ("apart",
    "right)" under the keys column), hard to read as a table."""
    async with app.run_test(size=(130, 44)) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        help_text = app.screen.query_one("#help-text")
        region = Region(0, 0, help_text.size.width, help_text.size.height)
        lines = [strip.text.rstrip() for strip in help_text.render_lines(region)]
        headings = [line for line in lines if line and not line.startswith(" ")]
        assert "Searching quotes" in headings and len(headings) == 10, headings
        apart = lines.index(next(line for line in lines if line.strip() == "apart"))
        assert lines[apart].index("a") == lines[apart - 1].index("Words")


@pytest.mark.parametrize(("down", "up"), [("d", "u"), ("ctrl+d", "ctrl+u"), ("f", "b")])
async def test_help_pages_like_less(app: QuotescopeApp, down: str, up: str) -> None:
    """less's half pages (d/u, Ctrl+D/U) and f for a page did nothing in the help."""
    async with app.run_test(size=(100, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        body = app.screen.query_one("#help-body")
        page = body.scrollable_content_region.height - 1
        await pilot.press(down)
        assert body.scroll_y == (page if down == "f" else round(page / 2)) > 0
        await pilot.press(up)
        assert body.scroll_y == 0


async def test_sorting_keeps_the_selected_article_under_the_cursor(
    seeds_dir: Path, tmp_path: Path
) -> None:
    app = QuotescopeApp(paths=[str(seed_copies(seeds_dir, tmp_path, 12))])
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("shift+tab")
        articles = app.articles
        for _ in range(14):  # a 4-quote article: sorted by quotes, it goes down the list
            await pilot.press("j")
        chosen = articles.highlighted
        row_on_screen = articles.cursor * articles.row_height - articles.scroll_y
        await pilot.press("s")
        await pilot.pause()
        assert articles.sort_key == "quotes"
        assert articles.highlighted is chosen
        assert articles.cursor > 14  # it moved in the list ...
        # ... but not on screen: still on the row the eye was on
        assert articles.cursor * articles.row_height - articles.scroll_y == row_on_screen


async def test_counts_are_singular_for_one(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(
        'One title\n\n"We will win," Ann Lee said.\n', encoding="utf-8"
    )
    app = QuotescopeApp(paths=[str(tmp_path)])
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert app.sub_title == "1 article · 1 quote · 1 speaker"
        assert str(app.articles.border_subtitle).startswith("1 article ·")
        assert str(app.reader.border_subtitle).startswith("1 quote ·")
        assert articles_row(app, 1).strip().startswith("1 quote")


def articles_row(app: QuotescopeApp, y: int) -> str:
    return app.articles.render_line(y).text


@pytest.mark.parametrize("size", [(20, 5), (59, 30), (100, 14)])
async def test_below_the_minimum_size_one_line_asks_to_enlarge(
    app: QuotescopeApp, size: tuple[int, int]
) -> None:
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        message = app.query_one("#too-small")
        assert message.display and message.region.height > 0
        assert "Enlarge the terminal" in str(message.render())
        assert app.query_one("#panes").region.height == 0
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert message.region.height == 0
        assert app.query_one("#finder").region.height > 3


@pytest.mark.parametrize(
    ("name", "error"),
    [
        ("~nosuchuser/x.jsonl", "No home folder for ~nosuchuser"),
        ("x" * 256 + ".jsonl", "Name too long: 262 bytes"),
        ("é" * 130 + ".csv", "Name too long: 264 bytes"),
        (".", "is a folder"),
        ("/", "is a folder"),
        ("out/", "is a folder"),
    ],
)
async def test_export_dialog_says_what_is_wrong_with_a_name(
    app: QuotescopeApp, name: str, error: str
) -> None:
    """Names the write would choke on get one line in the dialog, which stays open."""
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("escape", "e")
        assert isinstance(app.screen, ExportScreen)
        box = app.screen.query_one("#export-path", Input)
        box.value = name
        await pilot.pause()
        await pilot.press("shift+tab", "down", "enter")  # change the format: no crash
        await pilot.pause()
        box.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        shown = str(app.screen.query_one("#export-error").render())
        assert error in shown and "\n" not in shown.strip()
        box.value = "fine.jsonl"  # typing again clears the message
        await pilot.pause()
        assert str(app.screen.query_one("#export-error").render()).strip() == ""
        assert app.is_running


async def test_export_dialog_writes_a_255_byte_name(app: QuotescopeApp, tmp_path: Path) -> None:
    """The longest name a file system takes (the temp file beside it must fit too)."""
    target = tmp_path / ("n" * 249 + ".jsonl")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await search(pilot, "life blood")
        await pilot.press("escape", "e")
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("enter")
        await wait_for_export(pilot, target)
        assert json.loads(target.read_text().splitlines()[0])["speaker"] == "Gerard Coyne"


async def test_e_writes_every_match_not_only_the_rows_shown(
    seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The finder keeps the best 200; ``e`` writes all the matches, and says how many."""
    progress: list[tuple[int, int]] = []
    real = QuotescopeApp._export_progress

    def watched(self: QuotescopeApp, done: int, total: int) -> None:
        progress.append((done, total))
        real(self, done, total)

    monkeypatch.setattr("tui.app.PROGRESS_FROM", 100)  # a "large" set, for the bar
    monkeypatch.setattr(QuotescopeApp, "_export_progress", watched)
    app = QuotescopeApp(paths=[str(seed_copies(seeds_dir, tmp_path, 30))])
    target = tmp_path / "all.jsonl"
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await type_text(pilot, "the")  # 210 of the 420 quotes
        total = app.finder.total
        assert len(app.finder.results) == 200 < total
        await pilot.press("escape", "e")
        assert isinstance(app.screen, ExportScreen)
        label = str(app.screen.query_one("#export-count").render())
        assert label.startswith(f"Write {total:,} quotes:")
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("enter")
        await wait_for_export(pilot, target)
        assert app.index is not None
        everything = app.index.search("the", limit=10**6).ids
        written = [json.loads(line)["id"] for line in target.read_text().splitlines()]
        assert written == list(everything) and len(written) == total
        assert progress[0] == (0, total) and progress[-1] == (total, total)
        assert not app.query_one("#loading").display  # the bar is gone once written
        assert f"Wrote {total:,} quotes to {target}" in [n.message for n in app._notifications][-1]


async def test_export_keeps_the_speaker_filter(app: QuotescopeApp, tmp_path: Path) -> None:
    target = tmp_path / "len.csv"
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        app.filter_speakers(frozenset({"Len McCluskey"}))
        await settle(pilot)
        await pilot.press("escape", "e")
        assert "Write 2 quotes" in str(app.screen.query_one("#export-count").render())
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("enter")
        await wait_for_export(pilot, target)
        text = target.read_text(encoding="utf-8-sig")
        assert text.count("Len McCluskey") == 2 and "Gerard Coyne,pronoun" not in text


@pytest.mark.parametrize("reachable", [True, False])
async def test_y_says_where_the_citation_went(
    app: QuotescopeApp, monkeypatch: pytest.MonkeyPatch, reachable: bool
) -> None:
    from tui.core import clipboard

    def fake_copy(text: str, env: object = None) -> clipboard.Copied:
        if reachable:
            return clipboard.Copied(("the system clipboard",))
        return clipboard.Copied((), "no system clipboard (no copy/paste mechanism)")

    monkeypatch.setattr("tui.app.copy_text", fake_copy)
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await settle(pilot)
        await search(pilot, "life blood")
        await pilot.press("enter", "y")
        # The copy runs in a worker: wait for what it says, not for a worker that may
        # not have started yet.
        await until(
            pilot,
            lambda: any("clipboard" in str(n.message) for n in app._notifications),
            "the copy's notification",
        )
        await idle(pilot)
        note = app._notifications
        message = list(note)[-1].message
        assert app.clipboard.startswith("“" + LIFE_BLOOD)  # OSC 52 is always sent too
        assert message.endswith(app.clipboard)  # the citation itself is shown
        if reachable:
            assert message.startswith("Copied to the system clipboard")
        else:
            assert message.startswith("No system clipboard (no copy/paste mechanism): sent")
            assert "may not reach your clipboard" in message


async def test_palette_closed_while_its_search_runs_does_not_crash(
    app: QuotescopeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 10: NoMatches 'CommandList' once the palette was dismissed mid-search."""
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert app.index is not None
        index = app.index
        real = index.search

        started: list[int] = []
        ended: list[int] = []

        def slow(*args, **kwargs):  # type: ignore[no-untyped-def]
            started.append(1)
            try:
                time.sleep(0.8)  # long enough for the palette's busy indicator (0.5 s)
                return real(*args, **kwargs)
            finally:
                ended.append(1)

        monkeypatch.setattr(index, "search", slow)
        for closing in ["escape", "enter", "escape"]:
            await pilot.press("ctrl+p")
            await until(pilot, lambda: isinstance(app.screen, CommandPalette), "the palette")
            palette = app.screen
            await type_text_now(pilot, "coyne")
            # Close it while its search runs, its busy indicator up (not after a fixed
            # time, which a loaded machine may take to start the search at all).
            await until(pilot, lambda p=palette: p._show_busy, "the palette's busy indicator")
            await pilot.press(closing)
            await until(pilot, lambda: ended == started, "the palette's searches to end")
            await idle(pilot)
            assert app.is_running
            if app.screen is palette:  # Enter picked nothing yet: close it for the next round
                await pilot.press("escape")
            await until(pilot, lambda p=palette: app.screen is not p, "the palette to close")
        assert app.return_code is None and app._exception is None


async def test_the_cache_is_written_after_the_panes_fill(
    seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Writing the cache does not delay the panes; the next launch reads it."""
    from tui.core import cache, parallel
    from tui.core.cache import Store

    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    store = Store.for_paths([corpus], None)
    assert store is not None
    snapshot = store.folder / f"corpus{cache.SUFFIX}"
    stored_when_shown: list[bool] = []
    shown = QuotescopeApp._loaded

    def loaded(self, corpus, index) -> None:
        stored_when_shown.append(snapshot.exists())
        shown(self, corpus, index)

    monkeypatch.setattr(QuotescopeApp, "_loaded", loaded)
    extracted: list[str] = []
    real = parallel.extract_file
    monkeypatch.setattr(
        "tui.core.parallel.extract_file",
        lambda path, *rest: extracted.append(Path(path).name) or real(path, *rest),
    )
    app = QuotescopeApp(paths=[str(corpus)], cache=True)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        first = [q.text for q in app.corpus.quotes] if app.corpus else []
    assert stored_when_shown == [False] and snapshot.exists() and extracted and first
    extracted.clear()
    app = QuotescopeApp(paths=[str(corpus)], cache=True)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert app.corpus is not None and [q.text for q in app.corpus.quotes] == first
    assert stored_when_shown == [False, True] and extracted == []


async def test_the_cache_is_written_only_once_the_corpus_is_painted(
    seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Writing the cache holds the interpreter: it waits for the first paint of the
    panes showing the corpus, which it would otherwise hold up."""
    from textual.screen import Screen

    from tui.core import corpus as corpus_module

    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    paints_with_corpus: list[int] = []
    painted_before_save: list[int] = []
    apps: list[QuotescopeApp] = []
    paint = Screen._on_timer_update

    def counting_paint(screen: Screen) -> None:
        paint(screen)
        if apps and apps[0].corpus is not None:
            paints_with_corpus.append(1)

    save = corpus_module._save_snapshot

    def noting_save(*args) -> None:
        painted_before_save.append(len(paints_with_corpus))
        save(*args)

    monkeypatch.setattr(Screen, "_on_timer_update", counting_paint)
    monkeypatch.setattr(corpus_module, "_save_snapshot", noting_save)
    app = QuotescopeApp(paths=[str(corpus)], cache=True)
    apps.append(app)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await until(pilot, lambda: painted_before_save, "the snapshot to be written")
    assert len(painted_before_save) == 1 and painted_before_save[0] >= 1


async def test_quitting_as_soon_as_the_panes_fill_still_leaves_a_warm_start(
    seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Closing cancels the load worker: the snapshot a warm start reads is still
    written (each file's record was written while the files loaded).

    The worker's task ends at the cancel while its thread goes on writing the snapshot
    (the interpreter waits for that thread before it exits): wait for the thread's
    write to end, not for the worker, before looking for the file."""
    from tui.core import cache
    from tui.core import corpus as corpus_module
    from tui.core.cache import Store

    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    store = Store.for_paths([corpus], None)
    assert store is not None
    shown = QuotescopeApp._loaded

    def loaded_then_closing(self, corpus, index) -> None:
        shown(self, corpus, index)
        self.workers.cancel_group(self, "load")  # what closing the app does

    save = corpus_module._save_snapshot
    saved = threading.Event()

    def noting_save(*args) -> None:
        try:
            save(*args)
        finally:
            saved.set()

    monkeypatch.setattr(QuotescopeApp, "_loaded", loaded_then_closing)
    monkeypatch.setattr(corpus_module, "_save_snapshot", noting_save)
    app = QuotescopeApp(paths=[str(corpus)], cache=True)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert app.corpus is not None
    assert saved.wait(DEADLINE), "the snapshot was never written"
    assert (store.folder / f"corpus{cache.SUFFIX}").exists()
    assert (store.folder / f"0000{cache.SUFFIX}").exists()


PANE_MESSAGES: dict[str, Callable[[QuotescopeApp], Message]] = {
    "result highlighted": lambda app: QuoteFinder.QuoteHighlighted(app.finder, 0),
    "result chosen": lambda app: QuoteFinder.QuoteChosen(app.finder, 0),
    "reader quote": lambda app: ReadingView.QuoteChanged(app.reader, 0),
    "speakers ticked": lambda app: SpeakerFilter.Changed(app.speakers, frozenset()),
    "article opened": lambda app: ArticleList.Opened(app.articles, app.articles.articles[0].id),
}


@pytest.mark.parametrize("which", PANE_MESSAGES)
async def test_a_pane_message_as_the_app_quits_raises_nothing(
    app: QuotescopeApp, which: str
) -> None:
    """The finder highlights its first result when a search ends: quitting at that
    moment let the message reach the app after its screens were gone, and the handler
    asking which widget had the focus raised ScreenStackError (seen under load, in
    test_quitting_as_soon_as_the_panes_fill_still_leaves_a_warm_start)."""
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        message = PANE_MESSAGES[which](app)
        close_screens = app._close_all

        async def then_the_message() -> None:
            # Bubbled up from its pane, it reaches the app once the screens are gone.
            await close_screens()
            app.post_message(message)

        app._close_all = then_the_message  # type: ignore[method-assign]


async def test_the_export_dialog_shows_its_whole_sentence(app: QuotescopeApp) -> None:
    """The count line ("Write 17 quotes: every match of the search and the speaker
    filter, best first.") was one line wider than the dialog, cut at "the speak"."""
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("escape", "e")
        await until(pilot, lambda: isinstance(app.screen, ExportScreen), "the export dialog")
        await pilot.pause()
        body = app.screen.query_one("#export-body")
        for label in app.screen.query("#export-body Label"):
            assert label.region.right <= body.content_region.right, label
        count = app.screen.query_one("#export-count")
        assert count.size.height == 2  # wrapped, not cut
