"""An unnamed source keeps the label the article brought it in with: "the adviser
said" after "a Pellor adviser, who spoke on condition of anonymity," is "a Pellor
adviser" (issue 8, label shapes; invented names)."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (  # a role noun no list of sources holds
            "Polling shared by a Pellor adviser, who spoke on the condition of anonymity, "
            'showed her behind.\n\n"We will not win the young," the adviser said.',
            "a Pellor adviser",
        ),
        (  # brought in at a sentence's end
            "The two spoke by phone, according to a Brannock aide. The call was short.\n\n"
            '"It went well enough," the aide said.',
            "a Brannock aide",
        ),
        (  # placed somewhere, then called "the woman"
            "A young woman near the front asked about rents.\n\n"
            '"What do you say to people my age?" the woman asked.',
            "a young woman",
        ),
        (  # the definite phrase's own words are in the introduction
            "A senior Tillage official, who was not allowed to speak publicly, briefed "
            'reporters.\n\n"The rule will stand," the senior official said.',
            "a senior Tillage official",
        ),
    ],
)
def test_the_source_keeps_the_label_it_came_in_with(body: str, speaker: str) -> None:
    assert attributed(body)[-1].speaker == speaker


def test_a_source_named_at_once_is_no_unnamed_introduction() -> None:
    quotes = attributed(
        'A woman, Odile Varnam, said the rent had doubled.\n\n"We cannot stay," the woman said.'
    )
    assert quotes[-1].speaker != "a woman"


def test_his_office_speaks_for_its_holder() -> None:
    quotes = attributed(
        "Tillage Secretary of State Odo Brannick has defended the count. In a statement, "
        'his office said he "has zero tolerance for threats against clerks."'
    )
    assert quotes[-1].speaker == "Odo Brannick"
