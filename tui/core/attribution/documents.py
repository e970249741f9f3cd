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

from tui.core.attribution import cues as C
from tui.core.attribution import lexicon as L
from tui.core.attribution.context import WINDOW, ArticleContext
from tui.core.model import Quote

# After the document's noun: who issued it, perhaps after a role ("attributed to his
# communications director, ").
_ISSUED = re.compile(
    r",?\s+(?:from|by|attributed\s+to|(?:issued|released)\s+by"
    # ("The memo, dated July 14 and written by deputy chief of staff Ann Roe,")
    r"|(?:[^,.;:\"“”]{1,40},?\s+)?(?:and\s+)?(?:written|signed|drafted|authored|sent)\s+by)\s+"
    r"(?:(?:his|her|its|their|the)\s+[a-z][a-z -]{0,40},\s+|[a-z][a-z -]{0,40}\s+(?=[A-Z]))?"
    r"(?:the\s+)?"
)
# A name owning the document: "The Office of Congressional Conduct's (report)".
_OWNER = re.compile(rf"({C.ORG_NAME.pattern})['’]s (?:[a-z][\w-]* )?$")
_OWNER_REACH = 90  # chars
_SPOKES_BEFORE = re.compile(r"[Ss]pokes(?:man|woman|person),? $")
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
        named = _named_document(words)
        if named:
            _issued_by(quotes, k, q.speaker, named)  # "a Lumen TV statement": Lumen TV's
            continue
        if len(words) != 2 or words[0] != "the" or words[1] not in L.DOCUMENT_HEADS:
            continue
        issuer = _issuer(ctx, quotes, k, words[1], cue_speaker)
        if issuer and issuer.split()[-1] not in L.DOCUMENT_HEADS:
            _issued_by(quotes, k, q.speaker, issuer)


def _named_document(words: list[str]) -> str | None:
    """The name a document's label is made of ("a Lumen TV statement" → Lumen TV)."""
    if len(words) < 3 or words[0] not in ("a", "an", "the") or words[-1] not in L.DOCUMENT_HEADS:
        return None
    name = words[1:-1]
    return " ".join(name) if all(w[:1].isupper() for w in name) else None


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
        if at < 0:
            return None
        if ctx.inside_quote(at):
            hi = at  # ("his campaign finance reports" in a quote names no document)
            continue
        named = _named_after(ctx, at + len(noun)) or _owner_before(ctx.text, at)
        if named:
            return named
        if noun in L.REPORT_HEADS:
            hi = at  # (a report's issuer is named with it, not by a cue near it)
            continue
        lo, end = ctx.sentence_span(ctx.para_of(at), at)
        issuer = next(
            (p.speaker for p in quotes[:k] if p.speaker and p.start < end and p.end > lo), None
        )
        if issuer is None:
            issuer = cue_speaker(lo, end)
        if issuer and issuer.split()[-1] not in L.DOCUMENT_HEADS:
            # (not "the statement" of "The statement added that"; a spokesperson
            # named after the document delivered it)
            return _spokesperson(ctx, end, q.start) or issuer
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
    if mention.org:  # "the Office of Health Program Integrity": the body's whole name
        whole = C.ORG_NAME.match(ctx.text, mention.start)
        if whole and whole.group().startswith(mention.words):
            return whole.group()
    return ctx.names.resolve(mention)


def _spokesperson(ctx: ArticleContext, lo: int, hi: int) -> str | None:
    """The spokesperson named in ``text[lo:hi]`` ("The campaign fired back in a
    statement. Campaign spokeswoman Ann Roe said ..."), who delivered the document."""
    for m in ctx.names.mentions_between(lo, hi):
        if _SPOKES_BEFORE.search(ctx.text, max(0, m.start - 16), m.start) and (
            ctx.names.is_person(m)
        ):
            return ctx.names.resolve(m)
    return None


def _owner_before(text: str, at: int) -> str | None:
    """The body or person whose document stands at ``at``: "The Office of
    Congressional Conduct's report"."""
    m = _OWNER.search(text, max(0, at - _OWNER_REACH), at)
    return m.group(1).removeprefix("The ") if m else None


def _issued_by(quotes: list[Quote], k: int, label: str | None, issuer: str) -> None:
    """Give quote ``k`` and the quotes right after it that carry its label on to
    ``issuer``."""
    for q in quotes[k:]:
        if q.speaker != label:
            break
        q.speaker, q.confidence = issuer, "medium"
