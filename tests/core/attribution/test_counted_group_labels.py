"""Issue 8, who: a counted group ("two road workers who fixed the bridge", "three
former clerks at the depot") is labelled by its whole noun phrase, count included, as
an unnamed source is (tests/core/gold/README.md); a later "one of them said" takes that
label. Invented articles."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed
from tests.core.gold.score import is_junk


@pytest.mark.parametrize(
    ("group", "label"),
    [
        (
            "Two current road workers who fixed the bridge",
            "two current road workers who fixed the bridge",
        ),
        ("Two road workers at the Brellan depot", "two road workers at the Brellan depot"),
        ("Seven former ferry staffers", "seven former ferry staffers"),
        ("Three officials", "three officials"),
    ],
)
def test_counted_group_keeps_its_whole_phrase(group: str, label: str) -> None:
    quotes = attributed(
        "Ivo Brandel said the ferry plan was late.\n\n"
        f"{group} said the pressure was unusual.\n\n"
        "\u201cWe never had that,\u201d one of them said."
    )
    assert quotes[-1].speaker == label
    assert not is_junk(label)


def test_counted_group_after_its_verb_keeps_its_whole_phrase() -> None:
    quotes = attributed(
        "Ivo Brandel said the ferry plan was late.\n\n"
        "\u201cWe never had that,\u201d said three former workers at the Tarnby depot."
    )
    assert quotes[-1].speaker == "three former workers at the Tarnby depot"


def test_time_after_a_counted_group_is_left_out() -> None:
    quotes = attributed(
        "Ivo Brandel said the ferry plan was late.\n\n"
        "Two road workers who fixed the bridge last month said the pressure was unusual.\n\n"
        "\u201cWe never had that,\u201d one of them said."
    )
    assert quotes[-1].speaker == "two road workers who fixed the bridge"
