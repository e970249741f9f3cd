"""Copies in the app: "also at" for identical articles, "also in N articles" for quotes
that ran elsewhere, and the c dialog that lists and opens them."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from tests.ui.test_app import settle
from tui.app import QuotescopeApp
from tui.screens.copies import CopiesScreen

SHARED = "We will hold the council to every single penny it spends on this bridge."


def _corpus(root: Path) -> Path:
    feed = [
        '{"title": "Bridge approved", "date": "2024-03-02", "text": "Bridge approved\\n\\n'
        f'Councillor Tom Hart said: \\u201c{SHARED}\\u201d\\n\\nWork starts soon."}}',
        '{"title": "Town reacts", "date": "2024-03-01", "text": "Town reacts\\n\\n'
        f'\\u201c{SHARED}\\u201d Tom Hart told the meeting.\\n\\nOthers were pleased."}}',
    ]
    (root / "news").mkdir()
    (root / "news" / "feed.jsonl").write_text("\n".join(feed) + "\n", encoding="utf-8")
    story = "Budget passed\n\n“It is a fair budget for everyone,” said Mayor Ann Lee.\n"
    (root / "news" / "budget.txt").write_text(story, encoding="utf-8")
    (root / "news" / "budget-copy.txt").write_text(story.replace("\n", "\n\n"), encoding="utf-8")
    return root / "news"


async def test_quote_in_several_articles_is_listed_and_opened(tmp_path: Path) -> None:
    app = QuotescopeApp(paths=[str(_corpus(tmp_path))])
    async with app.run_test(size=(130, 40)) as pilot:
        await settle(pilot)
        corpus = app.corpus
        assert corpus is not None and len(corpus.groups) == 1
        first, second = corpus.group_quotes(corpus.quotes[corpus.groups[0][0]])
        # The finder says where else it ran.
        rows = [app.finder._render_row(r, 120, False).plain for r in range(len(app.finder.results))]
        assert sum("also in 1 article" in row for row in rows) == 2
        app.open_quote(first.id)
        await pilot.pause()
        subtitle = str(app.reader.border_subtitle)
        assert "also in 1 article (c)" in subtitle and "first" not in subtitle
        app.focus_now(app.reader)
        await pilot.press("c")
        assert isinstance(app.screen, CopiesScreen)
        options = app.screen.query_one(OptionList)
        labels = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        # The earlier-dated article is marked first, though it loaded second.
        assert "first" in labels[1] and "Town reacts" in labels[1] and "this one" in labels[0]
        options.highlighted = 1
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, CopiesScreen)
        assert app.reader.current_quote == second
        assert "first · also in 1 article" in str(app.reader.border_subtitle)


async def test_identical_copy_loads_once_and_shows_also_at(tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    app = QuotescopeApp(paths=[str(folder)])
    async with app.run_test(size=(130, 40)) as pilot:
        await settle(pilot)
        assert app.corpus is not None
        ids = [a.id for a in app.corpus.articles]
        assert "budget-copy.txt" in ids and "budget.txt" not in ids  # sorted: copy first
        app.open_article("budget-copy.txt")
        await pilot.pause()
        assert f"also at: {folder / 'budget.txt'} (c)" in str(app.reader.border_subtitle)
        app.focus_now(app.reader)
        await pilot.press("c")
        assert isinstance(app.screen, CopiesScreen)
        notes = str(app.screen.query_one("#copies-notes").render())
        assert str(folder / "budget.txt") in notes
        await pilot.press("escape")
        assert not isinstance(app.screen, CopiesScreen)


async def test_c_is_offered_only_when_there_are_copies(seeds_dir: Path) -> None:
    app = QuotescopeApp(paths=[str(seeds_dir)])
    async with app.run_test(size=(130, 40)) as pilot:
        await settle(pilot)
        assert app.check_action("copies", ()) is False
        await pilot.press("c")
        assert not isinstance(app.screen, CopiesScreen)


async def test_a_large_load_uses_worker_processes_inside_the_app(
    tmp_path: Path, monkeypatch
) -> None:
    """Textual replaces sys.stderr; starting workers must still work (it raised
    'bad value(s) in fds_to_keep' and the load failed)."""
    from tui.core import parallel
    from tui.core.corpus import load_corpus
    from tui.core.export import quote_records

    folder = _corpus(tmp_path)
    for n in range(4):
        story = f"Story {n}\n\n“Number {n} is a fine number to have,” said Mayor Ann Lee.\n"
        (folder / f"story{n}.txt").write_text(story, encoding="utf-8")
    monkeypatch.setattr(parallel, "PARALLEL_MIN_FILES", 2)
    started: list[int] = []
    real = parallel._in_processes

    def counting(jobs, read_as, workers, *rest):  # type: ignore[no-untyped-def]
        started.append(workers)
        yield from real(jobs, read_as, workers, *rest)

    monkeypatch.setattr(parallel, "_in_processes", counting)
    monkeypatch.setattr(parallel, "default_workers", lambda: 2)
    app = QuotescopeApp(paths=[str(folder)], cache=False)
    async with app.run_test(size=(130, 40)) as pilot:
        await settle(pilot)
        assert app.corpus is not None and started == [2]
        expected = load_corpus([folder], workers=1)
        assert list(quote_records(app.corpus)) == list(quote_records(expected))


@pytest.mark.parametrize("key", ["ctrl+c", "ctrl+q"])
async def test_ctrl_c_and_ctrl_q_quit_from_the_copies_dialog(tmp_path: Path, key: str) -> None:
    app = QuotescopeApp(paths=[str(_corpus(tmp_path))])
    async with app.run_test(size=(130, 40)) as pilot:
        await settle(pilot)
        app.open_article("budget-copy.txt")
        app.focus_now(app.reader)
        await pilot.press("c")
        assert isinstance(app.screen, CopiesScreen)
        await pilot.press(key)
        await pilot.pause()
        assert not app.is_running
