"""The quotescope app: speakers, articles, quote finder and reading view in one screen.

The screen appears at once; the corpus loads in a thread worker with a progress bar
and the panes fill in when it is ready. Every pane is reachable with Tab, every
action has a key (``?`` lists them) and a command-palette entry where it makes sense.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import gc
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar, TypeVar

from rich.text import Text
from textual import on, work
from textual.actions import SkipAction
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import ActiveBinding, Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.css.query import NoMatches
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Header, Input, Label, ProgressBar
from textual.worker import Worker, WorkerState

from tui.core.clipboard import Copied, copy_text
from tui.core.corpus import Corpus, load_corpus, seeds_path
from tui.core.export import ExportError, citation, render_string, write_atomic
from tui.core.model import Article, Quote
from tui.core.problems import skipped_summary, unread_summary
from tui.core.safe_write import inspect_destination
from tui.core.search import QuoteIndex
from tui.core.wording import counted
from tui.load_thread import LoadThread
from tui.screens.confirm import ConfirmScreen
from tui.screens.copies import Choice, CopiesScreen
from tui.screens.export import LABELS, ExportChoice, ExportScreen
from tui.screens.help import HelpScreen, Section, binding_rows
from tui.screens.palette import (
    ArticleCommands,
    QuoteCommands,
    QuotescopePalette,
    SpeakerCommands,
)
from tui.screens.problems import ProblemsScreen
from tui.stop_signals import StopSignals
from tui.widgets.article_list import ArticleList
from tui.widgets.key_footer import FittedKeys, KeyFooter
from tui.widgets.quote_finder import QuoteFinder, ResultsList
from tui.widgets.reading_view import ReadingView
from tui.widgets.speaker_filter import SpeakerFilter
from tui.widgets.virtual_list import VirtualList

W = TypeVar("W", bound=Widget)
Handler = TypeVar("Handler", bound=Callable[..., Any])
SEARCH_HELP = [
    ("life blood", "Words, fuzzy: the exact phrase first, then both words apart"),
    ("hart  goverment", "Typos: 1 in words of 4+ letters, 2 in 7+ (first letter right)"),
    ("lifeblood  11pm", "Compounds, numbers with units, dont: however the quote writes them"),
    ("gover", "The word still being typed also matches as a prefix (government)"),
    ('\'nhs  "life blood"', "Only quotes containing that exact text"),
    ("!corbyn", "Drop quotes containing it"),
    ("speaker:coyne", "Quotes whose speaker's name or alias contains it"),
    ("kind:direct", "Only that kind: direct, partial, scare or title"),
    ("kind:all  is:scare", "Also scare quotes and titles (hidden unless asked for)"),
    ("confidence:high", "Only speakers attributed that surely (medium, low)"),
    ("no match", 'The count line offers a "did you mean" from the corpus\'s words'),
]
"""The query syntax, as the README's "Searching quotes" explains it."""
MIN_WIDTH, MIN_HEIGHT = 60, 15
"""The smallest terminal the four panes are usable in."""
HEADER_SIDES = 16
"""Columns of the header taken by its icon and clock, and the margins around the title."""
PREVIEW_DELAY = 0.06
"""Seconds the article cursor must rest before the reading view follows it."""
PAINT_WAIT = 60.0
"""Seconds the cache waits for the first paint of the loaded corpus, at most: only a
bound on a paint that never comes. Writing the cache holds the interpreter, so it
would hold that paint up; waiting costs nothing (quitting writes it at once). The 5 s
it was lost the race on a machine shared by several test suites."""
INTERRUPTED = 130
"""The exit status after Ctrl+C, as the command line's (128 + SIGINT)."""


LETTER_ACTIONS = frozenset(
    {
        "quit_key",
        "help",
        "focus_search",
        "copy_quote",
        "copies",
        "export",
        "problems",
        "next_quote",
        "previous_quote",
    }
)
"""App actions bound to printable keys: a text box types those keys instead."""
BOX_ACTIONS = frozenset({"help_in_box", "quit_in_box"})
"""Footer entries shown only while typing (F1, Ctrl+Q work everywhere anyway)."""
QUOTE_ACTIONS = frozenset({"copy_quote", "export", "copies"})
"""App actions about the quotes found or read: in the footer only where those are."""


class MainScreen(FittedKeys, Screen[None]):
    """The four panes. As in fzf, the quote search has the focus from the first frame,
    so keys typed while the app starts are the start of a search, kept in its box."""

    AUTO_FOCUS = "#quote-finder-input"

    def offered(self, shown: dict[str, ActiveBinding]) -> dict[str, ActiveBinding]:
        """What the footer shows, room allowing: ``y``, ``e`` and ``c`` (the quote keys)
        only where the quotes they act on are in focus, the finder and the reading view.
        They work in the speaker and article lists too (help lists them), but there
        the lists' own keys come first."""
        focused = self.focused
        if focused is None or any(
            isinstance(node, QuoteFinder | ReadingView) for node in focused.ancestors_with_self
        ):
            return shown
        return {
            key: active
            for key, active in shown.items()
            if active.binding.action not in QUOTE_ACTIONS
        }


PROGRESS_FROM = 5_000
"""Exports of at least this many quotes show a progress bar."""


@dataclass(frozen=True, slots=True)
class ExportSelection:
    """What ``e`` exports: every match of this search and speaker filter."""

    query: str
    speakers: frozenset[str] | None
    total: int


class LoadCancelled(Exception):
    """Raised from the progress callback to stop a load the app no longer wants."""


def title_counts(corpus: Corpus) -> str:
    """The header's counts. Quotes are counted once: those of near-copies (syndicated
    copies of another article) are left out, and it says how many, so the finder's
    "of N quotes" (every quote it can show) is the header's number plus those."""
    quotes = counted(corpus.counted_quotes, "quote")
    repeated = len(corpus.quotes) - corpus.counted_quotes
    if repeated:
        quotes += f" ({repeated:,} in near-copies not counted)"
    return (
        f"{counted(len(corpus.articles), 'article')} · {quotes} · "
        f"{counted(len(corpus.speakers), 'speaker')}"
    )


def while_running(handler: Handler) -> Handler:
    """Skip a pane's message that reaches the app once it is closing.

    A search ending as the user quits highlights its first result: the message bubbles
    up to the app after its screens and panes are gone, and a handler looking at the
    focus or a pane raised (ScreenStackError, NoMatches) instead of quitting quietly.
    """

    @functools.wraps(handler)
    def guarded(app: QuotescopeApp, event: Message) -> None:
        if app.is_running:
            handler(app, event)

    return guarded  # type: ignore[return-value]


def pane(widget: W, title: str) -> W:
    """Frame ``widget`` as one of the four panes (a border with its title)."""
    widget.add_class("pane")
    widget.border_title = title
    return widget


class QuotescopeApp(App[None]):
    """Who said what in a folder of news articles."""

    CSS_PATH = "quotescope.tcss"
    TITLE = "quotescope"
    COMMANDS: ClassVar = App.COMMANDS | {ArticleCommands, SpeakerCommands, QuoteCommands}
    # Below MIN_WIDTH x MIN_HEIGHT (-tiny, -tiny-height) the panes give way to one
    # "enlarge the terminal" line: at 20x5 they would be unusable slivers.
    HORIZONTAL_BREAKPOINTS: ClassVar = [
        (0, "-tiny"),
        (MIN_WIDTH, "-narrow"),
        (110, "-normal"),
        (160, "-wide"),
    ]
    VERTICAL_BREAKPOINTS: ClassVar = [(0, "-tiny-height"), (MIN_HEIGHT, "-short"), (34, "-tall")]

    BINDINGS: ClassVar[list[BindingType]] = [
        # Letter keys work in the lists and the reading view; in a text box they are
        # typed (check_action hides them from the footer there).
        Binding("q", "quit_key", "Quit"),
        Binding("question_mark", "help", "Help"),
        Binding("f1", "help", "Help", show=False),
        # Priority: handled when the key arrives, so the keys typed right after it
        # already go to the search box (see focus_now).
        Binding("slash", "focus_search", "Search", priority=True),
        Binding("y", "copy_quote", "Copy", tooltip="Copy quote, with its citation"),
        Binding("e", "export", "Export"),
        Binding("p", "problems", "Problems", show=False),
        Binding(
            "c",
            "copies",
            "Also in",
            tooltip="Other articles with this quote; copies of this article",
        ),
        Binding("n", "next_quote", "Next quote", show=False),
        Binding("N", "previous_quote", "Previous quote", show=False),
        # What the footer offers while typing in a box (the same keys work everywhere).
        Binding("f1", "help_in_box", "Help"),
        Binding("ctrl+q", "quit_in_box", "Quit", priority=True),
        # Ctrl+Q from the panes, where the footer shows q instead (the one above is off).
        Binding("ctrl+q", "quit_key", show=False, priority=True),
        # As in fzf, lazygit and k9s, Ctrl+C always quits, over every dialog too (a
        # modal screen's own Ctrl+C copies and stops there). Copying what is selected
        # in a box or with the mouse is Ctrl+Insert (or Super+C where it reaches us).
        Binding("ctrl+c", "quit_now", show=False, priority=True),
        Binding("ctrl+insert", "copy_selection", show=False, priority=True),
    ]

    def __init__(
        self,
        paths: Sequence[str | Path] | None = None,
        read_as: str | None = None,
        cache: bool = True,
    ) -> None:
        super().__init__()
        self.paths: list[str | Path] = list(paths or [])
        self.read_as = read_as
        self.use_cache = cache
        self.corpus: Corpus | None = None
        self.index: QuoteIndex | None = None
        self._preview_timer: Timer | None = None
        self._stop_signals = StopSignals(self._stop_on_signal)
        self._load_thread: LoadThread | None = None

    # -- layout ---------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        yield Label(
            f"Enlarge the terminal: quotescope needs at least {MIN_WIDTH}×{MIN_HEIGHT}. "
            "(Ctrl+Q quits)",
            id="too-small",
        )
        with Vertical(id="loading"):
            yield Label("Loading articles…", id="loading-label")
            yield ProgressBar(id="loading-bar", show_eta=False)
        with Horizontal(id="panes"):
            with Vertical(id="sidebar"):
                yield pane(SpeakerFilter(id="speakers"), "Speakers")
                yield pane(ArticleList(id="articles"), "Articles")
            with Vertical(id="main"):
                yield pane(QuoteFinder(id="finder"), "Quotes")
                yield pane(ReadingView(id="reader"), "Reading")
        yield KeyFooter()

    @property
    def speakers(self) -> SpeakerFilter:
        return self.query_one("#speakers", SpeakerFilter)

    @property
    def articles(self) -> ArticleList:
        return self.query_one("#articles", ArticleList)

    @property
    def finder(self) -> QuoteFinder:
        return self.query_one("#finder", QuoteFinder)

    @property
    def reader(self) -> ReadingView:
        return self.query_one("#reader", ReadingView)

    def get_default_screen(self) -> Screen:
        return MainScreen(id="_default")

    def run(self, **kwargs: Any) -> None:
        """``App.run`` with SIGTERM, SIGHUP and SIGINT stopping the app from its very
        start to its very end (see ``tui.stop_signals``); a load still running is then
        left behind, unless it is writing the cache (``leave_load``)."""
        with self._stop_signals.noted_meanwhile():
            try:
                return super().run(**kwargs)
            finally:
                self.leave_load()

    def on_load(self) -> None:
        """Before the terminal is taken over: SIGTERM, SIGHUP and SIGINT (``kill``, a
        closed terminal window) end the app through its normal exit, which puts the
        terminal back (raw mode off, main screen, mouse reporting off, cursor shown)."""
        self._stop_signals.attach(asyncio.get_running_loop())

    def _stop_on_signal(self, signum: int) -> None:
        self.exit(return_code=128 + signum)

    def on_unmount(self) -> None:
        self._stop_signals.detach()

    def on_mount(self) -> None:
        # After the first paint: the load worker would otherwise compete with it.
        self.call_after_refresh(self.load, self.paths)

    def on_resize(self) -> None:
        # The header redraws its title when the title changes, not when the width does:
        # the brackets format_title dropped come back in a wider terminal.
        self.mutate_reactive(QuotescopeApp.sub_title)

    def format_title(self, title: str, sub_title: str) -> Content:
        """Title — counts, the counts not dimmed (too faint on some light themes).

        Where the whole line does not fit beside the header's icon and clock, the
        counts' notes in brackets go first, so every count stays whole."""
        if not sub_title:
            return Content(title)
        if len(title) + 3 + len(sub_title) > self.size.width - HEADER_SIDES:
            sub_title = re.sub(r" \([^()]*\)", "", sub_title)
        return Content.assemble(Content(title), " — ", Content(sub_title))

    # -- loading --------------------------------------------------------------------

    def load(self, paths: Sequence[str | Path]) -> None:
        """Load a corpus in a thread; the panes fill in when it is ready."""
        self.query_one("#loading").display = True
        self.query_one("#loading-label", Label).update("Loading articles…")
        self.query_one("#loading-bar", ProgressBar).update(total=None, progress=0)
        self._load(list(paths))

    @work(exclusive=True, group="load", exit_on_error=False)
    async def _load(self, paths: list[str | Path]) -> tuple[Corpus, QuoteIndex]:
        """The load runs in a thread of its own (``LoadThread``): closing the app leaves
        it behind, where a Textual thread worker was waited for to its end. This worker
        waits for the thread to build the corpus, shows it, and ends with the thread
        (once the cache is written)."""
        loop = asyncio.get_running_loop()
        built: asyncio.Future[tuple[Corpus, QuoteIndex]] = loop.create_future()
        ended: asyncio.Future[None] = loop.create_future()

        def settle(future: asyncio.Future, result: object) -> None:
            if future.done():  # (given up meanwhile)
                return
            if isinstance(result, BaseException):
                future.set_exception(result)
            else:
                future.set_result(result)

        def from_thread(future: asyncio.Future, result: object) -> None:
            with contextlib.suppress(RuntimeError):  # the loop is closed: nobody waits
                loop.call_soon_threadsafe(settle, future, result)

        if self._load_thread is not None:
            self._load_thread.stop()
        thread = self._load_thread = LoadThread(
            functools.partial(
                self._load_in_thread,
                paths,
                functools.partial(from_thread, built),
                functools.partial(from_thread, ended),
            )
        )
        thread.start()
        try:
            corpus, index = await built
            self._loaded(corpus, index)
            self.call_after_refresh(thread.painted.set)
            await ended
        except asyncio.CancelledError:
            thread.stop()
            raise
        return corpus, index

    def _post(self, callback: Callable[..., None], *args: Any) -> None:
        """From a thread: run ``callback(*args)`` as one of the app's messages, without
        waiting for it; dropped once the app is closing.

        ``call_from_thread`` waits for the app's loop to run the call: a thread making
        it just as the loop stopped could wait for ever, and the process for it."""
        with contextlib.suppress(RuntimeError):  # the loop is closed
            self.call_later(callback, *args)

    def _load_in_thread(
        self,
        paths: list[str | Path],
        deliver: Callable[[tuple[Corpus, QuoteIndex] | BaseException], None],
        end: Callable[[BaseException | None], None],
        thread: LoadThread,
    ) -> None:
        """The load thread: the corpus, its index, then (once the panes are painted)
        the cache. Stops between files when the app closes; left behind elsewhere."""
        later: list[Callable[[], None]] = []
        try:
            corpus = load_corpus(
                paths or None,
                progress=self._progress_until(thread),
                read_as=self.read_as,
                cache=self.use_cache,
                later=later,
            )
            self._post(self._progress_indexing, len(corpus.quotes))
            index = QuoteIndex.from_corpus(corpus)
        except BaseException as error:  # (the app shows it: "Loading failed")
            deliver(error)
            return
        if not thread.saving():  # closed meanwhile: left behind, nothing written
            return
        deliver((corpus, index))
        if later:  # the snapshot is written once the panes are painted
            thread.wait_painted(PAINT_WAIT)
        try:
            for n, save in enumerate(later):
                if n and thread.closing.is_set():  # closing: only the snapshot a warm start reads
                    break
                save()
        except Exception as error:  # (a bug: the cache itself never raises)
            end(error)
            return
        end(None)

    def _progress_until(self, thread: LoadThread) -> Callable[[int, int], None]:
        """The load's progress callback: shows whole percents, and stops the load
        between two files (raising LoadCancelled) once the app is closing."""
        shown = [-1]

        def progress(done: int, total: int) -> None:
            if thread.closing.is_set():
                raise LoadCancelled
            percent = 100 * done // total if total else 100
            if percent != shown[0] or done == total:
                shown[0] = percent
                self._post(self._progress, done, total)

        return progress

    def leave_load(self) -> None:
        """Once the app has closed: a load still running is left behind, unless it is
        writing the cache, which this waits for (see ``LoadThread.leave``)."""
        if self._load_thread is not None:
            self._load_thread.leave()

    def _progress(self, done: int, total: int) -> None:
        self.query_one("#loading-bar", ProgressBar).update(total=max(total, 1), progress=done)
        self.query_one("#loading-label", Label).update(
            f"Loading articles… {done:,}/{total:,} files"
        )

    def _progress_indexing(self, quotes: int) -> None:
        self.query_one("#loading-label", Label).update(f"Indexing {quotes:,} quotes…")

    def _loaded(self, corpus: Corpus, index: QuoteIndex) -> None:
        self.corpus = corpus
        self.index = index
        self.sub_title = title_counts(corpus)
        self.query_one("#loading").display = False
        self.speakers.set_corpus(corpus)
        self.finder.set_corpus(corpus, index)
        self.articles.set_corpus(corpus)
        self.reader.clear()
        if self.articles.articles:
            self.reader.show_article(corpus, self.articles.articles[0].id)
        self._update_reader_title()
        skipped = skipped_summary(corpus.problems)
        lost = unread_summary(corpus.problems)
        if not corpus.articles and corpus.problems:
            # Nothing to explore (a binary file, only empty ones): say why at once, as
            # the command line export does on stderr.
            self.push_screen(ProblemsScreen(corpus.problems))
        elif lost:  # not the files' fault: said apart, as an error
            self.notify(
                f"{lost}. Press p to see which.", title="Problems", severity="error", timeout=12
            )
        elif skipped:
            self.notify(
                f"{skipped}. Press p to see why.",
                title="Problems",
                severity="warning",
                timeout=8,
            )
        # The corpus lives as long as the app: move it and everything else now alive
        # out of the collector's generations. Otherwise each full collection rescans
        # every article, quote and index entry (400-650 ms with 100k quotes).
        # Only the young generations are collected first: loading leaves no cyclic
        # garbage in the old one (a full gc.collect() here found 0 objects on the BBC
        # corpus) and would stall the UI for as long as one of those collections.
        gc.collect(1)
        gc.freeze()

    @on(Worker.StateChanged)
    def _worker_changed(self, event: Worker.StateChanged) -> None:
        if (
            event.worker.group == "load"
            and event.state == WorkerState.ERROR
            and not isinstance(event.worker.error, LoadCancelled)
        ):
            self.query_one("#loading-label", Label).update("Loading failed.")
            self.notify(
                str(event.worker.error), title="Loading failed", severity="error", markup=False
            )
        elif event.worker.group == "export" and event.state == WorkerState.ERROR:
            # A bug, not a refusal (those arrive as ExportError): say so, keep the app.
            self.query_one("#loading").display = False
            error = event.worker.error
            self.notify(
                f"{type(error).__name__}: {error}",
                title="Export failed",
                severity="error",
                markup=False,
            )

    # -- wiring between panes -----------------------------------------------------------

    def open_article(self, article_id: str) -> None:
        """Show an article from the top and point the article list at it."""
        if self.corpus is None:
            return
        self.reader.show_article(self.corpus, article_id)
        self.articles.select_article(article_id)
        self._update_reader_title()

    def open_quote(self, quote_id: int) -> None:
        """Show a quote's article scrolled to the quote, highlighted as current."""
        if self.corpus is None:
            return
        quote = self.corpus.quotes[quote_id]
        self.reader.show_article(self.corpus, quote.article, quote_id)
        self.articles.select_article(quote.article)
        self._update_reader_title()

    def read_article(self, article_id: str) -> None:
        """Open an article and put the focus in the reading view (palette choice)."""
        self.open_article(article_id)
        self.focus_now(self.reader)

    def read_quote(self, quote_id: int) -> None:
        """Open a quote's article at the quote, the focus in the reading view."""
        self.open_quote(quote_id)
        self.focus_now(self.reader)

    def filter_speakers(self, names: frozenset[str]) -> None:
        """Select exactly ``names`` in the speaker filter (which filters the rest)."""
        self.speakers.set_selected(names)

    def _update_reader_title(self) -> None:
        reader = self.reader
        article = reader.article
        if article is None:
            reader.border_title = "Reading"
            reader.border_subtitle = ""
            return
        reader.border_title = Text(" ".join(article.title.split()))
        quote = reader.current_quote
        total = len(reader.quotes)
        if quote is None:
            where = f"{counted(total, 'quote')} · n/N"
        else:
            where = f"quote {reader.current_index + 1}/{total}"
        reader.border_subtitle = Text(" · ".join([*self._copies_notes(article, quote), where]))
        self.refresh_bindings()  # "c" shows only when there is something to list

    def _copies_notes(self, article: Article, quote: Quote | None) -> list[str]:
        """What the reader's subtitle says about copies: "also at: …", "also in 3 articles"."""
        notes = []
        if article.also_at:
            more = f" (+{len(article.also_at) - 1})" if len(article.also_at) > 1 else ""
            notes.append(f"also at: {article.also_at[0]}{more}")
        if article.copy_of:
            notes.append("near-copy")
        if quote is not None and self.corpus is not None:
            others = self.corpus.also_in(quote)
            if others:
                first = self.corpus.earliest(quote) == quote
                noun = "article" if others == 1 else "articles"
                notes.append(f"{'first · ' if first else ''}also in {others} {noun}")
        if notes:
            notes[-1] += " (c)"
        return notes

    @on(SpeakerFilter.Changed)
    @while_running
    def _speakers_changed(self, event: SpeakerFilter.Changed) -> None:
        names = event.selected or None
        self.finder.set_speakers(names)
        self.articles.set_speakers(names)

    @on(QuoteFinder.QuoteChosen)
    @while_running
    def _quote_chosen(self, event: QuoteFinder.QuoteChosen) -> None:
        self.open_quote(event.quote_id)
        if isinstance(self.focused, Input):
            # Enter in the search box: go to the results, where j/k/n/y/q work.
            self.focus_now(self.query_one("#quote-finder-results", VirtualList))

    @on(QuoteFinder.QuoteHighlighted)
    @while_running
    def _quote_highlighted(self, event: QuoteFinder.QuoteHighlighted) -> None:
        # Preview while browsing the results list, not while typing a query.
        if self.focused is self.query_one("#quote-finder-results"):
            self.open_quote(event.quote_id)

    @on(VirtualList.Highlighted, "#articles")
    @while_running
    def _article_highlighted(self, event: VirtualList.Highlighted) -> None:
        # Preview once the cursor rests: holding j on a big corpus would otherwise lay
        # out every article passed over and the keys would pile up.
        if self._preview_timer is not None:
            self._preview_timer.stop()
        self._preview_timer = self.set_timer(PREVIEW_DELAY, self._preview_article)

    def _preview_article(self) -> None:
        self._preview_timer = None
        try:
            article = self.articles.highlighted
        except NoMatches:
            return  # the timer outlived the panes: the app is shutting down
        if self.corpus is None or article is None:
            return
        if self.focused is self.articles and self.reader.article is not article:
            self.reader.show_article(self.corpus, article.id)
            self._update_reader_title()

    @on(ArticleList.Opened)
    @while_running
    def _article_opened(self, event: ArticleList.Opened) -> None:
        self.open_article(event.article_id)
        self.focus_now(self.reader)

    @on(ReadingView.QuoteChanged)
    @while_running
    def _reader_quote_changed(self, event: ReadingView.QuoteChanged) -> None:
        self._update_reader_title()

    # -- actions --------------------------------------------------------------------

    def focus_now(self, widget: Widget) -> None:
        """Move the focus before the next key is handled.

        ``Widget.focus`` waits for the message queue, so keys typed in the same burst
        (``/`` then a fast-typed or pasted query) would still reach the old widget, and
        an ``e`` in the query would open the export dialog.
        """
        self.screen.set_focus(widget)

    @property
    def typing(self) -> bool:
        """True while a text box of the main screen has the focus (letters are typed)."""
        return self.screen is self.screen_stack[0] and isinstance(self.focused, Input)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Letter keys are off (and not in the footer) while typing in a box; the
        footer offers F1 and Ctrl+Q there instead."""
        if action == "copies":  # only when there is something to list
            return not self.typing and self._copies_target() is not None
        if action == "focus_search":  # a priority key: also seen over dialogs
            return not self.typing and self.screen is self.screen_stack[0]
        if action in LETTER_ACTIONS:
            return not self.typing
        if action == "quit_in_box":  # Ctrl+Q quits from a dialog's boxes and buttons too
            return self.typing or self.screen is not self.screen_stack[0]
        if action in BOX_ACTIONS:
            return self.typing
        if action == "quit":  # Textual's Ctrl+Q: hidden, so quit_in_box shows instead
            return not self.typing
        return True

    def action_focus_search(self) -> None:
        if self.screen is not self.screen_stack[0]:
            raise SkipAction()  # a "/" typed in a dialog stays a "/"
        self.focus_now(self.query_one("#quote-finder-input", Input))

    async def action_quit_key(self) -> None:
        await self.action_quit()

    async def action_quit_in_box(self) -> None:
        await self.action_quit()

    def action_quit_now(self) -> None:
        """Ctrl+C quits as interrupted: exit status 130, as fzf's (``q`` and Ctrl+Q: 0)."""
        self.exit(return_code=INTERRUPTED)

    def action_copy_selection(self) -> None:
        """Copy the text selected in the focused box, else the text selected with the
        mouse (the screen's selection)."""
        focused = self.focused
        text = focused.selected_text if isinstance(focused, Input) else ""
        if not text:
            text = self.screen.get_selected_text() or ""
        if not text:
            raise SkipAction()
        self.copy_to_clipboard(text)

    def action_help_in_box(self) -> None:
        self.action_help()

    def action_next_quote(self) -> None:
        self.reader.action_next_quote()

    def action_previous_quote(self) -> None:
        self.reader.action_previous_quote()

    def selected_quote(self) -> Quote | None:
        """The quote ``y`` copies: the finder's result when it has focus, else the
        reader's current quote."""
        if self.corpus is None:
            return None
        finder_id = self.finder.selected_quote_id
        focused = self.focused
        if finder_id is not None and focused and self.finder in focused.ancestors_with_self:
            return self.corpus.quotes[finder_id]
        current = self.reader.current_quote
        if current is not None:
            return current
        return None if finder_id is None else self.corpus.quotes[finder_id]

    def action_copy_quote(self) -> None:
        quote = self.selected_quote()
        if quote is None or self.corpus is None:
            self.notify("No quote selected: search one, or press n in an article.")
            return
        text = citation(quote, self.corpus.article(quote.article))
        self.copy_to_clipboard(text)  # OSC 52: the terminal may or may not pass it on
        self._copy_to_system(text)

    @work(thread=True, group="clipboard", exit_on_error=False)
    def _copy_to_system(self, text: str) -> None:
        """pyperclip and tmux run tools that may take a moment: off the UI thread."""
        copied = copy_text(text)
        self._post(self._copied, text, copied)

    def _copied(self, text: str, copied: Copied) -> None:
        """Say where the citation went, honestly, and show it (the user's proof)."""
        if copied.places:
            where = " and ".join(copied.places)
            self.notify(
                f"Copied to {where} (also sent to the terminal):\n{text}",
                title="Copied",
                timeout=6,
                markup=False,
            )
            return
        self.notify(
            f"{(copied.problem or 'no system clipboard').capitalize()}: sent to the terminal "
            f"(OSC 52), which may not reach your clipboard. Select it by hand:\n{text}",
            title="Maybe not copied",
            severity="warning",
            timeout=10,
            markup=False,
        )

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss(None)
            return
        self.push_screen(HelpScreen(self.help_sections()))

    def _copies_target(self) -> tuple[Article, Quote | None] | None:
        """The article and quote ``c`` lists copies of, if either has any."""
        if self.corpus is None:
            return None
        quote = self.selected_quote()
        if quote is not None:
            article = self.corpus.article(quote.article)
        else:
            article = self.reader.article
            if article is None:
                return None
        in_group = quote is not None and quote.group is not None
        if in_group or article.also_at or article.copy_of:
            return article, quote
        return None

    def action_copies(self) -> None:
        target = self._copies_target()
        if target is None or self.corpus is None:
            return

        def chosen(choice: Choice | None) -> None:
            if choice is None:
                return
            if choice.quote_id is not None:
                self.open_quote(choice.quote_id)
            elif choice.article_id is not None:
                self.open_article(choice.article_id)
            self.focus_now(self.reader)

        self.push_screen(CopiesScreen(self.corpus, *target), chosen)

    def action_problems(self) -> None:
        if self.corpus is None:
            self.notify("Still loading.")
            return
        self.push_screen(ProblemsScreen(self.corpus.problems))

    def action_export(self) -> None:
        """Export every match of the finder's search and speaker filter (not only the
        rows shown), to a file the user names."""
        if self.corpus is None or self.index is None:
            return
        selection = ExportSelection(
            self.finder.search_text, self.finder.speakers, self.finder.total
        )
        if not selection.total:
            self.notify("The finder shows no quotes to export.", severity="warning")
            return

        def chosen(choice: ExportChoice | None) -> None:
            if choice is None:
                return
            try:
                target = inspect_destination(choice.path, self._protected())
            except ExportError as error:
                self.notify(str(error), title="Not exported", severity="error", markup=False)
                return
            if target.kind != "file" and not choice.path.is_symlink():
                self._export(choice, selection)  # a new file, or a FIFO/device written into
                return

            def confirmed(yes: bool | None) -> None:
                if yes:
                    self._export(choice, selection, overwrite=True)

            question = f"{choice.path} exists. Overwrite it?"
            if target.readonly:
                question = f"{choice.path} is read-only. Replace it anyway (it stays read-only)?"
            self.push_screen(ConfirmScreen(question, yes="Overwrite"), confirmed)

        self.push_screen(ExportScreen(selection.total), chosen)

    def _protected(self) -> list[str | Path]:
        return self.paths or [seeds_path()]

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def _export(
        self, choice: ExportChoice, selection: ExportSelection, overwrite: bool = False
    ) -> None:
        """Find every match again (the finder keeps only the best RESULT_LIMIT), render
        and write them, off the UI thread; large sets show a progress bar.

        ``overwrite`` is the user's yes to replacing a file (a read-only one too: the
        dialog asked about that in so many words).
        """
        assert self.corpus is not None and self.index is not None
        corpus, total = self.corpus, selection.total
        show = total >= PROGRESS_FROM
        if show:
            self._post(self._export_progress, 0, total)
        result = self.index.search(selection.query, limit=total, speakers=selection.speakers)
        quotes = [corpus.quotes[i] for i in result.ids]
        shown = [-1]

        def progress(done: int, count: int) -> None:
            percent = 100 * done // max(count, 1)
            if show and percent != shown[0]:
                shown[0] = percent
                self._post(self._export_progress, done, count)

        try:
            data = render_string(corpus, choice.fmt, quotes, progress)
            write_atomic(
                choice.path,
                data,
                protected=self._protected(),
                overwrite=overwrite,
                replace_readonly=overwrite,
            )
        except ExportError as error:
            self._post(self._export_done, choice, None, str(error))
            return
        self._post(self._export_done, choice, len(quotes), None)

    def _export_progress(self, done: int, total: int) -> None:
        self.query_one("#loading").display = True
        self.query_one("#loading-bar", ProgressBar).update(total=max(total, 1), progress=done)
        self.query_one("#loading-label", Label).update(
            f"Exporting {done:,}/{counted(total, 'quote')}…"
        )

    def _export_done(self, choice: ExportChoice, written: int | None, error: str | None) -> None:
        if self.corpus is not None:  # not a load in progress: the bar was the export's
            self.query_one("#loading").display = False
        if error is not None:
            self.notify(error, title="Not exported", severity="error", markup=False)
            return
        # Paths are the user's text, not markup.
        self.notify(
            f"Wrote {counted(written or 0, 'quote')} to {choice.path} as {LABELS[choice.fmt]}",
            title="Exported",
            markup=False,
        )

    # -- help and palette -------------------------------------------------------------

    def help_sections(self) -> list[Section]:
        letters = binding_rows(
            self, [QuotescopeApp], lambda binding: binding.action in LETTER_ACTIONS
        )
        return [
            (
                "Everywhere",
                [],
                [
                    ("tab shift+tab", "Next / previous pane (and the box or list inside it)"),
                    ("ctrl+p", "Command palette: articles, speakers, quotes, themes"),
                    ("f1", "This help"),
                    ("ctrl+q ctrl+c", "Quit, from any pane or dialog"),
                    ("ctrl+insert", "Copy the text selected in a box or with the mouse"),
                    ("mouse", "Click to focus, select and scroll"),
                ],
            ),
            (
                "In a text box (the quote search, the speaker filter)",
                [],
                [
                    ("letters", "Are typed into the box (q, y, e, / … too)"),
                    ("esc", "To the list below, keeping what you typed"),
                    ("enter", "Search: open the best match; speakers: tick"),
                ],
            ),
            ("In a list or the reading view", [], letters),
            ("Lists", [VirtualList], []),
            ("Quote finder", [QuoteFinder, ResultsList], []),
            ("Speakers", [SpeakerFilter], [("enter", "Tick / untick the highlighted speaker")]),
            ("Articles", [ArticleList], []),
            ("Reading view", [ReadingView], []),
            ("Searching quotes", [], SEARCH_HELP),
            (
                "Marks in the reading view and the finder",
                [],
                [
                    ("— Name", "Who said it, as the article ties them to the quote"),
                    ("— Name?", "A guess (low confidence): check the article before citing"),
                    ("underlined", "Quoted words nobody is named for"),
                    ("italic", "A title (show, book, film, song), nobody's words"),
                ],
            ),
        ]

    def action_command_palette(self) -> None:
        """Textual's palette, made safe to close while a search is still running."""
        if self.use_command_palette and not QuotescopePalette.is_open(self):
            self.push_screen(QuotescopePalette(id="--command-palette"))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Help", "Every key of quotescope", self.action_help)
        yield SystemCommand(
            "Problems", "Files that were skipped while loading", self.action_problems
        )
        yield SystemCommand(
            "Export results", "Write the finder's quotes to a file", self.action_export
        )
        yield SystemCommand(
            "Sort articles",
            "Toggle sorting by title / quote count",
            self.articles.action_toggle_sort,
        )
        yield SystemCommand(
            "Clear speaker filter", "Show every speaker's quotes", self.speakers.clear
        )
