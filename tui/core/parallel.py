"""Extraction on every core: batches of files go to worker processes.

Extraction and attribution are pure Python and hold the GIL, so threads would not help;
processes do. Workers get batches of paths, not text, so little crosses the pipe but the
results; if they cannot start or die, the rest is done in this process. Small corpora
stay in-process: starting workers costs more than it saves below ``PARALLEL_MIN_FILES``.
"""

from __future__ import annotations

import bisect
import contextlib
import importlib
import itertools
import marshal
import os
import sys
import threading
from array import array
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from tui.core import scratch
from tui.core.cache import content_hash, pack_result, unpack_result
from tui.core.child_signals import deaf_children, stop_processes
from tui.core.extract import FileResult, extract_file, extract_files, joined
from tui.core.model import Problem
from tui.core.postings import (
    Postings,
    read_sections,
    unpack_postings,
    word_postings,
    words_file_postings,
)
from tui.core.problems import UNREAD
from tui.core.quote_table import TextColumn
from tui.core.sanitize import printable
from tui.core.text_store import text_digest
from tui.core.workers import DEPTH, Died, Pool, Task

PARALLEL_MIN_FILES = 400
BATCH_FILES = 64
TAIL_FILES = 16
"""The size of a load's last batches (see ``_batch_bounds``)."""
HEARTBEAT = 0.1
"""Seconds between ``done(0)`` calls while every worker is busy: a caller that stops
the load from ``done`` (the app quitting) is heard at once, not after a batch."""
ABANDON_GRACE = 2.0
"""Seconds an abandoned load's workers get to give up their batches (each does before
its next file) before they are stopped outright: only a huge file takes that long."""

_STOP: Any = None
"""In a worker: its pool's stop event (``_watch``), set when the load is abandoned."""

_INT_SIZE = array("i").itemsize
Job = tuple[Path, str]
"""A file to extract and the article id its articles get."""


def in_workers(files: int, workers: int | None) -> bool:
    """Whether ``extract_all`` hands that many files to worker processes."""
    workers = default_workers() if workers is None else workers
    return workers > 1 and files >= PARALLEL_MIN_FILES


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def extract_all(
    jobs: list[Job],
    read_as: str | None,
    workers: int | None = None,
    done: Callable[[int], None] | None = None,
    digests: bool = False,
    places: Sequence[int] | None = None,
    encode: bool = False,
    early: EarlyWorkers | None = None,
) -> Iterator[tuple[int, FileResult, tuple | bytes | None]]:
    """Yield ``(position in jobs, result, record)`` for every job, in any order; the
    record is the result packed for the cache (``pack_result``), marshalled, when it
    came from a worker that way, else None. With ``digests``, a worker also hashes each
    file for its cache key (``result.digest``: it reads the file anyway, and on every
    core). With ``encode``, a worker's joined result may hold its articles' texts
    encoded for a text store (``result.encoded``, the articles' texts empty): for a
    caller that moves them to one (``gather``).

    A worker's batch of consecutive files comes back as one result (``joined``: one
    quote table to append, not one per file) at its first file's position, and empty
    ones at the others' (each with its digest); ``places`` are the jobs' positions in
    the whole load when some files are not extracted (read from the cache): only a
    batch whose files follow each other there is joined, so the corpus keeps the
    files' order.

    ``done(n)`` is called after each batch with how many files it held; an exception
    raised from it stops the workers and propagates (the app cancels a load that way).
    ``early``: workers the load started before it listed its files, used (and closed)
    here when they started (else the caller closes them).
    """
    if not in_workers(len(jobs), workers):
        yield from _here(jobs, read_as, done)
        return
    workers = workers or default_workers()
    yield from _in_processes(jobs, read_as, workers, done, (digests, encode), places, early)


def _here(
    jobs: Sequence[Job], read_as: str | None, done: Callable[[int], None] | None, first: int = 0
) -> Iterator[tuple[int, FileResult, None]]:
    """``extract_all`` in this process (``first``: the position of ``jobs[0]``)."""
    for i, (path, article_id) in enumerate(jobs, first):
        yield i, extract_file(path, article_id, read_as), None
        if done:
            done(1)


def extract_packed(
    jobs: list[tuple[str, str, str | None]],
    digests: bool = False,
    join: bool = False,
    encode: bool = False,
) -> bytes:
    """What a worker runs: ``extract_files``, each result packed as the cache stores it
    and marshalled on its own (the parent writes it to a shard as it is: no packing or
    marshalling there), and the batch marshalled. Plain values cross the pipe several
    times faster than pickled dataclasses. With ``join`` and no article id twice, the
    batch's results also come as one (``joined``), with the quotes' group forms; else
    each file's forms (the cache does not store them). With ``digests``, each file's
    content hash too (None when it cannot be read): of the very bytes extracted, not
    read again for it (a file read otherwise, a ``.jsonl`` one, is read to hash it).
    With ``encode``, the joined result's article texts come encoded for a text store
    (``FileResult.encoded``), not in its record: not decoded, encoded and hashed again
    by the parent, which only appends them to its store; each text crosses the pipe
    once, in its file's record (``_texts_within``)."""
    found = extract_files(jobs, digests, _stopped)
    hashes = [
        (r.digest or _digest(path)) if digests else None
        for r, (path, _, _) in zip(found, jobs, strict=True)
    ]
    records = [marshal.dumps(pack_result(r)) for r in found]
    one = joined(found) if join else None
    if one is not None:
        texts = None
        if encode:  # (each file's record above keeps its texts: the shard stores them)
            texts = _texts_within(records, found)
            for article in one.articles:
                article.text = ""
        whole = (pack_result(one), one.forms, _words(one), texts)
        return marshal.dumps((whole, records, None, hashes))
    extras = [(r.forms, _words(r)) for r in found]
    return marshal.dumps((None, records, extras, hashes))


Span = tuple[int, int] | bytes
"""Where a text a worker sent is: (its file's place in the batch, where its UTF-8 bytes
start in that file's record), or the bytes themselves."""


def _texts_within(records: list[bytes], found: list[FileResult]) -> tuple:
    """The batch's article texts for a text store, as ``text_store.encoded`` but each
    text as a ``Span`` in its file's marshalled record, which holds it already (the
    shard stores it): a third of what a worker sent, once more. Marshal writes a
    string as its UTF-8 bytes, so ``find`` sees them; a text not found (no such
    marshal) is sent itself. Which copy is found does not matter: the same bytes."""
    spans: list[Span] = []
    lengths: list[int] = []
    digests: list[bytes] = []
    for k, (record, result) in enumerate(zip(records, found, strict=True)):
        for article in result.articles:
            data = article.text.encode("utf-8", "surrogatepass")
            at = record.find(data)
            spans.append((k, at) if at >= 0 else data)
            lengths.append(len(data))
            digests.append(text_digest(data))
    return spans, lengths, digests


def _texts_from(spans: list[Span], lengths: list[int], records: list[bytes]) -> bytes:
    """``_texts_within``'s texts one after the other (``text_store.encoded``'s blob)."""
    parts: list[bytes | memoryview] = []
    for span, length in zip(spans, lengths, strict=True):
        if isinstance(span, bytes):
            parts.append(span)
        else:
            k, at = span
            parts.append(memoryview(records[k])[at : at + length])
    return b"".join(parts)


def _words(result: FileResult) -> bytes | None:
    """The result's word counts as bytes (marshal takes no array)."""
    return None if result.words is None else result.words.tobytes()


def _watch(stop: Any) -> None:
    """A worker's start: keep its pool's stop event (a ``multiprocessing`` Event)."""
    global _STOP
    _STOP = stop


def _stopped() -> bool:
    return _STOP is not None and _STOP.is_set()


def _abandon(pool: Pool, stop: Any) -> None:
    """Stop an abandoned load's workers without waiting for their batches: batches not
    begun are dropped, and a worker gives its batch up before its next file (``_STOP``,
    set by the pool's ``stop`` event). Only one still busy after ``ABANDON_GRACE`` (a
    huge file) is stopped outright."""
    stop.set()
    busy = pool.abandon(ABANDON_GRACE)
    if busy:
        stop_processes(busy)


def _digest(path: str) -> bytes | None:
    try:
        return content_hash(path)
    except (OSError, ValueError):
        return None


def _unpacked(
    record: tuple, forms: object, digest: object = None, words: object = None
) -> FileResult:
    """A worker's result with its group forms and word counts (left to the corpus to
    compute when they do not fit the quotes: never trusted blindly). The record itself
    was packed by this very code a moment ago (``extract_packed``), not read from a
    file, so it is not checked value by value (a third of the parent's unpacking)."""
    result = unpack_result(record, trusted=True)
    if isinstance(forms, list) and len(forms) == len(result.quotes):
        result.forms = forms
    if isinstance(words, bytes) and len(words) == _INT_SIZE * len(result.quotes):
        result.words = array("i", words)
    if isinstance(digest, bytes) and digest:
        result.digest = digest
    return result


def _batch_results(blob: bytes) -> Iterator[tuple[int, FileResult, bytes]]:
    """``extract_packed``'s answer: ``(place in the batch, result, record)`` per file;
    a joined batch is its one result first, then empty ones."""
    whole, records, extras, hashes = marshal.loads(blob)
    one = None
    if whole is not None:
        one = _unpacked(whole[0], whole[1], None, whole[2])
        if whole[3] is not None:
            spans, lengths, digests = whole[3]
            blob_ = _texts_from(spans, lengths, records)
            if len(lengths) != len(one.articles) or sum(lengths) != len(blob_):
                raise ValueError("a worker's texts do not fit its articles")
            one.encoded = (blob_, lengths, digests)
    for k, record in enumerate(records):
        if one is not None:
            result = one if k == 0 else FileResult()
            if isinstance(hashes[k], bytes) and hashes[k]:
                result.digest = hashes[k]
        else:
            forms, words = extras[k]
            result = _unpacked(marshal.loads(record), forms, hashes[k], words)
        yield k, result, record


def _context():  # -> multiprocessing context
    """``fork`` when this process runs one thread (the CLI, scripts): workers start at
    once and need no ``__main__`` guard. Otherwise (the app loads from a thread, and
    forking a threaded process can deadlock the child) ``forkserver``: one clean
    process imports the core once and each worker is a fork of it, where a spawned
    worker would import it again (~0.2 s of CPU each, the index words' process too);
    ``spawn`` where there is no forkserver."""
    import multiprocessing
    import threading

    # The extractor (imported lazily, see ``extract._attribution``) imported before
    # the workers start: once here and forked, not once per worker.
    heavy = ["tui.core.attribution", "tui.core.quotes"]
    methods = multiprocessing.get_all_start_methods()
    if threading.active_count() == 1 and "fork" in methods:
        for name in heavy:
            importlib.import_module(name)
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([__name__, "tui.core.quiet_server", *heavy])  # (once)
        with _this_import_path():
            from multiprocessing import forkserver

            forkserver.ensure_running()
        return context
    return multiprocessing.get_context("spawn")


@contextlib.contextmanager
def _this_import_path() -> Iterator[None]:
    """Start the forkserver importing from this process's ``sys.path``.

    It runs as ``python -c`` in the working directory, which Python puts first on its
    path, and Python 3.11 ignores the parent's path it is handed: run from a checkout,
    the server (and every worker forked from it) imported that checkout's ``tui``, not
    the build this process runs (a compiled install's workers ran pure Python)."""
    saved = {key: os.environ.get(key) for key in ("PYTHONPATH", "PYTHONSAFEPATH")}
    os.environ["PYTHONPATH"] = os.pathsep.join(entry or os.getcwd() for entry in sys.path)
    os.environ["PYTHONSAFEPATH"] = "1"  # (no working directory in front)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@contextlib.contextmanager
def _real_stderr() -> Iterator[None]:
    """The process's own stderr while workers start: a full-screen app (Textual) puts an
    object without a file descriptor there, and the resource tracker that
    multiprocessing starts needs one ("bad value(s) in fds_to_keep")."""
    current = sys.stderr
    try:
        usable = current is not None and current.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        usable = False
    if usable or sys.__stderr__ is None:
        yield
        return
    sys.stderr = sys.__stderr__
    try:
        yield
    finally:
        sys.stderr = current


def _in_processes(
    jobs: list[Job],
    read_as: str | None,
    workers: int,
    done: Callable[[int], None] | None,
    asked: tuple[bool, bool],
    places: Sequence[int] | None,
    early: EarlyWorkers | None = None,
) -> Iterator[tuple[int, FileResult, tuple | bytes | None]]:
    """``extract_all`` in ``workers`` processes (``early``'s when it started them);
    ``asked``: (digests, encode).

    A batch whose worker died is tried again file by file, so only a file that kills
    its worker alone is lost (reported, see ``problems.unread``); what the pool hands back
    (workers cannot run here, or a task raised) is done in this process."""
    bounds = _batch_bounds(len(jobs), workers)
    batches = {n: (first, jobs[first:end]) for n, (first, end) in enumerate(bounds)}
    started = early.take() if early is not None else None
    try:
        if started is None:
            with _real_stderr(), deaf_children():
                started = _pool(workers)
    except (OSError, RuntimeError, ValueError, EOFError):  # no processes here: this one
        yield from _here(jobs, read_as, done)
        return
    pool, stop = started
    try:
        pool.submit((n, _task(batch, read_as, asked, places)) for n, batch in batches.items())
        yield from _answers(pool, batches, read_as, asked, done)
    except BaseException:  # abandoned (Ctrl+C, a stop signal, done raised): leave now
        _abandon(pool, stop)
        raise
    finally:
        pool.close()


def _batch_bounds(count: int, workers: int) -> list[tuple[int, int]]:
    """``(first, end)`` of each batch of ``count`` jobs: up to ``BATCH_FILES`` files
    each, the last ones ``TAIL_FILES``.

    Each worker holds ``DEPTH`` batches ahead, so when the queue ran dry of large
    batches one worker could still hold two of them while the other sat idle: a
    second or more of one core at the end of a cold load. Small batches for the last
    ``workers * DEPTH`` large batches' worth of files let the worker that is done
    first take them, and both end within a small batch of each other."""
    size = max(1, min(BATCH_FILES, count // (workers * 4) or 1))
    small = min(size, TAIL_FILES)
    tail = min(count, workers * DEPTH * size) if small < size else 0
    cut = count - tail
    firsts = [*range(0, cut, size), *range(cut, count, small)]
    return list(zip(firsts, [*firsts[1:], count], strict=True))


def _task(
    batch: tuple[int, list[Job]], read_as: str | None, asked: tuple[bool, bool], places
) -> Task:
    """What a worker runs for the jobs of ``batch`` (its first job's position, its jobs).

    ``extract_packed`` is looked up now, so a test's replacement reaches the workers."""
    first, files = batch
    work = [(str(p), i, read_as) for p, i in files]
    return extract_packed, (work, asked[0], _follow(places, first, len(files)), asked[1])


def _answers(
    pool: Pool,
    batches: dict[int, tuple[int, list[Job]]],
    read_as: str | None,
    asked: tuple[bool, bool],
    done: Callable[[int], None] | None,
) -> Iterator[tuple[int, FileResult, tuple | bytes | None]]:
    """The pool's answers as results, until every batch has its own."""
    split = len(batches)  # ids of one-file batches (a dead worker's batch, again) from here
    while batches:
        got = pool.answer(HEARTBEAT if done else None)
        if got is None:
            if done:
                done(0)
            continue
        n, answer = got
        first, files = batches.pop(n)
        if isinstance(answer, bytes):
            for k, result, record in _batch_results(answer):
                yield first + k, result, record
        elif isinstance(answer, Died) and (len(files) > 1 or not answer.proven):
            again = {split + k: (first + k, [job]) for k, job in enumerate(files)}
            split += len(files)
            batches.update(again)
            pool.submit((m, _task(b, read_as, asked, None)) for m, b in again.items())
            continue
        elif isinstance(answer, Died):
            yield first, _unread(files[0][0], answer.reason), None
        else:  # handed back: done here
            yield from _here(files, read_as, None, first)
        if done:
            done(len(files))


def _unread(path: Path, how: str) -> FileResult:
    """The result of a file whose worker died on it, alone: a problem, never cached
    (``FileResult.retry``: the next load reads it again)."""
    reason = f"{UNREAD} ({how})"
    return FileResult(problems=[Problem(printable(str(path)), reason)], retry=True)


def _pool(workers: int, context: Any = None) -> tuple[Pool, Any]:
    """The worker processes and the event that tells them the load was abandoned."""
    context = _context() if context is None else context
    stop = context.Event()
    return Pool(context, workers, _watch, (stop,)), stop


class EarlyWorkers:
    """A cold load's worker processes, started as soon as its files are known to be
    enough (``found``, called as the folders are listed), before they are all listed,
    keyed and read: a forkserver imports the core in a fresh interpreter, about a
    second before a worker can start, which then overlaps this process's own work.

    From a thread (the app) the pool is made in a thread of its own, the caller going
    on at once; a single-threaded process forks its workers (``_context``) there and
    then, which takes milliseconds. ``extract_all`` takes the pool (``take``); the
    load always calls ``close``, which stops it when it was not taken (a load that
    turned out warm or small), and never waits for a pool still starting."""

    def __init__(self, workers: int | None = None) -> None:
        self.workers = default_workers() if workers is None else workers
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._begun = False
        self._closed = False
        self._started: tuple[Pool, Any] | None = None

    def found(self, files: int) -> None:
        """``files`` listed so far: start the workers once they are enough for them."""
        if not self._begun and in_workers(files, self.workers):
            self._begun = True
            try:  # (here: fork only when this thread runs alone)
                with _real_stderr(), deaf_children():  # (a forkserver starts here)
                    context = _context()
            except (OSError, RuntimeError, ValueError, EOFError):
                return  # started later, or the files are extracted here
            if context.get_start_method() == "fork":
                self._make(context)
                return
            self._thread = threading.Thread(
                target=self._make, args=(context,), name="worker-start", daemon=True
            )
            self._thread.start()

    def _make(self, context: Any) -> None:
        try:
            with _real_stderr(), deaf_children():
                started: tuple[Pool, Any] | None = _pool(self.workers, context)
        except (OSError, RuntimeError, ValueError, EOFError):
            started = None
        with self._lock:
            if not self._closed:
                self._started, started = started, None
        if started is not None:  # closed while it started
            started[0].close()

    def take(self) -> tuple[Pool, Any] | None:
        """The pool and its stop event, the caller's to close from now (None when it
        was not started or could not start)."""
        if self._thread is not None:
            self._thread.join()
        with self._lock:
            started, self._started = self._started, None
        return started

    def close(self) -> None:
        """Stop the workers unless taken; one still starting is stopped once up."""
        with self._lock:
            self._closed = True
            started, self._started = self._started, None
        if started is not None:
            started[0].close()


def _follow(places: Sequence[int] | None, first: int, count: int) -> bool:
    """Whether jobs ``first`` to ``first + count`` follow each other in the load."""
    return places is None or places[first + count - 1] - places[first] == count - 1


POSTINGS_MIN_QUOTES = 20_000
"""Below this many quotes the search index's words are built here: a process costs more."""
POSTINGS_PARTS = 4
"""At most this many processes build the index's words, each a part of the quotes."""


class PostingsAside:
    """The search index's word lists (``postings.word_postings``) built in other
    processes while this one goes on assembling the corpus: on a cold load of a large
    corpus they are the largest part of the serial work after extraction (~7 s at a
    million quotes). The quotes are split in one part per core (by bytes), each built
    by its own process: with one process, the words took longer than this process's
    speaker merge and quote grouping, so a core sat idle at the end of a load while
    the other built them. The words go to those processes through a temporary file
    in ``folder`` (written from the bytes the quote table holds: no text decoded or
    pickled here, nothing held twice in memory), and each part's lists come back
    through another, read a section at a time, and are joined here (a word's
    positions in a later part all come after those in an earlier one). Small
    corpora, ``workers=1``, or a process or file that cannot be made or dies: built
    here, when :meth:`result` asks. Always :meth:`close` it."""

    def __init__(
        self, texts: Sequence[str], workers: int | None = None, folder: Path | None = None
    ) -> None:
        self._texts = texts
        self._pool: Pool | None = None
        self._tasks = 0
        self._files: list[str] = []
        workers = default_workers() if workers is None else workers
        if workers <= 1 or len(texts) < POSTINGS_MIN_QUOTES:
            return
        try:
            words, starts, ends = _words_file(texts, folder)
            self._files.append(words)
            parts = _parts(ends, min(workers, POSTINGS_PARTS))
            outs = [_new_file(folder, "postings-") for _ in parts]
            self._files.extend(outs)
            with _real_stderr(), deaf_children():
                self._pool = Pool(_context(), len(parts))
            build = words_file_postings  # (looked up now: a test's replacement reaches them)
            self._pool.submit(
                (k, (build, (words, starts[lo:hi], ends[lo:hi], out, lo)))
                for k, ((lo, hi), out) in enumerate(zip(parts, outs, strict=True))
            )
            self._tasks = len(parts)
        except (OSError, RuntimeError, ValueError, EOFError):  # (EOFError: no forkserver)
            self.close()

    def result(self) -> Postings:
        """The word lists: the other processes' when they gave well-formed ones."""
        postings = None
        if self._pool is not None and self._tasks:
            # Whatever went wrong there (a killed process, a file it could not read),
            # the words are built here: the load never fails on it.
            answers = [self._pool.answer(None) for _ in range(self._tasks)]
            if all(got is not None and isinstance(got[1], bytes) for got in answers):
                scratch.remove(self._files[0])  # the words' file is not needed now
                with contextlib.suppress(Exception):
                    postings = self._joined(self._files[1:])
        self.close()
        return word_postings(self._texts) if postings is None else postings

    def _joined(self, outs: list[str]) -> Postings | None:
        """The parts' lists as one (None when a part's are not well-formed)."""
        postings: Postings | None = None
        for out in outs:
            part = unpack_postings(read_sections(out), len(self._texts))
            if part is None:
                return None
            if postings is None:
                postings = part
                continue
            get = postings.get
            for word, ids in part.items():
                held = get(word)
                if held is None:
                    postings[word] = ids
                else:
                    held.extend(ids)
        return postings

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool = None
        self._tasks = 0
        for path in self._files:
            scratch.remove(path)
        self._files = []


def _parts(ends: array, count: int) -> list[tuple[int, int]]:
    """``count`` runs of consecutive texts (fewer when there are too few texts), of
    about the same size in bytes (``ends``: where each text ends)."""
    total = ends[-1] if ends else 0
    bounds = [0]
    for k in range(1, count):
        at = bisect.bisect_left(ends, total * k // count)
        if at > bounds[-1]:
            bounds.append(at)
    bounds.append(len(ends))
    return [(lo, hi) for lo, hi in itertools.pairwise(bounds) if hi > lo]


def _new_file(folder: Path | None, prefix: str) -> str:
    """A new empty file only this user can read (mkstemp), for another process to fill."""
    fd, path = scratch.create(folder, prefix)
    os.close(fd)
    return path


def _words_file(texts: Sequence[str], folder: Path | None) -> tuple[str, array, array]:
    """``texts`` written one after the other (UTF-8) in a new file (only this user can
    read it), and where each one starts and ends (see ``words_file_postings``)."""
    if isinstance(texts, TextColumn):
        blob, starts, ends = texts.spans()
    else:
        data = [t.encode("utf-8", "surrogatepass") for t in texts]
        ends = array("q", itertools.accumulate(map(len, data)))
        starts = array("q", [0, *ends[:-1]]) if data else array("q")
        blob = b"".join(data)
    fd, path = scratch.create(folder, "words-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(blob)
    except BaseException:
        scratch.remove(path)
        raise
    return path, starts, ends
