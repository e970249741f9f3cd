"""A run-on quote whose cue comes after its last part (`"Q1. "Q2," said X.`) is X's in
every part, even when the sentence before guessed another speaker for its first part
(a low guess from a name opening that sentence, or "according to" someone). A question
answered by the next part is a turn and keeps its own speaker. Invented names."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "The Varn league awaits the referee's report on winger Tolo Brask. Brask, 20, "
            'shoved a linesman in the final minute. "He was sent off in the 90th minute '
            'but we do not know what happened after. "We do not know how many cards he '
            'was shown," said a league statement.',
            "a league statement",
        ),
        (
            'Gadget sales rose by 11%, according to Varn analysts. "This year we will see '
            'that come to life in the home. "Some firms will show how you can take it '
            'anywhere," said Mr Orrin.',
            "Mr Orrin",
        ),
    ],
)
def test_a_run_on_quotes_first_part_takes_the_cue_after_its_last(body: str, speaker: str) -> None:
    first, last = attributed(body)
    assert last.speaker == speaker
    assert first.speaker == speaker
    assert first.confidence == "medium"


def test_a_question_before_an_answer_keeps_its_guess() -> None:
    body = (
        'Coach Ilka Varde met the squad on Monday. "Are we ready for the final?" "Yes, '
        'we are," said captain Tomas Brenner.'
    )
    first = attributed(body)[0]
    assert first.speaker != "Tomas Brenner"
