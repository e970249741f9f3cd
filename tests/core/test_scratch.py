"""A load's temporary files: removed at exit, and by a later load once their maker is
gone (``tui.core.scratch``)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from tui.core import scratch
from tui.core.corpus import load_corpus


def _dead_pid() -> int:
    """The id of a process that has ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_later_load_removes_what_a_dead_process_left(tmp_path: Path, monkeypatch) -> None:
    """A load killed outright (SIGKILL, a power cut) runs no exit handler: its files
    stay, named with its process id, and the next load of that corpus removes them;
    those of a live process, and young ones of an older version, stay."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Title\n\n“We agree,” said Ann Lee.\n", encoding="utf-8")
    monkeypatch.setenv("QUOTESCOPE_CACHE_DIR", str(tmp_path / "cache"))
    load_corpus([corpus], cache=True)
    (store,) = (tmp_path / "cache" / "corpora").iterdir()
    dead = store / f".tmp-{_dead_pid()}-texts-x.qsc"
    alive = store / f".tmp-{os.getppid()}-y.qsc"
    legacy_old, legacy_young = store / ".tmp-texts-old.qsc", store / ".tmp-texts-new.qsc"
    for left in (dead, alive, legacy_old, legacy_young):
        left.write_bytes(b"half")
    day_ago = time.time() - scratch.STALE_SECONDS - 60
    os.utime(legacy_old, (day_ago, day_ago))
    assert load_corpus([corpus], cache=True).quotes[0].speaker == "Ann Lee"
    assert not dead.exists() and not legacy_old.exists()
    assert alive.exists() and legacy_young.exists()


EXITS = """
import os, sys, threading
from pathlib import Path
from tui.core import scratch
from tui.core.cache import Store
from tui.core.text_store import TextStore

folder = Path(sys.argv[1])
texts = TextStore.temporary(folder)  # a cold load's texts, never kept
texts.add("Words of an article.")
fd, path = scratch.create(folder, suffix=".qsc")  # a shard half written
os.write(fd, b"half")
left_behind = threading.Event()

def load():  # a load the app left behind: writing when the process exits
    left_behind.wait()
    try:
        Store(folder).write(0, {})
    except OSError:
        print("refused", flush=True)

threading.Thread(target=load, daemon=True).start()
scratch.remove_all()  # (the exit handlers: the thread writes only after them)
left_behind.set()
threading.Event().wait(1)
"""


def test_nothing_temporary_is_left_at_exit_nor_made_after(tmp_path: Path) -> None:
    """The app ends with ``os._exit`` after the exit handlers, leaving its load behind:
    the load's temporary files are removed then, and a write the load starts after
    that is refused (as from a full disk) rather than left half done."""
    done = subprocess.run(
        [sys.executable, "-c", EXITS, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "refused\n"
    assert list(tmp_path.iterdir()) == []
