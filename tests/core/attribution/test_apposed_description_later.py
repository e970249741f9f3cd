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


def test_a_person_noun_set_beside_a_name_is_hers_later() -> None:
    """No job, a person all the same: "Tessa Varnholt, a neighbor," ... "the
    neighbor said" (the apposition ties the noun as a role is tied)."""
    quotes = attributed(
        "The storm hit at dawn.\n\nTessa Varnholt, a neighbor, watched the roof fly off. "
        'Police arrived later.\n\n"It was terrifying," the neighbor said.'
    )
    assert quotes[-1].speaker == "Tessa Varnholt"


def test_a_qualified_person_noun_beside_a_name_is_hers_later() -> None:
    quotes = attributed(
        "The storm hit at dawn.\n\nTessa Varnholt, a local woman, watched the roof fly "
        'off. Police arrived later.\n\n"It was terrifying," the woman said.'
    )
    assert quotes[-1].speaker == "Tessa Varnholt"


def test_a_second_unnamed_neighbor_brought_in_since_speaks_instead() -> None:
    quotes = attributed(
        "The storm hit at dawn.\n\nTessa Varnholt, a neighbor, watched the roof fly off."
        "\n\nAnother neighbor, who asked not to be named, said the police came late. "
        '"It was terrifying," the neighbor said.'
    )
    assert quotes[-1].speaker == "another neighbor"


def test_a_description_with_a_to_complement_is_hers_later() -> None:
    """ ", a witness to the collapse,": the head is tied though "to" follows it."""
    quotes = attributed(
        "The storm hit at dawn.\n\nIn interviews, Tessa Varnholt, a witness to the "
        'collapse, said the town had been warned.\n\n"It was terrifying," said the witness.'
    )
    assert quotes[-1].speaker == "Tessa Varnholt"
