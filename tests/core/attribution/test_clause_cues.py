"""Which of a sentence's cues reports a quote: the sentence's own cue, not one inside
a clause hung on it (tui/core/attribution/attribute.py, ``_cue_order``). Invented
articles and names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def _first(body: str) -> str | None:
    return attributed(body)[0].speaker


def test_a_relative_clause_s_verb_after_the_quote_yields_to_the_closing_cue() -> None:
    # `a "Q" where some Veltrans argued for delay, party sources told`: the sources.
    plain = 'Talks dragged on. It was a "tough meeting", party sources told the Courier.'
    body = (
        'Talks dragged on. It was a "tough meeting" where some senior Veltrans argued for '
        "delay, party sources told the Courier."
    )
    assert _first(body) == _first(plain)
    assert _first(body) not in (None, "Veltrans")


def test_a_cue_in_a_clause_inside_reported_speech_yields_to_the_reporting_cue() -> None:
    # `Ada Roe said that when Ed Vale had announced the cuts he got the "Q"`: Roe's.
    body = (
        "The board met on Monday. Ada Roe said that when Ed Vale had announced the cuts "
        'he got the "clear impression" nobody cared.'
    )
    assert _first(body) == "Ada Roe"


def test_a_quote_inside_the_inner_clause_is_still_its_verb_s() -> None:
    # No clause closes before the quote: "after Ed Vale called the plan "Q"" is his.
    body = (
        "The board met on Monday. Ada Roe said that after Ed Vale called the plan "
        '"a sham" the room went quiet.'
    )
    assert _first(body) == "Ed Vale"
