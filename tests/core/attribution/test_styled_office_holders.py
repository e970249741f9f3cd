"""A British style before a name ("the Rt Rev Dr", "the Most Reverend") leaves the
apposition before it the name's: "The Bishop of Ostwick, the Rt Rev Dr Halvard Penning,"
ties "the Bishop" to him, and a title written as a name that opens the sentence ("The
Lord Provost, Lord Varrow, said") is his office, not the speaker. Invented names."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize(
    "style", ["the Rt Rev Dr ", "the Rt Rev ", "the Rev ", "the Very Rev ", "Rt Rev ", ""]
)
def test_the_bishop_later_is_the_styled_name(style: str) -> None:
    body = (
        f"The Bishop of Ostwick, {style}Halvard Penning, praised the play.\n\n"
        'Later the Bishop said: "We will open the hall to everyone."'
    )
    (q,) = attributed(body)
    assert (q.speaker, q.speaker_how) == ("Halvard Penning", "role")


def test_a_styled_name_in_apposition_is_the_subject() -> None:
    body = (
        "The Archbishop of Ostwick, the Most Reverend Halvard Penning, told the radio "
        'that the church wanted people to "read the old texts" first.'
    )
    (q,) = attributed(body)
    assert q.speaker == "Halvard Penning"


def test_a_capitalised_office_opening_the_sentence_is_not_the_speaker() -> None:
    body = 'The Lord Provost, Lord Varrow, said: "Its effects are small."'
    (q,) = attributed(body)
    assert q.speaker == "Lord Varrow"


@pytest.mark.parametrize("office", ["Lord Provost", "Lord Chancellor"])
def test_a_capitalised_office_before_a_joined_cue_is_not_the_speaker(office: str) -> None:
    body = (
        f"The {office}, Lord Varrow, agreed the Tarnby Charter, which governs the guilds, "
        'was unfair but added that "its effects are small".'
    )
    (q,) = attributed(body)
    assert q.speaker == "Lord Varrow"


def test_a_name_after_the_is_still_a_speaker_without_an_apposition() -> None:
    body = 'Halvard Penning runs the hall. "We will open it," said the Mayor, Halvard Penning.'
    (q,) = attributed(body)
    assert q.speaker == "Halvard Penning"
