"""A role opening the sentence with a modal or "did" before its verb ("The chancellor
would not comment on the reports, but insisted ...") is the subject of a verb joined
to it by "and" or "but", as with a past-tense verb ("The chancellor visited a school
and said"). Invented names.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize(
    "opening",
    [
        "The chancellor would not comment on the reports, but insisted",
        "The chancellor did not comment on the reports and insisted",
        "The chancellor wouldn't comment, but insisted",
    ],
)
def test_the_role_before_a_modal_speaks(opening: str) -> None:
    body = (
        "Chancellor Ann Rowe has appealed for unity.\n\n"
        f"{opening} she would not be “diverted or distracted” from her work."
    )
    assert attributed(body)[0].speaker == "Ann Rowe"


def test_a_thing_before_a_modal_speaks_not() -> None:
    body = (
        "Ann Rowe has appealed for unity.\n\n"
        "The rules would not change, but insisted she was “unfair”."
    )
    assert attributed(body)[0].speaker is None
