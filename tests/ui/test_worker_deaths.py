"""The app after a worker process died during its load: the load ends, the file it
died on is on the problems screen, the others are there to explore."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import dying_workers
from tests.dying_workers import corpus_with, in_workers
from tests.ui.test_app import settle, shown_rows
from tests.ui.waiting import until
from tui.app import QuotescopeApp
from tui.screens.problems import ProblemsScreen


@pytest.mark.parametrize("victim", [dying_workers.AT_ONCE, dying_workers.SENDING])
async def test_a_worker_killed_mid_load_never_leaves_the_app_loading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, victim: str
) -> None:
    """Killed as it sent its answer, a worker left the app on "Loading articles…" for
    ever (the pool's reader waited for the rest of the answer)."""
    folder = corpus_with(tmp_path / "corpus", victim)
    in_workers(monkeypatch)
    app = QuotescopeApp(paths=[str(folder)])
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await until(pilot, lambda: app.corpus is not None, "the load to end")
        await settle(pilot)
        assert app.corpus is not None and len(app.corpus.articles) == 39
        wanted = "1 file could not be read (the process reading them died). Press p to see which."
        assert any(n.message == wanted for n in app._notifications)
        await pilot.press("escape", "p")
        assert isinstance(app.screen, ProblemsScreen)
        shown = shown_rows(app.screen.query_one("#problems-list"))
        assert f"13-{victim}.txt" in shown and "killed by SIGKILL" in shown
