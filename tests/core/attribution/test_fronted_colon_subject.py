"""A colon lead-in whose main clause opens after a fronted phrase ("In a video released
by the Tallis campaign, the governor looks into the camera and says: "Q"") is the main
clause's subject's (the governor: the person the article ties to that role), not a name
inside the fronted phrase (tui/core/attribution/attribute.py, ``_past_fronted``).
Invented names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed

_TIE = (
    "Dax Tallis-Moreau has the backing of the outgoing governor, Orvald Penwick-Sato. "
    '"He is ready," Tallis-Moreau said.\n\n'
)


def test_the_main_subject_after_a_fronted_phrase_speaks() -> None:
    body = (
        _TIE + "In a video released by the Tallis-Moreau campaign, the governor looks into "
        "the camera and says: \u201cI have worked with Dax for years. He gets things done.\u201d"
    )
    assert attributed(body)[-1].speaker == "Orvald Penwick-Sato"


def test_a_subject_with_its_own_verb_and_says_speaks() -> None:
    body = (
        "Voters gathered.\n\nThe governor looks into the camera and says: "
        '"I have worked with Dax for years."'
    )
    assert attributed(body)[-1].speaker == "the governor"


def test_a_name_after_the_fronted_phrase_stays_the_subject() -> None:
    body = (
        _TIE + "In a video released on Tuesday, Orvald Penwick-Sato looks into the camera "
        'and says: "I have worked with Dax for years."'
    )
    assert attributed(body)[-1].speaker == "Orvald Penwick-Sato"
