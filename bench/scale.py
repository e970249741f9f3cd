"""Benchmark big archives: cold and warm loads, the app's launch, RSS, copies and groups.

Run from the repo root::

    python bench/scale.py                      # ~15k distinct articles, ~100k quotes
    python bench/scale.py --articles 130000    # ~1M quotes (needs ~2 GB of disk in /tmp)
    python bench/scale.py --bbc                # only the BBC copy and quote-group counts
    python bench/scale.py --corpus FOLDER      # time a corpus already written
    python bench/scale.py --groups 100000,1000000  # quote grouping alone at those sizes

Corpus: distinct articles built in a temporary folder outside the repository, each from
runs of paragraphs of three BBC articles (../shared/corpora/bbc, only read): a BBC
headline, then a few paragraphs from each source starting at a random paragraph, so no
two are copies of each other (plain copies of BBC would now merge as duplicates).

Each measurement runs in a fresh process (so RSS and imports are its own) with its own
empty cache folder (``QUOTESCOPE_CACHE_DIR``), never the user's:

* ``load_corpus`` cold (empty cache, every core), then warm (the cache it wrote), then
  cold on one process (``workers=1``) for comparison; index build; peak RSS;
* the app, headless: first frame, and launch to panes filled (corpus loaded and
  indexed, its first frame painted), cold and warm;
* search p50/p95 over a fixed set of queries on the loaded index;
* the BBC corpus itself: articles loaded once, identical copies, near-copies, quotes
  marked as copies, quote groups and the quotes in them.

Wall times on a shared machine include waiting for a core: the load average is printed
first, and each timed step is run ``--repeat`` times with the median shown.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus_paths import BBC

REPO = Path(__file__).resolve().parents[1]
APP_TIMEOUT = 3600
"""Seconds the app may take to fill its panes (a cold 1M-quote load on a busy machine
took over 600 s, the old limit, and the run ended with no figure)."""
QUERIES = [
    "prime minister",
    "economy growth",
    "we are delighted",
    "speaker:blair",
    "'world cup",
    "music industry",
    "kind:scare",
    "not going to",
    "iraq war !election",
    "broadband",
]


def write_corpus(folder: Path, articles: int, seed: int = 11) -> int:
    """Write ``articles`` distinct articles built from BBC paragraphs; returns quotes-ish."""
    sources = []
    for f in sorted(BBC.glob("*/*.txt")):
        text = f.read_text(encoding="utf-8", errors="replace")
        paras = [p.strip() for p in text.split("\n\n") if p.strip()]
        if len(paras) > 3:
            sources.append((paras[0], paras[1:]))
    rng = random.Random(seed)
    for n in range(articles):
        picked = rng.sample(range(len(sources)), 3)
        title = sources[picked[0]][0]
        body: list[str] = []
        for s in picked:
            paras = sources[s][1]
            start = rng.randrange(len(paras))
            body.extend(paras[start : start + rng.randint(2, 4)])
        out = folder / f"{n // 1000:03d}" / f"{n:06d}.txt"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(f"{title} ({n})\n\n" + "\n\n".join(body) + "\n", encoding="utf-8")
    return articles


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu() -> dict[str, float]:
    """CPU seconds of this process and of its (finished) worker processes so far: on a
    shared machine a steadier figure than wall time. Workers started from a thread (the
    app's) are children of multiprocessing's forkserver: it is stopped first (waited
    for, so their time counts here; a later load starts another)."""
    from multiprocessing import forkserver

    stop = getattr(forkserver._forkserver, "_stop", None)  # (not public: a benchmark)
    if stop is not None:
        stop()
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "cpu": me.ru_utime + me.ru_stime,
        "cpu_workers": kids.ru_utime + kids.ru_stime,
    }


def child_load(folder: str, workers: int | None, search: bool) -> None:
    """One load in this process; prints a JSON line of figures."""
    from tui.core.corpus import load_corpus
    from tui.core.search import QuoteIndex

    t = time.perf_counter()
    corpus = load_corpus([folder], cache=True, workers=workers)
    loaded = time.perf_counter() - t
    t = time.perf_counter()
    index = QuoteIndex.from_corpus(corpus)
    indexed = time.perf_counter() - t
    out = {
        "load": loaded,
        "index": indexed,
        "articles": len(corpus.articles),
        "quotes": len(corpus.quotes),
        "groups": len(corpus.groups),
        "rss_mb": _rss_mb(),
        **_cpu(),
    }
    if search:
        times = []
        for _ in range(5):
            for q in QUERIES:
                t = time.perf_counter()
                index.search(q, limit=200)
                times.append(time.perf_counter() - t)
        times.sort()
        out["search_p50"] = times[len(times) // 2]
        out["search_p95"] = times[int(len(times) * 0.95)]
    print(json.dumps(out))


def child_app(folder: str) -> None:
    """Launch the app headless; print first frame and panes-filled times (from app start),
    then leave as the real app does (``QuotescopeApp.run`` ends with ``leave_load``):
    waiting for the cache being written. Leaving without it cut the write short on a slow
    machine, and the next (warm) launch re-extracted part of the corpus."""
    from textual.screen import Screen

    from tui.app import QuotescopeApp

    painted: list[float] = []
    filled: list[float] = []
    original = Screen._on_timer_update
    app_holder: list[QuotescopeApp] = []

    def timed(screen: Screen) -> None:
        original(screen)
        now = time.perf_counter()
        painted.append(now)
        if app_holder and app_holder[0].corpus is not None and not filled:
            filled.append(now)

    Screen._on_timer_update = timed  # type: ignore[method-assign]

    async def run() -> None:
        t0 = time.perf_counter()
        app = QuotescopeApp([folder])
        app_holder.append(app)
        async with app.run_test(size=(120, 40)) as pilot:
            while not filled and time.perf_counter() - t0 < APP_TIMEOUT:
                await asyncio.sleep(0.01)
            if not filled:  # say so, rather than an IndexError below
                raise SystemExit(f"the panes were not filled within {APP_TIMEOUT} s")
            await pilot.pause()
            figures.update(
                first_frame=painted[0] - t0,
                filled=filled[0] - t0,
                rss_mb=_rss_mb(),
                quotes=len(app.corpus.quotes) if app.corpus else 0,
                **_cpu(),
            )
            app.exit()

    figures: dict[str, float] = {}
    asyncio.run(run())
    t = time.perf_counter()
    app_holder[0].leave_load()
    figures["exit_wait"] = time.perf_counter() - t
    print(json.dumps(figures))


def _child(args: list[str], cache: str) -> dict:
    env = dict(os.environ, QUOTESCOPE_CACHE_DIR=cache)
    done = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, env=env, cwd=REPO
    )
    if done.returncode != 0:
        raise SystemExit(f"child failed: {args}\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _median(runs: list[dict], key: str) -> float:
    return statistics.median(r[key] for r in runs)


def bench_corpus(folder: str, repeat: int, one_core: bool) -> None:
    loads = {"cold": [], "warm": [], "cold 1 process": []}
    apps = {"cold": [], "warm": []}
    for _ in range(repeat):
        with tempfile.TemporaryDirectory(prefix="qs-cache-") as cache:
            loads["cold"].append(_child(["--child-load", folder], cache))
            loads["warm"].append(_child(["--child-load", folder, "--search"], cache))
        with tempfile.TemporaryDirectory(prefix="qs-cache-") as cache:
            apps["cold"].append(_child(["--child-app", folder], cache))
            apps["warm"].append(_child(["--child-app", folder], cache))
        if one_core:
            with tempfile.TemporaryDirectory(prefix="qs-cache-") as cache:
                loads["cold 1 process"].append(
                    _child(["--child-load", folder, "--workers", "1"], cache)
                )
    first = loads["cold"][0]
    print(
        f"corpus: {first['articles']:,} articles, {first['quotes']:,} quotes, "
        f"{first['groups']:,} quote groups  (medians of {repeat})"
    )
    for name, runs in loads.items():
        if runs:
            print(
                f"load_corpus {name:<15} {_median(runs, 'load'):7.2f} s  "
                f"+ index {_median(runs, 'index'):5.2f} s   "
                f"peak RSS {_median(runs, 'rss_mb'):6.0f} MB   "
                f"CPU {_median(runs, 'cpu'):5.2f} s + workers {_median(runs, 'cpu_workers'):5.2f} s"
            )
    warm = loads["warm"]
    print(
        f"search over {len(QUERIES)} queries x5: p50 {1000 * _median(warm, 'search_p50'):.1f} ms"
        f"  p95 {1000 * _median(warm, 'search_p95'):.1f} ms"
    )
    for name, runs in apps.items():
        print(
            f"app {name:<5} first frame {_median(runs, 'first_frame'):5.2f} s   panes filled "
            f"{_median(runs, 'filled'):6.2f} s   peak RSS {_median(runs, 'rss_mb'):6.0f} MB   "
            f"CPU {_median(runs, 'cpu'):5.2f} s + workers {_median(runs, 'cpu_workers'):5.2f} s   "
            f"exit waited {_median(runs, 'exit_wait'):5.2f} s (cache write)"
        )
    with open("/proc/loadavg") as f:
        print(f"load average at the end: {f.read().split()[0]}")


def bench_bbc() -> None:
    from tui.core.corpus import load_corpus

    t = time.perf_counter()
    corpus = load_corpus([BBC], workers=1)
    took = time.perf_counter() - t
    copies = sum(len(a.also_at) for a in corpus.articles)
    near = sum(a.copy_of is not None for a in corpus.articles)
    grouped = sum(len(g) for g in corpus.groups)
    print(
        f"BBC: {len(corpus.articles):,} articles loaded once ({copies} identical copies "
        f"dropped), {near} near-copies marked, {sum(q.copy for q in corpus.quotes)} of their "
        f"quotes not counted again; {len(corpus.quotes):,} quotes, {len(corpus.groups)} quote "
        f"groups holding {grouped} quotes ({took:.1f} s, one process, no cache)"
    )


def bench_groups(sizes: list[int]) -> None:
    """group_quotes alone on n quotes: BBC quotes copied into n // BBC articles, one word
    in five copies changed, to show how the time grows with n (near-linear expected)."""
    import dataclasses

    from tui.core.corpus import load_corpus
    from tui.core.groups import group_quotes

    base = load_corpus([BBC], workers=1).quotes  # no cache: never the user's
    rng = random.Random(5)
    for n in sizes:
        quotes = []
        for i in range(n):
            q = base[i % len(base)]
            text = q.text
            if i >= len(base) and rng.random() < 0.2:
                words = text.split()
                words[rng.randrange(len(words))] = "changed"
                text = " ".join(words)
            copy = i // len(base)
            quotes.append(
                dataclasses.replace(q.to_quote(), id=i, article=f"{copy}/{q.article}", text=text)
            )
        t = time.perf_counter()
        groups = group_quotes(quotes)
        took = time.perf_counter() - t
        print(
            f"group_quotes on {n:>9,} quotes: {took:6.2f} s  ({1e6 * took / n:5.1f} us/quote, "
            f"{len(groups):,} groups)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=15000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--bbc", action="store_true", help="only the BBC copy/group counts")
    parser.add_argument("--corpus", metavar="FOLDER", help="use this corpus, do not build one")
    parser.add_argument(
        "--groups",
        metavar="N,N",
        help="only time quote grouping on these numbers of quotes (e.g. 100000,1000000)",
    )
    parser.add_argument("--no-one-core", action="store_true", help="skip the 1-process load")
    parser.add_argument("--child-load", metavar="FOLDER", help=argparse.SUPPRESS)
    parser.add_argument("--child-app", metavar="FOLDER", help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--search", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_load:
        child_load(args.child_load, args.workers, args.search)
        return
    if args.child_app:
        child_app(args.child_app)
        return
    if not BBC.is_dir():
        raise SystemExit(f"needs the BBC corpus at {BBC}")
    if args.groups:
        bench_groups([int(n) for n in args.groups.split(",")])
        return
    with open("/proc/loadavg") as f:
        print(f"load average at start: {f.read().split()[0]} on {os.cpu_count()} cores")
    from tui.core.compiled import attribution_build  # (the workers import the same build)

    print(f"attribution: {attribution_build()}")
    bench_bbc()
    if args.bbc:
        return
    if args.corpus:
        bench_corpus(args.corpus, args.repeat, not args.no_one_core)
        return
    with tempfile.TemporaryDirectory(prefix="quotescope-scale-") as folder:
        t = time.perf_counter()
        write_corpus(Path(folder), args.articles)
        print(f"wrote {args.articles:,} articles in {time.perf_counter() - t:.1f} s")
        bench_corpus(folder, args.repeat, not args.no_one_core)


if __name__ == "__main__":
    main()
