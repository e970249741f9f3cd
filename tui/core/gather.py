"""Every listed file's result, from the cache where it still holds, else extracted.

The step of a load that costs: reading, extracting and attributing each file. Files whose
key (path, size, mtime, content hash) matches the cache are read back; the others are
extracted, on every core for a large corpus, and stored for next time.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from pathlib import Path

from tui.core.cache import (
    FileKey,
    SeenEntry,
    Store,
    cached_results,
    file_key,
    pack_result,
    save_results,
    shards_for,
    texts_moved,
)
from tui.core.extract import FileResult
from tui.core.parallel import Job, extract_all
from tui.core.text_store import TextStore

Progress = Callable[[int, int], None]
Extract = Callable[
    [list[Job], str | None, Callable[[int], None]], Iterable[tuple[int, FileResult, tuple | None]]
]
"""How the files to extract are extracted: ``extract(jobs, read_as, done)`` yields
``(position in jobs, result, record)`` in any order (the record as the cache stores
it, ``pack_result``, or None) and calls ``done(n)`` as ``n`` more are done. The
default is ``parallel.extract_all`` (worker processes here); a Dask load passes one
that maps them over a cluster."""


def file_keys(files: Sequence[tuple[Path, str]], store: Store | None = None) -> dict[str, FileKey]:
    """The cache key of every readable file (the others are always read again).

    With a ``store``, files whose stat is the one recorded there are not read to hash
    them again (see ``file_key``), and what changed is recorded for next time.
    """
    seen, written = store.read_seen() if store is not None else ({}, 0)
    now = time.time_ns()
    keys: dict[str, FileKey] = {}
    record: dict[str, SeenEntry] = {}
    hashed = 0
    for path, _ in files:
        name = str(path)
        known = seen.get(name)
        found = file_key(path, known, written)
        if found is not None:
            keys[name], record[name] = found
            hashed += found[1] is not known
    if store is not None and (hashed or record.keys() != seen.keys()):
        with contextlib.suppress(OSError):  # an unwritable cache is only slower next time
            store.write_seen(record, now)
    return keys


def gather(
    files: Sequence[tuple[Path, str]],
    read_as: str | None = None,
    progress: Progress | None = None,
    store: Store | None = None,
    keys: dict[str, FileKey] | None = None,
    workers: int | None = None,
    later: list[Callable[[], None]] | None = None,
    extract: Extract | None = None,
    texts: TextStore | None = None,
) -> list[FileResult]:
    """One result per file, in the order of ``files``; ``store`` is the cache to use,
    ``extract`` what extracts the files it does not hold (see ``Extract``). With
    ``texts``, each article's text moves there as its file's result comes in, so the
    texts of a large corpus are never all in memory.

    With a ``later`` list, the cache is written by a function put there (the results
    are packed now, as they are: assembling the corpus changes them)."""
    total = len(files)
    results: list[FileResult | None] = [None] * total
    records: list[tuple | None] = [None] * total  # as stored: no packing them again
    dirty: set[int] = set()
    if store is not None:
        keys = file_keys(files, store) if keys is None else keys
        position = {str(path): i for i, (path, _) in enumerate(files)}
        for path, result, record in cached_results(store, keys, dirty):
            results[position[path]] = result
            records[position[path]] = _moved(result, record, texts)
    done = [total - sum(r is None for r in results)]
    if progress:
        progress(done[0], total)

    def step(n: int) -> None:
        done[0] += n
        if progress:
            progress(done[0], total)

    todo = [i for i, r in enumerate(results) if r is None]
    jobs = [files[i] for i in todo]
    if extract is None:
        found = extract_all(jobs, read_as, workers, step)
    else:
        found = extract(jobs, read_as, step) if jobs else ()
    for k, result, record in found:
        results[todo[k]] = result
        if store is not None:  # without a cache, no second copy of every result
            records[todo[k]] = _moved(result, record, texts)
        elif texts is not None:
            _moved(result, None, texts)
    final = [r if r is not None else FileResult() for r in results]
    if store is not None and keys is not None and (todo or dirty):
        fresh = {str(files[i][0]) for i in todo}
        packed = [
            r if r is not None else pack_result(f, texts)
            for r, f in zip(records, final, strict=True)
        ]
        save = partial(_save, store, files, packed, keys, fresh, dirty, texts)
        if later is None:
            save()
        else:
            later.append(save)
    return final


def _moved(result: FileResult, record: tuple | None, texts: TextStore | None) -> tuple | None:
    """Move ``result``'s article texts into ``texts``; its record (packed as the cache
    stores it) then holds their places instead (None stays None)."""
    if texts is None:
        return record
    refs = [texts.add(a.text) for a in result.articles]
    for article, ref in zip(result.articles, refs, strict=True):
        article.text = ref  # type: ignore[assignment]  # read back from the store
    return None if record is None else texts_moved(record, refs)


def _save(
    store: Store,
    files: Sequence[tuple[Path, str]],
    records: list[tuple],
    keys: dict[str, FileKey],
    fresh: set[str],
    dirty: set[int],
    texts: TextStore | None,
) -> None:
    """Store the new results; a cache that cannot be written is only slower next time."""
    keyed = [
        (str(path), record)
        for (path, _), record in zip(files, records, strict=True)
        if str(path) in keys
    ]
    count = shards_for(len(keyed))
    rewrite: set[int] | None = None  # None: every shard
    if count == store.read_shard_count():
        rewrite = dirty | {store.shard_of(p, count) for p in fresh if p in keys}
    entries: dict[str, tuple[FileKey, tuple]] = {}
    for name, record in keyed:
        if rewrite is None or store.shard_of(name, count) in rewrite:
            entries[name] = (keys[name], record)
        else:
            entries[name] = (keys[name], ())  # in a shard kept as it is: not written
    with contextlib.suppress(OSError, ValueError):
        save_results(store, entries, rewrite, texts)
