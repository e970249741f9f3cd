"""An abandoned load stops its worker processes at once, and they leave the terminal's
signals (SIGHUP when it closes, SIGINT) to the process that started them."""

from __future__ import annotations

import multiprocessing
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tui.core import parallel
from tui.core.child_signals import deaf_children

STORY = "Harbour plan {n}\n\n“The harbour opens by spring,” said Councillor Ines Varga.\n"


class Abandoned(Exception):
    """What the caller's ``done`` raises: the app quitting, a stop signal."""


def _slow_extract(marks: Path):
    real = parallel.extract_files

    def slow(jobs, digests=False):  # runs in the (forked) worker
        mark = marks / f"{multiprocessing.current_process().pid}"
        mark.with_suffix(".started").touch()
        time.sleep(30)
        mark.with_suffix(".finished").touch()
        return real(jobs, digests)

    return slow


def test_an_abandoned_load_stops_its_workers_instead_of_waiting_for_their_batches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Quitting during a cold load waited for every batch the workers were running (a
    second or two each, on real articles): ``done`` was only called when one ended."""
    files = []
    for n in range(4):
        path = tmp_path / f"{n}.txt"
        path.write_text(STORY.format(n=n))
        files.append((path, path.name))
    marks = tmp_path / "marks"
    marks.mkdir()
    monkeypatch.setattr(parallel, "PARALLEL_MIN_FILES", 1)
    monkeypatch.setattr(parallel, "BATCH_FILES", 1)
    # Forked workers run this process's (patched) extract_files.
    monkeypatch.setattr(parallel, "_context", lambda: multiprocessing.get_context("fork"))
    monkeypatch.setattr(parallel, "extract_files", _slow_extract(marks))

    def done(files: int) -> None:
        if list(marks.glob("*.started")):  # a worker is busy with its batch: quit now
            raise Abandoned

    with pytest.raises(Abandoned):
        list(parallel.extract_all(files, None, workers=2, done=done))
    assert list(marks.glob("*.started")), "no worker had started"
    assert not list(marks.glob("*.finished")), "a batch was waited for"
    assert multiprocessing.active_children() == []


BLOCKED = "import signal; print(*(int(s) for s in signal.pthread_sigmask(signal.SIG_BLOCK, [])))"


def test_processes_started_deaf_to_the_terminal_never_get_its_signals() -> None:
    """A closed terminal's SIGHUP reaches its whole process group: multiprocessing's
    resource tracker died of it, and the one started in its place printed a KeyError
    traceback per semaphore. Only the children are deaf: this thread hears them again."""
    before = signal.pthread_sigmask(signal.SIG_BLOCK, [])
    with deaf_children():
        child = subprocess.run(
            [sys.executable, "-c", BLOCKED], capture_output=True, text=True, check=True
        )
    blocked = {int(number) for number in child.stdout.split()}
    assert {signal.SIGHUP, signal.SIGINT} <= blocked
    assert signal.SIGTERM not in blocked  # the pool stops a broken pool's workers with it
    assert signal.pthread_sigmask(signal.SIG_BLOCK, []) == before
