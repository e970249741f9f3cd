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


def test_as_x_put_it() -> None:
    body = 'As Gavin Coxon of the builders\' website put it: "It is cheap and it is fun."'
    assert attributed(body)[0].speaker == "Gavin Coxon"


def test_an_adverb_between_a_role_and_its_verb() -> None:
    body = 'The foreign secretary meanwhile said the "justice" of the case was plain.'
    assert attributed(body)[0].speaker == "the foreign secretary"


def test_a_body_opening_the_sentence_speaks_for_a_coordinated_verb() -> None:
    body = 'Vantrix is seen in most homes and describes itself as a "trusted friend".'
    assert attributed(body)[0].speaker == "Vantrix"


# -- verbs of scoffing, deriding, dismissing (the same grammar lists) ----------
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('"That is pure fantasy," Ines Parrow scoffed.', ("Ines Parrow", "scoffed")),
        ('"Not on my watch," snapped Toma Brevik.', ("Toma Brevik", "snapped")),
        ('"Lovely weather for it," Marit Olsund deadpanned.', ("Marit Olsund", "deadpanned")),
        (
            'Tory leader Ivo Marsh has dismissed the budget as "a con on every saver".',
            ("Ivo Marsh", "dismissed"),
        ),
        ('Dana Quell derided the plan as "a gift to landlords".', ("Dana Quell", "derided")),
    ],
)
def test_more_reporting_verbs(body: str, expected: tuple[str, str]) -> None:
    assert _speaker(body) == expected


def test_whom_a_judging_verb_judges_is_not_the_speaker() -> None:
    """ "has dismissed critics as defenders of "Q"": the critics are judged, not quoted."""
    body = (
        "Governor Abel Fenwick defended the rules on Monday. He has dismissed critics as "
        'defenders of "a broken status quo".'
    )
    assert _speaker(body)[0] == "Abel Fenwick"


def test_a_judging_verb_after_its_quote_still_names_the_speaker() -> None:
    body = 'The show opens in May. "No singing trolls," assured Mr Kelvar Osk.'
    assert _speaker(body)[0] == "Kelvar Osk"


# -- a verb no list knows, read by its place ------------------------------------
def test_a_frame_after_a_comma_quote_names_the_speaker() -> None:
    """`"Q," Van der Berg began. "Q2"`: subject and one verb closing the clause after a
    quote ending in a comma report it, whatever the verb; not sure, so medium."""
    quotes = attributed(
        "Sen. Pieter Van der Molen spoke at the fair on Monday.\n\n"
        '"I was told nobody comes to Hale County," Van der Molen began. '
        '"Well, I was told a lot of things."'
    )
    assert [(q.speaker, q.speaker_how, q.confidence, q.cue) for q in quotes] == [
        ("Pieter Van der Molen", "cue-after", "medium", "began"),
        ("Pieter Van der Molen", "carry-over", "medium", "began"),
    ]


def test_no_frame_after_a_quote_that_ends_its_sentence() -> None:
    """`"Q?" He paused.`: a new sentence, not a reporting frame."""
    quotes = attributed('The panel met. "Should we sell the farm?" Lise Oberg paused.')
    assert quotes[0].cue != "paused"
