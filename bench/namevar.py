"""Name-perturbation harness: are speakers named as well when people's names take other shapes?

The open US gold sets (``tests/core/data/us_news/`` and ``us_news_dev*/``; never a held-out
set) are written mostly with plain two-word Anglo names. Real news has "Ocasio-Cortez",
"O'Rourke", "McConnell", "J.D. Vance", "Kennedy Jr.", "Cortez Masto", "Marjorie Taylor
Greene", "Ro Khanna", "Chip Roy", "Luján". This script rewrites every article once per
*class* of name shape and rescores it::

    python bench/namevar.py                              # every open set, every class
    python bench/namevar.py --sets us_news_dev16 --classes hyphenated,mc_o
    python bench/namevar.py --classes common_word --show 30   # and the failures
    python bench/namevar.py --jobs 2                     # articles in two processes

How an article is rewritten: each gold speaker label that is a person's name (two to
five capitalised words or particles, known as a person by a given name, an initial, a
"Mr."/"Ms." before the surname, or a generational suffix; no body's word such as
"Department") gets an invented name of the class, of the person's gender (told by the
given name, else "Mr."/"Ms.", else the article's pronouns). Every place the text writes
the person is replaced consistently: the full label, the label without its suffix or
middle initial, the surname (particles and all) alone ("Ms. de la Cruz", "Cruz's"), and
the given name alone when no other person shares it, each also in capitals (a
transcript's "MS. ROE:"). Two people sharing a surname get
one invented surname. The gold's offsets are moved with the text and its labels
rewritten the same way; nothing is written into the repo (the rewritten texts live in a
temporary folder).

What it prints, per class: "named right" — of gold direct quotes whose speaker is a
rewritten person, how many the extractor attributes to that person (same verdict as
``bench/gold.py score``: every overlapping piece names them, speaker or alias) — then the
same figure on the original texts ("orig"), the quotes' count, and the figure over every
named source of the sets ("all named"), so a class that costs quotes stands out.
``plain`` rewrites names into other plain Anglo names: the harness's own noise floor.
``apostrophe`` ("N’Diorra", "Dell’Orvieto"), ``short_given`` ("Al", "Bo", "Ty") and
``title_surname`` (surnames that are titles or verbs: "Judge", "Marshal", "Say", "Will").
``--show N`` lists up to N failures per class (path, offsets, gold label, predicted).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.core.gold.score import (  # noqa: E402
    GoldArticle,
    GoldQuote,
    is_named,
    normalise,
    read_gold,
)
from tui import load_corpus  # noqa: E402
from tui.core.attribution.lexicon import (  # noqa: E402
    BODY_WORDS,
    COMPANY_WORDS,
    GENERATIONAL,
    GROUP_WORDS,
    NAME_PARTICLES,
    ORG_WORDS,
)
from tui.core.attribution.names import gender_of  # noqa: E402

DATA = REPO / "tests" / "core" / "data"

# Invented names per class: (as first written, as a second reference writes it), three
# per gender so several people of one article get different ones (a fourth man or woman
# of one article keeps the name and is not counted).
Pool = tuple[tuple[str, str], ...]
CLASSES: dict[str, tuple[Pool, Pool]] = {
    "plain": (
        (("Gordon Pelham", "Pelham"), ("Stuart Ormsby", "Ormsby"), ("Neil Fairbrook", "Fairbrook")),
        (("Helen Marchbank", "Marchbank"), ("Janet Colley", "Colley"), ("Alison Rudd", "Rudd")),
    ),
    "hyphenated": (
        (
            ("Tobias Renfrew-Askari", "Renfrew-Askari"),
            ("Marcus Ellery-Voss", "Ellery-Voss"),
            ("Dominic Hale-Okonjo", "Hale-Okonjo"),
        ),
        (
            ("Ingrid Sowerby-Lund", "Sowerby-Lund"),
            ("Carla Prentiss-Obi", "Prentiss-Obi"),
            ("Nadia Quarles-Brandt", "Quarles-Brandt"),
        ),
    ),
    "particle": (
        (
            ("Rudolph Van Tassell", "Van Tassell"),
            ("Hugo de Wald", "de Wald"),
            ("Lucas Von Arnim", "Von Arnim"),
        ),
        (
            ("Elise van der Molen", "van der Molen"),
            ("Camila de la Vega", "de la Vega"),
            ("Greta Van Doorn", "Van Doorn"),
        ),
    ),
    "mc_o": (
        (
            ("Fergus McAlistair", "McAlistair"),
            ("Desmond O’Farrelly", "O’Farrelly"),
            ("Callum MacKinnery", "MacKinnery"),
        ),
        (
            ("Maeve O’Dunleavy", "O’Dunleavy"),
            ("Tara McGillicuddy", "McGillicuddy"),
            ("Nora D’Amberly", "D’Amberly"),
        ),
    ),
    "initials": (
        (
            ("T.J. Haverstock", "Haverstock"),
            ("R.W. Pellingham", "Pellingham"),
            ("J. Carter Boswell", "Boswell"),
        ),
        (
            ("A.J. Winslowe", "Winslowe"),
            ("M.K. Thackery", "Thackery"),
            ("E. Jean Holloway", "Holloway"),
        ),
    ),
    "suffix": (
        (
            ("Walter Brinkley Jr.", "Brinkley"),
            ("Howard Pemberton III", "Pemberton"),
            ("Rufus K. Danvers Jr.", "Danvers"),
        ),
        (
            ("Eleanor Whitby III", "Whitby"),
            ("Dolores Kettering Jr.", "Kettering"),
            ("Ruth A. Lindell Jr.", "Lindell"),
        ),
    ),
    "spanish": (
        (
            ("Rodrigo Quintero Salcedo", "Quintero Salcedo"),
            ("Javier Montoya Ferrer", "Montoya Ferrer"),
            ("Emilio Barragan Ortiz", "Barragan Ortiz"),
        ),
        (
            ("Marisela Pacheco Ruiz", "Pacheco Ruiz"),
            ("Lorena Cabrera Villalobos", "Cabrera Villalobos"),
            ("Adriana Solis Mercado", "Solis Mercado"),
        ),
    ),
    "three_word": (
        (
            ("Dale Everett Crandon", "Crandon"),
            ("Jon Paul Tisdale", "Tisdale"),
            ("Billy Ray Cathers", "Cathers"),
        ),
        (
            ("Mary Ellen Tolliver", "Tolliver"),
            ("Lorna Whitcomb Pruett", "Pruett"),
            ("Anna Sofia Brandvold", "Brandvold"),
        ),
    ),
    "asian": (
        (("Sung Ryu", "Ryu"), ("Haruto Oda", "Oda"), ("Arjun Kothari", "Kothari")),
        (("Mai Vo", "Vo"), ("Soo-ah Baek", "Baek"), ("Mei Ng", "Ng")),
    ),
    "common_word": (
        (("Chip Fields", "Fields"), ("Will Marsh", "Marsh"), ("Grant Hall", "Hall")),
        (("Hope Winter", "Winter"), ("Summer Banks", "Banks"), ("Joy Mills", "Mills")),
    ),
    "accented": (
        (("Andrés Peñalver", "Peñalver"), ("Joël Lefèvre", "Lefèvre"), ("Tomás Ibáñez", "Ibáñez")),
        (("Zoë Brûlé", "Brûlé"), ("Inés Ordóñez", "Ordóñez"), ("Renée Côté", "Côté")),
    ),
    "apostrophe": (
        (
            ("Dario D’Avanzetti", "D’Avanzetti"),
            ("Amadou N’Diorra", "N’Diorra"),
            ("Luca Dell’Orvieto", "Dell’Orvieto"),
        ),
        (
            ("Chiara D’Ambrusio", "D’Ambrusio"),
            ("Awa N’Dembaye", "N’Dembaye"),
            ("Sofia Dell’Acquarone", "Dell’Acquarone"),
        ),
    ),
    "short_given": (
        (("Al Brixley", "Brixley"), ("Bo Tandry", "Tandry"), ("Ty Wexham", "Wexham")),
        (("Jo Kimbrell", "Kimbrell"), ("Di Parrow", "Parrow"), ("Vi Harlowe", "Harlowe")),
    ),
    "title_surname": (
        (("Ray Marshal", "Marshal"), ("Dan Judge", "Judge"), ("Gus Say", "Say")),
        (("Kate Will", "Will"), ("Ann Bishop", "Bishop"), ("Lynn Chancellor", "Chancellor")),
    ),
}

_NOT_PERSON: frozenset[str] = frozenset(ORG_WORDS | COMPANY_WORDS | BODY_WORDS | GROUP_WORDS)
_MALE_TITLES = ("Mr. ", "Mr ")
_FEMALE_TITLES = ("Ms. ", "Mrs. ", "Ms ", "Mrs ", "Miss ")
_INITIAL = re.compile(r"^(?:[A-Z]\.)+$")


def open_sets(names: Iterable[str] | None = None) -> list[Path]:
    """The open US sets (never a held-out one), or the named ones among them."""
    found = [DATA / "us_news", *sorted(DATA.glob("us_news_dev*"))]
    sets = [p for p in found if "heldout" not in p.name and (p / "gold.jsonl").is_file()]
    if names:
        wanted = set(names)
        sets = [p for p in sets if p.name in wanted]
    return sets


@dataclass(frozen=True, slots=True)
class Person:
    """A gold person's name split into the parts an article writes alone."""

    label: str
    given: str
    surname: str  # particles and all: "de la Cruz-Whitfield"
    forms: tuple[str, ...]  # written forms of the full name, longest first


def _name_words(label: str) -> list[str] | None:
    words = label.split()
    if not 2 <= len(words) <= 5 or any(w.strip(".,") in _NOT_PERSON for w in words):
        return None
    if not all(w[0].isupper() or w in NAME_PARTICLES for w in words):
        return None
    return words


def person(label: str, text: str) -> Person | None:
    """The label as a person whose full name the text writes, else None."""
    words = _name_words(label)
    if words is None or not re.search(rf"(?<![\w-]){re.escape(label)}(?![\w-])", text):
        return None
    core = words[:-1] if words[-1] in GENERATIONAL else words
    first = len(core) - 1  # the surname: the last word and the particles before it
    while first > 1 and core[first - 1].casefold() in NAME_PARTICLES:
        first -= 1
    if first < 1 or _INITIAL.match(core[-1]):
        return None
    if first == len(core) - 1 and len(core) >= 3 and _double_surname(core, text):
        first -= 1  # "Ana Ibarra Quintanilla", written "Ibarra Quintanilla" later
    surname = " ".join(core[first:])
    titled = any(f"{t}{surname}" in text for t in _MALE_TITLES + _FEMALE_TITLES)
    known = gender_of(words[0]) or _INITIAL.match(words[0]) or titled or core != words
    if not known:
        return None
    forms = {label, " ".join(core), f"{words[0]} {surname}"}
    return Person(label, words[0], surname, tuple(sorted(forms, key=len, reverse=True)))


def _double_surname(core: list[str], text: str) -> bool:
    """Do the name's last two words stand without the words before them (a Spanish
    double surname: "Ms. Ibarra Quintanilla"), not a middle name's "Ellen Tolliver"?"""
    if _INITIAL.match(core[-2]):
        return False
    two = re.escape(f"{core[-2]} {core[-1]}")
    return re.search(rf"(?<!{re.escape(core[-3])} )(?<![\w-]){two}(?![\w-])", text) is not None


def gender(p: Person, text: str) -> str:
    """ "m"/"f": by the given name, else a title before the surname, else pronouns."""
    told = gender_of(p.given)
    if told:
        return told
    if any(f"{t}{p.surname}" in text for t in _FEMALE_TITLES):
        return "f"
    if any(f"{t}{p.surname}" in text for t in _MALE_TITLES):
        return "m"
    she = len(re.findall(r"\b(?:she|her|She|Her)\b", text))
    he = len(re.findall(r"\b(?:he|his|him|He|His)\b", text))
    return "f" if she > he else "m"


@dataclass(slots=True)
class Rewrite:
    """What replaces what in one article, and the gold's labels mapped alike."""

    table: dict[str, str] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)  # old label -> new label


def _styled(name: str, text: str) -> str:
    """The invented name with the article's apostrophe (straight or curly)."""
    return name if "’" in text else name.replace("’", "'")


def plan(text: str, gold: GoldArticle, cls: str) -> Rewrite:
    """The replacements that give each gold person of the article a name of ``cls``."""
    people: list[Person] = []
    for q in gold.quotes:
        if q.speaker and is_named(q.speaker) and q.speaker not in [p.label for p in people]:
            found = person(q.speaker, text)
            if found is not None:
                people.append(found)
    out = Rewrite()
    surnames: dict[str, str] = {}
    used = {"m": 0, "f": 0}
    givens = [p.given for p in people]
    for p in people:
        g = gender(p, text)
        pool = CLASSES[cls][0 if g == "m" else 1]
        if used[g] == len(pool):
            continue  # more people than invented names: left as they are, not counted
        full, second = (_styled(n, text) for n in pool[used[g]])
        used[g] += 1
        if p.surname in surnames:  # kin: one invented surname for both
            shared = surnames[p.surname]
            full, second = full.replace(second, shared, 1), shared  # ("Ed Roe Jr.")
        surnames.setdefault(p.surname, second)
        for form in p.forms:
            out.table.setdefault(form, full)
        out.table.setdefault(p.surname, second)
        if givens.count(p.given) == 1 and not _INITIAL.match(p.given):
            out.table.setdefault(p.given, full.split()[0])
        out.labels[p.label] = full
    for old, new in list(out.table.items()):  # "MS. LINWOOD:" of a transcript
        out.table.setdefault(old.upper(), new.upper())
    return out


def apply(text: str, rewrite: Rewrite) -> tuple[str, list[tuple[int, int]]]:
    """The rewritten text, and (old end, shift so far) after each replacement."""
    if not rewrite.table:
        return text, []
    keys = sorted(rewrite.table, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, keys)) + r")(?![\w-])")
    pieces: list[str] = []
    shifts: list[tuple[int, int]] = []
    at = shift = 0
    for m in pattern.finditer(text):
        new = rewrite.table[m.group()]
        pieces += [text[at : m.start()], new]
        shift += len(new) - len(m.group())
        shifts.append((m.end(), shift))
        at = m.end()
    pieces.append(text[at:])
    return "".join(pieces), shifts


def _moved(pos: int, shifts: list[tuple[int, int]]) -> int:
    """Where an offset of the old text lands in the new one."""
    delta = 0
    for end, shift in shifts:
        if end > pos:
            break
        delta = shift
    return pos + delta


def rewritten_gold(gold: GoldArticle, rewrite: Rewrite, shifts: list[tuple[int, int]]) -> list:
    """The gold's quotes with offsets moved and person labels renamed."""
    return [
        GoldQuote(
            _moved(q.start, shifts),
            _moved(q.end, shifts),
            q.kind,
            rewrite.labels.get(q.speaker, q.speaker) if q.speaker else q.speaker,
            q.intro,
        )
        for q in gold.quotes
    ]


@dataclass(slots=True)
class Tally:
    """Named-right counts of one class over the sets, and its failures."""

    right: int = 0
    total: int = 0
    all_right: int = 0
    all_total: int = 0
    failures: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.right += other.right
        self.total += other.total
        self.all_right += other.all_right
        self.all_total += other.all_total
        self.failures += other.failures


def _verdict(q: GoldQuote, quotes: list, aliases: dict[str, list[str]]) -> str | None:
    """None when every predicted piece over the gold quote names its speaker, else what
    was predicted ("-" for nothing)."""
    pieces = [p for p in quotes if min(q.end, p.end) > max(q.start, p.start)]
    want = normalise(q.speaker or "")
    names = [
        {normalise(n) for n in [p.speaker, *aliases.get(p.speaker, [])]} if p.speaker else set()
        for p in pieces
    ]
    if pieces and all(want in n for n in names):
        return None
    return " / ".join(p.speaker or "-" for p in pieces) or "-"


def score_one(job: tuple[str, str, str]) -> Tally:
    """Rewrite one article by one class ("orig": unchanged) and count named right."""
    root, line, cls = job
    gold = read_gold_line(line)
    text = (Path(root) / gold.path).read_text(encoding="utf-8")
    rewrite = plan(text, gold, "plain" if cls == "orig" else cls)
    people = set(rewrite.labels.values())
    if cls == "orig":  # the same people, their names untouched
        people, rewrite = set(rewrite.labels), Rewrite()
    new_text, shifts = apply(text, rewrite)
    quotes_gold = rewritten_gold(gold, rewrite, shifts)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / Path(gold.path).name
        path.write_text(new_text, encoding="utf-8")
        corpus = load_corpus([path])
    article = corpus.articles[0]
    body = [q for q in corpus.quotes if article.paragraphs[q.paragraph].kind == "body"]
    aliases = {sp.name: sp.aliases for sp in corpus.speakers}
    out = Tally()
    for q in quotes_gold:
        if q.kind != "direct" or not q.speaker or not is_named(q.speaker):
            continue
        got = _verdict(q, body, aliases)
        out.all_right += got is None
        out.all_total += 1
        if q.speaker in people:
            out.right += got is None
            out.total += 1
            if got is not None:
                out.failures.append(f"{root}/{gold.path} {q.start}-{q.end}: {q.speaker} | {got}")
    return out


def read_gold_line(line: str) -> GoldArticle:
    obj = json.loads(line)
    quotes = [
        GoldQuote(q["start"], q["end"], q["kind"], q["speaker"], q["intro"]) for q in obj["quotes"]
    ]
    return GoldArticle(obj["path"], quotes)


def jobs_for(sets: list[Path], classes: list[str]) -> list[tuple[str, str, str]]:
    out = []
    for root in sets:
        read_gold(root / "gold.jsonl")  # validates the file
        for line in (root / "gold.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                out += [(str(root), line, cls) for cls in classes]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default="", help="comma-separated set folders (default all open)")
    parser.add_argument("--classes", default="", help="comma-separated classes (default all)")
    parser.add_argument("--show", type=int, default=0, help="failures listed per class")
    parser.add_argument("--jobs", type=int, default=1, help="processes")
    args = parser.parse_args(argv)
    sets = open_sets([s for s in args.sets.split(",") if s] or None)
    classes = ["orig", *([c for c in args.classes.split(",") if c] or CLASSES)]
    unknown = [c for c in classes if c != "orig" and c not in CLASSES]
    if unknown or not sets:
        parser.error(f"unknown class {unknown} or no open set")
    jobs = jobs_for(sets, classes)
    totals = {c: Tally() for c in classes}
    if args.jobs > 1:
        with ProcessPoolExecutor(args.jobs) as pool:
            results = list(pool.map(score_one, jobs, chunksize=8))
    else:
        results = list(map(score_one, jobs))
    for (_, _, cls), t in zip(jobs, results, strict=True):
        totals[cls].add(t)
    base = totals["orig"]
    print(f"sets: {', '.join(p.name for p in sets)}")
    print(
        f"{'class':<13}{'named right':>13}{'orig':>8}{'delta':>8}{'quotes':>8}{'all named':>11}"
        f"{'wrong':>7}"
    )
    orig = base.right / base.total if base.total else 1.0
    for cls, t in totals.items():
        rate = t.right / t.total if t.total else 1.0
        all_rate = t.all_right / t.all_total if t.all_total else 1.0
        print(
            f"{cls:<13}{rate:>13.1%}{orig:>8.1%}{(rate - orig) * 100:>+8.1f}"
            f"{t.total:>8}{all_rate:>11.1%}{t.total - t.right:>7}"
        )
    for cls, t in totals.items():
        for line in t.failures[: args.show] if cls != "orig" or args.show else []:
            print(f"[{cls}] {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
