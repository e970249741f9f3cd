"""A worker process killed during a load (the OOM killer, a crash, a signal) never
hangs the load: the other files load, the one it died on is reported and read again
next time, and no process or temporary file is left behind."""

from __future__ import annotations

import multiprocessing
import os
import threading
from pathlib import Path

import pytest

from tests import dying_workers
from tests.dying_workers import corpus_with, in_workers
from tui.core import parallel, problems, scratch, workers
from tui.core.corpus import Corpus, load_corpus

TIMEOUT = 120.0
"""Seconds a load of 40 short files gets before the test calls it hung (it takes ~2)."""


def load_or_hang(run, what: str):
    """``run()``'s value, from a thread given TIMEOUT seconds (a hung load fails the test
    rather than stopping the suite)."""
    out: dict[str, object] = {}

    def target() -> None:
        try:
            out["value"] = run()
        except BaseException as exc:  # (reported below)
            out["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(TIMEOUT)
    assert not thread.is_alive(), f"{what} hung after a worker died"
    if "error" in out:
        raise out["error"]  # type: ignore[misc]
    return out["value"]


def descendants() -> set[int]:
    """Processes descending from this one, but multiprocessing's forkserver and resource
    tracker (they live as long as this process, by design)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as handle:
                    stat = handle.read()
            except OSError:
                continue
            parents[int(entry)] = int(stat.rsplit(b")", 1)[1].split()[1])
    helpers = _helpers()
    found: set[int] = set()
    todo = [os.getpid()]
    while todo:
        pid = todo.pop()
        for child, parent in parents.items():
            if parent == pid and child not in found:
                found.add(child)
                todo.append(child)
    return {pid for pid in found if pid not in helpers}


def _helpers() -> set[int]:
    from multiprocessing import forkserver, resource_tracker

    pids = {
        getattr(forkserver._forkserver, "_forkserver_pid", None),
        getattr(resource_tracker._resource_tracker, "_pid", None),
    }
    return {pid for pid in pids if pid}


def check_nothing_left(before: set[int], cache: Path) -> None:
    """No worker process alive, and no temporary file in the cache folder that this
    process will not remove when it ends (the texts of a corpus not saved whole live
    as long as the corpus)."""
    left = descendants() - before
    assert not left, f"processes left behind: {sorted(left)}"
    assert multiprocessing.active_children() == []
    temporary = [str(p) for p in cache.rglob(f"{scratch.PREFIX}*")]
    assert all(path in scratch._listed for path in temporary), temporary


def only_the_victim_is_missing(corpus: Corpus, victim: str, files: int = 40) -> None:
    assert len(corpus.articles) == files - 1
    assert not any(victim in a.path for a in corpus.articles)
    unread = problems.unread(corpus.problems)
    assert [Path(p.path).name for p in unread] == [f"13-{victim}.txt"]
    assert "killed by SIGKILL" in unread[0].reason


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
@pytest.mark.parametrize("victim", [dying_workers.AT_ONCE, dying_workers.SENDING])
@pytest.mark.parametrize("start", ["fork", "forkserver"])
def test_a_worker_killed_mid_load_costs_its_file_alone_and_never_hangs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, victim: str, start: str
) -> None:
    """Killed as it sent its answer, a worker left the pool's reader waiting for the
    rest for ever: the load (and the app) hung on "Loading articles…"."""
    folder = corpus_with(tmp_path / "corpus", victim)
    cache = Path(os.environ["QUOTESCOPE_CACHE_DIR"])
    in_workers(monkeypatch)
    if start == "fork":  # (the CLI's; a thread's load uses the forkserver)
        monkeypatch.setattr(parallel, "_context", lambda: multiprocessing.get_context("fork"))
    before = descendants()
    corpus = load_or_hang(lambda: load_corpus([folder], cache=True), "the load")
    only_the_victim_is_missing(corpus, victim)
    check_nothing_left(before, cache)
    # Never cached: read again by the next load, where nothing dies.
    monkeypatch.setattr(parallel, "extract_packed", dying_workers._REAL)
    again = load_or_hang(lambda: load_corpus([folder], cache=True), "the second load")
    assert len(again.articles) == 40 and not problems.unread(again.problems)


def _exits_at_start() -> None:
    raise SystemExit(3)  # as a worker whose imports fail, or that runs a script again


def test_workers_that_cannot_start_leave_the_load_to_this_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = corpus_with(tmp_path / "corpus", "plain")
    in_workers(monkeypatch)
    monkeypatch.setattr(parallel, "_watch", lambda stop: _exits_at_start())
    monkeypatch.setattr(parallel, "_context", lambda: multiprocessing.get_context("fork"))
    before = descendants()
    corpus = load_or_hang(lambda: load_corpus([folder], workers=2), "the load")
    assert len(corpus.articles) == 40 and not corpus.problems
    check_nothing_left(before, Path(os.environ["QUOTESCOPE_CACHE_DIR"]))


def test_a_dead_workers_end_is_said_in_words() -> None:
    assert workers.how_it_died(-9) == "it was killed by SIGKILL, perhaps out of memory"
    assert workers.how_it_died(-11) == "it was killed by SIGSEGV"
    assert workers.how_it_died(3) == "it exited with code 3"


def test_a_replacement_that_cannot_start_breaks_the_pool_without_a_traceback(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A signal to the whole process group kills the workers and the forkserver at once:
    starting a replacement then fails as the forkserver's pipe ends (EOFError "unexpected
    EOF"). The pool gives its tasks back, broken, and its thread prints nothing."""
    raised: list[BaseException | None] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: raised.append(args.exc_value))
    pool = workers.Pool(multiprocessing.get_context("fork"), 1)
    try:

        def no_forkserver() -> workers._Worker:
            raise EOFError("unexpected EOF")

        monkeypatch.setattr(pool, "_spawn", no_forkserver)
        pool.submit([(1, (os._exit, (1,))), (2, (os.getpid, ()))])
        answers = dict(pool.answer(TIMEOUT) or (0, None) for _ in range(2))
        assert isinstance(answers.pop(1), workers.Died)
        assert answers == {2: None}  # handed back, for the caller to do itself
        assert pool.broken
    finally:
        pool.close()
    assert raised == []
