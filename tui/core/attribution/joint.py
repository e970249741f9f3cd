"""Two people who put their names to one paper speak together.

"Rep. Ann Roe (D-Ore.) and Rep. Ben Ode (D-Ill.) wrote that ...", "Ann Roe, R-N.D., and
Ben Ode, D-Wyo., sent a joint letter": the words are both signers', labelled as the
article names the pair ("Ann Roe and Ben Ode": tests/core/gold/README.md, a group joined
by "and" is labelled as the article names it), not the second signer's alone.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from tui.core.attribution import lexicon as L
from tui.core.attribution.context import ArticleContext
from tui.core.model import Quote

# Between two signers: a tag in commas or brackets ("R-N.D.", "(D-Ore.)"), "and", and
# perhaps the second one's title ("Rep.").
_JOINED: Final = re.compile(
    r"(?:,\s[^,;:\"“”()]{1,24},|\s\([^()]{1,24}\))?\s+and\s+(?:[A-Z][a-z]{1,5}\.?\s+)?"
)


def joint_label(ctx: ArticleContext, speaker: str, lo: int, hi: int) -> str | None:
    """ "A and B" when ``speaker`` is named in ``text[lo:hi]`` (outside quotes) as the
    second of two people joined by "and"; else None."""
    names = ctx.names
    mentions = [m for m in names.mentions_between(lo, hi) if not ctx.inside_quote(m.start)]
    for a, b in itertools.pairwise(mentions):
        if not _JOINED.fullmatch(ctx.text, a.end, b.start):
            continue
        if not (names.is_person(a) and names.is_person(b)) or names.resolve(b) != speaker:
            continue
        first = names.resolve(a)
        if first and first != speaker:
            return f"{first} and {speaker}"
    return None


def joint_writers(ctx: ArticleContext, quotes: list[Quote]) -> None:
    """ "A and B wrote that the leak raised "Q"": a quote given to the subject of a
    writing or signing cue goes to both when that subject is the second of a pair."""
    for q in quotes:
        if q.speaker is None or q.cue not in L.WRITING_CUES:
            continue
        s_lo, _ = ctx.sentence_span(q.paragraph, q.start)
        label = joint_label(ctx, q.speaker, s_lo, q.start)
        if label:
            q.speaker = label
