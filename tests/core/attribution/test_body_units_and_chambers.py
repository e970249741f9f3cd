"""Issue 8, who: an organisation speaks under its full name as the article gives it: a
chamber's name runs on past "of" ("the Tarnland Chamber of Commerce", not "Tarnland
Chamber"), and a body's project or program named with it speaks as such ("the Quorvex
Foundation's Ballot Watch project"), as its field office does (tests/core/gold/README.md).
An unnamed source's phrase ends before an adverb of its verb ("a spokesman for the
senator later said"). Invented articles."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


def test_chamber_of_keeps_its_whole_name() -> None:
    quotes = attributed(
        "Ivo Brandel signed the ferry bill.\n\nTrade groups remained opposed. The Tarnland "
        "Chamber of Commerce said the law would \u201cimpose a costly mandate on boats.\u201d"
    )
    assert quotes[-1].speaker == "Tarnland Chamber of Commerce"


@pytest.mark.parametrize("unit", ["project", "program"])
def test_a_bodys_project_speaks_under_its_own_name(unit: str) -> None:
    quotes = attributed(
        "Ivo Brandel signed the ferry bill.\n\n"
        f"The Quorvex Foundation\u2019s Ballot Watch {unit} said in a statement that the bill "
        "was \u201ca power grab.\u201d"
    )
    assert quotes[-1].speaker == f"Quorvex Foundation\u2019s Ballot Watch {unit}"


def test_an_adverb_before_the_verb_is_no_part_of_the_label() -> None:
    quotes = attributed(
        "Ivo Brandel said the ferry plan was late.\n\nA spokesman for the senator later said "
        "she would decide \u201cin the coming days.\u201d"
    )
    assert quotes[-1].speaker == "a spokesman for the senator"
