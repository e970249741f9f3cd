"""The corpus load's own thread, which the app leaves behind when it closes.

Textual runs thread workers in the event loop's default executor, and ``asyncio.run``
waits for every thread of it on the way out. A load stops between two files when the
app closes, but the parts of a large load that never stop to look (the speaker merge,
quote grouping, the search index: seconds for 200k quotes on a busy machine) were
waited for to the end, as was a thread blocked for ever. This thread is a daemon that
nothing waits for, except the one thing that must not be cut short: the cache being
written once the corpus is on screen (:meth:`LoadThread.leave`).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class LoadThread:
    """Runs ``work(self)`` in a daemon thread; ``work`` asks :attr:`closing` where it
    can stop, and :meth:`saving` before it writes the cache."""

    def __init__(self, work: Callable[[LoadThread], None]) -> None:
        self.closing = threading.Event()
        """Set when the app closes (or starts another load): stop where you can."""
        self.painted = threading.Event()
        """Set once the panes showing the loaded corpus are painted."""
        self._lock = threading.Lock()
        self._saving = False
        self._thread = threading.Thread(
            target=work, args=(self,), name="quotescope-load", daemon=True
        )

    def start(self) -> None:
        self._thread.start()

    def saving(self) -> bool:
        """In the thread, once the corpus and its index are built: False when the app
        is closing (left behind: nothing is written), else True, and from then on the
        app waits for the thread to end (it writes the cache: quickly when closing)."""
        with self._lock:
            if self.closing.is_set():
                return False
            self._saving = True
            return True

    def wait_painted(self, limit: float) -> None:
        """In the thread: wait until the panes showing the corpus are painted, the app
        closes, or ``limit`` seconds have passed."""
        end = time.monotonic() + limit
        while not self.closing.is_set() and time.monotonic() < end:
            if self.painted.wait(0.05):
                return

    def stop(self) -> None:
        """Ask the thread to stop where it can, not waiting for it."""
        with self._lock:
            self.closing.set()

    def leave(self) -> None:
        """The app is leaving: the load stops where it can and is otherwise left
        behind, unless it is writing the cache, which is waited for."""
        with self._lock:
            self.closing.set()
            saving = self._saving
        if saving:
            self._thread.join()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()
