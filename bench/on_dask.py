"""Throughput of a load on a local Dask cluster (``export --dask``) against one process.

Throughput here is files (and MB of article text) per second of a whole load, from the
list of files to the assembled corpus (extracted, attributed, copies found, speakers
merged, quotes grouped), the extraction cache off both ways:
  one process    load_corpus(workers=1)
  dask N         load_on_dask on a LocalCluster of N single-threaded worker processes,
                 started once before the runs (its start-up is printed apart: a real
                 cluster is started once for many exports), the reduce in this process
The ratio is one process's time over the Dask load's. Loads ``--runs`` times each way
and prints the median and the spread with the load average; also the cluster's start-up,
the first (cold workers) run, and whether both ways give the same records.

It ends with a summary: both wall times and their ratio (the figure to take on a
quiet machine), and, since wall times on a machine shared with other work mostly say how
busy it is, the CPU accounting, each process timed by its own clock:
  client CPU share   this process's CPU (the client, and on a local cluster the
                     scheduler and the nannies) over all CPU, workers included; its
                     part before the map (files listed, connecting) and after it (the
                     reduce) is the serial part
  Amdahl, 2 cores    one process's CPU / (the serial part + the larger of the busiest
                     worker's CPU and half of all the CPU during the map): the wall
                     time when workers and client share 2 otherwise idle cores
  a core per process one process's CPU / (the serial part + the busiest worker's CPU)
Use a corpus large enough that per-run overheads do not dominate: ``--articles 15000``
(the issue's ~15k distinct articles, ~135k quotes, built from BBC paragraphs as
bench/scale.py builds them, in a temporary folder), ``--corpus DIR`` (one already
written), or ``--copies K`` (K varied copies of BBC, each file's paragraphs rotated so no
copy is a duplicate of another).

Run:  .venv/bin/python bench/on_dask.py --articles 15000 [--runs 5] [--workers 2]
      .venv/bin/python bench/on_dask.py [--copies 1 | --corpus DIR] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from corpus_paths import BBC

from tui.core.corpus import Corpus, load_corpus
from tui.core.export import quote_records
from tui.core.on_dask import load_on_dask, local_cluster

REPO = Path(__file__).resolve().parents[1]


def make_corpus(copies: int, out: Path) -> list[str]:
    """The paths to load: BBC itself, or ``copies`` varied copies of it (or of the seeds)."""
    source = BBC if BBC.is_dir() else REPO / "seeds"
    if copies <= 1 and source == BBC:
        return [str(BBC)]
    copies = max(copies, 1 if source == BBC else 700)
    files = sorted(source.rglob("*.txt"))
    for k in range(copies):
        folder = out / f"copy{k:03d}"
        folder.mkdir()
        for n, f in enumerate(files):
            paras = f.read_text(encoding="utf-8").split("\n\n")
            turn = k % max(len(paras) - 1, 1)
            body = paras[1:][turn:] + paras[1:][:turn]  # the headline stays first
            text = "\n\n".join([paras[0], *body])
            (folder / f"{n:05d}.txt").write_text(text, encoding="utf-8")
    return [str(out)]


def timed(runs: int, fn: Callable[[], Corpus]) -> tuple[list[float], list[float], Corpus]:
    """Wall and CPU seconds (of this process) of each run, and the last run's corpus."""
    walls, cpus, corpus = [], [], Corpus()
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        corpus = fn()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return walls, cpus, corpus


def worker_cpu(client: Any) -> dict[str, float]:
    """CPU seconds each worker process has used so far."""
    return client.run(time.process_time)


def line(label: str, times: list[float], files: int, mb: float) -> float:
    median = statistics.median(times)
    print(
        f"{label:<16} median {median:6.2f} s  ({min(times):.2f}-{max(times):.2f} s)  "
        f"{files / median:7.0f} files/s  {mb / median:5.2f} MB/s"
    )
    return median


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"  load average {one:.1f} {five:.1f} {fifteen:.1f}"


def estimates(
    runs: int,
    one: tuple[float, float],
    dask_wall: float,
    client_cpu: list[float],
    phases: list[dict[str, float]],
    worker_used: list[float],
) -> None:
    """Print the summary: times, ratio, the client's CPU share and Amdahl's estimate."""
    one_wall, one_cpu = one
    busiest, workers_cpu = max(worker_used) / runs, sum(worker_used) / runs
    reduce_cpu = statistics.median(p["reduce_cpu"] for p in phases)
    before_cpu = statistics.median(p["before_cpu"] for p in phases)
    serial = before_cpu + reduce_cpu
    map_wall = statistics.median(p["map_wall"] for p in phases)
    client = statistics.median(client_cpu)
    share = client / (client + workers_cpu)
    parallel = workers_cpu + client - serial  # everything that runs during the map
    amdahl = one_cpu / (serial + max(busiest, parallel / 2))
    free = one_cpu / (serial + busiest)
    print("summary (medians per run; CPU seconds from each process's own clock)")
    print(f"  one process       {one_wall:6.2f} s wall, {one_cpu:6.2f} s CPU")
    print(f"  dask {len(worker_used)} workers    {dask_wall:6.2f} s wall (map {map_wall:.2f} s)")
    print(f"  ratio (wall)      {one_wall / dask_wall:6.2f}x{_load()}")
    print(
        f"  CPU               workers {workers_cpu:.2f} s (busiest {busiest:.2f} s); client "
        f"{client:.2f} s = {before_cpu:.2f} s before the map (files listed, connecting) + "
        f"{client - serial:.2f} s during it + {reduce_cpu:.2f} s after it (the reduce)"
    )
    print(
        f"  client CPU share  {share:6.1%} of all CPU; serial (before + after the map) "
        f"{serial / (parallel + serial):.1%}"
    )
    print(
        f"  Amdahl, 2 cores   {amdahl:6.2f}x = one process's CPU / (serial + the rest "
        "shared by 2 cores)"
    )
    print(f"  a core per process {free:5.2f}x = one process's CPU / (serial + busiest worker)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument(
        "--articles", type=int, help="build this many distinct articles (as bench/scale.py)"
    )
    parser.add_argument(
        "--corpus", metavar="FOLDER", help="time this corpus (e.g. one bench/scale.py built)"
    )
    args = parser.parse_args()
    from distributed import Client

    tmp = Path(tempfile.mkdtemp(prefix="quotescope-bench-dask-"))
    try:
        if args.articles:
            from scale import write_corpus

            write_corpus(tmp, args.articles)
        paths = [args.corpus or str(tmp)] if args.corpus or args.articles else []
        paths = paths or make_corpus(args.copies, tmp)
        files = [f for p in paths for f in Path(p).rglob("*.txt")]
        mb = sum(f.stat().st_size for f in files) / 1e6
        print(f"corpus: {paths[0]}: {len(files)} files, {mb:.1f} MB; {args.runs} runs each")
        print(f"before the runs:{_load()}")
        one, one_cpu, local = timed(args.runs, lambda: load_corpus(paths, workers=1))
        base = line("one process", one, len(files), mb)
        print(f"{'':16}{_load()}")
        start = time.perf_counter()
        with local_cluster(args.workers) as cluster, Client(cluster) as client:
            print(f"cluster start    {time.perf_counter() - start:6.2f} s")
            address = cluster.scheduler_address
            cold, _, _ = timed(1, lambda: load_on_dask(paths, scheduler=address, cache=False))
            print(f"first run        {cold[0]:6.2f} s  (workers import quotescope)")
            before = worker_cpu(client)
            phases: list[dict[str, float]] = []

            def run() -> Corpus:
                phases.append({})
                return load_on_dask(paths, scheduler=address, cache=False, timings=phases[-1])

            warm, client_cpu, on_dask = timed(args.runs, run)
            after = worker_cpu(client)
            dask = line(f"dask {args.workers} workers", warm, len(files), mb)
            print(f"{'':16}{_load()}")
        same = list(quote_records(local)) == list(quote_records(on_dask))
        print(f"same records: {same}")
        used = [after[w] - before[w] for w in after]
        one_cpu = statistics.median(one_cpu)
        estimates(args.runs, (base, one_cpu), dask, client_cpu, phases, used)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
