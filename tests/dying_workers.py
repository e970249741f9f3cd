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
import threading
from multiprocessing.connection import Connection
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
_LAST_RESORT_S = 30.0
"""Seconds after which a ``SENDING`` worker kills itself whatever it is doing."""
_ANSWER = 8 << 20
"""Bytes of the answer a ``SENDING`` batch sends: far more than a pipe holds, so the
worker is sure to be in the middle of sending it when it is killed."""


def dies_on(jobs: list[tuple[str, str, str | None]], *args: object, **kwargs: object) -> bytes:
    names = [Path(path).name for path, _, _ in jobs]
    if any(SENDING in name for name in names):
        _die_halfway_through_sending()
        return b"\x00" * _ANSWER
    if any(AT_ONCE in name for name in names):
        os.kill(os.getpid(), signal.SIGKILL)
    return _REAL(jobs, *args, **kwargs)


def _die_halfway_through_sending() -> None:
    """Make this worker SIGKILL itself once half of its answer's bytes are written (past
    the message's length, which goes first): the reader has part of it.

    (In the worker only: its connections' writes are replaced. A thread watching the
    sender and killing the process once it saw the write under way lost the race under
    load: the whole answer could be written between two of its looks, and the parent
    then read a complete answer of zeros, "bad marshal data".)"""
    real = Connection._send
    # (Should the parent never read, the write would block for ever: die anyway.)
    threading.Timer(_LAST_RESORT_S, os.kill, (os.getpid(), signal.SIGKILL)).start()

    def send(self: Connection, buf: bytes, *args: object) -> None:
        if len(buf) < _ANSWER:
            real(self, buf, *args)
            return
        half = memoryview(buf)[: len(buf) // 2]
        while half:
            half = half[os.write(self.fileno(), half) :]
        os.kill(os.getpid(), signal.SIGKILL)

    Connection._send = send  # type: ignore[method-assign]


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
