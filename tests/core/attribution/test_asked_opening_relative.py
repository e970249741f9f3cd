"""A question fronted before its subject ("Asked whether she would veto the bill,")
keeps a relative clause on its last noun ("which Senator Edith Krallen wrote,"): the
name there is no subject, and the "she" of the quote after is the one asked
(invented names)."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed
from tui.core.attribution.openings import main_clause


def test_the_relative_clause_belongs_to_the_fronted_question() -> None:
    text = "Asked about the bill, which Edith Krallen wrote, the governor was blunt."
    assert text[main_clause(text, 0, len(text)) :].startswith("the governor")


def test_a_who_clause_on_the_opening_noun_belongs_to_it_too() -> None:
    text = "After the hearing, whom Ida Roe chaired, the mayor left early."
    assert text[main_clause(text, 0, len(text)) :].startswith("the mayor")


def test_a_sentence_opening_on_its_subject_is_untouched() -> None:
    text = "Edith Krallen, who wrote the bill, said little."
    assert main_clause(text, 0, len(text)) == 0


def test_the_governor_asked_about_her_rivals_bill_answers() -> None:
    body = (
        "Governor Margaret Quillby spoke in Dunmore on Tuesday.\n\n"
        "Asked whether she would veto the bill, which Senator Edith Krallen sponsored, "
        "the governor was blunt. “No, I will not,” she said."
    )
    assert attributed(body)[0].speaker == "Margaret Quillby"


def test_a_man_asked_about_a_rivals_plan_answers() -> None:
    body = (
        "Mayor Thomas Brandeck toured the depot on Friday.\n\n"
        "Pressed on whether he would back the fare plan, which council member Peter "
        "Osgrove drafted, the mayor shrugged. “I have not read it,” he said."
    )
    assert attributed(body)[0].speaker == "Thomas Brandeck"
