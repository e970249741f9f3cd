"""Every listed file's result, from the cache where it still holds, else extracted.

The step of a load that costs: reading, extracting and attributing each file. Files whose
key (path, size, mtime, content hash) matches the cache are read back; the others are
extracted, on every core for a large corpus, and stored for next time.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from tui.core.cache import (
    PENDING,
    FileKey,
    SeenEntry,
    Store,
    cached_results,
    content_hash,
    file_key,
    file_stat,
    pack_result,
    texts_moved,
)
from tui.core.extract import FileResult
from tui.core.parallel import EarlyWorkers, Job, extract_all
from tui.core.shard_writer import ShardWriter
from tui.core.text_store import TextStore, decoded

Progress = Callable[[int, int], None]
Extract = Callable[
    [list[Job], str | None, Callable[[int], None]],
    Iterable[tuple[int, FileResult, tuple | bytes | None]],
]
"""How the files to extract are extracted: ``extract(jobs, read_as, done)`` yields
``(position in jobs, result, record)`` in any order (the record as the cache stores
it, ``pack_result``, maybe marshalled, or None) and calls ``done(n)`` as ``n`` more
are done. The
default is ``parallel.extract_all`` (worker processes here); a Dask load passes one
that maps them over a cluster."""


class FileKeys(dict[str, FileKey]):
    """``file_keys``' answer: each file's cache key by path, and the files whose hash
    is left to the worker that extracts them (``defer``)."""

    def __init__(self, store: Store | None = None, now: int = 0) -> None:
        super().__init__()
        self.store, self.now = store, now
        self.record: dict[str, SeenEntry] = {}
        """What to record in the store's seen list once no hash is pending."""
        self.pending: set[str] = set()
        self.changed = False

    def hashed(self, name: str, digest: bytes | None) -> None:
        """The hash of the pending file ``name`` (None: it could not be read, so it has
        no key and is never stored)."""
        self.pending.discard(name)
        size, mtime, ino, ctime, _ = self.record.pop(name)
        if digest is None:
            self.pop(name, None)
            return
        self[name] = (size, mtime, digest)
        self.record[name] = (size, mtime, ino, ctime, digest)

    def settle(self) -> None:
        """Hash here what is still pending, then record what changed in the store."""
        for name in list(self.pending):
            try:
                digest: bytes | None = content_hash(name)
            except (OSError, ValueError):
                digest = None
            self.hashed(name, digest)
        if self.store is not None and self.changed:
            with contextlib.suppress(OSError):  # an unwritable cache is only slower next time
                self.store.write_seen(self.record, self.now)
            self.changed = False


def file_keys(
    files: Sequence[tuple[Path, str]],
    store: Store | None = None,
    defer: bool = False,
    stats: dict[str, os.stat_result] | None = None,
) -> FileKeys:
    """The cache key of every readable file (the others are always read again).

    With a ``store``, files whose stat is the one recorded there are not read to hash
    them again (see ``file_key``), and what changed is recorded for next time. With
    ``defer``, a file the store has never seen is not read here either: its key holds
    ``PENDING`` until the worker process that extracts it sends its hash (``gather``),
    so a cold load does not read every file twice, once before any worker starts.
    ``stats`` are the files' stats when ``discover`` took them (not taken again).
    """
    seen, written = store.read_seen() if store is not None else ({}, 0)
    keys = FileKeys(store, time.time_ns())
    # A store with shards but no seen list (lost): hash here, so cached results match.
    defer = defer and (bool(seen) or store is None or store.read_shard_count() is None)
    hashed = 0
    stats = {} if stats is None else stats
    for path, _ in files:
        name = str(path)
        known = seen.get(name)
        if defer and known is None:
            entry = file_stat(path, stats.get(name))
            if entry is not None:
                keys[name], keys.record[name] = (entry[0], entry[1], PENDING), entry
                keys.pending.add(name)
            continue
        found = file_key(path, known, written, stats.get(name))
        if found is not None:
            keys[name], keys.record[name] = found
            hashed += found[1] is not known
    keys.changed = bool(hashed or keys.pending or keys.record.keys() != seen.keys())
    if not keys.pending:
        keys.settle()
    return keys


def gather(
    files: Sequence[tuple[Path, str]],
    read_as: str | None = None,
    progress: Progress | None = None,
    store: Store | None = None,
    keys: FileKeys | None = None,
    workers: int | None = None,
    extract: Extract | None = None,
    texts: TextStore | None = None,
    keyed: Callable[[Sequence[tuple[Path, str]], FileKeys], None] | None = None,
    early: EarlyWorkers | None = None,
) -> Iterator[FileResult]:
    """One result per file, in the order of ``files``, each as soon as it and those
    before it are in (so the corpus is assembled while files are extracted, and a
    result is let go once assembled); ``store`` is the cache to use, ``extract`` what
    extracts the files it does not hold (see ``Extract``). With ``texts``, each
    article's text moves there as its file's result comes in, so the texts of a large
    corpus are never all in memory. The cache's shards are written as the results
    come in (see ``shard_writer``). Keys whose hash was left pending (``file_keys``)
    get the hash the worker sent with the result; ``keyed(files, keys)`` is called once every
    key is final (after the last result, before gather returns). ``early``: workers the
    load started already (see ``parallel.EarlyWorkers``)."""
    total = len(files)
    arrived: dict[int, FileResult] = {}
    writer = None
    if store is not None:
        keys = file_keys(files, store) if keys is None else keys
        writer = _from_cache(store, files, keys, texts, arrived)
    done = [len(arrived)]
    if progress:
        progress(done[0], total)

    def step(n: int) -> None:
        done[0] += n
        if progress:
            progress(done[0], total)

    todo = [i for i in range(total) if i not in arrived]
    pending = keys.pending if isinstance(keys, FileKeys) else set()
    asked = (bool(pending), texts)
    found = _extracted(files, todo, read_as, step, workers, extract, asked, early)
    ready = 0  # results before this one have been handed on
    for k, result, record in found:
        _settle(files[todo[k]][0], todo[k], result, record, keys, pending, writer, texts)
        arrived[todo[k]] = result
        while ready in arrived:
            yield arrived.pop(ready)
            ready += 1
    while ready < total:
        yield arrived.pop(ready, None) or FileResult()
        ready += 1
    if isinstance(keys, FileKeys):
        keys.settle()
        if keyed is not None:
            keyed(files, keys)
    if writer is not None:
        writer.finish()


def _settle(
    path: Path,
    i: int,
    result: FileResult,
    record: tuple | bytes | None,
    keys: FileKeys | None,
    pending: set[str],
    writer: ShardWriter | None,
    texts: TextStore | None,
) -> None:
    """Book one extracted file (at ``i`` in the files) before its result is handed on:
    its key's hash, its shard record and its texts, so nothing is read back later."""
    if pending and str(path) in pending:
        keys.hashed(str(path), result.digest or _hash(path))  # type: ignore[union-attr]
    if result.retry and keys is not None:  # no key: neither stored nor in a snapshot
        keys.pop(str(path), None)
    # The worker's record keeps its texts for the shard (written within a few
    # batches: results come roughly in order), rather than reading them back.
    _moved(result, None, texts)
    if writer is not None:
        writer.add(i, record if record is not None else pack_result(result, texts))


def _extracted(
    files: Sequence[tuple[Path, str]],
    todo: list[int],
    read_as: str | None,
    step: Callable[[int], None],
    workers: int | None,
    extract: Extract | None,
    asked: tuple[bool, TextStore | None],
    early: EarlyWorkers | None,
) -> Iterable[tuple[int, FileResult, tuple | bytes | None]]:
    """The results of the files at ``todo`` (see ``Extract``); ``asked``: whether
    workers send each file's hash, and the text store (workers then send texts ready
    for it, ``FileResult.encoded``)."""
    jobs = [files[i] for i in todo]
    if extract is not None:
        return extract(jobs, read_as, step) if jobs else ()
    places = None if len(todo) == len(files) else todo
    digests, texts = asked
    return extract_all(jobs, read_as, workers, step, digests, places, texts is not None, early)


def _hash(path: Path) -> bytes | None:
    """The content hash a worker did not send (it was not asked, or could not read)."""
    try:
        return content_hash(path)
    except (OSError, ValueError):
        return None


def _from_cache(
    store: Store,
    files: Sequence[tuple[Path, str]],
    keys: dict[str, FileKey],
    texts: TextStore | None,
    arrived: dict[int, FileResult],
) -> ShardWriter | None:
    """Put the results the cache holds in ``arrived`` (by position in ``files``); the
    writer of this load's shards (None when no file has a key), given their records."""
    position = {str(path): i for i, (path, _) in enumerate(files)}
    records: dict[int, tuple] = {}
    dirty: set[int] = set()
    found_in: dict[str, int] = {}
    for path, result, record, n in cached_results(store, keys, dirty):
        i = position[path]
        if i not in arrived:  # an entry left twice by another layout: once
            arrived[i] = result
            records[i] = _moved(result, record, texts)  # type: ignore[assignment]
            found_in[path] = n
    if not keys:
        return None
    writer = ShardWriter(store, files, keys, texts, found_in, dirty)
    for i in sorted(records):
        writer.add(i, records.pop(i))
    return writer


def _moved(result: FileResult, record: tuple | None, texts: TextStore | None) -> tuple | None:
    """Move ``result``'s article texts into ``texts``; its record (packed as the cache
    stores it) then holds their places instead (None stays None)."""
    if texts is None:
        if result.encoded is not None:  # (never asked for without a store)
            for article, text in zip(result.articles, decoded(result.encoded), strict=True):
                article.text = text
            result.encoded = None
        return record
    if result.encoded is not None:  # encoded by the worker: appended as they are
        refs = texts.add_encoded(*result.encoded)
        result.encoded = None
    else:
        refs = texts.add_all([a.text for a in result.articles])
    for article, ref in zip(result.articles, refs, strict=True):
        article.text = ref  # type: ignore[assignment]  # read back from the store
    return None if record is None else texts_moved(record, refs)
