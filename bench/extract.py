"""Throughput of the text-understanding core, in MB of article text per second.

Loads the BBC corpus (or the seeds replicated to a similar size when it is absent)
into memory once, then times, best of ``--runs``:
  paragraphs  make_article (paragraph split, title, captions)
  extract     extract_quotes alone, on articles already built
  pipeline    extract_quotes + attribute_quotes + merge_speakers

Run:  /work/venv/bin/python bench/extract.py [--runs 3] [--corpus DIR]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from corpus_paths import BBC

from tui.core.attribution import attribute_quotes, merge_speakers
from tui.core.compiled import attribution_build
from tui.core.model import Article, Quote
from tui.core.paragraphs import make_article
from tui.core.quotes import extract_quotes

REPO = Path(__file__).resolve().parents[1]
TARGET_MB = 5.0


def load_texts(corpus: Path | None) -> tuple[str, list[tuple[str, str]]]:
    """(label, [(id, text)]) read once; seeds repeated when the BBC corpus is absent."""
    folder = corpus or BBC
    if folder.is_dir():
        files = sorted(folder.rglob("*.txt"))
        return str(folder), [(str(f), f.read_text(encoding="utf-8")) for f in files]
    seeds = [
        (f.name, f.read_text(encoding="utf-8")) for f in sorted((REPO / "seeds").glob("*.txt"))
    ]
    size = sum(len(t.encode()) for _, t in seeds)
    copies = max(1, int(TARGET_MB * 1e6 / size))
    return f"seeds x{copies}", [(f"{i}/{n}", t) for i in range(copies) for n, t in seeds]


def best(runs: int, fn: Callable[[], object]) -> tuple[float, float]:
    """Best wall-clock and best CPU seconds over ``runs`` runs.

    CPU time is the steadier figure on a shared machine (other processes steal wall
    time, not this process's CPU time); both are printed.
    """
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--corpus", type=Path, default=None)
    args = parser.parse_args()
    label, texts = load_texts(args.corpus)
    mb = sum(len(t.encode()) for _, t in texts) / 1e6
    print(f"corpus: {label}: {len(texts)} articles, {mb:.2f} MB")
    print(f"attribution: {attribution_build()}")  # a compiled build runs ~1.5x faster

    def build() -> list[Article]:
        return [make_article(i, i, t) for i, t in texts]

    articles = build()

    def extract() -> list[list[Quote]]:
        out: list[list[Quote]] = []
        n = 0
        for a in articles:
            found = extract_quotes(a, n)
            n += len(found)
            out.append(found)
        return out

    def pipeline() -> None:
        every: list[Quote] = []
        for a in articles:
            found = extract_quotes(a, len(every))
            attribute_quotes(a, found)
            every.extend(found)
        merge_speakers(articles, every)

    per_article = extract()
    quotes = sum(len(q) for q in per_article)
    for name, fn in (("paragraphs", build), ("extract", extract), ("pipeline", pipeline)):
        wall, cpu = best(args.runs, fn)
        print(
            f"{name:10} wall {wall:6.3f} s {mb / wall:6.1f} MB/s   "
            f"cpu {cpu:6.3f} s {mb / cpu:6.1f} MB/s"
        )
    print(f"quotes: {quotes}")


if __name__ == "__main__":
    main()
