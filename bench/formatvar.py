"""Format-perturbation harness: how the extractor copes with the same articles in the
text shapes scraped news arrives in.

Real articles come as curly or straight quotes, single-newline paragraphs, hard-wrapped
lines, CRLF files, odd spaces around dashes, "--" dashes, swapped quote nesting,
indented paragraphs and a trailing copyright block, one sentence a line with no blank
lines, British single quotes (straight too), closed-up em dashes, "..." / "…" / ". . .",
two spaces after a full stop, a dialogue dash before quoted paragraphs, and whole saved
web pages (``html-page``: nav, byline, captioned photo, ads, related links, newsletter
box, footer) read through the app's .html path, their gold found again by the quotes'
words (``bad`` then counts quotes the page's extraction lost); the open gold sets are
mostly tidy.
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
import html
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


_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Adm|Maj|Brig|Cmdr|Del|Rev|Prof|Supt|Atty|Sec|Pres|Ft|Mt|St|Jr|Sr|Inc|Corp|Co|Ltd|Bros|Dept|Univ|Assn|No|Vol|"
    r"Jan|Feb|Aug|Sept|Oct|Nov|Dec|vs|[A-Z])|\.[A-Za-z])\.$",
    re.I,
)


def sentence_lines(text: str) -> list[Edit]:
    """One sentence a line and no blank lines at all, as some feeds and CMS exports
    give articles: a space after a sentence end (not an abbreviation's full stop)
    becomes a newline, and every paragraph break a single newline."""
    edits = single_newlines(text)
    for m in re.finditer(r"[.!?][\"'”’)]*( )(?=[\"'“‘(]?[A-Z0-9])", text):
        # '?" Ms. Roe asked' and '!" he said' go on: the attribution is the same sentence
        if m.group(0)[0] in "?!" and len(m.group(0)) > 2:
            continue
        if not _ABBREV.search(text[max(0, m.start() - 6) : m.start() + 1]):
            edits.append((m.start(1), m.end(1), "\n"))
    return edits


def british_straight(text: str) -> list[Edit]:
    """Swapped nesting with straight marks: '...' outside, "..." inside (apostrophes
    and single quotes look alike)."""
    swapped = {s: new for s, _e, new in swap_nesting(text)}
    straight = {"“": '"', "”": '"', "‘": "'", "’": "'"}
    edits = []
    for i, ch in enumerate(text):
        new = straight.get(swapped.get(i, ch), swapped.get(i, ch))
        if new != ch:
            edits.append((i, i + 1, new))
    return edits


def tight_dashes(text: str) -> list[Edit]:
    """Em dashes set closed up ("—she said", "WASHINGTON—The"), as AP and many US
    sites print them."""
    return _subs(text, r" ?— ?", "—")


def dots(text: str) -> list[Edit]:
    return _subs(text, "…", "...")


def ellipsis_char(text: str) -> list[Edit]:
    return _subs(text, r"\.\.\.", "…")


def spaced_dots(text: str) -> list[Edit]:
    """AP's spaced ellipsis: ". . ." for "…" or "..."."""
    return _subs(text, r"…|\.\.\.", ". . .")


def double_space(text: str) -> list[Edit]:
    """Two spaces after every sentence end (not an abbreviation's), as typed on a
    typewriter."""
    return [(s, e, "  ") for s, e, new in sentence_lines(text) if new == "\n" and text[s:e] == " "]


def dialogue_dash(text: str) -> list[Edit]:
    """A paragraph that opens on a quote starts with "— " (a dialogue dash or a list
    bullet as some pages render it)."""
    return [(m.start(), m.start(), "— ") for m in re.finditer(r"(?m)^(?=[\"“‘'])", text)]


SITE = "The Pellham Courier-Ledger"
_NAV = "".join(
    f'<li><a href="/{s.lower()}">{s}</a></li>'
    for s in ("Home", "Politics", "Business", "Opinion", "Sports", "Weather")
)
_AD = '<div class="ad-slot" aria-hidden="true"><p class="ad-label">Advertisement</p></div>'
_ASIDE = (
    '<aside class="related"><h2>Related stories</h2><ul>'
    '<li><a href="/a/1">County weighs new levy after storm repairs run over budget</a></li>'
    '<li><a href="/a/2">Analysis: What the vote means for the spring session</a></li>'
    '<li><a href="/a/3">Photos: A week on the river towns</a></li></ul></aside>'
)
_SIGNUP = (
    '<div class="newsletter"><h3>Get the Morning Ledger</h3><p>Sign up for our daily'
    " newsletter and get the day's top stories in your inbox.</p><form><input"
    ' type="email" placeholder="Email address"><button>Sign up</button></form></div>'
)
_FOOTER = (
    f'<footer class="site-footer"><p>© 2026 {SITE}. All rights reserved.</p><ul><li><a'
    ' href="/about">About us</a></li><li><a href="/privacy">Privacy policy</a></li><li><a'
    ' href="/terms">Terms of use</a></li><li><a href="/contact">Contact</a></li></ul></footer>'
)


def web_page(text: str, pictured: str | None) -> str:
    """The article as a saved news page: nav, <h1> headline, byline and date, <p>
    paragraphs with a captioned photo, ad slots, a related-links aside and a newsletter
    sign-up among them, a footer. ``pictured`` is named in the photo's caption."""
    lines = [" ".join(p.split()) for p in text.split("\n") if p.strip()]
    title, body = html.escape(lines[0], quote=False), lines[1:]
    caption = (
        f"{pictured or 'Residents'} at a public meeting on Tuesday. (Photo: Ada Brenning / {SITE})"
    )
    parts = [
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | {SITE}'
        f'</title><meta property="og:site_name" content="{SITE}"><meta name="author"'
        ' content="Marguerite Olsson"></head><body><header class="site-header"><nav><ul>'
        f"{_NAV}</ul></nav></header><main><article><h1>{title}</h1><div"
        ' class="byline">By <a rel="author" href="/staff/molsson">Marguerite Olsson</a>'
        ' </div><time datetime="2026-03-14T09:30:00-05:00">March 14, 2026, 9:30 a.m.'
        ' ET</time><div class="article-body">'
    ]
    for i, para in enumerate(body):
        parts.append(f"<p>{html.escape(para, quote=False)}</p>")
        if i == 1:
            parts.append(
                '<figure><img src="/img/photo.jpg" alt=""><figcaption>'
                f"{html.escape(caption, quote=False)}</figcaption></figure>"
            )
        if i % 6 == 2:
            parts.append(_AD)
        if i == 4:
            parts.append(_ASIDE)
        if i == 8:
            parts.append(_SIGNUP)
    parts.append(f"</div></article></main>{_FOOTER}</body></html>")
    return "\n".join(parts)


def _found(gold: GoldArticle, original: str, loaded: str) -> tuple[list[GoldQuote], int]:
    """The gold quotes found again, in order, by their words in the page's extracted
    text (its whitespace differs), and how many were lost."""
    out, lost, at = [], 0, 0
    for q in gold.quotes:
        words = original[q.start : q.end].split()
        m = re.compile(r"\s+".join(map(re.escape, words))).search(loaded, at)
        if m is None:
            lost += 1
            continue
        out.append(GoldQuote(m.start(), m.end(), q.kind, q.speaker, q.intro))
        at = m.end()
    return out, lost


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
    "sentence-lines": sentence_lines,
    "british-straight": british_straight,
    "tight-dash": tight_dashes,
    "ellipsis>dots": dots,
    "dots>ellipsis": ellipsis_char,
    "spaced-dots": spaced_dots,
    "double-space": double_space,
    "dialogue-dash": dialogue_dash,
    "html-page": lambda _t: [],  # see web_page: a whole page, gold found by its words
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


def _as_page(gold: GoldArticle, original: str, path: Path) -> tuple[GoldArticle, Corpus, int]:
    """One article saved as a web page and loaded through the app's .html path."""
    pictured = next((q.speaker for q in gold.quotes if q.speaker), None)
    path = path.with_suffix(".html")
    path.write_text(web_page(original, pictured), encoding="utf-8")
    corpus = load_corpus([path])
    if not corpus.articles:
        return GoldArticle(gold.path, [], gold.source), corpus, len(gold.quotes)
    quotes, lost = _found(gold, original, corpus.articles[0].text)
    return GoldArticle(gold.path, quotes, gold.source), corpus, lost


def transformed(
    sets: list[str], name: str, scratch: Path
) -> Iterator[tuple[GoldArticle, Corpus, int]]:
    """Each open article rewritten by one transform, loaded: its moved gold, its corpus
    and how many gold quotes it lost (a web page's extraction may drop some)."""
    fn = TRANSFORMS.get(name, lambda _t: [])
    for set_name in sets:
        root = DATA / set_name
        for gold in scoring.read_gold(root / "gold.jsonl"):
            original = _original(root / gold.path)
            if name == "html-page":
                path = scratch / "html" / set_name / gold.path
                path.parent.mkdir(parents=True, exist_ok=True)
                yield _as_page(gold, original, path)
                continue
            new = rewrite(original, fn(original))
            path = scratch / name.replace(">", "-") / set_name / gold.path
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(new.text.encode("utf-8"))
            corpus = load_corpus([path])
            maps = [new]
            if corpus.articles[0].text != new.text:
                maps.append(_loaded_map(new.text, corpus.articles[0].text))
            yield GoldArticle(gold.path, _quotes(gold, maps), gold.source), corpus, 0


def run(sets: list[str], name: str, scratch: Path) -> tuple[Score, int]:
    """The figures over every transformed article, and how many gold quotes went bad."""
    total, bad = Score(), 0
    for gold, corpus, lost in transformed(sets, name, scratch):
        bad += lost
        if not corpus.articles:
            continue
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
