"""Labels that describe a speaker by nationality or age ("the Scot said", "the Kiwi
added", "the 25-year-old said"): sport and entertainment copy calls a person so after
naming them with the same description ("Scottish forward Ann Roe", "New Zealander Ann
Roe", "Ann Roe, 25,"). With two people in the story, the label is the one the article
described that way, not whoever was named last; with none, the label stays as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Final

from tui.core.attribution import cues as C
from tui.core.attribution import lexicon as L

# A nationality noun not listed, read as its own description ("the Australian").
_DEMONYM_SHAPE: Final = re.compile(r"[A-Z][a-z]+(?:an|ese|i)")
_AGE: Final = re.compile(r"(\d{1,3})-year-old")
_BEFORE_WORDS: Final = re.compile(r"(?: [a-z][\w-]*){0,2} $")  # " forward " of "Scottish forward "
_REACH: Final = 60  # chars read on either side of a name


@lru_cache(maxsize=256)
def _ties(label: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """What describes a person as ``label`` just before their name ("Scottish", "the
    25-year-old") and just after it ("(Scotland)", ", the Scot", ", 25,"); None when the
    label is neither a nationality nor an age."""
    age = _AGE.fullmatch(label)
    if age:
        n = age.group(1)
        return re.compile(rf"\b{n}-year-old\b"), re.compile(rf"(?:, (?:aged )?| \(){n}\b")
    forms = L.DEMONYM_FORMS.get(label)
    if forms is None:
        if not _DEMONYM_SHAPE.fullmatch(label):
            return None
        forms = label
    before = re.compile(rf"\b(?:{forms})\b")
    after = re.compile(rf"(?: \(| of |, (?:the |an? )?(?:[a-z][\w-]* ){{0,3}}?)(?:{forms})\b")
    return before, after


def _described_at(
    text: str, name: str, at: int, ties: tuple[re.Pattern[str], ...], pos: int
) -> bool:
    """Does the description stand right before the name at ``at`` ("Scottish forward
    |Ann Roe": only words a person's noun ends between) or right after it, ending
    before the label at ``pos`` (", the American said" is the label itself)?"""
    before, after = ties
    lo = max(0, at - _REACH)
    for m in before.finditer(text, lo, at):
        gap = _BEFORE_WORDS.fullmatch(text, m.end(), at)
        if gap and (gap.end() - gap.start() == 1 or C.speaks(text[m.end() : at].strip())):
            return True
    end = at + len(name) if text.startswith(name, at) else at + len(name.rsplit(" ", 1)[-1])
    found = after.match(text, end, min(pos, end + _REACH))
    return found is not None


def described_person(
    text: str, people: Callable[[], dict[str, list[int]]], label: str, pos: int
) -> str | None:
    """The one person named before ``pos`` whom the article describes as ``label``
    ("Scot", "Kiwi", "25-year-old"), or None (no such label, nobody or several).
    ``people`` gives each full name's places (read only for such a label)."""
    ties = _ties(label)
    if ties is None:
        return None
    found = {
        name
        for name, seen in people().items()
        if " " in name and any(at < pos and _described_at(text, name, at, ties, pos) for at in seen)
    }
    return found.pop() if len(found) == 1 else None
