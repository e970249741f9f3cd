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
