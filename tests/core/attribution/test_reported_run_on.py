"""Reported speech running on into a sentence with no cue after `..."Q1", he said.`:
its quote is the speaker's (low) even when a noun phrase follows the quote ("must "Q2"
the local council": an object, no owner of the words); "Any" opening the sentence is a
determiner, no name. Someone named before the quote still owns it. Invented names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_run_on_quote_before_an_object_is_the_speakers() -> None:
    body = (
        "Ivo Renk spoke on Monday.\n\n"
        "He wants a slow pull-out of the garrison “as soon as it is safe”, he said in "
        "Tarnby. Any new plan must “shore up and back” the local council."
    )
    quotes = attributed(body)
    assert [(q.kind, q.speaker) for q in quotes] == [
        ("partial", "Ivo Renk"),
        ("partial", "Ivo Renk"),
    ]
    assert quotes[1].confidence == "low"


def test_someone_named_before_the_run_on_quote_owns_it() -> None:
    body = (
        "Ivo Renk spoke on Monday.\n\n"
        "He wants a slow pull-out of the garrison “as soon as it is safe”, he said in "
        "Tarnby. Mayor Olda Fenn thinks the plan is “half baked” at best."
    )
    assert attributed(body)[1].speaker != "Ivo Renk"
