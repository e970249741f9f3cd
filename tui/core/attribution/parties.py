"""A lede's source told only by party: "an exchange that one Democrat called "Q"".

A story may open on a party member's words ("one Democrat called it "the most evasive
hour"") and name them later by party ("Sen. Ann Roe, Democrat of Oregon, pressed her").
The first person the article ties to that party after the quote, named within two
paragraphs of the lede, spoke the lede's words (a guess, so low confidence); with none
so near, the label stays as written.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Final

from tui.core.attribution import cues as C

if TYPE_CHECKING:
    from tui.core.attribution.context import ArticleContext
    from tui.core.model import Quote

# "one Democrat", "a Republican": a source told only by party.
_PARTY_LABEL: Final = re.compile(r"(?:one|a|another) (Democrat|Republican)")
_TAG_LETTER: Final = {"Democrat": "D", "Republican": "R"}
# How many paragraphs after the lede the party member must be named in.
_PARAGRAPHS_AFTER: Final = 2


@lru_cache(maxsize=4)
def _tied_after(party: str) -> re.Pattern[str]:
    """A party written after a name: ", Democrat of Oregon", ", a Democrat,", ", an
    Oregon Democrat", " (D-Ore.)"."""
    return re.compile(
        rf",\s+(?:an?\s+|the\s+)?(?:[A-Z][\w.'’-]*\s+){{0,2}}{party}\b"
        rf"|\s*\({_TAG_LETTER[party]}-[A-Z]"
    )


def _party_members(ctx: ArticleContext, party: str) -> list[str]:
    """The people (full names) the article ties to ``party`` right after a mention."""
    after = _tied_after(party)
    found = []
    for name in ctx.names.people_at():
        if " " not in name:
            continue
        surname = C.whole_word(name.split()[-1])
        if any(after.match(ctx.text, m.end()) for m in surname.finditer(ctx.text)):
            found.append(name)
    return found


def party_sources(ctx: ArticleContext, quotes: list[Quote]) -> None:
    """A lede quote labelled "one Democrat" is the first person the article ties to
    that party next (low confidence), when named within two paragraphs of the lede."""
    body = next((p for p in ctx.article.paragraphs if p.kind == "body"), None)
    if body is None:
        return
    for q in quotes:
        if q.paragraph != body.index or q.speaker is None:
            continue
        label = _PARTY_LABEL.fullmatch(q.speaker)
        if label is None:
            continue
        seen = ctx.names.people_at()
        after = [(seen[n][0], n) for n in _party_members(ctx, label.group(1)) if seen[n][0] > q.end]
        if after and ctx.para_of(min(after)[0]) <= body.index + _PARAGRAPHS_AFTER:
            q.speaker, q.speaker_how, q.confidence = min(after)[1], "role", "low"
