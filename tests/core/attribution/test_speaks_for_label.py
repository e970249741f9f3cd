"""Issue 8, who: an unnamed source keeps whom they speak for in their label ("a
spokesman for the governor", "a lawyer for the trade association"), not the bare
noun, when the subject read first stopped at the noun. Invented article."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_spokesman_for_an_office_keeps_it_in_the_label() -> None:
    quotes = attributed(
        "The law is new.\n\nAsked about the dispute, a spokesman for the governor told "
        'Valley News that Orrin "believes parents should decide."'
    )
    assert quotes[-1].speaker == "a spokesman for the governor"


def test_a_lawyer_for_a_group_keeps_it_in_the_label() -> None:
    quotes = attributed(
        "The law is new.\n\nIn one email, a lawyer for the trade association wrote to a "
        'deputy: "Attached is some background."'
    )
    assert quotes[-1].speaker == "a lawyer for the trade association"
