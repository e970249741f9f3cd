"""Each quote says how its speaker was found and how sure that is (speaker_how, confidence)."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed as _attributed


def _how(body: str, index: int = -1) -> tuple[str | None, str | None, str | None]:
    q = _attributed(body)[index]
    return q.speaker, q.speaker_how, q.confidence


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('"The bridge will open in May," Orla Quist said.', ("Orla Quist", "cue-after", "high")),
        ('Orla Quist said: "The bridge will open in May."', ("Orla Quist", "cue-before", "high")),
        (
            'Orla Quist said the bridge was "a marvel of patience" and would open soon.',
            ("Orla Quist", "cue-before", "high"),
        ),
        ('Orla Quist: "The bridge will open in May."', ("Orla Quist", "colon", "high")),
        (
            'According to Orla Quist, "the bridge will open in May".',
            ("Orla Quist", "according-to", "high"),
        ),
        (
            'Orla Quist runs the works. "The bridge will open in May," she said.',
            ("Orla Quist", "pronoun", "medium"),
        ),
        (
            '"The bridge will open in May," a spokesman for Vantrel said.',
            ("a spokesman for Vantrel", "role", "medium"),
        ),
    ],
)
def test_how_at_the_cue(body: str, expected: tuple[str, str, str]) -> None:
    assert _how(body) == expected


def test_a_quote_with_no_cue_carries_the_speaker_over() -> None:
    body = '"The bridge will open in May," Orla Quist said.\n\n"We have tested every cable twice."'
    first, second = _attributed(body)
    assert (first.speaker_how, first.confidence) == ("cue-after", "high")
    assert (second.speaker, second.speaker_how) == ("Orla Quist", "carry-over")
    assert second.confidence in ("medium", "low")


def test_carry_over_from_a_pronoun_cue_in_an_earlier_paragraph_is_low() -> None:
    body = (
        "Orla Quist runs the works at Lenby. She said the cables were sound.\n\n"
        '"We have tested every cable twice."'
    )
    q = _attributed(body)[-1]
    assert q.speaker == "Orla Quist"
    assert (q.speaker_how, q.confidence) == ("carry-over", "low")


def test_no_speaker_means_no_how_and_no_confidence() -> None:
    (q,) = _attributed('The plan was called "bold" by nobody in particular.')
    assert q.speaker is None
    assert q.speaker_how is None and q.confidence is None


def test_a_surname_never_given_in_full_is_not_high() -> None:
    (q,) = _attributed('"The servers held up," Kudra said.')
    assert (q.speaker, q.confidence) == ("Kudra", "medium")


def test_a_nickname_a_naming_verb_gives_is_not_high() -> None:
    body = 'Orla Quist attacked the budget, dubbing the minister "Sir Spendalot".'
    (q,) = _attributed(body)
    assert q.confidence != "high"


def test_a_definite_role_nobody_is_named_for_is_low() -> None:
    (q,) = _attributed('"The bridge is safe," the engineer said.')
    assert (q.speaker, q.speaker_how, q.confidence) == ("the engineer", "role", "low")
