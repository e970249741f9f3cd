"""Benchmark the quote index: latency, build time, memory and agreement with brute force.

Run from the repo root::

    python bench/search.py                     # 10k, 100k and 1M quotes
    python bench/search.py --sizes 10k,100k    # skip the heavy 1M run
    python bench/search.py --quick             # fewer repeats, 10k only

Corpus: quotes cut from the seed articles and, when present, the BBC corpus
(../shared/corpora/bbc; its text is only read, never written anywhere), by a plain
regex on quotation marks. They are replicated to the wanted size; every copy after
the first is varied (about 12% of words swapped for other corpus words, 2% typos,
some clauses rotated at a comma) so copies are not identical. Kinds are guessed from
the text (1-3 words: scare, lower-case start: partial, else direct) and speakers
are synthetic ("Speaker 17", 20% unattributed): the bench holds plain ``str`` lists,
not ``Quote`` objects, and the memory figure is the index alone (RSS growth while
building it) plus the process total.

Quality reference: ``tui.core.search.scan`` scores every quote's text with the same
rules as the index, without the index; agreement is |top10(index) & top10(scan)| /
|top10(scan)| per query (1.0 when both are empty).
"""

from __future__ import annotations

import argparse
import gc
import random
import re
import resource
import statistics
import sys
import threading
import time
from pathlib import Path

from corpus_paths import BBC

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from rapidfuzz import fuzz, process, utils  # noqa: E402

from tui.core.search import STOPWORDS, QuoteIndex, SearchCancelled, scan  # noqa: E402
from tui.core.search_runner import LatestOnly  # noqa: E402

_QUOTE = re.compile(r"[“\"]([^”\"\n]{3,600})[”\"]")

QUERIES: dict[str, list[str]] = {
    "short": ["economy", "blair", "mobile phones", "interest rates", "world cup", "life blood"],
    "long": [
        "we are very pleased with the way the team played",
        "the economy is growing faster than expected",
        "I made it absolutely clear from the outset of these discussions",
        "people should be able to download music legally",
    ],
    "typo": ["liffe blood", "mcluskey", "goverment", "intrest rates", "chelsae", "ecomony"],
    "absent": ["zyzzyva quantum flapdoodle", "xylophone regatta"],
    "prefix": ["gov", "interest ra", "foot"],
    "filter": ["kind:all economy", 'speaker:"speaker 12"', "'labour !blair election"],
    "common": ["we will", "the"],
}
BUDGET: dict[str, int] = {}
TYPING = ["liffe blood", "interest rates rise", "we are very pleased"]
# Hostile lengths (issue 10): the index cuts queries at MAX_QUERY_CHARS, these
# measure what is left of them.
_STOPS = sorted(STOPWORDS)
LONG = {
    '\' + "the " x 2500': "'" + '"the ' * 2500,
    '"government " x 909': "government " * 909,
    "500 stop words": " ".join(_STOPS[i % len(_STOPS)] for i in range(500)),
    "a pasted 80-word quote": " ".join(["we are very pleased with the way the team played"] * 8),
}
BURST_KEYS = 10_000


def rss_mb() -> float:
    """Resident memory now, from /proc (Linux)."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20


def base_quotes() -> list[str]:
    """Quotes from the seeds and (when present) the BBC corpus, in file order."""
    files = sorted((REPO / "seeds").glob("*.txt"))
    if BBC.is_dir():
        files += sorted(BBC.glob("*/*.txt"))
    out: list[str] = []
    for f in files:
        text = f.read_text(encoding="utf-8", errors="replace")
        out.extend(m.group(1).strip() for m in _QUOTE.finditer(text))
    return [q for q in out if q]


def vary(words: list[str], pool: list[str], rng: random.Random) -> str:
    """One varied copy: swapped words, typos and a rotation at a comma."""
    out = []
    for w in words:
        r = rng.random()
        if r < 0.12:
            w = rng.choice(pool)
        elif r < 0.14 and len(w) > 3:
            j = rng.randrange(len(w) - 1)
            w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
        out.append(w)
    text = " ".join(out)
    if rng.random() < 0.3 and ", " in text:
        head, _, tail = text.partition(", ")
        text = f"{tail}, {head}"
    return text


def build_corpus(size: int, base: list[str], seed: int = 7):
    """``size`` quote texts with synthetic speakers and guessed kinds."""
    rng = random.Random(seed)
    split = [q.split() for q in base]
    pool = [w for ws in split for w in ws]
    texts: list[str] = []
    for i in range(size):
        j = i % len(base)
        texts.append(base[j] if i < len(base) else vary(split[j], pool, rng))
    names = [f"Speaker {k}" for k in range(5000)]
    speakers = [
        None if rng.random() < 0.2 else names[int(rng.paretovariate(1.2)) % 5000] for _ in texts
    ]
    kinds = []
    for t in texts:
        n = len(t.split())
        kinds.append("scare" if n <= 3 else "partial" if t[:1].islower() else "direct")
    return texts, speakers, kinds


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


def parse_size(text: str) -> int:
    text = text.strip().lower()
    mult = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    return int(float(text.rstrip("km")) * mult)


def plain_overlap(texts: list[str], kinds: list[str], query: str, mine: list[int]) -> float:
    """Share of a plain ``process.extract(partial_ratio)`` top 10 that the index also ranks
    top 10 (words-only queries; scare quotes left out as the index does by default)."""
    shown = [i for i, k in enumerate(kinds) if k != "scare"]
    hits = process.extract(
        query,
        [texts[i] for i in shown],
        scorer=fuzz.partial_ratio,
        processor=utils.default_process,
        limit=10,
    )
    top = [shown[h[2]] for h in hits]
    return len(set(top) & set(mine)) / max(1, len(top))


def long_queries(index: QuoteIndex) -> None:
    """Latency of the hostile long queries (cold cache)."""
    for label, q in LONG.items():
        times, cpu = [], []
        for _ in range(3):
            index.clear_cache()
            t, c = time.perf_counter(), time.process_time()
            result = index.search(q)
            times.append((time.perf_counter() - t) * 1000)
            cpu.append((time.process_time() - c) * 1000)
        print(
            f"long!   {label:60} {pct(times, 50):7.1f} {max(times):7.1f} {max(cpu):7.1f} "
            f"{result.total:8,}"
        )


def burst(index: QuoteIndex, texts: list[str]) -> None:
    """The finder's policy under a key burst: ``BURST_KEYS`` keystrokes handed over
    as fast as a loop can (far faster than anyone types), searched by one thread under
    :class:`LatestOnly` as the finder does. Prints how many searches ran and the
    time from the last key to the answer for the final text."""
    words = " ".join(texts[:400]).split()
    typed = ""
    keys: list[str] = []
    while len(keys) < BURST_KEYS:
        typed = (typed + " " + words[len(keys) % len(words)])[-60:]
        keys.append(typed)
    jobs: LatestOnly[str] = LatestOnly()
    lock = threading.Lock()
    ran: list[str] = []
    done = threading.Event()
    last: dict[str, float] = {}

    def work(text: str) -> None:
        while True:
            try:
                index.search(text, stop=jobs.superseded)
                ran.append(text)
                answered = text
            except SearchCancelled:
                answered = None
            with lock:
                nxt = jobs.finished()
            if nxt is None:
                if answered == keys[-1]:
                    last["answer"] = time.perf_counter()
                    done.set()
                return
            text = nxt

    start = time.perf_counter()
    for text in keys:
        with lock:
            job = jobs.submit(text)
        if job is not None:
            threading.Thread(target=work, args=(job,)).start()
        time.sleep(0)  # let the search thread run, as the UI loop would
    last_key = time.perf_counter()
    done.wait(30)
    print(
        f"burst of {len(keys):,} keys in {last_key - start:.2f} s: {len(ran)} searches ran "
        f"to the end, last key -> its results {(last['answer'] - last_key) * 1000:.1f} ms"
    )


def run(size: int, base: list[str], repeats: int, check: bool, plain: bool = False) -> None:
    print(f"\n== {size:,} quotes ==")
    texts, speakers, kinds = build_corpus(size, base)
    gc.collect()
    before = rss_mb()
    t0, c0 = time.perf_counter(), time.process_time()
    index = QuoteIndex(texts, speakers, kinds, **BUDGET)
    build = time.perf_counter() - t0
    build_cpu = time.process_time() - c0
    gc.collect()
    index_mb = rss_mb() - before
    print(
        f"build {build:.2f} s ({build / size * 1e5:.2f} s per 100k, CPU {build_cpu:.2f} s)  "
        f"index RSS +{index_mb:.0f} MB  process RSS {rss_mb():.0f} MB  "
        f"vocabulary {len(index._vocab):,} words"
    )
    all_times: list[float] = []
    all_cpu: list[float] = []
    agreements: list[float] = []
    plain_agree: list[float] = []
    head = f"{'group':7} {'query':60} {'p50 ms':>7} {'p95 ms':>7} {'cpu p95':>7}"
    print(f"{head} {'total':>8} {'top10':>6}")
    for group, queries in QUERIES.items():
        for q in queries:
            times, cpu = [], []
            for _ in range(repeats):
                index.clear_cache()
                t, c = time.perf_counter(), time.process_time()
                result = index.search(q)
                times.append((time.perf_counter() - t) * 1000)
                cpu.append((time.process_time() - c) * 1000)
            all_times.extend(times)
            all_cpu.extend(cpu)
            agree = ""
            if plain and not any(c in q for c in ":'!"):
                plain_agree.append(plain_overlap(texts, kinds, q, list(result.ids[:10])))
            if check:
                ref_ids, _, ref_total = scan(texts, speakers, kinds, q, limit=10)
                ref_ids = ref_ids[:10]  # a query without words lists every match
                mine = list(result.ids[:10])
                a = (
                    1.0
                    if not ref_ids and not mine
                    else len(set(mine) & set(ref_ids)) / max(1, len(ref_ids))
                )
                agreements.append(a)
                agree = f"{a:.2f}" + ("" if ref_total == result.total else f" (total {ref_total})")
            print(
                f"{group:7} {q[:60]:60} {pct(times, 50):7.1f} {pct(times, 95):7.1f} "
                f"{pct(cpu, 95):7.1f} {result.total:8,} {agree:>6}"
            )
    keys: list[float] = []
    for q in TYPING:
        index.clear_cache()
        for n in range(1, len(q) + 1):
            t = time.perf_counter()
            index.search(q[:n])
            keys.append((time.perf_counter() - t) * 1000)
    print(
        f"all queries (cold cache): p50 {pct(all_times, 50):.1f} ms  "
        f"p95 {pct(all_times, 95):.1f} ms  max {max(all_times):.1f} ms  "
        f"(CPU time p50 {pct(all_cpu, 50):.1f} ms  p95 {pct(all_cpu, 95):.1f} ms)"
    )
    print(
        f"typing {len(keys)} keystrokes (warm cache): "
        f"p50 {pct(keys, 50):.1f} ms  p95 {pct(keys, 95):.1f} ms"
    )
    long_queries(index)
    burst(index, texts)
    if plain_agree:
        print(
            f"top-10 overlap with a plain rapidfuzz partial_ratio scan (different ranking, "
            f"for context): mean {statistics.mean(plain_agree):.3f}"
        )
    if agreements:
        print(
            f"top-10 agreement with brute-force scan: mean {statistics.mean(agreements):.3f}  "
            f"min {min(agreements):.2f}"
        )
    del index
    gc.collect()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10k,100k,1m", help="comma list, e.g. 10k,100k,1m")
    ap.add_argument("--repeats", type=int, default=5, help="cold runs per query")
    ap.add_argument("--quick", action="store_true", help="10k only, 2 repeats")
    ap.add_argument("--no-check", action="store_true", help="skip the brute-force agreement scan")
    ap.add_argument(
        "--plain", action="store_true", help="also compare with a plain partial_ratio scan"
    )
    ap.add_argument("--budget", type=int, default=None, help="QuoteIndex score_budget")
    args = ap.parse_args()
    if args.budget is not None:
        BUDGET["score_budget"] = args.budget
    sizes = [10_000] if args.quick else [parse_size(s) for s in args.sizes.split(",")]
    repeats = 2 if args.quick else args.repeats
    base = base_quotes()
    with open("/proc/loadavg") as f:
        print(
            f"load average at start: {f.read().split()[0]} (wall times include waiting for a core)"
        )
    print(f"base quotes: {len(base):,} ({'seeds + BBC' if BBC.is_dir() else 'seeds only'})")
    for size in sizes:
        run(size, base, repeats, not args.no_check, args.plain)


if __name__ == "__main__":
    main()
