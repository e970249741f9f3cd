"""Ending the process as soon as the app has given the terminal back.

Python's own shutdown came after that: it waited for every non-daemon thread (a pool's
reader stuck for ever on a message a killed worker never finished, as a SIGTERM sent to
the whole process group leaves it), ran the exit handlers, then freed the corpus object
by object (0.5 s and more for a large one) while the shell waited for its prompt.

:func:`exit_now` does what matters of that, in order, then ``os._exit``: every output
is flushed, then pointed at ``/dev/null`` (what a thread left behind says as its pool
breaks must not land on the user's screen); the worker processes of a load left behind
are ended; the exit handlers run (multiprocessing's unregisters the semaphores its
resource tracker would otherwise report as leaked). A watchdog makes sure even that
cannot hang. Files written by the app are closed before (a cache being written is
waited for: ``QuotescopeApp.run`` ends with ``leave_load``).

The load left behind may itself be dropping its pool at that moment: a semaphore's
finalizer, run in the load's thread, removes the semaphore and then tells the resource
tracker. ``os._exit`` between the two (the thread, writing to the tracker's pipe, gives
up the interpreter's lock to this one) left the tracker thinking the semaphore leaked:
it printed "There appear to be 1 leaked semaphore objects" and "No such file or
directory" on the user's shell, after the prompt (1 exit in 12 after a SIGHUP during a
cold load). So the exit waits, briefly, for any such finalizer to end.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import sys
import threading
import time
from types import CodeType
from typing import NoReturn

WATCHDOG = 5.0
"""Seconds the steps before ``os._exit`` may take: past that, it exits anyway."""
FINALIZERS = 0.5
"""Seconds the exit waits for another thread's multiprocessing finalizer to end (one
removing a semaphore takes a millisecond: this only bounds a stuck one)."""
_ARMED = threading.Event()


def arm() -> None:
    """The explorer has closed and given the terminal back: the command's entry point
    (``tui.launch``) may end the process with :func:`exit_now` (code calling the CLI
    in-process, tests, never reach it)."""
    _ARMED.set()


def armed() -> bool:
    return _ARMED.is_set()


def exit_now(code: int) -> NoReturn:
    """End the process with ``code`` (see the module's docstring)."""
    watchdog = threading.Timer(WATCHDOG, os._exit, (code,))
    watchdog.daemon = True
    watchdog.start()
    _flush()
    _quiet_output()
    _end_children()
    with contextlib.suppress(BaseException):
        atexit._run_exitfuncs()
    _let_finalizers_end()
    _end_helpers()
    os._exit(code)


def _let_finalizers_end(limit: float = FINALIZERS) -> None:
    """Wait (at most ``limit`` seconds) while another thread runs one of
    multiprocessing's finalizers (see the module's docstring). Those not begun yet
    were run here by the exit handlers: a thread finds them gone."""
    util = sys.modules.get("multiprocessing.util")
    if util is None:  # multiprocessing never used: no finalizer anywhere
        return
    code = util.Finalize.__call__.__code__
    end = time.monotonic() + limit
    while _running_elsewhere(code) and time.monotonic() < end:
        time.sleep(0.001)  # (gives the interpreter's lock to that thread)


def _running_elsewhere(code: CodeType) -> bool:
    """Whether a thread other than this one is inside ``code``."""
    me = threading.get_ident()
    for ident, top in sys._current_frames().items():
        frame = None if ident == me else top
        while frame is not None:
            if frame.f_code is code:
                return True
            frame = frame.f_back
    return False


def _end_children() -> None:
    """End the worker processes still running (a load left behind): they would finish
    their batch for nobody, then fail writing it to a closed pipe."""
    multiprocessing = sys.modules.get("multiprocessing")
    if multiprocessing is None:  # no process was ever started
        return
    children = multiprocessing.active_children()
    for child in children:
        with contextlib.suppress(OSError, ValueError, AttributeError):
            child.terminate()
    for child in children:
        with contextlib.suppress(OSError, ValueError, AttributeError, AssertionError):
            child.join(1)


def _end_helpers() -> None:
    """Stop multiprocessing's forkserver and resource tracker and reap them.

    Both are children of this process and end when it does (their pipes close), but
    then as orphans, after it: for 0.05-0.15 s they still run, then wait as zombies
    until init reaps them (1.3-2 s on the machine measured), all of it in the app's
    process group after the app has gone. Here their pipes are closed and they are
    waited for, the forkserver first (the tracker waits for it: it holds the
    tracker's pipe too). The workers have ended (``_end_children``), and no
    finalizer is left to tell the tracker anything (``_let_finalizers_end``)."""
    for module, helper in (
        ("multiprocessing.forkserver", "_forkserver"),
        ("multiprocessing.resource_tracker", "_resource_tracker"),
    ):
        stop = getattr(getattr(sys.modules.get(module), helper, None), "_stop", None)
        if stop is not None:  # (Python's own way to stop them, for its tests)
            with contextlib.suppress(Exception):
                stop()


def _flush() -> None:
    for stream in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
        with contextlib.suppress(Exception):
            if stream is not None:
                stream.flush()


def _quiet_output() -> None:
    """Point stdout and stderr at /dev/null: everything meant for the user is out."""
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        for fd in (1, 2):
            with contextlib.suppress(OSError):
                os.dup2(devnull, fd)
        os.close(devnull)
