"""Issue 8: a sentence opened by a role the article ties to a person ("The home
secretary has admitted ...", "To a packed hall, the chancellor said the cuts proposed
by Ivo Marsh ...") has that person as its subject, so a "he said" after it is theirs,
not a name further on in the sentence. Not a role of the other gender, not one after
a preposition, and a former holder ("ex-Liberal chancellor Ada Voss") does not hold
the office now. Invented articles and names.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed

_TIED = "Chancellor Tomas Ferro spoke in Leeds. Mr Ferro was cheered. "


@pytest.mark.parametrize(
    "sentence",
    [
        "To a packed hall, the chancellor said the cuts proposed by Ivo Marsh were deep.",
        "The chancellor has admitted the plans of Ivo Marsh were popular.",
    ],
)
def test_a_role_opening_the_sentence_is_its_subject(sentence: str) -> None:
    body = _TIED + sentence + ' Turning to schools he said: "We will build more."'
    assert attributed(body)[-1].speaker == "Tomas Ferro"


def test_not_a_role_after_a_preposition() -> None:
    body = _TIED + (
        "Speaking to the chancellor, Ivo Marsh said the plans were deep. "
        'Turning to schools he said: "We will build more."'
    )
    assert attributed(body)[-1].speaker == "Ivo Marsh"


def test_not_a_role_of_the_other_gender() -> None:
    body = _TIED.replace("Tomas", "Ada").replace("Mr Ferro", "Mrs Ferro") + (
        "The chancellor said the cuts proposed by Ivo Marsh were deep. "
        'Turning to schools he said: "We will build more."'
    )
    assert attributed(body)[-1].speaker == "Ivo Marsh"


def test_a_former_holder_does_not_hold_the_office() -> None:
    body = (
        "Ex-Liberal chancellor Ada Voss spoke first. Ms Voss was brief. "
        "Tomas Ferro answered her. Mr Ferro was cheered. Mr Ferro left. "
        'The chancellor said: "We will build more."'
    )
    assert attributed(body)[-1].speaker != "Ada Voss"
