"""Papers, minutes and memos speak for whoever issued them, never for the place that
keeps or releases them, nor for the speaker before them."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


def test_papers_released_at_an_archive_are_not_the_archives() -> None:
    """ "According to the documents released at the Vellmoor Record Office, officials
    were "Q"": the office only keeps the papers; no speaker, never at high."""
    body = (
        "The Tarnby bridge closed in 1975. According to the documents released at the "
        'Vellmoor Record Office, officials were "deeply worried about the piers".'
    )
    q = attributed(body)[-1]
    assert q.speaker != "Vellmoor Record Office"
    assert q.confidence != "high"


def test_papers_from_a_body_are_its_own_at_medium() -> None:
    body = (
        "According to the documents from the Tarnby Home Office, officials were "
        '"deeply worried about the piers".'
    )
    q = attributed(body)[-1]
    assert (q.speaker, q.confidence) == ("Tarnby Home Office", "medium")


_BEFORE = 'Ann Roe, the mayor, spoke on Friday. "We will win," Ms Roe said.\n\n'


@pytest.mark.parametrize(
    ("tail", "speaker"),
    [
        ('"The bridge must close," reads a telephone memo from 1975.', "a telephone memo"),
        ('"The bridge must close," reads the letter.', "the letter"),
        ('"The bridge must close," reads a memo from Tomas Vell.', "Tomas Vell"),
        (
            'Tomas Vell wrote a letter to the council in May.\n\n"The bridge must close," '
            "reads the letter.",
            "Tomas Vell",
        ),
    ],
)
def test_a_paper_that_reads_after_its_quote_is_not_the_last_voice(tail: str, speaker: str) -> None:
    """`"Q," reads a memo from 1975`: the paper speaks (its issuer when named with it
    or before), never the speaker carried over from the quote before."""
    q = attributed(_BEFORE + tail)[-1]
    assert q.speaker == speaker
    assert q.speaker_how != "carry-over"


@pytest.mark.parametrize(
    ("tail", "speaker"),
    [
        (
            'The Tarnby Council met in March. "The bridge must close," the minutes say.',
            "Tarnby Council",
        ),
        (
            "A meeting of the Vellmoor Parish Council was held in March. "
            '"The bridge must close," read the minutes.',
            "Vellmoor Parish Council",
        ),
        (
            "The minutes of the Tarnby Council meeting were released on Monday.\n\n"
            '"The bridge must close," the minutes say.',
            "Tarnby Council",
        ),
        ('"The bridge must close," the minutes say.', "the minutes"),
        (
            'The minutes of the meeting record Tomas Vell saying "the bridge must close".',
            "Tomas Vell",
        ),
        (
            'The minutes of the meeting record the chairman saying "the bridge must close".',
            "the chairman",
        ),
    ],
)
def test_minutes_speak_for_the_one_they_record_or_the_body_that_met(
    tail: str, speaker: str
) -> None:
    """Minutes give the one they report speaking when named, else the body whose
    meeting they record, else themselves: never the voice of the quote before."""
    q = attributed(_BEFORE + tail)[-1]
    assert q.speaker == speaker
    assert q.speaker != "Ann Roe"


def test_papers_issued_by_a_described_body_are_its_own() -> None:
    """ "According to a statement released by the department": the issuer, though
    described rather than named, is read as the cue's phrase always was."""
    body = (
        "The Tarnby Police Department would not comment. According to a statement "
        'released by the department, officers found him "in an agitated state".'
    )
    assert attributed(body)[-1].speaker == "Tarnby Police Department"


@pytest.mark.parametrize(
    ("phrase", "speaker"),
    [
        ("Tarnby Home Office documents", "Tarnby Home Office"),
        ("the Vellmoor National Archives documents", None),
        ("newly released documents", None),
    ],
)
def test_papers_named_for_their_issuer_not_their_keeper(phrase: str, speaker: str | None) -> None:
    q = attributed(f'According to {phrase}, officials were "deeply worried about the piers".')[-1]
    assert q.speaker == speaker
    assert q.confidence != "high"
