"""Issue 8, names: a paragraph opening with a kicker in capitals and a dash, as
newsletters set their parts ("THE OTHER SIDE — Sen. ...", "DEMS SPLIT — ..."), is a
heading, not a body named as the sentence's subject: the person after the dash is the
one a later "he"/"she" of the paragraph stands for (was an unnamed aide quoted before).
Invented articles and names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_capital_kicker_names_no_one() -> None:
    quotes = attributed(
        "A party aide who tracks the count said the clause was the trouble. "
        "\u201cDo the sums,\u201d the aide said.\n\n"
        "THE OTHER SIDE \u2014 Sen. Corvin Maltby (R-Ore.), the lead sponsor, is pushing "
        "hard to keep the clause. In a post late Saturday, he wrote: \u201cBuild it here "
        "or lose it.\u201d\n\n"
        "The Oregon Republican was blunter by phone. \u201cThey should just say it,\u201d "
        "he said."
    )
    assert [q.speaker for q in quotes] == [
        "a party aide who tracks the count",
        "Corvin Maltby",
        "Corvin Maltby",
    ]


def test_a_dateline_like_place_in_capitals_is_still_no_one() -> None:
    quotes = attributed(
        "SPRING HOLLOW \u2014 Mayor Ottilie Brandvik opened the meeting. "
        "\u201cWe start on time,\u201d she said."
    )
    assert [q.speaker for q in quotes] == ["Ottilie Brandvik"]
