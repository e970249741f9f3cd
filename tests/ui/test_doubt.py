"""A speaker the attribution is unsure of is shown as a guess: "— Ilsa Marchetti?".

The corpus is written here: three articles tie "premier" to Ilsa Marchetti, a fourth
only says "the premier said", so its quote is hers with low confidence.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.app import App, ComposeResult
from textual.widgets import Input

from tests.core.attribution.synthetic import write_premier_corpus
from tests.ui.waiting import idle, loaded, until
from tui.app import QuotescopeApp
from tui.core.corpus import Corpus, load_corpus
from tui.core.search import QuoteIndex
from tui.screens.export import ExportScreen
from tui.screens.help import HelpScreen
from tui.widgets.quote_finder import QuoteFinder
from tui.widgets.reading_view import ReadingView
from tui.widgets.virtual_list import VirtualList

GUESS = "— Ilsa Marchetti?"


@pytest.fixture
def corpus(tmp_path: Path) -> Corpus:
    corpus = load_corpus([write_premier_corpus(tmp_path)])
    (guess,) = corpus.quotes_in("untied.txt")
    assert (guess.speaker, guess.confidence) == ("Ilsa Marchetti", "low")
    return corpus


class Host(App[None]):
    def __init__(self, corpus: Corpus) -> None:
        super().__init__()
        self.corpus = corpus

    def compose(self) -> ComposeResult:
        yield ReadingView()
        yield QuoteFinder()


def _plain(view: ReadingView) -> str:
    return " ".join(" ".join(view.line_texts()).replace("\u00a0", " ").split())


async def _settle(app: App, pilot) -> None:
    """The corpus loaded (when the app loads one) and every search shown: waiting for
    the workers there are right after start waited for none, the load begins later."""
    if isinstance(app, QuotescopeApp):
        await loaded(pilot)
    await idle(pilot)


async def test_reading_view_marks_a_guessed_speaker(corpus: Corpus) -> None:
    app = Host(corpus)
    async with app.run_test(size=(70, 20)) as pilot:
        view = app.query_one(ReadingView)
        view.show_article(corpus, "untied.txt")
        await pilot.pause()
        assert f'"We will not change course," the premier said. {GUESS}' in _plain(view)
        view.show_article(corpus, "tie0.txt")
        await pilot.pause()
        text = _plain(view)
        assert "— Ilsa Marchetti" in text and GUESS not in text


async def test_finder_marks_a_guessed_speaker(corpus: Corpus) -> None:
    app = Host(corpus)
    async with app.run_test(size=(80, 20)) as pilot:
        finder = app.query_one(QuoteFinder)
        finder.set_corpus(corpus, QuoteIndex.from_corpus(corpus))
        finder.search_text = "change course"
        await _settle(app, pilot)
        results = app.query_one("#quote-finder-results", VirtualList)
        assert results.render_line(1).text.strip().startswith(f"{GUESS} · ")
        finder.search_text = "every region"
        await _settle(app, pilot)
        assert results.render_line(1).text.strip().startswith("— Ilsa Marchetti · ")


async def test_help_explains_the_marks(tmp_path: Path) -> None:
    app = QuotescopeApp(paths=[str(write_premier_corpus(tmp_path))])
    async with app.run_test(size=(130, 44)) as pilot:
        await pilot.press("f1")  # the cursor starts in the search: ? would be typed
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = app.screen.render_help().plain
        assert "Marks in the reading view and the finder" in text
        assert "— Name?" in text and "low confidence" in text


async def test_y_copies_a_guessed_speaker_with_its_mark(tmp_path: Path) -> None:
    """The finder and the reading view said "— Ilsa Marchetti?", but ``y`` pasted
    "— Ilsa Marchetti," into the user's article: the guess became a fact on the way."""
    app = QuotescopeApp(paths=[str(write_premier_corpus(tmp_path))])
    async with app.run_test(size=(120, 36)) as pilot:
        await _settle(app, pilot)
        for query, speaker in [
            ("change course", "Ilsa Marchetti?"),
            ("every region", "Ilsa Marchetti"),
        ]:
            app.finder.search_text = query
            await _settle(app, pilot)
            await pilot.press("enter")  # from the search box: the best match, in the results
            await _settle(app, pilot)
            await pilot.press("y")
            await pilot.pause()
            assert f"” — {speaker}, " in app.clipboard, app.clipboard
            await pilot.press("slash")


def _mixed_corpus(folder: Path) -> Path:
    """The premier corpus (three sure quotes, one guess) and an article whose quotes
    are medium: one after "she said", one carried over from it."""
    write_premier_corpus(folder)
    (folder / "harbour.txt").write_text(
        "Harbour news\n\nOrla Vance runs the ferry office. She met the crews on Tuesday. "
        '"The tides are late this year," she said.\n\n'
        '"Nobody can fix the pier before spring."\n'
    )
    return folder


def _finder_rows(app: QuotescopeApp) -> str:
    results = app.query_one("#quote-finder-results", VirtualList)
    height = results.scrollable_content_region.height
    return "\n".join(results.render_line(y).text for y in range(height))


async def _typed(pilot, text: str) -> None:
    """Typed key by key into the focused box, as a person does."""
    await pilot.press(*[{" ": "space", ":": "colon"}.get(ch, ch) for ch in text])
    await _settle(pilot.app, pilot)


@pytest.mark.parametrize("level", ["high", "medium", "low"])
async def test_typing_a_confidence_narrows_the_finder_to_it(tmp_path: Path, level: str) -> None:
    app = QuotescopeApp(paths=[str(_mixed_corpus(tmp_path))])
    async with app.run_test(size=(120, 40)) as pilot:
        await _settle(app, pilot)
        assert app.corpus is not None
        levels = {q.confidence for q in app.corpus.quotes}
        assert levels == {"high", "medium", "low"}, levels
        assert app.focused is app.query_one("#quote-finder-input")
        await _typed(pilot, f"confidence:{level}")
        assert app.finder.search_text == f"confidence:{level}"
        wanted = [q.id for q in app.corpus.quotes if q.confidence == level]
        assert sorted(app.finder.results) == wanted
        rows = _finder_rows(app)
        # A guess is shown as one wherever it is listed; a sure quote never is.
        assert (GUESS in rows) == (level == "low"), rows


async def test_the_export_of_a_confidence_search_says_how_and_how_surely(tmp_path: Path) -> None:
    """Exported from the app (the finder narrowed to guesses), each record carries the
    speaker, how it was tied to the quote and how sure that is."""
    (tmp_path / "corpus").mkdir()
    corpus = _mixed_corpus(tmp_path / "corpus")
    target = tmp_path / "guesses.jsonl"
    app = QuotescopeApp(paths=[str(corpus)])
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await _settle(app, pilot)
        await _typed(pilot, "confidence:low")
        await pilot.press("escape", "e")  # Esc: out of the box in one press; e: export
        await until(pilot, lambda: isinstance(app.screen, ExportScreen), "the export dialog")
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("enter")
        await until(pilot, target.exists, "the export")
        await idle(pilot)
    records = [json.loads(line) for line in target.read_text().splitlines()]
    assert [(r["speaker"], r["speaker_how"], r["confidence"]) for r in records] == [
        ("Ilsa Marchetti", "role", "low")
    ]
    assert records[0]["text"].startswith("We will not change course")
