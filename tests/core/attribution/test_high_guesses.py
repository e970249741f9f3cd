"""Issue 8, honest about doubt: "high" is never given to a name the sentence does not
make the cue's subject.

A name right after another reporting verb of the sentence is that verb's object ("The
governor called Mr. Lee "a friend" and said he had "Q"": the governor speaks) or the
subject of words someone else reports ("An aide said Lee told the group"). A name
further back than the antecedent of a "who" before the cue is not that relative's
subject ("That brought Lee on board, according to an aide, who said"). The speaker
found may stand, at medium, never high. Who gets each quote does not change. Invented
names and words.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed
from tui.core.attribution.doubt import clause_between, object_of_verb


def _who(body: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.confidence) for q in attributed(body)]


def test_a_name_after_an_earlier_verb_is_not_the_sure_subject_of_and_said() -> None:
    body = (
        "Corvin Ashdale, the harbour master, will retire in May, the port board said.\n\n"
        "The mayor, in a statement released on Friday, called Mr. Ashdale “a patient"
        " and careful man” and said he had “kept the quay open through three storms.”"
    )
    second = _who(body)[-1]
    assert second[1] != "high"


def test_a_name_opening_the_sentence_stays_high_before_and_said() -> None:
    body = (
        "Corvin Ashdale, the harbour master, visited the quay on Friday and said it had"
        " “held up through three storms.”"
    )
    assert _who(body) == [("Corvin Ashdale", "high")]


def test_a_title_between_the_verb_and_the_name_is_read_past() -> None:
    text = "The mayor praised Sen. Corvin Ashdale and said"
    assert object_of_verb(text, text.index("Corvin"))
    text = "The mayor told Corvin Ashdale and said"
    assert object_of_verb(text, text.index("Corvin"))


def test_a_modifier_or_a_fronted_verb_before_the_name_leaves_it_the_subject() -> None:
    for text in (
        "But state Sen. Corvin Ashdale said",  # "state": a bare form is a modifier here
        "Asked about the quay, Corvin Ashdale said",
        "Harbour master Corvin Ashdale said",
        "Corvin Ashdale said",
    ):
        assert not object_of_verb(text, text.index("Corvin")), text


def test_a_name_in_words_another_reports_is_not_high() -> None:
    body = (
        "One pilot said Ilse Brennholt told the crews she would “rather close the quay"
        " than lose a boat.”"
    )
    assert [c for _, c in _who(body)] != ["high"]


def test_a_who_whose_antecedent_is_not_the_name_is_not_high() -> None:
    body = (
        "Ilse Brennholt runs the harbour. That promise is what brought Ilse Brennholt on"
        " board, according to a pilot familiar"
        " with the talks, who said the harbour master “would never sign a closure.”"
    )
    assert [c for _, c in _who(body)] != ["high"]


def test_clause_between_reads_a_who_after_other_words() -> None:
    def between(text: str) -> bool:
        lo = text.index("Brennholt") + len("Brennholt")
        return clause_between(text, lo, text.index("said", lo))

    assert between("brought Brennholt on board, according to a pilot, who said")
    assert not between("Ilse Brennholt, who said")
    assert not between("Ilse Brennholt, 61, who said")
    assert not between("Ilse Brennholt of Tarnley, who said")
