"""Cheap looks before costly scans change nothing: a stretch's last word or comma
decides whether a pattern ending in ``$`` is searched at all, and the patterns that
now open on their capital "T" (the sentence or line start checked behind it) find
exactly what their old forms found. Invented text only."""

from __future__ import annotations

import random
import re

from tui.core.attribution import context as X
from tui.core.attribution import cues as C
from tui.core.attribution import given_names as G
from tui.core.attribution import owners as O
from tui.core.attribution import revealed_bodies as R

TEXT = (
    'The Tarnow Foods plan is also likely to "cut jobs", said Ilse Morrow, who '
    'described it as "a mess". The Veldra Party\'s proposals were "bold". '
    'The council\'s reply, which the Brellow Herald saw, read: "No." Its letter, '
    'sent on Monday,\n read "yes". That company, Quellmark Holdings, wrote a note. '
    '"Fine." The firm, Ostrava Pike Group, said so.\nThe judge, Ann Dorrow, '
    "said it. aThe judge, Bo Varn, left. The firm that drafted the memo, Ely Park "
    "& Associates, declined. XThe firm that wrote the report, Vale Co, said. "
    'Mr Pell accused the agency of "lying" and praised Kessa Lind as "brave" '
    'and his plans are not yet "ready" but will be '
)


def _windows(seed: int) -> list[tuple[int, int]]:
    rnd = random.Random(seed)
    return [(0, len(TEXT)), (0, 0), (5, 5)] + [
        (rnd.randrange(len(TEXT)), rnd.randrange(len(TEXT) + 3)) for _ in range(4000)
    ]


def test_tail_looks_never_skip_a_match() -> None:
    for lo, hi in _windows(11):
        before = TEXT[lo:hi]
        if O._OWNED_PLAN.search(before) is not None:
            assert O._plan_tail(before), (lo, hi)
        if O._CALLS_AS.search(TEXT, lo, hi) is not None:
            assert O._calls_tail(before), (lo, hi)
        aside = X._READ_PAST_ASIDE.search(TEXT, max(lo, hi - X._ASIDE_REACH), hi)
        found = X.paper_before_aside(TEXT, lo, hi)
        assert found == (aside.end() if aside else None), (lo, hi)


def test_tail_looks_find_the_plain_cases() -> None:
    assert O._plan_tail("The Veldra Party's proposals were ")
    assert O._plan_tail("the plan is also likely to ")
    assert not O._plan_tail("the plan is")
    assert O._calls_tail("praised Kessa Lind as ")
    assert not O._calls_tail("praised Kessa Lind ")
    assert X.paper_before_aside("Its reply, which we saw, read", 0, 25) is not None


_OLD_KIND_NAMED = re.compile(
    rf"(?:^|(?<=[.!?][\"”’] )|(?<=[.!?] ))(?:That|This|The) (?:{R._KINDS}), "
    rf"(?P<name>{C.ORG_NAME.pattern}),"
)
_OLD_ISSUER_NAMED = re.compile(
    r"\b(?:The|That) (?:[a-z][\w-]* ){0,2}?[a-z][\w-]* (?:that|which|who) "
    r"(?:wrote|drafted|prepared|produced|issued|commissioned|filed|sent|released|authored) "
    rf"(?:the|that|this) (?:[a-z][\w-]* )?(?P<doc>{R._DOCUMENTS}), "
    rf"(?P<name>{C.ORG_NAME.pattern}),",
    re.MULTILINE,
)
_OLD_NAMED_NOUN = re.compile(
    r"(?m)^The (?P<noun>[a-z]+), (?P<run>(?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w'’-]+)(?=,)"
)


def _found(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


def test_capital_first_patterns_match_their_old_forms() -> None:
    pairs = [
        (_OLD_KIND_NAMED, R._KIND_NAMED),
        (_OLD_ISSUER_NAMED, R._ISSUER_NAMED),
        (_OLD_NAMED_NOUN, G._NAMED_NOUN),
    ]
    for old, new in pairs:
        assert _found(old, TEXT), old.pattern  # (the text has a match of each)
        for lo, hi in _windows(3)[:600]:
            piece = TEXT[lo:hi]
            assert _found(new, piece) == _found(old, piece), (new.pattern[:20], lo, hi)
