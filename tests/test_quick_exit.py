"""The quick exit (``tui.quick_exit``) in a process of its own: what it must not cut short."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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
