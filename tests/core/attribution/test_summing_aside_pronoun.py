"""The "he"/"she" of an aside that sums up its sentence ("..., a delay she called
"Q"") is the sentence's subject, who made the statement the aside sums up, not the
person of that gender named last inside it. Invented names."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Ms. Ilka Dorne spoke on Monday. She said the chair, Sen. Vera Holm, had "
            "stalled the bill for a month, a delay she called “a slow veto.”",
            "Ilka Dorne",
        ),
        (
            "After the vote, Mr. Tomas Reyn said Judge Ivo Brandt had moved the trial "
            "twice, a delay he characterized, with a shrug, as “a gift to the defense.”",
            "Tomas Reyn",
        ),
        (
            "Mr. Gart Olune said he had been told by the whip, Senator Bodo Marsk, that "
            "the caucus would not fight the hold, an arrangement he characterized as "
            "“quiet consent.”",
            "Gart Olune",
        ),
        (
            "Ruth Lamm told reporters the mayor, Ada Pirn, had signed the order without "
            "a vote, a step she described as “rule by memo.”",
            "Ruth Lamm",
        ),
    ],
)
def test_the_aside_pronoun_is_the_subject(body: str, speaker: str) -> None:
    assert attributed(body)[-1].speaker == speaker


def test_a_subject_of_the_other_gender_leaves_the_pronoun_alone() -> None:
    body = (
        "Mr. Gart Olune said the chair, Sen. Vera Holm, had stalled the bill for a "
        "month, a delay she called “a slow veto.”"
    )
    assert attributed(body)[-1].speaker == "Vera Holm"
