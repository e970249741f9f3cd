"""A feeling quoted right after its subject and "was"/"is" (`A spokeswoman was
"gratified"`) is that subject's word, not a scare quote; a term after a copula stays
nobody's. Invented names and words."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_spokeswomans_feeling_is_hers() -> None:
    body = "Tarlow Mills sold its dye works in May.\n\nA spokeswoman was “satisfied” with the sale."
    (q,) = attributed(body)
    assert (q.kind, q.speaker) == ("partial", "a spokeswoman")


def test_a_named_persons_feeling_is_theirs() -> None:
    body = "Orrin Vasko bought the dye works.\n\nMr Vasko is “very pleased” with the deal."
    (q,) = attributed(body)
    assert (q.kind, q.speaker) == ("partial", "Orrin Vasko")


def test_a_term_after_a_copula_stays_a_scare_quote() -> None:
    body = "Orrin Vasko bought the dye works.\n\nThe works were “modern” in their day."
    (q,) = attributed(body)
    assert q.speaker is None
