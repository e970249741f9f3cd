"""Imported by the forkserver alone (``parallel._context`` preloads it): the server's
stderr, and so its workers', goes to ``/dev/null``.

The forkserver serves the app, which owns the terminal: anything a worker prints there
lands on the screen. One does print when the app ends as a worker starts (a stop signal
during a cold load): the app has removed the pool's semaphores, and the worker's start
fails with a ``FileNotFoundError`` traceback over the user's shell. What a worker has to
say reaches the app through the pool (an exception, a broken pool), not through stderr.
"""

from __future__ import annotations

import contextlib
import os


def _quiet() -> None:
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        os.close(devnull)


_quiet()
