"""A transcript's turns labelled in capitals outside the quote (`HALDANE: "Q"`) are
the person the article names in full with that surname; a label in capitals no one
is called (`CNN: "Q"`) stays as it was (invented names)."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_capital_surname_label_is_the_person_named_in_full() -> None:
    body = (
        "Chef Oren Haldane talked with our reporter about his restaurant.\n\n"
        "INTERVIEWER: Why open in winter?\n\n"
        "HALDANE: “Rents are cheaper, and the regulars find you first.”"
    )
    assert attributed(body)[0].speaker == "Oren Haldane"


def test_a_joined_surname_in_capitals() -> None:
    body = (
        "Commissioner Priya Ashcombe-Nolan spoke with the Ledger on Friday.\n\n"
        "ASHCOMBE-NOLAN: “The clinics stay open through March.”\n\n"
        "ASHCOMBE-NOLAN: “After that, it depends on the state.”"
    )
    assert [q.speaker for q in attributed(body)] == ["Priya Ashcombe-Nolan"] * 2


def test_two_speakers_each_by_their_surname() -> None:
    body = (
        "Host Lena Marwick interviewed Senator Tobias Greer on Sunday.\n\n"
        "MARWICK: “Will you vote for the bill?”\n\n"
        "GREER: “Not in its current form.”"
    )
    assert [q.speaker for q in attributed(body)] == ["Lena Marwick", "Tobias Greer"]


def test_a_capital_label_no_one_is_called_keeps_its_words() -> None:
    body = (
        "Host Lena Marwick interviewed Senator Tobias Greer on Sunday.\n\n"
        "CNN: “Will you vote for the bill?”"
    )
    assert attributed(body)[0].speaker == "CNN"
