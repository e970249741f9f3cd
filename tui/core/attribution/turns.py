"""Question-and-answer turns with no cues: the two people of an exchange take turns.

An interview or a hearing is often written as "Host Ann Roe pressed Ben Ode on the
deal." then a question ("..., are you a no?" Roe asked.) and a run of bare quoted
paragraphs, the answer, the next question, the next answer. With no cue, each would
carry on the last speaker. Here the run alternates between the one who asks (the
question's speaker, or the subject of "pressed/asked/interrupted") and the one asked
(the verb's object, or else the last other speaker), at low confidence.
"""

from __future__ import annotations

import re

from tui.core.attribution import lexicon as L
from tui.core.attribution.context import ArticleContext
from tui.core.model import Quote

# "Ann Roe pressed Ben Ode", "interrupted her", "asked Bergmann whether".
_ASKS = re.compile(rf"\b(?:{L.TURN_ASKING})\s+")
_OBJECT_PRONOUN = re.compile(r"(?:him|her)\b")
_CARRIED = (None, "carry-over")


def take_turns(ctx: ArticleContext, quotes: list[Quote]) -> None:
    """Give the bare quoted paragraphs after a question in an exchange to its two
    people in turn."""
    k = 0
    while k < len(quotes):
        if not quotes[k].text.rstrip("”\"’' ").endswith("?"):
            k += 1  # (a run opens with a question: most quotes are none)
            continue
        run = _run(ctx, quotes, k)
        if len(run) >= 2:
            _alternate(ctx, quotes, k, run)
        k += max(len(run), 1)


def _run(ctx: ArticleContext, quotes: list[Quote], k: int) -> list[Quote]:
    """The quotes from ``k`` on, each in a paragraph of its own (the first may carry
    its cue), in consecutive paragraphs."""
    run: list[Quote] = []
    for q in quotes[k:]:
        if q.kind != "direct" or q.paragraph != q.last_paragraph:
            break
        if run and (q.paragraph != run[-1].paragraph + 1 or not _bare(ctx, q)):
            break
        run.append(q)
    return run


def _bare(ctx: ArticleContext, q: Quote) -> bool:
    p = ctx.article.paragraphs[q.paragraph]
    return not ctx.text[p.start : q.start].strip() and not ctx.text[q.end : p.end].strip()


def _alternate(ctx: ArticleContext, quotes: list[Quote], k: int, run: list[Quote]) -> None:
    """Give ``run`` (opened by a question) to the asker and the one asked in turn."""
    first = run[0]
    asks = _exchange(ctx, first)
    if asks is None:
        return
    asker = first.speaker if first.speaker_how not in _CARRIED else None
    asker = asker or _subject(ctx, asks)
    asked = _object(ctx, asks) or _last_other(quotes[:k], asker)
    asker = asker or _last_other(quotes[:k], asked)  # "the senator pressed Ben Ode"
    if not asker or not asked or asker == asked:
        return
    for n, q in enumerate(run):
        who = asker if n % 2 == 0 else asked
        if q.speaker_how not in _CARRIED:
            if q.speaker != who:
                return  # a turn with its own cue for someone else: the pattern is broken
            continue
        q.speaker, q.speaker_how, q.confidence = who, "carry-over", "low"
        q.speaker_mention = q.speaker_mention or who


def _exchange(ctx: ArticleContext, q: Quote) -> re.Match[str] | None:
    """ "Host Ann Roe pressed Ben Ode on ...": the asking verb in the sentence right
    before the question (the end of the paragraph before, or its own paragraph)."""
    p = ctx.article.paragraphs[q.paragraph]
    if ctx.text[p.start : q.start].strip():
        lo = ctx.sentence_span(q.paragraph, q.start)[0]
        hi = q.start
    elif q.paragraph > 0:
        prev = ctx.article.paragraphs[q.paragraph - 1]
        if prev.kind != "body" or ctx.inside_quote(prev.end - 2):
            return None
        lo = ctx.sentence_span(q.paragraph - 1, max(prev.end - 2, prev.start))[0]
        hi = prev.end
    else:
        return None
    found = None
    for m in _ASKS.finditer(ctx.text, lo, hi):
        found = m
    return found if found is not None and not ctx.inside_quote(found.start()) else None


def _subject(ctx: ArticleContext, asks: re.Match[str]) -> str | None:
    """The person named last before the asking verb in its sentence."""
    para = ctx.para_of(asks.start())
    lo = ctx.sentence_span(para, asks.start())[0]
    people = [m for m in ctx.names.mentions_between(lo, asks.start()) if ctx.names.is_person(m)]
    return ctx.names.resolve(people[-1]) if people else None


def _object(ctx: ArticleContext, asks: re.Match[str]) -> str | None:
    """The person named right after the asking verb ("pressed Ben Ode"); None for a
    pronoun or a description (the last other speaker is used then)."""
    pos = asks.end()
    if _OBJECT_PRONOUN.match(ctx.text, pos):
        return None
    mentions = ctx.names.mentions_between(pos, pos + 60)
    if not mentions or mentions[0].start != pos or not ctx.names.is_person(mentions[0]):
        return None
    return ctx.names.resolve(mentions[0])


def _last_other(quotes: list[Quote], asker: str | None) -> str | None:
    """The speaker of the last quote before who is not the asker."""
    for q in reversed(quotes):
        if q.speaker and q.speaker != asker and q.kind == "direct":
            return q.speaker
    return None
