"""Helper processes leave the terminal's signals to the process that started them.

Closing a terminal sends SIGHUP to its whole process group, and Ctrl+C in a terminal
that is not in raw mode sends SIGINT to it. multiprocessing's helpers are in that group:
its resource tracker died of SIGHUP, and the parent, tidying up on its way out, started
a new one, which printed a ``KeyError`` traceback for every semaphore it had never seen.
Started with those signals blocked (a child inherits the mask of the thread that starts
it), the helpers never act on them: the parent, which does, stops its workers itself
(``stop_processes``), and the tracker and forkserver end with it, as their pipes close.

SIGTERM is left alone: the pool sends it to its own workers when one of them dies.
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterable, Iterator
from typing import Any

TERMINAL_SIGNALS = frozenset({signal.SIGHUP, signal.SIGINT})
"""What a terminal sends its whole foreground process group."""


@contextlib.contextmanager
def deaf_children() -> Iterator[None]:
    """Block the terminal's signals in this thread while it starts processes; one that
    arrives meanwhile is delivered here as soon as the block ends."""
    if not hasattr(signal, "pthread_sigmask"):  # Windows: no process groups to fear
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, TERMINAL_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def stop_processes(processes: Iterable[Any]) -> None:
    """End worker processes now, whatever they are doing (SIGTERM): the load they work
    for was abandoned (Ctrl+C, a stop signal, the app quitting), and a polite request
    would wait for every batch already running."""
    for process in list(processes):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            process.terminate()
