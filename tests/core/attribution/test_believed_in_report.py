"""A thinking verb inside the clause a reporting verb reports ("A spokesperson told the
paper that the ministry expects grants "in the spring"") is no cue of its own: the
quoted words are the reporter's. Invented articles and names."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed

_LEAD = "Tarnia is still waiting for its grants.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "A Quellian Ministry spokesperson told the Ledger that the ministry expects grants"
        " \u201cin the spring.\u201d",
        "A Quellian Ministry spokesperson said the ministry believes grants will come"
        " \u201cin the spring.\u201d",
    ],
)
def test_the_reporter_speaks_the_words_of_the_clause(sentence: str) -> None:
    assert attributed(_LEAD + sentence)[-1].speaker == "a Quellian Ministry spokesperson"


def test_a_thinking_verb_alone_still_names_its_subject() -> None:
    body = _LEAD + "Ada Quellmore expects grants \u201cin the spring.\u201d"
    assert attributed(body)[-1].speaker == "Ada Quellmore"


def test_a_body_opening_a_sentence_keeps_no_article() -> None:
    body = (
        _LEAD + "A Quellian Ministry spokesperson declined to comment.\n\n"
        "\u201cEvery award is under review,\u201d the ministry said."
    )
    assert attributed(body)[-1].speaker == "Quellian Ministry"


def test_a_cue_word_after_a_quantifier_is_a_noun() -> None:
    """ "expects most states to begin": "states" after "most" is no verb of saying."""
    body = (
        _LEAD + "A Quellian Ministry spokesperson told the Ledger that the ministry expects"
        " most states to get grants \u201cin the spring.\u201d"
    )
    assert attributed(body)[-1].speaker == "a Quellian Ministry spokesperson"
