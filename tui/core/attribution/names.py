"""People's names in one article: spot them, resolve "Mr Coyne" to "Gerard Coyne".

Inside one article a person is introduced by full name ("Gerard Coyne") and then
called "Mr Coyne" or "Coyne"; :class:`ArticleNames` maps those short forms back.
Joining speakers across articles is :mod:`merge`'s job.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from tui.core.attribution.cues import ORG_NAME, OWNS_PERSON, has_word, is_word_char
from tui.core.attribution.given_names import given_alone
from tui.core.attribution.lexicon import (
    AGENCY_MISSION_TAILS,
    BODY_NAME_HEADS,
    BODY_NOUNS,
    BODY_WORDS,
    CALENDAR_WORDS,
    CAUSE_NOUNS,
    COMPANY_WORDS,
    COURTESY_TITLES,
    DOTTED_HONORIFICS,
    DOTTED_PLACES,
    EVENT_WORDS,
    FEMALE,
    FEMALE_NAMES,
    FINITE_CUES,
    FIRM_HEADS,
    FIRST_NAME_HONORIFICS,
    GENERATIONAL,
    GIVEN_NAME_VERBS,
    GLUED_PARTICLES,
    GROUP_WORDS,
    HEADLINE_VERBS,
    HONORIFIC_QUALIFIERS,
    HONORIFICS,
    HYPHEN_ENGLISH_ENDS,
    HYPHEN_SYLLABLE,
    KIN_GENDER,
    LEGAL_FORMS,
    MALE,
    MALE_NAMES,
    MEMBER_PLURALS,
    NAME_PARTICLES,
    NOT_MINISTER_SECRETARIES,
    NUMBER_NAMES,
    NUMBERED_HEADS,
    OFFICE_HEADS,
    ORG_WORDS,
    PARTICLE_GIVEN_NAMES,
    PARTIES,
    PLACE_OPENERS,
    PLAIN_NATIONALITIES,
    PLATFORM_LETTERS,
    POSTNOMINALS,
    ROLE_ACRONYMS,
    ROLE_HONORIFICS,
    ROLE_LEAD_WORDS,
    ROLE_QUALIFIERS,
    ROLE_SUFFIXES,
    ROLE_SYNONYMS,
    SAINT_PARTICLES,
    SLOGAN_TAILS,
    STOP_WORDS,
    STREET_NOUNS,
    SUBJECT_OPENERS,
    SURNAME_DEMONYMS,
    SYNONYM_OFFICES,
    TENURE_WORDS,
    TIME_OPENERS,
    TITLE_HONORIFICS,
    TITLE_PREFIXES,
    TITLE_WORDS,
    TRADE_PLURALS,
    WEEKDAYS,
    WORK_AFTER_NOUNS,
    WORK_VERBS,
)
from tui.core.attribution.roles import (
    is_role,
    might_tie,
    place_first,
    read_ties,
    role_keys,
    role_phrase,
    styled_start,
    tie_keys,
)
from tui.core.attribution.states import phrase_state, ties_to_state
from tui.core.model import Article

_POSSESSOR: Final = re.compile(r"^.*['’]s ")  # "Iraq's Ministry of Communications"
_BODY_JOINS: Final = (" for ", " and ", " & ", " to ")  # words in bodies' names runs split at
_PLURAL_OWNS: Final = ("s’ ", "s' ")  # ... and a plural possessive: "Sheriffs’ Union"
_HOLDER_OWNS: Final = ("’s ", "'s ")  # ... or an office holder's: "County Sheriff's Office"
_RUN_POSSESSIVES: Final = frozenset(("Our", "Your", "My", "Their"))  # "Save Our Schools"
_NATIONAL_ENDS: Final = ("an", "ish", "ese")  # "American", "British", "Chinese"
_TAIL_JOINS: Final = (" to ", " for ")  # "Committee to Recall Bancroft", "Fund for Ann Roe"
_AHEAD_JOINS: Final = (
    " for ",
    " of ",
    " for the ",
    " of the ",
    " to ",
)  # ... after a body's first run: "Americans for Fair Finance", "Order of the Iron Bell"
_SHARING_REACH: Final = 200  # full names counted back for a shared surname (bounded work)
_SMALL_TEXT: Final = 50_000  # chars; longer articles get a word set for _common_word

# A capital letter, accented ones too ("Étienne Beaulieu-Sauvé", "Łukasz Żak").
_UP: Final = "[A-ZÀ-ÖØ-ÞĆČĎĐĘĚŁŃŇŐŒŘŚŞŠŢŤŰŹŻŽ]"
# Optional parts are written as a branch with an empty alternative, "(?:X|)", not as
# "(?:X)?" or "{0,2}": the same matches, but the engine passes over a branch whose first
# character cannot match at once, where a repeat costs its bookkeeping at every word.
# "-woo" of "Hyun-woo": one lower-case syllable, not an English word ("Sit-in").
_ENGLISH_END: Final = "|".join(sorted(HYPHEN_ENGLISH_ENDS))
_SYLLABLE: Final = rf"-(?!(?:{_ENGLISH_END})(?![\w-])){HYPHEN_SYLLABLE}(?![\w-])"
_PARTICLES: Final = "|".join(sorted(NAME_PARTICLES))
# "-van" of "Ross-van Dorp", "Smit-van der Berg": a family name's particle after a
# hyphen, the rest of the name after it.
_HYPHEN_PARTICLE: Final = rf"-(?:{_PARTICLES})(?= (?:(?:{_PARTICLES}) |){_UP})"
_HYPHENED: Final = (  # "-Silk" of "Kilroy-Silk"
    rf"(?:-{_UP}\w*(?:-{_UP}\w*)*|{_SYLLABLE}|{_HYPHEN_PARTICLE}|)"
)
_APOSTROPHED: Final = rf"(?:['’]{_UP}\w*{_HYPHENED}|)"  # "'Brien" of "O'Brien"
_AMPERSANDED: Final = rf"(?:&{_UP}\w*|)"  # "&B" of "B&B", "&T" of "AT&T": one word
# A capitalised word; "Kilroy-Silk" and "O'Brien" are one token, "Fly-half" is none.
_TOKEN: Final = rf"{_UP}\w*{_AMPERSANDED}{_HYPHENED}{_APOSTROPHED}(?![\w-])"  # "O'Hara-Reyes"
# "van der", "de la"; "al-" joined to the word it opens ("Khalid al-Thani Rashid")
_PARTICLE = rf"(?:(?:{_PARTICLES}) (?:(?:{_PARTICLES}) |)|al-|)"
# A full stop that belongs to the word before: "Mr.", "Gen.", or an initial ("J.") that
# is not the last letter of a dotted acronym ("C.E.O.").
_DOTTED: Final = DOTTED_HONORIFICS | {"Jr", "Sr"} | {s.rstrip(".") for s in SAINT_PARTICLES}
_ABBR_DOT: Final = "|".join([*(f"(?<={h})" for h in sorted(_DOTTED)), r"(?<=(?<![\w.&])[A-Z])"])
# (The look-ahead for the full stop comes first: the many look-behinds of _ABBR_DOT
# are tried only where a full stop follows, not after every capitalised word.)
_DOT: Final = rf"(?:(?=\.)(?:{_ABBR_DOT})\.|)"
# Two initials written together before a capitalised word ("A.J. Tolliver") are one
# token; "C.E.O." (three) never is.
_COMPACT: Final = r"\.[A-Z]\.(?= [A-Z][a-z])"
_WORD: Final = rf"(?:[A-Z]{_COMPACT}|{_TOKEN}{_DOT})"  # a word after the first
# A run of capitalised words. It starts with a bare character class (and checks the
# character before with a lookbehind) so the regex engine can skip ahead quickly; it
# never starts inside a dotted acronym ("C.E.O. Ann Bell" is Ann Bell).
_RUN: Final = re.compile(
    rf"{_UP}(?<![\w'’.&]{_UP})"
    rf"(?:{_COMPACT}|\w*{_AMPERSANDED}{_HYPHENED}{_APOSTROPHED}(?![\w-]){_DOT})"
    rf"(?: {_PARTICLE}{_WORD}(?: {_PARTICLE}{_WORD})*|)"
)
# The same runs in a text of ASCII characters only (most articles: str.isascii() reads a
# flag): its one capital class is a bitmap, where _UP's accented capitals beyond Latin-1
# make every character of the scan a test of a large class.
_RUN_ASCII: Final = re.compile(_RUN.pattern.replace(_UP, "[A-Z]"))
_INITIALS: Final = re.compile(r"(?:[A-Z]\.)+[A-Z]\.?")
# "Radio 1", "Channel 4", "Number 10": a name whose last word is a number. It opens
# with the bare words, so the engine skips ahead to their first letters at C speed (a
# lookahead or word boundary first makes it try every position of every article); the
# boundary before the word is checked by the caller (``_numbered_ends``).
# (One pattern per head word, each opening with its letters: the engine then finds
# them by fast search, not by testing every character against the heads' first letters;
# each is searched only in an article that has its head and a space, a substring test
# several times faster still, and most articles have none.)
_NUMBERED: Final = tuple(
    (f"{head} ", re.compile(rf"{head} \d{{1,2}}\b(?![.,]?\d|%)")) for head in sorted(NUMBERED_HEADS)
)
_WORD_CHAR: Final = re.compile(r"\w")
_PLAIN_WORD: Final = re.compile(r"\w+")
_BODY_KIND_BEFORE: Final = re.compile(rf"\b(?:{BODY_NOUNS}) $")
_WORK_VERB_BEFORE: Final = re.compile(rf"\b(?:{WORK_VERBS}) (?:[Tt]he )?$")
# "the " before a run and a work's noun after it: "the Star Vale franchise".
_THE_BEFORE: Final = re.compile(r"\b[Tt]he $")
_WORK_NOUN_AFTER: Final = re.compile(rf" (?:{WORK_AFTER_NOUNS})\b")
# Such a verb or noun (a lower-case "the" after it) right before where a work's title
# starts, searched back from a run of two words or more: a scan of the whole article for
# it (opening with a word boundary, tried at every position) cost more than the few
# runs' short looks back.
_WORK_TITLE_BEFORE: Final = re.compile(rf"\b(?:{WORK_VERBS}) (?:the )?\Z")
_WORK_TITLE_REACH: Final = max(map(len, WORK_VERBS.split("|"))) + len(" the ")
# A nickname in quotes between a given name and a surname: `Josephine "Jo" Okafor`,
# `Roderick "Rod" Van der Berg` (group 1: the surname, particles and all); the given
# name is the word right before (_LAST_WORD).
_PARTICLE = "(?:" + "|".join(f"[{p[0].upper()}{p[0]}]{p[1:]}" for p in sorted(NAME_PARTICLES)) + ")"
# (One pattern per opening quote mark, for the same fast search.)
_NICKNAMED: Final = tuple(
    (mark, re.compile(rf"{mark}[A-Z][\w.]{{0,15}}[\"”’] ((?:{_PARTICLE} )*{_TOKEN})"))
    for mark in '"“‘'
)
# A capitalised word just before, on the same line (not the headline's last word: `$`
# would also match before the line break that ends it).
_CAPITAL_BEFORE: Final = re.compile(r"[A-Z][\w.'’-]*[^\S\n]\Z")
_LAST_WORD: Final = re.compile(r"(?<![\w.'’-])[A-Z][a-z]+(?= $)")
_CHUNK: Final = re.compile(r"(?s).{1,1000000}\w*")  # about 1 MB, never splitting a word


def _named_alone(text: str, word: str) -> bool:
    """Is ``word`` written capitalised alone inside a sentence: after a lower-case word
    that is no article or "of", or after a quote's closing comma, and before no other
    capital ("contacted Five", `"Q," Orange said`; not "the Budget", "of Consumer
    Affairs")? A company named by an ordinary word the article also writes in lower
    case ("the colour orange") is still a name there. (Checked around each place the
    word stands: a pattern per word cost a compilation for most words.)"""
    i = text.find(word)
    while i >= 0:
        end = i + len(word)
        if _alone_after(text, end, word) and _alone_before(text, i):
            return True
        i = text.find(word, i + 1)
    return False


def _literal_spots(text: str, literal: str) -> Iterator[int]:
    """Where ``literal`` starts in ``text``, left to right and not overlapping (as a
    pattern's ``finditer`` would find it)."""
    at = text.find(literal)
    while at >= 0:
        yield at
        at = text.find(literal, at + len(literal))


def _is_word_char(text: str, i: int) -> bool:
    """Is ``text[i]`` a regex word character (False outside the text)?"""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


def _alone_after(text: str, end: int, word: str) -> bool:
    """A word boundary at ``end``, and no capitalised word, apostrophe or hyphen after."""
    if _is_word_char(text, end - 1) == _is_word_char(text, end):
        return False
    after = text[end : end + 2]
    if after[:1] in ("'", "’", "-"):
        return False
    return not (len(after) == 2 and after[0] == " " and "A" <= after[1] <= "Z")


def _alone_before(text: str, i: int) -> bool:
    """A quote's closing comma (`," `) or a lower-case word other than an article or
    "of" (itself after no word character, apostrophe or hyphen) just before ``i``."""
    if i < 2 or text[i - 1] != " ":
        return False
    if text[i - 2] == "," or (i >= 3 and text[i - 2] in '"”’' and text[i - 3] == ","):
        return True
    s = i - 1
    while s > 0 and "a" <= text[s - 1] <= "z":
        s -= 1
    if s == i - 1 or text[s : i - 1] in _NOT_ALONE_AFTER:
        return False
    return not (s > 0 and (_is_word_char(text, s - 1) or text[s - 1] in "'’-"))


_NOT_ALONE_AFTER: Final = frozenset(("the", "a", "an", "of"))


@lru_cache(maxsize=64)
def _number_speaks(word: str) -> re.Pattern[str]:
    """A capitalised number word acting as a company's name: alone inside a sentence
    and speaking there (`"Q," Five said`, "a deal, Seven told investors"); a number
    opening a sentence ("Five said they saw it") may be five people."""
    return re.compile(
        rf"(?:,[\"”’]? |(?<![\w'’-])(?!(?:the|a|an|of|The|A|An)\b)[a-z]+ )"
        rf"{re.escape(word)} (?:{_NUMBER_CUES})\b"
    )


_NUMBER_CUES: Final = "said|says|told|added|announced|confirmed|denied|declined"
_NUMBER_CUE_AFTER: Final = re.compile(rf" (?:{_NUMBER_CUES})\b")


@dataclass(slots=True, init=False)
class Mention:
    """A name as written ("Mr Coyne") with its span and what it may refer to."""

    start: int
    end: int
    words: str
    honorific: str | None
    tokens: tuple[str, ...]  # name tokens without honorific or job title
    org: bool  # an organisation, place or thing ("Labour Party", "WTO")
    surname: str  # "Booker" of "Harlan T. Booker Jr."
    is_full: bool  # a first name and surname (at least), so it can stand for the person
    gender: str | None  # "m"/"f" from a gendered honorific ("Mr", "Lady"), else None

    def __init__(
        self,
        start: int,
        end: int,
        words: str,
        honorific: str | None,
        tokens: tuple[str, ...],
        org: bool = False,
        derived: tuple[str, bool, str | None] | None = None,
    ) -> None:
        # (Surname, fullness and gender are set once here: look-ups read them often.)
        self.start, self.end, self.words, self.honorific = start, end, words, honorific
        self.tokens, self.org = tokens, org
        self.surname, self.is_full, self.gender = derived or _derived(tokens, honorific, org)


def _derived(
    tokens: tuple[str, ...], honorific: str | None, org: bool
) -> tuple[str, bool, str | None]:
    """A mention's surname, whether it is a full name, and its honorific's gender."""
    # ("Booker Jr." of "Harlan Booker Jr.", "Haskins Sr." of "Wendell Haskins Sr.")
    generational = len(tokens) >= 2 and tokens[-1] in GENERATIONAL
    surname = tokens[-2] if generational else tokens[-1]
    gender = "m" if honorific in MALE else "f" if honorific in FEMALE else None
    # "Mr. Van Tassell", "Ms. De la Vega": a title before a family name's particle,
    # a surname alone (looked up by its last word), no given name "Van".
    particled = honorific is not None and tokens[0].casefold() in NAME_PARTICLES
    if particled and len(tokens) == 2 and tokens[0] in PARTICLE_GIVEN_NAMES:
        particled = honorific in COURTESY_TITLES  # "Gov. Al Brixley": a given name "Al"
    return surname, len(tokens) >= 2 and not org and not particled, gender


# A paragraph opening with a gerund's heading, as Axios sets its parts ("Driving the
# news:", "Looking ahead:", "Zooming in:"): a word no one is named by.
_GERUND_HEADING: Final = re.compile(r"(?m)^[A-Z][a-z]+ing(?= [a-z'’ ]{0,30}?:\s| ?:\s)")
# A paragraph opening with a kicker in capitals and a dash, as newsletters set their
# parts ("THE BUZZ — Sen. ...", "DEMS DIVIDED — ..."): a heading, no one's name, and
# never the subject of the sentence after the dash (its words are all capitals).
# (Two words or more, no title's dot: "ROE —" and "SEN. ROE —" label a transcript's
# speaker.)
_CAPS_KICKER: Final = re.compile(r"(?m)^(?:[A-Z][A-Z’'&-]+ )+[A-Z][A-Z’'&-]+(?= (?:—|–|--) ?[A-Z])")


def _kicker_words(text: str) -> set[int]:
    """Where each word of a paragraph's kicker in capitals starts ("THE BUZZ —"); not
    of a run whose last word the text also writes as a name ("JANE ROE —" by "Roe")."""
    return {
        k.start() + w.start()
        for k in _CAPS_KICKER.finditer(text)
        if not has_word(text, k.group().rsplit(" ", 1)[-1].capitalize())
        for w in re.finditer(r"\S+", k.group())
    }


def _capitalised_runs(article: Article) -> tuple[list[int], list[str]]:
    """Where each capitalised run of an article starts, and its words (numbers and
    digit-led names joined on; none inside a dateline)."""
    text = article.text
    # (Lists built by ``map`` at C speed: this is done for every run of every article.)
    found = list((_RUN_ASCII if text.isascii() else _RUN).finditer(text))
    dateline = dateline_end(article)
    if dateline:  # "WASHINGTON (AP) —", "COLUMBIA FALLS, Mont. —": a place, no one
        found = [m for m in found if m.start() >= dateline]
    if ":" in text and (headings := {m.start() for m in _GERUND_HEADING.finditer(text)}):
        found = [m for m in found if m.start() not in headings]  # "Driving the news:"
    if " — " in text or " -- " in text or " – " in text:
        kicker = _kicker_words(text)
        if kicker:  # "THE BUZZ — Sen. Ada Roe ...": the heading names no one
            found = [m for m in found if m.start() not in kicker]
    starts: list[int] = list(map(re.Match.start, found))
    words: list[str] = list(map(re.Match.group, found))
    if ". " in text:
        starts, words = _unglued(text, starts, words)
    numbered = _numbered_ends(text)
    if numbered:  # (rare)
        words = _with_numbers(numbered, text, starts, words)
    if _DIGIT_LED.search(text):  # (rare) "4Cast Analytics", "said 3Point Labs"
        starts, words = _with_digit_led(text, starts, words)
    if _STAGE_NUMBER.search(text):  # (rare) "Andre 3000"
        words = _with_stage_numbers(text, starts, words)
    if _GLUED_HINT.search(text) and _GLUED.search(text):  # (rare) "Leo diCaprio"
        starts, words = _with_glued(text, starts, words)
    return starts, words


# A given name and a number of three or four digits, no year: a stage name ("Pinto
# 3000"), before a stop, a comma or a word (checked by _with_stage_numbers).
# (The capital comes first and the boundary is checked behind it, so the engine skips
# ahead to capitals at C speed instead of trying the look-behind at every position.)
_STAGE_NUMBER: Final = re.compile(r"[A-Z](?<![\w.'’-][A-Z])[a-z]+ \d{3,4}(?![\w%'’-]|[.,]\d)")
_STAGE_WORDS_AFTER: Final = frozenset(("who", "and", "whose"))  # "Pinto 3000, who"


def _with_stage_numbers(text: str, starts: list[int], words: list[str]) -> list[str]:
    """Capitalised runs with a stage name's number joined on ("Pinto" of "said Pinto
    3000" becomes "Pinto 3000"): the run is one given name, the number no year, and
    what follows it no counted noun ("gave Ann 500 dollars")."""
    at = {s: k for k, s in enumerate(starts)}
    out = list(words)
    for m in _STAGE_NUMBER.finditer(text):
        first, number = m.group().split()
        k = at.get(m.start())
        if k is None or words[k] != first or gender_of(first) is None:
            continue
        if 1800 <= int(number) <= 2099:
            continue  # "Maria 2024": a year
        nxt = _PLAIN_WORD.match(text, m.end() + 1) if text.startswith(" ", m.end()) else None
        if nxt and nxt.group().islower() and nxt.group() not in FINITE_CUES | _STAGE_WORDS_AFTER:
            continue
        out[k] = m.group()
    return out


# Where a one-letter platform's name ("X") is written: "posted on X.", "took to X."
_PLATFORM_BEFORE: Final = (" on ", " On ", " to ")


def _platform_stop(text: str, start: int, letter: str) -> bool:
    """Is the capital ``letter`` at ``start`` a platform's name after "on"/"to" ("wrote on
    X. Tamsin Orr is"), its full stop closing it, not a person's initial?"""
    return letter in PLATFORM_LETTERS and text.endswith(_PLATFORM_BEFORE, 0, start)


# A name ending in a letter (and the full stop closing its sentence), a new name of
# two words or more after it: "films including Malcolm X. Attallah Shabazz, the".
_GLUED_INITIAL: Final = re.compile(r"(?<= )[A-Z]\. (?=[A-Z]\w+ [A-Z])")


def _unglued(text: str, starts: list[int], words: list[str]) -> tuple[list[int], list[str]]:
    """Split a run glued across a sentence end after a name's last letter ("Malcolm
    X. Attallah Shabazz"), when the article writes the first name without the full
    stop elsewhere ("Malcolm X,"): two names, not one person with a middle initial."""
    # (Only a run holding ". " can split: the others are copied in slices between them,
    # not looked at one by one.)
    stops = [k for k, run in enumerate(words) if ". " in run]
    if not stops:
        return starts, words
    out_starts: list[int] = []
    out_words: list[str] = []
    done = 0
    for k in stops:
        out_starts += starts[done:k]
        out_words += words[done:k]
        done = k + 1
        start, run = starts[k], words[k]
        m = _GLUED_INITIAL.search(run)
        head = run[: m.start() + 1] if m else ""
        if _platform_stop(text, start, run[0]) and run[1:3] == ". ":
            # "Orr wrote on X. Tamsin Orr is": the platform, then a new sentence's name
            out_starts += [start, start + 3]
            out_words += [run[0], run[3:]]
        elif m and re.search(rf"\b{re.escape(head)}(?![.\w])", text):
            out_starts += [start, start + m.end()]
            out_words += [head, run[m.end() :]]
        else:
            out_starts.append(start)
            out_words.append(run)
    out_starts += starts[done:]
    out_words += words[done:]
    return out_starts, out_words


def _before_title(name: str) -> str:
    """A body's name less the title and person that follow it in one capitalised run:
    "Department of Health" of "Department of Health Commissioner Ada Roe"."""
    words = name.split()
    for k in range(1, len(words) - 1):
        if words[k] in TITLE_WORDS and words[k + 1][:1].isupper():
            return " ".join(words[:k])
    return name


def without_legal_form(name: str) -> str:
    """A firm's name less the legal form news copy drops: "Atlantic Crest Wind" of
    "Atlantic Crest Wind LLC"."""
    head, _, last = name.rpartition(" ")
    return head if head and last in LEGAL_FORMS else name


def _body_tail(text: str, start: int) -> bool:
    """Does the run at ``start`` end a body's name, after its head and "to" or "for"
    ("the Committee to | Recall Bancroft")? Then it is no person's full name."""
    for join in _TAIL_JOINS:
        if text.endswith(join, 0, start):
            head = text[max(0, start - len(join) - 20) : start - len(join)].rsplit(" ", 1)[-1]
            return head in BODY_NAME_HEADS
    return False


def _start(m: Mention) -> int:
    return m.start


def _plain_words() -> frozenset[str]:
    """Words that need clean_run's full treatment when they appear in a run."""
    return (
        STOP_WORDS
        | TITLE_WORDS
        | HONORIFICS
        | ORG_WORDS
        | POSTNOMINALS
        | GENERATIONAL
        | EVENT_WORDS
    ) | HEADLINE_VERBS


def _is_name_token(tok: str) -> bool:
    """Not an acronym ("WTO") nor a number ("Radio 1"); an initial ("J", "J.") is."""
    if tok in DOTTED_PLACES:
        return False  # "U.S. Army"
    if "." in tok[:-1] and _INITIALS.fullmatch(tok):
        return True  # "A.J."
    tok = tok.rstrip(".")
    return (not tok.isupper() or len(tok) == 1) and not tok.isdigit()


def _initial(tok: str) -> bool:
    return len(tok.rstrip(".")) == 1


_PLAIN: Final = _plain_words()
# Reporting verbs that open an inverted cue (`Said Vasquez-Pike: "Q"`), not "Will".
_OPENING_CUES: Final = frozenset(w for w in HEADLINE_VERBS if w.lower() in FINITE_CUES)


def _trim(tokens: list[str], text: str | None = None) -> list[str]:
    """Drop what a run carries past the name: "Brandt Said Voters" (a Title-Case
    headline) stops at the verb, "Vadim Mitroshin The dispute" (a full stop lost) at
    the sentence word, "Ken Macdonald QC" loses the letters, "chair Oscar Brandt
    Tuesday" the weekday after a person (but "Mike Friday" keeps his surname)."""
    for i in range(1, len(tokens)):
        if tokens[i] in HEADLINE_VERBS and not _given_verb(tokens, i, text):
            if _verb_surname(tokens, i):
                break
            del tokens[i:]
            break
    first = tokens[0].rstrip(".")
    personal = bool(gender_of(first)) or first in HONORIFICS or first in TITLE_WORDS
    while len(tokens) > 1:
        last = tokens[-1]
        dated = last in WEEKDAYS and len(tokens) > 2 and personal  # not "Black Friday"
        if not (last in POSTNOMINALS or last in STOP_WORDS or dated) or _slogan(tokens, personal):
            break
        tokens.pop()
    return tokens


def _verb_surname(tokens: list[str], i: int) -> bool:
    """Is the headline verb ``tokens[i]``, last of the run, a surname ("Ms. Will",
    "Kate Will said")? After a courtesy title or a known given name that stands alone
    or after a title, a Title-Case headline's verb would have another capital after it."""
    if i != len(tokens) - 1:
        return False
    before = tokens[i - 1].rstrip(".")
    if before in COURTESY_TITLES:
        return True
    return gender_of(before) is not None and (i == 1 or tokens[i - 2].rstrip(".") in HONORIFICS)


def _given_verb(tokens: list[str], i: int, text: str | None = None) -> bool:
    """Is the headline verb ``tokens[i]`` a given name, right after a short honorific
    or a job title and before a surname ("Sen. Will Marsh", "Minority Leader Will
    Orton")? A headline never writes "Sen." before its verb with no name between; after
    a title ("Leader Will Resign") the next word is a verb when the article writes it
    in lower case (raises :class:`_NeedsText` when that takes the article and ``text``
    is None)."""
    if not 0 < i < len(tokens) - 1:
        return False
    after = tokens[i + 1]
    if after in HEADLINE_VERBS or not _is_name_token(after):
        return False
    if tokens[i - 1].rstrip(".") in DOTTED_HONORIFICS:
        return True
    if tokens[i] not in GIVEN_NAME_VERBS or not _title_word(tokens[i - 1]) or not after.isalpha():
        return False
    if text is None:
        raise _NeedsText
    return not has_word(text, after.lower())


def _national_short(tokens: list[str]) -> bool:
    """Is ``tokens`` a nationality and a word of two letters no given name ("Swiss Re",
    "German Re")? Read as a title and a person's name it leaves "Re" alone, a junk
    label; it is a company's name."""
    if len(tokens) != 2 or len(tokens[1]) > 2 or gender_of(tokens[1]) is not None:
        return False
    return tokens[0].endswith(_NATIONAL_ENDS) or tokens[0] in PLAIN_NATIONALITIES


def _slogan(tokens: list[str], personal: bool) -> bool:
    """Does the run close on a campaign's sentence word ("Tarn Families First", "Vote
    Yes"), with no person opening it and a name word before that word?"""
    before = tokens[-2]
    if personal or tokens[-1] not in SLOGAN_TAILS or before in STOP_WORDS:
        return False
    return before not in TITLE_WORDS and before not in CALENDAR_WORDS


def _title_cut(text: str | None, tokens: list[str]) -> int:
    """How many leading tokens are sentence words or job titles ("Meanwhile Prime
    Minister")."""
    cut = 0
    n = len(tokens)
    for i, tok in enumerate(tokens):
        if i == 0 and tok in _OPENING_CUES and n > 1:
            cut = 1  # `Said Vasquez-Pike: "Q"`: an inverted cue opening the sentence
        elif tok in STOP_WORDS and tok not in HONORIFICS:
            if len(tok) == 1 and 0 < i < n - 1 and tokens[i - 1] not in STOP_WORDS:
                continue  # "Charles A Blixt": a middle initial, not the word "A"
            cut = i + 1
        elif i + 1 < n and (
            _title_word(tok) or tok in ROLE_ACRONYMS or _plural_title(tok, tokens[i + 1 :])
        ):  # ("Plansight CEO Ann Roe": a title in capitals too)
            if i + 2 == n and gender_of(tok):
                continue  # "coordinator Dane Holt": a given name, not "the Dane"
            # "President Bush": keep the title as an honorific before a lone surname.
            keep = tok in TITLE_HONORIFICS and i + 1 == n - 1
            cut = i if keep else i + 1
    if n - cut >= 3 and _role_word(text, tokens[cut]):
        first, name = tokens[cut], tokens[cut + 1 :]
        # "Tory Ilsa Marchetti", but not "New York Times" or "Liberal Democrat David Laws"
        party = (first in ORG_WORDS or first.isupper()) and len(name) == 2
        named = party and _PLAIN.isdisjoint(name) and _is_name_token(name[-1])
        if gender_of(name[0]) or named:  # (not "BBC Radio 1")
            cut += 1  # "Goalscorer Jimmy Floyd Hasselbaink", "Tory Ilsa Marchetti"
    return cut


_CLOSED_PREFIXES: Final = ("Under", "Vice", "Co")  # of TITLE_PREFIXES, written closed too


def _title_word(tok: str) -> bool:
    """A job title word: "Secretary", or one joined to its first half by a hyphen
    ("Under-Secretary", "Vice-president"), which a name never is."""
    if tok in TITLE_WORDS:
        return True
    head, _, last = tok.rpartition("-")
    if head in TITLE_PREFIXES:
        return last in TITLE_WORDS or last.capitalize() in TITLE_WORDS
    return _closed_title(tok)


def _closed_title(tok: str) -> bool:
    """A title written as one word with its first half ("Undersecretary", "Cochair")."""
    for prefix in _CLOSED_PREFIXES:
        if tok.startswith(prefix) and len(tok) >= len(prefix) + 4:
            return tok[len(prefix) :].capitalize() in TITLE_WORDS and tok[len(prefix)].islower()
    return False


def _plural_title(tok: str, rest: list[str]) -> bool:
    """ "Senators" before a given name ("Democratic Senators Ann Roe and ..."): a title
    of several people, the first named next; not "Controllers" of a union's name. A given
    name the lists do not know counts when a whole name follows, two to four name words
    with no body's or title's word among them ("Commissioners Oisin Tarrow")."""
    if tok[-1:] != "s" or tok[:-1] not in TITLE_WORDS:
        return False
    if gender_of(rest[0]) is not None:
        return True
    name = rest[:-1] if rest[-1] in GENERATIONAL else rest
    return 2 <= len(name) <= 4 and _PLAIN.isdisjoint(name) and all(map(_is_name_token, name))


class _NeedsText(Exception):
    """Cleaning a run had to read the article (is a word written in lower case there?)."""


def _role_word(text: str | None, tok: str) -> bool:
    """A capitalised word that is a role ("Goalscorer"), not an unknown first name
    ("Kwabena Mark Osei"): written in lower case elsewhere, or shaped like a role noun.
    Raises :class:`_NeedsText` when that takes the article and ``text`` is None."""
    if gender_of(tok) or _initial(tok) or not tok.isalpha():
        return False
    if tok in ORG_WORDS or tok.isupper():
        return True  # "Tory Liam Fox", "British Ann Bell", "DJ Lisa I'Anson"
    lower = tok.lower()
    if lower.endswith(ROLE_SUFFIXES) and len(tok) >= 6:
        return True
    if text is None:
        raise _NeedsText
    return has_word(text, lower)


def _is_org(after_of: bool, cut: int, rest: list[str]) -> bool:
    """An organisation, place or event rather than a person (no honorific before)."""
    # "Mike Friday", "Theresa May", "Dawn French": a given name makes a day, a month or
    # a nationality word that is also a surname a surname.
    dated = (
        len(rest) == 2
        and (rest[1] in CALENDAR_WORDS or rest[1] in SURNAME_DEMONYMS)
        and gender_of(rest[0]) is not None
    )
    if rest[-1] in GENERATIONAL and len(rest) > 2:
        rest = rest[:-1]  # "Cornelius Abernathy III": "III" is no acronym
    if rest[0] in SAINT_PARTICLES or rest[-1] in SAINT_PARTICLES:
        return True  # "St. Louis", "Elm St.": a place (or a surname named in full here)
    rest = [t for t in rest if t not in NAME_PARTICLES and t not in SAINT_PARTICLES]
    if not rest:
        return True  # ("Luis de la Garza", "Antoine St. Clair")
    if len(rest) == 2 and rest[1].isdigit() and gender_of(rest[0]) is not None:
        return False  # "Andre 3000": a stage name (joined on only when no year)
    if len(rest) > 4 or any((t in ORG_WORDS and not dated) or not _is_name_token(t) for t in rest):
        return True
    if len(rest) > 1 and rest[-1] in COMPANY_WORDS and gender_of(rest[0]) is None:
        return True  # "Calumet Ridge Steel", not "Danielle Steel"
    # "Director of Public Prosecutions", "Bank of England": part of a body's name; but
    # "the emails of Oscar Brandt" names a person (a given name or an initial first).
    return cut == 0 and after_of and not (gender_of(rest[0]) or _initial(rest[0]))


# What cleaning a run keeps: where the name starts and ends in the run (chars), its
# honorific, its name tokens and whether it is an organisation.
_Shape = tuple[int, int, "str | None", tuple[str, ...], bool]
# The same, with what a Mention derives from it (surname, fullness, gender) and the
# name's words: all a Mention holds but where it stands, worked out once per run.
_Kept = tuple[int, int, "str | None", tuple[str, ...], bool, str, bool, "str | None", str, str]
_NEEDS_TEXT: Final[_Kept] = (-1, -1, None, (), False, "", False, None, "", "")
_new: Final = object.__new__
# What each run cleans to when the run alone settles it (most do: the same names recur
# across a corpus, so each is cleaned once), for runs after " of " and the others; a
# plain dict per kind is looked up several times faster than an ``lru_cache`` of two
# arguments, and emptied when full (bounded memory).
_SHAPES: Final[tuple[dict[str, _Kept | None], dict[str, _Kept | None]]] = ({}, {})
_SHAPES_KEPT: Final = 1 << 14
_UNSEEN: Final[_Kept] = (-2, -2, None, (), False, "", False, None, "", "")


def clean_run(
    text: str, start: int, words: str, known: dict[tuple[str, bool], _Kept | None] | None = None
) -> Mention | None:
    """Turn a capitalised run into a person mention, or None when it is not one.

    Drops leading sentence words ("Meanwhile"), job titles ("General Secretary") and
    keeps an honorific ("Mr"); marks organisations and places ("Labour Party") and
    drops events ("Halvorsen Capital Symposium"). ``known`` keeps, for one article,
    the runs that cleaning had to read the article for.
    """
    kept = _kept_run(text, start, words, known)
    return None if kept is None else _built(kept, start)


def _kept_run(
    text: str, start: int, words: str, known: dict[tuple[str, bool], _Kept | None] | None
) -> _Kept | None:
    """What :func:`clean_run` keeps of the run ``words`` at ``start``."""
    if words[1:2] == "-" and words[:1] in "DRI" and words[2:3].isupper():
        return None  # a party tag ("(D-Prince Mill)", ", R-Sierra Alta,"), never a person
    if text.endswith(_DOMAIN_JOINS, 0, start) and words.count(" ") >= 2:
        cut = _office_domain(text, start, words)  # "Secretary of the Interior Jo Lin"
        if cut:
            kept = _kept_run(text, start + cut, words[cut:], known)
            return None if kept is None else (kept[0] + cut, kept[1] + cut, *kept[2:])
    if text.endswith((" on ", " off "), 0, start) and words.rpartition(" ")[2] in STREET_NOUNS:
        return None  # "lives on Tollin Lane": a street, though "Lane" is a surname too
    after_of = text.endswith(" of ", 0, start)
    # (The markers are told by their first field, not by identity: compiled with
    # mypyc, a fixed-length tuple is unboxed and each use of a marker is a new copy.)
    kept = _SHAPES[after_of].get(words, _UNSEEN)
    if kept is not None and kept[0] == _UNSEEN[0]:
        kept = _settled_shape(words, after_of)
    if kept is not None and kept[0] == _NEEDS_TEXT[0]:
        key = (words, after_of)
        if known is None or key not in known:
            kept = _kept(words, _shape(words, after_of, text))
            if known is not None:
                known[key] = kept
        else:
            kept = known[key]
    return kept


def _built(kept: _Kept, start: int) -> Mention:
    """The mention a cleaned run at ``start`` makes."""
    # (Built without __init__: every field is known, and this runs for every run.)
    s, e, honorific, tokens, org, surname, is_full, gender, words, _ = kept
    return Mention(start + s, start + e, words, honorific, tokens, org, (surname, is_full, gender))


# A title written as "<Title> of (the)" or "<Title> for" before a run ("Secretary of the
# Interior ", "Undersecretary for Benefits "): the run opens with the office's domain.
_TITLE_OF: Final = re.compile(r"\b([A-Z][a-z]+) (?:of|for) (?:the )?$")
_DOMAIN_JOINS: Final = (" of ", " of the ", " for ", " for the ")


def _office_domain(text: str, start: int, words: str) -> int:
    """How many chars of the run ``words`` at ``start`` name the domain of a title
    written before it ("Interior " of "Secretary of the Interior Jo Lin", "Homeland
    Security " of "Secretary of Homeland Security Ann Roe"): up to a given name or an
    initial, else all but the last two words; 0 when no title stands before."""
    title = _TITLE_OF.search(text, max(0, start - 40), start)
    if title is None or not _title_word(title.group(1)):
        return 0
    tokens = words.split()
    j = next(
        (k for k in range(1, len(tokens) - 1) if gender_of(tokens[k]) or _initial(tokens[k])),
        len(tokens) - 2,
    )
    return sum(len(t) + 1 for t in tokens[:j])


def _settled_shape(words: str, after_of: bool) -> _Kept | None:
    """:func:`_shape` of a run, when the run alone settles it, else ``_NEEDS_TEXT``
    (kept in ``_SHAPES``)."""
    shapes = _SHAPES[after_of]
    if len(shapes) >= _SHAPES_KEPT:
        shapes.clear()
    try:
        kept = _kept(words, _shape(words, after_of, None))
    except _NeedsText:
        kept = _NEEDS_TEXT
    shapes[words] = kept
    return kept


def _kept(words: str, shape: _Shape | None) -> _Kept | None:
    """``shape`` with what a Mention derives from it, the words it keeps and its name
    tokens joined ("Gerard Coyne", the key a full name is registered by)."""
    if shape is None:
        return None
    s, e, honorific, tokens, org = shape
    derived = _derived(tokens, honorific, org)
    return (s, e, honorific, tokens, org, *derived, words[s:e], " ".join(tokens))


def _shape(words: str, after_of: bool, text: str | None) -> _Shape | None:
    """What :func:`clean_run` keeps of the run ``words`` (``after_of``: it follows
    " of "); ``text`` is the article, None to raise :class:`_NeedsText` if needed."""
    tokens = words.split()
    if len(tokens) > 1 and tokens[-1] in CALENDAR_WORDS and TIME_OPENERS.issuperset(tokens[:-1]):
        return None  # "Late Wednesday": a time
    if len(tokens) == 2 and _PLAIN.isdisjoint(tokens) and not after_of:
        first, last = tokens  # most two-word runs: "Gerard Coyne" (not "Tessaly Action")
        titled = "-" in first and _title_word(first)  # ("Vice-President Roe")
        if _is_name_token(first) and _is_name_token(last) and "." not in first and not titled:
            if last in GROUP_WORDS:
                return _group_name(tokens, after_of)
            # ("San Diego": a city, not a person named "San")
            return 0, len(words), None, (first, last), first in PLACE_OPENERS
    if len(tokens) > 1:
        tokens = _trim(tokens, text)
        words = " ".join(tokens)
        if any(t in EVENT_WORDS for t in tokens):
            return None  # a symposium or a cup final says nothing
    if len(tokens) == 1:  # most runs: one capitalised word
        if words in STOP_WORDS or _title_word(words) or len(words.rstrip(".")) < 2:
            return None  # ("C." of "C.E.O." is nobody)
        org = words in ORG_WORDS or not _is_name_token(words)
        return 0, len(words), None, (words,), org
    group = _group_name(tokens, after_of)
    if group:
        return group
    cut = _street_cut(tokens)
    cut += _title_cut(text, tokens[cut:])
    honorific = None
    for i in range(len(tokens) - 2, cut - 1, -1):
        if tokens[i].rstrip(".") in HONORIFICS:
            honorific = tokens[i].rstrip(".")
            cut = i
            break
    rest = tokens[cut + (1 if honorific else 0) :]
    if honorific is None and cut == 1 and _national_short(tokens):
        return 0, len(words), None, tuple(tokens), True  # "Swiss Re": a company
    if honorific is None and len(rest) >= 4 and not _plural_body(rest[-1]):
        cut, rest = _past_body(text, cut, rest)
    if not rest or len(rest) > 6 or any(t in STOP_WORDS and len(t) > 1 for t in rest):
        return None
    if honorific is None and _title_word(rest[-1]):
        return None  # "Regional Secretary", "Chief Executive": a job, not a name
    if honorific is None and rest[-1] in BODY_NAME_HEADS:
        while cut and tokens[cut - 1].endswith(_NATIONAL_ENDS) and tokens[cut - 1] in TITLE_WORDS:
            cut -= 1  # "(The) American Gas Council": a nationality opening a body's name
            rest = tokens[cut:]
    org = honorific is None and _is_org(after_of, cut, rest)
    # Tokens are separated by exactly one space in a run.
    s = sum(len(t) + 1 for t in tokens[:cut])
    return s, len(words), honorific, tuple(rest), org


def _past_body(text: str | None, cut: int, rest: list[str]) -> tuple[int, list[str]]:
    """``cut`` and ``rest`` moved past a party, place or body (and a title) before a
    name: "Liberal Democrat David Laws", "Federal Emergency Management Agency
    Administrator Ann Roe" (not "Tarn County Public Schools": a body's plural ends no
    person's name, which the caller checks)."""
    last_org = max((i for i, t in enumerate(rest) if t in ORG_WORDS), default=-1)
    if 0 <= last_org <= len(rest) - 3:
        cut += last_org + 1
        rest = rest[last_org + 1 :]
        if len(rest) >= 3 and _role_word(text, rest[0]):
            cut += 1  # "New Yorker Dick Morris"
            rest = rest[1:]
    return cut, rest


def _plural_body(tok: str) -> bool:
    """The plural of a body's word ("Schools", "Hospitals"): a run ending on it names
    the bodies whole, never a person."""
    return tok[-1:] == "s" and tok[:-1] in ORG_WORDS


def _group_name(tokens: list[str], after_of: bool) -> _Shape | None:
    """A group's whole name, when the run is one: it ends in a group's word ("The
    Frontera Justice Project": no judge "Justice" before a surname "Project") or holds
    a possessive ("Save Our Neighborhood Schools": a campaign, not "Neighborhood
    Schools"). Only sentence words opening the run are dropped ("The"). None when the
    run is no such name."""
    last = tokens[-1]
    slogan = last in SLOGAN_TAILS and tokens[-2] not in STOP_WORDS  # (kept by _trim)
    owned = any(t in _RUN_POSSESSIVES for t in tokens[1:-1])
    if last not in GROUP_WORDS and not slogan and not owned:
        return None
    cut = 0
    while cut < len(tokens) - 1 and tokens[cut] in STOP_WORDS:
        cut += 1
    rest = tokens[cut:]
    if len(rest) < 2:
        return None  # ("The Caucus": a noun phrase, read by the general rules)
    s = sum(len(t) + 1 for t in tokens[:cut])
    return s, s + len(" ".join(rest)), None, tuple(rest), _is_org(after_of, cut, rest)


def _person_later(text: str, m: Mention) -> bool:
    """Is a name after "of" that cleaning took for a body ("the house of Bobbie Jo
    Sturgill": no given name it knows) a person after all: a body's name but for
    following "of", and its last word used for a person elsewhere ("Sturgill, 41,
    said", "Ms. Sturgill")?"""
    if len(m.tokens) > 3 or _is_org(False, 1, list(m.tokens)):
        return False
    # (What ``\b(?:M[rs]s?\.? S\b|S(?:, \d{1,3},| said\b| says\b))`` finds, found from
    # each place the surname stands: no pattern compiled per surname.)
    return _surname_of_person(text, m.surname)


def _surname_of_person(text: str, s: str, after: re.Pattern[str] | None = None) -> bool:
    """Does the article use the word ``s`` alone as a person's surname ("Ms. Sturgill",
    "Sturgill, 41,", "Sturgill said"; ``after``: what else may follow it)?"""
    after = after or _PERSON_AFTER
    i = text.find(s)
    while i >= 0:
        end = i + len(s)
        if _MR_BEFORE.search(text, max(0, i - 6), i) and _boundary(text, end):
            return True  # "Ms. Sturgill"
        if _boundary(text, i) and after.match(text, end):
            return True  # "Sturgill, 41,", "Sturgill said"
        i = text.find(s, i + 1)
    return False


def _demonym_person(text: str, m: Mention) -> bool:
    """Is a run cleaning took for a place ("Kanye West", "Comic Tom English": a compass
    or nationality word last) a person: a given name before that word, one the lists
    know opening a longer run, or any name word when the article uses the last word
    alone for a person ("West, 26,", "West said")? Not "Ealing North", "London Irish"."""
    tokens = m.tokens
    if m.honorific or len(tokens) < 2 or tokens[-1] not in SURNAME_DEMONYMS:
        return False
    given = tokens[-2]
    if given in _PLAIN or not given.isalpha() or given.isupper() or given in SURNAME_DEMONYMS:
        return False
    if gender_of(given):
        return len(tokens) > 2  # (two words: _is_org keeps "Ada North" a person already)
    return _surname_of_person(text, tokens[-1], _SPEAKER_AFTER)


def _demonym_cut(m: Mention) -> Mention:
    """``m`` as the person its last two words name ("Tom English" of "Comic Tom English")."""
    name = " ".join(m.tokens[-2:])
    skip = len(m.words) - len(name)
    return Mention(m.start + skip, m.end, name, None, m.tokens[-2:])


_MR_BEFORE: Final = re.compile(r"\bM[rs]s?\.? \Z")
_PERSON_AFTER: Final = re.compile(r", \d{1,3},| said\b| says\b")
# The same, with more of what only a person does next ("West added:", "North told").
_SPEAKER_AFTER: Final = re.compile(r", \d{1,3},| (?:said|says|added|adds|told|tells)\b")


def _boundary(text: str, at: int) -> bool:
    """Is there a word boundary (``\\b``) at ``at``?"""
    before = at > 0 and is_word_char(text[at - 1])
    return before != (at < len(text) and is_word_char(text[at]))


def _body_glued(text: str, m: Mention) -> bool:
    """ "the union Unison Dave Pell": a body's name (after a noun of its kind) glued to
    a person's full name opened by a known given name."""
    if m.org or m.honorific or len(m.tokens) != 3 or gender_of(m.tokens[0]):
        return False
    if not gender_of(m.tokens[1]):
        return False
    return _BODY_KIND_BEFORE.search(text, max(0, m.start - 20), m.start) is not None


def _office_word_cut(text: str, m: Mention, glued: bool = False) -> Mention:
    """``m`` as a person, without a first word the article writes in lower case too
    (the end of an office's name: "State" of "Secretary of State Ben Ortega"), or
    (``glued``) a body's name before it ("union Unison Dave Pell")."""
    first = m.tokens[0]
    if len(m.tokens) == 3 and not gender_of(first) and (glued or has_word(text, first.lower())):
        skip = len(first) + 1
        return Mention(m.start + skip, m.end, m.words[skip:], None, m.tokens[1:])
    return Mention(m.start, m.end, m.words, m.honorific, m.tokens)


def _street_cut(tokens: list[str]) -> int:
    """How many leading tokens name a street or a city before the name ("Elm St. Orla
    Brennock", "St. Louis Mayor Ann Roe"): "St." inside a surname is followed by one
    word only ("Antoine St. Clair")."""
    for i, tok in enumerate(tokens[:-2]):
        if tok in SAINT_PARTICLES:
            return i + 1
    return 0


# "His wife, Denise,", "Mr Begg's father, Azmat,": a relative's first name in apposition
# (group 1: the owner's surname when written; group 2: the first name).
# (Found from the first name's commas, a literal the regex engine skips to at C speed;
# the relative is then read before it: searching for the relative first cost 20 times more.)
_APPOSED_WORD: Final = re.compile(r", ([A-Z][a-z]+),")
_KIN_NOUNS: Final = (
    "wife|husband|son|daughter|father|mother|brother|sister|grandson|granddaughter|"
    "grandfather|grandmother|widow"
)
_KIN_BEFORE: Final = re.compile(rf"(?:\b([A-Z][\w-]+)['’]s?|\b[Hh](?:is|er)) (?:{_KIN_NOUNS})$")
# "Mr Eavis' daughter Emily said", "Nogar's son Stephen, 57,": a given name right after
# the kin noun, no family name after it (not "his son Daniel Roe").
# "Francesca, 58, who goes by Frankie,", "Roe, known to friends and colleagues as Theo,":
# group 1 the name written before, group 2 the one-word nickname.
_GOES_BY: Final = re.compile(
    r"\b([A-Z][\w'’-]+)(?:, \d{1,3})?,? (?:who (?:goes|went) by|(?:better |widely )?known "
    r"(?:to [a-z ]{1,40} )?as) ([A-Z][a-z]+)\b(?![\w'’-]| [A-Z])"
)
# Words every _GOES_BY match holds: an article without them is not scanned.
_GOES_BY_WORDS: Final = ("who goes by", "who went by", "known ")
# (The space before the kin noun is matched, not looked behind at: a leading look-behind
# is tried at every position of an article, the literal space skipped to at C speed.)
_KIN_GIVEN: Final = re.compile(rf" (?:{_KIN_NOUNS}) ([A-Z][a-z]+)(?![\w'’-]| [A-Z])")
# A relative brought in before their name ("His son, (Daniel Roe)", "Roe's granddaughter,").
_KIN_INTRO: Final = re.compile(
    r"(?:\b[A-Z][\w-]+['’]s?|\b[Hh](?:is|er)|\b[Tt]heir) (son|daughter|father|mother|"
    r"grandson|granddaughter|grandfather|grandmother|nephew|niece|uncle|aunt)$"
)
# A relative named in full after their kin noun: "her husband, (Pieter Achterberg)",
# "Cárdenas' husband, (Joaquín Cárdenas)" (group 1: the noun, which tells the gender).
_KIN_APPOSED: Final = re.compile(
    r"(?:\b[A-Z][\w-]+['’]s?|\b[Hh](?:is|er)|\b[Tt]heir) (wife|husband|son|daughter|father|"
    r"mother|brother|sister|widow), $"
)
_YOUNGER_KIN: Final = frozenset(("son", "daughter", "grandson", "granddaughter", "nephew", "niece"))
_CAPITAL_WORD: Final = re.compile(r"\b[A-Z][\w'’-]+")
_KIN_REACH: Final = 40  # chars before the first name: "Mr Begg's father"
# A sentence closed inside a quote's closing mark (`better'." The`): no ". " there.
_SENTENCE_CLOSE: Final = re.compile(r"[.!?]['’\"”]+\s")
# A peer's title: "Lord Nicholls of Birkenhead", "Baroness Royall of Blaisdon".
# (Each title opens with its bare letter, the word boundary before it checked behind
# it: the engine skips ahead to those letters, where a leading "\b" is tried at every
# position of the article.)
_PEERAGE: Final = re.compile(
    r"(?:L(?<!\wL)(?:ord|ady)|B(?<!\wB)aroness) ([A-Z][a-z]+) of [A-Z][a-z]+\b"
)
# "(CBO)" right after the words it stands for.
# (It opens with the bracket, so the engine skips ahead to brackets; the acronym is group 1.)
_ACRONYM: Final = re.compile(r"\((?<=\w[\s'’]\()([A-Z][A-Z&]{1,7})\)")
_SMALL: Final = frozenset(("of", "and", "for", "the", "on", "&"))


def _spelt_out(before: str, acronym: str) -> str | None:
    """The capitalised words ending ``before`` whose initials spell ``acronym``
    ("British Bankers' Association" for "BBA"), or None."""
    words = before.rstrip().removesuffix("'s").removesuffix("’s").split()
    letters = [c for c in acronym if c != "&"]
    picked: list[str] = []
    k = len(letters)
    for word in reversed(words):
        if k == 0:
            break
        if word.lower() in _SMALL and picked:
            picked.append(word)
            continue
        if word[:1] != letters[k - 1]:
            return None
        picked.append(word)
        k -= 1
    if k or not picked or picked[-1].lower() in _SMALL:
        return None
    return " ".join(reversed(picked))


# A wire story's dateline opening its first paragraph: a place in capitals, perhaps its
# state or country (or a wire's date) and the agency, then a dash ("ST. LOUIS, Mo. (AP)
# — ", "WASHINGTON, March 4 (Reuters) - ").
_DATELINE: Final = re.compile(
    r"[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3}(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2})?"
    r"(?: \d{1,2})?(?: \([A-Za-z ]{2,20}\))? ?(?:—|–|--?) "
)
# After a witness's name: a clause set off, then "testified" ("Ann Roe, who ..., testified").
_TESTIFIED: Final = re.compile(r"(?:,[^.;,]{1,120},)? (?:also |later |had )?testified\b")
_SENTENCE_OPENS: Final = re.compile(r"(?:^|\n|[.!?][\"”’]? )$")
_EXCHANGE_REACH: Final = 600  # chars back to a role's holder an exchange goes on with
_DATELINE_PARAGRAPHS: Final = 3  # a headline and a byline may come before it


def dateline_end(article: Article) -> int:
    """Where the dateline ends, 0 when the story has none. Its capitals name where the
    story was filed, never a speaker: "WASHINGTON (AP) — The president vetoed ...,
    saying" is the president's."""
    text = article.text
    for p in article.paragraphs[:_DATELINE_PARAGRAPHS]:
        if p.kind == "body" and text[p.start : p.start + 2].isupper():
            m = _DATELINE.match(text, p.start, p.end)
            return m.end() if m else 0
    return 0


def find_mentions(text: str, lo: int = 0, hi: int | None = None) -> list[Mention]:
    """Person-like name mentions in ``text[lo:hi]``, in order."""
    hi = len(text) if hi is None else hi
    found = []
    for m in _RUN.finditer(text, lo, hi):
        mention = clean_run(text, m.start(), m.group())
        if mention is not None:
            found.append(mention)
    return found


class ArticleNames:
    """Every person named in one article, to resolve short forms and pronouns."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = text = article.text
        # Raw capitalised runs; most are one word ("The", "Labour") and are only
        # cleaned when a look-up needs them. Runs of two or more words are cleaned
        # now: they introduce full names ("Gerard Coyne") and honorifics ("Mr").
        self.starts, words = _capitalised_runs(article)
        self.runs: list[tuple[int, str]] = list(zip(self.starts, words, strict=True))
        # Full stops after a name's last letter that end a sentence (see _unglued).
        self.letter_stops = frozenset(
            s + len(w)
            for s, w in self.runs
            if w[-2:-1] == " " and w[-1].isupper() and text.startswith(". ", s + len(w))
        )
        self._numbered: dict[str, str] = {}  # "Radio 1" -> "BBC Radio 1"
        self._mentions: dict[int, Mention | None] = {}
        self._known: dict[tuple[str, bool], _Kept | None] = {}  # (clean_run's)
        self._words: frozenset[str] | None = None  # every \w+ word, built on first need
        self.full: dict[str, list[tuple[int, str]]] = {}  # surname -> (pos, full name)
        self._forms: dict[str, list[str]] = {}  # surname -> its distinct full names
        self._peer_titles: dict[str, str] | None = None  # read on first use (_peers)
        self.gender: dict[str, str] = {}
        # Where the first line ends (-1: the text is one line), read once: asked for each
        # full name, a scan per name was quadratic in a text of one long line.
        self._first_newline = text.find("\n")
        # Titles of works here ("the hit Hey Now"): no person wherever they stand.
        self._works: frozenset[str] = self._work_titles()
        fuller: dict[str, str] = {}  # a form -> the same person's fullest form here
        self._multi: list[Mention] = []  # the cleaned runs of 2+ words, in order
        gendered = self._clean_multi([i for i, w in enumerate(words) if " " in w], fuller)
        self._bodies: list[tuple[int, str]] | None = None  # read on first use
        self._nicknamed_at: dict[int, str] = {}  # "Gov. Margaret" of `... "Peg" Halvorsen`
        self._aka: dict[str, str] = {}  # "Frankie Whitlock" -> "Francesca Whitlock"
        if '" ' in text or "” " in text or "’ " in text:
            self._nicknamed(fuller)
        # Pairs named together, where each occurrence is: (start, end, "Herbert and June
        # Albrecht", surname).
        self.couples: list[tuple[int, int, str, str]] = []
        if " and " in text:
            self._couples(fuller)
        if " by " in text or " as " in text:
            self._goes_by(fuller)
        self._kin_gender: dict[str, str] = {}  # "Denise Thibodeau" -> "f" ("His wife, Denise,")
        self._kin: dict[str, str] = self._kin_named()  # "Denise" -> "Denise Thibodeau"
        if fuller:
            self._use_fullest(fuller)
        self._settle_names(gendered)

    def _settle_names(self, gendered: list[Mention]) -> None:
        """The article's people settled after their forms are read: married names, look-ups
        by surname and first name, genders, and names shown to be people's by how they are
        given."""
        self._married: dict[str, str] = {}  # "Evelyn Ann Strand" -> "Evelyn Strand-Okoro"
        self._use_married()
        # Per surname: where its full names occur, and the name when there is only one
        # (a long article names the same person thousands of times; keep look-ups cheap).
        self._full_starts = {s: [pos for pos, _ in opts] for s, opts in self.full.items()}
        # (A surname's full names are its forms: read the few forms, not every mention.)
        self._only_name = {
            s: forms[0] if len(forms) == 1 or len(set(forms)) == 1 else None
            for s, forms in self._forms.items()
        }
        self._init_lookups()
        self._by_first: dict[str, str] = self._unique_firsts()
        self._kin_told: dict[str, str | None] = {}  # name -> gender its kin noun tells
        self._read_genders(gendered)
        # "He gave his name only as Walt", "Ignatz, 34, said": names shown to be people's
        # by how they are given, so "Walt overheard her" is a person acting.
        self._given: dict[str, str] = given_alone(self.text)
        self.gender.update((n, g) for n, g in self._given.items() if g and n not in self.gender)

    def _init_lookups(self) -> None:
        """The look-ups' caches, empty until first asked: most articles need few of them,
        so none is read up front."""
        self._titles: dict[str, list[str]] | None = None  # read on first use (by_title)
        self._seen_at: dict[str, list[int]] | None = None  # read on first use (people_at)
        self._ties: dict[str, set[str]] = {}  # role -> holders, offices written as honorifics too
        self._written: dict[str, set[str]] = {}  # role -> holders, ties written out
        self._tied_at: dict[tuple[str, str], int] = {}  # (role key, holder) -> first tie
        self._acronyms: dict[str, str] | None = None  # read on first use
        self._lead: str | None = None  # read on first use (lead_person)
        self._main: str | None = None  # read on first use (main_person)
        self._typos: dict[str, str | None] = {}  # surname -> the name it misspells
        self._bare_meant: dict[str, str | None] = {}  # (_first_meant's answers)
        self._shorts: dict[str, str | None] = {}  # "Voltaris" → "Voltaris Motors"
        self._longer: dict[str, bool] = {}  # _opens_longer's answers
        self._called: set[tuple[str, str]] = set()  # (name, gender) "Mr./Ms. X" meant

    def _work_titles(self) -> frozenset[str]:
        """The name words of each run of two words or more that a verb or noun of works
        opens ("released Hey Now", "the album Blue Yonder"), unless a given name or an
        honorific opens it. (One word may be a body told what to do, "directed Meridian
        to", and stays a work only where the verb stands: ``_titled_work``.)"""
        works: set[str] = set()
        text = self.text
        for start, words in self.runs:
            if " " not in words or text[start - 1 : start] != " " or not "A" <= words[0] <= "Z":
                continue  # (a title follows the verb's space; its first letter is A-Z)
            if not _WORK_TITLE_BEFORE.search(text, max(0, start - _WORK_TITLE_REACH), start):
                continue
            if text.startswith(" to ", start + len(words)):
                continue
            shape = _kept_run(text, start, words, self._known)
            if shape is not None and shape[2] is None and not gender_of(shape[3][0]):
                works.add(shape[9])
        return frozenset(works)

    def _unique_firsts(self) -> dict[str, str]:
        """A first name -> the one full name here it begins (or the relative named by it),
        so a first name alone ("Denise said") finds its person."""
        firsts: dict[str, set[str]] = {}
        for forms in self._forms.values():
            for name in forms:
                firsts.setdefault(name.split()[0], set()).add(name)
        by_first = {f: next(iter(n)) for f, n in firsts.items() if len(n) == 1}
        for first, name in self._kin.items():
            by_first.setdefault(first, name)
        for nicked, name in self._aka.items():  # "Frankie" of "Frankie Whitlock"
            nick = nicked.split()[0]
            if firsts.get(nick, {name}) == {name}:
                by_first.setdefault(nick, name)
        return by_first

    def _read_genders(self, gendered: list[Mention]) -> None:
        """Genders from honorifics: a full name's own ("Ms. Ann Roe"), then a surname's
        when it points to one person ("Mr. Roe"), noting which "Mr./Ms. X" meant whom."""
        for m in gendered:
            if m.is_full:
                self.gender.setdefault(" ".join(m.tokens), m.gender or "")
        for m in gendered:
            # ("Mr. Roe" among several Roes proves nothing, nor "the elder Mr. Roe")
            if self._one_before(m) and not self._generation_word(m.start):
                name = self.resolve(m)
                self.gender.setdefault(name, m.gender or "")
                if not m.is_full and m.gender and m.surname in self.full:  # not "Sir Ian"
                    self._called.add((name, m.gender))

    def _told_by_kin(self, name: str) -> str | None:
        """ "her husband, Pieter Achterberg", "Cárdenas' husband, Joaquín Cárdenas": a
        person of no known gender named in full right after a kin noun is of the noun's
        gender (read when first asked: most first names tell it already)."""
        if name in self._kin_told:
            return self._kin_told[name]
        told = None
        for at in self._kin_spots(name):
            kin = _KIN_APPOSED.search(self.text, max(0, at - _KIN_REACH), at + 2)
            if kin is not None:
                told = KIN_GENDER[kin.group(1)]
                break
        self._kin_told[name] = told
        return told

    def _kin_spots(self, name: str) -> Iterator[int]:
        """Where a kin noun may appose ``name`` (the ", " before it): in full, then (a
        couple's "Her husband, Murray, 61") by the first name alone when no one else here
        bears it. Plain string search: a pattern compiled per name cost more than the
        search (thousands of names per corpus)."""
        text = self.text
        yield from _literal_spots(text, ", " + name)
        first = name.split(" ", 1)[0]
        if first != name and first[:1].isupper():
            bearers = {n for names in self.full.values() for _, n in names if n.split()[0] == first}
            if bearers <= {name}:
                after = len(first) + 2
                for at in _literal_spots(text, ", " + first):
                    if text[at + after : at + after + 1] in (",", "."):
                        yield at

    def twin(self, m: Mention, name: str) -> str | None:
        """The other person a bare surname may mean, of the two sharing it here who are of
        different genders ("Rosa Elena Cárdenas" and her husband "Joaquín Cárdenas"):
        "she" after "Cárdenas pulled on her hat" tells which (None: no such pair)."""
        if m.honorific is not None or self._only_name.get(m.surname, "") is not None:
            return None  # (one person, or a surname no full name here has)
        others = set(self._forms[m.surname])
        others.discard(name)
        if len(others) != 1:
            return None
        other = others.pop()
        mine, theirs = self.gender_of(name), self.gender_of(other)
        return other if mine and theirs and mine != theirs else None

    def _clean_multi(self, multi: list[int], fuller: dict[str, str]) -> list[Mention]:
        """Clean the runs of two or more words (indexes ``multi``), registering the
        full names among them; returns those with a gendered honorific ("Mr Coyne")."""
        text, runs, cleaned, kept = self.text, self.runs, self._mentions, self._multi
        known, forms_of, full = self._known, self._forms, self.full
        gendered = []
        for i in multi:
            start, words = runs[i]
            shape = _kept_run(text, start, words, known)
            if shape is None:
                cleaned[i] = None
                continue
            m = cleaned[i] = _built(shape, start)
            if shape[9] in self._works or self._titled_work(m, start):
                cleaned[i] = None  # "who presents The Weakest Hour": a show, no person
                continue
            name = shape[9]  # " ".join(m.tokens), kept with the shape
            if _body_glued(text, m):
                m = cleaned[i] = _office_word_cut(text, m, glued=True)
                name = " ".join(m.tokens)
            if m.org and _demonym_person(text, m):
                m = cleaned[i] = _demonym_cut(m)  # "Kanye West", "Comic Tom English"
                name = " ".join(m.tokens)
            if m.org:
                if text.endswith(" of ", 0, start) and _person_later(text, m):
                    # "What's left of Bobbie Jo Sturgill's house": a person; "Secretary of
                    # State Ben Ortega said": the office's last word goes ("state" is a word).
                    m = cleaned[i] = _office_word_cut(text, m)
                    name = " ".join(m.tokens)
                elif m.tokens[-1].isdigit():
                    short = " ".join(m.tokens[-2:])
                    if len(m.tokens) > len(self._numbered.get(short, short).split()):
                        self._numbered[short] = name
            kept.append(m)
            if m.is_full and not _body_tail(text, start) and not self._headline_words(m):
                forms = forms_of.get(m.surname)
                if forms is not None and name in forms:  # (most: a form met before)
                    full[m.surname].append((m.start, name))
                else:
                    self._register(m.start, m.surname, name, fuller)
            if m.gender is not None:  # (a gendered honorific: "Mr", "Lady")
                gendered.append(m)
        return gendered

    def _headline_words(self, m: Mention) -> bool:
        """Is ``m`` a headline's Title-Case words, not a name ("Latest Opera browser
        gets vocal")? It is in the first line, and its first word, no given name, is
        written in lower case in the story ("The latest version")."""
        if m.start > self._first_newline or gender_of(m.tokens[0]) or m.honorific:
            return False
        return self._common_word(m.tokens[0])

    def _one_before(self, m: Mention) -> bool:
        """Does at most one person named in full before ``m`` share its surname?"""
        if m.is_full or self._only_name.get(m.surname) or m.surname not in self.full:
            return True
        before = bisect.bisect_right(self._full_starts[m.surname], m.start)
        return len({name for _, name in self.full[m.surname][:before]}) <= 1

    def _register(self, pos: int, surname: str, raw: str, fuller: dict[str, str]) -> None:
        """Record a full name met at ``pos`` under its surname, as the form it was first
        named in (``fuller`` notes a fuller form of the same person met later)."""
        forms = self._forms.setdefault(surname, [])
        if raw in forms:  # (most calls: a form met before, never fuller than itself)
            self.full[surname].append((pos, raw))
            return
        if _longer_with_tail(raw, forms):
            return  # "Quintero Salcedo said" after "Rodrigo Quintero Salcedo": no new person
        name = _same_as(raw, forms)
        if name not in forms:
            forms.append(name)
        elif len(raw.split()) > len(fuller.get(name, name).split()):
            fuller[name] = raw  # "Colt J. Wainscott" after the headline's "Colt Wainscott"
        self.full.setdefault(surname, []).append((pos, name))

    def _nicknamed(self, fuller: dict[str, str]) -> None:
        """Full names written with a nickname in quotes (`Josephine "Jo" Okafor`), which
        no capitalised run holds whole: "Josephine Okafor"."""
        added = set()
        found = [m for mark, rx in _NICKNAMED if mark in self.text for m in rx.finditer(self.text)]
        for m in sorted(found, key=lambda m: m.start()) if len(found) > 1 else found:
            first = _LAST_WORD.search(self.text, max(0, m.start() - 30), m.start())
            if first is None or first.group() in STOP_WORDS or first.group() in TITLE_WORDS:
                continue
            surname = m.group(1)  # "Okafor", "Van der Berg"
            last = surname.rsplit(" ", 1)[-1]
            self._register(first.start(), last, f"{first.group()} {surname}", fuller)
            added.add(last)
            words = self.text[first.start() : m.end()]
            tokens = (first.group(), *surname.split())
            named = Mention(first.start(), m.end(), words, None, tokens)
            bisect.insort(self._multi, named, key=_start)  # (for role ties)
            self._join_nickname(m.start() - 1, surname)
            nick = self.text[m.start() + 1 : m.start(1) - 2].rstrip(".,")
            self._nick_alias(f"{nick} {surname}", f"{first.group()} {surname}", fuller)
        for surname in added:
            self.full[surname].sort()

    def _nick_alias(self, nicked: str, name: str, fuller: dict[str, str]) -> None:
        """`Robert "Bobby" Roe` and "Bobby Roe" elsewhere (a headline, a caption): the
        nickname with the surname is the same person, named by the full name."""
        if nicked != name and nicked in self._forms.get(nicked.rsplit(" ", 1)[-1], ()):
            fuller[nicked] = self._aka[nicked] = fuller.get(name, name)

    def _goes_by(self, fuller: dict[str, str]) -> None:
        """ "Francesca, 58, who goes by Frankie," / "Mr. Roe, known to friends as Theo,":
        the nickname with the surname ("Frankie Whitlock", as the story later names her)
        is the same person as the full name, not a second one."""
        if not any(w in self.text for w in _GOES_BY_WORDS):
            return  # (most articles: a substring test, not a scan trying every position)
        for m in _GOES_BY.finditer(self.text):
            word, nick = m.group(1), m.group(2)
            if nick in STOP_WORDS or nick in TITLE_WORDS or nick == word:
                continue
            full = {f for f in self._forms.get(word, ()) if f.split()[0] != nick}
            if not full:  # (a given name: the one full name it opens)
                full = {f for fs in self._forms.values() for f in fs if f.split()[0] == word}
            if len(full) != 1:
                continue
            name = full.pop()
            nicked = f"{nick} {name.split(' ', 1)[1]}"
            surname = name.rsplit(" ", 1)[-1]
            if nicked in self._forms.get(surname, ()):
                fuller[nicked] = self._aka[nicked] = fuller.get(name, name)

    def _couples(self, fuller: dict[str, str]) -> None:
        """ "Herbert and June Albrecht": a given name joined to a full name shares its
        surname (a couple, siblings), as a reader takes it; "Herbert Albrecht" is named
        in full."""
        added = set()
        for m in self._multi:
            if m.start < 6 or not self.text.endswith(" and ", 0, m.start):
                continue
            if len(m.tokens) != 2 or not (m.is_full or m.honorific is None):
                continue  # ("June Albrecht": a body's name by the name lists alone; not
                # "Charles and Camilla Parker Bowles": a surname of two words)
            first = _LAST_WORD.search(self.text, max(0, m.start - 25), m.start - 4)
            if first is None:
                continue
            if gender_of(first.group()) is None and f"{first.group()} {m.surname}" not in self.text:
                continue  # (a given name known as one, or written before the surname
                # elsewhere: not "Labour and John Roe")
            if self._name_before(first.start()):
                continue  # "Matt Lucas and David Walliams": a full name, not a couple
            # (The pair tells the other's first word is a given name too: "June".)
            for pos, name in ((first.start(), first.group()), (m.start, m.tokens[0])):
                self._register(pos, m.surname, f"{name} {m.surname}", fuller)
            added.add(m.surname)
            label = f"{first.group()} and {m.tokens[0]} {m.surname}"
            self.couples.append((first.start(), m.end, label, m.surname))
        for surname in added:
            self.full[surname].sort()

    def _name_before(self, at: int) -> bool:
        """Does a capitalised word of a name end just before ``at`` ("Matt Lucas and
        ...")? A sentence's opening connective is none ("When Ann and Ed Roe ...")."""
        before = _CAPITAL_BEFORE.search(self.text, max(0, at - 25), at)
        return before is not None and before.group().strip().lower() not in SUBJECT_OPENERS

    def _kin_named(self) -> dict[str, str]:
        """ "His wife, Denise,", "Mr Begg's father, Azmat,": a relative given by first
        name takes the family name of the person they are the relative of (the one named
        in full last before, for "his"/"her"), as a reader would. (Only the first name
        is mapped: the owner's surname keeps meaning the owner.)"""
        kin: dict[str, str] = {}
        text = self.text
        given = [(m.start(1) - 1, m) for m in _KIN_GIVEN.finditer(text)]
        for at, m in [(m.start(), m) for m in _APPOSED_WORD.finditer(text)] + given:
            relative = _KIN_BEFORE.search(text, max(0, at - _KIN_REACH), at)
            if relative is None:
                continue
            owner = relative.group(1)
            if owner is None:
                # (A given name with no commas around it: "his" only by its own
                # sentence, no guess from further back.)
                owner = self._owner_in_sentence(relative, m.re is _APPOSED_WORD)
            first = m.group(1)
            if owner is None or owner not in self.full or first in _PLAIN or first in ORG_WORDS:
                continue
            if m.re is _KIN_GIVEN and re.search(rf"\b{first} [A-Z]", text):
                continue  # ("his son Nick" where a Nick Vaughan is named: whose is unsure)
            kin.setdefault(first, f"{first} {owner}")
            noun = relative.group().rsplit(" ", 1)[-1]
            if noun in KIN_GENDER:
                self._kin_gender.setdefault(f"{first} {owner}", KIN_GENDER[noun])
        return kin

    def kin_called(self, first: str) -> str | None:
        """The relative a kin apposition calls by this given name ("his wife, Sue," →
        "Sue Roe"), or None."""
        return self._kin.get(first)

    def _owner_in_sentence(self, relative: re.Match[str], guess: bool = True) -> str | None:
        """Whose relative "his wife"/"her son" (``relative``) is: the one person its own
        sentence names before it, by a surname named in full here, whose given name
        does not tell the other gender ("Roe said he and his wife, Sue,": Roe); else
        (nobody there, or several) the person named in full last before."""
        text, at = self.text, relative.start()
        lo = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
        closed = _SENTENCE_CLOSE.search(text, lo, at)  # ("... the better'." The speech")
        while closed is not None:
            lo, closed = closed.end(), _SENTENCE_CLOSE.search(text, closed.end(), at)
        want = "m" if text[at + 1 : at + 3] == "is" else "f"
        named = set()
        for m in _CAPITAL_WORD.finditer(text, lo, at):
            surname = m.group()[:-2] if m.group().endswith(("’s", "'s")) else m.group()
            opts = self.full.get(surname)
            if opts and gender_of(opts[-1][1].split()[0]) in (None, want):
                named.add(surname)
        if len(named) == 1:
            return named.pop()
        return self._last_full_before(at, want) if guess else None

    def _last_full_before(self, pos: int, want: str) -> str | None:
        """The surname of the person named in full last before ``pos`` who may own a
        "her"/"his" of gender ``want``: by a given name known as one of that gender
        (not "Red Sox"); failing any, by one of no known gender that its own sentence
        calls "she"/"he" ("Marlys Oberholtzer, 71, said she had been leaning ... Her
        husband, Leon,": not the man named in full before her)."""
        for loose in (False, True):
            best, found = -1, None
            for surname, opts in self.full.items():
                k = bisect.bisect_left(opts, (pos, "")) - 1
                while k >= 0 and not self._may_own(opts[k][0], opts[k][1], want, loose):
                    k -= 1
                if k >= 0 and opts[k][0] > best:
                    best, found = opts[k][0], surname
            if found is not None:
                return found
        return None

    def _may_own(self, at: int, name: str, want: str, loose: bool) -> bool:
        """Whether ``name`` named at ``at`` is a person of gender ``want``: by its given
        name, else (``loose``) by the pronoun of that gender its own sentence uses."""
        known = gender_of(name.split()[0])
        if known is not None or not loose:
            return known == want
        end = self.text.find(". ", at, at + 300)  # (a sentence's reach: never the text)
        end = at + 300 if end < 0 else end
        pronoun = " she " if want == "f" else " he "
        return pronoun in self.text[at:end].replace("\n", " ")

    def _join_nickname(self, end: int, surname: str) -> None:
        """The run ending right before a nickname ("Former Gov. Margaret" of `Former Gov.
        Margaret "Peg" Halvorsen`) names the whole person, "Margaret Halvorsen" ("Gov.
        Margaret" was a person of its own)."""
        i = bisect.bisect_right(self.starts, end) - 1
        if i < 0 or self.runs[i][0] + len(self.runs[i][1]) != end:
            return
        m = self.mention(i)
        if m is None or m.org or len(m.tokens) != 1:
            return
        self._nicknamed_at[m.start] = f"{m.tokens[0]} {surname}"

    def _use_fullest(self, fuller: dict[str, str]) -> None:
        """Name each person by the fullest form the article gives them ("Colt J.
        Wainscott", not the headline's "Colt Wainscott")."""
        for surname, forms in self._forms.items():
            if any(f in fuller for f in forms):
                self._forms[surname] = [fuller.get(f, f) for f in forms]
                self.full[surname] = [(pos, fuller.get(n, n)) for pos, n in self.full[surname]]

    def _use_married(self) -> None:
        """Name a woman by the joined surname the article gives her ("Evelyn
        Strand-Okoro"), not her birth name from an obituary's early life ("Evelyn
        Marguerite Strand was born ..."): the same given name, the birth surname the
        joined one's first part."""
        joined = [s for s in self._forms if "-" in s]
        for surname in joined:
            birth = surname.split("-", 1)[0]
            if birth not in self._forms:
                continue
            by_given = {f.split()[0]: f for f in self._forms[surname]}
            same = {
                f: by_given[f.split()[0]] for f in self._forms[birth] if f.split()[0] in by_given
            }
            if same:
                self._married.update(same)
                self._forms[birth] = list(dict.fromkeys(same.get(f, f) for f in self._forms[birth]))
                self.full[birth] = [(pos, same.get(n, n)) for pos, n in self.full[birth]]

    def _read_titles(self) -> dict[str, list[str]]:
        """Roles this article ties to people ("Prime Minister Tony Blair", "Michael
        Howard, the Tory leader,", "the chancellor, Gordon Brown,", "Sen. Ada Roe"),
        keyed by their last two words and their head noun in lower case, each to the
        people holding it here (not the headline's: "Governor Declares Emergency")."""
        named = []
        text = self.text
        ties: dict[str, set[str]] = {}
        at: dict[tuple[str, str], int] = {}  # (role, holder) -> where first tied
        body = next((p.start for p in self.article.paragraphs if p.kind == "body"), 0)
        multi = self._multi
        first = bisect.bisect_left(multi, body, key=_start) if body else 0
        for m in multi[first:] if first else multi:  # full names: 2+ words
            if m.org:
                continue
            if m.honorific is None:
                if len(m.tokens) >= 2 and might_tie(text, m.start, m.end):
                    named.append((m.start, m.end, " ".join(m.tokens), False))  # (resolved)
                continue
            if m.honorific in ROLE_HONORIFICS:
                self._tie_office(m, ties, at)
            start = self._lead_start(m) if text[m.start - 2 : m.start - 1] == "." else m.start
            start = styled_start(text, start)  # "The Bishop of Tarnby, the Rt Rev Dr Ann Roe,"
            if not might_tie(text, start, m.end):
                continue
            name = self.resolve(m)  # "Mr Howard" → "Michael Howard", when met in full
            parts = name.split()
            if len(parts) >= 2 and parts[0] not in HONORIFICS:
                named.append((start, m.end, name, True))
        written = read_ties(self.text, named, at)
        # (Ties written after a bare surname, "Roe, 46, a state delegate,", or in
        # capitals, "Ann Roe, CEO of Acme,", name the role's holder here: not the
        # corpus's, and the article's lead stays its lead.)
        later = read_ties(self.text, self._surnames_apposed(body), at)
        self._written = {r: n for r, n in written.items() if r.split()[-1] not in _ACRONYM_ROLES}
        later.update((r, n) for r, n in written.items() if r not in self._written)
        for role, names in [*self._written.items(), *later.items(), *self._witnesses(body)]:
            ties.setdefault(role, set()).update(names)
            if len(names) == 1 and _role_gender(role):  # "the chairman, Lee Roe": a man
                self.gender.setdefault(next(iter(names)), _role_gender(role) or "")
        self._ties = ties
        seen: dict[str, set[str]] = {}
        for role, names in ties.items():
            for key in tie_keys(role):
                seen.setdefault(key, set()).update(names)
                for name in names:
                    first = at.get((role, name), 0)
                    self._tied_at[key, name] = min(first, self._tied_at.get((key, name), first))
        return {key: [*names] if len(names) == 1 else sorted(names) for key, names in seen.items()}

    def _witnesses(self, body: int) -> list[tuple[str, set[str]]]:
        """ "Ann Roe, who has worked there for 17 years, testified before the panel": a
        person named in full opening a sentence whose verb is "testified" is a witness
        ("the witness said"), as a role written beside the name would tie them."""
        text = self.text
        if text.find(" testified", body) < 0:
            return []  # (most articles: no one testifies)
        found = set()
        for m in self._multi:
            if m.org or m.start < body or not _TESTIFIED.match(text, m.end):
                continue
            if m.start and not _SENTENCE_OPENS.search(text, max(0, m.start - 3), m.start):
                continue
            if self.is_person(m):
                found.add(self.resolve(m))
        return [("witness", found)] if found else []

    def _surnames_apposed(self, body: int) -> list[tuple[int, int, str, bool]]:
        """Bare surnames of people named in full with a role after them, as later
        paragraphs write them: "Vell, 46, a state delegate and the nominee for ...,"
        (start, end, full name, False) for :func:`read_ties` (only when the surname
        stands for one person here)."""
        text, found = self.text, []
        for i in self._runs_before_commas(body):
            start, words = self.runs[i]
            end = start + len(words)
            if start < body or " " in words:
                continue
            if len(self._forms.get(words, ())) != 1 or not text[end + 1 : end + 2].isspace():
                continue
            m = self.mention(i)
            if m is None or m.honorific is not None or not self.is_person(m):
                continue
            name = self.resolve(m)
            if len(name.split()) >= 2:
                found.append((start, end, name, False))
        return found

    def _runs_before_commas(self, body: int) -> Iterator[int]:
        """The indexes of the runs a comma follows right away, from ``body`` on, in
        order: found from the commas (an article has far fewer than runs)."""
        text, starts, runs = self.text, self.starts, self.runs
        comma = text.find(",", body)
        while comma >= 0:
            i = bisect.bisect_right(starts, comma) - 1
            if i >= 0 and starts[i] + len(runs[i][1]) == comma:
                yield i
            comma = text.find(",", comma + 1)

    def _lead_start(self, m: Mention) -> int:
        """Where the honorifics before a mention start: "Lt. " of "Lt. Col. Dane Holt"
        (the mention starts at "Col.")."""
        start = m.start
        while m.honorific and start > 1:
            space = self.text.rfind(" ", max(0, start - 14), start - 1)
            word = self.text[space + 1 : start - 1].rstrip(".")
            if not (word in HONORIFICS or word in HONORIFIC_QUALIFIERS) or not word[:1].isupper():
                break
            start = space + 1
        return start

    def _tie_office(
        self, m: Mention, ties: dict[str, set[str]], at: dict[tuple[str, str], int]
    ) -> None:
        """An office written as the honorific ("Sen. Ada Roe", "Lt. Gov. Amos Tate",
        "former President Lena Voss") ties its role nouns to the person."""
        name = self.resolve(m)
        if len(name.split()) < 2 or name.split()[0] in HONORIFICS:
            return  # never named in full here
        before = self.text[max(0, m.start - 12) : m.start].split()
        qualifier = HONORIFIC_QUALIFIERS.get(before[-1].rstrip(".")) if before else None
        assert m.honorific is not None
        for role in ROLE_HONORIFICS[m.honorific]:
            held = f"{qualifier} {role}" if qualifier else role
            ties.setdefault(held, set()).add(name)
            at[held, name] = min(m.start, at.get((held, name), m.start))

    def by_title(self, phrase: str, pos: int | None = None) -> str | None:
        """The person a role phrase names here: "the prime minister" → "Tony Blair";
        of several holders ("Judge Ada Roe", "Judge Ben Tate"), the one named last
        before ``pos``."""
        titles = self.titles()
        state = phrase_state(phrase)
        for key in role_keys(phrase):
            if key not in titles:
                continue
            want = _role_gender(key)
            names = [
                n
                for n in titles[key]
                if not self._other_holder(phrase, n)
                and not gender_clash(want, self.gender_of(n))
                and self._of_state(n, state, key)
            ]
            if len(names) <= 1:
                return names[0] if names else None
            return (
                self._tied_before(key, names, pos)
                or self._named_last(names, pos)
                or self._holder_in_exchange(names, pos)
            )
        return self._by_synonym(phrase, pos)

    def _holder_in_exchange(self, names: list[str], pos: int | None) -> str | None:
        """Of a role's several holders, the one named last before ``pos`` when that was
        near (an exchange: "Sen. Ann Roe pressed the witness ... she declined ... the
        senator replied"), though the witness was named after her: when everyone named
        since holds some other role the article ties to them."""
        if pos is None:
            return None
        last = {}
        for name in names:
            starts = self.people_at().get(name, [])
            i = bisect.bisect_left(starts, pos)
            if i:
                last[name] = starts[i - 1]
        if not last:
            return None
        best = max(last, key=last.__getitem__)
        if pos - last[best] > _EXCHANGE_REACH:
            return None
        tied = {n for people in self._ties.values() for n in people}
        for name, starts in self.people_at().items():
            if name in tied or self.gender_of(name) is None:
                continue  # (not "Cook Islands": a person by a given name)
            if any(last[best] < at < pos for at in starts):
                return None  # (one named since whom no role describes may be "the champion")
        return best

    def _tied_before(self, key: str, names: list[str], pos: int | None) -> str | None:
        """Of a role's several holders, the one tied to it before ``pos`` when only one
        is ("Ann Roe wins the primary. ... the nominee said. ... Bo Tate wins the other
        primary"): a tie written later cannot be what the phrase points back to."""
        if pos is None:
            return None
        before = [n for n in names if self._tied_at.get((key, n), pos) < pos]
        return before[0] if len(before) == 1 else None

    def _by_synonym(self, phrase: str, pos: int | None) -> str | None:
        """The person a role's synonym names here: "His attorney, Ann Roe," ... "the
        lawyer said" (lexicon ROLE_SYNONYMS); not an office the synonym's noun heads
        ("District Attorney Ben Tate" is no one's lawyer)."""
        role = role_phrase(phrase, any_head=True)
        if role is None or " " in role or role not in ROLE_SYNONYMS:
            return None
        want = _role_gender(role)
        names: set[str] = set()
        for tied, people in self.ties().items():
            if not _synonym_of(tied.split(), ROLE_SYNONYMS[role]):
                continue
            names.update(n for n in people if not gender_clash(want, self.gender_of(n)))
        if len(names) <= 1:
            return names.pop() if names else None
        return self._named_last(sorted(names), pos)

    def _of_state(self, name: str, state: str | None, key: str) -> bool:
        """Can ``name`` be "the <state> <role>" looked up by ``key``: no state asked, the
        key holds it ("delaware democrat"), or the article ties them to it ("D-Del.")?"""
        if state is None or state.lower() in key:
            return True
        return ties_to_state(self.text, name.split()[-1], state, key.rsplit(" ", 1)[-1])

    def _named_last(self, names: list[str], pos: int | None) -> str | None:
        """Of ``names``, the one named last before ``pos``, when nobody else is named
        after them (else the role may mean that other person: None)."""
        if pos is None:
            return None
        best, best_at = None, -1
        for name, starts in self.people_at().items():
            i = bisect.bisect_left(starts, pos)
            if i and starts[i - 1] > best_at:
                best, best_at = name, starts[i - 1]
        return best if best in names else None

    def people_at(self) -> dict[str, list[int]]:
        """Full name → where this article mentions the person, in any form (read once)."""
        if self._seen_at is None:
            self._seen_at = {}
            for i in range(len(self.runs)):
                m = self.mention(i)
                if m is not None and self.is_person(m):
                    self._seen_at.setdefault(self.resolve(m), []).append(m.start)
        return self._seen_at

    def _other_holder(self, phrase: str, name: str) -> bool:
        """Does the role name an office or party ("the foreign secretary", "the Tory
        leader") other than the ones the article ties to ``name`` ("Home Secretary
        Charles Clarke", "Lib Dem leader Charles Kennedy")? Then it means someone else
        holding that kind of role. (Capitalised words other than parties, such as
        places, only describe: "the Ealing North MP" may be "Labour MP Stephen Pound".)"""
        held = [role.split() for role, names in self._ties.items() if name in names]
        words = [w for w in place_first(phrase).split() if not w.endswith(("'s", "’s", "'", "’"))]
        while len(words) > 1 and words[0].lower() in ROLE_LEAD_WORDS:
            words.pop(0)
        # ("the first-term governor", "the embattled mayor": how long or how well, not
        # which office.)
        kinds = {w for w in words[:-1] if w.islower() and not _tenure(w)}
        if words[-1].lower() in OFFICE_HEADS and kinds and not any(kinds <= set(r) for r in held):
            return True  # "the foreign secretary" is not the home secretary
        if self._other_place(words, held):
            return True  # "the Salford MP" is not the MP for Harbury
        wanted = {PARTIES[w.lower()] for w in words if w.lower() in PARTIES}
        parties = {PARTIES[w] for role in held for w in role if w in PARTIES}
        return bool(wanted and parties) and not wanted & parties

    def _other_place(self, words: list[str], held: list[list[str]]) -> bool:
        """Does a role name a place ("the Salford MP", "the MP for Salford") other than
        the one the article ties the person's same role to ("the MP for Harbury")? (A
        held word is a place when the article writes it in capitals: not "backbench".)"""
        if len(words) < 2 or not words[-2][:1].isupper() or words[-2].lower() in PARTIES:
            return False
        head, place = words[-1].lower(), words[-2].lower()
        same = [role for role in held if len(role) >= 2 and role[-1] == head]
        if any(place in role for role in same):
            return False  # ("the Whig MP": the Whig MP for Brindle)
        return any(
            role[-2] not in PARTIES and has_word(self.text, role[-2].capitalize()) for role in same
        )

    def titles(self) -> dict[str, list[str]]:
        """Role key → the people this article ties it to (read once)."""
        if self._titles is None:
            self._titles = self._read_titles()
        return self._titles

    def ties(self) -> dict[str, set[str]]:
        """Role phrase → the people this article ties it to, offices written as
        honorifics ("Sen. Ada Roe") included (read once)."""
        self.titles()
        return self._ties

    def acronyms(self) -> dict[str, str]:
        """Acronyms this article spells out: "the Congressional Budget Office (CBO)" →
        {"CBO": "Congressional Budget Office"} (read once)."""
        if self._acronyms is None:
            self._acronyms = {}
            for m in _ACRONYM.finditer(self.text):
                at = m.start(1)
                spelt = _spelt_out(self.text[max(0, at - 120) : at - 1], m.group(1))
                if spelt:
                    self._acronyms.setdefault(m.group(1), spelt)
        return self._acronyms

    def role_ties(self) -> dict[str, str]:
        """Each whole role phrase this article ties to one person ("deputy prime
        minister": "John Prescott"), for the corpus-wide role book."""
        self.titles()
        return {role: next(iter(n)) for role, n in self._written.items() if len(n) == 1}

    def lead_person(self, before: int) -> str | None:
        """The person this article is about, named before ``before`` in any form: the one
        named most often (3 times at least, and twice as often as anyone else or more
        often and first) and tied to no role here, so "Ann Roe said ... The minister
        told MPs" is hers."""
        if self._lead is None:
            self.titles()
            tied = {
                n for r, names in self._written.items() if is_role(r.split()[-1]) for n in names
            }
            lead = self._most_named()
            self._lead = lead if lead and lead not in tied else ""
        if not self._lead:
            return None
        return self._lead if self._named_before(self._lead, before) else None

    def main_person(self, before: int) -> str | None:
        """The person the article is about, for "he"/"she" paragraphs later (an
        obituary's or a profile's subject), named before ``before``: the headline's person
        whom the first body sentence opens with, else ``lead_person``, else the one
        the body names most though tied to a role here (a pronoun holds no office), by a
        wider margin: three times as often as anyone else (not a father and son, nor
        two rivals in a debate, who share the story)."""
        if self._main is None:
            lead = self._headline_subject() or self.lead_person(len(self.text))
            self._main = lead or self._most_named(_MAIN_MARGIN) or ""
        if not self._main:
            return None
        return self._main if self._named_before(self._main, before) else None

    def _most_named(self, margin: int = 2) -> str | None:
        """The person the body names most: 3 times at least and ``margin`` times as
        often as anyone else, or (with the plain margin of 2) more often than anyone and
        first."""
        counts = self._body_people()
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])  # first named first
        lead, n = ranked[0] if ranked else ("", 0)
        runner_up = ranked[1][1] if len(ranked) > 1 else 0
        first = margin == 2 and n > runner_up and next(iter(counts)) == lead
        ahead = n >= margin * runner_up or first
        return lead if n >= 3 and ahead else None

    def _headline_subject(self) -> str | None:
        """ "Ada Roe, river judge, dies at 88 ¶ Ada Roe, who ...": the person the first
        body sentence opens with, when the headline names them too."""
        paras = self.article.paragraphs
        title = next((p for p in paras if p.kind == "title"), None)
        body = next((p for p in paras if p.kind == "body"), None)
        if title is None or body is None:
            return None
        found = self.mentions_between(body.start, min(body.end, body.start + 80))[:1]
        if not found or found[0].start - body.start > 2 or not self.is_person(found[0]):
            return None
        name = self.resolve(found[0])
        in_title = self.mentions_between(title.start, title.end)
        if len(name.split()) < 2 or not any(m.surname == found[0].surname for m in in_title):
            return None
        return name

    def untied_lead(self, before: int) -> str | None:
        """The story's main person among those tied to no role here, named (in any
        form) before ``before`` and the first the body names (3 times at least, twice as
        often as any other untied person): "Tony Blair" beside "French President Jacques
        Chirac", named as often, for "the prime minister said" (an office the tied
        person cannot hold)."""
        tied = self.tied_people()
        counts = self._body_people()
        ranked = sorted(((n, name) for name, n in counts.items() if name not in tied), reverse=True)
        if ranked and ranked[0][1] != next(iter(counts)):
            return None  # (the first person the body names: whom the story is about)
        if not ranked or ranked[0][0] < 3 or (len(ranked) > 1 and ranked[0][0] < 2 * ranked[1][0]):
            return None
        lead = ranked[0][1]
        return lead if self._named_before(lead, before) else None

    def tied_people(self) -> set[str]:
        """The people this article writes next to a role ("Liberal leader Ada Voss")."""
        self.titles()
        return {n for r, names in self._ties.items() if is_role(r.split()[-1]) for n in names}

    def _named_before(self, name: str, before: int) -> bool:
        """Is ``name`` named before ``before`` in any form ("Mr Brown" of a Gordon
        Brown named in full only later)?"""
        starts = self.people_at().get(name) or self._full_starts.get(name.split()[-1], [])
        return bool(starts) and starts[0] < before

    def _body_people(self) -> dict[str, int]:
        """Full name → mentions of each person first named in full in the body, in the
        order they are first named (not a headline's "End Bush 'denial'")."""
        body = [p.start for p in self.article.paragraphs if p.kind == "body"]
        counts: dict[str, int] = {}
        for i in range(len(self.runs)):
            m = self.mention(i)
            if m is None or not body or m.start < body[0] or not self.is_person(m):
                continue
            name = self.resolve(m)
            tokens = name.split()
            last = tokens[-2] if tokens[-1] in _JUNIOR and len(tokens) > 2 else tokens[-1]
            first = self._full_starts.get(last, [-1])[0]  # ("Ed Roe Jr.": by "Roe")
            if len(tokens) >= 2 and tokens[0] not in HONORIFICS and first >= body[0]:
                counts[name] = counts.get(name, 0) + 1
        return counts

    def gender_of(self, name: str) -> str | None:
        """ "m"/"f" for a full name: from "Mr"/"Mrs" here, else from the first name."""
        return self.gender.get(name) or gender_of(name.split()[0]) or self._told_by_kin(name)

    def stop_inside_name(self, pos: int) -> bool:
        """Is the full stop at ``pos`` inside a person's name, as after the initials of
        "said A.J. Winslowe" or "Sen. T.J. Haverstock", so no sentence ends there?"""
        k = bisect.bisect_right(self.starts, pos) - 1
        if k < 0 or pos >= self.starts[k] + len(self.runs[k][1]) - 1:
            return False
        m = self.mention(k)
        return m is not None and not m.org and m.start < pos < m.end - 1

    def mention(self, i: int) -> Mention | None:
        """The cleaned mention of run ``i`` (None when it names no one)."""
        if i in self._mentions:
            return self._mentions[i]
        start, words = self.runs[i]
        m = clean_run(self.text, start, words, self._known)
        if m is None and words in NUMBER_NAMES and self._number_named(words, start):
            m = Mention(start, start + len(words), words, None, (words,), org=True)
        if (
            m is not None
            and m.honorific is None
            and len(m.tokens) == 1
            and m.surname not in self.full
            and self._common_word(m.surname)
            and not _named_alone(self.text, m.surname)
        ):
            m = None  # "Consumer spending rose": a capitalised ordinary word
        if m is not None and (" ".join(m.tokens) in self._works or self._titled_work(m, start)):
            m = None  # "who presents The Weakest Hour": a show, no person
        if m is not None and m.org and self._dated_surname(m):
            m = Mention(m.start, m.end, m.words, None, m.tokens)  # "said Friday": Mike's
        self._mentions[i] = m
        return m

    def _number_named(self, word: str, start: int) -> bool:
        """Is the number word at ``start`` a body's name ("Five", a channel)? When it
        speaks inside a sentence somewhere (`"Q," Five said`), or when it opens this
        sentence before a verb of saying and the article names it alone inside one
        elsewhere ("contacted Five"): "Five said they saw it" alone may be five people."""
        if _number_speaks(word).search(self.text):
            return True
        cue = _NUMBER_CUE_AFTER.match(self.text, start + len(word))
        return cue is not None and _named_alone(self.text, word)

    def _dated_surname(self, m: Mention) -> bool:
        """Is a bare weekday, month, nationality or compass word the surname of someone
        named in full here ("Mike Friday ... said Friday")? Then it names that person."""
        word = m.surname
        dated = word in CALENDAR_WORDS or word in SURNAME_DEMONYMS
        return len(m.tokens) == 1 and dated and word in self.full

    def _titled_work(self, m: Mention, start: int) -> bool:
        """Is ``m`` (of the run at ``start``) the title of a work after a verb that names
        one ("presents The Weakest Hour"), or between "the" and a work's noun ("the Star
        Vale franchise": no "Vale" star)? A name opened by a known given name stays a
        person ("directed Ann Lee")."""
        if m.honorific or gender_of(m.tokens[0]):
            return False
        text = self.text
        if _WORK_NOUN_AFTER.match(text, m.end) and _THE_BEFORE.search(
            text, max(0, start - 4), start
        ):
            return True
        return _WORK_VERB_BEFORE.search(text, max(0, m.start - 30), m.start) is not None

    def _common_word(self, word: str) -> bool:
        """Is ``word`` also written in lower case in this article (so not a name)?"""
        lower = word.lower()
        if lower == word:
            return False
        if len(self.text) <= _SMALL_TEXT:
            # A news-sized article: a substring search settles it at C speed.
            return has_word(self.text, lower)
        if _PLAIN_WORD.fullmatch(lower):
            # A set look-up: scanning the text once per word made long articles quadratic.
            if self._words is None:
                words: set[str] = set()
                for chunk in _CHUNK.finditer(self.text):  # bounded memory on 50 MB
                    words.update(_PLAIN_WORD.findall(chunk.group()))
                self._words = frozenset(words)
            return lower in self._words
        # Rare ("O'Neill", "Jean-Paul"): search the text.
        return has_word(self.text, lower)

    def resolve(self, m: Mention) -> str:
        """The full name a mention stands for inside this article."""
        if m.start in self._nicknamed_at:
            return self._nicknamed_at[m.start]
        if m.org and m.tokens[0] in SAINT_PARTICLES and m.surname in self._forms:
            return self._with_particles(m)  # "St. Clair said": "Antoine St. Clair"
        if len(m.tokens) == 3 and self.text.endswith(" of ", 0, m.start):
            tail = " ".join(m.tokens[1:])  # "(Secretary of) State Ben Ortega", named in full
            if tail in self._forms.get(m.surname, ()) and not gender_of(m.tokens[0]):
                return tail
        if m.org and len(m.tokens) == 1 and m.surname.isupper():
            return self.acronyms().get(m.surname, m.surname)  # "BBA" → "British Bankers' ..."
        if m.honorific in ("Lord", "Baroness", "Lady") and len(m.tokens) == 1:
            peer = self._peers().get(m.surname)
            if peer:
                return peer  # "Lord Nicholls" → "Lord Nicholls of Birkenhead"
        if len(m.tokens) > 1 and m.honorific is None:
            body = self._body_by_first_words(m)
            if body:
                return body  # "Keystone Vale" of "Keystone Vale Health Partners"
        if m.is_full and m.surname in self.full:
            if m.tokens[0].lower() in NAME_PARTICLES or m.tokens[0] in SAINT_PARTICLES:
                # "Van der Molen said", "Mr. St. Clair said": a surname
                return self._with_particles(m)
            same = _same_as(" ".join(m.tokens), self._forms[m.surname])
            same = self._aka.get(same, same)
            if same in self._married:
                return self._married[same]
            # ("Haskins Sr. said": the surname and its suffix, of "Wendell Haskins Sr.")
            ends = m.tokens[-1] == m.surname or m.tokens[-1] in GENERATIONAL
            return self._fuller_tail(same, m) if ends else same
        if m.is_full or m.org:
            whole = " ".join(m.tokens)
            return self._numbered.get(whole, whole)  # "Radio 1" -> "BBC Radio 1"
        name: str | None = None
        if m.honorific in FIRST_NAME_HONORIFICS:
            name = self._by_first.get(m.tokens[0])  # "Sir Alex" → "Alex Ferguson"
        bare = m.honorific is None and len(m.tokens) == 1 and m.surname not in self.full
        if name is None and bare:
            name = self._by_first.get(m.surname)  # "But Serena denied": a first name
        surname = m.surname
        if name is None and surname not in self.full and len(m.tokens) == 1:
            surname = self._misspelt(surname) or surname  # "Daveport" for "Davenport"
        if name is None and surname in self.full and len(m.tokens) == 1:
            name = self._by_generation(surname, m.start)  # "the younger Mr. Pruett"
        if name is None and surname in self.full:
            name = self._only_name[surname]
            if name is None:
                name = self._titled_full(m) or self._sharing(surname, m.start, m.gender)
        if name is None and bare:
            name = self._body_short(m.surname)  # "Voltaris said": "Voltaris Motors"
        if name is None or gender_clash(m.gender, self.gender_of(name)):
            # Never met in full here, or "Baroness Kennedy" next to "Charles Kennedy".
            return self._relative_called(m) or (m.words if m.honorific else m.surname)
        return name

    def _titled_full(self, m: Mention) -> str | None:
        """ "Rev. Larkspur" after "the Rev. Desmond Larkspur" and his father "Otis
        Larkspur": of several sharing a surname, the one this title that tells no gender
        ("Rev.", "Dr.", "Judge") was written before in full, if only one (None: none)."""
        if m.honorific is None or m.gender is not None or len(m.tokens) != 1:
            return None
        titled = re.compile(rf"{re.escape(m.honorific)}\.?\s")  # (a mention starts at its title)
        found = {
            name
            for at, name in self.full[m.surname]
            if at < m.start and titled.match(self.text, at)
        }
        return found.pop() if len(found) == 1 else None

    def _relative_called(self, m: Mention) -> str | None:
        """ "Mr. Vanderkamp" where the one Vanderkamp named in full is a woman and "her
        husband, Gerrit," is the only man of the family brought in by a kin noun: him."""
        if m.gender is None:
            return None
        tail = " " + m.surname
        kin = {n for n, g in self._kin_gender.items() if g == m.gender and n.endswith(tail)}
        return kin.pop() if len(kin) == 1 else None

    def _body_by_first_words(self, m: Mention) -> str | None:
        """The firm whose name ``m``'s words open, when they name no person: no given
        name first, and their last word never stands alone for someone ("Vale said")."""
        whole = " ".join(m.tokens)
        if gender_of(m.tokens[0]) or whole in self.gender:
            return None
        if whole not in self._shorts and not self._opens_longer(whole):
            return None  # (no longer name opens with these words: no run to read)
        body = self._body_short(whole)
        if body is None or any(w == m.surname for _, w in self.runs):
            return None
        return body

    def _opens_longer(self, words: str) -> bool:
        """Is ``words`` written anywhere followed by another capitalised word? Kept per
        ``words``: asked again at each of their mentions, it scanned the whole text for
        each, quadratic in a long article naming the same words over and over."""
        known = self._longer.get(words)
        if known is not None:
            return known
        text, lead = self.text, words + " "
        found = False
        i = text.find(lead)
        while i >= 0 and not found:
            found = text[i + len(lead) : i + len(lead) + 1].isupper()
            i = text.find(lead, i + 1)
        self._longer[words] = found
        return found

    def _body_short(self, word: str) -> str | None:
        """The one firm or body named here whose name starts with ``word`` (or words)
        and ends in a word of firms ("Voltaris Motors", "Meridian Education Services"),
        for those words alone: a story names a firm in full once, then by its first
        words ("Voltaris", "Keystone Vale" of "Keystone Vale Health Partners")."""
        if word in self._shorts:
            return self._shorts[word]
        found = set()
        lead = word + " "
        for i, (_, words) in enumerate(self.runs):
            if words.startswith(lead):
                m = self.mention(i)
                last = m.tokens[-1] if m is not None else ""
                firm = last in FIRM_HEADS or last in COMPANY_WORDS
                if m and m.org and " ".join(m.tokens).startswith(lead) and firm:
                    found.add(without_legal_form(" ".join(m.tokens)))
        self._shorts[word] = found.pop() if len(found) == 1 else None
        return self._shorts[word]

    def _by_generation(self, surname: str, pos: int) -> str | None:
        """ "the elder Mr. Pruett", "the younger Thibodeaux": of a father and son
        named here in full ("Walter Pruett Sr." and "Walter Pruett Jr.", or "Raymond
        Thibodeaux" and "Raymond Thibodeaux Jr."), the one the word before means."""
        word = self._generation_word(pos)
        if word is None:
            return None
        forms = self._forms[surname]
        ranked = []
        for form in forms:
            rank = _GENERATION_RANK.get(form.rsplit(" ", 1)[-1])
            if rank is not None:
                ranked.append((rank, form))
                father = form.rsplit(" ", 1)[0]  # "Raymond Thibodeaux" of "... Jr."
                if rank > 1 and father in forms:
                    ranked.append((1, father))
        pick = max if word == "younger" else min  # (the first named of that rank)
        if len({rank for rank, _ in ranked}) < 2:
            ranked = self._ranked_by_kin(surname)
            ranks = [rank for rank, _ in ranked]
            if len(set(ranks)) < 2 or ranks.count(pick(ranks)) > 1:
                return None  # (two sons: "the younger" is left open)
        return pick(ranked, key=lambda r: r[0])[1]

    def _ranked_by_kin(self, surname: str) -> list[tuple[int, str]]:
        """With no suffixes, the generations the article tells when it brings people in:
        "His son, Daniel Roe," and "Roe's granddaughter, Paloma Roe," are younger than the
        Roe they belong to, "Her father, Amos Roe," older (1: brought in otherwise)."""
        ranked: dict[str, int] = {}
        for pos, name in self.full[surname]:
            if name in ranked:
                continue
            ranked[name] = 1
            if self.text.endswith(", ", 0, pos):
                kin = _KIN_INTRO.search(self.text, max(0, pos - _KIN_REACH), pos - 2)
                if kin:
                    ranked[name] = 2 if kin.group(1).lower() in _YOUNGER_KIN else 0
        return [(r, n) for n, r in ranked.items()]

    def _generation_word(self, pos: int) -> str | None:
        """ "elder" or "younger" right before ``pos`` ("the elder Mr. Pruett"), else None."""
        before = self.text[max(0, pos - 9) : pos].lower()
        if before.endswith(("elder ", "older ")):
            return "elder"
        return "younger" if before.endswith("younger ") else None

    def _fuller_tail(self, name: str, m: Mention) -> str:
        """ "Ruiz-Van Dyke said": a compound surname read as a given name and a surname
        is the one person here named in full with it ("Harold Ruiz-Van Dyke"), when its
        first word is no given name. Of a couple sharing it ("Rodrigo and Marisela
        Quintero Salcedo"), "Mr. Quintero Salcedo" is the one of the title's gender, else
        the one a shared surname alone means there."""
        longer = _longer_with_tail(name, self._forms[m.surname])
        if len(longer) > 1:
            meant = self._sharing(m.surname, m.start, m.gender)
            longer = [meant] if meant in longer else []
        return longer[0] if len(longer) == 1 else name

    def full_forms(self, surname: str) -> list[str]:
        """The people named here in full with this family name."""
        return self._forms.get(surname, [])

    def _with_particles(self, m: Mention) -> str:
        """The one full name here ending in the particles and surname of ``m`` ("Henrietta
        van der Molen" for "Van der Molen"), else ``m`` as written."""
        tail = [t.lower() for t in m.tokens]
        found = {
            name
            for name in self._forms[m.surname]
            if len(name.split()) > len(tail)
            and [t.lower() for t in name.split()[-len(tail) :]] == tail
        }
        return found.pop() if len(found) == 1 else " ".join(m.tokens)

    def _peers(self) -> dict[str, str]:
        """Surname → the peer's full title the article gives ("Lord Nicholls of
        Birkenhead"), when it gives one title for that surname (read once)."""
        if self._peer_titles is None:
            found: dict[str, set[str]] = {}
            for m in _PEERAGE.finditer(self.text):
                found.setdefault(m.group(1), set()).add(m.group())
            self._peer_titles = {k: next(iter(v)) for k, v in found.items() if len(v) == 1}
        return self._peer_titles

    def _sharing(self, surname: str, pos: int, gender: str | None = None) -> str:
        """Of several people sharing a surname, the one "Mr Whitlock" at ``pos`` means:
        of those of the honorific's ``gender`` (so marked here first, then by given name,
        else not known otherwise),
        the one named in full most often before it (the story's "Cornelius Whitlock",
        not his father "Amos Whitlock", named once in passing), the latest on a tie."""
        options = self.full[surname]
        before = bisect.bisect_right(self._full_starts[surname], pos)
        if not before:
            return options[0][1]
        window = options[max(0, before - _SHARING_REACH) : before]
        counts: dict[str, int] = {}
        for at, name in window:
            if self._owns_person(at, surname):
                continue  # "Loretta Haines' son, Jason Haines": she only places him
            if not gender_clash(gender, self.gender.get(name) or gender_of(name.split()[0])):
                counts[name] = counts.get(name, 0) + 1
        # Whom this article already called "Mr."/"Ms. X" first, then those of the
        # honorific's gender by their given name ("Reginald"), then anyone not of the other.
        # "Banks" of "Theodore Banks" and "Theodore Banks Jr.": the son is told apart
        # by his suffix ("the younger Banks", "Banks Jr."); the bare name is the father.
        counts = {n: k for n, k in counts.items() if _senior(n) not in counts} or counts
        marked = {n: k for n, k in counts.items() if (n, gender) in self._called}
        known = {n: k for n, k in counts.items() if gender and self.gender_of(n) == gender}
        counts = marked or known or counts
        if not counts:
            return window[-1][1]
        best = max(counts.values())
        meant = self._first_meant(surname) if gender is None else None
        if meant is not None and counts.get(meant) == best:
            return meant  # (on a tie, not the latest: "Scarpa" after "Nicole Scarpa")
        return next(n for _, n in reversed(window) if counts.get(n) == best)

    def _first_meant(self, surname: str) -> str | None:
        """The person the bare surname already meant while they were the only one of it
        named in full ("Mayor Vincent Scarpa ... Scarpa, 58, showed no reaction" before
        "His wife, Gina Scarpa,"): news goes on calling them so and the others by their
        given names. None when the surname was not used alone before a second person."""
        if surname in self._bare_meant:
            return self._bare_meant[surname]
        options = self.full[surname]
        first = options[0][1]
        second = next((at for at, name in options if name != first), None)
        meant = None
        if second is not None:
            i = bisect.bisect_right(self.starts, options[0][0])
            while i < len(self.runs) and self.runs[i][0] < second:
                if self.runs[i][1] == surname:
                    meant = first
                    break
                i += 1
        self._bare_meant[surname] = meant
        return meant

    def _owns_person(self, pos: int, surname: str) -> bool:
        """Does the full name at ``pos`` own a person ("Loretta Haines' son")?"""
        end = self.text.find(surname, pos, pos + 80)
        return end >= 0 and OWNS_PERSON.match(self.text, end + len(surname)) is not None

    def _misspelt(self, surname: str) -> str | None:
        """The one surname named in full here that ``surname`` misspells by a letter
        (left out, added, changed, or two swapped: "Kudja" for "Kujda"), else None.
        Only long surnames with the same first letter: "Clark" is not "Clarke"'s typo
        often enough to be worth a guess on short names."""
        if surname in self._typos:
            return self._typos[surname]
        found = None
        if len(surname) >= 5 and surname[:1].isupper():
            near = [s for s in self.full if s[:1] == surname[:1] and _one_typo(surname, s)]
            found = near[0] if len(near) == 1 else None
        self._typos[surname] = found
        return found

    def earns_high(self, mention: str, speaker: str) -> bool:
        """May a speaker found at a cue be called sure? Not a lone word ("Whitlock-Amari"
        never given in full, "Democrat"), a possessive ("Homeland Security’s"), nor a
        short form ("Mr. Thibodeaux") of a surname several people here share."""
        if " " not in speaker and not speaker.isupper():
            return False
        if speaker.split()[0].rstrip(".") in HONORIFICS:
            return False  # "Mrs. Roe": never named in full here
        if speaker.endswith(("'s", "’s")):
            return False
        tokens = speaker.split()
        surname = tokens[-2] if tokens[-1] in GENERATIONAL else tokens[-1]
        if len(self._forms.get(surname, ())) < 2:
            return True
        words = mention.split()
        if len(words) >= 2 and words[0].rstrip(".") not in HONORIFICS and words[0][:1].isupper():
            return True  # named in full
        want = honorific_gender(words[0].rstrip(".")) if len(words) >= 2 else None
        sharing = [f for f in self._forms[surname] if not gender_clash(want, self.gender_of(f))]
        return len(sharing) < 2  # ("Mr Blair" with Tony and Cherie Blair: him)

    def resolve_label(self, label: str, pos: int) -> str:
        """A transcript label read in capitals ("Ms. Lee", "Mcbride") → the full name
        it stands for here ("Ann Lee", "Joe McBride"), else the label itself."""
        tokens = label.split()
        honorific = tokens[0].rstrip(".") if len(tokens) > 1 else None
        if honorific not in HONORIFICS:
            honorific = None
        rest = tokens[1:] if honorific else tokens
        by_upper = {surname.upper(): surname for surname in self.full}
        surname = by_upper.get(rest[-1].upper(), rest[-1])
        m = Mention(pos, pos + len(label), label, honorific, (*rest[:-1], surname))
        return self.resolve(m)

    def is_person(self, m: Mention) -> bool:
        """A mention that surely names a person (not a bare capitalised word)."""
        if m.org:  # ("St. Clair voted": the surname of someone named in full)
            return m.tokens[0] in SAINT_PARTICLES and m.surname in self.full
        return (
            m.honorific is not None
            or m.is_full
            or m.surname in self.full
            or self._family_first_name(m.surname)
            or m.surname in self._kin  # "His wife, Denise,"
            or (len(m.tokens) == 1 and m.surname in self._given)  # "gave his name as Walt"
        )

    def _family_first_name(self, word: str) -> bool:
        """Is ``word`` the given name of one of several people here who share a family
        name ("Margit Lindqvist" and "Solveig Lindqvist-Haas")? Style guides have a
        story call them by their first names ("Solveig laughed"): the bare name is that
        person."""
        name = self._by_first.get(word)
        if name is None:
            return False
        parts = set(name.split()[-1].split("-"))
        return any(
            other != name and not parts.isdisjoint(other.split()[-1].split("-"))
            for forms in self._forms.values()
            for other in forms
        )

    def whole_body(self, m: Mention) -> str | None:
        """The whole name of a body whose name runs split at a joining word ("The
        Executive Office for Immigration Review said": "Immigration Review" is its
        tail), or None when ``m`` is no such tail: its head ends in a body's word
        ("Office") and no given name or honorific opens the tail. Also a name a plural
        possessive splits ("The Colorado Sheriffs’ Fraternal Association")."""
        if m.honorific:
            return None
        if not self.text.endswith(_BODY_JOINS, 0, m.start):
            owned = self.text.endswith(_PLURAL_OWNS + _HOLDER_OWNS, 0, m.start)
            return self._owned_body(m) if owned else None
        i = bisect.bisect_right(self.starts, m.start) - 1
        if i <= 0 or self.runs[i][0] != m.start or gender_of(m.tokens[0]):
            return None
        start, words = self.runs[i - 1]
        if self.text[start + len(words) : m.start] not in _BODY_JOINS:
            return None
        head = words.rsplit(" ", 1)[-1]
        join = self.text[start + len(words) : m.start]
        if join == " to " or (join == " for " and m.tokens[-1] in CAUSE_NOUNS):
            if not self._small_join_body(start, words, join, m.tokens[-1]):
                return None
        elif (
            head not in BODY_NAME_HEADS
            and head not in FIRM_HEADS
            and not self._members(words)
            and not self._joint_head(start, words, join, m)
        ):
            return None  # "Ann Roe and Acme"; not "Americans for Fair Skies", "Airlines for"
        whole = self.text[start : m.end].split()
        while whole and whole[0] in STOP_WORDS:
            whole.pop(0)
        return " ".join(whole)

    def _small_join_body(self, start: int, words: str, join: str, last: str) -> bool:
        """Does the run ``words`` open a body's name that "to" or "for" joins to a tail
        closing on ``last``? "National Right | to | Farm Foundation": after "to" the
        tail closes on a body's word and the run before is none (two bodies joined by
        "to" are a move between them: "Tarn Police to Harbor Patrol"); "Everyroad |
        for | Safe Bridges": after "for" the tail closes on a cause. No person opens or
        closes the run ``words`` at ``start`` (a given name, an honorific, a title, a
        surname of someone named elsewhere: the run itself may read as a full name)."""
        first = words.split()
        if join == " to ":
            if last not in BODY_WORDS or first[-1] in BODY_WORDS:
                return False
        elif last not in CAUSE_NOUNS:
            return False
        if len(first) > 3 or gender_of(first[0]):
            return False
        if self._named_elsewhere(first[-1], start, start + len(words)):
            return False
        return not any(w in HONORIFICS or w in TITLE_WORDS for w in first)

    def _named_elsewhere(self, surname: str, start: int, end: int) -> bool:
        """Is ``surname`` a person's named in full somewhere but in ``text[start:end]``?"""
        return any(not start <= pos < end for pos, _ in self.full.get(surname, ()))

    def _joint_head(self, start: int, words: str, join: str, m: Mention) -> bool:
        """Does the tail ``m`` close with a body's word that heads both runs joined by
        "and" ("U.S. Citizenship | and | Immigration Services", "Tarn Water & Power
        Authority"), no person opening or closing the run before it ("Ann Roe and")?
        A trade's plural ("American Fuel and Widget Makers") heads a trade group: its
        first run, two capitalised words, reads as a full name and may open with a
        nationality, so only a given name or an honorific there is a person's."""
        trade = m.tokens[-1] in TRADE_PLURALS
        # ("Vellish Customs | and | Harbor Protection": an agency's mission closes it)
        mission = m.tokens[-1] in AGENCY_MISSION_TAILS
        if join == " for " or (m.tokens[-1] not in BODY_WORDS and not trade and not mission):
            return False
        first = words.split()
        if len(first) > 3 or gender_of(first[0]):
            return False
        if mission and any(self._named_elsewhere(w, start, start + len(words)) for w in first):
            return False  # (the run itself may read as a full name: "Vellish Customs")
        return not any(
            w in HONORIFICS
            or (not trade and (w in TITLE_WORDS or (not mission and w in self.full)))
            for w in first
        )

    def _owned_body(self, m: Mention) -> str | None:
        """ "Colorado Sheriffs’ | Fraternal Association": the whole name, when the tail
        ``m`` ends in a body's word and the run before it ends in a plural, or in an
        office holder's title ("Harlan County Sheriff's | Office")."""
        if m.tokens[-1] not in BODY_WORDS or gender_of(m.tokens[0]):
            return None
        i = bisect.bisect_right(self.starts, m.start) - 1
        if i <= 0 or self.runs[i][0] != m.start:
            return None
        start, words = self.runs[i - 1]
        end = start + len(words)
        # "the Harlan County Sheriff's Office": an office holder's body
        holder = end + 3 == m.start and words.rsplit(" ", 1)[-1] in TITLE_WORDS
        # ("the Smiths’ Foundation": one word is a family, not a body)
        plural = end + 2 == m.start and words.endswith("s") and " " in words
        if not (holder or plural):
            return None
        whole = self.text[start : m.end].split()
        while whole and whole[0] in STOP_WORDS:
            whole.pop(0)
        return " ".join(whole)

    def _members(self, word: str) -> bool:
        """Is ``word`` the members an advocacy body's name opens with ("Americans",
        "Veterans", "Nevadans" of "Nevadans for Honest Government"), no surname here?"""
        if word.lower() in MEMBER_PLURALS:
            return True
        return " " not in word and word.endswith("ans") and word not in self.full

    def body_ahead(self, m: Mention) -> str | None:
        """The whole name of a body whose first run ``m`` is, when the name runs split
        it at "of" or "for" ("The American Association | of | School Librarians",
        "Americans | for | Fair Finance"): a body's word or its members open it, and no
        person opens or closes it (a given name, an honorific, a surname the article
        uses); else None."""
        span = self.body_ahead_span(m)
        return span[1] if span else None

    def body_ahead_span(self, m: Mention) -> tuple[int, str] | None:
        """:meth:`body_ahead` with where the body's whole name ends."""
        if m.honorific or not self.text.startswith(_AHEAD_JOINS, m.end):
            return None  # (most names: no "of" or "for" after them)
        i = bisect.bisect_right(self.starts, m.start) - 1
        if i < 0 or i + 1 >= len(self.runs):
            return None
        start, words = self.runs[i]
        nxt, tail = self.runs[i + 1]
        if self.text[start + len(words) : nxt] not in _AHEAD_JOINS or m.end != start + len(words):
            return None
        if gender_of(m.tokens[0]) or gender_of(tail.split()[0]):
            return None
        head = m.tokens[-1]
        # ("Planned Lantern Advocates of Tillage": a group's members close its name)
        members = head.lower() in MEMBER_PLURALS or self._members(m.words)
        last = tail.rsplit(" ", 1)[-1]
        join = self.text[start + len(words) : nxt]
        if join == " to " or (join == " for " and last in CAUSE_NOUNS):
            if not self._small_join_body(start, words, join, last):
                return None
        elif self.is_person(m) and head not in GROUP_WORDS | BODY_NAME_HEADS and not members:
            return None  # ("Tessaly Action for Governance", "Tarn Chamber of Trade": bodies)
        elif not (m.org or head in BODY_NAME_HEADS or head in GROUP_WORDS or members):
            return None  # ("said Varnam of Tillage Grain": a surname not met in full)
        if tail.split()[0] in HONORIFICS or tail.split()[0] in TITLE_WORDS:
            return None
        if any(pos != nxt for pos, _ in self.full.get(last, ())):
            return None  # a person named elsewhere ("Friends of Tobin Raske")
        end = self._shared_tail_end(i + 1)
        whole = self.text[start:end].split()
        while whole and whole[0] in STOP_WORDS:
            whole.pop(0)
        return end, " ".join(whole)

    def _shared_tail_end(self, k: int) -> int:
        """Where a body's name whose tail is the run ``k`` ends: past "and" when that
        tail is one word sharing the next run's noun ("Citizens for Safe | and | Fair
        Streets": safe streets and fair streets), the next run two words closing on a
        plural that is no person's ("Parents for Reform and Ann Roe" ends at "Reform")."""
        nxt, tail = self.runs[k]
        end = nxt + len(tail)
        if " " in tail or k + 1 >= len(self.runs) or not self.text.startswith(" and ", end):
            return end
        after, joined = self.runs[k + 1]
        words = joined.split()
        if after != end + 5 or len(words) != 2 or not words[1].endswith("s"):
            return end
        if gender_of(words[0]) or words[0] in HONORIFICS or words[0] in TITLE_WORDS:
            return end
        if any(pos != after for pos, _ in self.full.get(words[1], ())):
            return end  # (a surname the article names a person by)
        return after + len(joined)

    def body_named(self, head: str, before: int) -> str | None:
        """The organisation named last before ``before`` whose name holds ``head``
        ("Ministry" for "the ministry": "Ministry of Tillage"), so a short label speaks
        for the body it stands for; None when none is named."""
        if self._bodies is None:  # (read on first use: few articles need it)
            self._bodies = [
                (m.start(), _before_title(_POSSESSOR.sub("", _LEAD_ARTICLE.sub("", m.group()))))
                for m in ORG_NAME.finditer(self.text)
            ]
        k = bisect.bisect_left(self._bodies, (before, ""))
        for _, name in reversed(self._bodies[:k]):
            if head in name.split() and name != head:
                return name
        return None

    def mentions_between(self, lo: int, hi: int) -> list[Mention]:
        """Mentions wholly inside ``text[lo:hi]``, in order."""
        i = bisect.bisect_left(self.starts, lo)
        j = bisect.bisect_left(self.starts, hi)
        out = []
        cleaned = self._mentions
        for k in range(i, j):
            m = cleaned[k] if k in cleaned else self.mention(k)  # (most are cleaned already)
            if m is not None and m.end <= hi:
                out.append(m)
        return out


# An article opening a body's run at a sentence's start ("A Commerce Department
# spokesperson declined"): no word of the body's name.
_LEAD_ARTICLE: Final = re.compile(r"^(?:The|An?) (?=[A-Z])")


def _numbered_ends(text: str) -> dict[int, int]:
    """Where each numbered name's word ends ("Radio" of "Radio 1") -> where its number
    ends, for the names that start a word (not "News 1" of "BBCNews 1")."""
    ends = {}
    for m in (m for head, rx in _NUMBERED if head in text for m in rx.finditer(text)):
        # (A match failing this check holds no place a word could start a match at, so
        # skipping it finds what a word boundary before the alternation would.)
        at = m.start()
        if at == 0 or _WORD_CHAR.match(text, at - 1) is None:
            ends[m.end() - len(m.group().rsplit(" ", 1)[1]) - 1] = m.end()
    return ends


def _with_numbers(
    ends: dict[int, int], text: str, starts: list[int], words: list[str]
) -> list[str]:
    """Capitalised runs (``words``, starting at ``starts``) with the number that ends a
    name joined on ("Radio" of "BBC Radio 1 said" becomes "BBC Radio 1"); ``ends`` is
    ``_numbered_ends(text)``."""
    out = []
    for start, run in zip(starts, words, strict=True):
        end = ends.get(start + len(run))
        out.append(text[start:end] if end else run)
    return out


# A name's first word opening with a number: "4Cast", "3Point" (no run starts at
# its capital, which follows a word character).
# (The check behind the first digit comes after it: opening with a digit, the pattern
# is skipped ahead to digits at C speed, as it is searched through every article.)
_DIGIT_LED: Final = re.compile(r"\d(?<![\w.,'’-]\d)\d{0,2}[A-Z][a-z]{2,}(?![\w'’-])")


def _with_digit_led(text: str, starts: list[int], words: list[str]) -> tuple[list[int], list[str]]:
    """Capitalised runs with each digit-led word joined on as the name's first word
    ("4Cast" + "Analytics"), or standing as a run of its own ("said 3Point.")."""
    runs = dict(zip(starts, words, strict=True))
    for m in _DIGIT_LED.finditer(text):
        after = runs.pop(m.end() + 1, None) if text.startswith(" ", m.end()) else None
        runs[m.start()] = m.group() + (" " + after if after else "")
    ordered = sorted(runs.items())
    return [s for s, _ in ordered], [w for _, w in ordered]


# A family name opened by a lower-case particle glued to it ("diCaprio", "deVito").
_GLUED: Final = re.compile(
    rf"\b(?:{'|'.join(sorted(GLUED_PARTICLES, key=len, reverse=True))})[A-Z][a-z]+(?![\w'’-])"
)


# What every _GLUED match holds, without its opening boundary: a pattern opening with
# its particles the engine skips to at C speed (one BBC article in 280 has one), where
# _GLUED's \b is tried at every position of every article.
_GLUED_HINT: Final = re.compile(
    rf"(?:{'|'.join(sorted(GLUED_PARTICLES, key=len, reverse=True))})[A-Z]"
)


def _with_glued(text: str, starts: list[int], words: list[str]) -> tuple[list[int], list[str]]:
    """Capitalised runs with each glued-particle name ("diCaprio") joined on as the
    last word of the run just before it ("Leo" + "diCaprio"), or standing as a run of
    its own ("said deVito")."""
    runs = dict(zip(starts, words, strict=True))
    ends = {s + len(w): s for s, w in runs.items()}
    for m in _GLUED.finditer(text):
        before = ends.get(m.start() - 1) if text.startswith(" ", m.start() - 1) else None
        if before is not None:
            runs[before] += " " + m.group()
        else:
            runs[m.start()] = m.group()
    ordered = sorted(runs.items())
    return [s for s, _ in ordered], [w for _, w in ordered]


@lru_cache(maxsize=8192)
def looks_like_person(name: str) -> bool:
    """Does a speaker name look like a named person (vs "a spokesman", "Microsoft")?
    (Cached: the same speakers recur across a corpus.)"""
    tokens = name.split()
    if not tokens or not tokens[0][:1].isupper():
        return False
    if tokens[0] in HONORIFICS and len(tokens) >= 2:
        return True
    m = clean_run(name, 0, name)
    return m is not None and m.is_full and m.start == 0


def _tenure(word: str) -> bool:
    """A word telling how long or how someone holds an office, not which office:
    "first-term", "longtime", "embattled"."""
    return word.endswith(("-term", "-year", "-time")) or word in TENURE_WORDS


def honorific_gender(honorific: str | None) -> str | None:
    """ "m"/"f" for a gendered honorific ("Mr", "Lady"), else None."""
    if honorific in MALE:
        return "m"
    if honorific in FEMALE:
        return "f"
    return None


def gender_clash(a: str | None, b: str | None) -> bool:
    """Two known genders that differ."""
    return bool(a and b and a != b)


_ACRONYM_ROLES: Final = frozenset(w.lower() for w in ROLE_ACRONYMS)


def _synonym_of(words: list[str], synonyms: tuple[str, ...]) -> bool:
    """Does a tied role (its words) end in one of ``synonyms`` ("attorney", "prime
    minister"), not as an office the synonym heads ("district attorney", "deputy prime
    minister")?"""
    for n in (1, 2):
        if len(words) >= n and " ".join(words[-n:]) in synonyms:
            before = words[-n - 1] if len(words) > n else ""
            if words[-1] == "secretary":  # ("Education Secretary": a minister)
                return before != "" and before not in NOT_MINISTER_SECRETARIES
            return before not in (SYNONYM_OFFICES if n == 1 else ROLE_QUALIFIERS)
    return False


def _role_gender(role: str) -> str | None:
    """ "f" for "congresswoman", "m" for "chairman", else None."""
    head = role.split()[-1]
    if head.endswith("woman"):
        return "f"
    return "m" if head.endswith("man") and head != "human" else None


def gender_of(first_name: str) -> str | None:
    """ "f", "m" or None for a given name; a double one takes its parts' gender when
    they agree ("Sarah-Jane", "Jean-Luc": not read, its bearer's pronouns were learned
    from the quotes around them and could give a lawyer her client's "he")."""
    if first_name in FEMALE_NAMES:
        return "f"
    if first_name in MALE_NAMES:
        return "m"
    if "-" in first_name:
        parts = {gender_of(part) for part in first_name.split("-") if part}
        if len(parts) == 1:
            return parts.pop()
    if not first_name.isascii():
        plain = _unaccented(first_name)  # "Zoë", "Andrés": the lists hold "Zoe", "Andres"
        return gender_of(plain) if plain != first_name and plain.isascii() else None
    return None


def _unaccented(word: str) -> str:
    """The word without its accents ("Inés" -> "Ines"): news writes a given name with its
    diacritics or without, and the given-name lists hold the plain spelling."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


# Generational suffixes by age, youngest last ("the elder" is the lowest found).
_GENERATION_RANK: Final = {"Sr.": 0, "Sr": 0, "Jr.": 2, "Jr": 2, "II": 2, "III": 3, "IV": 4}


def _longer_with_tail(name: str, forms: list[str]) -> list[str]:
    """The full names of ``forms`` that ``name`` ends, when its first word is no given
    name: "Quintero Salcedo" is a double surname of "Rodrigo Quintero Salcedo", not a
    new person (not when the longer form's first word is a plain word glued on:
    "Initially Visual Radio")."""
    first = name.split(" ", 1)[0]
    if gender_of(first) is not None:
        return []
    longer = []
    for form in forms:
        given = form.split(" ", 1)[0]
        plain = given in _PLAIN or (given.endswith("ly") and gender_of(given) is None)
        if form.endswith(" " + name) and not plain:
            longer.append(form)
    return longer


def _same_as(name: str, forms: list[str]) -> str:
    """The form a person was first named in full when ``name`` is that person again
    with a middle name spelt out, cut to its initial or left out ("Cornelius
    Bartholomew Whitlock" after "Cornelius B. Whitlock"), else ``name``."""
    if name in forms:
        return name
    words = name.split()
    for earlier in forms:
        other = earlier.split()
        if other[0] != words[0] or other[-1] != words[-1] or earlier == name:
            continue
        middles = [m[0] for m in (words[1:-1], other[1:-1]) if m]
        if len(words) > 3 or len(other) > 3:
            continue
        short, long = sorted(middles, key=len) if len(middles) == 2 else ("", "")
        if len(middles) < 2 or long.startswith(short.rstrip(".")):
            return earlier
    return name


_JUNIOR: Final = frozenset(("Jr.", "Jr", "II", "III", "IV"))


def _senior(name: str) -> str:
    """ "Theodore Banks" of "Theodore Banks Jr." (the name itself when it has no
    generational suffix, or one that follows no one: "III" of a "Jr.")."""
    head, _, last = name.rpartition(" ")
    return head if head and last in _JUNIOR else ""


def _one_typo(a: str, b: str) -> bool:
    """Do ``a`` and ``b`` differ by one letter left out, added or changed, or by two
    neighbours swapped?"""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        swapped = a[i + 2 :] == b[i + 2 :] and a[i : i + 2] == b[i : i + 2][::-1]
        return swapped or a[i + 1 :] == b[i + 1 :]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return short[i:] == long_[i + 1 :]


# How many times as often as anyone else the body names the main person who holds a
# role here (``ArticleNames.main_person``).
_MAIN_MARGIN: Final = 3
