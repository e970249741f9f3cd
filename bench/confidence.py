"""How often each way of finding a speaker is right, per confidence: is "high" earned?

Run from the repo root (pure-Python build: it traces the attribution code)::

    python bench/confidence.py                 # every gold set: BBC and tests/core/data/us_news*
    python bench/confidence.py --wrong         # also each wrong high quote (open sets only)
    python bench/confidence.py us_news_dev12   # some sets only (a name, or bbc_a / bbc_b / bbc_c)

Each predicted quote with a speaker that overlaps a gold quote counts as right when every
gold quote it overlaps has that speaker (as ``bench/gold.py score`` counts high
confidence). It is tallied by confidence, ``speaker_how`` and a finer *path*: the
attribution methods that produced its speaker, outermost first ("from_own_cues>_subject":
a name before a cue, read as the cue's subject), and any later pass that changed it
("+share_sentence_cue"). The path is read by wrapping the attribution package's
functions while it runs, so the table follows the code without the code carrying it.

Held-out sets (every ``*heldout*`` set, and ``bench/gold.py``'s ``HELD_OUT``) count only
in the summary lines per confidence, never in the path table or the wrong rows.
"""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from corpus_paths import BBC_ROOT  # noqa: E402
from gold import HELD_OUT, is_held_out, judged  # noqa: E402

from tests.core.gold.score import GOLD_DIR, read_gold  # noqa: E402
from tui.core.attribution import attribute as A  # noqa: E402
from tui.core.model import Quote  # noqa: E402

DATA = REPO / "tests" / "core" / "data"
LEVELS = ("high", "medium", "low")
# The passes attribute_quotes runs after its loop, each of which may change a speaker.
_PASSES = (
    "unname_terms",
    "_headline_quotes",
    "_subhead_quotes",
    "_claim_subheads",
    "_named_after_lede",
    "pair_speakers",
    "name_given_sources",
    "exchange_turns",
    "document_issuers",
    "share_sentence_cue",
    "echoed_words",
    "report_findings",
    "doubt_modifiers",
    "_doubt_unheld_roles",
    "_spell_out_acronyms",
)


class _Trace:
    """The path of every speaker found while one article is attributed."""

    def __init__(self) -> None:
        self.chains: dict[int, tuple[Any, list[str]]] = {}  # id(_Found) -> (it, methods)
        self.paths: dict[int, tuple[Quote, str]] = {}  # id(Quote) -> (it, path)

    def add(self, q: Quote, path: str, after: bool = False) -> None:
        old = self.paths.get(id(q), (q, ""))[1] if after else ""
        self.paths[id(q)] = (q, old + path)

    def by_span(self) -> dict[tuple[int, int], str]:
        """Each quote's path by its span (the corpus holds copies of the quotes)."""
        return {(q.start, q.end): path for q, path in self.paths.values()}

    def found(self, name: str, result: Any) -> None:
        if isinstance(result, A._Found):
            _, chain = self.chains.setdefault(id(result), (result, []))
            if not chain or chain[-1] != name:
                chain.append(name)

    def applied(self, q: Quote, found: Any) -> None:
        chain = self.chains.get(id(found), (None, ["?"]))[1]
        flags = [f for f in ("inverted", "weak", "of_what", "for_clause") if getattr(found, f)]
        self.add(q, ">".join(reversed(chain)) + "".join(f"[{f}]" for f in flags))


TRACE = _Trace()


def _wrap_method(name: str, f: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(f)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        result = f(*args, **kwargs)
        TRACE.found(name, result)
        return result

    return wrapped


def _wrap_carried(f: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(f)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        result = f(*args, **kwargs)
        TRACE.found(f"_carried@{sys._getframe(1).f_code.co_name}", result)
        return result

    return wrapped


def _wrap_apply(f: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(f)
    def wrapped(q: Quote, found: Any) -> None:
        f(q, found)
        TRACE.applied(q, found)

    return wrapped


def _wrap_copy(f: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(f)
    def wrapped(q: Quote, src: Quote, *rest: Any) -> None:
        f(q, src, *rest)
        TRACE.add(q, f"copy@{sys._getframe(1).f_code.co_name}")

    return wrapped


def _state(q: Quote) -> tuple[Any, ...]:
    return (q.speaker, q.speaker_how, q.confidence)


def _wrap_pass(name: str, f: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(f)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        quotes = next(a for a in args if isinstance(a, list))
        before = {id(q): _state(q) for q in quotes}
        result = f(*args, **kwargs)
        for q in quotes:
            if before.get(id(q)) != _state(q):
                TRACE.add(q, f"+{name}", after=True)
        return result

    return wrapped


@contextmanager
def traced() -> Iterator[None]:
    """Wrap the attribution functions that return a speaker found, apply one, or
    change speakers after the loop; undo it all on leaving."""
    saved: list[tuple[Any, str, Any]] = []

    def patch(owner: Any, name: str, new: Any) -> None:
        saved.append((owner, name, getattr(owner, name)))
        setattr(owner, name, new)

    for name, f in list(vars(A._Attributor).items()):
        ret = getattr(f, "__annotations__", {}).get("return", "")
        if callable(f) and "_Found" in str(ret):
            patch(A._Attributor, name, _wrap_method(name, f))
    patch(A, "_carried", _wrap_carried(A._carried))
    patch(A, "_apply", _wrap_apply(A._apply))
    patch(A, "_copy_speaker", _wrap_copy(A._copy_speaker))
    for name in _PASSES:
        patch(A, name, _wrap_pass(name, getattr(A, name)))
    try:
        yield
    finally:
        for owner, name, old in reversed(saved):
            setattr(owner, name, old)


@dataclass
class Tally:
    right: int = 0
    total: int = 0
    wrong: list[str] = field(default_factory=list)

    def rate(self) -> str:
        return f"{self.right / self.total:.1%}" if self.total else "-"


def gold_sets(names: list[str]) -> list[tuple[str, Path, Path]]:
    """(name, gold file, root) of every set asked for (all by default)."""
    sets = [(f.stem, f, BBC_ROOT) for f in sorted(GOLD_DIR.glob("bbc_*.jsonl"))]
    sets += [(d.name, d / "gold.jsonl", d) for d in sorted(DATA.glob("us_news*"))]
    sets = [s for s in sets if s[1].is_file()]
    return [s for s in sets if not names or s[0] in names]


def held_out(name: str) -> bool:
    """A held-out US set: only its figures per level are printed."""
    return "heldout" in name or (name.startswith("us_news") and is_held_out(Path(name)))


# The BBC gold files held out from design (bbc_b and every BBC file the scorer holds
# out): their wrong rows only with --check.
CHECK_ONLY = ("bbc_b", *(name for name in HELD_OUT if name.startswith("bbc_")))


def _path_of(q: Quote, spans: dict[tuple[int, int], str]) -> str:
    path = spans.get((q.start, q.end))
    if path is None and q.speaker_how == "colon":
        return "transcript-label"
    return path or "?"


def score_set(
    gold_file: Path, root: Path, paths: dict[tuple[str, str, str], Tally]
) -> dict[str, Tally]:
    """Tally one set's quotes into ``paths`` (by confidence, how, path); per level back."""
    levels = {lv: Tally() for lv in LEVELS}
    for gold in read_gold(gold_file):
        TRACE.paths.clear()
        TRACE.chains.clear()
        verdicts = judged(gold, root)
        spans = TRACE.by_span()
        for q, ok, hits in verdicts:
            level = str(q.confidence)
            row = paths.setdefault((level, str(q.speaker_how), _path_of(q, spans)), Tally())
            for t in (levels[level], row):
                t.right += ok
                t.total += 1
            if not ok:
                want = " / ".join(g.speaker or "-" for g in hits)
                label = gold_file.stem if root == BBC_ROOT else gold_file.parent.name
                row.wrong.append(
                    f"{label} {gold.path} {q.start}-{q.end}: gold {want} | got {q.speaker}"
                )
    return levels


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="*", help="set names (default: all)")
    parser.add_argument("--wrong", action="store_true", help="list wrong high quotes")
    parser.add_argument("--level", default="high", choices=LEVELS, help="level --wrong lists")
    parser.add_argument(
        "--check", action="store_true", help="--wrong lists the held-out BBC files too (to check)"
    )
    args = parser.parse_args(argv)
    open_paths: dict[tuple[str, str, str], Tally] = {}
    summary: list[tuple[str, dict[str, Tally]]] = []
    with traced():
        for name, gold_file, root in gold_sets(args.sets):
            hidden = held_out(name)
            paths: dict[tuple[str, str, str], Tally] = {} if hidden else open_paths
            levels = score_set(gold_file, root, paths)
            summary.append((name, levels))
            if name in CHECK_ONLY and not args.check:
                for t in open_paths.values():
                    t.wrong = [w for w in t.wrong if not w.startswith(name)]
    print("open sets, by confidence / how / path:  right of n")
    order = sorted(open_paths.items(), key=lambda kv: (LEVELS.index(kv[0][0]), -kv[1].total))
    for (level, how, path), t in order:
        print(f"{level:<7}{how:<13}{t.right:>5}/{t.total:<5}{t.rate():>7}  {path}")
    print(
        f"\n{'set':<18}"
        + "".join(f"{lv + ' right (n)':>22}" for lv in LEVELS)
        + f"{'high share':>12}"
    )
    totals: dict[str, dict[str, Tally]] = {"open": {}, "held out": {}}
    for name, levels in summary:
        group = totals["held out" if held_out(name) else "open"]
        for lv, t in levels.items():
            g = group.setdefault(lv, Tally())
            g.right += t.right
            g.total += t.total
        summary_line(name, levels)
    for name, levels in totals.items():
        if levels:
            summary_line(f"ALL {name}", levels)
    if args.wrong:
        print(f"\nwrong {args.level} (open sets):")
        for (level, how, path), t in sorted(open_paths.items()):
            if level == args.level:
                for w in t.wrong:
                    print(f"  {how} {path}: {w}")
    return 0


def summary_line(name: str, levels: dict[str, Tally]) -> None:
    n = sum(t.total for t in levels.values())
    cells = "".join(f"{t.rate():>8} ({t.right}/{t.total})".rjust(22) for t in levels.values())
    share = f"{levels['high'].total / n:.1%}" if n else "-"
    print(f"{name:<18}{cells}{share:>12}")


if __name__ == "__main__":
    raise SystemExit(main())
