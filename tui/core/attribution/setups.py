"""Exchanges set up by one sentence: who speaks each bare turn after it.

A hearing, a debate or an argument in court is often set up by one sentence of the
reporter's naming both sides, the one who asks as its subject and the one asked as
its object ("Senator Ann Roe pressed her on the ruling.", "The judge, Ben Ode,
questioned the city's lawyer, Ida Vance, for an hour.", "Kell went after Marr on
taxes."), then told in bare quoted paragraphs. The turns go back and forth between
the two: the asker first, unless the sentence already reports the question ("asked
Ida Vance whether ..."): then the one asked answers first. A turn with a cue of its
own for one of the two, a turn that addresses one of them ("..., Senator.", "...,
Ida."), or a short line of the reporter's naming one of them ("Vance paused.") says
who speaks it and the turns go on from there. Every turn given here is a guess from
the shape of the exchange: low confidence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from tui.core.attribution import lexicon as L
from tui.core.attribution.turns import (
    _BARE,
    _EXCHANGE_PARAGRAPHS,
    _addressed,
    _alone,
    _bare_run,
    _gender,
    _give,
    _other_quoted,
    title_vocative,
)
from tui.core.model import Quote

if TYPE_CHECKING:
    from tui.core.attribution.context import ArticleContext

_VERB: Final = re.compile(rf"\b(?:{L.SETUP_ASKING})\s+")
# "pressed her on", not "pressed her lawyer" (a possessive).
_OBJECT_PRONOUN: Final = re.compile(rf"(him|her)(?=\s*[,.;]|\s+(?:{L.SETUP_PRONOUN_AFTER})\b)")
# "the governor's lawyer, Quentin Roe," / "the lawyer for the city, Ada Vance,": a role
# then the name set off by commas.
_APPOSITION: Final = re.compile(r"the\s[^,.;:\"“”]{1,70}?,\s")
_ROLE: Final = re.compile(r"the\s+([a-z][a-z-]+)\b")
# The sentence reports the question: its answer comes first.
_REPORTED: Final = re.compile(rf"[^.;:]{{0,40}}?\b(?:{L.SETUP_REPORTED_AFTER})\b")
# A question reported with no one named as asked: "asked whether the fee was legal".
_REPORTED_BARE: Final = re.compile(rf"(?:{L.SETUP_REPORTED_AFTER})\b")
_SUBJECT_PRONOUN: Final = re.compile(r"(He|She)\s")
_LINE_MAX: Final = 160  # chars of a reporter's line between turns ("Vance paused.")
_CROSS_TURNS: Final = 3  # bare turns, one asking or crying out, that make a reply run
_LINK_REACH: Final = 40  # chars from "The nominee, " to the name set beside it
_TITLE_ONLY: Final = re.compile(r"(?:[A-Z][a-z]*\.?\s)?")  # ("Judge ", "Dr. ")
_PRONOUN_GENDER: Final = {"him": "m", "he": "m", "her": "f", "she": "f"}
# The last words of a paragraph: someone starts to speak ("..., and she pounced.").
_ONSET: Final = re.compile(
    rf"(?<![\w’'-])(?P<who>[Hh]e|[Ss]he|[A-Z][\w’'-]+)\s+(?:[a-z]+ly\s+|then\s+)?"
    rf"(?:{L.ONSET_VERBS})\s*[.:]\s*$"
)
_ONSET_REACH: Final = 60  # chars at a paragraph's end read for the onset
_RETORT_WORDS: Final = 5  # words of a bare reply that answers a cued quote ("That's slander.")
_BANTER_WORDS: Final = 14  # words of any bare turn of banter
_WORD: Final = re.compile(r"\S+")


class _Setup:
    """The two sides of an exchange and who speaks first."""

    def __init__(self, asker: str, asked: str, answer_first: bool, turns: int = 2) -> None:
        self.asker, self.asked, self.answer_first = asker, asked, answer_first
        self.turns = turns  # bare turns that make the exchange worth telling

    def other(self, who: str) -> str:
        return self.asked if who == self.asker else self.asker


def _people(ctx: ArticleContext, lo: int, hi: int) -> list[str]:
    """The people named in ``text[lo:hi]`` outside quotes, in order, once each."""
    names = ctx.names
    out: list[str] = []
    for m in names.mentions_between(lo, hi):
        if names.is_person(m) and not ctx.inside_quote(m.start):
            who = names.resolve(m)
            if who not in out:
                out.append(who)
    return out


def _fits(ctx: ArticleContext, name: str, pronoun: str) -> bool:
    """Does ``name`` fit "he"/"him" or "she"/"her" (unknown gender fits)?"""
    return _gender(ctx, name) in (None, _PRONOUN_GENDER[pronoun.lower()])


def _asker(ctx: ArticleContext, para: int, lo: int, verb: re.Match[str]) -> str | None:
    """The subject: the person named right before the verb ("host Ann Roe asked"),
    else the first person the sentence names before it ("The judge, Ben Ode, an
    appointee of President Kell, questioned"), or for a "He"/"She" opening it, the
    first person of the paragraph the pronoun fits."""
    people = _people(ctx, lo, verb.start())
    if people:
        right = ctx.names.mentions_between(verb.start() - 60, verb.start())
        if (
            right
            and ctx.names.is_person(right[-1])
            and not ctx.text[right[-1].end : verb.start()].strip()
        ):
            return ctx.names.resolve(right[-1])  # ("On Radio Ten, host Ann Roe asked")
        return people[0]
    pronoun = _SUBJECT_PRONOUN.match(ctx.text, lo)
    if pronoun is None:
        return None
    p = ctx.article.paragraphs[para]
    return next((w for w in _people(ctx, p.start, lo) if _fits(ctx, w, pronoun[1])), None)


def _asked(ctx: ArticleContext, verb: re.Match[str], asker: str) -> tuple[str | None, int]:
    """The object of the verb, and where it ends: a person named right there, a name
    after a role set off by commas, a role the article ties to a name ("the
    nominee"), or "her"/"him" for the last other person named before who fits."""
    text, names, pos = ctx.text, ctx.names, verb.end()
    pronoun = _OBJECT_PRONOUN.match(text, pos)
    if pronoun:
        p = ctx.article.paragraphs[max(ctx.para_of(pos) - 1, 0)]
        before = [w for w in _people(ctx, p.start, pos) if w != asker]
        sure = [w for w in before if _gender(ctx, w) == _PRONOUN_GENDER[pronoun[1]]]
        fit = sure or _role_before(ctx, p.start, pos, pronoun[1], asker)
        fit = fit or [w for w in before if _fits(ctx, w, pronoun[1])]
        return (fit[-1] if fit else None), pronoun.end()
    ahead = names.mentions_between(pos, pos + 100)
    apposed = _APPOSITION.match(text, pos)
    for m in ahead[:3]:
        if not names.is_person(m):
            continue
        if m.start == pos or (apposed and m.start == apposed.end()):
            return names.resolve(m), m.end
    role = _ROLE.match(text, pos)
    if role and not apposed:
        who: str | None = names.by_title(role[1], pos) or ctx.resolve_phrase(role[0], pos)
        if not (who and who[:1].isupper()):
            who = _role_link(ctx, role[1], pos)
        if who and who[:1].isupper():
            return who, role.end()
    return None, pos


def _role_before(ctx: ArticleContext, lo: int, pos: int, pronoun: str, asker: str) -> list[str]:
    """ "Republicans rallied to the nominee. Roe ... let her describe ...": with no
    one named before "her"/"him", the people the role nouns between ``lo`` and ``pos``
    stand for (as the article set them beside the noun), when known to fit."""
    found = []
    for role in _ROLE.finditer(ctx.text, lo, pos):
        if ctx.inside_quote(role.start()):
            continue
        who = _role_link(ctx, role[1], role.start())
        if who and who != asker and _gender(ctx, who) == _PRONOUN_GENDER[pronoun]:
            found.append(who)
    return found


def _role_link(ctx: ArticleContext, noun: str, pos: int) -> str | None:
    """The person the article last set beside ``noun`` before ``pos`` ("The nominee,
    Judge Ida Vance, ..."): a noun no role list holds still names her in the
    exchange it sets up ("asked the nominee about ...")."""
    who = None
    for m in re.finditer(rf"\b[Tt]he\s+{re.escape(noun)},\s", ctx.text[:pos]):
        for mention in ctx.names.mentions_between(m.end(), m.end() + _LINK_REACH):
            between = ctx.text[m.end() : mention.start]
            if ctx.names.is_person(mention) and _TITLE_ONLY.fullmatch(between):
                who = ctx.names.resolve(mention)
                break
    return who


def _setup(ctx: ArticleContext, quotes: list[Quote], k: int) -> _Setup | None:
    """The exchange the reporter's paragraph before quote ``k`` sets up in its last
    sentence (or the one before), when it tells both sides: an asker not named there
    ("the Ohio Republican pressed Ode"), or the one asked of a question reported with
    no one named ("Roe asked whether"), is the last other person quoted close before."""
    para = quotes[k].paragraph - 1
    verb = _setup_verb(ctx, para)
    if verb is None or (
        verb[0].startswith("let") and not _OBJECT_PRONOUN.match(ctx.text, verb.end())
    ):
        return None  # ("let" sets up no exchange but "let her describe ...")
    start = ctx.sentence_span(para, verb.start())[0]
    asker = _asker(ctx, para, start, verb)
    asked, end = _asked(ctx, verb, asker or "")
    if asked is None and asker is not None:
        asked = _quoted_object(ctx, quotes, k, verb, asker)
    if asked is not None and asker is None:
        asker = _other_quoted(quotes, k, asked, _EXCHANGE_PARAGRAPHS)
    elif asked is None and asker is not None and _REPORTED_BARE.match(ctx.text, end):
        # ("Ode, a second judge, asked whether ...": of the one who answered last)
        asked = _other_quoted(quotes, k, asker, _EXCHANGE_PARAGRAPHS)
    if asker is None or asked is None or asked == asker:
        return None
    return _Setup(asker, asked, bool(_REPORTED.match(ctx.text, end)))


def _quoted_object(
    ctx: ArticleContext, quotes: list[Quote], k: int, verb: re.Match[str], asker: str
) -> str | None:
    """ "Q," ¶ Vance interrupted her.: "her"/"him" after a quote whose paragraph names
    no one is the one who spoke it, the last other person quoted close before, when
    the pronoun fits them."""
    pronoun = _OBJECT_PRONOUN.match(ctx.text, verb.end())
    if pronoun is None:
        return None
    who = _other_quoted(quotes, k, asker, _EXCHANGE_PARAGRAPHS)
    return who if who and _gender(ctx, who) == _PRONOUN_GENDER[pronoun[1]] else None


def _setup_verb(ctx: ArticleContext, para: int) -> re.Match[str] | None:
    """The last asking verb of paragraph ``para``'s last two sentences, outside quotes."""
    if para < 0 or ctx.article.paragraphs[para].kind != "body":
        return None
    p = ctx.article.paragraphs[para]
    last = ctx.sentence_span(para, max(p.end - 2, p.start))[0]
    lo = ctx.sentence_span(para, max(last - 2, p.start))[0]
    verb = None
    for m in _VERB.finditer(ctx.text, lo, p.end):
        verb = m
    return None if verb is None or ctx.inside_quote(verb.start()) else verb


def _said_to(ctx: ArticleContext, q: Quote, setup: _Setup) -> str | None:
    """The side a turn addresses by name or title ("..., Ida.", "Yes, Senator."),
    when it is one of the two: the turn is the other's."""
    for _, name in _addressed(ctx, q):
        if name in (setup.asker, setup.asked):
            return name
    title = title_vocative(q.text)
    if title is None:
        return None
    key = "judge" if title.group("honor") else title.group("title").lower()
    holders = [w for w in (setup.asker, setup.asked) if w in ctx.names.titles().get(key, ())]
    return holders[0] if len(holders) == 1 else None


def _line_names(ctx: ArticleContext, para: int, setup: _Setup) -> str | None:
    """The one side a short line of the reporter's between turns names ("Ode
    paused.", "The room laughed. Vance waited."), naming no one else."""
    p = ctx.article.paragraphs[para]
    if p.kind != "body" or p.end - p.start > _LINE_MAX:
        return None
    if any(ch in ctx.text[p.start : p.end] for ch in '"“”'):
        return None
    people = _people(ctx, p.start, p.end)
    if len(people) != 1 or people[0] not in (setup.asker, setup.asked):
        return None
    return people[0]


def _opens(ctx: ArticleContext, q: Quote) -> bool:
    """A direct quote opening its paragraph."""
    return q.kind == "direct" and q.start == ctx.article.paragraphs[q.paragraph].start


def _take(ctx: ArticleContext, quotes: list[Quote], k: int, setup: _Setup) -> tuple[int, bool]:
    """Give the turns from quote ``k`` on to the two sides; the index past them, and
    whether enough turns were found to give them."""
    # (a question reported, then quoted: "asked Ode whether ..." ¶ "Will you?")
    answer = setup.answer_first and not quotes[k].text.rstrip(" \n\"”’'").endswith("?")
    expected = setup.asked if answer else setup.asker
    given: list[tuple[Quote, str]] = []
    para = quotes[k].paragraph
    while k < len(quotes):
        q = quotes[k]
        if q.paragraph != para:
            named = _line_names(ctx, para, setup) if q.paragraph == para + 1 else None
            if named is None:
                break
            expected, para = named, q.paragraph
        if not _opens(ctx, q):
            break
        if q.speaker_how not in _BARE:
            if q.speaker not in (setup.asker, setup.asked):
                break
            expected = q.speaker or expected
        elif _alone(ctx, q):
            to = _said_to(ctx, q, setup)
            expected = setup.other(to) if to else expected
            given.append((q, expected))
        else:
            break
        expected = setup.other(expected)
        para = q.last_paragraph + 1
        k += 1
        while k < len(quotes) and quotes[k].paragraph < para:
            k += 1  # (the rest of a turn's paragraph: its own cue's)
    if len(given) < setup.turns or (setup.turns >= _CROSS_TURNS and not _heated(given)):
        return k, False
    for q, who in given:
        _give(q, who, who)
        q.cue = None
    return k, True


def _heated(given: list[tuple[Quote, str]]) -> bool:
    """Does a turn of the run ask or cry out (the mark of an exchange, not a speech)?"""
    return any(q.text.rstrip(" \n\"”’'—–-").endswith(("?", "!")) for q, _ in given)


def _reply_setup(ctx: ArticleContext, quotes: list[Quote], k: int) -> _Setup | None:
    """ "You cut it!" shouted Ann Roe. ¶ Ode raised his hands. ¶ bare turns: a line of
    the reporter's naming just one person, right after another's quote, sets up the
    one it names answering the one quoted (three bare turns at least, one asking or
    crying out)."""
    para = quotes[k].paragraph - 1
    before = quotes[k - 1] if k else None
    if before is None or before.kind != "direct" or before.last_paragraph != para - 1:
        return None
    p = ctx.article.paragraphs[para]
    if p.kind != "body" or any(ch in ctx.text[p.start : p.end] for ch in '"“”'):
        return None
    if _setup_verb(ctx, para) is not None:
        return None  # (the one it names is asked, not answering)
    people = _people(ctx, p.start, p.end)
    quoted = before.speaker
    if len(people) != 1 or not quoted or not quoted[:1].isupper() or quoted == people[0]:
        return None
    return _Setup(people[0], quoted, False, _CROSS_TURNS)


def _words(q: Quote) -> int:
    """How many words a quote has (stops counting past the banter limit)."""
    n = 0
    for _ in _WORD.finditer(q.text):
        n += 1
        if n > _BANTER_WORDS:
            break
    return n


def _scene_other(ctx: ArticleContext, quotes: list[Quote], k: int, led: bool) -> str | None:
    """The one other person the scene of quote ``k`` holds: named, outside quotes, in
    the paragraph before it or around it (and, after a reporter's line, in the one
    before that, or quoted there), when just one is named besides its speaker (by a
    name whose gender is known: a place read as a name is no one there)."""
    q = quotes[k]
    lo = ctx.article.paragraphs[max(q.paragraph - (2 if led else 1), 0)].start
    hi = ctx.article.paragraphs[q.paragraph].end
    people = _people(ctx, lo, hi)
    if led:
        people += [t.speaker or "" for t in quotes[:k] if t.start >= lo and t.kind == "direct"]
    known = {w for w in people if w and w != q.speaker and w[:1].isupper() and _gender(ctx, w)}
    return known.pop() if len(known) == 1 else None


def _after_line(ctx: ArticleContext, q: Quote) -> bool:
    """Does a short line of the reporter's that quotes no one stand right before quote
    ``q`` ("Roe thanked her for coming.")?"""
    p = ctx.article.paragraphs[q.paragraph - 1] if q.paragraph else None
    if p is None or p.kind != "body" or p.end - p.start > _LINE_MAX:
        return False
    return not any(ch in ctx.text[p.start : p.end] for ch in '"“”')


def _banter_setup(ctx: ArticleContext, quotes: list[Quote], k: int) -> _Setup | None:
    """ "You misspelled it," Ann Roe said. ¶ "Once." ¶ "Twice.": short bare turns right
    after a quote cued to a name (or given to the one a short line before it names),
    with one other person in its scene, are the two trading lines: the first bare
    turn, a retort of a few words, is the other's."""
    q, nxt = quotes[k], quotes[k + 1] if k + 1 < len(quotes) else None
    led = q.speaker_how in _BARE and _after_line(ctx, q)
    if q.kind != "direct" or not q.speaker or not _opens(ctx, q):
        return None
    if (q.speaker_how in _BARE and not led) or not q.speaker[:1].isupper():
        return None
    if nxt is None or nxt.paragraph != q.last_paragraph + 1 or nxt.speaker_how not in _BARE:
        return None
    if not _alone(ctx, nxt) or _words(nxt) > _RETORT_WORDS:
        return None
    run = [t for t in quotes[k + 1 : k + 4] if t.speaker_how in _BARE]
    if any(_words(t) > _BANTER_WORDS for t in run):
        return None
    other = _scene_other(ctx, quotes, k, led)
    return _Setup(q.speaker, other, False) if other else None


def _onset(ctx: ArticleContext, para: int) -> str | None:
    """The one paragraph ``para`` ends on starting to speak: a name, or "he"/"she" for
    the last person the paragraph names whose gender is known to fit."""
    if para < 0 or ctx.article.paragraphs[para].kind != "body":
        return None
    p = ctx.article.paragraphs[para]
    m = _ONSET.search(ctx.text, max(p.start, p.end - _ONSET_REACH), p.end)
    if m is None or ctx.inside_quote(m.start()):
        return None
    word = m["who"]
    if word.lower() in _PRONOUN_GENDER:
        gender = _PRONOUN_GENDER[word.lower()]
        fit = [w for w in _people(ctx, p.start, m.start()) if _gender(ctx, w) == gender]
        return fit[-1] if fit else None
    named = _people(ctx, m.start(), m.end("who"))
    return named[0] if len(named) == 1 else None


def onset_turns(ctx: ArticleContext, quotes: list[Quote]) -> None:
    """ "He hedged, and she pounced." ¶ "Q.": a bare quote opening the paragraph after
    one that ends on someone starting to speak is theirs, and so are the bare turns
    carried on from it (a guess: low confidence)."""
    for k, q in enumerate(quotes):
        if q.kind != "direct" or q.speaker_how not in _BARE or not _opens(ctx, q):
            continue
        who = _onset(ctx, q.paragraph - 1)
        if who is None or who == q.speaker:
            continue
        old = q.speaker
        _give(q, who, who)
        for nxt in quotes[k + 1 :]:
            if nxt.speaker_how != "carry-over" or nxt.speaker != old or old is None:
                break
            _give(nxt, who, who)


def _one_person_line(ctx: ArticleContext, para: int) -> str | None:
    """The one person a paragraph of the reporter's names, outside any quote, when it
    quotes no one ("Ode, a chemistry teacher, sat beside her and read from a notes
    page.": "her" names no one)."""
    if para < 0 or ctx.article.paragraphs[para].kind != "body":
        return None
    p = ctx.article.paragraphs[para]
    if any(ch in ctx.text[p.start : p.end] for ch in '"“”'):
        return None
    people = _people(ctx, p.start, p.end)
    return people[0] if len(people) == 1 else None


def staged_turns(ctx: ArticleContext, quotes: list[Quote]) -> None:
    """ "Ode sat beside her and read from a notebook." ¶ "Q1." ¶ "Q2.": bare quoted
    paragraphs no pass gave anyone, right after a paragraph naming just one person,
    are that person's: the reporter brings them on to speak (a guess: low)."""
    k = 0
    while k < len(quotes):
        q = quotes[k]
        run = [q, *_bare_run(ctx, quotes, k)] if q.kind == "direct" and _alone(ctx, q) else [q]
        who = None
        alone = len(run) > 1 or (q.kind == "direct" and _opens(ctx, q) and _alone(ctx, q))
        if (
            alone
            and q.speaker is None
            and q.speaker_how in _BARE
            and not any(t.speaker for t in run)
        ):
            who = _one_person_line(ctx, q.paragraph - 1)
        for turn in run:
            if who is not None and turn.kind == "direct":
                _give(turn, who, who)
        k += len(run)  # past the run (or the one quote): never stands still


def set_up_turns(ctx: ArticleContext, quotes: list[Quote]) -> None:
    """The bare turns after a paragraph that sets up an exchange between two people
    go to them back and forth."""
    k = 0
    while k < len(quotes):
        q = quotes[k]
        fresh = k == 0 or quotes[k - 1].last_paragraph < q.paragraph - 1
        setup = None
        if fresh and _opens(ctx, q):
            setup = _setup(ctx, quotes, k) or _reply_setup(ctx, quotes, k)
        end, gave = _take(ctx, quotes, k, setup) if setup else (k + 1, False)
        banter = None if gave else _banter_setup(ctx, quotes, k)
        if banter is not None:
            end = _take(ctx, quotes, k, banter)[0]
        k = max(end, k + 1)  # (always moves on)
    onset_turns(ctx, quotes)
    staged_turns(ctx, quotes)
