"""Home states: "the Delaware Democrat" is the person the article ties to Delaware.

American papers name a lawmaker by party and state ("Sen. Ann Ray, D-Del.", "Ray of
Delaware", "Ray, a Delaware Democrat,") and later call them "the Delaware Democrat".
That label means the person tied to that state, never another Democrat of another
state: :func:`phrase_state` reads the state out of a role phrase and
:func:`ties_to_state` says whether the text ties a person to it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from tui.core.attribution import cues as C
from tui.core.attribution.lexicon import US_STATES

_REACH: Final = 80  # chars looked at after a name for its party tag or state
_REACH_BEFORE: Final = 40  # ... and before it ("Delaware Sen. Ann ")


@lru_cache(maxsize=256)
def phrase_state(phrase: str) -> str | None:
    """The state a role phrase names before its head ("the Delaware Democrat",
    "New York Republican" → "New York"); None when it names none."""
    words = phrase.split()[:-1]
    if not any(w[:1].isupper() for w in words):
        return None
    before = " ".join(words)
    for state in US_STATES:
        if C.has_word(before, state):
            return state
    return None


# A party member's noun to the letters of its party tag ("D-Del.", "Dem-Del.").
_TAG_LETTERS: Final = {"democrat": "D|Dem", "republican": "R|Rep"}


@lru_cache(maxsize=64)
def _after(state: str, party: str) -> re.Pattern[str]:
    """A name's state written after it: ", D-Del.", " (R-Del.)" (of the party's
    letters ``party``), " of Delaware", ", a Delaware Democrat", ", a Democrat from
    Delaware"."""
    s = re.escape(state)
    tags = "|".join(re.escape(a) for a in US_STATES[state])
    return re.compile(
        rf"(?:,\s+|\s+\()(?:{party})-(?:{tags})(?![\w])"
        rf"|,?\s+(?:of|from)\s+{s}\b"
        rf"|,\s+(?:\d{{1,3}},\s+)?(?:the|an?)\s+(?:[^,.;()]{{0,60}}?\s)?{s}\b"
    )


@lru_cache(maxsize=64)
def _before(state: str) -> re.Pattern[str]:
    """A name's state written before it: "Delaware Sen. Ann (Ray)", "Delaware's Ann"."""
    return re.compile(rf"\b{re.escape(state)}(?:['’]s)?\s+(?:[A-Z][\w.'’-]*\s+){{0,4}}$")


@lru_cache(maxsize=64)
def _party_after(state: str, head: str) -> re.Pattern[str]:
    """A name's party and state written together after it: " (R-Del.)", ", D-Del.",
    ", a Delaware Democrat", ", Democrat of Delaware"."""
    s = re.escape(state)
    tags = "|".join(re.escape(a) for a in US_STATES[state])
    return re.compile(
        rf"(?:,\s+|\s+\()(?:{_TAG_LETTERS[head]})-(?:{tags})(?![\w])"
        rf"|,\s+(?:the|an?)\s+(?:[^,.;()]{{0,40}}?\s)?{s}\s+{head}\b"
        rf"|,\s+(?:an?\s+)?{head}\s+(?:of|from)\s+{s}\b",
        re.IGNORECASE,
    )


def ties_by_party(text: str, surname: str, state: str, head: str) -> bool:
    """Does ``text`` give the person of ``surname`` both the party ``head`` names and
    ``state`` next to a mention ("Sen. Ann Ray (D-Del.)", "Ray, a Delaware Democrat,")?
    A tie by state alone ("Delaware Sen. Ann Ray", a headline's "Delaware Judge Blasts
    Ray") is weaker: "the Delaware Democrat" is the one tied both ways."""
    if head.lower() not in _TAG_LETTERS:
        return False
    after = _party_after(state, head.lower())
    return any(
        after.match(text, m.end(), m.end() + _REACH) for m in C.whole_word(surname).finditer(text)
    )


def ties_to_state(text: str, surname: str, state: str, head: str = "") -> bool:
    """Does ``text`` tie the person of ``surname`` to ``state`` next to one of the
    places it names them (by a party tag only of the party ``head`` names, if any:
    "the Delaware Democrat" is not "Ann Ray, R-Del.")?"""
    after = _after(state, _TAG_LETTERS.get(head.lower(), "[DRI]|Dem|Rep|Ind"))
    before = _before(state)
    for m in C.whole_word(surname).finditer(text):
        if after.match(text, m.end(), m.end() + _REACH):
            return True
        if before.search(text, max(0, m.start() - _REACH_BEFORE), m.start()):
            return True
    return False


def home_state(text: str, surname: str) -> bool:
    """Does ``text`` tie the person of ``surname`` to any state (of any party)?"""
    return any(ties_to_state(text, surname, state) for state in US_STATES)
