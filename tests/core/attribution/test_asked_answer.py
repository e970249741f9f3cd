"""A bare quote right after a question someone else asked (`"And Quill Street?" Ode
asked her`) answers it: it belongs to the one who spoke before the question, not to
the asker (a guess at turns: low confidence; invented names)."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_an_answer_after_an_asked_question_goes_back_to_the_one_asked() -> None:
    body = (
        "“The levy is fair,” Tilda Brannock said at the forum.\n\n"
        "“What about Quill Street?” asked Osric Feld, a shop owner.\n\n"
        "“Quill Street gets paved first.”"
    )
    quotes = attributed(body)
    assert [q.speaker for q in quotes] == ["Tilda Brannock", "Osric Feld", "Tilda Brannock"]
    assert quotes[2].confidence == "low"


def test_a_question_asked_of_her_is_answered_by_her() -> None:
    body = (
        "“The levy is fair,” Tilda Brannock said at the forum.\n\n"
        "“And Quill Street?” Osric Feld asked her.\n\n"
        "“Paved first.”"
    )
    assert attributed(body)[2].speaker == "Tilda Brannock"


def test_a_speakers_own_rhetorical_question_goes_on_with_him() -> None:
    body = (
        "“The levy is fair,” Osric Feld said at the forum.\n\n"
        "“Why does it matter?” Feld asked.\n\n"
        "“Because roads cost money.”"
    )
    assert attributed(body)[2].speaker == "Osric Feld"


def test_a_question_merely_said_is_not_put_to_anyone() -> None:
    body = (
        "“The levy is fair,” Tilda Brannock said at the forum.\n\n"
        "“Who pays for Quill Street?” Osric Feld said.\n\n"
        "“Not the shop owners, that is certain.”"
    )
    assert attributed(body)[2].speaker == "Osric Feld"


def test_an_answer_after_a_reported_question_with_no_one_named_goes_to_the_last_speaker() -> None:
    body = (
        "“The levy is fair,” Tilda Brannock said at the forum.\n\n"
        "A reporter asked whether the council would wait a year.\n\n"
        "“We cannot wait.”"
    )
    quotes = attributed(body)
    assert quotes[1].speaker == "Tilda Brannock"
    assert quotes[1].confidence == "low"


def test_the_speakers_own_reported_question_is_no_exchange() -> None:
    body = (
        "“The levy is fair,” Tilda Brannock said at the forum.\n\n"
        "Osric Feld asked why the council had waited a year.\n\n"
        "“It makes no sense.”"
    )
    assert attributed(body)[1].speaker == "Osric Feld"
