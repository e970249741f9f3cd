"""Unnamed sources who give a name: "a rancher who gave his name only as Bud".

Local news brings people in by what they are, then adds the name they offered ("One
mother, who gave her name only as Krystal,"; "the woman from the third row, who gave
her name as Evelyn Garrity,"). Every quote the article's own words credit to that
description ("a woman in the third row told the panel", "the woman replied") is that
person's: :func:`name_given_sources` puts the name on them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from tui.core.attribution import lexicon as L
from tui.core.attribution.roles import is_role, unnamed_person
from tui.core.model import Quote

_NAME: Final = r"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})"
_GIVEN: Final = re.compile(
    r"\bwho (?:gave|offered|would give) (his|her|their) (?:first )?name (?:only )?as "
    rf"{_NAME}|\bwho identified (himself|herself) (?:only )?as {_NAME}"
)
_SIGNS: Final = ("name as", "name only as", "identified h")
# Any way a text gives the name a source goes by ("who gave his name as Ed Roe", "who
# gave only her first name, Rosa,", "asked that only her first name, Ana, be used", "He
# gave his name only as Bud"): ``own`` tells the gender, ``name`` the name.
NAME_GIVEN: Final = re.compile(
    r"\b(?P<own>his|her) (?:first )?name,? (?:only )?(?:as )?"
    r"(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})\b(?![’'-])"
)
# What every match of NAME_GIVEN holds ("his name", "her name", "his first name"): the
# pattern opens with a word boundary, so the engine tries it at every position of an
# article; these literals, found at C speed, rule out most articles first.
_NAME_GIVEN_SIGNS: Final = ("is name", "er name", "first name")
# "The father, who identified himself only as Travis,": the name a source gave for
# themselves, the reflexive telling the gender.
_IDENTIFIED: Final = re.compile(
    r"\bidentified (?P<own>himself|herself) (?:only )?as "
    r"(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})\b(?![’'-])"
)
# "Darnell, a delivery driver who declined to give his last name, said": a one-word
# name whose description says the person kept back the rest is a person's.
_LAST_NAME_KEPT: Final = re.compile(
    r"(?:^|[.!?,;:—] |\n)([A-Z][a-z’'-]+), [^,.;“”\"]{0,80}?\bwho (?:declined|refused|"
    r"did not want|would not|asked not) to (?:give|share|provide|use|be identified by) "
    r"(his|her) (?:last|full|family) name"
)
# What every match of _LAST_NAME_KEPT holds (its opening alternation, "^" among it, makes
# the engine try every position): checked first, it rules out nearly every article.
_NAME_KEPT_SIGNS: Final = (" last name", " full name", " family name")
# "Ignatz, 34, said": a one-word name with an age in apposition is a person's.
_AGED_ALONE: Final = re.compile(r"(?:^|[.!?,;:—] |\n)([A-Z][a-z’'-]+), \d{1,3}, (?=[a-z])")
# What every match of _AGED_ALONE holds: opening with a fixed ", " the engine skips to at
# C speed, it rules out most articles (one BBC article in twenty-five has an age so) for a
# thirtieth of the cost of the full pattern, which tries its opening at every position.
_AGE_APPOSED: Final = re.compile(r", \d{1,3}, [a-z]")
# "Marcus, a 29-year-old IT specialist at ...", "Ines, a nurse in Velt,": a one-word name
# set off by a description of one person (its head noun before a complement or a mark)
# is a source who gave a first name only (group 1: the name, group 2: the head).
# (The capital comes first and the word boundary is checked behind it, as a look-behind:
# the engine then skips ahead to capitals at C speed instead of trying a leading \b at
# every position; the same matches.)
_DESCRIBED_ALONE: Final = re.compile(
    r"([A-Z](?<!\w[A-Z])[a-z’'-]+), an? (?:\d{1,3}-year-old )?(?:[\w-]+ ){0,2}?([a-z][\w-]*)"
    r"(?= (?:at|in|of|for|from|on|who|with)\b|[,.;])"
)
# Before a word that is no first name: a capitalised run's tail ("New York, a ..."), a
# place's preposition ("Rep. Ann Roe of Georgia, a member of ..."), a title's joiner
# ("Hide and Seek, a horror film"), a party tag's hyphen ("R-Texas, a retired colonel").
_NO_NAME_BEFORE: Final = re.compile(
    r"(?:[A-Z][\w’'.-]*|\b(?:of|in|from|at|near|to|for|across|and)|&) $|-$"
)


def given_alone(text: str) -> dict[str, str]:
    """The names a text shows to be people's by how it gives them, not by their form:
    "who gave his name only as Bud" (→ "m"), "Darnell, a driver who declined to give his
    last name," (→ "m"), "Ignatz, 34, said" (gender unknown: "").
    Read once per article: a name here stands alone as a person."""
    given: dict[str, str] = {}
    if any(sign in text for sign in _NAME_GIVEN_SIGNS):
        for m in NAME_GIVEN.finditer(text):
            name = m.group("name")
            if name.split()[0] not in L.ARTICLE_WORDS:
                given[name] = "m" if m.group("own") == "his" else "f"
    if "identified h" in text:
        for m in _IDENTIFIED.finditer(text):
            if m.group("name").split()[0] not in L.ARTICLE_WORDS:
                given.setdefault(m.group("name"), "m" if m.group("own") == "himself" else "f")
    if any(sign in text for sign in _NAME_KEPT_SIGNS):
        for m in _LAST_NAME_KEPT.finditer(text):
            if m.group(1) not in L.ARTICLE_WORDS:
                given.setdefault(m.group(1), "m" if m.group(2) == "his" else "f")
    if _AGE_APPOSED.search(text) is not None:
        for m in _AGED_ALONE.finditer(text):
            word = m.group(1)
            if word not in L.ARTICLE_WORDS and word.lower() not in L.NOT_AGED:
                given.setdefault(word, "")
    for word in _described_alone(text):
        given.setdefault(word, "")
    return given


def _described_alone(text: str) -> list[str]:
    """One-word names the text sets off by a description of one person ("Marcus, a
    29-year-old IT specialist, said"): a source who gave a first name only, as a
    person's job or age tells (not a place or a title: "Paris, a town", "Hide and
    Seek, a horror film")."""
    found: list[str] = []
    if ", a" not in text:
        return found  # (what every match holds: ", a " or ", an ")
    for m in _DESCRIBED_ALONE.finditer(text):
        word = m.group(1)
        if word.lower() in L.SUBJECT_OPENERS or word in L.ARTICLE_WORDS:
            continue  # ("But, a spokesman for the firm, said": no name)
        if word.lower() in L.NOT_AGED:
            continue
        if _NO_NAME_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue
        if unnamed_person(m.group(2)) or is_role(m.group(2)):
            found.append(word)
    return found


# The description before "who gave ...": its head noun, after an article, with what
# places the person perhaps ("the woman from the third row,").
_DESCRIBED: Final = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Oo]ne) (?:[\w'’-]+ ){0,3}?([a-z]+)"
    r"(?: (?:in|from|at|near|on|with|of|outside) [^,.;“”\"]{1,40}?)?,? $"
)
_REACH: Final = 90  # chars looked back for the description
_GENERIC: Final = {"her": "woman", "herself": "woman", "his": "man", "himself": "man"}


def name_given_sources(text: str, quotes: list[Quote]) -> None:
    """Put the name a described source gave on the quotes labelled with that
    description (same head noun, or "woman"/"man" for a source of that sex)."""
    unnamed = [q for q in quotes if q.speaker and q.speaker.split(" ", 1)[0] in L.ARTICLE_WORDS]
    if not unnamed or not any(sign in text for sign in _SIGNS):
        return  # (most articles: no quote of an unnamed source, or no name given)
    named: dict[str, str | None] = {}
    for m in _GIVEN.finditer(text):
        owner, name = (m.group(1), m.group(2)) if m.group(2) else (m.group(3), m.group(4))
        described = _DESCRIBED.search(text, max(0, m.start() - _REACH), m.start())
        if described is None:
            continue
        for head in {described.group(1), _GENERIC.get(owner, "")} - {""}:
            # (Two sources described alike: neither is told apart by it.)
            named[head] = name if named.get(head, name) == name else None
    for q in unnamed:
        label = q.speaker or ""
        name = next((named[w] for w in label.split()[1:] if named.get(w)), None)
        if name:
            q.speaker = name
            if q.confidence == "high":
                q.confidence = "medium"


# A paragraph naming the source the paragraph before left unnamed: "That's Tamika
# Roe, who has taught ...", "That was Ann Roe.", "That author, Senator Ann Roe, a
# Democrat, ..." (a feature's delayed reveal). Group "noun": the word "That" takes.
_REVEAL: Final = re.compile(
    r"(?m)^(?:That[’']s|That (?:is|was)|(?:That|This) (?P<noun>[a-z]+),)\s+"
    r"(?P<run>(?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w'’-]+)(?=,|\.|\s+who\b)"
)


def name_revealed_after(text: str, quotes: list[Quote]) -> None:
    """Put the name a paragraph reveals ("That's Tamika Roe, who ...") on the direct
    quotes of the paragraph before it left unnamed or labelled by a description ("one
    of its authors" for "That author, Senator Ann Roe,"), at medium confidence."""
    if "That" not in text:
        return
    for m in _REVEAL.finditer(text):
        words = _name_words(m.group("run"))  # ("Senator", "Sen.": titles, no name)
        if words is None:
            continue
        before = text[: m.start()].rstrip("\n")
        lo = before.rfind("\n") + 1
        for q in quotes:
            if q.kind != "direct" or not (lo <= q.start < len(before)):
                continue
            if _unnamed_label(q.speaker, m.group("noun")):
                q.speaker = " ".join(words)
                q.speaker_how = q.speaker_how or "role"
                q.confidence = "medium"


# "The judge, Ann Roe, an appointee of ..., questioned": a paragraph opening on the
# noun the paragraph before gave a source by ("with one judge calling it "Q"") and the
# person's name set off after it. (The "T" comes first and the line's start is checked
# behind it, so the engine skips ahead to capital Ts at C speed instead of trying "^" at
# every position; the same matches.)
_NAMED_NOUN: Final = re.compile(
    r"T(?<![^\n]T)he (?P<noun>[a-z]+), (?P<run>(?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w'’-]+)(?=,)"
)
# The source the paragraph before leaves unnamed: "one justice", "a local rancher",
# followed by its verb ("calling", "told", "suggested"). Filled with the noun.
_ONE_NOUN: Final = (
    r"\b(?:[Oo]ne|[Aa]n?) (?:[a-z-]+ ){{0,2}}?{noun}(?= (?:[a-z]+ing|[a-z]+ed|told)\b)"
)
_SENTENCE_END: Final = re.compile(r"[.!?][”\"’']?\s+[A-Z“\"]")


def name_introduced_after(text: str, quotes: list[Quote]) -> None:
    """ "..., with one judge calling the plan "Q." ¶ The judge, Ann Roe, ...": the
    quotes that follow "one judge" in its sentence are the person the next paragraph
    names for that noun, unless a nearer name in the sentence took them."""
    if "\nThe " not in text:
        return
    starts = [q.start for q in quotes]  # (in text order: look at one paragraph's only)
    for m in _NAMED_NOUN.finditer(text):
        words = _name_words(m.group("run"))
        if words is None:
            continue
        before = text[: m.start()].rstrip("\n")
        lo = before.rfind("\n") + 1
        one = re.compile(_ONE_NOUN.format(noun=re.escape(m.group("noun"))))
        for u in one.finditer(text, lo, len(before)):
            for q in quotes[bisect_left(starts, u.end()) : bisect_left(starts, len(before))]:
                if q.kind in ("scare", "title"):
                    continue
                if _SENTENCE_END.search(text, u.end(), q.start) or _named_nearer(text, q, u):
                    continue
                q.speaker = " ".join(words)
                q.speaker_how = q.speaker_how or "role"
                q.confidence = "medium"


def _named_nearer(text: str, q: Quote, u: re.Match[str]) -> bool:
    """Did the quote's own label come from between the unnamed source and it (someone
    else named nearer: "one judge said Ann Roe called it "Q"")?"""
    mention = q.speaker_mention
    if not mention or mention in u.group():
        return False
    return text.find(mention, u.end(), q.start) >= 0


def _name_words(run: str) -> list[str] | None:
    """The name in a capitalised run, titles dropped ("Senator Ann Roe" -> Ann Roe);
    None when fewer than two words of a name remain."""
    words = run.split()
    while len(words) > 2 and words[0].rstrip(".") in (L.TITLE_WORDS | L.HONORIFICS):
        words.pop(0)
    if len(words) < 2 or words[0].rstrip(".") in (L.TITLE_WORDS | L.HONORIFICS):
        return None
    return words


def _unnamed_label(label: str | None, noun: str | None) -> bool:
    """Can the reveal name the quote labelled ``label``: none given, or a description
    ("one of them", "a teacher"), holding ``noun`` ("author" in "one of its authors")
    when the reveal has one?"""
    if label is None:
        return noun is None
    words = label.lower().split()
    if not words or words[0] not in L.ARTICLE_WORDS:
        return False
    return noun is None or any(w in (noun, noun + "s", noun + "es") for w in words)
