"""A person, a comma, then a title whose closing comma is left out before the cue
("Pella Roan, Vesk Alliance housing spokeswoman said:"): the person speaks, not the body
named inside the title. Not when the words after the comma are a clause or a list.
Invented names.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed

_INTRO = "The Drell council met on Monday. "


@pytest.mark.parametrize(
    "title",
    [
        "Vesk Alliance housing spokeswoman",
        "the Vesk Alliance health spokesman",
        "Vesk Alliance's housing spokeswoman",
    ],
)
def test_the_person_before_an_unclosed_title_speaks(title: str) -> None:
    body = _INTRO + f'Pella Roan, {title} said: "It is the same target as in 1999."'
    assert attributed(body)[-1].speaker == "Pella Roan"


def test_a_partial_after_the_title_is_theirs_too() -> None:
    body = _INTRO + 'Pella Roan, Vesk Alliance housing spokeswoman said the plan was "a failure".'
    assert attributed(body)[-1].speaker == "Pella Roan"


def test_a_name_after_the_comma_still_speaks() -> None:
    body = _INTRO + 'Pella Roan, Vesk Alliance spokesman Ivo Marsh said: "We object."'
    assert attributed(body)[-1].speaker == "Ivo Marsh"


def test_a_list_after_the_comma_is_not_a_title() -> None:
    body = _INTRO + 'Pella Roan, Ivo Marsh and their neighbour said: "We object."'
    assert attributed(body)[-1].speaker != "Pella Roan"
