"""A cue inside a question the writer puts ("So is the party's aim to win, as Orla
Brannick once declared?") does not pass its subject on to the quote after it: that quote
answers the question, in the voice of the one interviewed. A question someone asks
("Why pay, Orla Brannick asked.") is still hers. Invented names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed

_LEAD = (
    "Tobin Marsh is the Velt Party's new strategist. He is scathing of the Greys. "
    '"The Greys are lost," he said.\n\n'
)


def test_the_answer_to_the_writers_question_is_the_interviewees() -> None:
    body = _LEAD + (
        "So is the Velt Party's job to destroy the Greys, as former member Orla "
        'Brannick once declared? "No. The aim is to leave the union."'
    )
    assert attributed(body)[-1].speaker == "Tobin Marsh"


def test_a_cue_in_a_plain_sentence_still_carries_over() -> None:
    body = _LEAD + (
        "Former member Orla Brannick declared that the Greys were finished. "
        '"No one will vote for them again."'
    )
    assert attributed(body)[-1].speaker == "Orla Brannick"


def test_a_question_someone_asks_is_theirs() -> None:
    body = _LEAD + (
        "Why would anyone pay for it, former member Orla Brannick asked? "
        '"Nobody will, and nobody should."'
    )
    assert attributed(body)[-1].speaker == "Orla Brannick"
