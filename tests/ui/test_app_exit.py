"""The app's threads never wait for the app: a thread reporting just as the app's loop
stops goes on at once. ``call_from_thread`` waited for the loop to run each call, and
a loop stopping meanwhile never did: the thread waited for ever, and the process for
the thread."""

from __future__ import annotations

import asyncio
import threading

from tests.ui.waiting import loaded
from tui.app import QuotescopeApp
from tui.load_thread import LoadThread


def _closed_app() -> tuple[QuotescopeApp, asyncio.AbstractEventLoop]:
    """An app run to its end on a loop left open and stopped (as ``asyncio.run``'s is
    between its last step and closing it)."""
    app = QuotescopeApp()

    async def run() -> None:
        async with app.run_test() as pilot:
            await loaded(pilot)

    loop = asyncio.new_event_loop()
    loop.run_until_complete(run())
    return app, loop


def test_the_load_thread_reporting_to_a_stopped_app_goes_on() -> None:
    app, loop = _closed_app()
    try:
        returned = threading.Event()

        def report() -> None:
            app._progress_until(LoadThread(lambda thread: None))(1, 2)
            app._post(app._progress_indexing, 10)
            returned.set()

        threading.Thread(target=report, daemon=True).start()
        assert returned.wait(10), "the thread waited for a loop that no longer runs"
    finally:
        loop.close()


def test_leaving_waits_only_for_a_cache_being_written() -> None:
    """Closing leaves a load behind, except once it writes the cache (``saving``)."""
    release = threading.Event()
    stages: list[str] = []

    def work(thread: LoadThread) -> None:
        if thread.saving():
            stages.append("saving")
            release.wait(5)
            stages.append("saved")

    left = LoadThread(lambda thread: release.wait(30))
    left.start()
    left.leave()  # returns at once: not saving
    assert left.running and left.closing.is_set()
    release.set()

    release.clear()
    writing = LoadThread(work)
    writing.start()
    while not stages:
        pass
    threading.Timer(0.2, release.set).start()
    writing.leave()  # waits for the write
    assert stages == ["saving", "saved"] and not writing.running

    closed = LoadThread(work)
    closed.stop()
    closed.start()
    closed.leave()
    assert stages == ["saving", "saved"]  # stopped first: it never began writing
