"""Which noun phrase before a reporting verb is its subject: the head, not a word
hanging on it.

A subject is often longer than the words touching its verb: "The head of the Flarn
Trust, Ada Roe, said" (the person in the apposition, not the body "of" the head),
"Rep. Ada Roe, the top Democrat on the Budget Committee, who called ..." (whom the
relative clause hangs on, not the committee the apposition names), "A woman who
lives on Elm Lane said" (the phrase the relative clause follows, not the street in
it), "Her Republican opponent called" or "Business groups have argued" (the noun a
capitalised word modifies). These pure text checks say where such a head stands;
:mod:`attribute` turns it into a speaker.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from tui.core.attribution import lexicon as L

# "the head of (the) ", "a spokesman for ": a body right after these is what a
# lower-case noun is "of", not a subject of its own.
# (Titles and a body's first words may stand between: "A spokesman for Senator Jolene
# Barkley", "An aide to Gov. Ada Roe", "A representative of the National Coalition for
# Patient Safety", whose last words alone are the name read.)
_OWNED_BY_NOUN: Final = re.compile(
    r"\b[a-z][\w-]*\s+(?:of|for|at|to)\s+(?:the\s+(?:[a-z][\w-]*\s+)?)?"
    r"(?:[A-Z][\w.’'-]*\s+(?:(?:of|for)\s+)?){0,3}$"
)
# What may stand between a person's name and the phrase a relative clause follows:
# an apposition or two (", D-Md., the top Democrat on the Budget Committee").
# The last apposition opens with an article (after a party tag or an age, perhaps):
# not ", 50, claims he was betrayed by", nor ", a Democrat, defended it through".
_APPOSITION_CHAIN: Final = re.compile(
    r"(?:\s*\([^()]{1,20}\))?,\s+(?:[A-Z]-[A-Z][\w.]{1,6},\s+|\d{1,3},\s+)?"
    r"(?:the|an?)\s(?:[^;:“”\"(),]|,(?!\s+[a-z])|,(?=\s+(?:the|an?)\s)){0,100}?\s*"
)  # (a comma then a lower-case word other than an article: the predicate,
# "Gov. Ann Roe, a Democrat, defended it through a spokesman, who said")
# A clause opening with a noun phrase and a relative clause with no comma: "A woman
# who lives on Elm Lane (and ...) said"; group 1 is the phrase.
_OPENING_RELATIVE: Final = re.compile(
    r"[\"“‘']?((?:[Aa]n?|[Tt]he|One|[Aa]nother)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:who|whose)\s"
)


def owned_by_noun(text: str, lo: int, pos: int) -> bool:
    """Is the name at ``pos`` the complement of a noun before it ("the head of the
    Flarn Trust", "the president of the local Flarn Lodge")?"""
    return _OWNED_BY_NOUN.search(text, max(lo, pos - 64), pos) is not None


def apposed_to(text: str, name_end: int, phrase_start: int) -> bool:
    """Do only appositions stand between a name ending at ``name_end`` and a phrase
    starting at ``phrase_start`` ("Ann Roe, D-Md., the top Democrat on the ...")?"""
    if phrase_start - name_end > 120:
        return False
    gap = text[name_end:phrase_start]
    if " and " in gap or " who " in gap or " which " in gap:
        return False
    return _APPOSITION_CHAIN.fullmatch(text, name_end, phrase_start) is not None


def opening_relative(text: str, s_lo: int, hi: int) -> tuple[int, str] | None:
    """ "A woman who lives on Elm Lane and asked not to be named said": the phrase a
    relative clause opening the sentence at ``s_lo`` follows (its start and words),
    when the clause runs to ``hi`` without a sentence mark."""
    m = _OPENING_RELATIVE.match(text, s_lo, hi)
    if m is None:
        return None
    rest = text[m.end() : hi]
    if any(mark in rest for mark in '.;:“”"'):
        return None
    # ("A clerk who | asked not to be named said": the clause's own verb, read on)
    end = None if not rest.strip() else hi
    return m.start(1), unnamed_label(text, m.start(1), m.end(1), end)


# What follows a plural subject: an auxiliary or a verb form ("Business groups have").
_VERB_AFTER: Final = re.compile(rf"\s+(?:{L.PLURAL_SUBJECT_VERBS})\b")
_DETERMINERS: Final = frozenset(("a", "an", "the", "its", "his", "her", "their", "our", "my"))


def noun_like(word: str) -> bool:
    """Can ``word`` go on a noun phrase ("state (lawmaker)"), not start a clause
    ("issued", "the")?"""
    return word not in _DETERMINERS and not word.endswith("ed")


def plural_subject(text: str, noun: str, end: int) -> bool:
    """ "Business groups have fought": a sentence opening with a capitalised word is a
    modifier when a plural noun and a verb follow it (not "Napster claims the")."""
    return noun.endswith("s") and _VERB_AFTER.match(text, end) is not None


# A source left unnamed opening a clause: an article or "one (of her)", then up to
# three modifiers ("senior", "White House", "Brackett") and the head noun.
_UNNAMED_OPENING: Final = re.compile(
    r"\s*[\"“‘']?(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:of\s+(?:his|her|their|its|the|our)\s+)?"
)
_NP_WORD: Final = re.compile(r"[\w'’.-]+")
_MODIFIERS_READ: Final = 4
# What may hang on that head before its verb, in any order: a prepositional phrase
# ("to one of the rival campaigns", "close to Kowalski", "in the back of the hall"), a
# relative clause with no comma ("who has given the maximum and asked not to be named"),
# a participle's phrase telling which one ("working on county races"),
# a clause set off by commas that opens with a lower-case word (", who spoke on
# condition of anonymity,", ", reached by CNN,"), an adverb ("also", "later").
_SUBJECT_DEPENDENT: Final = re.compile(
    r"\s+(?:(?P<prep>close\s+to|familiar\s+with|involved\s+in|in|near|at|from|on|outside"
    r"|behind|beside|by|among|across|inside|to|for|of|with)|who|whose|that"
    r"|(?P<part>[a-z]{3,}ing))\s+[^,;:.\"“”()]+?(?=\s*,|\s*$)"
    r"|\s*,\s+[a-z][^,;:\"“”()]{0,140},"
    rf"|\s+(?:{'|'.join(sorted(L.SUBJECT_ADVERBS))})(?=\s|$)"
)
_DEPENDENTS_READ: Final = 4
# Whom a source speaks for, kept in its label: "a spokesman for the LSE (said)"; the
# body it is one of, too: "another member of the group (said)".
_SPEAKS_FOR: Final = re.compile(
    r"\s+for\s+(?:(?!who\b|which\b|that\b)[^\s,;:.\"“”()]+\s?){1,8}(?=\s*,|\s*$)"
    rf"|\s+of\s+the\s+(?:{'|'.join(sorted(L.SHORT_BODY_KINDS))})(?=\s*,|\s*$)"
)

# Whom a serving source serves (lexicon.SERVING_HEADS), ending the phrase: "an aide
# to the governor", "a senior adviser to Ann Roe" (not "an aide to the governor's
# rival": the phrase must end there). ("a person close to Ann Roe" is left as it was:
# the open sets label it both ways.)
_SERVES: Final = re.compile(
    r"\s+to\s+(?:the\s+(?:[a-z-]+\s+)?[a-z]+"
    r"|(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?=\s*[,.;:!?]|\s*$)"
)


def _whom(text: str, pos: int, hi: int, head: str) -> int:
    """Where the label of the source whose head ends at ``pos`` ends: past whom it
    speaks for or serves, kept ("a spokesman for the LSE", "an aide to the mayor")."""
    whom = _SPEAKS_FOR.match(text, pos, hi)
    if whom:
        return whom.end()
    return served_end(text, pos, hi, head)


def served_end(text: str, pos: int, hi: int, head: str) -> int:
    """Past whom the source whose head ends at ``pos`` serves ("an aide to the mayor",
    "one adviser to Ann Roe"); ``pos`` when nothing such follows."""
    serves = _SERVES.match(text, pos, hi)
    if serves and head.lower() in L.SERVING_HEADS:
        return serves.end()
    return pos


def unnamed_subject(
    text: str, lo: int, hi: int, is_source: Callable[[str], bool]
) -> tuple[int, str] | None:
    """ "One of her senior advisers, who spoke on condition of anonymity, said", "An
    aide to one of the rival campaigns said", "A person close to Ann Roe said": a source
    left unnamed opening the clause at ``lo`` is the subject of the verb at ``hi``
    when all that stands between them hangs on its head (a noun ``is_source`` accepts),
    names in it included. Its start and the phrase without what hangs on it."""
    m = _UNNAMED_OPENING.match(text, lo, hi)
    if m is None:
        return None
    start = m.start() + len(m.group()) - len(m.group().lstrip("\"“‘' \n"))
    pos = m.end()
    for _ in range(_MODIFIERS_READ):
        word = _NP_WORD.match(text, pos, hi)
        if word is None:
            return None
        pos, head = word.end(), word.group()
        # (a capitalised head: "One Democratic Assemblymember who ...")
        if is_source(head.lower()) and _dependents_end(text, pos, hi):
            label = unnamed_label(text, start, pos, hi)
            whom = _untimed(text[start : _whom(text, pos, hi, head)])
            return start, max(label, whom, key=len)
        if text[pos : pos + 1] != " ":
            return None
        pos += 1
    return None


def _untimed(label: str) -> str:
    """``label`` less an adverb or a time ending it before its verb ("a spokesman for
    the senator later (said)" is "a spokesman for the senator")."""
    words = label.split(" ")
    while len(words) > 2 and (
        words[-1] in L.SUBJECT_ADVERBS or words[-1].lower() in L.TIME_ENDS or not words[-1]
    ):
        words.pop()
    return " ".join(words).rstrip()


_LABEL_WORD: Final = re.compile(
    r" (?:(?:[A-Z]\.){2,}|(?:Mr|Ms|Mrs|Dr|Gov|Sen|Rep)\.|[\w'’-]+)(?=[\s,;:.!?\"“”)]|$)"
)
_LABEL_WORDS_READ: Final = 16


def label_end(text: str, end: int, hi: int | None = None) -> int:
    """Where the label of an unnamed source whose head ends at ``end`` ends: the whole
    noun phrase, as the gold labels it (tests/core/gold/README.md), "a person close to
    Ann Roe", "a clerk who was not authorized to speak publicly", up to a comma, the
    cue verb or a second predicate; ``end`` when nothing such follows (or too much)."""
    hi = len(text) if hi is None else hi
    first = _LABEL_WORD.match(text, end, hi)
    if first is None or not _opens_label(first.group()[1:]):
        return end
    pos, clause, read = first.end(), False, 0
    if first.group()[1:] in _RELATIVES:
        verb_end = _clause_verb_end(text, pos, hi)
        if verb_end is None:
            return end  # ("an aide who said the trip was planned": what, not which)
        pos, clause = verb_end, True
    while read < _LABEL_WORDS_READ:
        word = _LABEL_WORD.match(text, pos, hi)
        if word is not None and word.group()[1:] in _RELATIVES and not clause:
            # "a teacher at Ely High who asked not to be named": the clause goes on it
            verb_end = _clause_verb_end(text, word.end(), hi)
            if verb_end is None:
                break
            pos, clause = verb_end, True
            continue
        if word is None or _label_stop(text, pos, word, clause):
            break
        pos, read = word.end(), read + 1
    else:
        return end
    return _trimmed(text, end, pos)


_RELATIVES: Final = frozenset(("who", "whose"))


def _opens_label(word: str) -> bool:
    """Can ``word`` open what a label keeps after its head: a preposition or relative
    word (lexicon.LABEL_OPENERS), or a participle telling which one ("a man carrying a
    sign"), not one of saying ("a spokesman adding") nor a preposition in -ing."""
    if word in L.LABEL_OPENERS:
        return True
    return (
        len(word) > 5
        and word.endswith("ing")
        and word.islower()
        and word not in L.NOT_LABEL_PARTICIPLES
        and word not in L.CORE_PARTICIPLES
        and word not in L.NAMING_PARTICIPLES
    )


def label_head(label: str) -> str:
    """An unnamed source's label up to its head ("a woman loading crates nearby" is
    "a woman"): what the head alone tells (a gender) is read there."""
    words = label.split()
    for i, word in enumerate(words[2:], 2):
        if _opens_label(word):
            return " ".join(words[:i])
    return label


def _clause_verb_end(text: str, pos: int, hi: int) -> int | None:
    """Where the verb of a relative clause opening at ``pos`` ends ("who has not been",
    "who was"); None when it reports speech or nothing follows."""
    verb = _LABEL_WORD.match(text, pos, hi)
    while verb is not None and verb.group()[1:] in L.VERB_GAP_WORDS:
        verb = _LABEL_WORD.match(text, verb.end(), hi)
    if verb is None or verb.group()[1:] in L.LABEL_REPORTING:
        return None
    return verb.end()


def unnamed_label(text: str, start: int, head_end: int, hi: int | None = None) -> str:
    """The words of an unnamed source's label: from ``start`` (its article or number
    word) through the whole noun phrase after its head ending at ``head_end``. Every
    path that names such a source (its own cue, a later pronoun, a carry-over) reads
    the label here, so a source keeps one label however a quote reaches it. One longer
    than a gold label may be (80 characters) leaves its relative clause out ("a lobbyist
    for a farm group who was not authorized to ..." is "a lobbyist for a farm group")."""
    label = text[start : label_end(text, head_end, hi)].rstrip()
    if len(label) > _LABEL_CHARS_MAX:
        cut = max(label.rfind(" who ", head_end - start), label.rfind(" whose ", head_end - start))
        label = label[:cut] if cut > 0 else text[start:head_end]
    return label


_LABEL_CHARS_MAX: Final = 80


def _label_stop(text: str, pos: int, word: re.Match[str], clause: bool) -> bool:
    """Does ``word`` (after ``pos``) end a label: a cue verb ("said"), a second
    predicate ("and asked"), an auxiliary, or a past form after a place ("stood")?"""
    w = word.group()[1:]
    if w in L.FINITE_CUES and text[:pos].rsplit(None, 1)[-1] not in L.LABEL_DANGLING:
        return True  # (not "the state")
    if w in L.LABEL_STOPS and not _name_joined(text, word.end()):
        return True
    if w.isdigit() and not _YEAR.fullmatch(w) and not text[:pos].rsplit(None, 1)[-1][:1].isupper():
        return True  # ("a teacher with 19 years in the district": a bare number, no label)
    return w in L.AUXILIARIES or (not clause and w.islower() and w.endswith("ed"))


_YEAR: Final = re.compile(r"(?:1[89]|20)\d\d")


def _trimmed(text: str, end: int, pos: int) -> int:
    """``pos`` less a time at the label's end ("who was there that day" is "who was
    there"); ``end`` if it then ends on a small word ("a man in a" before a mark). A
    relative clause that reads as no label ("who asked why she") is left out alone:
    "a man in a red cap who asked why she" is "a man in a red cap"."""
    words = text[end:pos].split()
    while words and (words[-1].lower() in L.TIME_ENDS or _YEAR.fullmatch(words[-1])):
        words.pop()
        while words and (words[-1].lower() in L.SPAN_COUNTS or words[-1].isdigit()):
            words.pop()  # ("who has farmed there for ten years": the span goes with it)
        if words and words[-1].lower() in L.TIME_LEADS:
            words.pop()
    if not _reads_alone(words):
        who = next((i for i in range(len(words) - 1, 0, -1) if words[i] in _RELATIVES), 0)
        if not who or not _reads_alone(words[:who]):
            return end
        words = words[:who]
    return end + _prefix_len(text[end:pos], len(words))


def _reads_alone(words: list[str]) -> bool:
    """Do a label's ``words`` after its head end where a label may: not on a small word
    ("a man in a"), a verb ("in one of the states") or a loose pronoun ("who worked
    with her", "who asked why she"; "close to her" does)?"""
    if not words or words[-1] in L.LABEL_OPENERS or words[-1] in L.LABEL_DANGLING:
        return False
    if words[-1] in L.FINITE_CUES and (
        words[-1].endswith("s") or len(words) < 2 or words[-2] not in L.LABEL_DANGLING
    ):
        return False  # ("a health official in one of the states" reads as a verb at its end)
    last = words[-1].lower()
    if len(words) > 1 and last in L.SUBJECT_PRONOUNS:
        return False
    return not (len(words) > 1 and last in L.OBJECT_PRONOUNS and words[-2] not in L.OWNING)


def _prefix_len(span: str, n: int) -> int:
    """The length of ``span`` up to the end of its ``n``-th word."""
    return [m.end() for m in re.finditer(r"\S+", span)][n - 1]


def _name_joined(text: str, pos: int) -> bool:
    """Does a capitalised word follow ``pos`` ("the Office of Air and Radiation"): an
    "and" inside a name, not one adding a predicate?"""
    return text[pos : pos + 2][1:2].isupper()


def _dependents_end(text: str, pos: int, hi: int) -> bool:
    """Does all of ``text[pos:hi]`` hang on the noun ending at ``pos``?"""
    for _ in range(_DEPENDENTS_READ):
        if not text[pos:hi].strip():
            return True
        dep = _SUBJECT_DEPENDENT.match(text, pos, hi)
        if dep is None:
            return False
        if dep.group("prep") and not L.FINITE_CUES.isdisjoint(dep.group().split()):
            return False  # "A spokesman for X said it was wrong to (suggest)": a verb
        if dep.group("part") and not _opens_label(dep.group("part")):
            return False  # ("a spokesman adding that ..."): saying, not which one
        pos = dep.end()
    return not text[pos:hi].strip()


# "One of them, a nurse at Ely General, (who ...,) said", "said one of the strikers, a
# nurse at Ely General.": one drawn from a group (lexicon.PARTITIVE_GROUPS), described;
# group "desc" the description, "group" the group's first word.
_GROUP: Final = (
    r"(?P<one>[Oo]ne\s+of\s+(?P<group>[a-z]+)(?:\s+(?:[\w'’-]+\s+){0,2}?[a-z][\w'’-]*)?)"
)
_PARTITIVE_BEFORE: Final = re.compile(
    rf"\s*[\"“‘']?(?:(?:But|And|Yet),?\s+)?{_GROUP}(?:,\s+(?P<desc>(?:an?)\s+[^,;:\"“”()]{{2,100}}?)"
    r"(?:,\s+who\s+[^,;:\"“”()]{1,140})?,)?\s*"
)
_PARTITIVE_AFTER: Final = re.compile(
    rf"\s*{_GROUP}(?:,\s+(?P<desc>(?:an?)\s+[^,;:\"“”()]{{2,100}}?))?\s*(?=[.,;]|$)"
)
# A plural group a bare partitive may name ("one of those people", "one of the strikers").
_PLURAL_GROUP: Final = re.compile(r"[Oo]ne\s+of\s+[a-z]+\s+(?:[\w'’-]+\s+){0,2}?(?:people|[a-z]+s)")


def partitive_source(text: str, lo: int, hi: int, before: bool) -> tuple[int, str] | None:
    """ "One of them, a nurse at Ely General, said" (``before`` the verb at ``hi``),
    "said one of those people." (after the verb, from ``lo``): the one drawn from a
    group is the speaker, labelled by their description ("a nurse at Ely General"), or
    as one of the group ("one of those people") when none; never the group itself.
    Its start and label (None: no such source)."""
    m = (_PARTITIVE_BEFORE if before else _PARTITIVE_AFTER).match(text, lo, hi)
    if m is None or m.group("group") not in L.PARTITIVE_GROUPS:
        return None
    if before and m.end() != hi:
        return None
    if m.group("desc"):
        return m.start("desc"), m.group("desc").rstrip()
    if not _PLURAL_GROUP.fullmatch(m.group("one")):
        return None  # ("one of them": which group, the count before tells)
    return m.start("one"), m.group("one")
