"""Issue 8, who: an unnamed source standing between a quote and its verb ("..., a
strategist who has worked on county races said") or opening a sentence with a partial
after its verb is labelled by its whole noun phrase, as before the verb elsewhere: the
relative clause, the place and the participle's phrase that tell which one are kept
(tests/core/gold/README.md). Invented articles."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize(
    ("source", "label"),
    [
        (
            "a senior strategist who has worked on county races",
            "a senior strategist who has worked on county races",
        ),
        ("a strategist working on Brellan races", "a strategist working on Brellan races"),
        ("a senior Flarn strategist working on Brellan races", None),
        ("a Quorvex spokesman in Dunmoor", "a Quorvex spokesman in Dunmoor"),
        ("a caseworker at the Tarnby center", "a caseworker at the Tarnby center"),
    ],
)
def test_source_between_quote_and_verb_keeps_its_whole_phrase(
    source: str, label: str | None
) -> None:
    quotes = attributed(
        "Ivo Brandel said the ferry plan was late.\n\n"
        f"\u201cWe cannot spend it on boats,\u201d {source} said."
    )
    assert quotes[-1].speaker == (label or source)


def test_partial_after_an_unnamed_opening_takes_the_whole_label() -> None:
    quotes = attributed(
        "Ivo Brandel said the ferry plan was late.\n\n"
        "A ferry clerk who asked not to be named said the crew was \u201cnot going to stop.\u201d"
    )
    assert quotes[-1].speaker == "a ferry clerk who asked not to be named"


def test_saying_participle_opens_no_label() -> None:
    """ "a spokesman adding": the participle reports, it does not say which one."""
    quotes = attributed(
        "Ivo Brandel said the ferry plan was late.\n\n"
        "\u201cIt will sail,\u201d a Quorvex spokesman said, adding that it was late."
    )
    assert quotes[-1].speaker == "a Quorvex spokesman"


def test_a_span_of_time_ending_the_clause_goes_whole() -> None:
    """ "who has worked there for more than a decade": the span goes with its count,
    never a fragment ending on "than"."""
    quotes = attributed(
        "Ivo Brandel said the ferry plan was late.\n\n"
        "\u201cThe fans just push hot air,\u201d a corrections officer who has worked at "
        "Tarn Ridge for more than a decade said."
    )
    assert quotes[-1].speaker == "a corrections officer who has worked at Tarn Ridge"


@pytest.mark.parametrize(
    ("opening", "label"),
    [
        (
            "Another Tarnland Democrat, who spoke on the condition of anonymity, said",
            "another Tarnland Democrat",
        ),
        ("A Republican in the Tarn delegation said", "a Republican in the Tarn delegation"),
    ],
)
def test_a_party_member_left_unnamed_keeps_its_article(opening: str, label: str) -> None:
    """ "Another House Democrat, who ..., said": a party member is an unnamed source
    like an aide, never the bare "House Democrat"."""
    quotes = attributed(
        f"Ivo Brandel said the ferry plan was late.\n\n{opening} the plan was \u201cdead.\u201d"
    )
    assert quotes[-1].speaker == label
