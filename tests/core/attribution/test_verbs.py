"""Pattern 2: reporting verbs beyond "said", on short invented articles."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


def _speaker(body: str, index: int = -1) -> tuple[str | None, str | None]:
    q = attributed(body)[index]
    return q.speaker, q.cue


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('"Not this again," Marit Olsund interjected.', ("Marit Olsund", "interjected")),
        ('"What a night," gushed Toma Brevik.', ("Toma Brevik", "gushed")),
        ('"We were robbed," Toma Brevik fumed after the match.', ("Toma Brevik", "fumed")),
        ('"Count me in," Toma Brevik chimed in.', ("Toma Brevik", "chimed in")),
        ('"Why now?" Marit Olsund wondered aloud.', ("Marit Olsund", "wondered aloud")),
        ('Marit Olsund tweeted: "The vote is tomorrow."', ("Marit Olsund", "tweeted")),
        ('"Keep the receipts," advises Toma Brevik.', ("Toma Brevik", "advises")),
        ('Toma Brevik acknowledges: "We got it wrong."', ("Toma Brevik", "acknowledges")),
        ('"The deal is off," Marit Olsund emailed.', ("Marit Olsund", "emailed")),
        ('"Fine," Marit Olsund conceded, "you win."', ("Marit Olsund", "conceded")),
    ],
)
def test_reporting_verbs(body: str, expected: tuple[str, str]) -> None:
    assert _speaker(body, 0) == expected


def test_a_name_right_before_the_verb_speaks_even_if_never_given_in_full() -> None:
    body = (
        "Some supporters would find the move hard to accept, but Brevik countered: "
        '"Money for the squad matters more."'
    )
    assert _speaker(body) == ("Brevik", "countered")


def test_went_on_to_is_no_cue() -> None:
    body = (
        'Toma Brevik said: "We start again."\n\n'
        'Marit Olsund went on to become the club\'s "quiet enforcer" in later years.'
    )
    q = attributed(body)[-1]
    assert q.speaker != "Marit Olsund"


def test_an_adjective_past_participle_is_no_cue() -> None:
    (q,) = attributed('The proposed levy would be "a disaster for small farms" in Welby.')
    assert q.speaker is None


def test_a_bare_verb_after_a_modal_is_a_cue() -> None:
    body = (
        "Justice minister Orla Quist has dropped the plans.\n\n"
        'She will announce the move on Monday, aiming to "break down the barriers" '
        "between prison and community."
    )
    assert attributed(body)[-1].speaker == "Orla Quist"


def test_a_passive_with_an_apostrophe_names_no_one() -> None:
    body = "Nothing is simpler. It's often referred to as the \"sheriff's puzzle\" in class."
    assert attributed(body)[-1].speaker is None
