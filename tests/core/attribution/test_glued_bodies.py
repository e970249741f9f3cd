"""A body's name glued to a person's after a noun of its kind ("the union Veltra Dave
Pell") is the person's name without it (invented names)."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_union_name_before_full_name_is_cut() -> None:
    quotes = attributed(
        "Ministers met on Monday. But general secretary of the public services union "
        'Veltra Dave Pell criticised the plans. "If you want good services you pay for '
        'them."'
    )
    assert quotes[0].speaker == "Dave Pell"


def test_three_word_name_without_body_noun_stays_whole() -> None:
    quotes = attributed('Ministers met. "We will strike," said Veltra Dave Pell on Monday.')
    assert quotes[0].speaker == "Veltra Dave Pell"
