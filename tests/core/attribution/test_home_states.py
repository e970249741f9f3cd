"""Issue 8, pattern 10: "the Delaware Democrat said" is the person the article ties to
Delaware ("Sen. Ann Ray, D-Del.", "Ray of Delaware", "Ray, a Delaware Democrat"),
never another Democrat from another state; when nothing ties anyone to the state the
label stays as written, at low confidence. Invented names.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


def _said(body: str) -> tuple[str | None, str | None]:
    q = attributed(body)[-1]
    return q.speaker, q.confidence


@pytest.mark.parametrize(
    "opening",
    [
        "Sen. Ann Ray, D-Del., met Sen. Tom Quill, D-Ore., on Monday. Quill spoke first.",
        "Sen. Ann Ray (D-Del.) met Sen. Tom Quill (D-Ore.) on Monday. Quill spoke first.",
        "Senator Tom Quill, a Democrat, met Ann Ray, a Delaware Democrat, on Monday. Quill "
        "spoke first.",
        "Senator Ann Ray of Delaware, the majority leader, spoke after Senator Tom Quill of "
        "Oregon, a Democrat.",
    ],
)
def test_the_home_state_label_is_the_person_tied_to_the_state(opening: str) -> None:
    body = f"{opening}\n\n“We have the votes,” the Delaware Democrat said."
    assert _said(body)[0] == "Ann Ray"


def test_a_democrat_of_another_state_is_never_the_home_state_label() -> None:
    body = (
        "Sen. Tom Quill, D-Ore., spoke on Monday.\n\n"
        "“We have the votes,” the Delaware Democrat said."
    )
    assert _said(body) == ("the Delaware Democrat", "low")


def test_a_republican_of_the_state_is_not_its_democrat() -> None:
    body = (
        "Sen. Ann Ray, R-Del., met Sen. Tom Quill, D-Ore., on Monday. Quill spoke first.\n\n"
        "“We have the votes,” the Delaware Democrat said."
    )
    assert _said(body) == ("the Delaware Democrat", "low")


def test_the_other_state_names_its_own_democrat() -> None:
    body = (
        "Sen. Tom Quill (D-Ore.) spoke after Sen. Ann Ray (D-Del.), who leads the panel.\n\n"
        "“We have the votes,” the Oregon Democrat said."
    )
    assert _said(body)[0] == "Tom Quill"


def test_a_democrat_tied_to_no_state_may_still_be_the_one_pointed_back_to() -> None:
    body = "Sen. Ann Ray spoke Monday.\n\n“We have the votes,” the Delaware Democrat said."
    assert _said(body)[0] == "Ann Ray"


def test_the_one_tied_by_party_and_state_beats_a_tie_by_state_alone() -> None:
    # A headline's "Delaware Judge Rebukes Quill-Backed ..." ties Quill to Delaware by
    # state only; "Ray (D-Del.)" ties her by party and state both.
    body = (
        "Delaware Judge Rebukes Quill Plan\n\n"
        "Sen. Ann Ray (D-Del.) said she had read the ruling. Judge Pell Varnum, named "
        "by President Tom Quill, wrote that it was “beyond repair.”\n\n"
        "“We will ask the committee to look at it,” the Delaware Democrat added."
    )
    assert _said(body)[0] == "Ann Ray"
