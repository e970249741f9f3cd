"""Find article files and read them into ``Article`` objects.

Anything on disk can be wrong: missing paths, unreadable files, FIFOs that would block
forever, symlink loops, binary files, broken JSON lines. Each such file becomes a
``Problem`` with a reason and the load goes on; nothing here raises for bad input and
nothing is ever written to the folders we read.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from tui.core.decode import decode_bytes, unescape_entities
from tui.core.jsonl import read_jsonl
from tui.core.model import Article, Problem
from tui.core.paragraphs import make_article
from tui.core.sanitize import printable, sanitize

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".jsonl"})
MAX_FILE_BYTES = 64 * 1024 * 1024
"""Bigger article files are skipped: no news article is that long, and reading it would
stall. A ``.jsonl`` file has no size limit: it is streamed and limited per line (see
tui.core.jsonl)."""

_MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
# "# Heading" markers, and rule/underline lines ("====", "---", "***"), which would
# otherwise show up in titles and as one-line paragraphs.
_MD_HEADING = re.compile(r"^[ ]{0,3}#{1,6}[ \t]+(?=\S)", re.M)
_MD_RULE = re.compile(r"^[ ]{0,3}(?:=+|-{3,}|\*{3,}|_{3,})[ \t]*$", re.M)


def plain_markdown(text: str) -> str:
    """Drop Markdown heading markers and rule lines; other Markdown stays as written."""
    return _MD_RULE.sub("", _MD_HEADING.sub("", text))


def _problem(path: object, reason: str, skipped: bool = True) -> Problem:
    """A Problem whose path is safe to print (file names may hold control characters)."""
    return Problem(printable(str(path)), reason, skipped)


def _os_reason(exc: OSError) -> str:
    if exc.errno == errno.ENOENT:
        return "no such file or directory"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.ELOOP:
        return "symlink loop"
    return exc.strerror or type(exc).__name__


def discover(paths: Iterable[str | Path]) -> tuple[list[tuple[Path, str]], list[Problem]]:
    """List the article files under ``paths`` with the id each one's articles get.

    A folder is walked recursively (sorted, hidden entries skipped, each real folder
    visited once so symlink loops end); only article suffixes count inside folders. A
    file named directly is always read, whatever its suffix. The same real file is
    listed once even if reached twice.
    """
    files: list[tuple[Path, str]] = []
    problems: list[Problem] = []
    seen_files: set[tuple[int, int]] = set()
    for raw in paths:
        if not str(raw):
            problems.append(Problem("''", "empty path"))
            continue
        path = Path(raw).expanduser()
        try:
            st = path.stat()
        except OSError as exc:
            problems.append(_problem(path, _os_reason(exc)))
            continue
        except ValueError:  # a NUL byte in the path
            problems.append(_problem(repr(str(raw)), "invalid path"))
            continue
        if stat.S_ISDIR(st.st_mode):
            found, walk_problems = _walk(path)
            problems.extend(walk_problems)
            fresh = [(f, i) for f, i in found if _first_time(f, seen_files)]
            if not found:
                problems.append(_problem(path, "no articles (.txt, .md, .jsonl) found"))
            files.extend(fresh)
        elif _first_time(path, seen_files):
            files.append((path, printable(path.name)))
    return files, problems


def _first_time(path: Path, seen: set[tuple[int, int]]) -> bool:
    """False for a file already listed (same device and inode, e.g. via a symlink)."""
    try:
        st = path.stat()
    except (OSError, ValueError):
        return True  # let load_file report why it cannot be read
    key = (st.st_dev, st.st_ino)
    if key in seen:
        return False
    seen.add(key)
    return True


def _walk(root: Path) -> tuple[list[tuple[Path, str]], list[Problem]]:
    found: list[tuple[Path, str]] = []
    problems: list[Problem] = []
    visited: set[str] = set()

    def on_error(exc: OSError) -> None:
        where = exc.filename if exc.filename is not None else root
        problems.append(_problem(where, _os_reason(exc)))

    for dirpath, dirnames, filenames in os.walk(root, onerror=on_error, followlinks=True):
        real = os.path.realpath(dirpath)
        if real in visited:
            dirnames[:] = []
            continue
        visited.add(real)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        here = Path(dirpath)
        rel = os.path.relpath(dirpath, root)
        prefix = "" if rel == "." else Path(rel).as_posix() + "/"
        for name in sorted(filenames):
            if name.startswith(".") or os.path.splitext(name)[1].lower() not in ARTICLE_SUFFIXES:
                continue
            found.append((here / name, printable(prefix + name)))
    return found, problems


def load_file(path: Path, article_id: str) -> tuple[list[Article], list[Problem]]:
    """Read one file into articles (many for ``.jsonl``) plus any problems met.

    File names are untrusted too: ids, paths and problem paths come out with any
    control or invisible character shown escaped, never raw.
    """
    article_id = printable(article_id)
    if path.suffix.lower() == ".jsonl":
        return _load_jsonl(path, article_id)
    data, problem = _read_bytes(path)
    if problem:
        return [], [problem]
    assert data is not None
    decoded = decode_bytes(data)
    if decoded.text is None:
        return [], [_problem(path, f"not a text file ({decoded.binary})")]
    problems = [_problem(path, w, skipped=False) for w in decoded.warnings]
    text = sanitize(unescape_entities(decoded.text))
    if path.suffix.lower() in _MARKDOWN_SUFFIXES:
        text = plain_markdown(text)
    if not text.strip():
        return [], [*problems, _problem(path, "empty")]
    shown = printable(str(path))
    article = _build(problems, shown, article_id, shown, text)
    return ([article] if article else []), problems


def _build(
    problems: list[Problem], where: str, article_id: str, path: str, text: str, **meta: str | None
) -> Article | None:
    """make_article, but a failure on one odd article is a Problem, not a dead load."""
    try:
        return make_article(article_id, path, text, **meta)
    except Exception as exc:  # a bug elsewhere must not stop the other 2,000 files
        problems.append(Problem(where, f"could not be read as an article ({exc!r})"))
        return None


def _open_regular(path: Path, limit: int | None) -> tuple[BinaryIO | None, Problem | None]:
    """The file opened for reading, or a problem. Never opens anything but a regular
    file; ``limit`` is the largest size accepted (None: any)."""
    try:
        st = path.stat()
    except OSError as exc:
        return None, _problem(path, _os_reason(exc))
    except ValueError:
        return None, _problem(repr(str(path)), "invalid path")
    if stat.S_ISDIR(st.st_mode):
        return None, _problem(path, "is a folder")
    if not stat.S_ISREG(st.st_mode):
        return None, _problem(path, "not a regular file (FIFO, socket or device)")
    if limit is not None and st.st_size > limit:
        mb = st.st_size / 1024 / 1024
        return None, _problem(path, f"too large ({mb:.0f} MB; the limit is {limit >> 20} MB)")
    if st.st_size == 0:
        return None, _problem(path, "empty")
    try:
        # O_NONBLOCK: if the file was swapped for a FIFO after the stat, open returns
        # at once instead of waiting for a writer.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        handle = os.fdopen(fd, "rb")
    except OSError as exc:
        return None, _problem(path, _os_reason(exc))
    if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
        handle.close()
        return None, _problem(path, "not a regular file (FIFO, socket or device)")
    return handle, None


def _read_bytes(path: Path) -> tuple[bytes | None, Problem | None]:
    """The file's bytes (at most MAX_FILE_BYTES), or a problem."""
    handle, problem = _open_regular(path, MAX_FILE_BYTES)
    if handle is None:
        return None, problem
    try:
        with handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        return None, _problem(path, _os_reason(exc))
    if len(data) > MAX_FILE_BYTES:
        return None, _problem(path, "too large (grew while reading)")
    return data, None


def _load_jsonl(path: Path, article_id: str) -> tuple[list[Article], list[Problem]]:
    """A JSON lines file, streamed: any size, each line one article (see tui.core.jsonl)."""
    handle, problem = _open_regular(path, None)
    if handle is None:
        return [], [problem] if problem else []
    try:
        with handle:
            return read_jsonl(handle, article_id, printable(str(path)))
    except OSError as exc:
        return [], [_problem(path, _os_reason(exc))]
