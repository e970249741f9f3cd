"""Load a corpus on a Dask cluster: extraction mapped over partitions of files, then a reduce.

For archives that outgrow one machine. The files are listed here, cut into partitions
of about equal size in bytes, and each partition is read, extracted and attributed on a
worker (``tui.core.extract.extract_files``, the same unit a local load runs in its
worker processes). The results come back in file order and are put together as in a
local load (``tui.core.corpus.assemble``: unique ids, copies, the speaker merge, quote
groups), so the corpus is the one a local load gives, record for record.

Workers read the files themselves: every path must be visible to them under the same
name (a shared or network file system on a real cluster). Dask is imported only here,
only when asked for; it comes with ``quotescope[dask]``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from tui.core.corpus import Corpus, assemble, seeds_path
from tui.core.extract import FileResult, extract_files
from tui.core.loader import discover
from tui.core.store import open_if_store

EXTRA = "quotescope[dask]"
FILES_PER_PARTITION = 400
"""At most this many files per task: progress stays fine-grained and a lost worker
costs little to redo, while per-task overhead (a millisecond or so) stays negligible."""
PARTITIONS_PER_THREAD = 4
"""At least this many partitions per worker thread, so a slow partition does not idle
the other workers at the end."""

CONNECT_TIMEOUT = "20s"
"""How long to keep trying a scheduler address before saying it cannot be reached."""

NO_DASHBOARD = {"dashboard": False, "dashboard_address": "127.0.0.1:0"}
"""A local cluster's scheduler: no dashboard, and its HTTP routes on a free loopback port
(not 8787, which another cluster on the machine may hold)."""

Progress = Callable[[int, int], None]


class DaskError(Exception):
    """Dask is missing, the scheduler cannot be reached or a worker failed (for the user)."""


def _distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise DaskError(f"--dask needs the dask extra: pip install '{EXTRA}'") from None
    return distributed


@contextlib.contextmanager
def client_for(scheduler: str | None = None, workers: int = 2) -> Iterator[Any]:
    """A Dask client on ``scheduler`` (``tcp://host:8786``), else on a local cluster of
    ``workers`` single-threaded processes started here and stopped on the way out."""
    distributed = _distributed()
    quiet = {"silence_logs": logging.ERROR}
    if scheduler:
        try:
            client = distributed.Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as exc:
            raise DaskError(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from None
        with client:
            yield client
        return
    cluster = distributed.LocalCluster(
        n_workers=workers, threads_per_worker=1, scheduler_kwargs=NO_DASHBOARD, **quiet
    )
    with cluster, distributed.Client(cluster) as client:
        yield client


def partitions(files: Sequence[tuple[Path, str]], threads: int) -> list[list[tuple[Path, str]]]:
    """``files`` cut into runs of consecutive files of about equal size in bytes."""
    if not files:
        return []
    sizes = []
    for path, _ in files:
        try:
            sizes.append(max(os.stat(path).st_size, 1))
        except OSError:
            sizes.append(1)  # the worker reports it; it costs nothing to extract
    count = max(threads * PARTITIONS_PER_THREAD, -(-len(files) // FILES_PER_PARTITION))
    count = min(count, len(files))
    target = sum(sizes) / count
    parts: list[list[tuple[Path, str]]] = [[]]
    filled = 0
    for item, size in zip(files, sizes, strict=True):
        if parts[-1] and filled + size / 2 > target * len(parts) and len(parts) < count:
            parts.append([])
        parts[-1].append(item)
        filled += size
    return parts


def load_on_dask(
    paths: Sequence[str | Path] | None,
    read_as: str | None = None,
    *,
    scheduler: str | None = None,
    workers: int = 2,
    progress: Progress | None = None,
    timings: dict[str, float] | None = None,
) -> Corpus:
    """Load ``paths`` (the seeds when empty) with extraction on a Dask cluster.

    ``progress(done, total)`` counts files as partitions come back. Bad files are
    reported in ``corpus.problems`` as in a local load; DaskError when the cluster
    fails (a lost scheduler, a worker without quotescope installed). ``timings``, when
    given, receives the wall seconds of the map and the CPU seconds of the reduce here.
    """
    roots = list(paths) if paths else [seeds_path()]
    stored = open_if_store(roots, progress)
    if stored is not None:  # already extracted: nothing to send to the cluster
        return stored
    files, problems = discover(roots, read_as)
    with client_for(scheduler, workers) as client:
        threads = sum(client.nthreads().values()) or 1
        parts = partitions(files, threads)
        jobs = [[(str(path), article_id, read_as) for path, article_id in part] for part in parts]
        start = time.perf_counter()
        results = _run(client, jobs, len(files), progress)
        mapped = time.perf_counter() - start
    cpu = time.process_time()
    corpus = assemble([r for part in results for r in part], problems)
    if timings is not None:
        timings["map_wall"] = mapped
        timings["reduce_cpu"] = time.process_time() - cpu
    return corpus


def _run(
    client: Any,
    jobs: list[list[tuple[str, str, str | None]]],
    total: int,
    progress: Progress | None,
) -> list[list[FileResult]]:
    """Each partition's results, in partition order, counting files as they arrive."""
    distributed = _distributed()
    futures = client.map(extract_files, jobs, pure=False)
    order = {f.key: n for n, f in enumerate(futures)}
    results: list[list[FileResult]] = [[] for _ in jobs]
    done = 0
    if progress:
        progress(0, total)
    try:
        for future in distributed.as_completed(futures):
            n = order[future.key]
            results[n] = future.result()
            future.release()
            done += len(jobs[n])
            if progress:
                progress(done, total)
    except (OSError, TimeoutError, distributed.comm.CommClosedError) as exc:
        raise DaskError(f"the Dask cluster failed ({type(exc).__name__}: {exc})") from None
    except Exception as exc:  # raised on a worker (quotescope missing there, out of memory)
        raise DaskError(f"a Dask worker failed ({type(exc).__name__}: {exc})") from None
    return results
