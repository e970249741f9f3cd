"""Couples speaking together: "Teodor and Annelie Brzeczko said", "the couple said",
"the Brzeczkos said", and "they said" after a sentence about them.

A couple the article names together ("His parents, Teodor and Annelie Brzeczko,") is
one speaker when the two speak as one, labelled as the article names them (the gold's
rule: the fullest name the article gives). Never one of the two: that would put under
one name words said by both, and "Teodor and Annelie Brzeczko said" read as
"Annelie Brzeczko" at a cue was even sure of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from typing import Final

from tui.core.attribution import lexicon as L
from tui.core.attribution.context import ArticleContext
from tui.core.model import Quote

Couple = tuple[int, int, str, str]  # (start, end, "Ann and Tom Roe", "Roe")
_CUE_REACH: Final = 60  # chars between a quote and the couple named at its cue
_LEAD_REACH: Final = 150  # chars between a couple named before a quote and the quote


def pair_speakers(ctx: ArticleContext, quotes: list[Quote]) -> None:
    """Give the quotes a couple speaks together to the couple (in place), and the
    quotes carried over from them."""
    couples = ctx.names.couples
    if not couples and " and " not in ctx.text:
        return  # (few articles)

    def find(q: Quote) -> tuple[str, bool] | None:
        found = _pair_of(ctx, q, couples) if couples else None
        return found or _joint_at_cue(ctx, q) or _joint_before(ctx, q)

    _relabel(quotes, find)


def _relabel(quotes: list[Quote], find: Callable[[Quote], tuple[str, bool] | None]) -> None:
    """Give each spoken quote the speaker ``find`` reads for it (with whether the cue
    names it: medium when not), and the quotes carried over from it the same one."""
    was = now = None  # the last quote's speaker before and after it was relabelled
    for q in quotes:
        if q.speaker is None or q.kind not in ("direct", "partial"):
            continue
        if q.speaker_how == "carry-over" and now is not None and q.speaker == was:
            q.speaker = now
            continue
        found = find(q)
        if found is None:
            was = now = None
            continue
        was, (now, explicit) = q.speaker, found
        q.speaker = now
        if not explicit:
            q.confidence = "medium"


def _pair_of(ctx: ArticleContext, q: Quote, couples: list[Couple]) -> tuple[str, bool] | None:
    """The couple who speak ``q`` and whether both are named at its cue, or None."""
    speaker = q.speaker or ""
    for start, end, label, surname in couples:
        member = speaker.endswith(surname) and speaker.split()[0] in label.split()
        if member and _at_cue(ctx, q, start, end):
            return label, True
    words = (q.speaker_mention or "").lower().split()
    if len(words) == 2 and words[0] in ("the", "both") and words[1] in L.PAIR_NOUNS:
        return _last_before(couples, q.start, None)
    family = words[-1] if words and words[0] == "the" and len(words) == 2 else None
    if len(words) == 1 and words[0][-1:] == "s":
        family = words[0]
    if family is not None:  # "the Brzeczkos said", "Brzeczkos"
        for _, _, _, surname in couples:
            if family in (surname.lower() + "s", surname.lower() + "es"):
                return _last_before(couples, q.start, surname)
    they = words == ["they"] and q.speaker_how == "pronoun"
    if they or q.speaker_how == "carry-over":
        opening = _sentence_before(ctx, q.start)
        for _, _, label, surname in reversed(couples):
            # (a quote carried over from one of the two: the couple when the sentence
            # before has them both as its subject, "Ann and Ed Roe, who ..., said they")
            mine = they or (speaker.endswith(surname) and speaker.split()[0] in label.split())
            if mine and _refers(opening, label, surname):
                return label, False
    return None


# Two people named as the cue's subject: "Ann Roe and Bo Tate said", "Roe and Tate wrote".
# (Each may carry a party tag, and the second a lower-case title: "Chair Ann Roe
# (R-Texas) and ranking member Bo Tate (D-Md.) said".)
_TAG: Final = r"(?:\s+\([A-Z][\w.]*-[\w. ]{1,20}\))?"
_JOINT: Final = re.compile(
    rf"(?P<a>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}}){_TAG}\s+and\s+(?:[a-z]+\s+){{0,2}}"
    rf"(?P<b>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}}){_TAG}\s+"
    r"(?:said|say|says|wrote|write|added)\b"
)


def _may_join(text: str, lo: int, hi: int) -> bool:
    """Does ``text[lo:hi]`` hold the words every _JOINT match does ("and" and a verb's
    first letters)? A cheap look: most windows join no two speakers."""
    if text.find("and", lo, hi) < 0:
        return False
    return (
        text.find("sa", lo, hi) >= 0
        or text.find("wr", lo, hi) >= 0
        or text.find("added", lo, hi) >= 0
    )


_JOINTLY: Final = re.compile(r"\b(?:joint|jointly|together)\b")
# The two go on as one subject after their verb: "Roe and Tate said they would", "said,
# adding that they".
_BOTH_AFTER: Final = re.compile(r",?\s+(?:(?:adding\s+)?that\s+)?(?:they|both)\b")


def _joint_at_cue(ctx: ArticleContext, q: Quote) -> tuple[str, bool] | None:
    """Two people who say they speak ``q`` together ("In a joint statement, Ann Roe and
    Bo Tate said: "Q"", `"Q," Roe and Tate said in a joint letter`), labelled as both,
    in the order written: the cue found only the second, and the words are not that
    one's alone."""
    speaker = q.speaker or ""
    if not speaker or q.speaker_how not in ("cue-after", "cue-before", "colon"):
        return None
    para = ctx.article.paragraphs[q.paragraph]
    for lo, hi in ((max(para.start, q.start - _LEAD_REACH), q.start), (q.end, q.end + _CUE_REACH)):
        for m in _JOINT.finditer(ctx.text, lo, hi) if _may_join(ctx.text, lo, hi) else ():
            if any(c in ctx.text[m.end() : q.start] for c in '"“”\n.') and m.end() <= q.start:
                continue
            if m.start() >= q.end and any(c in ctx.text[q.end : m.start()] for c in '"“”\n'):
                continue
            if speaker.split()[-1] != m.group("b").split()[-1]:
                continue
            said = (lo, q.start) if hi <= q.start else (q.end, hi + _CUE_REACH)  # (not Q)
            if not _JOINTLY.search(ctx.text, *said) and not _BOTH_AFTER.match(ctx.text, m.end()):
                continue  # (two named at a cue may be a list: "Roe and Tate said" alone)
            other = _person_at(ctx, m.start("a"), m.end("a"))
            if other and other != speaker:
                return f"{other} and {speaker}", True
    return None


def _joint_before(ctx: ArticleContext, q: Quote) -> tuple[str, bool] | None:
    """`Ann Roe and Bo Tate said they would vote no. "Q," they said`: a quote carried
    over (or given by "they") from a sentence in which the two speak as one subject
    goes to both, as the cue there would."""
    speaker = q.speaker or ""
    mention = (q.speaker_mention or "").lower().split()
    they = q.speaker_how == "pronoun" and mention == ["they"]
    # ("In a statement, Roe and Tate said ... "Q," the statement said": theirs too)
    paper = bool(mention) and mention[-1] in L.DOCUMENT_HEADS
    paper = paper and speaker.lower() == " ".join(mention)
    if not speaker or not (q.speaker_how == "carry-over" or they or paper):
        return None
    _, lo = _one_sentence_before(ctx, q.start)
    for m in _JOINT.finditer(ctx.text, lo, q.start):
        if any(c in ctx.text[lo : m.start()] for c in '"“”'):
            continue  # (a quote between: its own cue)
        issued = paper and mention[-1] in ctx.text[lo : m.start()].lower()
        if not _BOTH_AFTER.match(ctx.text, m.end()) and not issued:
            continue
        first, second = (_person_at(ctx, m.start(k), m.end(k)) for k in ("a", "b"))
        if first and second and first != second and (issued or speaker in (first, second)):
            return f"{first} and {second}", False
    return None


def _person_at(ctx: ArticleContext, lo: int, hi: int) -> str | None:
    """The person a name at ``text[lo:hi]`` names, when it is one."""
    mention = next(reversed(ctx.names.mentions_between(lo, hi)), None)
    if mention is None or mention.end != hi or not ctx.names.is_person(mention):
        return None
    return ctx.names.resolve(mention)


def _sentence_before(ctx: ArticleContext, pos: int) -> str:
    """The opening words of the sentence before the one at ``pos`` (the last sentence
    of the paragraph before, when ``pos`` opens its paragraph); when that one opens
    with "They" going on about the same people, the one before it."""
    opening, lo = _one_sentence_before(ctx, pos)
    if opening.startswith("They ") and lo > 0:
        earlier, _ = _one_sentence_before(ctx, lo)
        return earlier or opening
    return opening


def _at_cue(ctx: ArticleContext, q: Quote, start: int, end: int) -> bool:
    """Is the couple's name at ``start``-``end`` the cue's subject right after the quote
    (`"Q," Ann and Tom Roe said`) or the speaker leading into it in its paragraph?"""
    text = ctx.text
    if q.end <= start <= q.end + _CUE_REACH:
        return not any(c in text[q.end : start] for c in '"“”\n')
    if q.start - _LEAD_REACH <= end <= q.start:
        return not any(c in text[end : q.start - 1] for c in '"“”\n.')
    return False


def _last_before(couples: list[Couple], pos: int, surname: str | None) -> tuple[str, bool] | None:
    """The couple named last before ``pos`` (of that surname, when given)."""
    named = [c for c in couples if c[0] < pos and (surname is None or c[3] == surname)]
    return (named[-1][2], False) if named else None


def _one_sentence_before(ctx: ArticleContext, pos: int) -> tuple[str, int]:
    """The opening words of the sentence before the one at ``pos`` and where it starts
    (the last sentence of the paragraph before, when ``pos`` opens its paragraph)."""
    para = ctx.para_of(pos)
    lo, _ = ctx.sentence_span(para, pos)
    if lo <= ctx.article.paragraphs[para].start:
        if para == 0:
            return "", 0
        para -= 1
        lo = ctx.article.paragraphs[para].end
    before, _ = ctx.sentence_span(para, lo - 1)
    return ctx.text[before : before + 160], before


def _refers(opening: str, label: str, surname: str) -> bool:
    """Does a sentence opening with ``opening`` have the couple as its subject ("The
    Brzeczkos said", "The couple met", "Ann and Tom Roe run")?"""
    nouns = "|".join(sorted(L.PAIR_NOUNS))
    family = re.escape(surname)
    # (after a short fronted phrase: "On Thursday the couple were", "Back home, the Roes")
    openers = "|".join(sorted(L.SCENE_OPENERS))
    fronted = rf"(?:(?:{openers})\b[^,.;\"“]{{0,30}}?,?\s+(?=(?:the|an?)\s))?"
    # ("A couple who have lived on Elm Avenue for years, Ann and Ed Roe, said")
    described = rf"[Aa] (?:{nouns})\b[^.;:,\"“”]{{0,100}},\s+{re.escape(label)}"
    named = rf"[Tt]he (?:{nouns}|{family}(?:es|s))|{re.escape(label)}|{described}"
    subject = rf"[\"“]?{fronted}(?:{named})\b"
    return re.match(subject, opening) is not None


# "the other woman replied": one of two people of a gender, the one who did not speak last.
_THE_OTHER: Final = re.compile(r"the other (woman|man)")
_OTHER_REACH: Final = 800  # chars before the quote in which the two are named


def other_of_two(ctx: ArticleContext, quotes: list[Quote]) -> None:
    """Give a quote labelled "the other woman" ("the other man") right after a quote of
    a woman the article names to the one other woman named just before it (medium), and
    the quotes carried over from it with it: the label says the two take turns."""
    spoken = [q for q in quotes if q.speaker is not None and q.kind in ("direct", "partial")]
    before = {id(q): p for p, q in pairwise(spoken)}  # (read once relabelled)

    def find(q: Quote) -> tuple[str, bool] | None:
        other = _THE_OTHER.fullmatch((q.speaker or "").lower())
        last = before.get(id(q))
        if other is None or last is None or last.speaker is None:
            return None
        found = _the_other(ctx, q.start, last.speaker, other.group(1))
        return None if found is None else (found, False)

    _relabel(spoken, find)


def _the_other(ctx: ArticleContext, pos: int, last: str, noun: str) -> str | None:
    """The one person of the gender ``noun`` gives, other than ``last`` (who must have
    it too), named in the ``_OTHER_REACH`` chars before ``pos``; None unless just one."""
    gender = "f" if noun == "woman" else "m"
    if ctx.names.gender_of(last) != gender:
        return None
    found = {
        name
        for name, seen in ctx.names.people_at().items()
        if name != last
        and ctx.names.gender_of(name) == gender
        and any(pos - _OTHER_REACH <= at < pos for at in seen)
    }
    return found.pop() if len(found) == 1 else None
