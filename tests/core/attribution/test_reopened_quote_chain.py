"""Issue 8: two people in one paragraph, a coach quoted at length and a player he
talks about. A sentence about the player ("And forward Tam Roper looks certain to get
the call") before a quote with no cue would hand it to the player; but when the quote
goes on, reopened without being closed, to name him in the third person ("Tam Roper
is an outstanding player"), the run is about him, so it stays the coach's. Invented
names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed

_BODY = (
    "Harrowgate coach Ivo Brandel has named his squad for the tour.\n\n"
    'Brandel held out hope for the struggling forwards. "Our results have not been '
    'good but there have been some fine displays," said Brandel. And forward Tam Roper '
    "looks certain to get the call, provided he recovers from a knee injury. "
    '"I learned lessons from the last tour about taking players who were not fit. '
    '"Every player has to be judged on merit and Tam Roper is an outstanding player."'
)


def test_a_reopened_quote_naming_the_subject_before_stays_with_the_speaker() -> None:
    quotes = attributed(_BODY)
    assert [q.speaker for q in quotes] == ["Ivo Brandel"] * len(quotes)
    assert len(quotes) == 3


def test_a_quote_closed_before_the_next_keeps_its_subject() -> None:
    """`"Q1." Brandel added: "... Tam Roper ..."`: a cue between ends the run."""
    body = (
        "Harrowgate coach Ivo Brandel has named his squad for the tour.\n\n"
        "Forward Tam Roper looks certain to get the call. "
        '"I have worked hard for this chance." Brandel added: "Tam Roper is ready."'
    )
    assert [q.speaker for q in attributed(body)] == ["Tam Roper", "Ivo Brandel"]
