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
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import BinaryIO

from tui.core.decode import decode_bytes, unescape_entities
from tui.core.jsonl import read_jsonl
from tui.core.model import Article, Problem
from tui.core.paragraphs import make_article
from tui.core.sanitize import printable, sanitize
from tui.core.webpage import read_page

FORMATS: dict[str, str] = {
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".jsonl": "jsonl",
    ".html": "html",
    ".htm": "html",
}
"""Article formats by file suffix; anything else is not read unless the user says how."""
ARTICLE_SUFFIXES = frozenset(FORMATS)
READ_AS = ("txt", "md", "jsonl", "html")
"""Formats a file with another suffix can be read as (``--as FORMAT``)."""
KNOWN = ".txt, .md, .jsonl, .html"
MAX_FILE_BYTES = 64 * 1024 * 1024
"""Bigger article files are skipped: no news article is that long, and reading it would
stall. A ``.jsonl`` file has no size limit: it is streamed and limited per line (see
tui.core.jsonl)."""

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


def file_format(path: Path, read_as: str | None = None) -> str | None:
    """How to read ``path``: by its suffix, else as ``read_as``; None means not at all.

    A file without a suffix ("README", "story") is plain text.
    """
    suffix = path.suffix.lower()
    if suffix in FORMATS:
        return FORMATS[suffix]
    if read_as:
        return read_as
    return "txt" if not suffix else None


def _unknown_type(path: Path) -> Problem:
    suffix = printable(path.suffix.lower())
    return _problem(
        path, f"not an article file type ({suffix}; read: {KNOWN}; --as FORMAT reads it anyway)"
    )


def discover(
    paths: Iterable[str | Path],
    read_as: str | None = None,
    stats: dict[str, os.stat_result] | None = None,
    found: Callable[[int], None] | None = None,
) -> tuple[list[tuple[Path, str]], list[Problem]]:
    """List the article files under ``paths`` with the id each one's articles get.

    A folder is walked recursively (sorted, hidden entries skipped, each real folder
    visited once so symlink loops end); only article suffixes count inside folders, and
    the others are summed up in one warning per folder. A file named directly with
    another suffix (a ``.tsv`` table, a ``.csv``) is skipped with a reason, unless
    ``read_as`` names the format to read it as. The same real file is listed once even
    if reached twice. With ``stats``, each listed file's stat goes there (by
    ``str(path)``): taken once to list it, it serves its cache key too. ``found(n)``
    is told, folder by folder, about how many files are listed so far (copies reached
    twice counted): a load starts its workers before the last folder is walked.
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
            told = None if found is None else partial(_after, found, len(files))
            listed, walk_problems = _walk(path, told)
            problems.extend(walk_problems)
            fresh = [(f, i) for f, i in listed if _first_time(f, seen_files, stats)]
            if not listed:
                problems.append(_problem(path, f"no articles ({KNOWN}) found"))
            files.extend(fresh)
        elif stat.S_ISREG(st.st_mode) and file_format(path, read_as) is None:
            problems.append(_unknown_type(path))
        elif _first_time(path, seen_files, stats, st):
            files.append((path, printable(path.name)))
            if found is not None:
                found(len(files))
    return files, problems


def _after(found: Callable[[int], None], before: int, n: int) -> None:
    """``found`` told of ``n`` files listed after the ``before`` listed already."""
    found(before + n)


def _first_time(
    path: Path,
    seen: set[tuple[int, int]],
    stats: dict[str, os.stat_result] | None = None,
    st: os.stat_result | None = None,
) -> bool:
    """False for a file already listed (same device and inode, e.g. via a symlink);
    its stat (``st`` when already taken) is put in ``stats`` when it is listed."""
    if st is None:
        try:
            st = path.stat()
        except (OSError, ValueError):
            return True  # let load_file report why it cannot be read
    key = (st.st_dev, st.st_ino)
    if key in seen:
        return False
    seen.add(key)
    if stats is not None:
        stats[str(path)] = st
    return True


def _walk(
    root: Path, told: Callable[[int], None] | None = None
) -> tuple[list[tuple[Path, str]], list[Problem]]:
    """The article files under ``root`` (``told`` how many so far after each folder)."""
    found: list[tuple[Path, str]] = []
    problems: list[Problem] = []
    visited: set[str] = set()
    others: dict[str, int] = {}

    def on_error(exc: OSError) -> None:
        where = exc.filename if exc.filename is not None else root
        problems.append(_problem(where, _os_reason(exc)))

    for dirpath, dirnames, filenames in os.walk(root, onerror=on_error, followlinks=True):
        real = os.path.realpath(dirpath)
        if real in visited:
            dirnames[:] = []
            continue
        visited.add(real)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith((".", "__")))
        here = Path(dirpath)
        rel = os.path.relpath(dirpath, root)
        prefix = "" if rel == "." else Path(rel).as_posix() + "/"
        for name in sorted(filenames):
            if name.startswith((".", "__")):  # .git, .DS_Store, __init__.py, __MACOSX
                continue
            suffix = os.path.splitext(name)[1].lower()
            if suffix not in ARTICLE_SUFFIXES:
                if suffix:  # README, LICENSE and the like are not worth a word
                    others[suffix] = others.get(suffix, 0) + 1
                continue
            found.append((here / name, printable(prefix + name)))
        if told is not None and found:
            told(len(found))
    if others and found:
        problems.append(_others_note(root, others))
    return found, problems


def _others_note(root: Path, others: dict[str, int]) -> Problem:
    """One warning for the files a folder walk did not read (images, tables, scripts)."""
    count = sum(others.values())
    kinds = ", ".join(f"{printable(s)} ×{n}" for s, n in sorted(others.items()))
    noun = "file" if count == 1 else "files"
    return _problem(root, f"{count} other {noun} not read ({kinds}); articles are {KNOWN}", False)


def load_file(
    path: Path, article_id: str, read_as: str | None = None
) -> tuple[list[Article], list[Problem]]:
    """Read one file into articles (many for ``.jsonl``) plus any problems met.

    The format comes from the suffix (``read_as`` for other suffixes, see
    ``file_format``). File names are untrusted too: ids, paths and problem paths come
    out with any control or invisible character shown escaped, never raw.
    """
    articles, problems, _ = read_file(path, article_id, read_as)
    return articles, problems


def read_file(
    path: Path, article_id: str, read_as: str | None = None
) -> tuple[list[Article], list[Problem], bytes | None]:
    """``load_file``, and the bytes it read when it read the whole file at once (None
    for a ``.jsonl`` file, streamed, or one it could not read): a worker hashes them for
    the cache's key rather than reading the file a second time."""
    article_id = printable(article_id)
    fmt = file_format(path, read_as)
    if fmt is None:
        return [], [_unknown_type(path)], None
    if fmt == "jsonl":
        return (*_load_jsonl(path, article_id), None)
    data, problem = _read_bytes(path)
    if problem:
        return [], [problem], None
    assert data is not None
    return (*_from_bytes(path, article_id, fmt, data), data)


def _from_bytes(
    path: Path, article_id: str, fmt: str, data: bytes
) -> tuple[list[Article], list[Problem]]:
    """The articles of a file read whole (any format but ``.jsonl``)."""
    decoded = decode_bytes(data)
    if decoded.text is None:
        return [], [_problem(path, f"not a text file ({decoded.binary})")]
    problems = [_problem(path, w, skipped=False) for w in decoded.warnings]
    if fmt == "html":
        return _load_html(path, article_id, decoded.text, problems)
    text = sanitize(unescape_entities(decoded.text))
    if fmt == "md":
        text = plain_markdown(text)
    if not text.strip():
        return [], [*problems, _problem(path, "empty")]
    shown = printable(str(path))
    article = _build(problems, shown, article_id, shown, text)
    return ([article] if article else []), problems


def _load_html(
    path: Path, article_id: str, markup: str, problems: list[Problem]
) -> tuple[list[Article], list[Problem]]:
    """A saved web page: its main text, title, date, author and site (see webpage)."""
    shown = printable(str(path))
    try:
        page = read_page(markup)
    except Exception as exc:  # a parser bug on one page must not stop the load
        return [], [*problems, _problem(path, f"page could not be read ({type(exc).__name__})")]
    if page is None:
        return [], [*problems, _problem(path, "no article text found in the page")]
    body = sanitize("\n\n".join(page.paragraphs))
    meta = {
        name: sanitize(value) if value else None
        for name, value in (
            ("title", page.title),
            ("date", page.date),
            ("source", page.source),
            ("url", page.url),
            ("author", page.author),
        )
    }
    article = _build(problems, shown, article_id, shown, body, **meta)
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
            # As much as the file holds, plus a byte to see it grew: read(n) allocates
            # n bytes first, and 64 MB for every 3 KB article doubles the cost of a read.
            want = min(os.fstat(handle.fileno()).st_size, MAX_FILE_BYTES) + 1
            data = handle.read(want)
            if len(data) == want:  # it grew since: the rest, up to the limit
                data += handle.read(MAX_FILE_BYTES + 1 - len(data))
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
