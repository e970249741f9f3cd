"""Issue 8: a full name whose last word is a compass point or a nationality word
("Varno West", "Tom English") is a person's when a given name stands before that word,
not a place ("Ealing North"). A given name the lists know opening a longer run ("Comic
Tom English") is cut to the person; one no list knows counts when the article uses the
last word alone for a person ("West added:"). Invented names and words.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_an_unknown_given_name_before_a_compass_word_is_a_person() -> None:
    body = (
        "Rapper Varno West has released a new album.\n\n"
        '"It is my best work," said Varno West.\n\n'
        'West added: "I am proud of every track."'
    )
    assert [q.speaker for q in attributed(body)] == ["Varno West", "Varno West"]


def test_a_known_given_name_in_a_longer_run_is_cut_to_the_person() -> None:
    body = (
        "Comic Tom English won the Quellby prize.\n\n"
        '"I am thrilled," English said.\n\n'
        'English, 40, added: "It was a long wait."'
    )
    assert [q.speaker for q in attributed(body)] == ["Tom English", "Tom English"]


def test_a_place_before_a_compass_word_stays_a_place() -> None:
    """ "Brellham North" is a constituency: nothing names "North" alone as a person."""
    body = (
        "The MP for Brellham North, Ann Roe, backed the plan.\n\n"
        '"It is the right thing to do," Ms Roe said.'
    )
    assert [q.speaker for q in attributed(body)] == ["Ann Roe"]
