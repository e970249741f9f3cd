"""Issue 8, detection: "Midway through," (or "Halfway", "Partway") opening a sentence
says how far into an event it is; the capitalised word is no person to give a quote
to. Invented articles and names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_midway_opening_a_sentence_is_no_speaker() -> None:
    quotes = attributed(
        "Sen. Corbin Haldane took questions for an hour in the gym.\n\n"
        "Midway through, a man in the back began shouting that the senator was "
        "\u201ca fraud,\u201d and was led out by the police."
    )
    assert [q.speaker for q in quotes] != ["Midway"]


def test_halfway_opening_a_sentence_is_no_speaker() -> None:
    quotes = attributed(
        "Mayor Ilsa Vantongeren spoke for twenty minutes.\n\n"
        "Halfway into the speech, protesters unfurled a banner calling the budget "
        "\u201ctheft by spreadsheet.\u201d"
    )
    assert "Halfway" not in [q.speaker for q in quotes]
