"""A body's staff writing for it: "Tarn Department lawyers wrote", "the agency's
attorneys argued in the filing".

Lawyers or officials who write a brief, a filing or a letter write it for the body
they serve: the paper is the body's, so the quote is too (as "the agency's letter
said" is the agency's). Only where the writing is plain, at "wrote" or at a cue "in
the filing"; "Tarn County officials said" stays theirs.
"""

from __future__ import annotations

import re
from typing import Final

from tui.core.attribution import cues as C
from tui.core.attribution import lexicon as L
from tui.core.attribution.context import ArticleContext
from tui.core.model import Quote

_WRITERS: Final = "|".join(sorted(L.BODY_WRITERS))
_FILINGS: Final = "|".join(sorted(L.FILED_PAPERS))
# "Tarn Department lawyers wrote", "the agency's attorneys argued in the filing", "Tarn
# County officials said in a letter".
_BODY_WRITE: Final = re.compile(
    rf"(?:(?P<body>{C.ORG_NAME.pattern})|\b(?P<kind>[Tt]he\s+[a-z]+)['’]s)\s+"
    rf"(?:[a-z][\w-]*\s+)?(?P<noun>{_WRITERS})\s+"
    r"(?:wrote\b|(?:said|argued|contended|claimed|stated|asserted|added)\s+in\s+"
    rf"(?:a|an|the|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{_FILINGS})\b)"
)
_REACH: Final = 160  # chars from a quote to the writers' cue after it


def body_writers(ctx: ArticleContext, quotes: list[Quote]) -> None:
    """Give quotes written by a body's lawyers or officials (labelled by the plural
    noun, and the quotes carried on after them) to the body (medium)."""
    for k, q in enumerate(quotes):
        if q.speaker is None or q.speaker_how != "role":
            continue
        head = q.speaker.rsplit(" ", 1)[-1]
        if head not in L.BODY_WRITERS:
            continue
        body = _writing_body(ctx, q, head)
        if body is None:
            continue
        label = q.speaker
        q.speaker, q.confidence = body, "medium"
        for after in quotes[k + 1 :]:
            if after.speaker != label or after.speaker_how != "carry-over":
                break
            after.speaker = body


def _writing_body(ctx: ArticleContext, q: Quote, noun: str) -> str | None:
    """The body whose ``noun`` (lawyers, officials) write the quote at a cue in its
    sentence, before the quote or just after it."""
    s_lo, _ = ctx.sentence_span(q.paragraph, q.start)
    hi = min(len(ctx.text), q.end + _REACH)
    for m in _BODY_WRITE.finditer(ctx.text, s_lo, hi):
        if m.group("noun") != noun or ctx.inside_quote(m.start()):
            continue
        if m.start() > q.end and "." in ctx.text[q.end : m.start()].replace(".,", ""):
            continue  # (another sentence's writers)
        if m.group("body"):
            name = m.group("body").removeprefix("The ")
            last = name.split()[-1]
            if last in L.BODY_NAME_HEADS or last in L.GROUP_WORDS or last in L.COMPANY_WORDS:
                return name
            continue
        body = body_of_kind(ctx, m.group("kind").lower(), m.start("kind"))
        if body:
            return body
    return None


def body_of_kind(ctx: ArticleContext, phrase: str, pos: int) -> str | None:
    """The body "the agency" at ``pos`` stands for, or None when no name. Read after
    attribution, it leaves the context's guess mark as it was."""
    guess = ctx.lead_guess
    body = ctx.resolve_phrase(phrase, pos)
    ctx.lead_guess = guess
    return body if body[:1].isupper() else None
