"""A past thinking verb or "forecast" right after a name or "he"/"she" reports the
words quoted later in its own sentence ("Mr Hale forecast growth "Q""), in the active
voice only: a passive ("is widely believed"), a clause about the words ("what he
believed "should" be done"), a subject that is no name ("analysts had expected") or a
sentence with no quote after the verb ("as Ms Roe thought.") names no one.
Invented articles and names."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed

_LEAD = "Trade at Vornel slowed over the winter.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ivo Stannard runs the mill. Looking ahead, Mr Stannard forecast growth for the"
        " year \u201cwith margins in the low teens\u201d.",
        "Ivo Stannard believed the levy was \u201cunfair and should go\u201d.",
        "Ivo Stannard spoke on Monday. He thought the levy was \u201cunfair and should go\u201d.",
    ],
)
def test_a_past_thinking_verb_names_its_subject(sentence: str) -> None:
    quote = attributed(_LEAD + sentence)[-1]
    assert (quote.kind, quote.speaker) == ("partial", "Ivo Stannard")


@pytest.mark.parametrize(
    "sentence",
    [
        "Ivo Stannard spoke on Monday. The levy is widely believed to be"
        " \u201cunfair and clumsy\u201d.",
        "Ivo Stannard spoke on Monday. He set out what he believed \u201cshould\u201d be done.",
    ],
)
def test_a_passive_or_a_clause_about_the_words_names_no_one(sentence: str) -> None:
    assert attributed(_LEAD + sentence)[-1].speaker is None


def test_a_thinking_verb_inside_a_reported_clause_leaves_the_reporter() -> None:
    body = (
        _LEAD + "Orla Penhabe said the sale, which raised more than the sum analysts had"
        " expected, would \u201cgreatly\u201d help the firm."
    )
    assert attributed(body)[-1].speaker == "Orla Penhabe"


def test_a_thought_ending_its_sentence_does_not_take_the_next_quote() -> None:
    body = (
        _LEAD + "Orla Penhabe warned of a collapse. Ivo Stannard, head of the guild, said"
        " he did not feel things were as bad as Ms Penhabe believed. \u201cWe have seen"
        " worse years,\u201d he said."
    )
    assert attributed(body)[-1].speaker == "Ivo Stannard"


def test_a_thought_reported_by_an_earlier_verb_keeps_that_verb() -> None:
    """ "Ann Roe said X and that she expected "Q"": "said" governs both clauses, so the
    fragment keeps the sure tie of the name at "said"."""
    body = (
        _LEAD + "Orla Penhabe said the guild was \u201cvital to the town\u201d and that she"
        " expected any new head to \u201cbring fresh ideas.\u201d"
    )
    last = attributed(body)[-1]
    assert (last.speaker, last.confidence) == ("Orla Penhabe", "high")
