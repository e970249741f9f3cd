"""SpeakerFilter: picking speakers, the share-of-voice chart, and driving the quote finder."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from textual.app import App, ComposeResult
from textual.widgets import Input

from tui import Corpus, Speaker, load_corpus
from tui.widgets.quote_finder import QuoteFinder
from tui.widgets.speaker_filter import ShareChart, SpeakerFilter, bar, share_chart
from tui.widgets.virtual_list import VirtualList

from .test_quote_finder import settle


@pytest.fixture(scope="module")
def corpus(seeds_dir: Path) -> Corpus:
    return load_corpus([seeds_dir])


class FilterApp(App[None]):
    """The filter on the left, the finder on the right, wired like the app does."""

    def __init__(self, corpus: Corpus, with_finder: bool = False) -> None:
        super().__init__()
        self.corpus = corpus
        self.with_finder = with_finder
        self.changes: list[frozenset[str]] = []

    def compose(self) -> ComposeResult:
        yield SpeakerFilter()
        if self.with_finder:
            yield QuoteFinder()

    def on_mount(self) -> None:
        self.query_one(SpeakerFilter).set_corpus(self.corpus)
        if self.with_finder:
            self.query_one(QuoteFinder).set_corpus(self.corpus)
        self.query_one("#speaker-filter-list", VirtualList).focus()

    def on_speaker_filter_changed(self, message: SpeakerFilter.Changed) -> None:
        self.changes.append(message.selected)
        if self.with_finder:
            self.query_one(QuoteFinder).set_speakers(message.selected)


def chart_lines(app: App) -> list[str]:
    return app.query_one(ShareChart).render().plain.splitlines()


def test_bar_draws_eighths() -> None:
    assert bar(1.0, 4) == "████"
    assert bar(0.5, 3) == "█▌"
    assert bar(1 / 32, 4) == "▏"
    assert bar(0.0, 5) == ""
    assert bar(2.0, 2) == "██"  # clamped


@given(st.floats(min_value=-1, max_value=2), st.integers(min_value=1, max_value=80))
def test_bar_never_overflows_and_grows_with_the_fraction(fraction: float, cells: int) -> None:
    drawn = bar(fraction, cells)
    assert len(drawn) <= cells
    assert set(drawn) <= set("█▏▎▍▌▋▊▉")
    assert len(bar(fraction + 0.25, cells)) >= len(drawn)


def test_share_chart_bars_are_proportional_to_the_share() -> None:
    """A 2% leader gets a sliver, not a full bar; a full bar would mean 100%."""
    crowd = [Speaker(f"Person {i:02d}", quote_count=1) for i in range(49)]
    lines = share_chart([Speaker("Leader", quote_count=1), *crowd], "quotes", 60, 3)
    first = lines.plain.splitlines()[0]
    assert first.endswith("2%")
    assert first.count("█") == 0  # 2% of ~36 cells: under one cell, drawn in eighths
    half = share_chart(
        [Speaker("Half", quote_count=5), Speaker("Rest", quote_count=5)], "quotes", 45, 3
    ).plain.splitlines()
    cells = 45 - len("Half") - 1 - 5
    assert half[0].count("█") == cells // 2


def test_share_chart_truncates_labels_and_scales_to_leader() -> None:
    speakers = [
        Speaker("Short", quote_count=1, word_count=50),
        Speaker("A name far too long for the chart", quote_count=3, word_count=10),
    ]
    lines = share_chart(speakers, "quotes", 40, 5).plain.splitlines()
    assert len(lines) == 2
    assert all(len(line) <= 40 for line in lines)
    assert lines[0].startswith("A name far too lo… ")  # at most 18 cells of label
    assert lines[0].endswith("75%")
    assert lines[1].endswith("25%")
    assert lines[0].count("█") >= 3 * lines[1].count("█") - 1
    by_words = share_chart(speakers, "words", 40, 5).plain.splitlines()
    assert by_words[0].startswith("Short")
    assert share_chart([], "quotes", 40, 5).plain == "no attributed quotes"


async def test_chart_lists_gerard_coyne_first_on_seeds(corpus: Corpus) -> None:
    app = FilterApp(corpus)
    async with app.run_test(size=(60, 30)) as pilot:
        lines = chart_lines(app)
        assert lines[0].startswith("Share of voice by quotes")
        assert lines[1].startswith("Gerard Coyne")
        await pilot.press("w")
        lines = chart_lines(app)
        assert lines[0].startswith("Share of voice by words")
        top_by_words = max(corpus.speakers, key=lambda s: (s.word_count, s.name))
        assert lines[1].startswith(top_by_words.name[:10])


async def test_while_the_corpus_loads_the_chart_claims_nothing() -> None:
    """The app mounts the pane before its corpus is loaded (seconds on a large one): the
    chart said "no attributed quotes" all that time, a claim about articles not read."""

    class LoadingApp(App[None]):
        def compose(self) -> ComposeResult:
            yield SpeakerFilter()

    app = LoadingApp()
    async with app.run_test(size=(60, 30)) as pilot:
        await pilot.pause()
        assert chart_lines(app) == ["Share of voice by quotes · w: by words"]
        app.query_one(SpeakerFilter).set_corpus(Corpus())  # loaded: truly nobody quoted
        await pilot.pause()
        assert chart_lines(app)[1] == "no attributed quotes"


@pytest.mark.parametrize(
    ("width", "title"),
    [(60, "Share of voice by quotes · w: by words"), (34, "Share of voice by quotes")],
)
async def test_the_chart_title_drops_its_key_hint_rather_than_be_cut(
    corpus: Corpus, width: int, title: str
) -> None:
    """In a 120-column terminal the sidebar is 38 wide and the title read "Share of voice
    by quotes · w: by wo…"; now the hint goes whole (the footer shows w) and the title
    stays whole."""
    app = FilterApp(corpus)
    async with app.run_test(size=(width, 30)) as pilot:
        await pilot.pause()
        chart = app.query_one(ShareChart)
        assert chart.content_region.width <= width
        assert chart_lines(app)[0] == title
        assert len(title) <= chart.content_region.width


async def test_selecting_len_mccluskey_filters_the_finder(corpus: Corpus) -> None:
    app = FilterApp(corpus, with_finder=True)
    async with app.run_test(size=(100, 40)) as pilot:
        speaker_filter = app.query_one(SpeakerFilter)
        app.query_one("#speaker-filter-input", Input).focus()
        await pilot.press(*"mccluskey")
        assert speaker_filter.shown == ["Len McCluskey"]
        await pilot.press("enter")
        assert app.changes == [frozenset({"Len McCluskey"})]
        assert speaker_filter.selected == {"Len McCluskey"}
        await settle(app, pilot)
        finder = app.query_one(QuoteFinder)
        expected = [q.id for q in corpus.quotes if q.speaker == "Len McCluskey"]
        assert len(expected) == 2
        assert sorted(finder.results) == expected


async def test_space_click_and_a_toggle_the_selection(corpus: Corpus) -> None:
    app = FilterApp(corpus)
    async with app.run_test(size=(60, 30)) as pilot:
        speaker_filter = app.query_one(SpeakerFilter)
        names = speaker_filter.shown
        assert names == [s.name for s in corpus.speakers]
        await pilot.press("space")
        assert speaker_filter.selected == {names[0]}
        await pilot.press("down", "space")
        assert speaker_filter.selected == {names[0], names[1]}
        await pilot.press("space")
        assert speaker_filter.selected == {names[0]}
        await pilot.click("#speaker-filter-list", offset=(2, 1))
        assert speaker_filter.selected == {names[0], names[1]}
        await pilot.pause()
        row = app.query_one(VirtualList).render_line(1).text
        assert row.startswith(f" [x] {names[1]}")
        await pilot.press("a")  # something selected: select none
        assert speaker_filter.selected == frozenset()
        await pilot.press("a")  # nothing selected: select all
        assert speaker_filter.selected == set(names)
        speaker_filter.clear()
        await pilot.pause()
        assert app.changes[-1] == frozenset()
        assert len(app.changes) == 7


async def test_typing_in_the_box_does_not_trigger_shortcuts(corpus: Corpus) -> None:
    app = FilterApp(corpus)
    async with app.run_test(size=(60, 30)) as pilot:
        speaker_filter = app.query_one(SpeakerFilter)
        app.query_one("#speaker-filter-input", Input).focus()
        await pilot.press(*"wa ")
        assert speaker_filter.measure == "quotes"
        assert speaker_filter.selected == frozenset()
        await pilot.press("escape")  # to the list, the name kept
        assert app.query_one("#speaker-filter-input", Input).value == "wa "
        assert app.query_one(VirtualList).has_focus
        await pilot.press("escape")  # from the list: the name cleared
        assert app.query_one("#speaker-filter-input", Input).value == ""
        assert len(speaker_filter.shown) == len(corpus.speakers)


async def test_ten_thousand_speakers_filter_by_name_and_alias() -> None:
    speakers = [Speaker(f"Person {i:05d}", quote_count=10_000 - i) for i in range(10_000)]
    speakers[1234].aliases.append("The Chancellor")
    app = FilterApp(Corpus(speakers=speakers))
    async with app.run_test(size=(60, 30)) as pilot:
        speaker_filter = app.query_one(SpeakerFilter)
        await pilot.press("end")
        assert app.query_one(VirtualList).cursor == 9_999
        app.query_one("#speaker-filter-input", Input).focus()
        await pilot.press(*"chancellor")
        assert speaker_filter.shown == ["Person 01234"]
        await pilot.press("enter")
        assert speaker_filter.selected == {"Person 01234"}
        assert chart_lines(app)[1].startswith("Person 00000")


async def test_corpus_given_before_mount_shows_once_mounted(corpus: Corpus) -> None:
    class EarlyApp(App[None]):
        def compose(self) -> ComposeResult:
            speaker_filter = SpeakerFilter()
            speaker_filter.set_corpus(corpus)
            yield speaker_filter

    app = EarlyApp()
    async with app.run_test(size=(60, 30)) as pilot:
        await pilot.pause()
        assert app.query_one(SpeakerFilter).shown == [s.name for s in corpus.speakers]
        assert chart_lines(app)[1].startswith("Gerard Coyne")


async def test_a_filter_matching_nobody_says_so(corpus: Corpus) -> None:
    app = FilterApp(corpus)
    async with app.run_test(size=(60, 30)) as pilot:
        app.query_one("#speaker-filter-input", Input).focus()
        await pilot.press(*"[b]zz")
        await pilot.pause()
        speaker_filter = app.query_one(SpeakerFilter)
        assert speaker_filter.shown == []
        rows = app.query_one(VirtualList)
        assert rows.render_line(0).text.strip() == "No speaker called “[b]zz” · Esc twice clears"
        assert rows.render_line(1).text.strip() == ""
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert rows.render_line(0).text.startswith(" [ ] ")


async def test_mounting_after_the_app_took_its_children_away_raises_nothing(
    corpus: Corpus,
) -> None:
    """A Ctrl+C as the app starts can close it between the pane's compose and its mount.

    Seen in the real command (1 launch in ~15 under load): "interrupted", then a
    NoMatches traceback from this pane's mount looking for its chart.
    """
    app = FilterApp(corpus)
    async with app.run_test() as pilot:
        pane = app.query_one(SpeakerFilter)
        await pane.remove_children()
        await pilot.pause()
        pane.on_mount()  # as Textual delivers Mount to a pane whose children are gone
        assert not pane.query(ShareChart)


BANNER = (
    "Bridge vote\n\n"
    "\u201cEnough is enough, build the bridge now and stop the endless talking.\u201d That"
    " was the message painted on banners at the town hall on Tuesday.\n\n"
    "Mayor Ann Lee said: \u201cThe budget is fair to everyone in this town.\u201d\n\n"
    "Councillor Tom Hart said the vote was close. \u201cWe will keep on fighting for the"
    " money,\u201d he said.\n"
)


async def test_ticking_every_speaker_says_it_hides_the_unattributed(tmp_path: Path) -> None:
    """``a`` ticks every speaker: their quotes, not every quote. The banner's words,
    nobody's, are hidden by any tick, and the finder's count line now says so (it
    read as if every quote were there)."""
    (tmp_path / "vote.txt").write_text(BANNER, encoding="utf-8")
    corpus = load_corpus([tmp_path])
    assert [q.speaker for q in corpus.quotes] == [None, "Ann Lee", "Tom Hart"]
    app = FilterApp(corpus, with_finder=True)
    async with app.run_test(size=(140, 40)) as pilot:
        finder = app.query_one(QuoteFinder)
        await settle(app, pilot)
        assert finder.total == 3 and "unattributed hidden" not in count_line(app)
        await pilot.press("a")
        await settle(app, pilot)
        assert finder.total == 2 and "unattributed hidden" in count_line(app)
        await pilot.press("a")  # none ticked: every quote again, nothing said
        await settle(app, pilot)
        assert finder.total == 3 and "unattributed hidden" not in count_line(app)


def count_line(app: App) -> str:
    return str(app.query_one("#quote-finder-count").render())
