"""Issue 8: a family name opened by a lower-case particle glued to it ("Leo diMarco",
"Danny deVarro") is one name word: the run of capitals before it carries it on, and it
stands alone as the person's surname ("diMarco said"). Invented names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_glued_particle_ends_a_full_name() -> None:
    body = (
        "Actor Leo diMarco won the Quellby prize.\n\n"
        '"I am thrilled," diMarco said.\n\n'
        'Said diMarco: "It was a long wait."'
    )
    assert [q.speaker for q in attributed(body)] == ["Leo diMarco", "Leo diMarco"]


def test_a_glued_particle_name_carries_a_pronoun() -> None:
    body = (
        "Danny deVarro won the Quellby prize.\n\n"
        '"I am thrilled," said Danny deVarro. "It was a long wait," he added.'
    )
    quotes = attributed(body)
    assert [q.speaker for q in quotes] == ["Danny deVarro", "Danny deVarro"]
    assert quotes[1].speaker_how == "pronoun"
