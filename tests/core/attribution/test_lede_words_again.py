"""A partial quote in the story's first paragraph given to no one named ("with one
lawmaker telling her she had "failed every student on that lawn"") whose words a later
quote holds in full is that later speaker's; not when the later quote reports or denies
the words. Invented names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed

_LEDE = (
    "House Rivals on Thursday tore into the head of a small college over a campus "
    "sit-in, with one lawmaker telling her she had “failed every student on that lawn” "
    "at the school.\n\n"
    "Dr. Ilse Marrow, president of Tarnby College, appeared before the committee.\n\n"
    "Rep. Odo Brannick opened his questioning by reading aloud messages.\n\n"
)


def test_the_later_speaker_of_the_same_words_speaks_in_the_lede() -> None:
    body = _LEDE + (
        "“You failed every student on that lawn, and you sit here proud of it,” Brannick said."
    )
    assert attributed(body)[0].speaker == "Odo Brannick"


def test_words_denied_later_are_not_the_denier_s() -> None:
    body = _LEDE + "“I have not failed every student on that lawn,” Marrow said."
    assert attributed(body)[0].speaker != "Ilse Marrow"


def test_words_reported_later_are_not_the_reporter_s() -> None:
    body = _LEDE + (
        "“He told me I had failed every student on that lawn,” Marrow said of the call."
    )
    assert attributed(body)[0].speaker != "Ilse Marrow"


def test_a_denial_in_an_earlier_sentence_of_the_quote_does_not_count() -> None:
    body = _LEDE + ("“I will not pretend. You failed every student on that lawn,” Brannick said.")
    assert attributed(body)[0].speaker == "Odo Brannick"
