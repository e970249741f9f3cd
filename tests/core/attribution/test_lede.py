"""Issue 8: a story's first sentence often describes who spoke ("..., a Green
backbencher has said.") and the next names them ("Oskar Lindqvist said ..."): the
quote is theirs. Not a spokesman left unnamed on purpose, not later in the story, not
when the next sentence names someone who does not speak. Invented articles and names.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed

_LEDE = 'The Reds have been "far too timid" in the campaign, {who} has said.'


def _first(body: str) -> str | None:
    return attributed(body)[0].speaker


@pytest.mark.parametrize("verb", ["said", "has told reporters", "told the paper"])
def test_the_lede_description_is_the_person_named_next(verb: str) -> None:
    body = _LEDE.format(who="a Green backbencher") + f" Oskar Lindqvist {verb} it was true."
    assert _first(body) == "Oskar Lindqvist"


def test_an_unnamed_spokesman_stays_unnamed() -> None:
    body = _LEDE.format(who="a Green spokesman") + " Oskar Lindqvist said it was true."
    assert _first(body) == "a Green spokesman"


def test_not_when_the_next_sentence_names_no_speaker() -> None:
    body = _LEDE.format(who="a Green backbencher") + " Oskar Lindqvist lost his seat."
    assert _first(body) == "a Green backbencher"


def test_not_after_the_first_paragraph() -> None:
    body = (
        "The vote is on Monday.\n\n"
        + _LEDE.format(who="a Green backbencher")
        + " Oskar Lindqvist said it was true."
    )
    assert _first(body) == "a Green backbencher"


def test_a_lede_saying_who_was_accused_gives_the_words_to_the_accuser_named_next() -> None:
    """ "X has been accused of using the "politics of fear". Green spokesman Ann Roe
    told MPs ...": Ann Roe's words (a guess across sentences: low confidence)."""
    body = (
        'Ardo Venn has been accused of using the "politics of fear" on migrants.\n\n'
        "Green spokesman Oskar Lindqvist told MPs the plan was unfair."
    )
    q = attributed(body)[0]
    assert (q.speaker, q.speaker_how, q.confidence) == ("Oskar Lindqvist", "carry-over", "low")


def test_not_when_the_next_sentence_names_the_accused_again() -> None:
    body = (
        'Ardo Venn has been accused of using the "politics of fear" on migrants.\n\n'
        "Ardo Venn said on Monday the claim was false."
    )
    assert _first(body) is None
