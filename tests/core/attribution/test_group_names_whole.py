"""A group's name holding "for" or "and" comes out whole and speaks: "Families for Fair
Bread" after a noun ("The group"), "Conservative Action for Tillage", a trade group
closing on its trade ("Veldish Fuel and Widget Makers", named in the appositive of "A
trade group"), two things sharing a noun ("Quiet and Clean Lanes"). A court named after
"a panel of" does not, nor is a person joined by "and" part of a group's name.
Invented names.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed

CASES = [
    (
        "Shoppers were angry. The group Families for Fair Bread said in a statement that "
        "the hearing “confirmed what shoppers already know.”",
        "Families for Fair Bread",
    ),
    (
        "The proposal drew fire. The conservative Conservative Action for Tillage praised "
        "it, saying in a statement that “the era of obstruction must end.”",
        "Conservative Action for Tillage",
    ),
    (
        "In a 2-1 decision, a panel of the 9th Vellan Circuit Court of Appeals said the "
        "rule was “arbitrary and capricious” because it ignored drivers.",
        "a panel",
    ),
    (
        "Some refiners were watching the bill. A trade group representing them, the "
        "Veldish Fuel and Widget Makers, said it was “evaluating the potential impact.”",
        "Veldish Fuel and Widget Makers",
    ),
    (
        "The American Tallow and Candle Makers said the rule was “a costly mistake.”",
        "American Tallow and Candle Makers",
    ),
    (
        "“Our streets deserve better,” said Neighbours for Quiet and Clean Lanes, a group "
        "that backs the measure.",
        "Neighbours for Quiet and Clean Lanes",
    ),
    (
        "Parents for Reform and Susan Quint backed the plan. “It is long overdue,” said "
        "Susan Quint.",
        "Susan Quint",
    ),
]


@pytest.mark.parametrize(("body", "speaker"), CASES)
def test_group_names_come_out_whole(body: str, speaker: str) -> None:
    assert [q.speaker for q in attributed(body)] == [speaker]
