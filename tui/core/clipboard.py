"""Put text on the system clipboard when one is reachable, and say where it went.

OSC 52 (the terminal escape Textual sends) reaches no clipboard in default tmux,
GNOME Terminal or macOS Terminal, and nothing tells the app. So ``copy_text`` also
tries pyperclip (pbcopy, xclip/xsel, wl-copy, the Windows API: whichever the system
has) and, inside tmux, tmux's own paste buffer, and reports each place that took the
text: the UI can then say honestly where the citation went, or that it went nowhere.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass

TIMEOUT = 3.0
"""Seconds a clipboard tool may take before we give up on it (it never blocks the UI)."""


@dataclass(frozen=True, slots=True)
class Copied:
    """Where the text went (``places``, in words) and why the system clipboard could
    not take it (``problem``, None when it did)."""

    places: tuple[str, ...]
    problem: str | None = None


def system_clipboard(text: str) -> str | None:
    """Copy with pyperclip; None when it worked, else a short reason."""
    try:
        import pyperclip  # lazy: only when y is pressed

        pyperclip.copy(text)
    except Exception as error:  # PyperclipException, or a tool that failed to start
        reason = str(error).split(".")[0].strip() or type(error).__name__
        return f"no system clipboard ({reason})"
    return None


def tmux_buffer(text: str, env: Mapping[str, str]) -> bool:
    """Inside tmux: load ``text`` into tmux's paste buffer (prefix + ] pastes it)."""
    tmux = shutil.which("tmux", path=env.get("PATH"))
    if not env.get("TMUX") or tmux is None:
        return False
    try:
        done = subprocess.run(
            [tmux, "load-buffer", "-"],
            input=text.encode("utf-8"),
            capture_output=True,
            timeout=TIMEOUT,
            env=dict(env),
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


def copy_text(text: str, env: Mapping[str, str] | None = None) -> Copied:
    """Copy ``text`` to every clipboard within reach (see the module docstring)."""
    env = os.environ if env is None else env
    places: list[str] = []
    problem = system_clipboard(text)
    if problem is None:
        places.append("the system clipboard")
    if tmux_buffer(text, env):
        places.append("the tmux paste buffer")
    return Copied(tuple(places), problem)
