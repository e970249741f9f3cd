"""Nouns that speak though the lists lacked them: a clergyman in an opening sentence,
a festival that praises the actor it honours, visitors and delegates at an event, and
policy makers (one word or two). Invented names and places.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


def test_an_opening_clergyman() -> None:
    body = (
        "The plot of a popular novel is “absurd”, a clergyman has said.\n\n"
        "The novel claims a saint never existed, and sales keep rising."
    )
    assert attributed(body)[0].speaker == "a clergyman"


def test_the_festival_praises_and_feels() -> None:
    body = (
        "The Tallow Film Festival will honour actor Ben Corrick in May.\n\n"
        "The prize goes to figures the festival feels “deeply grateful to”. The festival "
        "praises him for his “dazzling debut” in early roles."
    )
    assert [q.speaker for q in attributed(body)] == ["the festival", "the festival"]


@pytest.mark.parametrize("noun", ["visitors", "delegates"])
def test_some_visitors_complained(noun: str) -> None:
    body = f"Despite the crowds, some {noun} complained that the fair lacked the “sparkle” of old."
    assert attributed(body)[0].speaker == noun


@pytest.mark.parametrize("noun", ["Policymakers", "Policy makers"])
def test_policy_makers_called_it(noun: str) -> None:
    body = f"The yen fell again.\n\n{noun} in Asia have called the slide “savage”."
    assert attributed(body)[0].speaker == noun.lower()


def test_a_festival_as_a_place_names_no_speaker() -> None:
    body = "Crowds at the festival sang along to the “greatest hits” all night."
    assert attributed(body)[0].speaker is None
