"""A statement tagged "she said" opening the paragraph right after a question the
reporter words ("Orla Penwick asked the director whether she would resign. ¶ "No, I
will not," she said.") is the answer of the one asked, not the asker's, even when the
asker is the woman named last (invented names)."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_the_one_asked_whether_answers_across_the_paragraph() -> None:
    body = (
        "The agency director, Helen Strayburn, sat alone at the witness table.\n\n"
        "A third member, Rep. Orla Penwick, asked the director directly whether she "
        "would resign.\n\n"
        "“No, I will not,” she said."
    )
    assert attributed(body)[0].speaker == "Helen Strayburn"


def test_the_one_asked_by_name_answers_in_the_next_paragraph() -> None:
    body = (
        "Governor Margaret Quillby spoke in Dunmore on Tuesday.\n\n"
        "Senator Edith Krallen asked Quillby whether she would veto the levy bill.\n\n"
        "“No, I will not,” she said."
    )
    assert attributed(body)[0].speaker == "Margaret Quillby"


def test_the_one_pressed_on_a_topic_answers() -> None:
    body = (
        "Mayor Thomas Brandeck defended the budget on Monday.\n\n"
        "Council member Peter Osgrove pressed Brandeck on the bus fares.\n\n"
        "“They will stay where they are this year,” he said."
    )
    assert attributed(body)[0].speaker == "Thomas Brandeck"


def test_a_question_after_the_reported_one_stays_with_the_asker() -> None:
    body = (
        "Governor Margaret Quillby spoke in Dunmore on Tuesday.\n\n"
        "Senator Edith Krallen asked Quillby whether she would veto the levy bill.\n\n"
        "“Why would anyone sign it?” she said."
    )
    assert attributed(body)[0].speaker == "Edith Krallen"


def test_asked_to_do_something_is_no_reported_question() -> None:
    body = (
        "Governor Margaret Quillby spoke in Dunmore on Tuesday.\n\n"
        "Senator Edith Krallen asked Quillby to explain why the levy rose.\n\n"
        "“She never answers anything,” she said."
    )
    assert attributed(body)[0].speaker == "Edith Krallen"


def test_the_asker_who_speaks_in_the_same_sentence_keeps_her_words() -> None:
    body = (
        "The agency director, Helen Strayburn, sat alone at the witness table.\n\n"
        "Rep. Orla Penwick, who questioned the director about the delays, said afterward "
        "that she was unconvinced.\n\n"
        "“The answers were rehearsed,” she said."
    )
    assert attributed(body)[0].speaker == "Orla Penwick"
