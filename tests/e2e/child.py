"""How the end-to-end tests start the real command: as a terminal's foreground job would."""

from __future__ import annotations

import signal


def as_foreground_job() -> None:
    """Run in the child before exec: SIGINT and SIGQUIT back to their defaults.

    A shell starts a background job (``pytest … &``, nohup, some CI runners) with both
    ignored, and an ignored signal stays ignored across exec: the tests that press Ctrl+C
    or send SIGINT would then test a process deaf to them, as a user's never is.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGQUIT, signal.SIG_DFL)
