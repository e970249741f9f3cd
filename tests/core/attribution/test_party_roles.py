"""Issue 8: a role naming a party ("the Tory leader") is not held by a person the
article ties to a role of another party ("Liberal leader Ada Voss"); it stays the
label (or goes to the story's holder); nor is another office of the same kind ("the
foreign secretary" after "Home Secretary Ada Voss"). Invented articles and names.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed

_TIED = "Liberal leader Ada Voss spoke in Leeds. Ms Voss was cheered. "


def test_a_role_of_another_party_is_not_the_tied_person() -> None:
    body = _TIED + '"We will win," the Tory leader said.'
    assert attributed(body)[-1].speaker == "the Tory leader"


def test_the_same_party_or_no_party_still_ties() -> None:
    for role in ("the Liberal leader", "the leader"):
        body = _TIED + f'"We will win," {role} said.'
        assert attributed(body)[-1].speaker == "Ada Voss"


def test_another_office_of_the_same_kind_is_not_the_tied_person() -> None:
    body = (
        "Home Secretary Ada Voss spoke in Leeds. Ms Voss was cheered. Ivo Marsh spoke too. "
        '"We will win," the foreign secretary said.'
    )
    assert attributed(body)[-1].speaker != "Ada Voss"
    body = body.replace("the foreign secretary", "the home secretary")
    assert attributed(body)[-1].speaker == "Ada Voss"
