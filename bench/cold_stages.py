"""Where a cold load spends its CPU: seconds per stage of ``load_corpus`` and the index.

Run from the repo root::

    python bench/cold_stages.py                    # ~15k distinct articles (as scale.py)
    python bench/cold_stages.py --corpus FOLDER    # a corpus already written
    python bench/cold_stages.py --workers 1        # everything in this process
    python bench/cold_stages.py --worker 2000      # a worker's task alone, stage by stage

One cold load (an empty cache folder of its own, never the user's) with the cache on, as
the app loads, then the index build, then what the app leaves until its panes are filled
(the snapshot, packing the shards: apart, on the last line). Each stage is timed where
the load calls it, in CPU seconds of this process (``time.process_time``: steadier than
wall time on a shared machine) and in wall seconds; the worker processes' CPU is
reported apart. Stages nest: ``assemble`` holds the speaker merge, copy marking and
quote grouping.

``--worker N`` times what a worker process does instead, in this process (no pool, no
other process's noise in the figures), on the first ``N`` files in batches as the
load sends them: reading (decode, sanitize, paragraphs), quote extraction,
attribution, fingerprints, the quote table, group forms, packing and marshalling the
answer, then the parent's unpacking of it. Per article, in CPU milliseconds, each
run of ``--repeat``: where a worker's time goes apart from attribution.
"""

from __future__ import annotations

import argparse
import functools
import os
import resource
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

# (module, attribute, label): what a worker's task calls (``--worker``), where it looks
# it up; extract_file holds the others but the last four (parallel.extract_packed's).
WORKER_STAGES = [
    ("tui.core.extract", "extract_file", "extract_file (all of a file)"),
    ("tui.core.extract", "read_file", "  read, decode, paragraphs"),
    ("tui.core.extract", "extract_quotes", "  extract quotes"),
    ("tui.core.extract", "attribute_quotes", "  attribute"),
    ("tui.core.extract", "fingerprint", "  fingerprints (copies)"),
    ("tui.core.extract", "pack_paragraphs", "  pack paragraphs"),
    ("tui.core.extract", "QuoteTable.from_quotes", "  quote table"),
    ("tui.core.extract", "quote_form", "  group forms"),
    ("tui.core.extract", "bytes_hash", "  content hash"),
    ("tui.core.parallel", "pack_result", "pack results"),
    ("tui.core.parallel", "joined", "join a batch"),
    ("tui.core.parallel", "_texts_within", "texts (where in the records)"),
    ("tui.core.parallel", "marshal.dumps", "marshal"),
]

# (module, attribute, label): what each stage calls, where the load looks it up.
STAGES = [
    ("tui.core.corpus", "discover", "find files"),
    ("tui.core.corpus", "file_keys", "hash files (cache keys)"),
    ("tui.core.corpus", "gather", "read + extract (parent's share)"),
    ("tui.core.parallel", "unpack_result", "  unpack worker results"),
    ("tui.core.corpus", "assemble", "assemble"),
    ("tui.core.corpus", "drop_identical", "  drop identical copies"),
    ("tui.core.corpus", "merge_speakers", "  merge speakers"),
    ("tui.core.dedupe", "NearCopies.add", "  mark near-copies (as files come in)"),
    ("tui.core.corpus", "group_quotes", "  group quotes"),
    ("tui.core.parallel", "PostingsAside.result", "index words (wait or build)"),
    ("tui.core.corpus", "word_postings", "index words (built here)"),
    ("tui.core.corpus", "_save_snapshot", "write snapshot"),
    ("tui.core.shard_writer", "ShardWriter._write", "write shards"),
    ("tui.core.corpus", "Corpus.reindex", "corpus tables"),
]


def _timed(fn: Callable, label: str, cpu: Counter, wall: Counter) -> Callable:
    @functools.wraps(fn)
    def timed(*args, **kwargs):
        c, w = time.process_time(), time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            cpu[label] += time.process_time() - c
            wall[label] += time.perf_counter() - w

    return timed


def instrument(cpu: Counter, wall: Counter, stages: list | None = None) -> list[str]:
    """Wrap every stage found; returns the labels of those not found (renamed code)."""
    import importlib

    missing = []
    for module_name, attribute, label in STAGES if stages is None else stages:
        owner = importlib.import_module(module_name)
        *path, name = attribute.split(".")
        for part in path:
            owner = getattr(owner, part, None)
        fn = getattr(owner, name, None) if owner is not None else None
        if fn is None:
            missing.append(label)
            continue
        setattr(owner, name, _timed(fn, label, cpu, wall))
    return missing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", metavar="FOLDER", help="use this corpus, do not build one")
    parser.add_argument("--articles", type=int, default=15000)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--worker", type=int, metavar="N", help="time a worker's stages")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="qs-stages-") as scratch:
        folder = args.corpus
        if folder is None:
            from scale import write_corpus

            folder = str(Path(scratch) / "corpus")
            write_corpus(Path(folder), args.worker or args.articles)
        if args.worker:
            worker_stages(sorted(Path(folder).rglob("*.txt"))[: args.worker], args.repeat)
            return
        os.environ["QUOTESCOPE_CACHE_DIR"] = str(Path(scratch) / "cache")
        run(folder, args.workers)


def worker_stages(files: list[Path], repeat: int) -> None:
    """``--worker``: a worker's stages on ``files``, in this process."""
    import tui.core.extract as extract
    from tui.core.compiled import attribution_build
    from tui.core.parallel import BATCH_FILES, _batch_results, extract_packed

    for name in ("extract_quotes", "attribute_quotes"):  # (lazy imports, made now)
        setattr(extract, name, getattr(extract, name))
    cpu: Counter = Counter()
    missing = instrument(cpu, Counter(), WORKER_STAGES)
    jobs = [(str(p), f"a{i}", None) for i, p in enumerate(files)]
    batches = [jobs[i : i + BATCH_FILES] for i in range(0, len(jobs), BATCH_FILES)]
    per = 1000 / max(1, len(files))
    print(f"{len(files):,} files, build: {attribution_build()}; CPU ms per article")
    for run_ in range(repeat):
        cpu.clear()
        c = time.process_time()
        answers = [extract_packed(b, True, True, True) for b in batches]
        task = time.process_time() - c
        c = time.process_time()
        for answer in answers:
            for _ in _batch_results(answer):
                pass
        unpack = time.process_time() - c
        size = sum(map(len, answers)) / max(1, len(files))
        print(f"-- run {run_ + 1}: a worker's task {task * per:.3f}, {size:,.0f} bytes sent")
        for _, _, label in WORKER_STAGES:
            print(f"{label:34} {cpu[label] * per:7.3f}")
        rest = task - cpu[WORKER_STAGES[0][2]] - sum(cpu[s[2]] for s in WORKER_STAGES[9:])
        print(f"{'(the task but those)':34} {rest * per:7.3f}")
        print(f"{'parent unpacks the answers':34} {unpack * per:7.3f}")
    if missing:
        print("not found (renamed?): " + ", ".join(m.strip() for m in missing))


def run(folder: str, workers: int | None) -> None:
    cpu: Counter = Counter()
    wall: Counter = Counter()
    missing = instrument(cpu, wall)
    from tui.core.corpus import load_corpus
    from tui.core.search import QuoteIndex

    start = os.getloadavg()[0]
    later: list[Callable[[], None]] = []  # as the app: left until the panes are filled
    c, w = time.process_time(), time.perf_counter()
    corpus = load_corpus([folder], cache=True, workers=workers, later=later)
    load_cpu, load_wall = time.process_time() - c, time.perf_counter() - w
    c, w = time.process_time(), time.perf_counter()
    QuoteIndex.from_corpus(corpus)
    index_cpu, index_wall = time.process_time() - c, time.perf_counter() - w
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_before, wall_before = Counter(cpu), Counter(wall)
    c, w = time.process_time(), time.perf_counter()
    for step in later:
        step()
    later_cpu, later_wall = time.process_time() - c, time.perf_counter() - w
    print(
        f"{len(corpus.articles):,} articles, {len(corpus.quotes):,} quotes; "
        f"load average {start:.2f} at start, {os.getloadavg()[0]:.2f} at the end"
    )
    print(f"{'stage':34} {'CPU s':>7} {'wall s':>7}")
    print(f"{'load_corpus (this process)':34} {load_cpu:7.2f} {load_wall:7.2f}")
    for _, _, label in STAGES:
        if label in cpu_before:
            print(f"{label:34} {cpu_before[label]:7.2f} {wall_before[label]:7.2f}")
    print(f"{'index build':34} {index_cpu:7.2f} {index_wall:7.2f}")
    print(f"{'worker processes (CPU)':34} {kids.ru_utime + kids.ru_stime:7.2f}")
    print(f"{'after the panes are filled':34} {later_cpu:7.2f} {later_wall:7.2f}")
    if missing:
        print("not found (renamed?): " + ", ".join(m.strip() for m in missing))


if __name__ == "__main__":
    main()
