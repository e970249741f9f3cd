"""Issue 8, unnamed sources: a relative clause after the label's prepositional phrase
("A Republican strategist in Tarnwick who has advised several campaigns said ...") is
part of the label, as it is right after the head noun ("a strategist who has advised
...", the gold README's whole noun phrase); was cut back to "a Republican strategist".
A reporting clause ("who said ...") still is not. Invented articles and names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_clause_after_the_place_stays_in_the_label() -> None:
    quotes = attributed(
        "A Republican strategist in Tarnwick who has advised several statewide campaigns "
        "said the primary could get costly. \u201cEveryone thinks it is their turn,\u201d "
        "the strategist said."
    )
    assert [q.speaker for q in quotes] == [
        "a Republican strategist in Tarnwick who has advised several statewide campaigns"
    ]


def test_a_reporting_clause_after_the_place_is_left_out() -> None:
    quotes = attributed(
        "A farmer in Tarnwick who said the mill was closing spoke first. "
        "\u201cWe are worried,\u201d the farmer said."
    )
    assert [q.speaker for q in quotes] == ["a farmer in Tarnwick"]
