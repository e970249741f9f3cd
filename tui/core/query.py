"""The quote finder's query syntax: plain words are fuzzy, prefixes narrow.

Kept apart from the index so the UI can parse (and show) a query without
touching the search machinery. Grammar, tokens separated by spaces::

    life blood          fuzzy words (typo tolerant, the last one also as a prefix)
    'word  '"a phrase"  must contain (case-insensitive substring)
    "a phrase"          same as '"a phrase"
    !word  !"a phrase"  must not contain
    speaker:coyne  speaker:"len mc"   speaker name or alias contains it
    kind:scare  is:scare  kind:all    show scare quotes and titles (hidden by default)
    kind:title  kind:direct  kind:partial   narrow to those kinds
    confidence:high  (medium, low)    only quotes whose speaker is that sure
"""

from __future__ import annotations

import re
from dataclasses import dataclass

KINDS = ("direct", "partial", "scare", "title")
CONFIDENCES = ("high", "medium", "low")

# A term: optional prefix, then a double-quoted group or a run of non-spaces.
_TERM = re.compile(r"""(?P<pre>[a-zA-Z]+:|'|!)?(?:"(?P<quoted>[^"]*)"?|(?P<bare>\S+))""")


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed query; see the module docstring for the syntax."""

    fuzzy: tuple[str, ...] = ()
    exact: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    speaker: tuple[str, ...] = ()
    include_scare: bool = False
    kinds: frozenset[str] | None = None
    # Speaker attribution confidence levels to keep (None: any, unattributed too).
    confidence: frozenset[str] | None = None
    # True when the text does not end in a space: the last fuzzy word is still being
    # typed, so it also matches longer words it begins ("gover" -> "government").
    prefix: bool = True

    def allowed_kinds(self) -> frozenset[str]:
        """The quote kinds this query shows."""
        if self.kinds:
            return self.kinds
        return frozenset(KINDS) if self.include_scare else frozenset(KINDS[:2])

    @property
    def has_words(self) -> bool:
        """Whether there is anything to rank by (fuzzy or exact words)."""
        return bool(self.fuzzy or self.exact)


def parse_query(text: str) -> Query:
    """Split the search box text into its parts; never raises."""
    fuzzy: list[str] = []
    exact: list[str] = []
    exclude: list[str] = []
    speaker: list[str] = []
    kinds: set[str] = set()
    confidence: set[str] = set()
    include_scare = False
    last_fuzzy = False  # whether the last term was a plain word (still being typed)
    for m in _TERM.finditer(text):
        last_fuzzy = False
        pre = (m.group("pre") or "").lower()
        quoted = m.group("quoted")
        value = (quoted if quoted is not None else m.group("bare") or "").strip()
        if pre in ("speaker:", "by:"):
            if value:
                speaker.append(value)
        elif pre in ("kind:", "is:"):
            v = value.lower()
            if v == "all":
                include_scare = True
            elif v in KINDS:
                kinds.add(v)
                include_scare = include_scare or v in ("scare", "title")
            elif v:
                fuzzy.append(m.group(0))
        elif pre in ("confidence:", "conf:"):
            v = value.lower()
            if v in CONFIDENCES:
                confidence.add(v)
            elif v:
                fuzzy.append(m.group(0))
        elif pre == "'":
            if value:
                exact.append(value)
        elif pre == "!":
            if value:
                exclude.append(value)
        elif pre:  # an unknown "word:" prefix is just text, e.g. "note:"
            fuzzy.append(m.group(0))
        elif quoted is not None:
            if value:
                exact.append(value)
        elif value:
            fuzzy.append(value)
            last_fuzzy = True
    return Query(
        fuzzy=tuple(fuzzy),
        exact=tuple(exact),
        exclude=tuple(exclude),
        speaker=tuple(speaker),
        include_scare=include_scare,
        kinds=frozenset(kinds) if kinds else None,
        confidence=frozenset(confidence) if confidence else None,
        prefix=last_fuzzy and not text[-1:].isspace(),
    )
