"""Issue 8, honest about doubt: "high" is never given to a name the sentence does not
make the cue's subject.

A name right after another reporting verb of the sentence is that verb's object ("The
governor called Mr. Lee "a friend" and said he had "Q"": the governor speaks) or the
subject of words someone else reports ("An aide said Lee told the group"). A name
further back than the antecedent of a "who" before the cue is not that relative's
subject ("That brought Lee on board, according to an aide, who said"). The speaker
found may stand, at medium, never high. Who gets each quote does not change. Invented
names and words. (Also: words passed on, ascribed, issued in a name; and a speaker
carried past a quote's own unnamed voice is low.)
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


def test_words_the_speaker_passes_on_are_not_high() -> None:
    for body in (
        "“The harbour will outlive us all,” Ilse Brennholt said, quoting Corvin Ashdale.",
        "“The harbour will outlive us all,” Ilse Brennholt said, reading aloud from a letter"
        " by Corvin Ashdale.",
        "Ilse Brennholt, quoting Corvin Ashdale, said: “The harbour will outlive us all.”",
    ):
        assert _who(body) == [("Ilse Brennholt", "medium")], body


def test_reading_her_own_statement_stays_high() -> None:
    body = "“The quay is safe,” Ilse Brennholt said, reading a statement to reporters."
    assert _who(body) == [("Ilse Brennholt", "high")]


def test_words_said_to_be_the_accused_ones_are_not_high() -> None:
    for verb, prep in (("accused", "of"), ("praised", "for")):
        body = f"Tomas Reyburn {verb} Ilse Brennholt {prep} calling the quay “a death trap.”"
        assert [c for _, c in _who(body)] == ["medium"], body


def test_one_of_two_subjects_joined_by_and_her_is_not_high() -> None:
    body = "Ilse Brennholt and her deputy, Corvin Ashdale, said the quay was “safe for every boat.”"
    assert [c for _, c in _who(body)] == ["medium"]
    body = "Ilse Brennholt joined the pilots at the quay and said it was “safe for every boat.”"
    assert _who(body) == [("Ilse Brennholt", "high")]


def test_words_issued_by_a_persons_office_are_not_high() -> None:
    for voice in ("office", "campaign"):
        body = f"“The quay has never been safer,” Ilse Brennholt’s {voice} said."
        assert _who(body) == [("Ilse Brennholt", "medium")], body


def test_a_name_a_preposition_governs_before_a_colon_is_not_high() -> None:
    body = (
        "The loudest cheer of the night went to Corvin Ashdale after Ilse Brennholt: “She"
        " is not fit to run the quay.”"
    )
    assert [c for _, c in _who(body)] == ["medium"]
    body = "Corvin Ashdale got a text from Ilse Brennholt: “Fix the quay before Friday.”"
    assert _who(body) == [("Ilse Brennholt", "high")]


def test_a_speaker_carried_past_an_unnamed_voice_of_its_own_is_low() -> None:
    body = (
        "“We will fight this,” Ilse Brennholt said.\n\n"
        "“Then resign!” someone shouted from the back of the hall."
    )
    assert _who(body)[-1] == ("Ilse Brennholt", "low")
    body = "“We will fight this,” Ilse Brennholt said.\n\n“And we will win it in court.”"
    assert _who(body)[-1] == ("Ilse Brennholt", "medium")


def test_words_another_had_said_are_not_high() -> None:
    body = "“We will win this,” Tomas Reyburn said Ilse Brennholt had promised."
    assert [c for _, c in _who(body)] != ["high"]
