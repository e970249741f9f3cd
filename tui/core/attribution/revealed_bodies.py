"""A body the article first brings in unnamed, and names a sentence later.

"A rival bidder had alleged the process was "rigged." That company, Tarn Timber
Group, wrote in its complaint: "Q"": the rival bidder is Tarn Timber Group, so every
quote labelled "a rival bidder" is the group's. "A memo by a polling firm ... "Q," the
memo says. ... The firm that wrote the memo, Ely Park & Associates, declined to
comment": the memo speaks for Ely Park & Associates. :func:`name_revealed_bodies`
puts the body's name on those quotes, at medium confidence.
"""

from __future__ import annotations

import re
from typing import Final

from tui.core.attribution import cues as C
from tui.core.attribution import lexicon as L
from tui.core.attribution.names import gender_of
from tui.core.model import Quote

_KINDS: Final = "|".join(sorted(L.BODY_REFERENCES | L.SHORT_BODY_KINDS))
_DOCUMENTS: Final = "|".join(sorted(L.DOCUMENT_HEADS))
# "That company, Tarn Timber Group," opening a sentence: the body a sentence before
# brought in by what it is. (The "T" comes first and the sentence's start is checked
# behind it, so the engine skips ahead to capital Ts at C speed instead of trying the
# look-behinds at every position of the article; the same matches.)
_KIND_NAMED: Final = re.compile(
    r"T(?:(?<![\s\S]T)|(?<=[.!?][\"”’] T)|(?<=[.!?] T))(?:hat|his|he) "
    rf"(?:{_KINDS}), (?P<name>{C.ORG_NAME.pattern}),"
)
# "The firm that wrote the memo, Ely Park & Associates,": who issued a document the
# article quoted without naming its issuer. (The word boundary checked behind the "T":
# a faster scan, the same matches.)
_ISSUER_NAMED: Final = re.compile(
    r"T(?<!\wT)(?:he|hat) (?:[a-z][\w-]* ){0,2}?[a-z][\w-]* (?:that|which|who) "
    r"(?:wrote|drafted|prepared|produced|issued|commissioned|filed|sent|released|authored) "
    rf"(?:the|that|this) (?:[a-z][\w-]* )?(?P<doc>{_DOCUMENTS}), (?P<name>{C.ORG_NAME.pattern}),",
    re.MULTILINE,
)
# "a group of parents, organized as Tarn Families for Decency,", "The organization,
# which calls itself Ely Voters First,": the name a described body goes by.
_GOES_BY: Final = re.compile(
    r",\s+(?:(?:organized|organised|registered|incorporated|formed)\s+as"
    r"|(?:which|that|who)\s+calls?\s+(?:itself|themselves)|calling\s+(?:itself|themselves))\s+"
    rf"(?P<name>{C.ORG_NAME.pattern})"
)
_DESCRIBED_REACH: Final = 80  # chars back from the comma to the body's description
_SENTENCE_END: Final = re.compile(r"[.!?][\"”’]?\s")
_LOOK_BACK: Final = 400  # chars back to the sentence that brought the body in


def name_revealed_bodies(text: str, quotes: list[Quote]) -> None:
    """Rename the quotes of an unnamed body or an issuer-less document to the name a
    later sentence gives it (see the module docstring)."""
    if not any(q.speaker and q.speaker[:1].islower() for q in quotes):
        return  # (most articles: every speaker is named)
    if ", " not in text:
        return
    for m in _KIND_NAMED.finditer(text):
        if _body_name(m.group("name")):
            _rename_before(text, quotes, m.start(), m.group("name"))
    for m in _GOES_BY.finditer(text):
        if _body_name(m.group("name")):
            _rename_described(text, quotes, m.start(), m.group("name"))
    for m in _ISSUER_NAMED.finditer(text):
        if _body_name(m.group("name")):
            label = f"the {m.group('doc')}"
            _rename(quotes, label, m.group("name"), before=m.start())


def _body_name(name: str) -> bool:
    """A body's name, not a person's (no given name opens it)."""
    return gender_of(name.split()[0]) is None and not name.startswith(("The ", "This "))


def _rename_before(text: str, quotes: list[Quote], at: int, name: str) -> None:
    """Rename the indefinite label ("a rival bidder") the sentence before ``at`` holds."""
    lo = max(0, at - _LOOK_BACK)
    ends = [e.end() for e in _SENTENCE_END.finditer(text, lo, max(lo, at - 1))]
    start = ends[-2] if len(ends) > 1 else lo
    before = text[start:at]
    labels = {
        q.speaker
        for q in quotes
        if q.speaker
        and q.speaker.split(" ", 1)[0] in ("a", "an")
        and q.start < at + _LOOK_BACK
        and q.speaker in before
    }
    if len(labels) == 1:
        _rename(quotes, labels.pop(), name)


def _rename_described(text: str, quotes: list[Quote], at: int, name: str) -> None:
    """Rename the label ("a group") whose description ends right before ``at``, the
    comma of "organized as NAME" (the quotes after the description only)."""
    before = text[max(0, at - _DESCRIBED_REACH) : at].lower()
    labels = {
        q.speaker
        for q in quotes
        if q.speaker
        and q.speaker.split(" ", 1)[0] in ("a", "an", "the")
        and q.start > at - _DESCRIBED_REACH
        and q.speaker.lower() in before
    }
    if len(labels) == 1:
        _rename(quotes, labels.pop(), name)


def _rename(quotes: list[Quote], label: str, name: str, before: int | None = None) -> None:
    for q in quotes:
        if q.speaker == label and (before is None or q.start < before):
            q.speaker = name
            if q.confidence == "high":
                q.confidence = "medium"
