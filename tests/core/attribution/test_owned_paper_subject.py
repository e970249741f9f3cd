"""A paper opening its sentence ("Its latest ad", "Her flyer") is the subject of a
naming verb joined to it by "and": its owner speaks the words, not the name the
paper shows (the verb's object or the object before "and")."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Ann Roe began her campaign. Her ad shows Ben Ode and accuses him of", "Ann Roe"),
        (
            "Tarn Families First is new. Tarn Families First's flyer, which went out on "
            "Friday, shows Ben Ode and accuses him of",
            "Tarn Families First",
        ),
        (
            "The group, which calls itself Tarn Valley Voters, is registered as a nonprofit. "
            "Its latest ad shows Ben Ode and accuses him of",
            "Tarn Valley Voters",
        ),
        (
            "The group, which calls itself Tarn Valley Voters, is registered as a nonprofit. "
            "Its latest ad shows Ben Ode, accusing him of",
            "Tarn Valley Voters",
        ),
    ],
)
def test_an_owned_paper_accusing_someone_speaks_for_its_owner(lead: str, speaker: str) -> None:
    body = f'{lead} "selling out the valley."'
    assert attributed(body)[-1].speaker == speaker


def test_a_person_who_accuses_after_and_still_speaks() -> None:
    body = 'Ann Roe met Ben Ode and accused him of "selling out the valley."'
    assert attributed(body)[-1].speaker == "Ann Roe"
