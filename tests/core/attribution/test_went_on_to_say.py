""" "Went on"/"continued" report speech before "to" and a verb of saying (`Corvett goes
on to criticise "Q"`), not before "to" and an action ("went on to win")."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_going_on_to_criticise_reports_the_subjects_words() -> None:
    body = (
        "Comedian Ron Corvett has written a memoir.\n\n"
        'Corvett goes on to criticise "reality shows that film people for a fortnight".'
    )
    assert [q.speaker for q in attributed(body)] == ["Ron Corvett"]


def test_going_on_to_win_is_no_cue() -> None:
    body = (
        "Comedian Ron Corvett has written a memoir.\n\n"
        'Corvett went on to win the "best newcomer of the year" award, said Ada Brell.'
    )
    assert [q.speaker for q in attributed(body)] == ["Ada Brell"]
