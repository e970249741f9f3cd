"""Every listed file's result, from the cache where it still holds, else extracted.

The step of a load that costs: reading, extracting and attributing each file. Files whose
key (path, size, mtime, content hash) matches the cache are read back; the others are
extracted, on every core for a large corpus, and stored for next time.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from tui.core.cache import FileKey, Store, cached_results, file_key, save_results
from tui.core.extract import FileResult
from tui.core.parallel import Job, extract_all

Progress = Callable[[int, int], None]
Extract = Callable[[list[Job], str | None, Callable[[int], None]], Iterable[tuple[int, FileResult]]]
"""How the files to extract are extracted: ``extract(jobs, read_as, done)`` yields
``(position in jobs, result)`` in any order and calls ``done(n)`` as ``n`` more are
done. The default is ``parallel.extract_all`` (worker processes here); a Dask load
passes one that maps them over a cluster."""


def file_keys(files: Sequence[tuple[Path, str]]) -> dict[str, FileKey]:
    """The cache key of every readable file (the others are always read again)."""
    keys: dict[str, FileKey] = {}
    for path, _ in files:
        key = file_key(path)
        if key is not None:
            keys[str(path)] = key
    return keys


def gather(
    files: Sequence[tuple[Path, str]],
    read_as: str | None = None,
    progress: Progress | None = None,
    store: Store | None = None,
    keys: dict[str, FileKey] | None = None,
    workers: int | None = None,
    extract: Extract | None = None,
) -> list[FileResult]:
    """One result per file, in the order of ``files``; ``store`` is the cache to use,
    ``extract`` what extracts the files it does not hold (see ``Extract``)."""
    total = len(files)
    results: list[FileResult | None] = [None] * total
    dirty: set[int] = set()
    if store is not None:
        keys = file_keys(files) if keys is None else keys
        position = {str(path): i for i, (path, _) in enumerate(files)}
        for path, result in cached_results(store, keys, dirty):
            results[position[path]] = result
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
    for k, result in found:
        results[todo[k]] = result
    final = [r if r is not None else FileResult() for r in results]
    if store is not None and keys is not None and (todo or dirty):
        fresh = {str(files[i][0]) for i in todo}
        _save(store, files, final, keys, fresh, dirty)
    return final


def _save(
    store: Store,
    files: Sequence[tuple[Path, str]],
    results: list[FileResult],
    keys: dict[str, FileKey],
    fresh: set[str],
    dirty: set[int],
) -> None:
    """Store the new results; a cache that cannot be written is only slower next time."""
    entries = {
        str(path): (keys[str(path)], result)
        for (path, _), result in zip(files, results, strict=True)
        if str(path) in keys
    }
    count = store.read_shard_count()
    rewrite: set[int] | None = None
    if count is not None:
        rewrite = dirty | {store.shard_of(p, count) for p in fresh if p in entries}
    with contextlib.suppress(OSError):
        save_results(store, entries, rewrite)
