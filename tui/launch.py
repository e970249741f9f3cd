"""The ``quotescope`` command's entry point: handle signals first, then import the rest.

Importing the CLI, the core and Textual takes a moment. A Ctrl+C, SIGTERM or SIGHUP in
that moment must end the command with its exit code (130, 143, 129) and no traceback;
nothing has been written yet, so there is nothing to clean up. Once the explorer has
given the terminal back, the process ends at once (``tui.quick_exit``).
"""

from __future__ import annotations

import sys


def _exit_now(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


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
    except KeyboardInterrupt:
        sys.stderr.write("quotescope: interrupted\n")
        return 130
    code = run()
    from tui import quick_exit

    if quick_exit.armed():  # the explorer ran and gave the terminal back
        quick_exit.exit_now(code)
    return code
