"""SIGTERM, SIGHUP and SIGINT end the app the orderly way from the moment it runs.

The event loop's own handlers (``loop.add_signal_handler``) can only go in once the loop
runs, and until they do ``asyncio.run`` handles SIGINT itself: it cancels the app's main
task, which Textual swallows while it starts. A Ctrl+C in that moment (a loaded machine
makes it a second or more) was lost: the app came up as if nothing had been pressed,
ignored the ``q`` typed next (the search box has the focus), and printed Textual's
NoMatches traceback when it finally closed. Here a plain handler notes such a signal from
before the loop runs until after its handlers are gone, and the app stops on it as soon
as it can: it never takes over the terminal then.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import Callable, Iterator
from typing import Any

STOP_SIGNALS = (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)
"""Signals that end the app the orderly way (terminal restored), exit code 128 + N."""


class StopSignals:
    """Turns the stop signals into calls of ``stop(signum)`` on the app's loop."""

    def __init__(self, stop: Callable[[int], None]) -> None:
        self._stop = stop
        self.noted: int | None = None
        """The first signal that arrived while only the plain handler was in."""
        self._loop: asyncio.AbstractEventLoop | None = None
        self._in_loop: list[int] = []
        self._previous: dict[int, Any] = {}

    @contextlib.contextmanager
    def noted_meanwhile(self) -> Iterator[None]:
        """Around the app's whole run: a signal is noted, never raised (main thread only)."""
        with contextlib.suppress(ValueError):  # not the main thread: nothing to install
            for signum in STOP_SIGNALS:
                self._previous[signum] = signal.signal(signum, self._note)
        try:
            yield
        finally:
            for signum, handler in self._previous.items():
                signal.signal(signum, handler)
            self._previous.clear()

    def _note(self, signum: int, frame: object) -> None:
        if self.noted is None:
            self.noted = signum
        if self._loop is not None:  # the loop's handlers came and went: the app is closing
            with contextlib.suppress(RuntimeError):  # the loop is closed already
                self._loop.call_soon_threadsafe(self._stop, signum)

    def attach(self, loop: asyncio.AbstractEventLoop) -> None:
        """In the running loop, before the terminal is taken over: the loop's handlers
        stop the app from now on, and a signal noted before stops it at once."""
        self._loop = loop
        for signum in STOP_SIGNALS:
            # Not on the main thread, or no signals (Windows): nothing to install.
            with contextlib.suppress(ValueError, RuntimeError, NotImplementedError):
                loop.add_signal_handler(signum, self._stop, signum)
                self._in_loop.append(signum)
        if self.noted is not None:
            self._stop(self.noted)

    def detach(self) -> None:
        """The loop's handlers out (the app is closing); the plain one back where it was."""
        for signum in self._in_loop:
            if self._loop is not None:
                self._loop.remove_signal_handler(signum)
            if signum in self._previous:
                signal.signal(signum, self._note)
        self._in_loop.clear()
