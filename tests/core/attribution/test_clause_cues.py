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


def test_a_one_word_scare_quote_has_no_speaker_from_an_aside_after_its_noun() -> None:
    # `the "failing" Marsh Agency, widely reported to be leaving,`: the verb is the
    # aside's, about the agency; the word is nobody's.
    body = (
        'Ministers met on Monday. Ira Dunmore, the head of the "failing" Marsh Agency, '
        "widely reported to be leaving, did not attend."
    )
    assert _first(body) is None


def test_a_one_word_quote_on_a_noun_keeps_an_inverted_cue_after_it() -> None:
    body = 'Ministers met on Monday. It is a "failing" agency, said Ira Dunmore.'
    assert _first(body) == "Ira Dunmore"


def test_a_one_word_quote_on_a_noun_keeps_a_cue_with_its_subject_after_it() -> None:
    body = 'Ministers met on Monday. It is a "failing" agency, Ira Dunmore said.'
    assert _first(body) == "Ira Dunmore"


def test_welcoming_and_citing_report_words_in_every_tense() -> None:
    from tui.core.attribution.lexicon import FINITE_CUES, JUDGING, PARTICIPLE_CUES

    assert {"welcomes", "welcomed", "cites", "cited"} <= FINITE_CUES
    assert {"welcoming", "citing"} <= PARTICIPLE_CUES
    assert {"welcomed", "cited"} <= JUDGING


def test_welcomed_as_gives_the_words_to_its_subject() -> None:
    body = 'The court sat on Monday. Ada Roe welcomed the ruling as "a win for sense".'
    assert _first(body) == "Ada Roe"


def test_citing_as_gives_the_words_to_the_sentence_s_subject() -> None:
    body = 'Ada Roe quit on Monday, citing the plan as "a betrayal of voters".'
    assert _first(body) == "Ada Roe"
