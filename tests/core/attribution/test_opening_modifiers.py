"""A capitalised adjective opening a sentence before a plural noun and a speaking verb
("Rival parties say") is no name: the noun phrase it opens speaks. A name before an
adverb ("Brask thus said") or a verb stays the speaker. Invented names and words."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_an_opening_adjective_is_no_speaker() -> None:
    body = (
        "The Quandor party unveiled its tax plan on Monday.\n\n"
        "Rival parties say the plan is “a trick on savers” and will not add up."
    )
    (q,) = attributed(body)
    assert q.speaker == "Rival parties"


def test_a_name_before_an_adverb_still_speaks() -> None:
    body = (
        "Ona Brask runs the Quandor party.\n\n"
        "Brask thus said the plan was “a gift to savers” and would add up."
    )
    (q,) = attributed(body)
    assert q.speaker == "Ona Brask"


def test_a_name_before_its_verb_still_speaks() -> None:
    body = "Ona Brask runs the Quandor party.\n\nBrask says the plan is “a gift to savers”."
    (q,) = attributed(body)
    assert q.speaker == "Ona Brask"
