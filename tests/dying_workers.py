"""A worker process that dies on a chosen file, as the OOM killer or a crash would kill
it: tests put ``dies_on`` in place of ``parallel.extract_packed`` (what a worker runs;
the pool sends it by name, so workers forked from a forkserver run it too).

A file whose name holds ``AT_ONCE`` kills its worker (SIGKILL) as soon as the worker's
batch reaches it; one whose name holds ``SENDING`` kills it halfway through sending its
batch's answer back (the OOM killer picks the fattest process: often a worker holding
a large answer). Only workers die: this process extracts files through
``extract_file``, never through ``extract_packed``.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from pathlib import Path

import pytest

from tui.core import parallel

STORY = (
    "Harbour plan {n}\n\n"
    "“The harbour will be open to every boat by spring,” said Councillor Ines Varga.\n\n"
    "Fisherman Tomas Reyl said the plan was “long overdue and far too small for us”."
)
AT_ONCE = "kills-its-worker"
SENDING = "kills-its-worker-sending"
_REAL = parallel.extract_packed  # (taken at import: a test replaces the module's)
_ANSWER = 8 << 20
"""Bytes of the answer a ``SENDING`` batch sends: far more than a pipe holds, so the
worker is sure to be in the middle of sending it when it is killed."""


def dies_on(jobs: list[tuple[str, str, str | None]], *args: object, **kwargs: object) -> bytes:
    names = [Path(path).name for path, _, _ in jobs]
    if any(SENDING in name for name in names):
        threading.Thread(target=_kill_while_sending, args=(threading.get_ident(),)).start()
        return b"\x00" * _ANSWER
    if any(AT_ONCE in name for name in names):
        os.kill(os.getpid(), signal.SIGKILL)
    return _REAL(jobs, *args, **kwargs)


def _kill_while_sending(sender: int) -> None:
    """SIGKILL this process once the thread ``sender`` is writing the answer's bytes
    (past the message's length, which goes first): the reader has part of it."""
    end = time.monotonic() + 30
    while time.monotonic() < end:
        frame = sys._current_frames().get(sender)
        while frame is not None:
            buf = frame.f_locals.get("buf") if frame.f_code.co_name == "_send" else None
            if buf is not None and len(buf) >= _ANSWER // 2:
                os.kill(os.getpid(), signal.SIGKILL)
            frame = frame.f_back
        time.sleep(0.0005)
    os.kill(os.getpid(), signal.SIGKILL)


def corpus_with(folder: Path, victim: str, files: int = 40) -> Path:
    """``files`` short articles, the 14th (``13-…``) named after ``victim`` (``AT_ONCE``,
    ``SENDING``, or any other word: a file that kills nothing)."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(files):
        name = f"{n:02d}-{victim}.txt" if n == 13 else f"{n:02d}.txt"
        (folder / name).write_text(STORY.format(n=n))
    return folder


def in_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every load of the test goes to two workers, in batches of 4, that die on a
    ``corpus_with`` victim."""
    monkeypatch.setattr(parallel, "PARALLEL_MIN_FILES", 1)
    monkeypatch.setattr(parallel, "BATCH_FILES", 4)
    monkeypatch.setattr(parallel, "default_workers", lambda: 2)
    monkeypatch.setattr(parallel, "extract_packed", dies_on)
