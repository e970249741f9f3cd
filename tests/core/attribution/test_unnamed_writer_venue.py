"""An unnamed writer after a cue speaks, not the paper they wrote in: `"Q," wrote one
critic in the Daily Planet` is the critic's, never sure (invented names)."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed

_Q = '"A triumph of style over substance,"'


@pytest.mark.parametrize(
    "body",
    [
        f"The show opened on Friday. {_Q} wrote one critic in the Daily Quillon.",
        f"The show opened on Friday. {_Q} wrote one critic in The Tarnby Herald.",
    ],
)
def test_the_unnamed_writer_speaks_not_the_paper(body: str) -> None:
    q = attributed(body)[-1]
    assert q.speaker is not None and q.speaker.startswith("one critic")  # (whole phrase)
    assert q.confidence != "high"


def test_a_named_writer_still_speaks() -> None:
    q = attributed(f"{_Q} wrote the critic Ann Lee in the Daily Quillon.")[-1]
    assert (q.speaker, q.confidence) == ("Ann Lee", "high")


@pytest.mark.parametrize(
    "body",
    [
        '"We will appeal," said the company founded by Ann Lee.',
        '"We will appeal," said the law firm representing Ann Lee.',
    ],
)
def test_a_person_the_speaking_phrase_is_tied_to_does_not_speak(body: str) -> None:
    q = attributed(body)[-1]
    assert q.speaker != "Ann Lee"
    assert q.confidence != "high"


@pytest.mark.parametrize(
    ("body", "label"),
    [
        (
            'The company founded by Ann Lee said it would "appeal the ruling."',
            "the company founded by Ann Lee",
        ),
        (
            'The lawyer representing Ann Lee said she would "appeal the ruling."',
            "the lawyer representing Ann Lee",
        ),
    ],
)
def test_a_phrase_tied_to_a_name_speaks_before_its_verb(body: str, label: str) -> None:
    q = attributed(body)[-1]
    assert q.speaker == label
    assert q.confidence != "high"
