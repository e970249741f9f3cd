"""Regular expressions attribution scans text with, built from the lexicon.

Every pattern that scans running text opens with a lookahead on its possible first
letters: Python's regex engine then rejects most positions at once instead of
trying every alternative there, which makes these scans several times faster.
"""

from __future__ import annotations

import re

from tui.core.attribution.lexicon import (
    BODY_NOUNS,
    COMPLEMENT_PREPOSITIONS,
    DETERMINERS,
    FINITE,
    KIN_NOUNS,
    NOT_MODIFIERS,
    PARTICIPLE,
    PERSON_NOUNS,
    REFERENCE_HEADS,
    first_letters,
)

NOUN_BEFORE = re.compile(r"(?:['’]s?|\b(?:the|his|her|its|their|these|those|such|of))\s+$")
NOUN_AFTER = re.compile(r"\s+(?:of|about|from|over|were|are|was|by)\b")
BY_AGENT = re.compile(r"\s+by\s+")
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been|being|so)[\s-]+$")
CUE = re.compile(
    rf"(?=[{first_letters(FINITE, PARTICIPLE, 'according|in|A|I')}])\b(?<!-)"
    rf"(?:(?P<as>as saying)|(?P<fin>{FINITE})|(?P<part>{PARTICIPLE})|(?P<acc>[Aa]ccording to)"
    rf"|(?P<stmt>[Ii]n a (?:statement|letter|interview|blog|post|speech|tweet)))\b"
)
PRONOUN = re.compile(r"(?=[HhSsTtIi])\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\b")
NOMINAL = re.compile(
    rf"(?=[{first_letters(PERSON_NOUNS, BODY_NOUNS, DETERMINERS)}])"
    rf"\b(?:(?:{DETERMINERS})\s+(?:(?!(?:{NOT_MODIFIERS})\b)[\w'’-]+\s+){{0,3}})?"
    rf"(?:{PERSON_NOUNS}|{BODY_NOUNS})\b"
    r"(?:\s+(?:for|at|of|from|with)\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4})?"
)
PERSON_NOUN = re.compile(rf"\b(?:{PERSON_NOUNS})\b")
# "Michael Jackson's mother": what follows a possessive name when it is the speaker.
OWNED = re.compile(rf"['’]s?\s+(?:[a-z-]+\s+){{0,2}}?(?:{PERSON_NOUNS}|{BODY_NOUNS}|{KIN_NOUNS})\b")
WORD = re.compile(r"[\w'’-]+")
REFERENCE_HEAD = re.compile(rf"(?:{REFERENCE_HEADS})$")
BOUNDARY = re.compile(r"[.!?][\"”’')]*\s+(?=[\"“‘'(]?[A-Z0-9])")
APPOSITIVE = re.compile(r",[^,]{1,120},\s*(?:\w+ly\s+|has\s+|had\s+|have\s+|also\s+)*$")
PREPOSITION_BEFORE = re.compile(rf"\b(?:{COMPLEMENT_PREPOSITIONS})\s+$")
