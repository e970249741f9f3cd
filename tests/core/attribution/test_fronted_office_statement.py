"""A statement an office "had released ... calling" something, after a short phrase set
before the subject ("Within an hour, the governor's office had released a statement
calling the vote "Q""), speaks for the holder the article names by that title; with no
such holder the office is no label. Invented names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed

_LEAD = (
    "Governor Rhea Tallis vetoed the levy bill on Monday. On Tuesday the council broke "
    "a tie to kill one of her bills. "
)


def test_the_office_after_a_fronted_phrase_speaks_for_its_holder() -> None:
    body = _LEAD + (
        "Within an hour, the governor’s office had released a statement calling the "
        "vote “a slap at the people who sent us here.”"
    )
    q = attributed(body)[-1]
    assert q.speaker == "Rhea Tallis"


def test_no_holder_named_leaves_no_speaker() -> None:
    body = (
        "Mayor Ilse Brann lost the vote. Within an hour, the governor’s office had "
        "released a statement calling the vote “a slap at the people who sent us here.”"
    )
    assert attributed(body)[-1].speaker != "Ilse Brann"
