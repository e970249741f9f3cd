"""Interview turns: quotes standing alone after a question go back and forth (with
turns.py's take_turns run before: this reads more shapes of the one asked).

A news story that reports an exchange (a hearing, a debate, a radio interview) sets
it up once and then gives the turns as bare quoted paragraphs:

    "Did you read the report?" Vance asked Ines Corrado.
    "I did, Senator."
    "Has anyone been fired?"

A cue-less quote carries on the speaker before it, which gives every turn to the one
who asked. Here, after a question put to someone ("you"), each bare quoted paragraph
is the next turn: the one asked answers, the asker comes back, and so on. The one
asked is found, surest first, by name in the question ("Mr. Holt, your company ..."),
as the object of an asking verb near it ("asked Ines Corrado"), as the person the
paragraph before opens with ("Holt said he had not ..."), or as the last other person
quoted just before it (the exchange going on).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tui.core.attribution import lexicon as L
from tui.core.model import Quote

if TYPE_CHECKING:
    from tui.core.attribution.context import ArticleContext

_YOU = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Yy]ou're|[Yy]ou’re|[Yy]ourself)\b")
# The object of an asking verb, perhaps after a title: "asked FEMA Administrator Ines Corrado".
_ASKED = re.compile(rf"\b(?:{L.ASKED_BEFORE_NAME})\s+(?:[A-Z][\w.'’-]*\s+){{0,3}}$")
_ASKED_REACH = 48  # chars before a name read for the asking verb
_EXCHANGE_PARAGRAPHS = 3  # how far back the last other person quoted may be
_BARE = frozenset({None, "carry-over"})  # how a quote with no cue of its own got its speaker
# Cues of an answer: no one answers their own words.
_REPLYING = re.compile(rf"(?:{L.ANSWERING_CUES})$")
_PRONOUN_GENDER = {"he": "m", "she": "f"}
_ASKED_IN = re.compile(r"(?:[^\n]{0,40}?)\b(?:[Aa]sked|question)\b")


def _question(q: Quote) -> bool:
    """A direct quote ending in a question put to someone ("... are you a no?")."""
    return (
        q.kind == "direct" and q.text.rstrip(" \n—–-…").endswith("?") and bool(_YOU.search(q.text))
    )


def _alone(ctx: ArticleContext, q: Quote) -> bool:
    """Does the quote fill its paragraph (no words of the reporter's around it)?"""
    if q.paragraph != q.last_paragraph:
        return False
    p = ctx.article.paragraphs[q.paragraph]
    text = ctx.text
    return not text[p.start : q.start].strip() and not text[q.end : p.end].strip()


def _vocative(ctx: ArticleContext, q: Quote) -> str | None:
    """A person the question addresses by name: `"Mr. Holt, your ..."`, `"..., Ada?"`."""
    text = ctx.text
    for m in ctx.names.mentions_between(q.start, q.end):
        if not ctx.names.is_person(m):
            continue
        opens = not text[q.start + 1 : m.start].strip() and text.startswith(",", m.end)
        closes = (
            text[m.start - 2 : m.start] == ", " and text[m.end : q.end].strip(" ?!.\"”’'") == ""
        )
        name = ctx.names.resolve(m) if opens or closes else ""
        if " " in name and name != m.words:  # not "Mr. Secretary": no one named in full
            return name
    return None


def _asking_pair(ctx: ArticleContext, lo: int, hi: int) -> tuple[str | None, str | None]:
    """Who asked whom, from the last asking verb with a person as its object in
    ``text[lo:hi]``, outside quotes ("Kessler asked Bergmann whether ...", "then
    turned to Holt"): the person named just before the verb (None: not named) and
    the object."""
    pair: tuple[str | None, str | None] = (None, None)
    before = None
    for m in ctx.names.mentions_between(lo, hi):
        if ctx.inside_quote(m.start) or not ctx.names.is_person(m):
            continue
        verb = _ASKED.search(ctx.text, max(lo, m.start - _ASKED_REACH), m.start)
        if verb:
            gap = ctx.text[before.end : verb.start()] if before else ""
            subject = before if before and len(gap) < _ASKED_REACH and ". " not in gap else None
            pair = (ctx.names.resolve(subject) if subject else None, ctx.names.resolve(m))
        before = m
    return pair


def _opener(ctx: ArticleContext, para: int) -> str | None:
    """The person a paragraph opens with ("Holt said he had not approved the mailer.")."""
    if para < 0 or ctx.article.paragraphs[para].kind != "body":
        return None
    p = ctx.article.paragraphs[para]
    first = next(iter(ctx.names.mentions_between(p.start, min(p.end, p.start + 80))), None)
    if first is None or first.start > p.start or not ctx.names.is_person(first):
        return None
    return ctx.names.resolve(first)


def _other_quoted(quotes: list[Quote], k: int, asker: str | None) -> str | None:
    """The last person other than ``asker`` quoted (directly) just before quote ``k``."""
    floor = quotes[k].paragraph - _EXCHANGE_PARAGRAPHS
    for p in reversed(quotes[:k]):
        if p.paragraph < floor:
            break
        if p.kind == "direct" and p.speaker and p.speaker != asker and p.speaker[:1].isupper():
            return p.speaker
    return None


def _asked_one(ctx: ArticleContext, quotes: list[Quote], k: int, asker: str | None) -> str | None:
    """Whom question ``k`` is put to (None: not told)."""
    q = quotes[k]
    lo = ctx.article.paragraphs[max(q.paragraph - 1, 0)].start
    hi = ctx.article.paragraphs[q.last_paragraph].end
    asked = _asking_pair(ctx, lo, hi)[1]
    for who in (_vocative(ctx, q), asked, _opener(ctx, q.paragraph - 1)):
        if who and who != asker:
            return who
    return _other_quoted(quotes, k, asker)


def _turn_before(ctx: ArticleContext, quotes: list[Quote], k: int) -> Quote | None:
    """The last quote of the paragraph right before quote ``k`` when that paragraph
    opens with a direct quote (a turn of the exchange), else None."""
    para = quotes[k].paragraph - 1
    start = ctx.article.paragraphs[para].start if para >= 0 else -1
    last = None
    for p in reversed(quotes[:k]):
        if p.last_paragraph < para:
            break
        if p.kind == "direct":
            last = last or p
            if p.start == start and p.paragraph == para:
                return last if last.speaker else None
    return None


def _bare_sides(ctx: ArticleContext, quotes: list[Quote], k: int) -> tuple[str | None, str | None]:
    """Asker and asked of a question standing alone with no cue: after a turn, the
    other side of the exchange asks its speaker; after the reporter's words, the
    one who "asked" or "pressed" someone there (or was quoted before) asks them."""
    turn = _turn_before(ctx, quotes, k)
    if turn is not None and turn.speaker:
        return _other_quoted(quotes, k, turn.speaker), turn.speaker
    q = quotes[k]
    lo = ctx.article.paragraphs[max(q.paragraph - 1, 0)].start
    subject, asked = _asking_pair(ctx, lo, q.start)
    asked = _vocative(ctx, q) or asked
    if asked is None:
        return None, None
    return subject or _other_quoted(quotes, k, asked), asked


def _run(ctx: ArticleContext, quotes: list[Quote], k: int) -> list[Quote]:
    """The bare quoted paragraphs right after quote ``k``, one a paragraph."""
    run: list[Quote] = []
    last = quotes[k].last_paragraph
    for q in quotes[k + 1 :]:
        if q.kind == "scare" or q.kind == "title":
            continue
        if q.paragraph != last + 1 or q.speaker_how not in _BARE or not _alone(ctx, q):
            break
        run.append(q)
        last = q.paragraph
    return run


def _give(q: Quote, speaker: str) -> None:
    q.speaker, q.speaker_mention, q.cue = speaker, speaker, None
    q.speaker_how, q.confidence = "carry-over", "low"  # (as turns.py: a guess at turns)


def interview_turns(ctx: ArticleContext, quotes: list[Quote]) -> None:
    """Give the bare quoted paragraphs after a question to its two sides in turn."""
    k = 0
    while k < len(quotes):
        q = quotes[k]
        run = _run(ctx, quotes, k) if _question(q) else []
        if not run:
            k += 1
            continue
        asker = asked = None
        if q.speaker_how in _BARE and _alone(ctx, q):
            asker, asked = _bare_sides(ctx, quotes, k)
        if asker is None or asked is None:  # the question's own speaker asks
            asker = q.speaker if q.speaker and q.speaker[:1].isupper() else None
            asked = _asked_one(ctx, quotes, k, asker) if asker else None
        if asker is None or asked is None or asked == asker:
            k += 1
            continue
        if q.speaker_how in _BARE:
            _give(q, asker)
        for n, turn in enumerate(run):
            _give(turn, asked if n % 2 == 0 else asker)
        k += 1 + len(run)


def _gender_fits(ctx: ArticleContext, name: str, pronoun: str) -> bool:
    resolver = ctx._salience
    gender = resolver.gender_of(name) or resolver.learned_gender(name)
    return gender == _PRONOUN_GENDER.get(pronoun.lower())


def replies(ctx: ArticleContext, quotes: list[Quote]) -> None:
    """ "Q1," Holt interjected. ¶ "Q2," he replied.: a "he" that replies is not the
    one who just spoke; it is the one spoken to (found as for a question), when
    the pronoun fits them. The quotes carried on from the reply follow it."""
    for k in range(1, len(quotes)):
        q, before = quotes[k], quotes[k - 1]
        if q.speaker_how != "pronoun" or not q.cue or not _REPLYING.search(q.cue):
            continue
        if before.kind != "direct" or before.speaker != q.speaker or not q.speaker:
            continue
        if q.kind != "direct" or q.paragraph - before.last_paragraph > 1:
            continue
        if _ASKED_IN.search(ctx.text, before.end, q.start) or _ASKED_IN.match(ctx.text, q.end):
            continue  # "Asked if he would, he replied:": the reporter asked
        other = _asked_one(ctx, quotes, k - 1, q.speaker)
        if other is None or not _gender_fits(ctx, other, q.speaker_mention or ""):
            continue
        old = q.speaker
        q.speaker = other
        for nxt in quotes[k + 1 :]:
            if nxt.speaker_how != "carry-over" or nxt.speaker != old:
                break
            nxt.speaker = other
