"""Issue 8: `The governor, a Democrat who ran on the plan, praised the vote in a
statement: "Q"`: when no cue before the colon finds its subject, the "the" phrase
opening the sentence (an aside after it) leads into the quote. Invented names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_an_opening_role_with_an_aside_leads_into_the_colon_quote() -> None:
    body = (
        "The governor, a Democrat "
        "who campaigned on the plan, praised the vote in a statement: \u201cThis is a "
        "great day for our towns.\u201d"
    )
    assert attributed(body)[-1].speaker == "the governor"


def test_a_thing_opening_the_sentence_is_no_speaker() -> None:
    body = (
        "The bridge, a span that opened in May, carried a sign in a statement of "
        "pride: \u201cBuilt by the people of Orrin Falls.\u201d"
    )
    assert attributed(body)[-1].speaker != "the bridge"
