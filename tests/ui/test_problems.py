"""Problems in the app: JSON lines summed up per file, the problems screen a virtual
list, and odd JSON metadata never crashing the keys that show it (``y``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.geometry import Region
from textual.widgets import Static

from tui.app import QuotescopeApp
from tui.core.model import Problem
from tui.screens.problems import ProblemsScreen
from tui.widgets.virtual_list import VirtualList

from .test_app import settle, shown_rows

BODY = "The council met on Monday.\n\n“We will fix the bridge,” said Ann Example."


async def test_50000_bad_lines_are_one_problem_not_50000_files(tmp_path: Path) -> None:
    lines = [json.dumps({"title": f"T{n}", "body": BODY}) for n in range(50_000)]
    lines.append(json.dumps({"title": "Good", "text": BODY}))
    (tmp_path / "big.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    app = QuotescopeApp(paths=[str(tmp_path)])
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await settle(pilot)
        messages = [n.message for n in app._notifications]
        assert "50,000 lines of a JSON lines file were skipped. Press p to see why." in messages
        assert not any("files were skipped" in m for m in messages)
        await pilot.press("escape", "p")  # from the search box to the results
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        rows = shown_rows(app.screen.query_one("#problems-list"))
        assert "big.jsonl" in rows and "50,000 lines without `text`, e.g. line 1" in rows


async def test_problems_screen_draws_only_what_is_on_screen(seeds_dir: Path) -> None:
    problems = [Problem(f"/corpus/file-{n:05}.txt", "not a text file") for n in range(50_000)]
    app = QuotescopeApp(paths=[str(seeds_dir)])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.push_screen(ProblemsScreen(problems))
        await pilot.pause()
        listing = app.screen.query_one("#problems-list", VirtualList)
        assert listing.row_count == 50_000 and app.focused is listing
        assert len(list(app.screen.query(Static))) == 1, "no widget per problem (one: the detail)"
        assert "file-00000.txt" in shown_rows(listing)
        await pilot.press("G")
        await pilot.pause()
        assert "file-49999.txt" in shown_rows(listing)
        await pilot.press("escape")
        assert not isinstance(app.screen, ProblemsScreen)


@pytest.mark.parametrize(
    ("warnings", "title"),
    [
        (0, "Problems: 1 skipped, 0 warnings"),
        (1, "Problems: 1 skipped, 1 warning"),
        (2, "Problems: 1 skipped, 2 warnings"),
    ],
)
async def test_the_problems_title_counts_in_words(
    seeds_dir: Path, warnings: int, title: str
) -> None:
    """On the BBC folder (its manifest.tsv is the one warning) it read "1 warnings"."""
    problems = [Problem("/corpus/a.bin", "not a text file")]
    problems += [Problem(f"/corpus/{n}", "1 other file not read", False) for n in range(warnings)]
    app = QuotescopeApp(paths=[str(seeds_dir)])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.push_screen(ProblemsScreen(problems))
        await pilot.pause()
        assert app.screen.query_one("#problems-body").border_title == title


async def test_copying_a_quote_with_odd_jsonl_metadata(tmp_path: Path) -> None:
    """``y`` once crashed (AttributeError) on a news-API ``source`` object or a ``true``."""
    records = [
        {"title": "One", "text": BODY, "source": {"id": None, "name": "BBC News"}},
        {"title": ["not", "text"], "text": BODY, "date": True, "url": {"x": 1}},
    ]
    (tmp_path / "api.jsonl").write_text("\n".join(map(json.dumps, records)), encoding="utf-8")
    app = QuotescopeApp(paths=[str(tmp_path)])
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert app.corpus is not None and len(app.corpus.articles) == 2
        await pilot.press("escape")  # out of the search box: n and y are keys again
        for article in app.corpus.articles:
            app.open_article(article.id)
            await pilot.press("n", "y")
            await pilot.pause()
            assert app.clipboard.startswith("“We will fix the bridge,” — Ann Example")
        app.open_article(app.corpus.articles[0].id)
        await pilot.press("n", "y")
        assert app.clipboard.endswith("(BBC News)")


async def test_a_reason_too_long_for_its_row_is_shown_whole_at_80x24(tmp_path: Path) -> None:
    """The BBC folder's one warning (its manifest.tsv) was cut at 80 columns, "articles
    are .txt, .md, .jsonl, .…": the formats quotescope reads were never seen. The
    highlighted problem is shown whole under the list."""
    (tmp_path / "story.txt").write_text(f"Bridge\n\n{BODY}\n", encoding="utf-8")
    (tmp_path / "manifest.tsv").write_text("path\ttitle\n", encoding="utf-8")
    app = QuotescopeApp(paths=[str(tmp_path)])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.corpus is not None
        (problem,) = app.corpus.problems
        assert "articles are" in problem.reason
        await pilot.press("escape", "p")
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        listing = app.screen.query_one("#problems-list", VirtualList)
        assert problem.reason not in shown_rows(listing)  # cut in its row at this width
        detail = app.screen.query_one("#problem-detail", Static)
        assert detail.region and app.screen.region.contains_region(detail.region)  # seen
        lines = detail.render_lines(Region(0, 0, detail.region.width, detail.region.height))
        shown = " ".join(strip.text.strip() for strip in lines)
        assert " ".join(problem.reason.split()) in shown and problem.path in shown
