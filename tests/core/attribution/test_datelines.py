"""A wire story's dateline ("WASHINGTON (AP) —", "MERRIVALE, Ore. —") says where the
story was filed: its capitals and its agency are never a speaker, nor what "it" means.
And an office a possessive gives to its owner ("the commission's chairman") is not the
story's lead person's. Invented articles and names.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "WASHINGTON (AP) — The president on Wednesday vetoed a farm bill, saying it"
            ' would "gut rural towns" and setting up an override fight.',
            "WASHINGTON",
        ),
        (
            "MERRIVALE, Ore. — Lawmakers will return on Monday. It tells them to consider"
            ' one subject: "the state budget and nothing else."',
            "MERRIVALE",
        ),
        (
            "ST. ALDEN, Minn. (Reuters) - Regulators fined the utility, saying it had"
            ' "misled customers for years."',
            "Reuters",
        ),
    ],
)
def test_a_dateline_is_never_a_speaker(body: str, place: str) -> None:
    speakers = [q.speaker for q in attributed(body)]
    assert speakers and place not in speakers


def test_the_subject_after_a_dateline_still_speaks() -> None:
    body = (
        "ST. ALDEN, Minn. (Reuters) - Regulators fined the utility, saying it had"
        ' "misled customers."'
    )
    assert attributed(body)[0].speaker == "Regulators"


def test_a_name_opening_a_later_paragraph_in_capitals_is_kept() -> None:
    body = 'The vote is Monday.\n\nVERA OSTLUND — "We are ready," said Vera Ostlund.'
    assert attributed(body)[0].speaker == "Vera Ostlund"


def test_an_office_owned_by_a_body_is_not_the_lead_persons() -> None:
    """The story is about Gov. Ness (named again and again); "the commission's
    chairman", named in apposition, is Wendt, and so is the "he" after him."""
    body = (
        "Gov. Halvard Ness on Tuesday called lawmakers back for a special session. "
        "Ness said the map was unfair.\n\n"
        '"We will fix it," Ness said.\n\n'
        "Ness has pushed the plan for months.\n\n"
        "The commission's chairman, retired judge Tobias Wendt, said in an interview "
        "that he was disappointed.\n\n"
        '"We held hearings in every county," he said.'
    )
    assert [q.speaker for q in attributed(body)] == ["Halvard Ness", "Tobias Wendt"]
