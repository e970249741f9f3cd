"""A number word naming a body ("Seven", a channel) speaks when it opens a sentence
before a verb of saying, if the article names it alone inside a sentence elsewhere
("aired on Seven"); with no such mention, "Seven said" may be seven people and names
no one. Invented names and words."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_an_opening_number_name_speaks() -> None:
    body = (
        "The Brindle Show aired on Seven last week.\n\n"
        "Seven said the show was “a huge hit with younger viewers”."
    )
    (q,) = attributed(body)
    assert q.speaker == "Seven"


def test_an_opening_number_alone_names_no_one() -> None:
    body = (
        "Seven hikers were found on Monday.\n\n"
        "Seven said they had been “lost for days” on the moor."
    )
    (q,) = attributed(body)
    assert q.speaker is None
