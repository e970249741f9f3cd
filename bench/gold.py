"""Hand-annotation helper and scorer for the BBC gold (tests/core/gold/bbc_*.jsonl).

Run from the repo root::

    python bench/gold.py draft ../shared/corpora/bbc/texts/sport/013.txt
    python bench/gold.py score                   # every tests/core/gold/bbc_*.jsonl, and per file
    python bench/gold.py score tests/core/gold/bbc_a.jsonl --mismatches
    python bench/gold.py stats                   # what the gold holds, per category
    python bench/gold.py score tests/core/data/us_news/gold.jsonl --root tests/core/data/us_news
    python bench/gold.py how tests/core/data/us_news/gold.jsonl --root tests/core/data/us_news

``draft`` prints, for the annotator's eyes only (never into the repo), the article as
``load_corpus`` loads it with every paragraph numbered and its offsets, then each
quote the current extractor finds (offsets, kind, speaker, mention, cue), then the
quotation marks no predicted quote covers, so missed quotes are not overlooked.

``how`` prints, for every attributed quote matched to a gold quote, how often the
speaker is right per ``speaker_how`` × ``confidence``: which ways of finding a speaker
earn their confidence.

``score`` matches the predictions to the gold (spans overlap, one to one) and prints
detection and exact-span P/R/F1, speaker accuracy on attributed direct quotes (all
and by how the gold says the quote is introduced), the missing rate, junk names,
high-confidence precision once quotes carry a confidence, then, when several gold
files are scored, one line of the main figures per file (``bbc_a`` is tuned on, the
others are held out: their lines are the honest ones), and with ``--mismatches`` every
disagreement as path, offsets, gold label and predicted label.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from collections import Counter
from pathlib import Path

from corpus_paths import BBC_ROOT

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.core.gold.score import (  # noqa: E402
    CLOSERS,
    OPENERS,
    GoldArticle,
    GoldQuote,
    Score,
    by_group,
    gold_files,
    normalise,
    read_gold,
    report,
    score,
)
from tui import load_corpus  # noqa: E402
from tui.core.model import Quote  # noqa: E402

BBC = BBC_ROOT  # the folder gold paths are relative to


def _inside_word(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()


def draft(path: Path) -> None:
    corpus = load_corpus([path])
    if not corpus.articles:
        print(f"{path}: not loaded ({'; '.join(map(str, corpus.problems))})")
        return
    article = corpus.articles[0]
    print(f"== {path}  ({len(article.text)} chars)")
    for p in article.paragraphs:
        body = textwrap.fill(article.text[p.start : p.end], 110, subsequent_indent="      ")
        print(f"[{p.index}] {p.kind} {p.start}-{p.end}\n      {body}")
    print("-- predicted quotes: start end kind | speaker | mention | cue | how | opening words")
    covered: set[int] = set()
    for q in corpus.quotes:
        covered.update(range(q.start, q.end))
        words = article.text[q.start : min(q.end, q.start + 50)].replace("\n", " ")
        how = "/".join(
            str(v) for v in (getattr(q, "speaker_how", None), getattr(q, "confidence", None)) if v
        )
        print(
            f"{q.start:>6} {q.end:>6} {q.kind:<7} | {q.speaker} | {q.speaker_mention}"
            f" | {q.cue} | {how or '-'} | {words}"
        )
    print("-- quotation marks outside every predicted quote (body paragraphs):")
    for p in article.paragraphs:
        if p.kind != "body":
            continue
        for i in range(p.start, p.end):
            ch = article.text[i]
            if (ch in OPENERS or ch in CLOSERS) and i not in covered:
                if ch in "'’" and _inside_word(article.text, i):
                    continue
                context = article.text[max(p.start, i - 25) : i + 35].replace("\n", " ")
                print(f"{i:>6} [{p.index}] {ch}  ...{context}...")


def stats(files: list[Path]) -> None:
    """Articles and quotes per category, kinds and intros of the gold itself."""
    gold = [a for f in files for a in read_gold(f)]
    by_category: dict[str, Counter[str]] = {}
    intros: Counter[str] = Counter()
    for a in gold:
        row = by_category.setdefault(a.category, Counter())
        row["articles"] += 1
        for q in a.quotes:
            row[q.kind] += 1
            row["quotes"] += 1
            row["with speaker"] += q.speaker is not None
            intros[q.intro] += 1
    columns = ["articles", "quotes", "direct", "partial", "scare", "title", "with speaker"]
    print(f"{'category':<14}" + "".join(f"{c:>13}" for c in columns))
    total: Counter[str] = Counter()
    for category, row in sorted(by_category.items()):
        total.update(row)
        print(f"{category:<14}" + "".join(f"{row[c]:>13}" for c in columns))
    print(f"{'all':<14}" + "".join(f"{total[c]:>13}" for c in columns))
    print("intro: " + ", ".join(f"{k} {v}" for k, v in intros.most_common()))


def judged(gold: GoldArticle, root: Path) -> list[tuple[Quote, bool, list[GoldQuote]]]:
    """Load one gold article alone; each body quote with a speaker that overlaps gold
    quotes, whether its speaker is right for all of them (a scare/title or speakerless
    gold quote counts as wrong), and those gold quotes."""
    corpus = load_corpus([root / gold.path])
    article = corpus.articles[0]
    aliases = {sp.name: sp.aliases for sp in corpus.speakers}
    out = []
    for q in corpus.quotes:
        if not q.speaker or article.paragraphs[q.paragraph].kind != "body":
            continue
        hits = [g for g in gold.quotes if min(g.end, q.end) > max(g.start, q.start)]
        if hits:
            names = {normalise(n) for n in [q.speaker, *aliases.get(q.speaker, [])]}
            ok = all(g.speaker and normalise(g.speaker) in names for g in hits)
            out.append((q, bool(ok), hits))
    return out


def by_how(files: list[Path], root: Path) -> list[str]:
    """Speaker right per (speaker_how, confidence) over predicted quotes with a speaker
    that overlap a gold quote (scare/title or speakerless gold quotes count as wrong)."""
    tallies: dict[tuple[str, str], list[int]] = {}
    for f in files:
        for gold in read_gold(f):
            for q, ok, _ in judged(gold, root):
                row = tallies.setdefault((str(q.speaker_how), str(q.confidence)), [0, 0])
                row[0] += ok
                row[1] += 1
    lines = [f"{'how':<14}{'confidence':<12}{'right':>7}{'of':>5}{'rate':>8}"]
    for (how, conf), (right, total) in sorted(tallies.items()):
        lines.append(f"{how:<14}{conf:<12}{right:>7}{total:>5}{right / total:>8.1%}")
    return lines


def per_file_lines(scores: dict[str, Score]) -> list[str]:
    """One line of the main figures per gold file: speaker right of attributed direct
    quotes (all, then by intro: name, pronoun, other), missing, high-confidence
    precision, junk names, detection and exact-span F1."""
    lines = [
        f"{'per file':<12}{'articles':>9}{'quotes':>7}  {'speaker (n)':<14}"
        f"{'name':>7}{'pronoun':>8}{'other':>7}{'missing':>9}{'high':>7}{'junk':>5}"
        f"{'det F1':>8}{'span F1':>8}"
    ]
    for name, s in scores.items():
        groups = by_group(s.by_intro)
        by_intro = "".join(
            f"{groups[g].rate:>{w}.1%}" if g in groups else f"{'-':>{w}}"
            for g, w in (("name", 7), ("pronoun", 8), ("other", 7))
        )
        high = f"{s.high.rate:.1%}" if s.high is not None and s.high.total else "-"
        lines.append(
            f"{name:<12}{s.articles:>9}{s.gold:>7}  "
            f"{f'{s.speaker.rate:.1%} ({s.speaker.total})':<14}{by_intro}"
            f"{s.missing_rate:>9.1%}{high:>7}{len(s.junk):>5}"
            f"{s.detection[2]:>8.3f}{s.exact_span[2]:>8.3f}"
        )
    return lines


HELD_OUT = (
    "bbc_c",
    "bbc_d",
    "bbc_e",
    "bbc_f",
    "bbc_g",
    "us_news_heldout",
    "us_news_heldout2",
    "us_news_heldout3",
    "us_news_heldout4",
    "us_news_heldout5",
    "us_news_heldout6",
    "us_news_heldout7",
    "us_news_heldout8",
    "us_news_heldout9",
    "us_news_heldout10",
    "us_news_heldout11",
    "us_news_heldout12",
    "us_news_heldout13",
    "us_news_heldout14",
    "us_news_heldout15",
)


def is_held_out(gold: Path) -> bool:
    """A held-out gold file (or a set's gold.jsonl in a held-out folder): only its figures
    are ever printed, never its failures, so nobody tunes on it by accident."""
    return gold.stem in HELD_OUT or gold.resolve().parent.name in HELD_OUT


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("draft", help="print an article with the extractor's quotes")
    d.add_argument("paths", nargs="+", type=Path)
    st = sub.add_parser("stats", help="count the gold's articles, quotes, kinds and intros")
    st.add_argument("gold", nargs="*", type=Path)
    s = sub.add_parser("score", help="score the extractor against gold files")
    h = sub.add_parser("how", help="speaker right per speaker_how and confidence")
    for p in (s, h):
        p.add_argument("gold", nargs="*", type=Path)
        p.add_argument(
            "--bbc",
            "--root",
            type=Path,
            default=BBC,
            help="the folder the gold paths are relative to (the BBC corpus by default)",
        )
    s.add_argument("--mismatches", action="store_true", help="list every disagreement")
    args = parser.parse_args(argv)
    if args.command == "draft":
        for path in args.paths:
            draft(path)
        return 0
    files = args.gold or gold_files()
    if args.command == "stats":
        stats(files)
        return 0
    if not (args.bbc / "texts").is_dir():
        print(f"no texts/ folder at {args.bbc}", file=sys.stderr)
        return 1
    if args.command == "how":
        print("\n".join(by_how(files, args.bbc)))
        return 0
    scores = {f.stem: score(read_gold(f), args.bbc) for f in files}
    result = Score()
    for s in scores.values():
        result += s
    withheld = [f for f in files if is_held_out(f)]
    print(f"gold: {', '.join(f.name for f in files)}")
    print("\n".join(report(result, labels=not withheld)))
    if len(scores) > 1:
        print("\n".join(per_file_lines(scores)))
    if args.mismatches:
        print("-- mismatches: path start-end what: gold | predicted")
        for f, s in zip(files, scores.values(), strict=True):
            if f in withheld:
                print(f"({f} is held out: its mismatches are not shown)")
                continue
            for m in s.mismatches:
                print(m)
    return 0


if __name__ == "__main__":
    sys.exit(main())
