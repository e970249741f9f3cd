"""Issue 8, cues: an "it" that is the object of a word before it ("The most open about
it is Rep. Tamsin Orwell, who ... before adding that she had ...") is no subject of a
participle cue, as it is none of a finite one: the person the sentence is about speaks,
not a body an earlier "it" could stand for. Invented articles and names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_an_object_it_is_no_subject_of_adding() -> None:
    quotes = attributed(
        "Officially there is no race. But walk the halls of the Longworth building and "
        "you will find members counting.\n\n"
        "The most open about it is Rep. Tamsin Orwell, who told reporters that she was "
        "\u201cnot running\u201d \u2014 before adding, with a grin, that she had \u201ca lot "
        "of friends who keep asking.\u201d"
    )
    assert [q.speaker for q in quotes] == ["Tamsin Orwell", "Tamsin Orwell"]
