"""Temporary files of a load, never left behind in the cache folder.

A load writes under temporary names and renames each file into place once it is whole:
the article texts of a cold load, each shard and snapshot, the index's word lists for
the processes that build them. The app leaves an abandoned load behind when it quits
(``tui.load_thread``) and ends with ``os._exit``: the load's temporary files stayed in
the cache folder (the texts file of a large corpus: hundreds of megabytes, removed
only a day later, by a later load). So each one is made here:

- listed while it is temporary, and removed at exit (the quick exit runs the exit
  handlers); from then on none is made (the load left behind gets ``OSError``, as
  from a full disk, and writes nothing);
- named ``.tmp-PID-…``, so a later load removes those of a process that is gone
  (killed outright, or a power cut) at once, not a day later.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import re
import tempfile
import threading
import time
from pathlib import Path

PREFIX = ".tmp-"
STALE_SECONDS = 24 * 3600
"""A temporary file a day old is removed whoever made it (an older version's, without
its maker's process id, or one whose id a new process took): no load keeps one that
long."""
_PID = re.compile(r"\.tmp-(\d+)-")
_lock = threading.Lock()
_listed: dict[str, int] = {}
"""Path -> the id of the process that made it (a forked child inherits the list)."""
_exiting = False


def create(folder: Path | None, kind: str = "", suffix: str = "") -> tuple[int, str]:
    """A new empty file in ``folder`` (the system's temporary folder when None) that
    only this user can read, open for writing: (descriptor, path). Call :func:`done`
    once it is renamed into place or removed. OSError once the process is exiting."""
    fd, path = tempfile.mkstemp(dir=folder, prefix=f"{PREFIX}{os.getpid()}-{kind}", suffix=suffix)
    with _lock:
        if not _exiting:
            _listed[path] = os.getpid()
            return fd, path
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(path)
    raise OSError("quotescope is exiting: no new file")


def done(path: str | Path) -> None:
    """``path`` is no longer temporary (renamed into place, or removed)."""
    with _lock:
        _listed.pop(str(path), None)


def remove(path: str | Path) -> None:
    """Remove the temporary file ``path`` (gone already is fine)."""
    with contextlib.suppress(OSError):
        os.unlink(path)
    done(path)


@atexit.register
def remove_all() -> None:
    """At exit: remove this process's temporary files, and make no more."""
    global _exiting
    with _lock:
        _exiting = True
        mine = [path for path, pid in _listed.items() if pid == os.getpid()]
        _listed.clear()
    for path in mine:
        with contextlib.suppress(OSError):
            os.unlink(path)


def _gone(pid: int) -> bool:
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # (another user's: it runs)
        return False
    return False


def sweep(folder: Path) -> None:
    """Remove the temporary files in ``folder`` that no running process will finish:
    those of a process that is gone, and any a day old."""
    now = time.time()
    for left in folder.glob(f"{PREFIX}*"):
        found = _PID.match(left.name)
        with contextlib.suppress(OSError):
            gone = found is not None and _gone(int(found.group(1)))
            if gone or now - left.stat().st_mtime > STALE_SECONDS:
                left.unlink()
