"""A statement, letter or memo speaks for whoever issued it.

"Pruitt, in a statement, said he backed "the concept". "Q," the statement said.": the
quote is Pruitt's. The issuer is read where the article names the document: the
speaker of a quote or cue in that sentence ("X said in a statement"), or the body or
person written right after it ("a memo from the Legislative Service Commission", "The
report, from the Office of Health Program Integrity,", "said the statement, attributed
to his communications director, Ann Roe"). The article may name the document several
times ("The statement added that ..."): the earlier mentions are read too.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tui.core.attribution import lexicon as L
from tui.core.attribution.context import WINDOW, ArticleContext
from tui.core.model import Quote

# After the document's noun: who issued it, perhaps after a role ("attributed to his
# communications director, ").
_ISSUED = re.compile(
    r",?\s+(?:from|by|attributed\s+to|issued\s+by|released\s+by)\s+"
    r"(?:(?:his|her|its|their|the)\s+[a-z][a-z -]{0,40},\s+)?(?:the\s+)?"
)
_MENTIONS_READ = 3  # earlier mentions of the same document looked at
_AFTER_QUOTE = 40  # chars after a quote where "the statement, attributed to" may stand


def document_issuers(
    ctx: ArticleContext,
    quotes: list[Quote],
    cue_speaker: Callable[[int, int], str | None],
) -> None:
    """Give each quote whose speaker is "the statement/letter/memo" (and the quotes
    carrying that label on after it) to the document's issuer, at medium confidence.
    ``cue_speaker(lo, hi)`` is the speaker of the last cue in ``text[lo:hi]``."""
    for k, q in enumerate(quotes):
        words = (q.speaker or "").split()
        if len(words) != 2 or words[0] != "the" or words[1] not in L.DOCUMENT_HEADS:
            continue
        issuer = _issuer(ctx, quotes, k, words[1], cue_speaker)
        if issuer and issuer.split()[-1] not in L.DOCUMENT_HEADS:
            _issued_by(quotes, k, q.speaker, issuer)


def _issuer(
    ctx: ArticleContext,
    quotes: list[Quote],
    k: int,
    noun: str,
    cue_speaker: Callable[[int, int], str | None],
) -> str | None:
    """Who issued the document ``noun`` that quote ``k`` is given to."""
    text, q = ctx.text, quotes[k]
    after = text.find(noun, q.end, q.end + _AFTER_QUOTE)
    if after >= 0 and (named := _named_after(ctx, after + len(noun))):
        return named  # `"Q," said the statement, attributed to its director, Ann Roe.`
    hi = q.start
    for _ in range(_MENTIONS_READ):
        at = text.rfind(noun, max(0, q.start - WINDOW), hi)
        if at < 0 or ctx.inside_quote(at):
            return None
        named = _named_after(ctx, at + len(noun))
        if named:
            return named
        lo, end = ctx.sentence_span(ctx.para_of(at), at)
        issuer = next(
            (p.speaker for p in quotes[:k] if p.speaker and p.start < end and p.end > lo), None
        )
        if issuer is None:
            issuer = cue_speaker(lo, end)
        if issuer and issuer.split()[-1] not in L.DOCUMENT_HEADS:
            return issuer  # (not "the statement" of "The statement added that")
        hi = at
    return None


def _named_after(ctx: ArticleContext, pos: int) -> str | None:
    """The person or body named right after "from/by/attributed to" at ``pos``."""
    m = _ISSUED.match(ctx.text, pos)
    if m is None:
        return None
    mention = next(iter(ctx.names.mentions_between(m.end(), m.end() + 80)), None)
    if mention is None or mention.start != m.end():
        return None
    if not (mention.org or ctx.names.is_person(mention)):
        return None
    return ctx.names.resolve(mention)


def _issued_by(quotes: list[Quote], k: int, label: str | None, issuer: str) -> None:
    """Give quote ``k`` and the quotes right after it that carry its label on to
    ``issuer``."""
    for q in quotes[k:]:
        if q.speaker != label:
            break
        q.speaker, q.confidence = issuer, "medium"
