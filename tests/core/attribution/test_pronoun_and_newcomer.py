"""A subject "he"/"she" joined by "and" to a name ("He and Whitby-Kane had a tense
exchange") goes on with the person the story was about; the name joined to it is a
lesser mention, so a later "he" is still that person. Invented names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_name_joined_to_a_subject_he_does_not_take_the_next_he() -> None:
    body = (
        "\u201cIt is easy to say you will scrap it,\u201d said Sen. Gerald Whitby-Kane "
        "(D-Del.), who has served since 2003.\n\n"
        "Sen. Marcus Delano-Finch (D-Ariz.), a first-term senator, disagreed. He and "
        "Whitby-Kane had a tense exchange during a caucus lunch last week, according to "
        "two people who attended.\n\n"
        "\u201cWith respect, the rule has been used for one thing,\u201d he told reporters."
    )
    q = attributed(body)[-1]
    assert q.speaker == "Marcus Delano-Finch"
    assert q.speaker_how == "pronoun"
