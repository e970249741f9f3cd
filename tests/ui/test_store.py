"""The app on a store (``quotescope STORE``): every pane as from the articles themselves."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.test_app import LIFE_BLOOD, search, settle, visible_reader_rows
from tui.app import QuotescopeApp
from tui.core.corpus import load_corpus
from tui.core.store import write_store

pytest.importorskip("pyarrow", reason="stores need pyarrow (the dask extra)")


async def test_a_store_opens_with_search_and_the_reading_view(
    seeds_dir: Path, tmp_path: Path
) -> None:
    store = write_store(load_corpus([seeds_dir]), tmp_path / "store")
    app = QuotescopeApp(paths=[str(store)])
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert app.corpus is not None and len(app.corpus.articles) == 3
        assert "Gerard Coyne" in app.speakers.shown
        await search(pilot, "life blood")
        await pilot.press("enter")
        await settle(pilot)
        quote = app.reader.current_quote
        assert quote is not None and LIFE_BLOOD in quote.text
        assert any("life blood" in row for row in visible_reader_rows(app))
