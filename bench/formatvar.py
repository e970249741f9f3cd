"""Format-perturbation harness: how the extractor copes with the same articles in the
text shapes scraped news arrives in.

Real articles come as curly or straight quotes, single-newline paragraphs, hard-wrapped
lines, CRLF files, odd spaces around dashes, "--" dashes, swapped quote nesting,
indented paragraphs and a trailing copyright block; the open gold sets are mostly tidy.
Each OPEN set's articles (never a held-out one) are loaded, every text is rewritten by
one transform with its gold offsets carried along, written to a scratch folder, loaded
again and scored, and one line of figures is printed per transform beside the original.

Run from the repo root::

    python bench/formatvar.py                     # us_news, us_news_dev, us_news_dev16
    python bench/formatvar.py --sets all          # every open set (slow: ~10 loads/s)
    python bench/formatvar.py --sets us_news_dev5 us_news_dev8 --only crlf wrap72
    python bench/formatvar.py --mismatches wrap72 # the failures one transform adds

Figures: named-source right and intro-pronoun right (of attributed direct quotes),
missing (of quotes with a clear speaker), detection F1; ``bad`` counts gold quotes the
transform left invalid (should be 0).
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.core.gold import score as scoring  # noqa: E402
from tests.core.gold.score import GoldArticle, GoldQuote, Score  # noqa: E402
from tui import load_corpus  # noqa: E402
from tui.core.corpus import Corpus  # noqa: E402

DATA = REPO / "tests" / "core" / "data"
DEFAULT_SETS = ("us_news", "us_news_dev", "us_news_dev16")
Edit = tuple[int, int, str]  # replace text[start:end] with the string


@dataclass(frozen=True, slots=True)
class Rewritten:
    """A transformed text and, per original character, where it starts and ends now."""

    text: str
    starts: list[int]
    ends: list[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.starts[start], self.ends[end - 1]


def rewrite(text: str, edits: list[Edit]) -> Rewritten:
    """Apply sorted, non-overlapping edits; an insertion (start == end) goes before the
    character at start and belongs to no original character."""
    out: list[str] = []
    starts = [0] * (len(text) + 1)
    ends = [0] * (len(text) + 1)
    pos = at = 0
    for s, e, new in [*sorted(edits), (len(text), len(text), "")]:
        if s < at:
            continue  # overlapping edit: keep the first
        for i in range(at, s):
            starts[i], ends[i] = pos + i - at, pos + i - at + 1
        out.append(text[at:s])
        pos += s - at
        for i in range(s, e):
            starts[i], ends[i] = pos, pos + len(new)
        pos += len(new)
        out.append(new)
        at = e
    starts[len(text)] = ends[len(text)] = pos
    return Rewritten("".join(out), starts, ends)


def _subs(text: str, pattern: str, repl: Callable[[re.Match[str]], str] | str) -> list[Edit]:
    edits = []
    for m in re.finditer(pattern, text):
        new = repl(m) if callable(repl) else m.expand(repl)
        if new != m.group(0):
            edits.append((m.start(), m.end(), new))
    return edits


def curly_to_straight(text: str) -> list[Edit]:
    return _subs(text, "[“”]", '"') + _subs(text, "[‘’]", "'")


def _opens(text: str, i: int) -> bool:
    return i == 0 or text[i - 1].isspace() or text[i - 1] in "([{—–-“‘\"'"


def straight_to_curly(text: str) -> list[Edit]:
    """Word-processor "smart quotes": a mark after a space or start opens, else closes."""
    return _subs(text, '"', lambda m: "“" if _opens(text, m.start()) else "”") + _subs(
        text,
        "'",
        lambda m: "‘" if _opens(text, m.start()) and text[m.end() : m.end() + 1].isalpha() else "’",
    )


def single_newlines(text: str) -> list[Edit]:
    return _subs(text, r"\n[ \t]*\n\s*", "\n")


def wrap72(text: str) -> list[Edit]:
    """Hard-wrap every line at 72 columns: a space becomes a newline (offsets stay)."""
    edits = []
    for m in re.finditer(r"[^\n]+", text):
        col_start, last_space = m.start(), -1
        for i in range(m.start(), m.end()):
            if text[i] == " ":
                if i - col_start > 72 and last_space > col_start:
                    edits.append((last_space, last_space + 1, "\n"))
                    col_start = last_space + 1
                last_space = i
        if m.end() - col_start > 72 and last_space > col_start:
            edits.append((last_space, last_space + 1, "\n"))
    return edits


def crlf(text: str) -> list[Edit]:
    return _subs(text, "\n", "\r\n")


def odd_spaces(text: str) -> list[Edit]:
    """No-break space before a dash, thin space after it (or on both sides of a dash set
    closed up), and a no-break space after an honorific."""
    edits = _subs(text, r" ?([—–]) ?", lambda m: "\u00a0" + m.group(1) + "\u2009")
    return edits + _subs(text, r"\b(Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\. ", "\\1.\u00a0")


def double_hyphen(text: str) -> list[Edit]:
    return _subs(text, "—", "--")


_SWAP = {"“": "‘", "”": "’", "‘": "“", "’": "”", '"': "'", "'": '"'}


def swap_nesting(text: str) -> list[Edit]:
    """British nesting: outer quotes single, inner double. A ’ or ' closes an inner
    quote only when one is open and it is not an apostrophe (between letters)."""
    edits: list[Edit] = []
    outer = inner = False
    for i, ch in enumerate(text):
        if ch == "\n":
            outer = inner = False  # a paragraph ends every quote (or reopens it)
        if ch in '“”"' or (ch in "‘’'" and outer):
            if ch in "‘’'":
                apostrophe = (
                    0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()
                )
                if apostrophe or (ch != "‘" and not inner and not _opens(text, i)):
                    continue
                inner = not inner if ch == "'" else ch == "‘"
            else:
                outer = (not outer) if ch == '"' else ch == "“"
            edits.append((i, i + 1, _SWAP[ch]))
    return edits


def indent(text: str) -> list[Edit]:
    return [(m.start(), m.start(), "    ") for m in re.finditer(r"(?m)^(?=\S)", text)][1:]


def copyright_block(text: str) -> list[Edit]:
    tail = (
        "\n\nCopyright 2026 The Pellham Courier-Ledger. All rights reserved. This material"
        " may not be published, broadcast, rewritten or redistributed.\n\nAll rights"
        " reserved.\n"
    )
    return [(len(text), len(text), tail)]


TRANSFORMS: dict[str, Callable[[str], list[Edit]]] = {
    "curly>straight": curly_to_straight,
    "straight>curly": straight_to_curly,
    "single-newline": single_newlines,
    "wrap72": wrap72,
    "crlf": crlf,
    "nbsp-dash": odd_spaces,
    "double-hyphen": double_hyphen,
    "swap-nesting": swap_nesting,
    "indent": indent,
    "copyright": copyright_block,
}


def _loaded_map(written: str, loaded: str) -> Rewritten:
    """Where each written character went once the loader cleaned the text (CR dropped)."""
    n = len(written)
    starts, ends = [0] * (n + 1), [0] * (n + 1)
    ops = difflib.SequenceMatcher(None, written, loaded, autojunk=False).get_opcodes()
    for tag, i1, i2, j1, j2 in ops:
        for k in range(i1, i2):
            if tag == "equal":
                starts[k], ends[k] = j1 + k - i1, j1 + k - i1 + 1
            else:
                starts[k], ends[k] = j1, j2
    starts[n] = ends[n] = len(loaded)
    return Rewritten(loaded, starts, ends)


def _quotes(gold: GoldArticle, maps: list[Rewritten]) -> list[GoldQuote]:
    out = []
    for q in gold.quotes:
        start, end = q.start, q.end
        for m in maps:
            start, end = m.span(start, end)
        out.append(GoldQuote(start, end, q.kind, q.speaker, q.intro))
    return out


_ORIGINALS: dict[Path, str] = {}


def _original(path: Path) -> str:
    """The article's text as the loader gives it (what the gold offsets index), once."""
    if path not in _ORIGINALS:
        _ORIGINALS[path] = load_corpus([path]).articles[0].text
    return _ORIGINALS[path]


def transformed(sets: list[str], name: str, scratch: Path) -> Iterator[tuple[GoldArticle, Corpus]]:
    """Each open article rewritten by one transform, loaded: its moved gold, its corpus."""
    fn = TRANSFORMS.get(name, lambda _t: [])
    for set_name in sets:
        root = DATA / set_name
        for gold in scoring.read_gold(root / "gold.jsonl"):
            original = _original(root / gold.path)
            new = rewrite(original, fn(original))
            path = scratch / name.replace(">", "-") / set_name / gold.path
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(new.text.encode("utf-8"))
            corpus = load_corpus([path])
            maps = [new]
            if corpus.articles[0].text != new.text:
                maps.append(_loaded_map(new.text, corpus.articles[0].text))
            yield GoldArticle(gold.path, _quotes(gold, maps), gold.source), corpus


def run(sets: list[str], name: str, scratch: Path) -> tuple[Score, int]:
    """The figures over every transformed article, and how many gold quotes went bad."""
    total, bad = Score(), 0
    for gold, corpus in transformed(sets, name, scratch):
        article = corpus.articles[0]
        bad += len(scoring.check_gold(article, gold))
        aliases = {sp.name: sp.aliases for sp in corpus.speakers}
        total += scoring.score_article(gold, article, corpus.quotes, aliases)
    return total, bad


def line(name: str, s: Score, bad: int) -> str:
    pronoun = scoring.by_group(s.by_intro).get("pronoun")
    return (
        f"{name:<16}{s.named.rate:>8.1%}{pronoun.rate if pronoun else 1.0:>9.1%}"
        f"{s.missing_rate:>9.1%}{s.detection[2]:>8.3f}{s.exact_span[2]:>8.3f}{bad:>5}"
    )


def open_sets(names: list[str]) -> list[str]:
    if names == ["all"]:
        names = sorted(p.name for p in DATA.glob("us_news*") if (p / "gold.jsonl").exists())
    return [n for n in names if "heldout" not in n]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", nargs="+", default=list(DEFAULT_SETS))
    parser.add_argument("--only", nargs="+", choices=list(TRANSFORMS), default=list(TRANSFORMS))
    parser.add_argument("--mismatches", choices=list(TRANSFORMS), help="list one's failures")
    args = parser.parse_args(argv)
    sets = open_sets(args.sets)
    with tempfile.TemporaryDirectory(prefix="formatvar-") as tmp:
        if args.mismatches:
            s, _ = run(sets, args.mismatches, Path(tmp))
            print("\n".join(map(str, s.mismatches)))
            return 0
        print(f"sets: {' '.join(sets)}")
        print(
            f"{'transform':<16}{'named':>8}{'pronoun':>9}{'missing':>9}{'det F1':>8}"
            f"{'span F1':>8}{'bad':>5}"
        )
        for name in ["original", *args.only]:
            s, bad = run(sets, name, Path(tmp))
            print(line(name, s, bad), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
