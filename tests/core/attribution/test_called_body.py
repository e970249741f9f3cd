"""Issue 8: a body brought in by its kind and its name ("a coalition called Tarnians
for Plain Ballots") is "the group" that speaks next, whichever kind word each uses.
Invented names."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize(
    ("intro", "ref"),
    [
        ("led by a coalition called Tarnians for Plain Ballots", "group"),
        ("led by a small union known as Tarnians for Plain Ballots", "union"),
        ("led by an advocacy group named Tarnians for Plain Ballots", "coalition"),
    ],
)
def test_the_group_is_the_body_called_so(intro: str, ref: str) -> None:
    quotes = attributed(
        f"Supporters, {intro}, say the system confused voters. "
        f'"Nobody should need a calculator to vote," the {ref} says on its website.'
    )
    assert quotes[0].speaker == "Tarnians for Plain Ballots"


def test_a_kind_with_no_name_after_it_stays_the_group() -> None:
    quotes = attributed(
        "Supporters, led by a coalition of clerks, say the system confused voters. "
        '"Nobody should need a calculator to vote," the group says on its website.'
    )
    assert quotes[0].speaker == "the group"
