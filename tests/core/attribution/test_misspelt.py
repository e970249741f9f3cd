"""Issue 8: a surname the article misspells once it has named the person in full is
still that person: "Marta Kowalczyk won ... 'It was hard,' said Kowalcyzk" (a letter
swapped, left out, added or changed). Not a short surname, not another first letter,
not when two people fit. Invented articles and names.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed
from tui.core.attribution.names import _one_typo


@pytest.mark.parametrize("typo", ["Kowalcyzk", "Kowalczk", "Kowalczykk", "Kowalczyx"])
def test_a_misspelt_surname_is_the_person_named_in_full(typo: str) -> None:
    body = f'Marta Kowalczyk won the final in Lodz. "It was hard," said {typo}.'
    assert attributed(body)[-1].speaker == "Marta Kowalczyk"


@pytest.mark.parametrize(
    "body",
    [
        # Short surnames: a guess too often wrong.
        'Ann Rook won the final. "It was hard," said Roak.',
        # Another first letter.
        'Marta Kowalczyk won the final. "It was hard," said Lowalczyk.',
        # Two people fit.
        'Marta Kowalczyk beat Piotr Kowalczak. "It was hard," said Kowalczek.',
    ],
)
def test_no_guess_when_it_is_unsure(body: str) -> None:
    speaker = attributed(body)[-1].speaker
    assert speaker not in ("Ann Rook", "Marta Kowalczyk", "Piotr Kowalczak")


@pytest.mark.parametrize(
    ("a", "b", "one"),
    [
        ("Kudja", "Kujda", True),
        ("Daveport", "Davenport", True),
        ("Hassel", "Hassell", True),
        ("Chadha", "Chada", True),
        ("Davenport", "Davenport", False),
        ("Kjuad", "Kujda", False),
        ("Davenprot", "Davenport", True),
        ("Devonport", "Davenport", False),
    ],
)
def test_one_typo(a: str, b: str, one: bool) -> None:
    assert _one_typo(a, b) is one


def test_a_misspelt_shared_surname_is_the_one_named_last() -> None:
    body = (
        'Piotr Nowicki founded the band. "We play old consoles," said Nowikci. '
        "Ewa Nowicki, his sister, joined later."
    )
    assert attributed(body)[0].speaker == "Piotr Nowicki"
