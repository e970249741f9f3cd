"""A hearing set up with the one questioned named after a role set off by commas
("Senator Corliss Vane questioned the agency chief, Odile Frask, for two hours."):
after the asker's cued question, the bare answer is the one asked, not the asker
going on (a guess at turns: low confidence; invented names)."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_the_answer_after_a_cued_question_goes_to_the_apposed_witness() -> None:
    body = (
        "Senator Corliss Vane questioned the agency chief, Odile Frask, for two hours "
        "on Tuesday.\n\n"
        "“Did you approve the payment?” Vane asked.\n\n"
        "“I did not.”"
    )
    quotes = attributed(body)
    assert [q.speaker for q in quotes] == ["Corliss Vane", "Odile Frask"]
    assert quotes[1].confidence == "low"


def test_a_role_of_several_words_with_a_possessive() -> None:
    body = (
        "Judge Ambrose Telling pressed the city's outside lawyer, Maren Quist, on the "
        "missing files.\n\n"
        "“Where are the ledgers for 2019?” Telling asked.\n\n"
        "“In storage, Your Honor, and we will produce them.”"
    )
    assert attributed(body)[1].speaker == "Maren Quist"


def test_the_turns_go_on_back_and_forth() -> None:
    body = (
        "At the town hall, Representative Harlan Mewes was questioned by voters. One of "
        "them, Tova Grint, grilled the congressman's aide, Piet Oswald, about the bridge.\n\n"
        "“Who signed the contract?” Grint asked.\n\n"
        "“The county did.”\n\n"
        "“And who pays for it?”\n\n"
        "“The state, mostly.”"
    )
    quotes = attributed(body)
    assert [q.speaker for q in quotes] == ["Tova Grint", "Piet Oswald", "Tova Grint", "Piet Oswald"]


def test_a_role_with_no_name_after_it_sets_up_no_one() -> None:
    body = (
        "Senator Corliss Vane questioned the agency chief for two hours on Tuesday.\n\n"
        "“Did you approve the payment?” Vane asked.\n\n"
        "“I want a straight answer this time.”"
    )
    assert attributed(body)[1].speaker == "Corliss Vane"
