"""A name the thing was sent to is not the subject of the cue after it.

"The letter, signed by six former staffers and addressed to Whip Cora Tillman-Hale,
asks the leaders to "Q"": the name touching the cue is whom the letter went to, never
its writer; the signers are. Invented names.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def _speakers(body: str) -> list[str | None]:
    return [q.speaker for q in attributed(body)]


def test_a_name_the_letter_was_addressed_to_does_not_speak() -> None:
    body = (
        "Senator Ada Vell faces a complaint. The letter, signed by six former staffers "
        "and addressed to Senate Majority Leader Bram Oduya and Whip Cora Tillman-Hale, "
        "asks the leaders to “weigh the pattern of conduct here.”"
    )
    # (the signers by their whole noun phrase, count included: tests/core/gold/README.md)
    assert _speakers(body) == ["six former staffers"]


def test_a_name_after_a_comma_past_sent_to_still_speaks() -> None:
    body = (
        "Cora Tillman-Hale, who was sent to the border last spring, said the plan was "
        "“a mess from the start.”"
    )
    assert _speakers(body) == ["Cora Tillman-Hale"]
