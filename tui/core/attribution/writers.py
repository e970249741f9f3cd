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


_PLATFORMS: Final = "|".join(sorted(L.PLATFORM_NAMES))
# "a post on the sheriff's office Facebook page", "on Tarn Mills' Instagram account".
_PAGE_OF: Final = re.compile(
    r"\b(?:on|to)\s+(?P<owner>(?:[Tt]he\s+)?(?:(?!(?:on|to)\b)[\w'’-]+\s+){0,4}?[\w'’-]+)\s+"
    rf"(?P<platform>{_PLATFORMS})\s+(?:page|account|feed|channel)\b"
)
_NAME_REACH: Final = 3_000  # chars back where the body was named in full


def page_owners(ctx: ArticleContext, quotes: list[Quote]) -> None:
    """ "according to a post on the sheriff's office Facebook page, which said the man
    was "Q"": a quote given to the platform is the page's owner's (medium), a body
    named before in full ("the Tarn County Sheriff's Office") or a name."""
    for q in quotes:
        if q.speaker not in L.PLATFORM_NAMES:
            continue
        s_lo, _ = ctx.sentence_span(q.paragraph, q.start)
        pages = [
            m
            for m in _PAGE_OF.finditer(ctx.text, s_lo, q.end + _REACH)
            if m.group("platform") == q.speaker and not ctx.inside_quote(m.start())
        ]
        if not pages:
            continue
        owner = _page_owner(ctx, pages[0].group("owner"), pages[0].start("owner"))
        if owner:
            q.speaker, q.speaker_mention, q.confidence = owner, pages[0].group(), "medium"


def _page_owner(ctx: ArticleContext, words: str, pos: int) -> str | None:
    """Whom "the sheriff's office" or "Tarn Mills'" before a platform's page stands
    for: a name, or the body last named in full with every word of the phrase."""
    bare = words.removeprefix("the ").removeprefix("The ")
    if bare[:1].isupper():
        return bare.removesuffix("'s").removesuffix("’s").rstrip("'’")
    wanted = [w[:1].upper() + w[1:] for w in bare.split()]
    if not wanted or wanted[-1].lower() not in L.NAMED_BODY_HEADS:
        return None
    found = None
    for m in C.ORG_NAME.finditer(ctx.text, max(0, pos - _NAME_REACH), pos):
        name = m.group().removeprefix("The ").split()
        if name[-1] == wanted[-1] and all(w in name for w in wanted):
            found = " ".join(name)
    return found or body_of_kind(ctx, f"the {bare}", pos)
