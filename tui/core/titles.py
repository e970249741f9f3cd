"""Titles of works in quotation marks: `his album "Blue Skies"`, `said on "Sunday Table."`.

A quoted title (a show, book, film, song, campaign or slogan named as such) is no
one's words; the extractor gives it its own kind, ``title``, so it is never
attributed and is hidden like a scare quote. Decided from the words right around
the marks and the shape of the quoted words (a title is short and capitalised).
"""

from __future__ import annotations

import re
from typing import Final

from tui.core.attribution.lexicon import TITLE_SMALL_WORDS, TITLE_VERBS, WORK_NOUNS
from tui.core.model import Quote

_WORK_BEFORE: Final = re.compile(
    rf"(?:\b(?:{WORK_NOUNS})[,:]?|\b(?:{TITLE_VERBS})"
    rf"|\b(?:{WORK_NOUNS})\s+(?:[\w'’-]+\s+){{0,2}}?(?:called|named))\s*$"
)
# What ``before`` must end with (past white space, a comma or colon) for _WORK_BEFORE
# to match: a work noun, a title verb, "called" or "named". An ``endswith`` test rules
# out most quotes before the pattern is tried at each of ``before``'s characters.
_WORK_ENDS: Final = (*WORK_NOUNS.split("|"), *TITLE_VERBS.split("|"), "called", "named")
_WORK_AFTER: Final = re.compile(rf"\s*(?:{WORK_NOUNS})\b")
# "said on 'Sunday Table'", "on Channel 6's 'Sunday Table'", "on Vale News' 'Early
# Hour'" (a possessive after a final "s"), "starred in 'Hamlet'",
# "appeared on 'Newsnight'" (a bare "in" is too common: "a labour shortage in 'Old
# Europe'").
_ON_BEFORE: Final = re.compile(
    r"(?:\bon(?:\s+(?:[A-Z][\w-]*\s+){0,2}[A-Z0-9][\w-]*(?:['’]s|(?<=s)['’]))?"
    r"|\b(?:star(?:s|red|ring)?|appear(?:s|ed|ing)?|role|featured?)(?:\s+in)?)\s*$"
)
# A work noun, maybe a comma or colon and "the", or a naming word right before the marks.
_APPOSED_WORK: Final = re.compile(
    rf"(?:\b(?:{WORK_NOUNS}|{TITLE_VERBS}|dubbed|called|named)[,:]?(?:\s+the)?)\s*$"
)
# A work noun in an apposition right after the closing mark: `"Tango Makes a Family,"
# a picture book`, `"The Salt Marsh Years," Ada Roe's novel about` (not `"Tremendous,"
# the film's director said`).
_WORK_APPOSED_AFTER: Final = re.compile(
    rf"\s*(?:(?:[A-Z][\w'’-]*\s+){{0,3}}[A-Z][\w-]*['’]s?\s+|an?\s+|the\s+|her\s+|his\s+)?"
    rf"(?:[a-z][\w-]*\s+){{0,2}}(?:{WORK_NOUNS})\b(?!['’]s)(?!\s+(?:said|says|added|told|wrote)\b)"
)
# What signs, banners and shirts say: `signs in the crowd read "X"`, `T-shirts reading "X"`.
_SIGN_BEFORE: Final = re.compile(
    r"\b(?i:signs?|banners?|placards?|posters?|shirts?|T-shirts?|hats?|caps?|stickers?|"
    r"billboards?|buttons?)\b[^.!?“”\"]{0,50}?\b(?:read|reads|reading|emblazoned\s+with|"
    r"bearing)(?:,?\s+(?:in\s+[^.!?“”\"]{1,40}?,\s*)?)?(?:\s+and\s+|\s*)$"
)
# "On" or "In" opening a sentence right before the marks.
_OPENING_ON: Final = re.compile(r"(?:^|[.!?]\s+|\n)(?:On|In)\s*$")
_LAW_HEADS: Final = frozenset(("Act", "Bill"))  # the last word of a law's name
_LOOKBACK: Final = 60  # chars read before the opening mark
_MAX_WORDS: Final = 12
_MAX_BARE_WORDS: Final = 8  # a title with no work noun next to it is short
_MAX_SLOGAN_WORDS: Final = 6  # "Say no to Europe": a slogan need not be title-cased


def _capitalised(word: str) -> bool:
    head = word.lstrip("(“‘\"'")[:1]
    return head.isupper() or head.isdigit()


def title_cased(content: str) -> bool:
    """Every word but small ones capitalised, and the first one too ("Sunday Table.")."""
    words = content.rstrip(".,!?;:…").split()
    if not words or not _capitalised(words[0]):
        return False
    # (a word of no letters, "&" of "Fox & Friends", is small too)
    return all(
        _capitalised(w) or w.lower() in TITLE_SMALL_WORDS or not any(c.isalnum() for c in w)
        for w in words
    )


def _apposed(before: str, content: str, after: str) -> bool:
    """A title-cased quote ending in a comma: a title when a work noun stands before it
    (`the podcast "Frontier Politics,"`, `his memoir, "Rows,"`), when it opens its
    sentence after "On"/"In" (`On "State of the Week," Sen. Vasquez ...`), or when
    it is the name of a law (`the "Clean Rivers Act,"`)."""
    if _APPOSED_WORK.search(before) or _OPENING_ON.search(before) or _ON_BEFORE.search(before):
        return True  # (or "appearing on "This Week,"")
    if _WORK_APPOSED_AFTER.match(after):
        return True
    return content.rstrip(",;: ").rpartition(" ")[2] in _LAW_HEADS


def is_title(text: str, start: int, end: int, content: str) -> bool:
    """Is the quote ``text[start:end]`` (words ``content``) the title of a work?"""
    words = content.split()
    if not words or len(words) > _MAX_WORDS or not _capitalised(words[0]):
        return False
    before = text[max(0, start - _LOOKBACK) : start]
    # (_SIGN_BEFORE needs "read(s|ing)", "emblazoned" or "bearing": a substring test
    # skips the pattern for the many quotes with none of them before.)
    signed = "read" in before or "emblazoned" in before or "bearing" in before
    if signed and _SIGN_BEFORE.search(before):
        return True  # `T-shirts reading "Build the Plant."`
    if content.rstrip()[-1:] in ",;:":
        # "'We will win,' she said": the sentence goes on after it; but a title set
        # in apposition keeps its comma inside the marks (US style).
        return title_cased(content) and _apposed(before, content, text[end : end + _LOOKBACK])
    if before.rstrip().rstrip(",:").endswith(_WORK_ENDS) and _WORK_BEFORE.search(before):
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


# Between a title and a quote listed with it: `"Farmers for Roe" and, in one case, "X"`
# (not `signs reading "X" and chanted "Y"`: a verb of its own).
_LISTED_AFTER: Final = re.compile(r"\s*,?\s*(?:and|or)(?:,[^.!?“”\"]{1,40},)?\s*$")


def _words_of(content: str) -> str:
    return " ".join(content.strip(" .,;:!?…\"“”‘’'").split()).casefold()


def titles_by_company(text: str, quotes: list[Quote]) -> None:
    """A quote with the words of a title found elsewhere in the article (a book
    listed as a memoir, then "said "Boy on the Overpass" had helped her"), or listed
    right after a title ("signs read "A" and, in one case, "B""), is a title too."""
    named = {_words_of(q.text) for q in quotes if q.kind == "title"}
    if not named:
        return
    prev: Quote | None = None
    for q in quotes:
        if q.kind in ("direct", "partial") and q.paragraph == q.last_paragraph:
            words = q.text.split()
            listed = (
                prev is not None
                and prev.kind == "title"
                and prev.paragraph == q.paragraph
                and len(words) <= _MAX_SLOGAN_WORDS
                and _LISTED_AFTER.match(text, prev.end, q.start) is not None
            )
            if listed or (title_cased(q.text) and _words_of(q.text) in named):
                q.kind = "title"
        prev = q
