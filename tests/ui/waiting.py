"""Waiting for the app's real state in UI tests, never for a fixed time.

CI runs on 2 cores shared with other jobs: a fixed ``pilot.pause(0.3)`` can end before
the app has loaded, searched or opened a screen, and the test then checks (or leaves
mid-way through) something else. ``App.workers.wait_for_complete()`` right after start
is no wait at all: the load worker starts after the first paint, so it may not exist
yet. These helpers wait for a condition with a generous deadline instead.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable

from textual.pilot import Pilot
from textual.worker import WorkerCancelled

from tui.widgets.quote_finder import QuoteFinder

DEADLINE = 60.0
"""Seconds: far more than any step takes, even on a loaded machine."""


async def until(pilot: Pilot, condition: Callable[[], object], what: str) -> None:
    """Let the app run until ``condition()`` holds; fail (naming ``what``) at DEADLINE."""
    end = time.monotonic() + DEADLINE
    while not condition():
        if time.monotonic() > end:
            raise AssertionError(f"waited {DEADLINE:.0f} s for {what}")
        await pilot.pause(0.02)


def _busy(pilot: Pilot) -> bool:
    app = pilot.app
    if any(not worker.is_finished for worker in app.workers):
        return True
    finders = app.query(QuoteFinder) if app.screen_stack else []
    return any(finder.search_pending for finder in finders)


async def idle(pilot: Pilot) -> None:
    """No worker running or search waiting, and the messages they sent handled."""
    await pilot.pause()
    await until(pilot, lambda: not _busy(pilot), "the workers and searches to finish")
    await pilot.pause()


async def loaded(pilot: Pilot) -> None:
    """The corpus loaded, the first search shown, nothing left running."""
    app = pilot.app
    await until(pilot, lambda: getattr(app, "corpus", None) is not None, "the corpus to load")
    await idle(pilot)


def load_begun(app: object) -> bool:
    """Whether the app's load has begun: QuotescopeApp starts it after its first paint,
    so right after ``run_test`` starts there may be no worker to wait for yet. An app
    without a load (a test's host of one widget) has nothing to begin."""
    return getattr(app, "_load_thread", True) is not None


async def begun(pilot: Pilot) -> None:
    """Wait until the app's load has begun (see :func:`load_begun`)."""
    await until(pilot, lambda: load_begun(pilot.app), "the load to begin")


async def finish_workers(pilot: Pilot) -> None:
    """Wait for every worker the app has now. One cancelled counts as finished: closing
    the app cancels the load, and ``Worker.wait`` (so ``workers.wait_for_complete``)
    raises WorkerCancelled for it, so waiting at that moment failed the test."""
    for worker in list(pilot.app.workers):
        with contextlib.suppress(WorkerCancelled):
            await worker.wait()
