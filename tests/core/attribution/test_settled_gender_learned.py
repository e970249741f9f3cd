"""Issue 8: two people who share a surname, one known to be a woman only from the
article's pronouns: a "he" after a paragraph naming both is the man, even when the
woman is named last (she is read first and would settle the choice before her gender
ruled her out, leaving no one). Invented names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed

_BODY = (
    "Two candidates for mayor, Tavi Orlund and Meskie Orlund, are not related.\n\n"
    "Meskie Orlund, a grocer, said she had been asked about it for years.\n\n"
    "The race has turned on housing. Tavi Orlund backs the plan. Meskie Orlund says it "
    "would push out the shops.\n\n"
    "\u201cOur kids cannot afford to live here,\u201d he said at a forum."
)


def test_a_pronoun_passes_a_leader_of_the_other_gender() -> None:
    assert attributed(_BODY)[-1].speaker == "Tavi Orlund"


def test_she_still_finds_the_woman() -> None:
    body = _BODY.replace("he said at", "she said at")
    assert attributed(body)[-1].speaker == "Meskie Orlund"
