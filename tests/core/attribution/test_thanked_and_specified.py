"""Thanking someone for words and specifying terms report the subject's words: `Perrow
thanked the crew and "a network who gave me a chance"` is Perrow's; the noun "thanks"
(`thanks to a "remarkable" run`) is no cue."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def _speakers(body: str) -> list[str | None]:
    return [q.speaker for q in attributed(body) if q.kind != "scare"]


def test_the_one_who_thanked_speaks() -> None:
    body = (
        "Nadia Perrow won the comedy prize.\n\n"
        'Perrow thanked the cast, crew and "a network who gave me a second chance".'
    )
    assert _speakers(body) == ["Nadia Perrow"]


def test_the_one_who_specified_speaks() -> None:
    body = (
        "Tamsin Orley edits the Quorn Review.\n\n"
        'Ms Orley specified that gadgets had to be "self-contained and usable on their own".'
    )
    assert _speakers(body) == ["Tamsin Orley"]


def test_thanks_as_a_noun_names_no_one() -> None:
    body = 'Sales rose again in spring, thanks to a "remarkable and lasting" run of orders.'
    assert _speakers(body) == [None] or _speakers(body) == []


def test_thanks_as_a_noun_leaves_the_real_cue() -> None:
    body = 'Her thanks went to the "wonderful and tireless" staff, said Ada Brell.'
    assert _speakers(body) == ["Ada Brell"]
