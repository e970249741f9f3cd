"""The ``quotescope`` command's entry point: handle signals first, then import the rest.

Importing the CLI, the core and Textual takes a moment. A Ctrl+C, SIGTERM or SIGHUP in
that moment must end the command with its exit code (130, 143, 129) and no traceback;
nothing has been written yet, so there is nothing to clean up. Once the explorer has
given the terminal back, the process ends at once (``tui.quick_exit``).

A signal's handler raises an exception wherever the program is, and Python does not
always let it through as it is: an exception raised inside a ``__set_name__`` call,
which creating a class makes for each of its ``dataclasses.field`` attributes, comes
out as ``RuntimeError("Error calling __set_name__ …")``, the original its cause
(Python 3.11). A signal landing while ``tui.core.decode`` was imported gave that
traceback and exit 1. :func:`stop_in` finds the stop inside such a wrapper.
"""

from __future__ import annotations

import sys


class _Stopped(SystemExit):
    """A stop signal before the CLI's own handlers are in: exit ``128 + signum``."""

    def __init__(self, signum: int) -> None:
        super().__init__(128 + signum)
        self.signum = signum


def _exit_now(signum: int, frame: object) -> None:
    raise _Stopped(signum)


def stop_in(error: BaseException | None) -> BaseException | None:
    """The stop (a KeyboardInterrupt, or what a stop signal's handler raised: an
    exception with a ``signum``) that ``error`` is or, through its causes, wraps."""
    for _ in range(8):  # (a wrapper's cause is the exception it wraps)
        if error is None or stop_code(error) is not None:
            return error
        error = error.__cause__
    return None


def stop_code(stop: BaseException) -> int | None:
    """The exit code of a stop (130 for Ctrl+C, 128 + N for signal N), else None."""
    if isinstance(stop, KeyboardInterrupt):
        return 130
    signum = getattr(stop, "signum", None)
    return 128 + signum if isinstance(signum, int) else None


def main() -> int:
    """Entry point of ``quotescope`` and ``python -m tui``; returns the exit code.

    Every import is inside the ``try``: on a busy machine even the signal module takes
    long enough to import for a Ctrl+C to land in it.
    """
    try:
        import signal

        for signum in (signal.SIGTERM, signal.SIGHUP):
            signal.signal(signum, _exit_now)  # tui.cli and the app install their own later
        from tui.cli import main as run
    except BaseException as error:
        stop = stop_in(error)
        if stop is None:
            raise
        if isinstance(stop, KeyboardInterrupt):
            sys.stderr.write("quotescope: interrupted\n")
        return stop_code(stop) or 1
    code = run()
    from tui import quick_exit

    if quick_exit.armed():  # the explorer ran and gave the terminal back
        quick_exit.exit_now(code)
    return code
