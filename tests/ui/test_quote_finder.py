"""QuoteFinder: search as you type on the seed corpus, highlights, keys and stale results."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Collection
from pathlib import Path

import pytest
from textual.app import App, ComposeResult
from textual.pilot import Pilot
from textual.widgets import Footer, Input, Static
from textual.widgets._footer import FooterKey
from textual.worker import WorkerCancelled

from tui import Corpus, load_corpus
from tui.core.search import QuoteIndex, SearchResult
from tui.widgets.quote_finder import QuoteFinder, quote_line
from tui.widgets.virtual_list import VirtualList

SIZE = (80, 24)


@pytest.fixture(scope="module")
def corpus(seeds_dir: Path) -> Corpus:
    return load_corpus([seeds_dir])


@pytest.fixture(scope="module")
def index(corpus: Corpus) -> QuoteIndex:
    return QuoteIndex.from_corpus(corpus)


class FinderApp(App[None]):
    def __init__(self, corpus: Corpus, index: QuoteIndex) -> None:
        super().__init__()
        self.corpus = corpus
        self.index = index
        self.chosen: list[int] = []

    def compose(self) -> ComposeResult:
        yield QuoteFinder()

    def on_mount(self) -> None:
        finder = self.query_one(QuoteFinder)
        finder.set_corpus(self.corpus, self.index)
        finder.focus_input()

    def on_quote_finder_quote_chosen(self, message: QuoteFinder.QuoteChosen) -> None:
        self.chosen.append(message.quote_id)


async def settle(app: App, pilot: Pilot) -> None:
    """Let the searches finish (the running one and the one waiting behind it) and
    their results reach the screen."""
    await pilot.pause()
    for finder in app.query(QuoteFinder):
        while finder.search_pending:
            for worker in list(app.workers):
                with contextlib.suppress(WorkerCancelled):
                    await worker.wait()
            await pilot.pause()
    await pilot.pause()


def count_line(app: App) -> str:
    return str(app.query_one("#quote-finder-count", Static).render())


def coyne_nhs_quote(corpus: Corpus) -> int:
    return next(q.id for q in corpus.quotes if "life blood" in q.text)


def test_quote_line_scrolls_to_a_late_match() -> None:
    text = "word " * 40 + "needle here"
    start = text.index("needle")
    line = quote_line(text, [(start, start + 6)], 40, "underline")
    assert line.plain.startswith("“…")
    assert "needle" in line.plain[:40]
    styled = [line.plain[s.start : s.end] for s in line.spans if s.style == "underline"]
    assert styled == ["needle"]
    assert quote_line("a\nb", [], 40, "underline").plain == "“a b”"


async def test_life_blood_finds_coynes_nhs_quote_highlighted(
    corpus: Corpus, index: QuoteIndex
) -> None:
    app = FinderApp(corpus, index)
    async with app.run_test(size=SIZE) as pilot:
        finder = app.query_one(QuoteFinder)
        await settle(app, pilot)
        await pilot.press(*"life blood")
        await settle(app, pilot)
        assert finder.search_text == "life blood"
        assert finder.results[0] == coyne_nhs_quote(corpus)
        assert finder.selected_quote_id == coyne_nhs_quote(corpus)
        lst = app.query_one(VirtualList)
        first, second = lst.render_line(0), lst.render_line(1)
        assert "You are the very life blood" in first.text
        assert second.text.strip().startswith("— Gerard Coyne · ")
        underlined = "".join(s.text for s in first if s.style and s.style.underline)
        assert "life" in underlined and "blood" in underlined
        assert "heart" not in underlined
        assert count_line(app) == f"1 of {len(corpus.quotes)} quotes"


async def test_escape_clears_the_query(corpus: Corpus, index: QuoteIndex) -> None:
    app = FinderApp(corpus, index)
    async with app.run_test(size=SIZE) as pilot:
        finder = app.query_one(QuoteFinder)
        await settle(app, pilot)
        everything = finder.results
        assert everything == list(index.search("").ids)
        await pilot.press(*"zzzzqqqq")
        await settle(app, pilot)
        assert finder.results == []
        assert count_line(app) == (
            "no match · kind:all also searches 3 scare quotes · Esc twice clears"
        )
        await pilot.press("escape")  # out of the box, the query kept
        await settle(app, pilot)
        assert finder.search_text == "zzzzqqqq"
        assert app.query_one(VirtualList).has_focus
        await pilot.press("escape")  # from the list: cleared
        await settle(app, pilot)
        assert finder.search_text == ""
        assert finder.results == everything


async def test_enter_posts_the_chosen_quote(corpus: Corpus, index: QuoteIndex) -> None:
    app = FinderApp(corpus, index)
    async with app.run_test(size=SIZE) as pilot:
        finder = app.query_one(QuoteFinder)
        await pilot.press(*"mccluskey")
        await settle(app, pilot)
        results = finder.results
        assert len(results) >= 2
        await pilot.press("enter")  # from the input
        await pilot.pause()
        assert app.chosen == [results[0]]
        await pilot.press("down")  # the input keeps focus, the list cursor moves
        assert app.query_one(Input).has_focus
        assert finder.selected_quote_id == results[1]
        await pilot.press("enter")
        await pilot.pause()
        assert app.chosen == [results[0], results[1]]
        app.query_one(VirtualList).focus()
        await pilot.press("up", "enter")  # from the list
        await pilot.pause()
        assert app.chosen[-1] == results[0]
        await pilot.click(VirtualList, offset=(5, 3))  # second line of the second row
        await pilot.pause()
        assert app.chosen[-1] == results[1]


async def test_speaker_filter_narrows_results(corpus: Corpus, index: QuoteIndex) -> None:
    app = FinderApp(corpus, index)
    async with app.run_test(size=SIZE) as pilot:
        finder = app.query_one(QuoteFinder)
        finder.set_speakers(frozenset({"Len McCluskey"}))
        await settle(app, pilot)
        expected = [q.id for q in corpus.quotes if q.speaker == "Len McCluskey"]
        assert sorted(finder.results) == expected
        # Right after the count: a narrow pane cuts the end of the line, and on BBC at
        # 120 columns it cut "1 speaker selected". No scare-quote hint: scare quotes
        # have no speaker, so the filter hides none of them from what is shown.
        assert count_line(app) == "2 of 14 quotes · 1 speaker selected"
        finder.set_speakers(frozenset())
        await settle(app, pilot)
        assert finder.results == list(index.search("").ids)


class SlowIndex:
    """Takes ``delay`` seconds per search (``stop`` is ignored, as a slow search might)
    and records how many ran at once."""

    def __init__(self, index: QuoteIndex, delay: float) -> None:
        self.index = index
        self.delay = delay
        self.queries: list[str] = []
        self.running = 0
        self.most_at_once = 0

    def search(
        self,
        query: str,
        limit: int = 200,
        speakers: Collection[str] | None = None,
        stop: object = None,
    ) -> SearchResult:
        self.queries.append(query)
        self.running += 1
        self.most_at_once = max(self.most_at_once, self.running)
        time.sleep(self.delay)
        self.running -= 1
        return self.index.search(query, limit=limit, speakers=speakers)


async def test_fast_typing_runs_one_search_at_a_time_and_shows_the_final_query(
    corpus: Corpus, index: QuoteIndex
) -> None:
    slow = SlowIndex(index, delay=0.3)
    app = FinderApp(corpus, slow)  # type: ignore[arg-type]
    async with app.run_test(size=SIZE) as pilot:
        finder = app.query_one(QuoteFinder)
        keys = [*"copeland", *["backspace"] * 8] * 3 + [*"brexit"]
        start = time.perf_counter()
        await pilot.press(*keys)
        await settle(app, pilot)
        elapsed = time.perf_counter() - start
        # Never two searches at once, and no more than one per `delay` (plus the first
        # and the last): the keys typed while a search ran replaced each other.
        assert slow.most_at_once == 1
        assert len(slow.queries) <= elapsed / slow.delay + 2 < len(keys)
        assert slow.queries[-1] == "brexit" == finder.search_text
        expected = list(index.search("brexit").ids)
        assert expected and finder.results == expected
        assert "Brexit" in corpus.quotes[finder.results[0]].text
        assert count_line(app).startswith(f"{len(expected)} of {len(corpus.quotes)} quotes")


async def test_a_search_overtaken_by_a_newer_key_gives_up(
    corpus: Corpus, index: QuoteIndex
) -> None:
    asked: list[tuple[str, bool]] = []

    class StoppingIndex:
        def search(self, query: str, limit: int = 200, speakers=None, stop=None):
            time.sleep(0.2)  # long enough for the next key to arrive
            asked.append((query, stop()))
            return index.search(query, limit=limit, speakers=speakers, stop=stop)

    app = FinderApp(corpus, StoppingIndex())  # type: ignore[arg-type]
    async with app.run_test(size=SIZE) as pilot:
        finder = app.query_one(QuoteFinder)
        await settle(app, pilot)
        await pilot.press(*"brexit")
        await settle(app, pilot)
        assert any(stopped for _, stopped in asked)  # told it was overtaken
        assert asked[-1] == ("brexit", False)
        assert finder.results == list(index.search("brexit").ids)


class BrokenIndex:
    """An index with a bug: the finder must say so, not crash the app."""

    def search(self, query: str, limit: int = 200, speakers=None, stop=None) -> SearchResult:
        raise ValueError(f"cannot parse {query!r}")


async def test_a_failing_search_is_reported_in_the_count_line(corpus: Corpus) -> None:
    app = FinderApp(corpus, BrokenIndex())  # type: ignore[arg-type]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("x")
        await settle(app, pilot)
        assert count_line(app) == "search failed: ValueError: cannot parse 'x'"
        assert app.query_one(QuoteFinder).results == []
        assert app.is_running


async def test_search_text_does_not_shadow_dom_query(corpus: Corpus, index: QuoteIndex) -> None:
    """``QuoteFinder.query`` is Textual's DOM query; the box's text is ``search_text``."""
    app = FinderApp(corpus, index)
    async with app.run_test(size=SIZE) as pilot:
        finder = app.query_one(QuoteFinder)
        assert list(finder.query(Input)) == [app.query_one("#quote-finder-input", Input)]
        finder.search_text = "mccluskey"
        await settle(app, pilot)
        assert app.query_one(Input).value == "mccluskey"
        assert finder.search_text == "mccluskey"
        assert finder.results == list(index.search("mccluskey").ids) != []


async def test_count_line_says_scare_quotes_are_hidden(corpus: Corpus, index: QuoteIndex) -> None:
    scare = sum(q.kind == "scare" for q in corpus.quotes)
    assert scare > 0
    app = FinderApp(corpus, index)
    async with app.run_test(size=SIZE) as pilot:
        finder = app.query_one(QuoteFinder)
        await settle(app, pilot)
        shown = len(corpus.quotes) - scare
        hint = f" · {scare} scare quotes hidden (kind:all)"
        assert count_line(app) == f"{shown} of {len(corpus.quotes)} quotes{hint}"
        finder.search_text = "kind:all"
        await settle(app, pilot)
        assert count_line(app) == f"{len(corpus.quotes)} of {len(corpus.quotes)} quotes"


@pytest.mark.parametrize("typed", ["speaker:mccluskey", "confidence:high", "kind:direct"])
async def test_no_hidden_kinds_hint_when_the_query_excludes_them(
    corpus: Corpus, index: QuoteIndex, typed: str
) -> None:
    """Speakers, confidence and kinds already leave scare quotes out: "N scare quotes
    hidden (kind:all)" would promise results that kind:all cannot add."""
    app = FinderApp(corpus, index)
    async with app.run_test(size=SIZE) as pilot:
        finder = app.query_one(QuoteFinder)
        finder.search_text = typed
        await settle(app, pilot)
        assert finder.results, typed
        assert "hidden" not in count_line(app)
        assert count_line(app) == f"{len(finder.results)} of {len(corpus.quotes)} quotes"


async def test_footer_keys_follow_the_focus(corpus: Corpus, index: QuoteIndex) -> None:
    """Esc is offered only while there is a search; the results list offers Enter."""
    app = FinderApp(corpus, index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)

        def shown() -> set[str]:
            return {
                active.binding.description
                for active in app.screen.active_bindings.values()
                if active.binding.show and active.enabled
            }

        assert "Clear" not in shown()
        await pilot.press(*"coyne")
        await settle(app, pilot)
        assert "Results" in shown()
        assert "Clear" not in shown()  # Esc in the box keeps the query
        app.query_one(VirtualList).focus()
        await pilot.pause()
        assert "Open" in shown()
        assert "Clear" in shown()
        assert "Results" not in shown()


class FooterFinderApp(FinderApp):
    def compose(self) -> ComposeResult:
        yield QuoteFinder()
        yield Footer()


async def test_footer_offers_clear_only_while_searching_and_is_not_rebuilt_per_key(
    corpus: Corpus, index: QuoteIndex
) -> None:
    """The footer is rebuilt when the box turns non-empty or empty, not on each key."""
    app = FooterFinderApp(corpus, index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)

        def footer_keys() -> dict[str, FooterKey]:
            return {key.description: key for key in app.query(FooterKey)}

        assert "Clear" not in footer_keys()
        await pilot.press("c")
        await settle(app, pilot)
        first = footer_keys()
        assert "Results" in first
        await pilot.press(*"oyne")
        await settle(app, pilot)
        assert app.query_one(QuoteFinder).search_text == "coyne"
        assert footer_keys()["Results"] is first["Results"]  # same widget
        await pilot.press("escape")  # to the list: Esc now clears
        await settle(app, pilot)
        assert "Clear" in footer_keys()
        await pilot.press("escape")
        await settle(app, pilot)
        assert "Clear" not in footer_keys()


async def test_no_match_on_a_speaker_name_suggests_speaker_search(
    corpus: Corpus, index: QuoteIndex
) -> None:
    """People type a name into the quote search; the count line points to speaker:."""
    app = FinderApp(corpus, index)
    async with app.run_test(size=SIZE) as pilot:
        finder = app.query_one(QuoteFinder)
        finder.search_text = "coyne"  # no quote says "coyne"
        await settle(app, pilot)
        assert finder.results == []
        assert count_line(app).startswith("no match in what was said · speaker:coyne finds")
        finder.search_text = "zzqq"
        await settle(app, pilot)
        assert finder.results == [] and "speaker:" not in count_line(app)
        finder.search_text = "speaker:coyne"
        await settle(app, pilot)
        assert finder.results
        assert {corpus.quotes[i].speaker for i in finder.results} == {"Gerard Coyne"}


async def test_count_line_says_titles_are_hidden_too(tmp_path: Path) -> None:
    (tmp_path / "show.txt").write_text(
        "Quill returns to the air\n\n"
        "Dara Quill said on “Sunday Table.” that the count was close. "
        "“We expect a long night,” Quill said.\n\nVoters call it the “long count” here."
    )
    corpus = load_corpus([tmp_path])
    assert sorted(q.kind for q in corpus.quotes) == ["direct", "scare", "title"]
    app = FinderApp(corpus, QuoteIndex.from_corpus(corpus))
    async with app.run_test(size=SIZE) as pilot:
        finder = app.query_one(QuoteFinder)
        await settle(app, pilot)
        hint = " · 1 scare quote, 1 title hidden (kind:all)"
        assert count_line(app) == f"1 of 3 quotes{hint}"
        finder.search_text = "kind:title"
        await settle(app, pilot)
        assert count_line(app) == "1 of 3 quotes"
        assert [corpus.quotes[i].text for i in finder.results] == ["Sunday Table."]
        finder.search_text = "sunday"
        await settle(app, pilot)
        assert (
            count_line(app)
            == "no match · kind:all also searches 1 scare quote, 1 title · Esc twice clears"
        )


async def test_a_narrow_count_line_sums_the_hidden_kinds_rather_than_cut_them(
    tmp_path: Path,
) -> None:
    """At 80 columns the app's quote pane is ~50 wide: the BBC line read "10,156 of
    10,961 quotes · 792 scare quotes, 13" and the rest, with kind:all, was cut off."""
    (tmp_path / "show.txt").write_text(
        "Quill returns to the air\n\n"
        "Dara Quill said on “Sunday Table.” that the count was close. "
        "“We expect a long night,” Quill said.\n\nVoters call it the “long count” here."
    )
    corpus = load_corpus([tmp_path])
    app = FinderApp(corpus, QuoteIndex.from_corpus(corpus))
    async with app.run_test(size=(44, 24)) as pilot:
        await settle(app, pilot)
        assert count_line(app) == "1 of 3 quotes · 2 hidden (kind:all)"
        await pilot.resize_terminal(80, 24)
        await settle(app, pilot)
        assert count_line(app) == "1 of 3 quotes · 1 scare quote, 1 title hidden (kind:all)"


@pytest.mark.parametrize(
    ("typed", "notice"),
    [
        ("heartxyz", "no match · did you mean: heart"),
        ("😀", "no match · nothing to search for: type letters or numbers"),
    ],
)
async def test_count_line_says_did_you_mean_or_no_words(
    corpus: Corpus, index: QuoteIndex, typed: str, notice: str
) -> None:
    app = FinderApp(corpus, index)
    async with app.run_test(size=(120, 24)) as pilot:
        await settle(app, pilot)
        app.query_one(QuoteFinder).search_text = typed
        await settle(app, pilot)
        assert app.query_one(QuoteFinder).results == []
        assert count_line(app).startswith(notice)
