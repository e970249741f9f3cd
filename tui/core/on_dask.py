"""Load a corpus on a Dask cluster: extraction mapped over partitions of files, then a reduce.

For archives that outgrow one machine. This is ``load_corpus`` with its worker
processes replaced by a cluster (``gather``'s ``Extract``): the files the extraction
cache does not hold are cut into partitions of about equal size in bytes, and each
partition is read, extracted and attributed on a worker (``extract_files``, the unit
a local load runs in its worker processes), which also prepares what the reduce needs
per file (copy fingerprints, the quotes' group forms) and sends plain values back.
The results are put together as in a local load (``tui.core.corpus.assemble``: unique
ids, copies, the speaker merge, quote groups), so the corpus is the one a local load
gives, record for record.

Workers read the files themselves: every path must be visible to them under the same
name (a shared or network file system on a real cluster). Dask is imported only here,
only when asked for; it comes with ``quotescope[dask]``.
"""

from __future__ import annotations

import contextlib
import logging
import marshal
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from tui.core.cache import extractor_version, pack_result, unpack_result
from tui.core.corpus import Corpus, collector_paused, load_corpus
from tui.core.extract import FileResult, extract_files, joined
from tui.core.groups import quote_form
from tui.core.parallel import Job

EXTRA = "quotescope[dask]"
FILES_PER_PARTITION = 400
"""At most this many files per task: progress stays fine-grained and a lost worker
costs little to redo, while per-task overhead (a millisecond or so) stays negligible."""
PARTITIONS_PER_THREAD = 4
"""At least this many partitions per worker thread, so a slow partition does not idle
the other workers at the end."""

CONNECT_TIMEOUT = "20s"
"""How long to keep trying a scheduler address before saying it cannot be reached."""

QUIET = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.admin.system-monitor.disk": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.scheduler.worker-saturation": 1.0,
}
"""A local cluster's housekeeping, slowed down: by default its processes wake up every
20-500 ms (the sampling profiler, system and memory monitors, event-loop ticks), about
6% of a core for 2 workers with nothing to do; a fifth of that here. The profiler and
monitors draw a dashboard no one looks at here; the memory limit is still enforced,
checked each second. And one partition at a time per worker thread, not one running
and one waiting: at the end a worker that is done takes the last partition instead of
idling while another worker has two to go."""

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
def client_for(
    scheduler: str | None = None, workers: int = 2, stopping: list[threading.Thread] | None = None
) -> Iterator[Any]:
    """A Dask client on ``scheduler`` (``tcp://host:8786``), else on a local cluster of
    ``workers`` single-threaded processes started here and stopped on the way out: in
    a thread put in ``stopping`` when given (for the caller to join later; stopping
    takes about a second, mostly waiting for the workers to exit)."""
    distributed = _distributed()
    if scheduler:
        try:
            client = distributed.Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as exc:
            raise DaskError(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from None
        with client:
            yield client
        return
    cluster = local_cluster(workers)
    try:
        with distributed.Client(cluster) as client:  # closed in this thread: it must be
            yield client
    finally:
        if stopping is None:
            cluster.close()
        else:
            stopping.append(threading.Thread(target=cluster.close, name="quotescope-dask-stop"))
            stopping[-1].start()


def local_cluster(workers: int) -> Any:
    """A LocalCluster of ``workers`` single-threaded processes, quiet (``QUIET``),
    without a dashboard."""
    import dask

    distributed = _distributed()
    with dask.config.set(QUIET):
        return distributed.LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            scheduler_kwargs=NO_DASHBOARD,
            silence_logs=logging.CRITICAL,
        )


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
    cache: bool | None = None,
    timings: dict[str, float] | None = None,
) -> Corpus:
    """Load ``paths`` (the seeds when empty) with extraction on a Dask cluster.

    ``progress(done, total)`` counts files as partitions come back. Bad files are
    reported in ``corpus.problems`` as in a local load; DaskError when the cluster
    fails (a lost scheduler, a worker without quotescope installed). ``cache`` reads
    and writes the local extraction cache, keyed as a local load keys it (default: on
    a local cluster only, whose files are this machine's); only files it does not
    hold go to the cluster, and none (no cluster started) when it holds them all.
    ``timings``, when given, receives the wall seconds of the map and the CPU seconds
    here before it (listing files, connecting) and after it (the reduce): the parts
    no worker helps with.
    """
    start = time.process_time()
    cache = scheduler is None if cache is None else cache
    stack = contextlib.ExitStack()
    cluster = _Cluster(stack, scheduler, workers, timings, whole=not cache)
    try:
        with stack:
            corpus = load_corpus(
                paths or None, progress, read_as, cache=cache, extract=cluster.extract
            )
    finally:
        cluster.wait_closed()
    if timings is not None and "map_end_cpu" in timings:
        timings["reduce_cpu"] = time.process_time() - timings.pop("map_end_cpu")
        timings["before_cpu"] = timings.pop("map_start_cpu") - start
    return corpus


class _Cluster:
    """Extraction on a cluster, started (or connected to) only when there is work."""

    def __init__(
        self,
        stack: contextlib.ExitStack,
        scheduler: str | None,
        workers: int,
        timings: dict[str, float] | None,
        whole: bool = False,
    ) -> None:
        self.stack, self.scheduler, self.workers = stack, scheduler, workers
        self.timings = timings
        self.whole = whole
        """Partitions may come back whole (``extract_for_reduce``): no cache keeps a
        record per file."""
        self._stopping: list[threading.Thread] = []

    def extract(
        self, jobs: list[Job], read_as: str | None, done: Callable[[int], None]
    ) -> Iterator[tuple[int, FileResult, tuple | None]]:
        """``gather``'s ``Extract``: partitions of ``jobs`` mapped over the workers. A
        partition that came back whole is one result at its first file's place (the
        others stay empty: the reduce does not tell them apart)."""
        client = self.stack.enter_context(client_for(self.scheduler, self.workers, self._stopping))
        threads = sum(client.nthreads().values()) or 1
        parts = partitions(jobs, threads)
        tasks = [[(str(path), article_id, read_as) for path, article_id in p] for p in parts]
        starts = [0]
        for part in parts:
            starts.append(starts[-1] + len(part))
        begin = time.perf_counter()
        if self.timings is not None:
            self.timings["map_start_cpu"] = time.process_time()
        for n, whole, results in _run(client, tasks, self.whole):
            if whole:
                yield starts[n], results[0][0], None
            else:
                for k, (result, record) in enumerate(results):
                    yield starts[n] + k, result, record
            done(len(parts[n]))
        self.stack.close()  # the cluster stops in a thread while the reduce runs
        if self.timings is not None:
            self.timings["map_wall"] = time.perf_counter() - begin
            self.timings["map_end_cpu"] = time.process_time()

    def wait_closed(self) -> None:
        """Return once the local cluster is stopped (no process outlives the load)."""
        for thread in self._stopping:
            thread.join()


def extract_for_reduce(jobs: list[tuple[str, str, str | None]], whole: bool = False) -> bytes:
    """What a worker runs: ``extract_files``, and per result its record as the cache
    stores it (``pack_result``: plain values, quicker to send than objects) and its
    quotes' group forms (the reduce's per-quote work, done here), marshalled with the
    version of the code that made them.

    ``whole``: the partition's results put together into one (``joined``), as the
    reduce would, so the client takes one result and one quote table per partition
    instead of one per file. The cyclic garbage collector is paused, as in a local
    load (``collector_paused``): a worker holds the cluster's own objects too, and each
    full collection on the way would rescan them."""
    with collector_paused():
        found = extract_files(jobs)
        one = joined(found) if whole else None
        if one is not None:
            found = [one]
        results = [(pack_result(r), _forms(r)) for r in found]
        return marshal.dumps((extractor_version(), one is not None, results))


def _forms(result: FileResult) -> list[str | None]:
    """The group forms of a result's quotes: extraction computed them (``extract_file``)."""
    if result.forms is not None:
        return result.forms
    return [quote_form(q) for q in result.quotes]


def _unpacked(blob: bytes) -> tuple[bool, list[tuple[FileResult, tuple]]]:
    """Whether the partition came back whole, and its results with their records."""
    version, whole, records = marshal.loads(blob)
    if version != extractor_version():
        raise DaskError(
            "the Dask workers run another version of quotescope than this one: "
            "install the same version on every machine"
        )
    results = []
    for record, forms in records:
        result = unpack_result(record, trusted=True)  # made by this very code
        result.forms = forms
        results.append((result, record))
    return whole, results


def _import_for_reduce() -> None:
    """Import what the reduce imports lazily (the quote grouping's numpy and rapidfuzz),
    now, while the first partitions are extracted, not in the reduce that follows."""
    with contextlib.suppress(ImportError):
        import numpy  # noqa: F401
        from rapidfuzz.distance import Levenshtein  # noqa: F401


def _run(
    client: Any, tasks: list[list[tuple[str, str, str | None]]], whole: bool
) -> Iterator[tuple[int, bool, list[tuple[FileResult, tuple]]]]:
    """``(partition number, came back whole, its results)`` for every partition, as
    they arrive."""
    distributed = _distributed()
    futures = client.map(extract_for_reduce, tasks, [whole] * len(tasks), pure=False)
    order = {f.key: n for n, f in enumerate(futures)}
    _import_for_reduce()
    try:
        for future in distributed.as_completed(futures):
            blob = future.result()
            future.release()
            yield order[future.key], *_unpacked(blob)
    except (OSError, TimeoutError, distributed.comm.CommClosedError) as exc:
        raise DaskError(f"the Dask cluster failed ({type(exc).__name__}: {exc})") from None
    except DaskError:
        raise
    except Exception as exc:  # raised on a worker (quotescope missing there, out of memory)
        raise DaskError(f"a Dask worker failed ({type(exc).__name__}: {exc})") from None
