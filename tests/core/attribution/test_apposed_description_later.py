"""Issue 8, who: "Patrice Oyelund-Grant, a retired circuit judge appointed to the board,
... said the retired judge": a description set beside a full name, taken up later by a
"the" phrase of its words, is that person, not an unnamed source. Invented article."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_the_retired_judge_is_the_one_so_described_beside_her_name() -> None:
    quotes = attributed(
        "Two members of the board disagree.\n\nIn interviews, Patrice Oyelund-Grant, a "
        "retired circuit judge appointed to the board in 2019, and Lorna Vickery, a former "
        'prosecutor, said the board had been bypassed.\n\n"We are not a rubber stamp," '
        "said the retired judge."
    )
    assert quotes[-1].speaker == "Patrice Oyelund-Grant"


def test_a_description_with_no_name_beside_it_stays_a_source() -> None:
    quotes = attributed(
        "Two members of the board disagree.\n\nIn interviews, a retired circuit judge "
        "appointed to the board in 2019 said the board had been bypassed.\n\n"
        '"We are not a rubber stamp," said the retired judge.'
    )
    assert quotes[-1].speaker == "a retired circuit judge"
