"""The quote finder: a search box over every quote, ranked results below it.

Searching runs in a thread so typing never waits for the index. At most one search
runs and one waits: a newer keystroke replaces the waiting one and asks the running
one to give up, so after any burst of keys the list shows the box's text at once
(one thread per key would queue thousands of searches nobody will see).
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.style import Style
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, Static

from tui.core.doubt import DOUBT_MARK, doubtful
from tui.core.query import Query, parse_query
from tui.core.search import SearchCancelled
from tui.core.search_runner import LatestOnly, SearchJob
from tui.core.wording import counted
from tui.widgets.virtual_list import VirtualList

if TYPE_CHECKING:
    from tui.core.corpus import Corpus
    from tui.core.search import QuoteIndex, SearchResult

PLACEHOLDER = "Search quotes — words fuzzy, 'exact, !exclude, speaker:name"
RESULT_LIMIT = 200
"""Ranked searches keep the best this many; a query without words lists every match."""


def quote_line(text: str, spans: Sequence[tuple[int, int]], width: int, match: Style) -> Text:
    """The quote on one line with ``spans`` styled, scrolled so the first match shows.

    Newlines become spaces (same length, so the character spans stay valid).
    """
    line = Text(text.replace("\n", " "), no_wrap=True)
    for start, end in spans:
        line.stylize(match, start, end)
    room = width - 2
    if spans and spans[0][1] > room - 4:
        cut = max(0, min(spans[0][0] - room // 4, len(text) - room + 2))
        space = text.find(" ", cut, spans[0][0])
        if space != -1:
            cut = space + 1  # start on a word
        line = Text("…") + line[cut:]
    return Text("“") + line + Text("”")


class ResultsList(VirtualList):
    """The ranked quotes; the footer says what Enter does here."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Open", tooltip="Open quote in the reading view")
    ]


class QuoteFinder(Vertical):
    """Search box, a count line and the ranked quotes (two lines each)."""

    DEFAULT_CSS = """
    QuoteFinder {
        height: 1fr;
        & > Input {
            margin: 0 0 0 0;
        }
        & > #quote-finder-count {
            height: 1;
            padding: 0 1;
            color: $text-muted;
        }
        & > VirtualList {
            height: 1fr;
        }
        & > .quote-finder--match {
            color: $text-accent;
            text-style: bold underline;
        }
        & > .quote-finder--speaker {
            color: $text-primary;
            text-style: bold;
        }
        & > .quote-finder--meta {
            color: $text-muted;
        }
    }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "quote-finder--match",
        "quote-finder--speaker",
        "quote-finder--meta",
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape", "leave_box", "Results", tooltip="In the box: go to the results, query kept"
        ),
        Binding("escape", "clear", "Clear", tooltip="In the results: clear the query"),
        Binding("down", "move(1)", "Next result", show=False, tooltip="In the box: next result"),
        Binding("up", "move(-1)", "Previous result", show=False, tooltip="… previous result"),
        Binding("pagedown", "page(1)", "Next page", show=False, tooltip="… next page"),
        Binding("pageup", "page(-1)", "Previous page", show=False, tooltip="… previous page"),
    ]

    class QuoteMessage(Message):
        """Base of the messages about one quote; ``quote_id`` indexes corpus.quotes."""

        def __init__(self, finder: QuoteFinder, quote_id: int) -> None:
            super().__init__()
            self.finder = finder
            self.quote_id = quote_id

        @property
        def control(self) -> QuoteFinder:
            return self.finder

    class QuoteChosen(QuoteMessage):
        """The user picked a quote (Enter in the box or the list, or a click)."""

    class QuoteHighlighted(QuoteMessage):
        """The result cursor moved onto a quote (for a preview)."""

    def __init__(
        self,
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._corpus: Corpus | None = None
        self._index: QuoteIndex | None = None
        self._speakers: frozenset[str] | None = None
        self._result: SearchResult | None = None
        self._ids: list[int] = []
        self._generation = 0
        self._jobs: LatestOnly[SearchJob] = LatestOnly()
        self._scare = 0
        self._titles = 0
        self._copies: Sequence[int] = ()  # 1 for each quote of a near-copy
        self._unattributed = 0  # quotes nobody is named for (a speaker filter hides them)
        self._searching = False

    def compose(self) -> ComposeResult:
        box = Input(placeholder=PLACEHOLDER, id="quote-finder-input")
        box.border_title = "Search quotes"
        yield box
        yield Static("", id="quote-finder-count")
        yield ResultsList(row_height=2, id="quote-finder-results")

    # -- public API -------------------------------------------------------------

    def set_corpus(self, corpus: Corpus, index: QuoteIndex | None = None) -> None:
        """Search ``corpus`` from now on (``index`` is built here when not given)."""
        if index is None:
            from tui.core.search import QuoteIndex

            index = QuoteIndex.from_corpus(corpus)
        self._corpus = corpus
        self._index = index
        self._scare = corpus.quotes.count_kind("scare")
        self._titles = corpus.quotes.count_kind("title")
        self._copies = corpus.quotes.column("copies")
        self._unattributed = corpus.quotes.column("speakers").count(-1)
        self._start_search()

    def set_speakers(self, names: frozenset[str] | None) -> None:
        """Only show quotes by these canonical speaker names (None or empty: everyone)."""
        self._speakers = frozenset(names) if names else None
        self._start_search()

    @property
    def speakers(self) -> frozenset[str] | None:
        return self._speakers

    @property
    def search_text(self) -> str:
        """What is typed in the search box (not ``query``: that is Textual's DOM query)."""
        return self._input.value

    @search_text.setter
    def search_text(self, text: str) -> None:
        self._input.value = text  # Input.Changed starts the search

    @property
    def results(self) -> list[int]:
        """The quote ids on screen, best first (a copy)."""
        return list(self._ids)

    @property
    def total(self) -> int:
        """How many quotes matched (may exceed ``len(results)`` for ranked searches)."""
        return self._result.total if self._result is not None else 0

    @property
    def selected_quote_id(self) -> int | None:
        row = self._list.cursor_row
        return self._ids[row] if row is not None and row < len(self._ids) else None

    def focus_input(self) -> None:
        self._input.focus()

    # -- searching --------------------------------------------------------------

    @property
    def _input(self) -> Input:
        return self.query_one("#quote-finder-input", Input)

    @property
    def _list(self) -> VirtualList:
        return self.query_one("#quote-finder-results", VirtualList)

    @property
    def search_pending(self) -> bool:
        """Whether a search is running or waiting (its results are not shown yet)."""
        return self._jobs.pending

    def _start_search(self) -> None:
        if self._index is None or not self.is_mounted:
            return
        self._generation += 1
        job = SearchJob(self._generation, self._index, self.search_text, self._speakers)
        start = self._jobs.submit(job)  # None: it waits, replacing an older one
        if start is not None:
            self._search(start)

    @work(thread=True, group="search")
    def _search(self, job: SearchJob) -> None:
        # Give up early when a newer search waits: nobody will see this one.
        stop = self._jobs.superseded
        try:
            result: SearchResult | str | None = job.index.search(
                job.text, limit=RESULT_LIMIT, speakers=job.speakers, stop=stop
            )
        except SearchCancelled:
            result = None
        except Exception as error:  # a bug in the index must not take the app down
            result = f"search failed: {type(error).__name__}: {error}"
        with contextlib.suppress(RuntimeError):  # the app closed meanwhile
            self.app.call_from_thread(self._finished, job.generation, result)

    def _finished(self, generation: int, result: SearchResult | str | None) -> None:
        """A search ended (UI thread): start the waiting one, or show this answer."""
        job = self._jobs.finished()
        if job is not None and self.is_mounted:
            self._search(job)
        elif result is not None:
            self._show(generation, result)

    def _show(self, generation: int, result: SearchResult | str) -> None:
        if generation != self._generation or not self.is_mounted:
            return  # a newer keystroke or filter is already being searched
        if isinstance(result, str):
            self.log.error(result)
            self.query_one("#quote-finder-count", Static).update(Text(result))
            return
        self._result = result
        self._ids = list(result.ids)
        self._list.set_rows(len(self._ids), self._render_row, cursor=0)
        self._update_count()

    def _update_count(self) -> None:
        count = self.query_one("#quote-finder-count", Static)
        if self._corpus is None or self._result is None:
            count.update("")
            return
        shown, total, everything = len(self._ids), self._result.total, len(self._corpus.quotes)
        query = parse_query(self.search_text)
        hidden = self._hidden_kinds(query)
        notice = self._result.notice  # cut query, no words, "did you mean"
        # What narrows the results comes early: narrow panes cut the end of the line.
        selected = len(self._speakers or ())
        speakers = f" · {counted(selected, 'speaker')} selected" if selected else ""
        if selected and self._unattributed and selected >= len(self._corpus.speakers):
            # Every speaker ticked reads as "everything": it is not, and says so.
            speakers += ", unattributed hidden"
        if total == 0:
            line = "no match"
            word = self._speaker_word(query)
            if word:
                line += f" in what was said · speaker:{word} finds what {word} said{speakers}"
            elif notice:  # the most useful hint first: narrow screens cut the end
                line += f"{speakers} · {notice}"
                notice = None
            else:
                line += speakers
                if hidden:
                    line += f" · kind:all also searches {hidden}"
            if self.search_text:
                line += " · Esc twice clears"
        else:
            line = f"{total:,} of {counted(everything, 'quote')}"
            if shown < total:
                line += f" (best {shown:,} shown)"
            elif speakers:  # why it can exceed the speaker list's count (which counts once)
                near = sum(self._copies[i] for i in self._ids)
                line += f" ({near:,} in near-copies)" if near else ""
            line += speakers
            if hidden and not query.has_words:
                note = f" · {hidden} hidden (kind:all)"  # short: a pane is ~75 wide
                room = count.content_region.width
                if room and len(line) + len(note) > room:  # 80 columns: one number, whole
                    note = f" · {self._scare + self._titles:,} hidden (kind:all)"
                line += note
        if notice:
            line += f" · {notice}"
        count.update(Text(line))

    def on_resize(self) -> None:
        if self.is_mounted:
            self._update_count()  # the count line fits what it says to the new width

    def _hidden_kinds(self, query: Query) -> str:
        """What the default search leaves out, counted: "3 scare quotes", "1 title",
        both or "" (with the shown count, they add up to the "of N quotes"). Nothing
        when the kinds are searched, or when speakers or a confidence narrow the
        results: scare quotes and titles have no speaker, so none of them is hidden
        from what the user is looking at, and "kind:all" would add none."""
        narrowed = self._speakers or query.speaker or query.confidence is not None
        if query.include_scare or query.kinds or narrowed:
            return ""
        kinds = [("scare quote", self._scare), ("title", self._titles)]
        return ", ".join(counted(n, name) for name, n in kinds if n)

    def _speaker_word(self, query: Query) -> str | None:
        """The one word searched when it names a speaker (people type a name here)."""
        words = [*query.fuzzy, *query.exact]
        if self._corpus is None or query.speaker or len(words) != 1 or len(words[0]) < 3:
            return None
        word = words[0].casefold()
        for speaker in self._corpus.speakers:
            if word in speaker.name.casefold():
                return words[0]
        return None

    # -- rows -------------------------------------------------------------------

    def _render_row(self, row: int, width: int, selected: bool) -> Text:
        assert self._corpus is not None and self._result is not None
        quote = self._corpus.quotes[self._ids[row]]
        results = self._list
        match = results.styled(self, "quote-finder--match", selected)
        text = Text(" ") + quote_line(quote.text, self._result.spans(quote.id), width - 1, match)
        meta = results.styled(self, "quote-finder--meta", selected)
        speaker = results.styled(self, "quote-finder--speaker", selected)
        second = Text("   ")
        second.append("— ", style=meta)
        if quote.speaker:
            second.append(quote.speaker, style=speaker)
            if doubtful(quote):  # "— Tony Blair?": a guess, see the help's legend
                second.append(DOUBT_MARK, style=speaker + Style(bold=True))
        else:
            second.append("unattributed", style=meta + Style(italic=True))
        others = self._corpus.also_in(quote)
        if others:  # before the title, which the row width may cut
            noun = "article" if others == 1 else "articles"
            second.append(f" · also in {others} {noun}", style=speaker)
        second.append(" · " + self._corpus.article(quote.article).title, style=meta)
        if quote.kind != "direct":
            second.append(f" · {quote.kind}", style=meta)
        return text + Text("\n") + second

    # -- events -----------------------------------------------------------------

    def on_mount(self) -> None:
        self._start_search()

    @on(Input.Changed, "#quote-finder-input")
    def _query_changed(self, event: Input.Changed) -> None:
        event.stop()
        searching = bool(event.value)
        if searching != self._searching:
            # "Esc Clear search" shows only while there is a search. Only on that
            # change: refresh_bindings rebuilds the whole footer (a layout per key).
            self._searching = searching
            self.refresh_bindings()
        self._start_search()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Escape leaves the box keeping the query; from the list, it clears the query.
        if action == "leave_box":
            return self._input.has_focus
        if action == "clear":
            return bool(self.search_text) and not self._input.has_focus
        return True

    @on(Input.Submitted, "#quote-finder-input")
    @on(VirtualList.Selected, "#quote-finder-results")
    def _choose_on_enter(self, event: Input.Submitted | VirtualList.Selected) -> None:
        event.stop()
        self._choose()

    @on(VirtualList.Highlighted, "#quote-finder-results")
    def _row_highlighted(self, event: VirtualList.Highlighted) -> None:
        event.stop()
        quote_id = self.selected_quote_id
        if quote_id is not None:
            self.post_message(self.QuoteHighlighted(self, quote_id))

    def _choose(self) -> None:
        quote_id = self.selected_quote_id
        if quote_id is not None:
            self.post_message(self.QuoteChosen(self, quote_id))

    def action_leave_box(self) -> None:
        """To the results, the query kept (as in fzf/less: Esc never loses typing)."""
        self.screen.set_focus(self._list)  # at once: the next key may be a q

    def action_clear(self) -> None:
        self._input.value = ""

    def action_move(self, delta: int) -> None:
        self._list.cursor += delta

    def action_page(self, direction: int) -> None:
        if direction > 0:
            self._list.action_page_down()
        else:
            self._list.action_page_up()
