"""A group named by a plural that speaks ("Orvan Rivals", "Tarnish Conservatives"), opening a
clause a subordinator starts and touching its verb, is the subject of that verb: the
words it "called" something are the group's, not the reporter's whose sentence holds
the clause. Invented names."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize(
    ("body", "group"),
    [
        (
            "Senator Ilsa Varn said she would push for more money, though she conceded "
            "that Orvan Rivals had called similar plans “a blank cheque.”",
            "Orvan Rivals",
        ),
        (
            "Mayor Tobin Quell backed the levy, though he acknowledged that Tarnish "
            "Conservatives had described it as “a tax on breathing.”",
            "Tarnish Conservatives",
        ),
    ],
)
def test_the_group_before_the_clause_verb_speaks(body: str, group: str) -> None:
    q = attributed(body)[-1]
    assert q.speaker == group


def test_the_reporter_still_speaks_their_own_clause() -> None:
    body = (
        "Senator Ilsa Varn said she would push for more money, though she conceded "
        "the plan was “a long shot.”"
    )
    assert attributed(body)[-1].speaker == "Ilsa Varn"
