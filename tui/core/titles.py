"""Titles of works in quotation marks: `his album "Blue Skies"`, `said on "Sunday Table."`.

A quoted title (a show, book, film, song, campaign or slogan named as such) is no
one's words; the extractor gives it its own kind, ``title``, so it is never
attributed and is hidden like a scare quote. Decided from the words right around
the marks and the shape of the quoted words (a title is short and capitalised).
"""

from __future__ import annotations

import re

from tui.core.attribution.lexicon import TITLE_SMALL_WORDS, TITLE_VERBS, WORK_NOUNS

_WORK_BEFORE = re.compile(
    rf"(?:\b(?:{WORK_NOUNS})|\b(?:{TITLE_VERBS})"
    rf"|\b(?:{WORK_NOUNS})\s+(?:[\w'’-]+\s+){{0,2}}?(?:called|named))\s*$"
)
_WORK_AFTER = re.compile(rf"\s*(?:{WORK_NOUNS})\b")
# "said on 'Sunday Table'", "on Channel 6's 'Sunday Table'", "starred in 'Hamlet'",
# "appeared on 'Newsnight'" (a bare "in" is too common: "a labour shortage in 'Old
# Europe'").
_ON_BEFORE = re.compile(
    r"(?:\bon(?:\s+(?:[A-Z][\w-]*\s+){0,2}[A-Z0-9][\w-]*['’]s)?"
    r"|\b(?:star(?:s|red|ring)?|appear(?:s|ed|ing)?|role|featured?)(?:\s+in)?)\s*$"
)
# A work noun, maybe a comma and "the", or a naming word right before the marks.
_APPOSED_WORK = re.compile(
    rf"(?:\b(?:{WORK_NOUNS}|{TITLE_VERBS}|dubbed|called|named),?(?:\s+the)?)\s*$"
)
# "On" or "In" opening a sentence right before the marks.
_OPENING_ON = re.compile(r"(?:^|[.!?]\s+|\n)(?:On|In)\s*$")
_LAW_HEADS = frozenset(("Act", "Bill"))  # the last word of a law's name
_LOOKBACK = 60  # chars read before the opening mark
_MAX_WORDS = 12
_MAX_BARE_WORDS = 8  # a title with no work noun next to it is short
_MAX_SLOGAN_WORDS = 6  # "Say no to Europe": a slogan need not be title-cased


def _capitalised(word: str) -> bool:
    head = word.lstrip("(“‘\"'")[:1]
    return head.isupper() or head.isdigit()


def title_cased(content: str) -> bool:
    """Every word but small ones capitalised, and the first one too ("Sunday Table.")."""
    words = content.rstrip(".,!?;:…").split()
    if not words or not _capitalised(words[0]):
        return False
    return all(_capitalised(w) or w.lower() in TITLE_SMALL_WORDS for w in words)


def _apposed(before: str, content: str) -> bool:
    """A title-cased quote ending in a comma: a title when a work noun stands before it
    (`the podcast "Frontier Politics,"`, `his memoir, "Rows,"`), when it opens its
    sentence after "On"/"In" (`On "State of the Week," Sen. Vasquez ...`), or when
    it is the name of a law (`the "Clean Rivers Act,"`)."""
    if _APPOSED_WORK.search(before) or _OPENING_ON.search(before):
        return True
    return content.rstrip(",;: ").rpartition(" ")[2] in _LAW_HEADS


def is_title(text: str, start: int, end: int, content: str) -> bool:
    """Is the quote ``text[start:end]`` (words ``content``) the title of a work?"""
    words = content.split()
    if not words or len(words) > _MAX_WORDS or not _capitalised(words[0]):
        return False
    before = text[max(0, start - _LOOKBACK) : start]
    if content.rstrip()[-1:] in ",;:":
        # "'We will win,' she said": the sentence goes on after it; but a title set
        # in apposition keeps its comma inside the marks (US style).
        return title_cased(content) and _apposed(before, content)
    if _WORK_BEFORE.search(before):
        # his album "Blue Skies", a documentary called "No More Mr Nasty", the slogan
        # "Say no to Europe"; not "told the programme "I am innocent.""
        return title_cased(content) or (
            len(words) <= _MAX_SLOGAN_WORDS and content.rstrip()[-1:] not in ".!?"
        )
    opens_line = not before.rpartition("\n")[2].strip()
    if len(words) > _MAX_BARE_WORDS or not title_cased(content) or opens_line:
        return False  # (a headline "'Comeback' show for ...": capitals say nothing)
    if _WORK_AFTER.match(text, end, end + 20):
        return True  # the "Sunday Table" show
    return _ON_BEFORE.search(before) is not None  # said on "Sunday Table."
