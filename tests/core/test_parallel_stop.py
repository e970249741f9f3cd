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

from tui.core import extract, parallel
from tui.core.child_signals import deaf_children

STORY = "Harbour plan {n}\n\n“The harbour opens by spring,” said Councillor Ines Varga.\n"


class Abandoned(Exception):
    """What the caller's ``done`` raises: the app quitting, a stop signal."""


def _slow_files(marks: Path, seconds: float):
    """``extract_file`` taking ``seconds`` a file, leaving a mark when it starts and ends
    one (it runs in the forked workers, which inherit the patch)."""
    real = extract.extract_file

    def slow(path, *args):
        mark = marks / Path(path).name
        mark.with_suffix(".started").touch()
        time.sleep(seconds)
        mark.with_suffix(".finished").touch()
        return real(path, *args)

    return slow


def _abandon_a_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: int, batch: int, seconds: float
) -> tuple[Path, list[str]]:
    """Load ``files`` slow files in batches on two workers and quit as soon as one has
    started; the marks and what stopped the workers outright (``stop_processes``)."""
    jobs = []
    for n in range(files):
        path = tmp_path / f"{n}.txt"
        path.write_text(STORY.format(n=n))
        jobs.append((path, path.name))
    marks = tmp_path / "marks"
    marks.mkdir()
    monkeypatch.setattr(parallel, "PARALLEL_MIN_FILES", 1)
    monkeypatch.setattr(parallel, "BATCH_FILES", batch)
    monkeypatch.setattr(parallel, "_context", lambda: multiprocessing.get_context("fork"))
    monkeypatch.setattr(extract, "extract_file", _slow_files(marks, seconds))
    killed: list[str] = []
    real_stop = parallel.stop_processes
    monkeypatch.setattr(
        parallel, "stop_processes", lambda ex: (killed.append("stop"), real_stop(ex))
    )

    def done(count: int) -> None:
        if list(marks.glob("*.started")):  # a worker is busy with its batch: quit now
            raise Abandoned

    with pytest.raises(Abandoned):
        list(parallel.extract_all(jobs, None, workers=2, done=done))
    assert list(marks.glob("*.started")), "no worker had started"
    assert multiprocessing.active_children() == []
    return marks, killed


def test_an_abandoned_load_s_workers_give_their_batches_up_between_two_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Quitting during a cold load waited for every batch the workers were running (a
    second or two each, on real articles). Then they were killed, and one killed while
    it sent its result left the pool waiting for the rest: the app hung on exit."""
    marks, killed = _abandon_a_load(tmp_path, monkeypatch, files=16, batch=8, seconds=0.3)
    finished = len(list(marks.glob("*.finished")))
    assert finished <= 4, f"{finished} files of the abandoned batches were still extracted"
    assert killed == [], "a worker was killed instead of giving up"


def test_a_worker_busy_with_one_huge_file_is_stopped_outright(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "ABANDON_GRACE", 0.3)
    marks, killed = _abandon_a_load(tmp_path, monkeypatch, files=2, batch=1, seconds=30)
    assert killed == ["stop"]
    assert not list(marks.glob("*.finished")), "a batch was waited for"


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
