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
