"""A role with a name apposed to it speaks as that name, and "in the words of X" cues
X (issue 8; invented names)."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_name_apposed_to_a_role_with_a_complement_is_the_subject() -> None:
    body = (
        "Ellison's office pointed to the guidance. A spokeswoman for the governor, Cara "
        "Moorfield, said that amounted to a requirement. \"If you can't win without it, "
        "it's a requirement,\" she said."
    )
    assert attributed(body)[-1].speaker == "Cara Moorfield"


def test_in_the_words_of_names_the_speaker() -> None:
    body = 'Border towns would feel like "a war zone," in the words of Gabriela Onteva.'
    q = attributed(body)[-1]
    assert (q.speaker, q.speaker_how) == ("Gabriela Onteva", "according-to")


def test_a_body_apposed_to_a_complement_is_not_the_role_s_name() -> None:
    body = (
        "Two projects are run by cloud firms. A spokeswoman for one of them, Northbeam "
        'Cloud, said the company "expects to pay its fair share" of any new lines.'
    )
    assert attributed(body)[-1].speaker == "a spokeswoman"


def test_a_name_deep_in_an_appositive_is_not_the_subject() -> None:
    body = (
        "Ardent Wind said it would cancel the farm.\n\nThe company, a joint venture between "
        "Norwegian utility Nordvik Energi and Keystone Capital Partners, said the project "
        'was "no longer viable" after the delay.'
    )
    assert attributed(body)[-1].speaker == "Ardent Wind"


def test_a_body_after_a_person_and_from_is_where_they_work() -> None:
    # `"Q," Name, from Owner's Body Words, one of the ..., told`: the person speaks, not
    # the capitalised run naming their employer (read as a name, it was taken at high).
    body = (
        "Discs are filling up fast.\n\n"
        '"We need far more room on every disc," Tomas Verlaine, from Quorvex\'s Orbital '
        "Laboratories, one of the pioneers of the format, told the Daily Ledger."
    )
    q = attributed(body)[-1]
    assert (q.speaker, q.confidence) == ("Tomas Verlaine", "high")


def test_a_body_after_a_person_and_of_is_not_the_subject() -> None:
    body = (
        "Discs are filling up fast.\n\n"
        '"We need far more room," Tomas Verlaine of Orbital Laboratories, a pioneer of '
        "the format, told the Daily Ledger."
    )
    assert attributed(body)[-1].speaker == "Tomas Verlaine"
