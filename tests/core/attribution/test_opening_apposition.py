"""Issue 8, pronouns: a person named in apposition to the noun phrase opening a
sentence ("Roe's Republican opponent, former casino executive Ann Vale, has denied";
"The official, Deputy Transportation Secretary Ann Vale, intervened") is the
sentence's subject, so the next "he"/"she" is theirs, not a speaker's before; a place
preposition opening the sentence ("Outside the courthouse,") is no name taking the
subject's place. Invented articles and names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_possessed_role_with_a_party_word_names_its_holder() -> None:
    quotes = attributed(
        'The campaign\'s manager, Teodor Arnaz, called the group "a front for somebody."\n\n'
        '"If you want to spend money, tell them who you are," he said. "That is all we ask."'
        "\n\nBenavente's Republican opponent, former casino executive Blake Hartwell, has "
        'denied any connection to the group.\n\n"I do not know them," he told reporters.'
    )
    assert (quotes[-1].speaker, quotes[-1].confidence) == ("Blake Hartwell", "medium")


def test_a_definite_role_then_a_titled_name_is_that_person() -> None:
    quotes = attributed(
        "A senior state transportation official pushed colleagues to award contracts to a "
        'friend, records show. "We were told to score it higher," a staff member said.\n\n'
        "The official, Deputy Transportation Secretary Norman K. Fairlow, intervened four "
        'times, including once in an email in which he told a manager to "find a way."'
    )
    assert quotes[-1].speaker == "Norman K. Fairlow"


def test_outside_opening_a_sentence_is_no_subject() -> None:
    quotes = attributed(
        "In the afternoon, the family's appraiser, Sylvia Montero, testified. "
        '"You cannot value a heart without the body," Montero said.\n\n'
        '"I\'d get more work if my numbers were right," she answered.\n\n'
        "Outside the courthouse, Garza-Lindo's granddaughter, Paloma Garza-Lindo, a teacher "
        'in Brill, said the family had never wanted a trial.\n\n"We asked to meet with '
        'them," she said.'
    )
    assert quotes[-1].speaker == "Paloma Garza-Lindo"
