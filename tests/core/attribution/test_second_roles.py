"""Issue 8, pattern 10: a second role in one apposition ("Noa Vell, 46, a state
delegate and the Democratic nominee for governor,") ties that role too, and a
candidate's roles ("nominee") are roles: "the candidate said" is hers. Invented names.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed
from tui.core.attribution.roles import read_ties

_TIE = (
    "Noa Vell, 46, a two-term state delegate and the Democratic nominee for governor, grew up here."
)


def _said(body: str) -> str | None:
    return attributed(body)[-1].speaker


def test_both_roles_of_an_apposition_are_tied() -> None:
    ties = read_ties(_TIE, [(0, 8, "Noa Vell", False)])
    assert ties.get("two-term state delegate") == {"Noa Vell"}
    assert ties.get("democratic nominee") == {"Noa Vell"}


def test_and_with_no_role_ties_nothing_more() -> None:
    text = "Noa Vell, a state delegate and the mother of three, grew up here."
    ties = read_ties(text, [(0, 8, "Noa Vell", False)])
    assert set(ties) == {"state delegate"}


def test_the_nominee_is_the_second_role() -> None:
    body = f"{_TIE}\n\nHer mother said little. “It was a fair request,” the nominee said."
    assert _said(body) == "Noa Vell"


def test_the_candidate_is_the_nominee() -> None:
    body = f"{_TIE}\n\nHer mother said little. “It was a fair request,” the candidate said."
    assert _said(body) == "Noa Vell"


def test_the_candidate_with_no_tie_keeps_the_role() -> None:
    body = (
        "Noa Vell, 46, grew up in a diner.\n\nHer mother said little.\n\n"
        "“It was a fair request,” the candidate said."
    )
    assert _said(body) == "the candidate"


def test_a_bare_surname_apposition_ties_the_role() -> None:
    body = (
        "Noa Vell grew up in a diner.\n\n"
        "Vell, 46, a two-term state delegate and the Democratic nominee for governor, "
        "made the diner the center of her campaign.\n\n"
        "Her mother said little. “It was a fair request,” the candidate said."
    )
    assert _said(body) == "Noa Vell"
