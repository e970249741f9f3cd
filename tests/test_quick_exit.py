"""The quick exit (``tui.quick_exit``) in a process of its own: what it must not cut short."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

# Another thread is inside a multiprocessing finalizer (as the load's thread is when it
# drops an abandoned pool: the semaphore removed, the resource tracker not told yet)
# when the main thread exits.
FINALIZER_ELSEWHERE = """
import sys, threading, time
from multiprocessing import util
from tui import quick_exit

inside = threading.Event()

def finalize(done):
    inside.set()
    time.sleep(0.2)
    open(done, "w").close()

class Pool:
    pass

pool = Pool()
util.Finalize(pool, finalize, (sys.argv[1],), exitpriority=0)

def drop():
    global pool
    del pool  # the finalizer runs here, in this thread

threading.Thread(target=drop, daemon=True).start()
inside.wait(10)
quick_exit.exit_now(3)
"""


def test_the_quick_exit_lets_a_finalizer_in_another_thread_end(tmp_path: Path) -> None:
    """Cut short, the load thread's finalizer left a semaphore the tracker thought
    leaked: it printed a warning on the user's shell after the app had gone."""
    done = tmp_path / "done"
    result = subprocess.run(
        [sys.executable, "-c", FINALIZER_ELSEWHERE, str(done)],
        cwd=REPO_ROOT,
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 3, result.stderr
    assert done.exists(), "os._exit cut the other thread's finalizer short"


# The app's load pool (a forkserver, as the app loads in a thread), workers running
# when the quick exit comes.
POOL_THEN_EXIT = """
import threading
from tui import quick_exit
from tui.core import parallel

threading.Thread(target=threading.Event().wait, daemon=True).start()
pool, stop = parallel._pool(2)
pool.submit([(0, (parallel._stopped, ()))])
assert pool.answer(60) is not None
quick_exit.exit_now(0)
"""


def test_the_quick_exit_leaves_no_process_of_its_own_behind() -> None:
    """The forkserver and the resource tracker ended after the app, as orphans: for
    1.3-2 s the app's process group still held them (running, then zombies) while
    the user's shell had its prompt back."""
    proc = subprocess.Popen(
        [sys.executable, "-c", POOL_THEN_EXIT], cwd=REPO_ROOT, start_new_session=True
    )
    assert proc.wait(60) == 0
    try:
        os.killpg(proc.pid, 0)
    except ProcessLookupError:
        return
    left = subprocess.run(
        ["ps", "-o", "pid=,stat=,args=", "-g", str(proc.pid)], capture_output=True, text=True
    ).stdout
    pytest.fail(f"still in the app's process group when it ended:\n{left}")
