"""Quotes whose speaker the article makes clear but that were left with none (issue 8,
"every quote whose speaker the article makes clear is attributed"). Invented articles
and names, one shape per test."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def _last(body: str) -> tuple[str | None, str | None]:
    q = attributed(body)[-1]
    return q.speaker, q.confidence


# -- "attacked" reports words, in its finite forms only ------------------------
def test_attacked_reports_the_words_it_quotes() -> None:
    body = 'Dorin Vasca also attacked the council over its "lazy" planning.'
    assert _last(body) == ("Dorin Vasca", "medium")  # a judging verb: never high


def test_will_attack_reports_them_too() -> None:
    body = (
        "Ilse Varro spoke on Monday. Ms Varro will also attack the Greens for wanting to "
        '"tax every kettle".'
    )
    assert _last(body) == ("Ilse Varro", "medium")


def test_attacking_is_no_cue() -> None:
    """ "Villagers attacking the raiders": a fight, not words."""
    quotes = attributed('Villagers attacking the raiders were "brave and calm".')
    assert (quotes[0].speaker, quotes[0].kind) == (None, "scare")


# -- a relative clause's verb belongs to what the clause hangs on --------------
def test_which_has_said_is_the_body_before_it() -> None:
    body = (
        "The Borel Commission faces a challenge from the Flarn Carriers Association "
        '(FCA), which has attacked the package as a "bad piece of law".'
    )
    assert _last(body)[0] == "Flarn Carriers Association"


def test_who_has_said_is_the_person_before_it() -> None:
    body = (
        "The Borel Commission faces a challenge from Tam Quill, who has said the "
        'package is a "bad piece of law".'
    )
    assert _last(body) == ("Tam Quill", "high")


# -- a verb inside a reported question is not the speaker's ---------------------
def test_the_subject_of_a_reported_question_does_not_speak() -> None:
    body = (
        "Ardo Venn spoke in the debate. Mr Venn asked why ministers attacked his plans "
        'for the "very rich".'
    )
    assert _last(body)[0] == "Ardo Venn"


def test_a_verb_after_the_question_still_counts() -> None:
    body = (
        "Ardo Venn spoke in the debate. When asked whether he would stand again Mr Venn "
        'replied: "Only if they ask me."'
    )
    assert _last(body)[0] == "Ardo Venn"
