"""Known-item search: can a user who half-remembers a quote find it?

Run from the repo root (needs ../shared/corpora/bbc, or the folder $QUOTESCOPE_BBC names)::

    python bench/known_item.py                 # 70k quotes, 300 queries, two query sets
    python bench/known_item.py --size 100k     # the latency target's size
    python bench/known_item.py --scan 0        # skip the slow rapidfuzz/fzf scans

Targets are real quotes from the BBC articles (found by quotation marks). Each query
is a 3-6-word fragment of one, typed with one slip a person makes: a typo (a letter
swapped, dropped, doubled or wrong, never the first), a dropped word, two
neighbouring words swapped, or a missing apostrophe; half are typed in lower case.
The corpus is padded to ``--size`` with the articles' other sentences (then their
clauses, then halves of long ones), all held in memory: no BBC text is written.

A query is answered when a quote holding the fragment as it was (before the slip)
is in the top 10. Printed per query set: recall@10, MRR (1/rank of the first such
quote, 0 past 10), how many queries got no answer at all, and p50/p95 latency (wall
clock, and the process CPU time: on a shared machine wall time includes waiting);
the same for plain rapidfuzz ``process.extract`` scans over every quote and, when
installed, ``fzf --filter`` (on the first ``--scan`` queries: they are slow). Two
query sets are drawn from different seeds: tune on the first, report the second.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from corpus_paths import BBC

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from rapidfuzz import fuzz, process, utils  # noqa: E402

from tui.core.folding import fold  # noqa: E402
from tui.core.search import QuoteIndex  # noqa: E402

_QUOTE = re.compile(r"[“\"]([^”\"\n]{20,600})[”\"]")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")
_WORDS = re.compile(r"\w+")
_STRIP = "\"'“”‘’.,;:!?()[]"
SLIPS = ("typo", "dropped word", "swapped words", "no apostrophe")
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def load(size: int) -> tuple[list[str], int]:
    """Quotes first (the targets), then other sentences, then clauses, to ``size``."""
    quotes: list[str] = []
    sentences: list[str] = []
    for path in sorted(BBC.glob("*/*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        found = [m.group(1).strip() for m in _QUOTE.finditer(text)]
        quotes.extend(found)
        body = _QUOTE.sub(" ", text)
        for para in body.split("\n"):
            sentences.extend(s.strip() for s in _SENTENCE.split(para) if len(s.split()) >= 4)
    quotes = list(dict.fromkeys(quotes))
    padding = list(dict.fromkeys(sentences))
    padding += [c.strip() for s in padding for c in s.split(", ") if len(c.split()) >= 4]
    halves = [s.split() for s in padding if len(s.split()) >= 12]  # for 100k and more
    padding += [" ".join(w[: len(w) // 2]) for w in halves]
    padding += [" ".join(w[len(w) // 2 :]) for w in halves]
    padding = list(dict.fromkeys(p for p in padding if p not in set(quotes)))
    corpus = quotes + padding[: max(0, size - len(quotes))]
    return corpus, len(quotes)


def _words(text: str) -> list[str]:
    return [w.strip(_STRIP) for w in text.split() if w.strip(_STRIP)]


def typo(word: str, rng: random.Random) -> str:
    """One slip of the finger inside ``word`` (never its first letter)."""
    j = rng.randrange(1, len(word))
    kind = rng.choice(("swap", "drop", "double", "wrong"))
    if kind == "swap" and j < len(word) - 1:
        return word[:j] + word[j + 1] + word[j] + word[j + 2 :]
    if kind == "drop":
        return word[:j] + word[j + 1 :]
    if kind == "double":
        return word[:j] + word[j] + word[j:]
    return word[:j] + rng.choice(LETTERS.replace(word[j].lower(), "")) + word[j + 1 :]


def make_query(text: str, rng: random.Random) -> tuple[str, str, str] | None:
    """(typed query, fragment it came from, slip) for one quote, or None."""
    words = _words(text)
    if len(words) < 4:
        return None
    slip = rng.choice(SLIPS)
    apostrophes = [i for i, w in enumerate(words) if "'" in w or "’" in w]
    if slip == "no apostrophe" and not apostrophes:
        slip = "typo"
    n = rng.randint(3, 6) + (slip == "dropped word")
    n = min(n, len(words))
    if slip == "no apostrophe":
        at = rng.choice(apostrophes)
        start = rng.randint(max(0, at - n + 1), min(at, len(words) - n))
    else:
        start = rng.randint(0, len(words) - n)
    frag = words[start : start + n]
    typed = list(frag)
    if slip == "typo":
        long = [i for i, w in enumerate(typed) if len(w) >= 4]
        if not long:
            return None
        i = rng.choice(long)
        typed[i] = typo(typed[i], rng)
    elif slip == "dropped word":
        del typed[rng.randrange(1, len(typed) - 1)]
    elif slip == "swapped words":
        i = rng.randrange(len(typed) - 1)
        typed[i], typed[i + 1] = typed[i + 1], typed[i]
    else:
        typed = [w.replace("'", "").replace("’", "") for w in typed]
    query = " ".join(typed)
    if rng.random() < 0.5:
        query = query.lower()
    return query, " ".join(frag), slip


def relevant(folded: Sequence[str], fragment: str) -> set[int]:
    """Quotes holding the fragment's words in order and adjacent (the answer)."""
    words = _WORDS.findall(fold(fragment))
    pattern = re.compile(r"(?<!\w)" + r"\W+".join(map(re.escape, words)) + r"(?!\w)")
    return {i for i, t in enumerate(folded) if pattern.search(t)}


def score(ranked: Sequence[int], answer: set[int]) -> tuple[float, float]:
    """(hit@10, reciprocal rank) of one answer list."""
    for rank, i in enumerate(ranked[:10], 1):
        if i in answer:
            return 1.0, 1.0 / rank
    return 0.0, 0.0


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


Engine = Callable[[str], list[int]]


def evaluate(name: str, engine: Engine, queries: list[tuple[str, str, str, set[int]]]) -> None:
    hits, rr, times, cpu, empty = [], [], [], [], 0
    by_slip: dict[str, list[float]] = {}
    for query, _, slip, answer in queries:
        t, c = time.perf_counter(), time.process_time()
        ranked = engine(query)
        times.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
        empty += not ranked
        h, r = score(ranked, answer)
        hits.append(h)
        rr.append(r)
        by_slip.setdefault(slip, []).append(h)
    slips = "  ".join(f"{s} {statistics.mean(v):.2f}" for s, v in sorted(by_slip.items()))
    print(
        f"{name:34} {len(queries):5} {statistics.mean(hits):9.3f} {statistics.mean(rr):6.3f} "
        f"{empty:6} {pct(times, 50):8.1f} {pct(times, 95):8.1f} {pct(cpu, 95):8.1f}   {slips}"
    )


def fzf_engine(corpus: list[str]) -> Engine | None:
    exe = shutil.which("fzf")
    if exe is None:
        return None
    lines = "\n".join(t.replace("\n", " ") for t in corpus).encode()
    where = {t.replace("\n", " "): i for i, t in reversed(list(enumerate(corpus)))}

    def run(query: str) -> list[int]:
        out = subprocess.run(
            [exe, "--filter", query], input=lines, capture_output=True, check=False
        ).stdout.decode()
        return [where[line] for line in out.splitlines()[:10] if line in where]

    return run


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", default="70k", help="quotes in the corpus (default 70k)")
    ap.add_argument("--queries", type=int, default=300, help="queries per set")
    ap.add_argument("--scan", type=int, default=60, help="queries for the slow scans")
    ap.add_argument("--seeds", default="1,2", help="one query set per seed")
    args = ap.parse_args()
    if not BBC.is_dir():
        sys.exit(f"needs the BBC corpus at {BBC}")
    unit = {"k": 1_000, "m": 1_000_000}.get(args.size[-1:].lower(), 1)
    corpus, n_quotes = load(int(float(args.size.lower().rstrip("km")) * unit))
    folded = [fold(t) for t in corpus]
    t = time.perf_counter()
    index = QuoteIndex(corpus, [None] * len(corpus), ["direct"] * len(corpus))
    print(
        f"corpus: {len(corpus):,} texts ({n_quotes:,} BBC quotes + other BBC sentences), "
        f"index built in {time.perf_counter() - t:.2f} s"
    )

    def ours(query: str) -> list[int]:
        index.clear_cache()  # every query cold: the worst case
        return list(index.search(query, limit=10).ids)

    def scan(scorer: Callable[..., float]) -> Engine:
        def run(query: str) -> list[int]:
            hits = process.extract(
                query, corpus, scorer=scorer, processor=utils.default_process, limit=10
            )
            return [h[2] for h in hits]

        return run

    fzf = fzf_engine(corpus)
    for seed in (int(s) for s in args.seeds.split(",")):
        rng = random.Random(seed)
        queries: list[tuple[str, str, str, set[int]]] = []
        while len(queries) < args.queries:
            made = make_query(corpus[rng.randrange(n_quotes)], rng)
            if made is not None:
                queries.append((*made, relevant(folded, made[1])))
        print(f"\n== query set seed {seed} ({'tuning' if seed == 1 else 'held out'}) ==")
        print(
            f"{'engine':34} {'n':>5} {'recall@10':>9} {'MRR':>6} {'empty':>6} "
            f"{'p50 ms':>8} {'p95 ms':>8} {'CPU p95':>8}   recall by slip"
        )
        evaluate("QuoteIndex.search", ours, queries)
        few = queries[: args.scan]
        if not few:
            continue
        for name, scorer in (
            ("rapidfuzz partial_ratio scan", fuzz.partial_ratio),
            ("rapidfuzz WRatio scan", fuzz.WRatio),
            ("rapidfuzz token_set_ratio scan", fuzz.token_set_ratio),
        ):
            evaluate(name, scan(scorer), few)
        if fzf is not None:
            evaluate("fzf --filter", fzf, few)
        else:
            print("fzf --filter: not installed")
        evaluate("QuoteIndex.search (same queries)", ours, few)


if __name__ == "__main__":
    main()
