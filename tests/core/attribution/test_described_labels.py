"""Issue 8: a speaker labelled by nationality or age ("the Scot said", "the Kiwi
added", "the 31-year-old said") is the person the article described that way where it
named them ("Scottish forward Ivo Brandel", "New Zealander Tam Roper", "Tam Roper,
31,"), not whoever was named last; with nobody so described, the label goes on as
before. Invented names."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize(
    ("named", "label", "speaker"),
    [
        ("Scottish forward Ivo Brandel beat English keeper Tam Roper", "the Scot", "Ivo Brandel"),
        (
            "Scottish forward Ivo Brandel beat English keeper Tam Roper",
            "the Englishman",
            "Tam Roper",
        ),
        ("Welshman Ivo Brandel beat Tam Roper of New Zealand", "the Kiwi", "Tam Roper"),
        ("Ivo Brandel beat New Zealander Tam Roper", "the Kiwi", "Tam Roper"),
        ("Ivo Brandel, 25, beat Tam Roper, 31,", "the 31-year-old", "Tam Roper"),
        ("Ivo Brandel beat Tam Roper, the Swede,", "the Swede", "Tam Roper"),
    ],
)
def test_a_described_label_is_the_person_so_described(named: str, label: str, speaker: str) -> None:
    body = f'{named} on Saturday.\n\n"It was a hard day," {label} said.'
    assert [q.speaker for q in attributed(body)] == [speaker]


def test_a_description_in_a_phrase_about_something_else_ties_no_one() -> None:
    """ "the Scottish side after Tam Roper left": no description of Roper."""
    body = (
        "Ivo Brandel joined the Scottish side after Tam Roper left.\n\n"
        '"It was a hard day," the Scot said.'
    )
    assert [q.speaker for q in attributed(body)] == ["Ivo Brandel"]
