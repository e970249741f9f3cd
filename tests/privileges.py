"""Can a test drop root's privileges onto this checkout? (user ``nobody``, uid 65534)

A checkout cloned as root inside a private folder (``mktemp -d``, ``/root``: mode
0700) cannot be entered by ``nobody``, so a test that runs the app or its interpreter
as ``nobody`` must skip there, saying why, instead of failing.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

NOBODY = 65534


def closed_to_nobody(paths: Iterable[str | Path]) -> Path | None:
    """The first folder on the way to any of ``paths`` that ``nobody`` cannot enter
    (no execute bit for others, not owned by nobody), or None when all are reachable."""
    for raw in paths:
        path = Path(raw).absolute()
        for folder in [*reversed(path.parents), path] if path.is_dir() else reversed(path.parents):
            try:
                st = folder.stat()
            except OSError:
                return folder
            if st.st_uid == NOBODY:
                continue
            if not st.st_mode & stat.S_IXOTH:
                return folder
    return None


def skip_reason(paths: Iterable[str | Path]) -> str | None:
    """Why a privilege-dropping test cannot run here, or None when it can."""
    if os.geteuid() != 0:
        return None  # not root: the test runs as ourselves
    blocked = closed_to_nobody(paths)
    if blocked is None:
        return None
    mode = stat.S_IMODE(blocked.stat().st_mode) if blocked.exists() else 0
    return (
        f"running as root in {blocked} (mode {mode:04o}), which user nobody cannot enter: "
        "cannot drop privileges onto this checkout"
    )
