"""A party's or a body's programme quoted after its verb speaks for its owner: "The
Tory proposals are "Q"" is the Tories' (as the article names them), "Tarn Foods' plan
would "Q"" the firm's; a person's plan or another's view of it is not (invented words)."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (  # the party as the article names it
            "The Tories say the scheme will work. "
            'The Tory proposals are "quite closely modelled" on the Danish system.',
            "the Tories",
        ),
        ('Voters decide in May. The Labour plan would "cut waiting lists by half."', "Labour"),
        (  # a body's possessive
            "Quillon Holdings met on Monday. "
            'Quillon Holdings\' plan would "cut costs by half within a year."',
            "Quillon Holdings",
        ),
        (  # the programme speaking at a verb: the party, not "the Labour"
            'Voters decide in May. The Labour manifesto says it will "cut waiting lists by half."',
            "Labour",
        ),
        (
            'Voters decide in May. The Tory plan says it will "end the backlog by June."',
            "the Tories",
        ),
    ],
)
def test_a_programme_speaks_for_its_owner(body: str, speaker: str) -> None:
    q = attributed(body)[-1]
    assert (q.speaker, q.confidence) == (speaker, "medium")


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a person's plan names no body
        ('Ann Lee spoke on Monday. Lee\'s plan would "cut costs by half within a year."', None),
        # another's view of the plan
        ('The Labour plan was described by critics as "a fantasy from start to end."', "critics"),
    ],
)
def test_no_body_owns_these_words(body: str, speaker: str | None) -> None:
    assert attributed(body)[-1].speaker == speaker
