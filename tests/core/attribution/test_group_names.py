"""An advocacy group speaks by its whole name, however the name is built: with a word
that is also a title ("The Verlaine Justice Project", no judge "Justice Project"), a
possessive ("Save Our Orchard Schools", a campaign), a plural possessive ("Dakota
Ranchers’ Mutual Association"), or "for" ("Parents for Quiet Streets"), with an
apposition describing it ("..., a neighborhood group, said": the group's name, not the
description). Invented articles and names.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "The Verlaine Justice Project, a legal aid group based in Tamsford, said in a"
            ' statement that the barriers were "dangerous and cruel."',
            "Verlaine Justice Project",
        ),
        (
            "Parents said they would sue. A group calling itself Save Our Orchard Schools"
            ' said in a post that it had "retained counsel."',
            "Save Our Orchard Schools",
        ),
        (
            "The Dakota Ranchers’ Mutual Association, which represents ranchers across the"
            ' state, condemned the vote, calling it "reckless" in a statement.',
            "Dakota Ranchers’ Mutual Association",
        ),
        (
            'Parents for Quiet Streets, a neighborhood group, said the plan was "dead on arrival."',
            "Parents for Quiet Streets",
        ),
        (
            "Tessaly Action for Governance, a Washington advocacy group, said the rule was"
            ' "long overdue."',
            "Tessaly Action for Governance",
        ),
    ],
)
def test_a_group_speaks_by_its_whole_name(body: str, name: str) -> None:
    assert attributed(body)[0].speaker == name


def test_a_person_described_after_their_name_still_speaks() -> None:
    body = 'Orla Brandvik, a nurse from Tamsford, called the plan "a boondoggle."'
    assert attributed(body)[0].speaker == "Orla Brandvik"


def test_a_judge_is_still_a_judge() -> None:
    body = '"The statute is plain," Justice Orla Brandvik wrote for the court.'
    assert attributed(body)[0].speaker == "Orla Brandvik"
