"""Role nouns tied to people, so "the prime minister said" can be Tony Blair's.

An article ties a role to a person by writing them together: "Prime Minister Tony
Blair", "Tony Blair, the prime minister,", "the Tory leader, Michael Howard," or
"Mr Howard, the Tory leader,". :func:`read_ties` finds those ties in one article
(used by ``ArticleNames.by_title``); :class:`RoleBook` gathers the ties of every
article so a role that one person holds across the corpus ("prime minister": Tony
Blair in 90 articles, nobody else) names that person in an article that mentions
him but never writes the tie, a guess the quote's confidence says is one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

from tui.core.attribution import cues as C
from tui.core.attribution.lexicon import (
    AGENT_BODIES,
    APPOINTEE_HEADS,
    CONTENDER_NOUNS,
    FEMALE_NOUNS,
    LEADING_VERBS,
    MALE_NOUNS,
    NOT_AGENT_NOUNS,
    OFFICE_LEVELS,
    PARTY_MEMBERS,
    PRIZE_WORDS,
    ROLE_ACRONYMS,
    ROLE_HEADS,
    ROLE_HONORIFICS,
    ROLE_LEAD_WORDS,
    ROLE_QUALIFIERS,
    SEAT_ACRONYMS,
    STYLE_WORDS,
    TITLE_KINDS,
    TITLE_WORDS,
    UNNAMED_PEOPLE,
)

# Up to four title words right before a name: "Deputy Prime Minister ", "chancellor ".
# (The optional words nest as branches, "(?:W (?:W |)|)" for "(?:W ){0,2}": the same
# matches, without a repeat's bookkeeping at every position the search tries.)
_TITLE_WORD: Final = r"[A-Za-z-]+"
_TITLE_BEFORE: Final = re.compile(
    rf"(?<![\w'’-])((?:{_TITLE_WORD} (?:{_TITLE_WORD} (?:{_TITLE_WORD} |)|)|){_TITLE_WORD}) $"
)
_ROLE: Final = r"((?:[\w'’-]+\s+){0,3}?[a-z][\w-]*)"
# The last word of an appositive role may be a capitalised party member ("a Republican").
_APPOSED: Final = r"((?:[\w'’-]+\s+){0,3}?[A-Za-z][\w-]*)"
_DETERMINER: Final = r"(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?|[A-Z][\w-]*['’]s)"
# What a role may carry after its head: "a spokesman for the Army Corps,".
_COMPLEMENT: Final = r"(?:\s+(?:of|for|at|with|to|in|on)\s+[^,.;:“”\"()]{1,60}?)?"
# "the Tory leader, " right before a name.
_THE_BEFORE: Final = re.compile(rf"\b[Tt]he\s+{_ROLE},\s+$")
# "Its chief executive, ", "A spokesman for the corps, " right before a name the
# apposition then closes after ("..., Ann Bell, said").
_LOOSE_BEFORE: Final = re.compile(rf"(?<![\w'’-]){_DETERMINER}\s+{_ROLE}{_COMPLEMENT},\s+$")
# "The Bishop of Tarnby, " right before a name: an office written capitalised, with
# the place or body it is "of" (group 1: the office's word, a title word).
_OFFICE_OF_BEFORE: Final = re.compile(
    r"(?<![\w'’-])[Tt]he\s+([A-Z][a-z]+)\s+of\s+[A-Z][^,.;:“”\"()]{1,50}?,\s+$"
)
# "The first witness was ", "The first witness Wednesday morning is ": a role the
# sentence then says a person holds (perhaps after an apposition: "the state's
# appraiser, ").
_COPULA_BEFORE: Final = re.compile(
    rf"(?<![\w'’-])[Tt]he\s+{_ROLE}(?:\s+[A-Z][a-z]+(?:\s+[a-z]+|)|)\s+(?:was|is)\s+$"
)
# A party tag after a name, as American papers write it: "D-Ore.,", "R-N.Y.,", "I-Vt.,".
_PARTY_TAG: Final = r"(?:[DRI]-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?,\s+)"
# ", the Tory leader," or ", a Republican," right after a name.
# (An age or a party tag may come first: "Ada Roe, 54, a Democrat,", "Ada Roe, D-Ore.,
# the panel's ranking member," as American papers write it.)
_THE_AFTER: Final = re.compile(
    rf",\s+(?:\d{{1,3}},\s+|{_PARTY_TAG})?(?:the|an?)\s+{_APPOSED}(?=\s*[,.;)]|\s+(?:of|at|for|in|to|from|with|on|and|who|said|says|told|"
    r"has|had|is|was|will|would|added)\b)"
)
# ", Labour's shadow chancellor," or ", Velmora Bank's chief executive," right after a
# name: a party's or a body's role (the owner is kept in the tie: "labour shadow
# chancellor", "velmora bank chief executive").
_PARTY_OWNS_AFTER: Final = re.compile(
    r",\s+([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2})['’]s\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)(?=\s*[,.;)]|\s+(?:who|said)\b)"
)
# " and the Democratic nominee for governor," after one role: a second role in the
# same apposition ("Ada Roe, 46, a state delegate and the Democratic nominee ...").
_AND_AFTER: Final = re.compile(
    rf"\s+and\s+(?:the|an?)\s+{_APPOSED}(?=\s*[,.;)]|\s+(?:of|at|for|in|who|said|says|told|"
    r"has|had|is|was|will|would)\b)"
)
# ", who worked as a legislative aide for", ", a Republican who has served as the county
# clerk since": the job a relative clause says a person holds or held.
_SERVED_AS: Final = re.compile(
    r"(?:,\s+(?:an?|the)\s+[^,.;:“”\"()]{1,40}?)?,?\s+who\s+(?P<now>has\s+|have\s+)?"
    r"(?:served|worked)\s+as\s+(?:an?|the)\s+(?P<role>(?:[\w'’-]+\s+){0,2}?[a-z][\w-]*)"
    r"(?=\s*[,.;]|\s+(?:in|for|to|at|on|of|from|before|until|since|under|with|and)\b)"
)
# ", who leads Solvane,", ", 61, who heads the Velmora Trust.": the body a relative
# clause says the person leads (what the role is, lexicon LEADING_VERBS).
_LEADS: Final = re.compile(
    rf"(?:,\s+\d{{1,3}})?,\s+who\s+(?:now\s+|also\s+|currently\s+)?(?P<verb>{'|'.join(LEADING_VERBS)})"
    r"\s+(?:the\s+)?(?P<body>[A-Z][\w'’&.-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’&.-]*){0,3})"
    r"(?=\s*[,.;)]|\s+(?:in|since|at|on|from|with|until|and|which)\b)"
)
# "the trial of (Ada Roe)": the defendant; "(Ada Roe), 34, who is charged with": too.
_TRIAL_OF: Final = re.compile(r"\btrial of $")
_CHARGED: Final = re.compile(
    r"(?:,\s+\d{1,3})?,\s+who\s+(?:is|was|has\s+been)\s+(?:charged\s+with|accused\s+of)\b"
)
# "(Ada Roe) testified", "(Ada Roe), testified that": a witness.
_TESTIFIED: Final = re.compile(r",?\s+testified\b")
# "(Ada Roe) wins the Republican primary for Senate", "(Ada Roe) won the Democratic
# nomination": the party's nominee ("the nominee said").
# (Also "(Ada Roe), who won Tuesday's primary", "(Ada Roe) easily won the ...".)
# (Also "(Kate Orrin) beat Lia Moss to win ...": what the winner won follows.)
_WIN_VERB: Final = (
    r"(?:,\s+who|\s+[a-z]+ly|\s+beat\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:[a-z]+\s+){0,4}?to)?\s+"
    r"(?:wins?|won|has\s+won|clinch(?:es|ed)?|scoop(?:s|ed)?|collect(?:s|ed)?|"
    r"pick(?:s|ed)?\s+up|t(?:ake|akes|ook)|claim(?:s|ed)?|land(?:s|ed)?|retain(?:s|ed)?|"
    r"defend(?:s|ed)?|lift(?:s|ed)?|bag(?:s|ged)?)\b"
)
_WINS_PRIMARY: Final = re.compile(
    rf"{_WIN_VERB}\s+(?:the|[A-Z][a-z]+['’]s)\s+(?:([A-Z][a-z]+)\s+)?"
    r"(?:[a-z]+\s+)?(?:primary|nomination)\b"
)
_WINS: Final = re.compile(_WIN_VERB)
# What a winner won, after the verb: a prize ("the Booker Prize", "an Oscar", "the best
# actress Oscar", "best actress at the Baftas") or a title ("the Wimbledon title",
# "Olympic gold", "her third world title", "the Australian Open").
_WON_DET: Final = r"(?:(?:the|an?|her|his|their|its|two|three|[A-Z][a-z]+['’]s)\s+)?"
_WON_PRIZE: Final = re.compile(
    rf"\s+{_WON_DET}(?:[\w'’-]+\s+){{0,4}}?(?:(?P<maker>[A-Z][\w'’-]*)\s+)?"
    r"(?P<head>[Aa]ward|[Pp]rize|[Tt]rophy|Oscar|Bafta|BAFTA|Grammy|Emmy|Olivier|Golden Globe)s?\b"
)
_WON_CATEGORY: Final = re.compile(
    r"\s+best\s+(?:[a-z-]+\s+){0,2}?[a-z-]+(?:\s+at\s+the\s+(?P<at>[A-Z][a-z]+?)s?\b)?"
)
_WON_TITLE: Final = re.compile(
    rf"\s+{_WON_DET}(?P<kind>(?:[\w'’-]+\s+){{0,3}}?)"
    r"(?P<head>titles?|championship|crown|gold(?:\s+medal)?|[Cc]up|Open|Grand\s+Slam)\b"
)
# ", a retired circuit judge appointed to ...", ", a county commissioner elected in":
# a description whose head a participle follows (tried when no other role matched).
_THE_AFTER_CLAUSE: Final = re.compile(
    rf",\s+(?:\d{{1,3}},\s+|{_PARTY_TAG})?(?:the|an?)\s+((?:[\w'’-]+\s+){{0,3}}?[a-z][\w-]*)"
    r"(?=\s+[a-z]{3,}ed\s+(?:by|to|in|on|at|as|from|for|with|last|this|after)\b)"
)
# ", chief executive of Acme," after a name: a role with no article, before "of"; a
# seat or post before "for" and its place, too (", MP for Kettleby,", ", minister for
# Europe,").
_BARE_AFTER: Final = re.compile(
    rf",\s+(?:\d{{1,3}},\s+|{_PARTY_TAG})?((?:[a-z][\w-]*\s+){{0,2}}(?:[a-z][\w-]*|C[A-Z]O))"
    r"(?=\s+of\s)"
)
_BARE_FOR: Final = re.compile(
    rf",\s+((?:[a-z][\w-]*\s+){{0,2}}(?:[a-z][\w-]*|{'|'.join(SEAT_ACRONYMS)}))"
    r"(?=\s+for\s+[A-Z])"
)
# A one-word "of" complement that makes a compound role: "chief (of staff)", "secretary
# (of state)", "director (of communications)".
_OF_WORD: Final = re.compile(r" of [a-z]+(?=,)")
# Words that end a title's complement: "a spokesman for the British ..." is no British.
_PREPOSITION: Final = re.compile(r" (?:of|for|at|with|to|in|on|from) ")
_OFFICE_WORDS: Final = frozenset(w for roles in ROLE_HONORIFICS.values() for w in roles)
_REACH: Final = 60  # chars looked at around a name
_PAST: Final = frozenset(("former", "retired"))  # a past holder of a role
# A name's state or party closing an apposition: "(Ada Roe) of Oregon,", "(Ada Roe) (D-Ore.),".
_PLACE_CLOSES: Final = re.compile(r"(?: of (?:[A-Z][\w.]*\s?){1,3}|\s\([^()]{1,30}\)),")
# A name's capitalised title right before it ("Deputy Transportation Secretary ").
_CAPITALS_BEFORE: Final = re.compile(r"(?<![\w'’-])(?:[A-Z][\w.'’-]* ){1,4}$")
_REACH_BEFORE: Final = 100  # a role with its complement may start further before it
DOMINANT: Final = 5  # a role names one person across the corpus when they hold it 5:1


@lru_cache(maxsize=4096)
def is_role(word: str) -> bool:
    """A head noun that names a job or a role ("leader", "minister", "spokesman")."""
    return (
        word in ROLE_HEADS
        or word in PARTY_MEMBERS
        or word in _OFFICE_WORDS
        or word.capitalize() in TITLE_WORDS
        or word.upper() in TITLE_WORDS
        or C.PERSON_NOUN.fullmatch(word) is not None
    )


_AGENT_ENDING: Final = re.compile(r"[a-z-]{3,}(?:er|or|ist|ian|eer)")
# A body's name (capitalised words, maybe joined by "for", "of", "and") between the
# determiner and a lower-case head: its "for" is the name's, not the head's complement.
BODY_MODIFIED: Final = re.compile(
    r"(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s+[A-Z][\w'’.-]*"
    r"(?:\s+(?:[A-Z][\w'’.-]*|for|of|and|&))*\s+[A-Z][\w'’.-]*\s+[a-z][\w-]*"
)


@lru_cache(maxsize=4096)
def unnamed_person(word: str) -> bool:
    """Is ``word`` a head noun naming one person ("man", "neighbour", "committeeman",
    "operator"), not a thing or a firm ("number", "broadcaster")?"""
    w = word.lower()
    if w in UNNAMED_PEOPLE or noun_gender(w):
        return True
    if w in NOT_AGENT_NOUNS or w in AGENT_BODIES:
        return False
    return _AGENT_ENDING.fullmatch(w) is not None


@lru_cache(maxsize=4096)
def noun_gender(words: str) -> str | None:
    """The gender a noun phrase tells ("the chairwoman", "his daughter"), else None."""
    head = C.COMPLEMENT_START.split(words, maxsplit=1)[0]  # "the chairman (of X)"
    if BODY_MODIFIED.fullmatch(words):
        head = words  # "a Department for Work and Pensions spokeswoman"
    lowered = head.lower().replace("’", "'").split()
    if not lowered:
        return None
    head = lowered[-1].removesuffix("'s")
    if head in FEMALE_NOUNS or head.endswith("woman"):
        return "f"
    if head in MALE_NOUNS or (head.endswith("man") and head not in ("human", "german")):
        return "m"
    return None


def _person_word(word: str) -> bool:
    """A noun for a person that is no job ("woman", "neighbor"): "The woman was Ann
    Roe" ties it to her as a role is tied."""
    return word in UNNAMED_PEOPLE or word in MALE_NOUNS or word in FEMALE_NOUNS


@lru_cache(maxsize=1 << 15)  # (the words before each name: 4096 thrashed on 2,000 articles)
def role_phrase(words: str, any_head: bool = False) -> str | None:
    """The role in a few words before or around a name, in lower case: "said Prime
    Minister" → "prime minister", "the shadow chancellor" → "shadow chancellor";
    None when the last word is no role (``any_head``: any noun will do, as in "music
    magazine Rolling Stone")."""
    tokens = words.split()
    while len(tokens) > 1 and (
        tokens[0].lower() in ROLE_LEAD_WORDS or (tokens[0].islower() and tokens[1][:1].isupper())
    ):
        tokens.pop(0)  # "said", "by", "the"; "new" in "new Tory leader"
    if not tokens or tokens[-1].lower() in ROLE_LEAD_WORDS:
        return None
    if not (any_head or is_role(tokens[-1].lower())):
        return None
    return " ".join(tokens).lower()


# " for Salford," after a role's head: the place (or body) it serves, in capitals.
_FOR_PLACE: Final = re.compile(r"\s+for\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})(?=\s*[,.;:)])")
_ROLE_FOR_PLACE: Final = re.compile(
    r"(?:(?P<role>.*?)\s+)?(?P<head>[\w'’-]+)\s+for\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
)


def place_first(phrase: str) -> str:
    """ "the MP for Salford" as "the Salford MP", the way the role is also written, so
    both forms tie and look up by the same key; other phrases as they are."""
    m = _ROLE_FOR_PLACE.fullmatch(phrase)
    if m is None or not is_role(m.group("head").lower()):
        return phrase
    seat = f"{m.group('place')} {m.group('head')}"
    return f"{m.group('role')} {seat}" if m.group("role") else seat


@lru_cache(maxsize=4096)
def role_keys(phrase: str) -> tuple[str, ...]:
    """The keys a role phrase is looked up by in one article: the whole role, its last
    two words and its head ("the Tory leader" → "tory leader", "leader"); a qualified
    role ("deputy prime minister") only as a whole."""
    role = role_phrase(place_first(phrase), any_head=True)
    if role is None:
        return ()
    words = role.split()
    if len(words) >= 3 and _qualifies(words[-3]):
        if words[-2] in OFFICE_LEVELS:  # "former state delegate": "former delegate" too
            return (" ".join(words[-3:]), f"{words[-3]} {words[-1]}")
        return (" ".join(words[-3:]),)
    if words[-2:-1] and _qualifies(words[-2]):
        return (" ".join(words[-2:]),)
    return tuple(dict.fromkeys((role, " ".join(words[-2:]), words[-1])))


def tie_keys(role: str) -> tuple[str, ...]:
    """The keys a role tied to a person is found by: its :func:`role_keys`, and for a
    profession a past holder still practises, its head too ("a former chief economist
    at the bank, Ann Roe," ... "the economist said"), not for a post ("the former
    chancellor" is not "the chancellor")."""
    keys = role_keys(role)
    words = keys[0].split() if keys else []
    if len(words) < 2 or not any(w in _PAST or w.startswith("ex-") for w in words[:-1]):
        return keys
    head = words[-1]
    if head in ROLE_HEADS or head in _OFFICE_WORDS or head in PARTY_MEMBERS:
        return keys
    return (*keys, head) if head not in keys else keys


def _qualifies(word: str) -> bool:
    """A word making another role of the one it qualifies: "deputy", "former",
    "ex-Conservative" (chancellor)."""
    return word in ROLE_QUALIFIERS or word.startswith("ex-")


def styled_start(text: str, start: int) -> int:
    """Where a British style before the name at ``start`` begins ("the Rt Rev " of "the
    Rt Rev Dr Ann Roe", the mention starting at "Dr"), with its "the": an apposition
    before it is the name's. ``start`` itself when no style word stands before it."""
    styled = start
    while True:
        space = text.rfind(" ", max(0, styled - 14), styled - 1)
        word = text[space + 1 : styled - 1].rstrip(".")
        if space < 0 or text[styled - 1 : styled] != " " or word not in STYLE_WORDS:
            break
        styled = space + 1
    own = text[styled : styled + 12].split(" ", 1)[0].rstrip(".")  # "the Rev Ann Roe"
    if (styled < start or own in STYLE_WORDS) and text.endswith(("the ", "The "), 0, styled):
        return styled - 4
    return styled


def might_tie(text: str, start: int, end: int) -> bool:
    """Could the name at ``text[start:end]`` have a role next to it (a word right
    before, a comma on either side, a bracket after)? A cheap look before the real one."""
    return (
        text[start - 2 : start - 1].isalpha()
        or text[max(0, start - 3) : start].rstrip().endswith(",")
        or text[end : end + 1] == ","
        or text.startswith(" (", end)  # "Sen. Ada Roe (D-Ore.), the ..."
        or (text[end : end + 1] in " ," and _WINS.match(text, end) is not None)  # "wins the"
        or text.startswith(" testified", end)
    )


def read_ties(
    text: str,
    named: Iterable[tuple[int, int, str, bool]],
    at: dict[tuple[str, str], int] | None = None,
) -> dict[str, set[str]]:
    """Role phrase → the people this article ties it to.

    ``named`` holds (start, end, full name, has an honorific) of the names to look
    around: a job title before a bare name, "the <role>," before it, ", the <role>"
    after it. ``at``, when given, gets where each (role, person) tie is first written.
    """
    ties: dict[str, set[str]] = {}
    for start, end, name, honorific in named:
        lo = max(0, start - _REACH)
        comma_after = text[end : end + 1] == ","
        found = _roles_before(text, lo, start, end, honorific, comma_after)
        found += _roles_after(text, lo, start, end, comma_after)
        for words, any_head in found:
            if not words:
                continue
            role = role_phrase(words, any_head or _appointee(words) or _contender(words))
            if role:
                ties.setdefault(role, set()).add(name)
                if at is not None:
                    at[role, name] = min(start, at.get((role, name), start))
    return ties


def _roles_before(
    text: str, lo: int, start: int, end: int, honorific: bool, comma_after: bool
) -> list[tuple[str | None, bool]]:
    """The roles written before a name: its title, "the <role>," before it, an
    apposition before the name's own title; each with whether any head will do."""
    # (A title right before a name is a title whatever its head: "music magazine
    # Rolling Stone"; an appositive only with a role head: not "In the end, X".)
    # (Cheap looks at the characters next to the name first: most names have no
    # title, comma or appositive there; the patterns end at the name, so they are
    # searched only from where a match can begin.)
    found: list[tuple[str | None, bool]] = []
    if text[start - 2 : start - 1].isalpha() and (not honorific or _office_at(text, start)):
        # (Before an office only a real role: "Republican Sen. Ada Roe", not "the
        # birthday of singer Sir Elton".)
        before = _title_before(text, lo, start)
        found.append((before, not honorific))
        if before and " " in before:
            found.append((_office_of(before), False))  # "Secretary (of State)"
    if _comma_before(text, lo, start):
        role = _role_before(text, start, end)
        found.append((role, False))
        if role and (compound := _compound_before(text, lo, start, role)):
            found.append((compound, False))  # "His chief of staff, Ann Roe,": both
    elif found and (comma_after or _PLACE_CLOSES.match(text, end) is not None):
        # "The official, Deputy Transportation Secretary Norman Faircloth, ...", "The
        # majority leader, Senator Ada Roe of Oregon, ...": an apposition before the
        # name's own title.
        title = _CAPITALS_BEFORE.search(text, lo, start)
        if title and text[lo : title.start()].rstrip().endswith(","):
            found.append((_role_before(text, title.start(), end), False))
    return found


def _roles_after(
    text: str, lo: int, start: int, end: int, comma_after: bool
) -> list[tuple[str | None, bool]]:
    """The roles written after a name (", the <role>,", a relative clause's job, what
    the person won, is on trial for or testified) or by a copula before it."""
    found: list[tuple[str | None, bool]] = []
    if comma_after:
        # (", a neighbor,", ", a retired firefighter,": a description of a person
        # ties as a role does, so "the neighbor said" later is theirs.)
        described = _role_after(text, end)
        found.append((described, _described_person(described)))
        at = text.find(described, end, end + _REACH) if described else -1
        if described and at >= 0 and (compound := _OF_WORD.match(text, at + len(described))):
            found.append((described + compound.group(), False))  # ", the chief of staff,"
        found.append((_second_role_after(text, end), False))
        found.extend((role, True) for role in _served_as(text, end))
        found.append((_leads(text, end), False))
    elif (place := _PLACE_CLOSES.match(text, end)) is not None:
        # "Sen. Ada Roe of Oregon, the majority leader,", "Sen. Ada Roe (D-Ore.), the
        # panel's chairwoman,": the role after the name's state or party.
        found.append((_role_after(text, place.end() - 1), False))
    if _on_trial(text, start, end):
        found.append(("defendant", True))
    if _TESTIFIED.match(text, end) is not None:
        found.append(("witness", True))  # "Ada Roe testified that ..."
    if text[end : end + 1] in " ," and (win := _WINS.match(text, end)) is not None:
        found.append((_primary_won(text, end), False))
        found.extend((role, True) for role in _what_won(text, win.end()))
    if text.find(" was ", lo, start) >= 0 or text.find(" is ", lo, start) >= 0:
        copula = _copula_role(text, start)
        found.append((copula, _person_word(copula.rsplit(" ", 1)[-1]) if copula else False))
    return found


def _described_person(words: str | None) -> bool:
    """ "a neighbor", "a local woman", "a retired firefighter": a description whose
    head names one person (no job, maybe)."""
    return words is not None and unnamed_person(words.rsplit(" ", 1)[-1])


def _appointee(words: str | None) -> bool:
    """ "the governor's pick": a noun naming a person after a possessive only."""
    tokens = words.split() if words else []
    return (
        len(tokens) >= 2
        and tokens[-1].lower() in APPOINTEE_HEADS
        and tokens[-2].endswith(("'s", "’s"))
    )


def _contender(words: str) -> bool:
    """ "the Democratic nominee", "a Senate candidate": what a person runs as, a role
    of theirs though no job."""
    return words.rsplit(" ", 1)[-1].lower() in CONTENDER_NOUNS


def _comma_before(text: str, lo: int, start: int) -> bool:
    """Does ``text[lo:start]`` end in a comma, spaces aside? (Mostly settled by the
    one character before ``start``.)"""
    if start > lo and not text[start - 1].isspace():
        return text[start - 1] == ","
    return text[lo:start].rstrip().endswith(",")


def _title_before(text: str, lo: int, start: int) -> str | None:
    """The words of a title of up to four words right before ``start`` (not before
    ``lo``), after their last preposition ("a spokesman for the British Phonographic
    Industry" is no British); None when there is none.

    After a word no title ends in ("said", "by") the pattern is spared: no role there
    (about two names in five). Else it is searched from the fourth space before the
    name (``lo`` when there are fewer): a match holds four words at most, so it
    cannot start earlier."""
    space = text.rfind(" ", lo, start - 1)
    if text[max(lo, space + 1) : start - 1].lower() in ROLE_LEAD_WORDS:
        return None
    for _ in range(3):
        if space < 0:
            break
        space = text.rfind(" ", lo, space - 1)
    m = _TITLE_BEFORE.search(text, lo if space < 0 else max(lo, space), start)
    if m is None:
        return None
    office = _CAPITAL_OFFICE.search(m.group(1))
    return office.group() if office else _after_preposition(m.group(1))


# "Secretary of State", "Chancellor of the Exchequer", "Minister for Health": a
# capitalised office whose complement is part of its name (up to the name it titles).
_CAPITAL_OFFICE: Final = re.compile(r"\b[A-Z][a-z]+ (?:of|for) (?:the )?[A-Z][\w-]*$")


def _office_of(title: str) -> str | None:
    """The office of a capitalised title with its complement ("Arizona Secretary" of
    "Arizona Secretary of State"), when its head is a role; None otherwise."""
    words = _PREPOSITION.split(title, maxsplit=1)
    if len(words) < 2 or not is_role(words[0].rsplit(" ", 1)[-1].lower()):
        return None
    return words[0]


def _after_preposition(words: str) -> str:
    """The words after the last preposition ("music magazine" of "list of music
    magazine"), all of them when there is none."""
    return _PREPOSITION.split(words)[-1] if " " in words else words


def _office_at(text: str, start: int) -> bool:
    """Does an office honorific ("Sen.", "Gov.", "Mayor") open the name at ``start``?"""
    word = text[start : start + 14].split(" ", 1)[0].rstrip(".")
    return word in ROLE_HONORIFICS


def _role_before(text: str, start: int, end: int) -> str | None:
    """ "the Tory leader, " before the name at ``text[start:end]``; a looser lead-in ("A
    spokesman for the corps, ", "Its chief executive, ") only when a comma or a bracket
    closes the apposition after the name ("..., Ann Bell, said"), not in "He met the
    mayor at the hall, Ann Bell said"."""
    if text[end : end + 1] in (",", "(", ")") or text.startswith(" (", end):
        lo = max(0, start - _REACH_BEFORE)
        lo = max(lo, text.rfind(". ", lo, start), text.rfind("\n", lo, start))  # (its sentence)
        m = _LOOSE_BEFORE.search(text, lo, start)
        if m is None:
            return _office_of_before(text, lo, start)
    else:
        m = _THE_BEFORE.search(text, max(0, start - _REACH), start)
    return m.group(1) if m else None


def _office_of_before(text: str, lo: int, start: int) -> str | None:
    """ "The Bishop of Tarnby, Ann Roe,": the office's title word, in lower case, so a
    later "the Bishop said" finds her (a capitalised head no lower-case role pattern reads)."""
    m = _OFFICE_OF_BEFORE.search(text, lo, start)
    office = m.group(1) if m else ""
    return office.lower() if office in TITLE_WORDS or office in ROLE_HONORIFICS else None


def _compound_before(text: str, lo: int, start: int, role: str) -> str | None:
    """ "chief of staff" of "His chief of staff, " before ``start``, ``role`` being
    "chief": the role with its one-word "of" complement, tied beside the head alone."""
    at = text.rfind(role + " of ", lo, start)
    m = _OF_WORD.match(text, at + len(role)) if at >= 0 else None
    return role + m.group() if m and m.end() + 2 >= start - 1 else None


def _copula_role(text: str, start: int) -> str | None:
    """ "The first witness was Ed Pike", "The first witness was the county's surveyor,
    Ed Pike": the role a copula gives the name at ``start``."""
    end = start
    if _comma_before(text, start - 2, start):
        lo = max(0, start - _REACH_BEFORE)
        lo = max(lo, text.rfind(". ", lo, start), text.rfind("\n", lo, start))  # (its sentence)
        loose = _LOOSE_BEFORE.search(text, lo, start)
        if loose is None:
            return None
        end = loose.start()
    m = _COPULA_BEFORE.search(text, max(0, end - _REACH), end)
    return m.group(1) if m else None


def _role_after(text: str, end: int) -> str | None:
    """ ", the Tory leader," or ", a Republican," after a name ending at ``end`` (a
    capitalised last word only for a party member: not ", the American said")."""
    m = (
        _THE_AFTER.match(text, end, end + _REACH)
        or _BARE_AFTER.match(text, end, end + _REACH)
        or _BARE_FOR.match(text, end, end + _REACH)
    )
    if m is not None and _lower_role(m.group(1).split()[-1]):
        seat = _FOR_PLACE.match(text, m.end(), m.end() + _REACH)
        if seat is not None and is_role(m.group(1).split()[-1].lower()):
            return place_first(f"{m.group(1)} for {seat.group(1)}")  # "the MP for Salford"
    if m is None or not is_role(m.group(1).split()[-1].lower()):
        # ("a county commissioner elected in 2019": no head before "in"; only a role's
        # head, not "a newly (elected ...)" nor an office's level.)
        clause = _THE_AFTER_CLAUSE.match(text, end, end + _REACH)
        if clause is not None and is_role(clause.group(1).split()[-1]):
            return clause.group(1)
    if m is None:
        return _party_role_after(text, end)
    last = m.group(1).split()[-1]
    return m.group(1) if _lower_role(last) else None


def _party_role_after(text: str, end: int) -> str | None:
    """ ", Labour's shadow chancellor," or ", Velmora's chief executive," after a name:
    the role with its owner, so "the shadow chancellor", "the Labour leader" and "the
    Velmora chief executive" find it and another party's not."""
    m = _PARTY_OWNS_AFTER.match(text, end, end + _REACH)
    if m is None or not is_role(m.group(2).split()[-1]):
        return None
    return f"{m.group(1)} {m.group(2)}"


def _lower_role(last: str) -> bool:
    """Can ``last`` end a role after a name: a lower-case word, a party member ("a
    Republican") or a title in capitals ("CEO"), not a place ("the American")?"""
    return (
        last.islower()
        or last.lower() in PARTY_MEMBERS
        or last in ROLE_ACRONYMS
        or last in SEAT_ACRONYMS
    )


def _on_trial(text: str, start: int, end: int) -> bool:
    """Is the name at ``text[start:end]`` a defendant: "the trial of Ada Roe", "Ada
    Roe, 34, who is charged with ..."?"""
    return (
        _TRIAL_OF.search(text, max(0, start - 9), start) is not None
        or _CHARGED.match(text, end, end + _REACH) is not None
    )


def _primary_won(text: str, end: int) -> str | None:
    """ "the Republican nominee" of "(Ada Roe) wins the Republican primary" after a
    name ending at ``end`` ("the Senate nominee" of "the Senate primary"); "the
    nominee" when no capitalised word is written."""
    m = _WINS_PRIMARY.match(text, end, end + _REACH)
    if m is None:
        return None
    return f"the {m.group(1)} nominee" if m.group(1) else "the nominee"


def _what_won(text: str, end: int) -> list[str]:
    """The roles a win after a name gives, the verb ending at ``end``: "won the Booker
    Prize" → the Booker winner; "scooped best actress at the Oscars" → the Oscar
    winner; "took the Wimbledon title", "won Olympic gold" → the Wimbledon, the
    Olympic champion (and the title-holder)."""
    prize = _WON_PRIZE.match(text, end, end + _REACH)
    if prize is not None:
        head = prize.group("head")
        named = prize.group("maker") or (head if head[:1].isupper() else "")
        plain = [f"{head.lower()}-winner"] if head.lower() in PRIZE_WORDS else []
        return [f"{named} winner" if named else "winner", *plain]
    category = _WON_CATEGORY.match(text, end, end + _REACH)
    if category is not None:
        return [f"{category.group('at')} winner" if category.group("at") else "winner"]
    title = _WON_TITLE.match(text, end, end + _REACH)
    if title is None:
        return []
    kinds = [w for w in title.group("kind").split() if w[:1].isupper() or w in TITLE_KINDS]
    head = title.group("head")
    kind = " ".join([*kinds[-1:], head] if head[:1].isupper() else kinds[-1:])
    medal = ["gold medallist"] if head.startswith("gold") else []
    return [f"{kind} champion" if kind else "champion", "title-holder", *medal]


def _served_as(text: str, end: int) -> list[str]:
    """ ", who worked as a legislative aide" after a name ending at ``end``: that role,
    and, when the clause is past ("worked", not "has worked"), the former one too, the
    way the article later calls the person ("the former legislative aide said")."""
    m = _SERVED_AS.match(text, end, end + 2 * _REACH)
    if m is None or not m.group("role").split()[-1].islower():
        return []
    role = m.group("role")
    if m.group("now") or role.split()[0] in ROLE_QUALIFIERS:
        return [role]
    return [role, f"former {role}"]


def _leads(text: str, end: int) -> str | None:
    """ "Solvane leader" of ", who leads Solvane," after a name ending at ``end``: the
    role an article then writes with the body's name ("the Solvane leader said")."""
    m = _LEADS.match(text, end, end + 2 * _REACH)
    if m is None:
        return None
    return f"{m.group('body')} {LEADING_VERBS[m.group('verb')]}"


def _second_role_after(text: str, end: int) -> str | None:
    """ "and the Democratic nominee" after the first role of the apposition after a
    name ending at ``end`` (", a state delegate and the Democratic nominee for ...,")."""
    m = _THE_AFTER.match(text, end, end + _REACH)
    if m is None:
        return None
    second = _AND_AFTER.match(text, m.end(), m.end() + _REACH)
    if second is None:
        return None
    last = second.group(1).split()[-1]
    return second.group(1) if _lower_role(last) else None


@dataclass(slots=True)
class RoleBook:
    """The role ties of a whole corpus: who holds "prime minister", and how often."""

    holders: dict[str, dict[str, int]] = field(default_factory=dict)

    def add(self, ties: dict[str, str]) -> None:
        """One article's ties (role phrase → the one person it names there)."""
        for key, name in ties.items():
            if not is_role(key.split()[-1]):
                continue  # "magazine": what is named, not a role someone holds
            counts = self.holders.setdefault(key, {})
            counts[name] = counts.get(name, 0) + 1

    def holder(self, phrase: str, text: str) -> str | None:
        """The person who holds the role ``phrase`` ("the prime minister") in the
        article ``text``: of the people other articles tie the role to (at least
        twice), the one this article names, or the one named far more often."""
        role = role_phrase(phrase)
        counts = self.holders.get(role) if role else None
        if not counts:
            return None
        named = sorted(
            ((n, name) for name, n in counts.items() if n >= 2 and _names(text, name)),
            reverse=True,
        )
        if not named:
            return None
        if len(named) > 1 and named[0][0] < DOMINANT * named[1][0]:
            return None
        return named[0][1]


def _names(text: str, name: str) -> bool:
    """Does ``text`` name this person (by surname)?"""
    surname = name.split()[-1]
    return C.has_word(text, surname)
