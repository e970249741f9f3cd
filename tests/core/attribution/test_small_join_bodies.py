"""A body's name that the name runs split at "to", at "for" before a cause, or at "and"
before an agency's mission comes out whole and speaks: "Bellmore Right to Farm
Committee", "Everytide for Boat Safety", "Vellish Tariffs and Harbor Protection". A
person's move between two bodies ("from Tarn Police to Harbor Patrol") joins nothing,
nor does a person named before "for". Invented names.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed

TO_CASES = [
    (
        "Critics were loud. The Bellmore Right to Farm Committee said the deal was "
        "“rotten to the core.”",
        "Bellmore Right to Farm Committee",
    ),
    (
        "Not everyone was upset. The Quellan Right to Fish Foundation, which backed the "
        "plaintiff, called the ruling “a historic victory for anglers.”",
        "Quellan Right to Fish Foundation",
    ),
    (
        "“The deal is rotten,” said the Tarnish Right to Roam Association.",
        "Tarnish Right to Roam Association",
    ),
]

CAUSE_CASES = [
    (
        "Boating groups praised the veto. Everytide for Boat Safety said in a statement "
        "that Quorn had “stood up to the lobby.”",
        "Everytide for Boat Safety",
    ),
    (
        "“The mayor stood up to the landlords,” said Allhome for Rental Fairness, a tenants group.",
        "Allhome for Rental Fairness",
    ),
    (
        "Reformers cheered. Vellandia for Open Elections called the vote “a win for every voter.”",
        "Vellandia for Open Elections",
    ),
]

MISSION_CASES = [
    (
        "Drones were seen nightly, the agent said. Vellish Tariffs and Harbor Protection "
        "said in a statement that it was “aware of the traffic.”",
        "Vellish Tariffs and Harbor Protection",
    ),
    (
        "Drones were seen nightly. Federal Fishing and Reef Enforcement said it was "
        "“aware of the traffic.”",
        "Federal Fishing and Reef Enforcement",
    ),
    (
        "Drones were seen nightly. “We are aware of the traffic,” said U.S. Tariffs and "
        "Harbor Protection.",
        "U.S. Tariffs and Harbor Protection",
    ),
]

PERSON_CASES = [
    (
        "Ann Roe moved from Tarn Police to Harbor Patrol last year. “It was time,” she said.",
        "Ann Roe",
    ),
]


@pytest.mark.parametrize(("body", "speaker"), TO_CASES + CAUSE_CASES + MISSION_CASES)
def test_split_body_names_come_out_whole(body: str, speaker: str) -> None:
    assert [q.speaker for q in attributed(body)] == [speaker]


def test_a_move_between_bodies_joins_nothing() -> None:
    body, speaker = PERSON_CASES[0]
    assert [q.speaker for q in attributed(body)] == [speaker]


def test_a_person_before_for_opens_no_group() -> None:
    body = (
        "Bram Quillet ran again. “I am proud,” said Quillet for Rental Fairness, "
        "reading his own sign aloud."
    )
    assert "Quillet for Rental Fairness" not in [q.speaker for q in attributed(body)]
