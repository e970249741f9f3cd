"""Score the extractor and attribution against the hand-checked BBC gold.

The gold (``bbc_*.jsonl`` beside this file, format in ``README.md`` there) holds
offsets, kinds and speaker labels only, never article text. Each gold article is
loaded on its own with ``load_corpus``; every predicted quote matches the gold
quotes it overlaps (a quote split in pieces matches with each piece), and the
figures below are counted. Shared by the test, which asserts the issue's
targets, and ``bench/gold.py``, which prints them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from tui import load_corpus
from tui.core.model import Article, Quote

GOLD_DIR = Path(__file__).resolve().parent
KINDS = frozenset(("direct", "partial", "scare", "title"))
INTROS = frozenset(
    ("name", "pronoun", "role", "colon", "continuation", "according", "other", "none")
)
QUOTE_KEYS = ("end", "intro", "kind", "speaker", "start")
OPENERS = "“\"'‘«„`"
CLOSERS = "”\"'’»`"


def _words(words: str) -> frozenset[str]:
    return frozenset(words.split())


_HONORIFICS = _words("mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend")
_DETERMINERS = _words("the a an")
_PRONOUNS = _words(
    "he she it they we i you him her them us me his its their our my your this that"
    " nothing something everything anything nobody somebody everybody anybody none"
    " someone everyone anyone"
)
# Verb forms that end a label only when the name run swallowed its cue ("Smith said").
_VERBS = _words(
    """said says say told tells added adds asked asks warned warns explained explains
    insisted insists argued argues claimed claims stated states noted notes replied
    replies believes believed thinks thought admitted admits is was are were has had
    have does did will would could should can may might"""
)
_POSSESSIVES = _words("his her its their")
# An object pronoun after one of these ends a source's description, not a fragment: "a
# person close to her", "an aide to him", "a friend of theirs".
_OBJECTS = _words("him her them us me theirs hers his")
_GOVERNING = _words("to of for")
# Modifiers a noun phrase cannot end on ("Tony Blair's official" lost its "spokesman").
_MODIFIERS = _words("official senior former chief deputy acting top junior assistant")
_SOURCE_DETERMINERS = _words("a an one another the")
# Modifiers that are nouns too when a determiner comes first ("the Rovers chief", "a
# former deputy", "the former legislative assistant").
_NOUNS_TOO = _words("official chief deputy assistant")
_NUMBER_WORDS = _words("two three four five six seven eight nine ten")
# A label ending in a time word is a phrase the name run caught, not a source.
_TIME_WORDS = _words(
    "year years month months week weeks day days today yesterday time"
    " january february march april may june july august september october november december"
    " monday tuesday wednesday thursday friday saturday sunday"
)
# Month and modal words that are also surnames: "Theresa May", "Fredric March" are names.
_SURNAMES_TOO = _words("may march august will")
_DOT = re.compile(r"\.")
_SPACE = re.compile(r"\s+")


# Heads of a public body's name that news copy writes either way round: "Department of
# Labor" and "Labor Department" are one body.
_INVERTIBLE_HEADS = _words("department ministry office bureau agency")


def _head_last(words: list[str]) -> list[str]:
    """ "department of labor" as "labor department": the head of the body's name that
    ends the label moved after its domain, so both ways of writing it compare equal."""
    for i, w in enumerate(words[:-2]):
        if w in _INVERTIBLE_HEADS and words[i + 1] == "of":
            return [*words[:i], *words[i + 2 :], w]
    return words


def normalise(name: str) -> str:
    """Compare speaker labels loosely: case, dots, honorifics, determiners, spaces, and
    a body's name written head first or last ("Department of Labor", "Labor
    Department")."""
    words = _SPACE.split(_DOT.sub(" ", name.replace("’", "'")).casefold().strip())
    words = [w for w in words if w]
    while words and (words[0] in _HONORIFICS or words[0] in _DETERMINERS):
        words = words[1:]
    return " ".join(_head_last(words))


def _official_source(words: list[str]) -> bool:
    """ "a FEMA official", "one senior official", "the Rovers chief": the noun, an unnamed
    source the news quotes every day ("chief" is a noun after a body's name, as in "the
    police chief"). It needs a determiner in front and no number or possessive between
    ("the nine official", "Tony Blair's official", "the chief" alone are not sources)."""
    noun = words[-1].casefold()
    if noun not in _NOUNS_TOO or words[0].casefold() not in _SOURCE_DETERMINERS:
        return False
    if noun == "chief" and len(words) < 3:
        return False
    return not any(
        w.casefold() in _NUMBER_WORDS or w.strip(".,").isdigit() or w.endswith(("'s", "’s"))
        for w in words[1:-1]
    )


def is_junk(label: str) -> bool:
    """A speaker label no reader would accept: starts with a pronoun, ends in a
    pronoun (not an object after to/of/for: "a person close to her"), verb, time word
    or modifier, holds a bare number (not one ending a name: "Radio 1"), or is a
    lower-case phrase of several words with no determiner or possessive in front (a
    fragment such as "nine official"; "analysts" alone is a fair label; "one official"
    and "another official" are sources, as the gold writes them)."""
    words = _SPACE.split(label.strip())
    if not words or not words[0]:
        return True
    last_word = words[-1].strip(".,;:'’")
    last, first = last_word.casefold(), words[0].casefold()
    if len(last_word) > 1 and last_word.isupper():
        last = ""  # an acronym ("the US", "IT") is not a pronoun
    if len(words) > 1 and last in _SURNAMES_TOO and all(w[:1].isupper() for w in words):
        last = ""  # a capitalised name run ending in one ("Theresa May") is a name
    governed = len(words) > 2 and last in _OBJECTS and words[-2].casefold() in _GOVERNING
    if (
        (last in _PRONOUNS and not governed)
        or last in _VERBS
        or last in _TIME_WORDS
        or (last in _MODIFIERS and not _official_source(words))
        or first in _PRONOUNS - _POSSESSIVES
    ):
        return True
    # A number ends a name after a capitalised word ("BBC Radio 1", "Number 10", as the
    # gold has them); elsewhere it is a fragment ("the nine 2").
    if any(
        w.strip(".,").isdigit() and not (k and words[k - 1][:1].isupper())
        for k, w in enumerate(words)
    ):
        return True
    bare = first not in _DETERMINERS | _POSSESSIVES | {"one", "another"}
    if first in _NUMBER_WORDS and any(_plural(w) for w in words[1:5]):
        # "two other former employees", "two people close to her", "three members who
        # were present": a counted group, labelled by its whole noun phrase as the gold
        # README has sources
        bare = False
    return label[0].islower() and bare and len(words) > 1


def _plural(word: str) -> bool:
    """Does ``word`` read as a plural noun ("employees", "people"), a counted group's head?"""
    low = word.casefold()
    return (low.endswith("s") and not low.endswith("ss")) or low in _IRREGULAR_PLURALS


_IRREGULAR_PLURALS = _words("people men women children")


@dataclass(frozen=True, slots=True)
class GoldQuote:
    start: int
    end: int
    kind: str
    speaker: str | None
    intro: str


@dataclass(slots=True)
class GoldArticle:
    path: str  # relative to the BBC corpus folder: texts/<category>/NNN.txt
    quotes: list[GoldQuote]
    source: str = ""  # gold file and line, for messages

    @property
    def category(self) -> str:
        return self.path.split("/")[1] if self.path.count("/") >= 2 else ""


def gold_files(folder: Path = GOLD_DIR) -> list[Path]:
    return sorted(folder.glob("bbc_*.jsonl"))


def _sorted_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    keys = [k for k, _ in pairs]
    if keys != sorted(keys):
        raise ValueError(f"keys not sorted: {keys}")
    return dict(pairs)


def read_gold(path: Path) -> list[GoldArticle]:
    """Parse one gold file; raises ValueError naming the line when it is malformed."""
    articles = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path.name}:{n}"
        try:
            obj = json.loads(line, object_pairs_hook=_sorted_keys)
            if set(obj) != {"path", "quotes"}:
                raise ValueError(f"keys {sorted(obj)}")
            quotes = []
            for q in obj["quotes"]:
                if tuple(q) != QUOTE_KEYS:
                    raise ValueError(f"quote keys {sorted(q)}")
                quotes.append(GoldQuote(q["start"], q["end"], q["kind"], q["speaker"], q["intro"]))
        except (ValueError, TypeError, KeyError) as exc:
            raise ValueError(f"{where}: {exc}") from exc
        articles.append(GoldArticle(obj["path"], quotes, where))
    return articles


def _ends_open(article: Article, pos: int) -> bool:
    """A quote left open ends at its paragraph's end, where the same paragraph opens
    a new quote (BBC texts run a multi-paragraph quote's paragraphs into one), or,
    when the text lost its closing mark, at the end of its last sentence."""
    text = article.text
    rest = text[pos : pos + 3].lstrip(" ")
    if any(p.end == pos for p in article.paragraphs):
        return True
    return text[pos : pos + 1] == " " and (rest[:1] in OPENERS or text[pos - 1] in ".!?")


def _body_paragraph(article: Article, pos: int) -> bool:
    return any(p.start <= pos < p.end and p.kind == "body" for p in article.paragraphs)


def check_gold(article: Article, gold: GoldArticle) -> list[str]:
    """Everything wrong with one gold article's entries, as readable messages."""
    bad: list[str] = []
    end = 0
    for q in gold.quotes:
        at = f"{gold.path} {q.start}-{q.end}"
        if not (isinstance(q.start, int) and isinstance(q.end, int)):
            bad.append(f"{at}: offsets not integers")
            continue
        if not end <= q.start < q.end <= len(article.text):
            bad.append(f"{at}: offsets outside the text, overlapping or out of order")
            continue
        end = q.end
        if article.text[q.start] not in OPENERS:
            bad.append(f"{at}: does not start at a quotation mark")
        if article.text[q.end - 1] not in CLOSERS and not _ends_open(article, q.end):
            bad.append(f"{at}: ends neither past a closing mark nor before a reopening one")
        if not _body_paragraph(article, q.start):
            bad.append(f"{at}: not in a body paragraph (headline or caption)")
        if q.kind not in KINDS or q.intro not in INTROS:
            bad.append(f"{at}: kind {q.kind!r} / intro {q.intro!r} unknown")
        # (an unnamed source's label is the article's own, "a spokesperson for the
        # Democratic Senatorial Campaign Committee" style: up to 80 characters)
        if q.speaker is not None and (not isinstance(q.speaker, str) or len(q.speaker) > 80):
            bad.append(f"{at}: speaker must be a short label")
        if q.kind in ("scare", "title") and (q.speaker is not None or q.intro != "none"):
            bad.append(f"{at}: a {q.kind} quote has no speaker and intro none")
        if q.kind in ("direct", "partial") and (q.speaker is None) != (q.intro == "none"):
            bad.append(f"{at}: speaker null exactly when intro is none")
    return bad


@dataclass(frozen=True, slots=True)
class Mismatch:
    """One disagreement: where, what, and the two labels (never article text)."""

    path: str
    start: int
    end: int
    what: str  # missed, false, span, kind, wrong, missing, spurious, junk
    gold: str
    predicted: str

    def __str__(self) -> str:
        where = f"{self.path} {self.start}-{self.end}"
        return f"{where} {self.what}: gold {self.gold} | got {self.predicted}"


@dataclass(slots=True)
class Tally:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += ok
        self.total += 1

    @property
    def rate(self) -> float:
        return self.right / self.total if self.total else 1.0


@dataclass(slots=True)
class Score:
    """Counts over any number of gold articles; ``+=`` another Score to combine."""

    articles: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0  # gold quotes overlapped by a prediction
    predicted_matched: int = 0  # predictions overlapping a gold quote
    exact: int = 0  # gold quotes predicted with exactly their span
    speaker: Tally = field(default_factory=Tally)  # attributed direct quotes
    speaker_any: Tally = field(default_factory=Tally)  # attributed direct + partial
    by_intro: dict[str, Tally] = field(default_factory=dict)  # gold intro -> speaker right
    named: Tally = field(default_factory=Tally)  # direct quotes of a named source, any intro
    kind: Tally = field(default_factory=Tally)  # matched quotes given the gold kind
    missing: Tally = field(default_factory=Tally)  # right = speaker given at all
    spurious: int = 0  # a scare/title or speakerless gold quote given a speaker
    near: int = 0  # wrong, but every label names the right person in a poorer form
    high: Tally | None = None  # confidence == "high" quotes with a speaker
    junk: set[str] = field(default_factory=set)
    mismatches: list[Mismatch] = field(default_factory=list, repr=False)

    def __iadd__(self, other: Score) -> Score:
        for name in (
            "articles",
            "gold",
            "predicted",
            "matched",
            "predicted_matched",
            "exact",
            "spurious",
            "near",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for mine, theirs in (
            (self.kind, other.kind),
            (self.speaker, other.speaker),
            (self.speaker_any, other.speaker_any),
            (self.missing, other.missing),
            (self.named, other.named),
        ):
            mine.right += theirs.right
            mine.total += theirs.total
        for intro, t in other.by_intro.items():
            mine = self.by_intro.setdefault(intro, Tally())
            mine.right, mine.total = mine.right + t.right, mine.total + t.total
        if other.high is not None:
            self.high = self.high or Tally()
            self.high.right += other.high.right
            self.high.total += other.high.total
        self.junk |= other.junk
        self.mismatches.extend(other.mismatches)
        return self

    @staticmethod
    def _prf(tp_pred: int, tp_gold: int, pred: int, gold: int) -> tuple[float, float, float]:
        p = tp_pred / pred if pred else 1.0
        r = tp_gold / gold if gold else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def detection(self) -> tuple[float, float, float]:
        """Precision over predictions, recall over gold quotes (split pieces all count)."""
        return self._prf(self.predicted_matched, self.matched, self.predicted, self.gold)

    @property
    def exact_span(self) -> tuple[float, float, float]:
        return self._prf(self.exact, self.exact, self.predicted, self.gold)

    @property
    def missing_rate(self) -> float:
        return 1.0 - self.missing.rate


def is_named(label: str) -> bool:
    """A gold speaker label that is a name (a person's, or an organisation's), not an
    unnamed source's description ("a spokesman", "an aide"): it starts upper-case."""
    return label[:1].isupper()


def intro_group(intro: str) -> str:
    return intro if intro in ("name", "pronoun") else "other"


def by_group(by_intro: dict[str, Tally]) -> dict[str, Tally]:
    """Speaker accuracy by intro folded into name, pronoun and other."""
    out: dict[str, Tally] = {}
    for intro, t in by_intro.items():
        group = out.setdefault(intro_group(intro), Tally())
        group.right += t.right
        group.total += t.total
    return out


def _same_kind(gold_kind: str, pieces: list[Quote]) -> bool:
    """Every piece has the gold kind; a title may be called a scare quote (the
    extractor had no title kind when the gold was written)."""
    kinds = {str(p.kind) for p in pieces}
    return kinds == {gold_kind} or (gold_kind == "title" and kinds == {"scare"})


def _overlaps(gold: list[GoldQuote], predicted: list[Quote]) -> list[list[Quote]]:
    """For each gold quote, every predicted quote overlapping it (a quote the
    extractor split in pieces, such as a multi-paragraph one, has several)."""
    return [[p for p in predicted if min(g.end, p.end) > max(g.start, p.start)] for g in gold]


def _high(q: Quote) -> bool | None:
    """True/False for the quote's confidence being "high"; None before the field exists."""
    confidence = getattr(q, "confidence", None)
    if confidence is None and not hasattr(q, "confidence"):
        return None
    return confidence == "high"


def _names(q: Quote, aliases: dict[str, list[str]]) -> set[str]:
    if not q.speaker:
        return set()
    return {normalise(n) for n in [q.speaker, *aliases.get(q.speaker, [])]}


def near_miss(gold: str, predicted: str) -> bool:
    """The predicted label likely names the gold person in a poorer form: one label's
    words hold all the other's ("Songwriter Guy Chambers" or "Chambers" for "Guy
    Chambers"). A diagnostic only: a bare surname may still be someone else."""
    g, p = normalise(gold).split(), normalise(predicted).split()
    if not g or not p or g == p:
        return False
    small, big = (g, p) if len(g) <= len(p) else (p, g)
    return set(small) <= set(big)


def _verdict(g: GoldQuote, pieces: list[Quote], aliases: dict[str, list[str]]) -> str:
    """right, wrong or missing for a gold quote with a speaker, over all its pieces."""
    want = normalise(g.speaker or "")
    if any(p.speaker and want not in _names(p, aliases) for p in pieces):
        return "wrong"
    return "missing" if any(not p.speaker for p in pieces) else "right"


def _count_gold(
    s: Score, path: str, g: GoldQuote, pieces: list[Quote], aliases: dict[str, list[str]]
) -> None:
    """Count one gold quote against the predicted quotes overlapping it."""

    def miss(what: str, gold_label: str, got: str) -> None:
        s.mismatches.append(Mismatch(path, g.start, g.end, what, gold_label, got))

    if not pieces:
        miss("missed", f"{g.kind} {g.speaker or '-'}", "-")
        return
    s.matched += 1
    s.kind.add(_same_kind(g.kind, pieces))
    if not _same_kind(g.kind, pieces):
        miss("kind", g.kind, " / ".join(str(p.kind) for p in pieces))
    got = " / ".join(p.speaker or "-" for p in pieces)
    if any((p.start, p.end) == (g.start, g.end) for p in pieces):
        s.exact += 1
    else:
        miss("span", f"{g.start}-{g.end}", " ".join(f"{p.start}-{p.end}" for p in pieces))
    if g.speaker is None:
        if any(p.speaker for p in pieces):
            s.spurious += 1
            miss("spurious", f"{g.kind} -", got)
        return
    verdict = _verdict(g, pieces, aliases)
    ok = verdict == "right"
    s.missing.add(verdict != "missing")
    s.speaker_any.add(ok)
    if g.kind == "direct":
        s.speaker.add(ok)
        s.by_intro.setdefault(g.intro, Tally()).add(ok)
        if is_named(g.speaker):
            s.named.add(ok)
    if not ok:
        miss(verdict, f"{g.speaker} ({g.intro})", got)
    if verdict == "wrong" and all(p.speaker and near_miss(g.speaker, p.speaker) for p in pieces):
        s.near += 1


def score_article(
    gold: GoldArticle, article: Article, quotes: list[Quote], aliases: dict[str, list[str]]
) -> Score:
    """Match one article's predictions to its gold and count every figure.

    Quotes in the headline or a caption are left out on both sides: the gold does
    not record them.
    """
    predicted = [q for q in quotes if article.paragraphs[q.paragraph].kind == "body"]
    s = Score(articles=1, gold=len(gold.quotes), predicted=len(predicted))
    overlaps = _overlaps(gold.quotes, predicted)
    for g, pieces in zip(gold.quotes, overlaps, strict=True):
        _count_gold(s, gold.path, g, pieces, aliases)
    if any(_high(q) is not None for q in predicted):
        s.high = Tally()
    for p in predicted:
        hits = [g for g, pieces in zip(gold.quotes, overlaps, strict=True) if p in pieces]
        if hits:
            s.predicted_matched += 1
        else:
            s.mismatches.append(
                Mismatch(gold.path, p.start, p.end, "false", "-", f"{p.kind} {p.speaker or '-'}")
            )
        if p.speaker and is_junk(p.speaker) and p.speaker not in s.junk:
            s.junk.add(p.speaker)
            s.mismatches.append(Mismatch(gold.path, p.start, p.end, "junk", "-", p.speaker))
        if s.high is not None and p.speaker and _high(p):
            names = _names(p, aliases)
            ok = bool(hits) and all(g.speaker and normalise(g.speaker) in names for g in hits)
            s.high.add(ok)
            if not ok:
                want = " / ".join(g.speaker or "-" for g in hits) or "-"
                how = getattr(p, "speaker_how", None) or "?"
                s.mismatches.append(
                    Mismatch(gold.path, p.start, p.end, "high-wrong", want, f"{p.speaker} ({how})")
                )
    return s


def score(gold_articles: Iterable[GoldArticle], bbc_dir: Path) -> Score:
    """Load each gold article alone with ``load_corpus`` and add up its score."""
    total = Score()
    for gold in gold_articles:
        corpus = load_corpus([bbc_dir / gold.path])
        aliases = {sp.name: sp.aliases for sp in corpus.speakers}
        total += score_article(gold, corpus.articles[0], corpus.quotes, aliases)
    return total


def report(s: Score, *, labels: bool = True) -> list[str]:
    """The figures as printable lines; without ``labels`` the junk names are only counted
    (a held-out set's predicted labels are failure detail)."""
    p, r, f = s.detection
    ep, er, ef = s.exact_span
    lines = [
        f"articles {s.articles}  gold quotes {s.gold}  predicted {s.predicted}"
        f"  matched {s.matched}",
        f"detection      P {p:.3f}  R {r:.3f}  F1 {f:.3f}",
        f"exact span     P {ep:.3f}  R {er:.3f}  F1 {ef:.3f}",
        f"speaker right  {s.speaker.rate:.1%} of {s.speaker.total} attributed direct quotes"
        f"  ({s.speaker_any.rate:.1%} of {s.speaker_any.total} with partial)",
    ]
    groups = by_group(s.by_intro)
    for intro in ("name", "pronoun", "other"):
        t = groups.get(intro, Tally())
        lines.append(f"  intro {intro:<8} {t.rate:.1%} of {t.total}")
    other = ", ".join(
        f"{intro} {t.right}/{t.total}"
        for intro, t in sorted(s.by_intro.items())
        if intro_group(intro) == "other"
    )
    lines += [
        f"    (other: {other})",
        f"named source   {s.named.rate:.1%} of {s.named.total} direct quotes, any intro",
        f"kind right     {s.kind.rate:.1%} of {s.matched} matched quotes",
        f"missing        {s.missing_rate:.1%} of {s.missing.total} quotes with a clear speaker",
        f"wrong label    {s.near} of the wrong ones name the right person in a poorer form",
        f"spurious       {s.spurious} speakerless gold quotes given a speaker",
        f"junk names     {len(s.junk)}"
        + (f": {', '.join(sorted(s.junk))}" if s.junk and labels else ""),
    ]
    if s.high is None:
        lines.append("high confidence  (no Quote.confidence field yet)")
    else:
        lines.append(f"high confidence  right {s.high.rate:.1%} of {s.high.total}")
    return lines
