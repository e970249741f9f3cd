"""A paragraph opened by a gerund's heading, as Axios sets its parts ("Driving the
news:", "Looking ahead:"), names no one: its word is never a speaker. Invented names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_gerund_heading_is_no_speaker() -> None:
    body = (
        "Sen. Ada Quellmore is drafting a bill.\n\n"
        "Driving the news: A draft would require a line \u2014 \u201cThis ad holds"
        " synthetic content\u201d \u2014 on any ad showing a real person saying things.\n"
    )
    assert attributed(body)[-1].speaker != "Driving"


def test_a_quote_under_a_gerund_heading_keeps_its_cue() -> None:
    body = (
        "Sen. Ada Quellmore is drafting a bill.\n\n"
        "Looking ahead: \u201cWe will pass it,\u201d Quellmore said.\n"
    )
    assert attributed(body)[-1].speaker == "Ada Quellmore"
