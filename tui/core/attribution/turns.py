"""Turns of an exchange: who asks and who answers when the quotes carry no cue.

An interview, a hearing or a briefing is often set up once ("Host Ann Roe pressed
Ben Ode on the deal.", "Vance asked Ines Corrado:") and then written as bare quoted
paragraphs: the question, the answer, the next question. A quote with no cue of its
own carries on the speaker before it, which would give every turn to the one who
spoke first. Here the turns go back and forth between the one who asks and the one
asked, and a "he replied" goes to the one spoken to, never to the one who just
spoke. Every turn given here is a guess from the shape of the exchange: low
confidence.

``exchange_turns`` runs these passes, in this order (each sees what the one before
gave):
- ``addressed_turns``: a bare turn that names the one it was carried over from
  ("..., Anne.") is the other side's, and the bare turns after it go back and forth;
- ``titled_turns``: so is one that gives them their title ("Yes, Senator."), or no
  one's when the other side is not told;
- ``gendered_turns``: a "he" right after a woman's turn (a "she" after a man's) is
  the one she spoke to, not her again ("How many?" she asked. ¶ "None," he said.);
- ``take_turns``: a question opening a run of bare paragraphs, set up by an asking
  verb in the sentence before it ("pressed Ben Ode", "interrupted her");
- ``interview_turns``: a question put to someone ("you") followed by bare
  paragraphs; the one asked is found by name in the question, as the object of an
  asking verb, as the person the paragraph before opens with, or as the last other
  person quoted;
- ``answered_turns``: a bare quote after turns that went back and forth is the
  next turn ("Q?" he asked. ¶ "A," she replied. ¶ "And then?" is his), and a bare
  quote right after a question reported ("Gray asked the nominee whether she
  would return.") is the answer of the one asked;
- ``replies``: "Q1," Holt interjected. ¶ "Q2," he replied.;
- ``interview_answers``: a printed interview, the reporter's questions unquoted and
  the answers quoted with no cue, gives every answer to the one interviewed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

from tui.core.attribution import lexicon as L
from tui.core.model import Quote

if TYPE_CHECKING:
    from tui.core.attribution.context import ArticleContext
    from tui.core.attribution.names import Mention

# How a quote with no cue of its own got its speaker.
_BARE: Final = frozenset({None, "carry-over"})
# "Ann Roe pressed Ben Ode", "interrupted her", "asked Bergmann whether".
_ASKS: Final = re.compile(rf"\b(?:{L.TURN_ASKING})\s+")
_OBJECT_PRONOUN: Final = re.compile(r"(?:him|her)\b")
# The object of an asking verb, perhaps after a title ("asked FEMA Administrator Ines
# Corrado") or a role set off by a comma ("questioned the agency chief, Ida Vance").
_ASKED: Final = re.compile(
    rf"\b(?:{L.ASKED_BEFORE_NAME})\s+(?:the\s+(?:[\w'’-]+\s+){{0,3}}?[a-z][\w'’-]*,\s+)?"
    r"(?:[A-Z][\w.'’-]*\s+){0,3}$"
)
_ASKED_REACH: Final = 80  # chars before a name read for the asking verb
_SUBJECT_GAP: Final = 48  # chars at most from the asker's name to the asking verb
# A role noun asked: "began by asking the senator about", "pressed the governor on".
_ASKED_ROLE: Final = re.compile(
    rf"\b(?:{L.ASKED_BEFORE_NAME}|asking|pressing|questioning|grilling|quizzing)\s+"
    r"(the\s+[a-z][\w-]*)\b"
)
# A speaker first described with an indefinite article ("a woman in the back").
_NEWCOMER: Final = re.compile(r"(?:an?|one)\s")
_EXCHANGE_PARAGRAPHS: Final = 3  # how far back the last other person quoted may be
_YOU: Final = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Yy]ou're|[Yy]ou’re|[Yy]ourself)\b")
# Cues of an answer: no one answers their own words.
_REPLYING: Final = re.compile(rf"(?:{L.ANSWERING_CUES})$")
_ASKED_IN: Final = re.compile(r"(?:[^\n]{0,40}?)\b(?:[Aa]sked|question)\b")
_PRONOUN_GENDER: Final = {"he": "m", "she": "f"}
# A title said to someone, set off at a quote's start or end: "Yes, Senator.", "...,
# Mr. Chairman.", "Six months, your honor."
_VOCATIVE: Final = (
    rf"(?:(?:Mr|Madam|Madame|Mister)\.?\s+)?(?:(?P<title>{L.VOCATIVE_TITLES})"
    rf"|(?P<honor>[Yy]our\s+[Hh]onou?r))(?:[,.?!]|$)"
)
# A quote opening on the title, or the title after a comma. (Two patterns, not one
# opening "(?:^|,)": the comma's opens with its mark, which the engine finds by fast
# search, where the choice first makes it try both at every position.)
_OPENING_VOCATIVE: Final = re.compile(_VOCATIVE)
_COMMA_VOCATIVE: Final = re.compile(rf",[’'\"”]?\s{_VOCATIVE}")


def title_vocative(words: str) -> re.Match[str] | None:
    """The first title a quote addresses someone by ("Yes, Senator."): the groups of
    the first match of the title at the start or after a comma, as one search of both
    finds them."""
    return _OPENING_VOCATIVE.match(words) or _COMMA_VOCATIVE.search(words)


# A question reported with its object: "Gray asked the nominee whether she would",
# "pressed Admiral Ode on the delay".
_REPORTED: Final = re.compile(
    rf"\b(?:{L.REPORTED_ASKING})\s+(?P<who>the\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)??"
    rf"|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}})\s+(?:{L.REPORTED_ASKING_AFTER})\b"
)

# A question reported with no one named as asked: "A reporter asked whether ...".
_REPORTED_BARE: Final = re.compile(
    rf"\b(?:{L.REPORTED_ASKING})\s+(?:whether|if|why|how|what|when|where|who)\b"
)


# -- the shape of a turn -----------------------------------------------------------

_NON_BLANK: Final = re.compile(r"\S")


def _alone(ctx: ArticleContext, q: Quote) -> bool:
    """Does the quote fill its paragraph (no words of the reporter's around it)?"""
    if q.paragraph != q.last_paragraph:
        return False
    p = ctx.article.paragraphs[q.paragraph]
    # Look for the first non-blank character rather than slicing: a paragraph of one
    # long line would make a copy per quote (quadratic on a 5 MB single-line text).
    text = ctx.text
    return _NON_BLANK.search(text, p.start, q.start) is None and (
        _NON_BLANK.search(text, q.end, p.end) is None
    )


def _question(q: Quote) -> bool:
    """A direct quote ending in a question put to someone ("... are you a no?")."""
    return (
        q.kind == "direct" and q.text.rstrip(" \n—–-…").endswith("?") and bool(_YOU.search(q.text))
    )


def _give(q: Quote, speaker: str, mention: str | None) -> None:
    """Give a turn to ``speaker`` (a guess at turns: low confidence)."""
    q.speaker, q.speaker_how, q.confidence = speaker, "carry-over", "low"
    q.speaker_mention = mention


def _other_quoted(
    quotes: list[Quote], k: int, other_than: str | None, reach: int | None = None
) -> str | None:
    """The last speaker quoted (directly) before quote ``k`` who is not
    ``other_than``; within ``reach`` paragraphs, and then a named one, if given."""
    floor = quotes[k].paragraph - reach if reach is not None else -1
    for p in reversed(quotes[:k]):
        if p.paragraph < floor:
            break
        if p.kind != "direct" or not p.speaker or p.speaker == other_than:
            continue
        if reach is None or p.speaker[:1].isupper():
            return p.speaker
    return None


# -- who asks whom -----------------------------------------------------------------


def _asking_verb(ctx: ArticleContext, q: Quote) -> re.Match[str] | None:
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


def _asking_pair(ctx: ArticleContext, lo: int, hi: int) -> tuple[str | None, str | None]:
    """Who asked whom, from the last asking verb with a person as its object in
    ``text[lo:hi]``, outside quotes ("Kessler asked Bergmann whether ...", "then
    turned to Holt"): the person named just before the verb (None: not named) and
    the object."""
    pair: tuple[str | None, str | None] = (None, None)
    before: Mention | None = None
    for m in ctx.names.mentions_between(lo, hi):
        if ctx.inside_quote(m.start) or not ctx.names.is_person(m):
            continue
        verb = _ASKED.search(ctx.text, max(lo, m.start - _ASKED_REACH), m.start)
        if verb:
            gap = ctx.text[before.end : verb.start()] if before else ""
            subject = before if before and len(gap) < _SUBJECT_GAP and ". " not in gap else None
            pair = (ctx.names.resolve(subject) if subject else None, ctx.names.resolve(m))
        before = m
    return pair


def _vocative(ctx: ArticleContext, q: Quote) -> str | None:
    """A person the question addresses by name: `"Mr. Holt, your ..."`, `"..., Ada?"`."""
    return next((name for m, name in _addressed(ctx, q) if ctx.names.is_person(m)), None)


def _addressed(ctx: ArticleContext, q: Quote) -> Iterator[tuple[Mention, str]]:
    """The mentions quote ``q`` opens or closes with, set off by a comma, that stand
    for a name given in full (`"Mr. Holt, your ..."`, `"..., Ada?"`), and that name."""
    text = ctx.text
    for m in ctx.names.mentions_between(q.start, q.end):
        opens = not text[q.start + 1 : m.start].strip() and text.startswith(",", m.end)
        closes = text[m.start - 2 : m.start] == ", " and (
            text[m.end : m.end + 1] in ("?", "!", ".") or not text[m.end : q.end].strip(" ”\"’'")
        )  # (at the end of the quote or of a sentence: "..., Ada. I said so.")
        name = ctx.names.resolve(m) if opens or closes else ""
        if " " in name and name != m.words:  # not "Mr. Secretary": no one named in full
            yield m, name


def _opener(ctx: ArticleContext, para: int) -> str | None:
    """The person a paragraph opens with ("Holt said he had not approved the mailer.")."""
    if para < 0 or ctx.article.paragraphs[para].kind != "body":
        return None
    p = ctx.article.paragraphs[para]
    first = next(iter(ctx.names.mentions_between(p.start, min(p.end, p.start + 80))), None)
    if first is None or first.start > p.start or not ctx.names.is_person(first):
        return None
    return ctx.names.resolve(first)


def _asked_one(ctx: ArticleContext, quotes: list[Quote], k: int, asker: str | None) -> str | None:
    """Whom question ``k`` is put to (None: not told)."""
    q = quotes[k]
    lo = ctx.article.paragraphs[max(q.paragraph - 1, 0)].start
    hi = ctx.article.paragraphs[q.last_paragraph].end
    asked = _asking_pair(ctx, lo, hi)[1]
    for who in (_vocative(ctx, q), asked, _opener(ctx, q.paragraph - 1)):
        if who and who != asker:
            return who
    return _other_quoted(quotes, k, asker, _EXCHANGE_PARAGRAPHS) or _asked_role(ctx, lo, hi, asker)


def _asked_role(ctx: ArticleContext, lo: int, hi: int, asker: str | None) -> str | None:
    """ "Host Ann Roe began by asking the senator about ...": the one a role noun after
    an asking verb stands for, when the article ties the role to a name."""
    found = None
    for m in _ASKED_ROLE.finditer(ctx.text, lo, hi):
        if not ctx.inside_quote(m.start()):
            found = m
    if found is None:
        return None
    who = ctx.resolve_phrase(found.group(1), found.start(1))
    return who if who[:1].isupper() and who != asker else None


def _turn_before(ctx: ArticleContext, quotes: list[Quote], k: int) -> Quote | None:
    """The last quote of the paragraph right before quote ``k`` when that paragraph
    opens with a direct quote (a turn of the exchange), else None."""
    at = _turn_index(ctx, quotes, k)
    return quotes[at] if at is not None else None


def _turn_index(ctx: ArticleContext, quotes: list[Quote], k: int, opens: bool = True) -> int | None:
    """The index of `_turn_before`'s quote (with ``opens`` False, of the last direct
    quote of the paragraph before, whether or not a quote opens it)."""
    para = quotes[k].paragraph - 1
    start = ctx.article.paragraphs[para].start if para >= 0 else -1
    last = None
    for i in range(k - 1, -1, -1):
        p = quotes[i]
        if p.last_paragraph < para:
            break
        if p.kind == "direct":
            last = i if last is None else last
            if not opens or (p.start == start and p.paragraph == para):
                return last if quotes[last].speaker else None
    return None


def _bare_sides(ctx: ArticleContext, quotes: list[Quote], k: int) -> tuple[str | None, str | None]:
    """Asker and asked of a question standing alone with no cue: after a turn, the
    other side of the exchange asks its speaker; after the reporter's words, the
    one who "asked" or "pressed" someone there (or was quoted before) asks them."""
    turn = _turn_before(ctx, quotes, k)
    if turn is not None and turn.speaker:
        return _other_quoted(quotes, k, turn.speaker, _EXCHANGE_PARAGRAPHS), turn.speaker
    q = quotes[k]
    lo = ctx.article.paragraphs[max(q.paragraph - 1, 0)].start
    subject, asked = _asking_pair(ctx, lo, q.start)
    asked = _vocative(ctx, q) or asked
    if asked is None:
        return None, None
    return subject or _other_quoted(quotes, k, asked, _EXCHANGE_PARAGRAPHS), asked


# -- pass 1: a run opened by a question after an asking verb ------------------------


def take_turns(ctx: ArticleContext, quotes: list[Quote]) -> None:
    """Give the bare quoted paragraphs after a question in an exchange to its two
    people in turn."""
    k = 0
    while k < len(quotes):
        if not quotes[k].text.rstrip("”\"’' ").endswith("?"):
            k += 1  # (a run opens with a question: most quotes are none)
            continue
        run = _question_run(ctx, quotes, k)
        if len(run) >= 2:
            _alternate(ctx, quotes, k, run)
        k += max(len(run), 1)


def _question_run(ctx: ArticleContext, quotes: list[Quote], k: int) -> list[Quote]:
    """The quotes from ``k`` on, each in a paragraph of its own (the first may carry
    its cue), in consecutive paragraphs."""
    run: list[Quote] = []
    for q in quotes[k:]:
        if q.kind != "direct" or q.paragraph != q.last_paragraph:
            break
        if run and (q.paragraph != run[-1].paragraph + 1 or not _alone(ctx, q)):
            break
        run.append(q)
    return run


def _alternate(ctx: ArticleContext, quotes: list[Quote], k: int, run: list[Quote]) -> None:
    """Give ``run`` (opened by a question) to the asker and the one asked in turn."""
    first = run[0]
    asks = _asking_verb(ctx, first)
    if asks is None:
        return
    asker = first.speaker if first.speaker_how not in _BARE else None
    asker = asker or _subject(ctx, asks)
    asked = _object(ctx, asks) or _other_quoted(quotes, k, asker)
    asker = asker or _other_quoted(quotes, k, asked)  # "the senator pressed Ben Ode"
    if not asker or not asked or asker == asked:
        return
    for n, q in enumerate(run):
        who = asker if n % 2 == 0 else asked
        if q.speaker_how not in _BARE:
            if q.speaker != who:
                return  # a turn with its own cue for someone else: the pattern is broken
            continue
        _give(q, who, q.speaker_mention or who)


# -- pass 2: bare paragraphs after a question put to someone ------------------------


def _bare_run(ctx: ArticleContext, quotes: list[Quote], k: int) -> list[Quote]:
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


def _sides(ctx: ArticleContext, quotes: list[Quote], k: int) -> tuple[str | None, str | None]:
    """Asker and asked of question ``k``: from the exchange for a bare question,
    else the question's own speaker asks."""
    q = quotes[k]
    asker = asked = None
    if q.speaker_how in _BARE and _alone(ctx, q):
        asker, asked = _bare_sides(ctx, quotes, k)
    if asker is None or asked is None:
        asker = q.speaker if q.speaker and (q.speaker[:1].isupper() or _newcomer(q)) else None
        asked = _asked_one(ctx, quotes, k, asker) if asker else None
    return asker, asked


def _newcomer(q: Quote) -> bool:
    """A question its own cue gives to someone described for the first time ("a woman
    in the back shouted"): one from the audience, asking whoever has the floor."""
    cued = q.speaker_how in ("cue-after", "cue-before", "role")
    return cued and bool(_NEWCOMER.match(q.speaker or ""))


def _give_anew(q: Quote, speaker: str) -> None:
    _give(q, speaker, speaker)
    q.cue = None


def interview_turns(ctx: ArticleContext, quotes: list[Quote]) -> None:
    """Give the bare quoted paragraphs after a question to its two sides in turn."""
    k = 0
    while k < len(quotes):
        q = quotes[k]
        run = _bare_run(ctx, quotes, k) if _question(q) else []
        if not run:
            k += 1
            continue
        asker, asked = _sides(ctx, quotes, k)
        if asker is None or asked is None or asked == asker:
            k += 1
            continue
        if q.speaker_how in _BARE:
            _give_anew(q, asker)
        for n, turn in enumerate(run):
            _give_anew(turn, asked if n % 2 == 0 else asker)
        k += 1 + len(run)


# -- pass 3: the exchange goes on, or a reported question is answered ----------------


def _opening_index(quotes: list[Quote], k: int) -> int:
    """The index of the first quote of quote ``k``'s paragraph."""
    while k > 0 and quotes[k - 1].paragraph == quotes[k].paragraph:
        k -= 1
    return k


def _exchange_on(ctx: ArticleContext, quotes: list[Quote], k: int) -> tuple[str, str] | None:
    """(the speaker, the other side) of quote ``k``, bare and alone, when the turns
    before it go back and forth: the one who spoke the turn before last speaks
    again. "Q?" he asked. ¶ "A," she replied. ¶ "And then?" is him asking again
    (a quote put to someone: a question, a "you"); after three turns that went
    back and forth with a question among them, a bare turn is the next one either
    way ("Q?" she asked. ¶ "A," he replied. ¶ "So, no," she said. ¶ "No."); and a
    bare turn that does not ask, right after a question put to the one who spoke
    the turn before ("A," he said. ¶ "Did you go?" she asked. ¶ "No."), answers it."""
    turns: list[Quote] = []
    at: int | None = k
    while len(turns) < 3 and at:
        at = _turn_index(ctx, quotes, at, opens=not turns)
        if at is None:
            break
        turns.append(quotes[at])
        at = _opening_index(quotes, at)
    if len(turns) < 2 or turns[0].speaker == turns[1].speaker:
        return None
    last, before = turns[0].speaker, turns[1].speaker
    if not last or not before:
        return None
    if _asks(turns[1]) and (_asks(quotes[k]) or _YOU.search(quotes[k].text)):
        return before, last
    if (_question(turns[0]) or _asked_of(turns[0])) and not _asks(quotes[k]):
        return before, last  # ("Did you get out of the car?" ¶ "It was raining.")
    if len(turns) == 3 and turns[2].speaker == last and any(_asks(t) for t in turns):
        return before, last
    return None


def _asks(q: Quote) -> bool:
    return q.text.rstrip(" \n\"”’'").endswith("?")


def _asked_of(q: Quote) -> bool:
    """A question its own cue says was asked (`"And Quill Street?" Ode asked her`):
    put to the one who spoke before, whose answer comes next."""
    return q.kind == "direct" and _asks(q) and (q.cue or "") in L.ASKING_VERBS


def _ask_window(ctx: ArticleContext, quotes: list[Quote], k: int) -> tuple[int, int] | None:
    """The reporter's last two sentences before quote ``k``: in its paragraph before
    it, or the end of the paragraph before when the quote opens its own."""
    q = quotes[k]
    para, hi = q.paragraph, q.start
    p = ctx.article.paragraphs[para]
    if not ctx.text[p.start : q.start].strip():
        para -= 1
        if para < 0 or ctx.article.paragraphs[para].kind != "body":
            return None
        p = ctx.article.paragraphs[para]
        hi = p.end
    if ctx.inside_quote(hi - 2):
        return None
    last = ctx.sentence_span(para, max(hi - 2, p.start))[0]
    lo = ctx.sentence_span(para, max(last - 2, p.start))[0]
    lo = max(lo, quotes[k - 1].end) if k else lo
    return (lo, hi) if lo < hi else None


def _reported_ask(
    ctx: ArticleContext, quotes: list[Quote], k: int
) -> tuple[str, str | None] | None:
    """(asked, asker) of a question reported just before quote ``k`` with no one
    speaking since ("Gray asked the nominee whether she would return.")."""
    if _asks(quotes[k]):
        return None  # (a question after "pressed Ben Ode on" is the asker's own)
    window = _ask_window(ctx, quotes, k)
    found = None
    for m in _REPORTED.finditer(ctx.text, *window) if window else ():
        found = m
    if found is None:
        return _unnamed_ask(ctx, quotes, k, window) if window else None
    if ctx.inside_quote(found.start()):
        return None
    end = ctx.sentence_span(ctx.para_of(found.start()), found.start())[1]
    if ctx.cues_in(end, quotes[k].start):
        return None
    asked = _reported_object(ctx, found)
    return (asked, _subject(ctx, found)) if asked else None


def _unnamed_ask(
    ctx: ArticleContext, quotes: list[Quote], k: int, window: tuple[int, int]
) -> tuple[str, str | None] | None:
    """`"Q1," Ada Roe said. ¶ A reporter asked whether ... ¶ "Q2"`: a question reported
    with no one named as asked, by someone neither named nor a pronoun (one not quoted),
    is put to the last speaker; the bare quote after it is her answer."""
    found = None
    for m in _REPORTED_BARE.finditer(ctx.text, *window):
        found = m
    before = quotes[k - 1]
    if found is None or ctx.inside_quote(found.start()) or not before.speaker:
        return None
    if before.kind != "direct" or before.paragraph < quotes[k].paragraph - 2:
        return None
    para = ctx.para_of(found.start())
    lo, end = ctx.sentence_span(para, found.start())
    if ctx.cues_in(end, quotes[k].start):
        return None
    if not ctx.text[lo : found.start()].strip():
        return None
    if any(c.kind in ("name", "pronoun") for c in ctx.candidates(lo, found.start())):
        return None  # ("Feld asked why ...": a paraphrase of his own, his words next)
    return before.speaker, None


def _reported_object(ctx: ArticleContext, asks: re.Match[str]) -> str | None:
    """The person asked: named ("asked Ben Ode"), or by a role the article ties to
    someone ("asked the nominee")."""
    lo, hi = asks.span("who")
    words = asks["who"]
    if words.startswith("the"):
        return ctx.names.by_title(words[4:], lo)
    people = [m for m in ctx.names.mentions_between(lo, hi) if ctx.names.is_person(m)]
    return ctx.names.resolve(people[-1]) if people else None


def answered_turns(ctx: ArticleContext, quotes: list[Quote]) -> None:
    """A bare quote put to someone after a question and its answer is the asker's
    again; a bare quote right after a question reported ("Gray asked the nominee
    whether she would return.") is the answer of the one asked. The bare turns
    after it go back and forth."""
    for k, q in enumerate(quotes):
        if k == 0 or q.kind != "direct" or q.speaker_how not in _BARE:
            continue
        if q.paragraph != q.last_paragraph:
            continue
        sides: tuple[str, str | None] | None = None
        if _alone(ctx, q):
            sides = _exchange_on(ctx, quotes, k)
        sides = sides or _reported_ask(ctx, quotes, k)
        if sides is None or sides[0] == sides[1]:
            continue
        speaker, other = sides
        _give_anew(q, speaker)
        if other is None:
            continue
        for n, turn in enumerate(_bare_run(ctx, quotes, k)):
            _give_anew(turn, other if n % 2 == 0 else speaker)


# -- pass 4: "he replied" is the one spoken to ---------------------------------------


def _gender(ctx: ArticleContext, name: str) -> str | None:
    """A person's gender, from the name or the article's pronouns (None: unknown)."""
    return ctx.salience.gender_of(name) or ctx.salience.learned_gender(name)


def _gender_fits(ctx: ArticleContext, name: str, pronoun: str) -> bool:
    return _gender(ctx, name) == _PRONOUN_GENDER.get(pronoun.lower())


def _gender_clashes(ctx: ArticleContext, name: str, pronoun: str) -> bool:
    """Is ``name`` known to be of the other gender than ``pronoun``?"""
    return _gender(ctx, name) not in (None, _PRONOUN_GENDER.get(pronoun.lower()))


def _a_reply(ctx: ArticleContext, q: Quote, before: Quote) -> bool:
    """Is ``q`` a pronoun's reply ("he replied") right after the same speaker's
    quote, not an answer to the reporter ("Asked if he would, he replied:")?"""
    if q.speaker_how != "pronoun" or not q.cue or not _REPLYING.search(q.cue):
        return False
    if before.kind != "direct" or before.speaker != q.speaker or not q.speaker:
        return False
    if q.kind != "direct" or q.paragraph - before.last_paragraph > 1:
        return False
    return not (_ASKED_IN.search(ctx.text, before.end, q.start) or _ASKED_IN.match(ctx.text, q.end))


def replies(ctx: ArticleContext, quotes: list[Quote]) -> None:
    """ "Q1," Holt interjected. ¶ "Q2," he replied.: a "he" that replies is not the
    one who just spoke; it is the one spoken to (found as for a question), when
    the pronoun fits them. The quotes carried on from the reply follow it."""
    for k in range(1, len(quotes)):
        q = quotes[k]
        if not _a_reply(ctx, q, quotes[k - 1]):
            continue
        other = _asked_one(ctx, quotes, k - 1, q.speaker)
        if other is None or not _gender_fits(ctx, other, q.speaker_mention or ""):
            continue
        old = q.speaker
        q.speaker = other
        for nxt in quotes[k + 1 :]:
            if nxt.speaker_how != "carry-over" or nxt.speaker != old:
                break
            nxt.speaker = other


# -- pass 0: "she replied" to a man is not his ---------------------------------------

# A pronoun tagging the quote right before it: `"No idea," he said`.
_TAG: Final = re.compile(r"\s*,?\s*([Hh]e|[Ss]he)\s+(?:[a-z]+ly\s+)?(?=[a-z])")


def _own_pronoun(ctx: ArticleContext, q: Quote) -> str | None:
    """ "he"/"she" when a pronoun tags quote ``q`` (resolved or not), else None."""
    if q.speaker_how == "pronoun":
        word = (q.speaker_mention or "").lower()
        return word if word in _PRONOUN_GENDER else None
    tag = _tag(ctx, q) if q.speaker_how in _BARE else None
    return tag.split()[0].lower() if tag else None


def _tag(ctx: ArticleContext, q: Quote) -> str | None:
    """The pronoun and verb tagging quote ``q`` ("he said"), else None."""
    m = _TAG.match(ctx.text, q.end)
    if m is None:
        return None
    verb = next((c for c in ctx.cues_in(m.end(), m.end() + 20) if c.start() == m.end()), None)
    return f"{m.group(1)} {verb.group()}" if verb else None


def _turn_gender(ctx: ArticleContext, q: Quote) -> str | None:
    """The gender of a turn's speaker: its own "he"/"she", else its name's."""
    word = _own_pronoun(ctx, q)
    if word:
        return _PRONOUN_GENDER[word]
    if not q.speaker or not q.speaker[:1].isupper():
        return None
    return _gender(ctx, q.speaker)


def _last_turn(ctx: ArticleContext, quotes: list[Quote], k: int) -> int | None:
    """The index of the direct quote before quote ``k`` when it ends in the paragraph
    right before the one ``k`` opens (turns of an exchange), else None."""
    q = quotes[k]
    if ctx.text[ctx.article.paragraphs[q.paragraph].start : q.start].strip():
        return None  # ("A woman nearby disagreed. "Q," she said.": someone new)
    for j in range(k - 1, -1, -1):
        p = quotes[j]
        if p.kind in ("scare", "title"):
            continue
        if p.kind != "direct" or p.last_paragraph != quotes[k].paragraph - 1:
            return None
        return j
    return None


def gendered_turns(ctx: ArticleContext, quotes: list[Quote]) -> None:
    """ "How many?" she asked. ¶ "No idea," he said.: a "he" after a woman's turn
    (and a "she" after a man's) is the other side of the exchange, the one she
    spoke to (found as for a question), not her again, when the pronoun fits them
    (a carry-over gives the quote her words when no man is named close by)."""
    for k, q in enumerate(quotes):
        word = _own_pronoun(ctx, q) if q.kind == "direct" else None
        j = _last_turn(ctx, quotes, k) if word else None
        if word is None or j is None:
            continue
        before = quotes[j].speaker
        if not before or (q.speaker is not None and q.speaker != before):
            continue  # (a person of the pronoun's gender was found: theirs)
        gender = _turn_gender(ctx, quotes[j])
        if gender == _PRONOUN_GENDER[word] or (gender is None and q.speaker_how == "pronoun"):
            continue  # (unknown: theirs, unless the pronoun found no one and was carried)
        other = _asked_one(ctx, quotes, j, before)
        if other is None or other == before or _gender_clashes(ctx, other, word):
            continue
        old = q.speaker
        if q.speaker_how in _BARE:
            q.cue = _tag(ctx, q)
        _give(q, other, word)
        q.speaker_how = "pronoun"
        for nxt in quotes[k + 1 :]:
            if nxt.speaker_how != "carry-over" or nxt.speaker != old:
                break
            nxt.speaker = other


def addressed_turns(ctx: ArticleContext, quotes: list[Quote]) -> None:
    """ "That's not the record, Anne.": a quote with no cue of its own that addresses
    by name the one it was carried over from is not theirs (no one calls themself by
    name); it is the last other person quoted close before, the other side."""
    for k, q in enumerate(list(quotes)):
        if q.kind != "direct" or q.speaker_how not in _BARE or not q.speaker:
            continue
        if not any(w in q.text for w in q.speaker.split() if len(w) > 2 and w[:1].isupper()):
            continue  # (no word of the name in the quote: the names in it go unread)
        if all(name != q.speaker for _, name in _addressed(ctx, q)):
            continue
        _to_the_other_side(ctx, quotes, k)


def titled_turns(ctx: ArticleContext, quotes: list[Quote]) -> None:
    """ "Yes, Senator. I have walked away from deals before.", "..., Mr. Chairman.",
    "Six months, your honor.": a quote with no cue of its own that addresses by title
    the one it was carried over from (the article gives them that title) is not
    theirs; it is the other side's, or no one's when the article does not tell who
    that is (better no speaker than the one spoken to)."""
    for k, q in enumerate(list(quotes)):
        if q.kind != "direct" or q.speaker_how not in _BARE or not q.speaker:
            continue
        title = title_vocative(q.text)
        if title is None:
            continue
        key = "judge" if title.group("honor") else title.group("title").lower()
        speaker = q.speaker
        if speaker not in ctx.names.titles().get(key, ()) and not (
            speaker[:1].islower() and key in speaker.lower().split()
        ):
            continue  # (not the title of the one it was carried from)
        if not _to_the_other_side(ctx, quotes, k):
            _unsaid(quotes, k, speaker)


def _to_the_other_side(ctx: ArticleContext, quotes: list[Quote], k: int) -> bool:
    """Give bare quote ``k`` (carried over from the one it addresses) to the other
    side of the exchange, and the bare turns after it back and forth; False when no
    other side is told."""
    q = quotes[k]
    j = _last_turn(ctx, quotes, k)
    if j is not None and quotes[j].speaker == q.speaker:
        other = _asked_one(ctx, quotes, j, q.speaker)  # (the one they spoke to)
    else:
        other = _other_quoted(quotes, k, q.speaker, _EXCHANGE_PARAGRAPHS)
    old = q.speaker
    if other is None or old is None or other == old:
        return False
    _give_anew(q, other)
    while k + 1 < len(quotes) and quotes[k + 1].paragraph == q.last_paragraph:
        k += 1  # (the rest of its paragraph carried on from it)
        if quotes[k].speaker_how == "carry-over" and quotes[k].speaker == old:
            quotes[k].speaker = other
    for n, turn in enumerate(_bare_run(ctx, quotes, k)):
        _give_anew(turn, old if n % 2 == 0 else other)  # (the turns after go back and forth)
    return True


def _unsaid(quotes: list[Quote], k: int, speaker: str) -> None:
    """Take ``speaker`` off bare quote ``k`` and the rest of its paragraph carried on
    from it."""
    q = quotes[k]
    for p in quotes[k:]:
        if p.paragraph > q.last_paragraph:
            break
        if p is q or (p.speaker_how == "carry-over" and p.speaker == speaker):
            p.speaker = p.speaker_mention = p.speaker_how = p.confidence = p.cue = None


# -- pass 5: a printed interview: the reporter asks, the quoted answers ----------------

# Words that say the article prints an interview ("She spoke with The Times.").
_SETUP: Final = re.compile(rf"\b(?:{L.INTERVIEW_SETUP})\b")
# A name after "The" is a publication's ("spoke with The Harbor Ledger").
_PUBLICATION: Final = re.compile(r"\bThe\s")
_MIN_EXCHANGES: Final = 2  # questions answered that make the article a printed interview
# A question's label opening the reporter's paragraph ("Q: Tell us about the pier.").
_QUESTION_LEAD: Final = re.compile(rf"(?:{L.QUESTION_LABELS})[\s*_]*[:.]\s")
# All a paragraph may hold before its answer's opening mark: nothing, or a label ("A:").
_ANSWER_LEAD: Final = re.compile(rf"[\s*_]*(?:(?:{L.ANSWER_LABELS})[\s*_]*[:.][\s*_]*)?")


def _asking_paragraph(ctx: ArticleContext, para: int) -> bool:
    """Is paragraph ``para`` a question in the reporter's own words (ending in a
    question mark, put to "you": "You've been criticised for it.", or labelled "Q:")?"""
    if para < 1 or ctx.article.paragraphs[para].kind != "body":
        return False
    p = ctx.article.paragraphs[para]
    words = ctx.text[p.start : p.end].strip(" \n*_")
    if _QUESTION_LEAD.match(words):
        return True
    return words.endswith("?") or bool(_YOU.search(words))


def _answers(ctx: ArticleContext, quotes: list[Quote]) -> list[int]:
    """The indices of bare quotes opening the paragraph right after a question of the
    reporter's, with no quotation in it (an answer's label, "A:", may stand before)."""
    found = []
    for k, q in enumerate(quotes):
        if q.kind != "direct" or q.speaker_how not in _BARE:
            continue
        if k and quotes[k - 1].last_paragraph >= q.paragraph - 1:
            continue  # (a quote in the paragraph before, or earlier in this one)
        p = ctx.article.paragraphs[q.paragraph]
        lead = _ANSWER_LEAD.fullmatch(ctx.text, p.start, q.start)
        if lead is not None and _asking_paragraph(ctx, q.paragraph - 1):
            found.append(k)
    return found


def _interviewee(ctx: ArticleContext, before: int) -> str | None:
    """The one interviewed, when the article sets up an interview before its first
    question: the one person named in the set-up ("... spoke with Ana Roe", "Roe's
    answers have been edited"), else the person it names most before the question."""
    setups = [m for m in _SETUP.finditer(ctx.text, 0, before) if not ctx.inside_quote(m.start())]
    if not setups:
        return None
    names = ctx.names
    for m in setups:
        lo, hi = ctx.sentence_span(ctx.para_of(m.start()), m.start())
        people = {
            names.resolve(n)
            for n in names.mentions_between(lo, hi)
            if names.is_person(n)
            and not ctx.inside_quote(n.start)
            and not _PUBLICATION.search(ctx.text, max(lo, n.start - 4), n.start + 4)
        }
        if len(people) == 1:
            return people.pop()
    counts = Counter(
        names.resolve(n)
        for n in names.mentions_between(0, before)
        if names.is_person(n) and not ctx.inside_quote(n.start)
    )
    return counts.most_common(1)[0][0] if counts else None


def interview_answers(ctx: ArticleContext, quotes: list[Quote]) -> None:
    """A printed interview ("She spoke with The Times." ¶ What did that teach you? ¶
    "That the people who run ..."): the reporter's questions stand unquoted and each
    quote opening the paragraph after one, with no cue of its own, answers it. Two
    answered questions and words setting up the interview make the shape; every
    answer, with the bare quotes running on from it, is the interviewee's."""
    found = _answers(ctx, quotes)
    if len(found) < _MIN_EXCHANGES:
        return
    first = ctx.article.paragraphs[quotes[found[0]].paragraph - 1].start
    who = _interviewee(ctx, first)
    if who is None:
        return
    for k in found:
        for q in (quotes[k], *_bare_run(ctx, quotes, k)):
            q.speaker, q.speaker_how, q.confidence = who, "carry-over", "medium"
            q.speaker_mention, q.cue = who, None


# -- pass 6: a "she said" after a reporter's question is the one asked --------------


def _unnamed_asker(label: str | None) -> bool:
    """Is ``label`` an unnamed asker ("a reporter", "the interviewer")?"""
    if not label or label[:1].isupper():
        return False
    return label.split()[-1].lower() in L.ASKER_NOUNS


def _pronoun_answer(ctx: ArticleContext, quotes: list[Quote], k: int) -> str | None:
    """`A reporter pressed her on the cost.` ¶ "Who pays?" ¶ "The state does," she
    said.`: the one who answers, when the pronoun pass gave the answer to the unnamed
    asker of the question just before (whose gender nothing told): the last other
    person quoted, unless their gender is known not to fit the pronoun."""
    q, before = quotes[k], quotes[k - 1]
    pronoun = (q.speaker_mention or "").lower()
    if q.speaker_how != "pronoun" or pronoun not in _PRONOUN_GENDER:
        return None
    asker = q.speaker
    if asker is None or not _unnamed_asker(asker) or before.speaker != asker:
        return None
    if not before.text.rstrip(" \n—–-…").endswith("?"):
        return None
    if q.paragraph - before.last_paragraph != 1 or ctx.salience.gender_of(asker):
        return None
    other = _other_quoted(quotes, k - 1, asker)
    return other if other is not None and not _gender_clashes(ctx, other, pronoun) else None


def _reported_answer(ctx: ArticleContext, quotes: list[Quote], k: int) -> str | None:
    """`A reporter asked about the bridge.` ¶ "The bridge is next.": the one who
    answers a question reported with no one asked, when the bare answer was carried
    over from the unnamed asker: the last other person quoted (who holds the floor)."""
    q = quotes[k]
    asker = q.speaker
    if q.speaker_how != "carry-over" or asker is None or not _unnamed_asker(asker):
        return None
    if quotes[k - 1].last_paragraph >= q.paragraph - 1 or not _alone(ctx, q):
        return None  # (a quote in the paragraph before: no reporter's line between)
    if _asking_verb(ctx, q) is None:
        return None
    return _other_quoted(quotes, k, asker)


def answered_asker(ctx: ArticleContext, quotes: list[Quote]) -> None:
    """An answer given to the unnamed asker ("a reporter") of the question before it
    is the one asked's, the last other person quoted (low confidence)."""
    for k in range(1, len(quotes)):
        q = quotes[k]
        if q.kind != "direct" or q.text.rstrip(" \n—–-…").endswith("?"):
            continue  # (an answer, not a second question)
        other = _pronoun_answer(ctx, quotes, k) or _reported_answer(ctx, quotes, k)
        if other is not None:
            q.speaker, q.confidence = other, "low"
            if q.speaker_how == "carry-over":
                q.speaker_mention = other


# -- last pass: an exchange set up by naming its two people --------------------------


def _two_people(ctx: ArticleContext, para: int) -> tuple[str, str] | None:
    """The two people a paragraph of the reporter's names, in the order it names them
    ("a back-and-forth between Ann Roe and Ben Ode", "Roe confronted Ode"), when it
    names exactly two and quotes no one."""
    if para < 0 or ctx.article.paragraphs[para].kind != "body":
        return None
    p = ctx.article.paragraphs[para]
    if any(ch in ctx.text[p.start : p.end] for ch in '"“”'):
        return None
    people: list[str] = []
    for m in ctx.names.mentions_between(p.start, p.end):
        who = ctx.names.resolve(m) if ctx.names.is_person(m) else ""
        if who and who not in people and not _placed(ctx, m.start, who):
            people.append(who)
    return (people[0], people[1]) if len(people) == 2 else None


_PLACE_BEFORE: Final = re.compile(rf"\b(?:{'|'.join(sorted(L.PLACE_PREPOSITIONS))}|at) $")


def _placed(ctx: ArticleContext, at: int, who: str) -> bool:
    """Is the name at ``at`` a place where the scene is ("a stop in Casa Grande"): right
    after a preposition of place, of no gender known?"""
    return _PLACE_BEFORE.search(ctx.text, max(0, at - 12), at) is not None and not _gender(ctx, who)


def _closing_side(quotes: list[Quote], after: int, pair: tuple[str, str]) -> int:
    """0 or 1: which of the pair speaks the quote right after a run of bare turns
    (``after``: its index, in the paragraph next to the run's last) when it is cued to
    one of them ("Then we did great," she said.): the run trades lines up to it, so its
    last turn is the other's. -1 when it tells nothing."""
    nxt = quotes[after] if after < len(quotes) else None
    if nxt is None or nxt.kind != "direct" or nxt.speaker not in pair:
        return -1
    if nxt.paragraph != quotes[after - 1].last_paragraph + 1:
        return -1
    return pair.index(nxt.speaker)


def _unclaimed(run: list[Quote]) -> bool:
    """No rule gave any turn of the run anyone."""
    return not any(t.speaker for t in run)


def paired_turns(ctx: ArticleContext, quotes: list[Quote]) -> None:
    """Bare quoted paragraphs that no pass gave anyone, right after a paragraph naming
    just two people, are those two taking turns, the first named first: a reporter
    who sets up an exchange names its people in the order they speak, unless the quote
    right after the run is cued to one of them: the run then ends on the other's turn.
    (A name of no known gender right after "in"/"at" is where the scene is, no one.)"""
    k = 0
    while k < len(quotes):
        q = quotes[k]
        whole = [q, *_bare_run(ctx, quotes, k)] if _alone(ctx, q) else [q]
        run = [t for t in whole if t.kind == "direct"] if len(whole) > 1 else []
        pair = _two_people(ctx, q.paragraph - 1) if len(run) >= 2 else None
        if pair is not None and _unclaimed(run):
            closing = _closing_side(quotes, k + len(whole), pair)
            if closing >= 0:  # (the last turn is the other side's: count back from it)
                shift = (len(run) + closing) % 2
                pair = (pair[shift], pair[1 - shift])
            for n, turn in enumerate(run):
                _give_anew(turn, pair[n % 2])
        k += len(whole)  # past the run (or the one quote): never stands still


def exchange_turns(ctx: ArticleContext, quotes: list[Quote]) -> None:
    """Every pass over the article's quotes, in order."""
    addressed_turns(ctx, quotes)
    titled_turns(ctx, quotes)
    gendered_turns(ctx, quotes)
    take_turns(ctx, quotes)
    interview_turns(ctx, quotes)
    answered_turns(ctx, quotes)
    replies(ctx, quotes)
    interview_answers(ctx, quotes)
    answered_asker(ctx, quotes)
    paired_turns(ctx, quotes)
