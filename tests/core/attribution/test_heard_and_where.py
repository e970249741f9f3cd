"""Two places where the person a "she"/"he" means stands: one a body "heard from" has
the floor ("The board also heard from Lorna Amber-Tate, a retired librarian."), and a
subject after a fronted place with its "where" clause is the sentence's subject ("In an
interview outside the State House, where he had appeared, Greer-Alton defended")."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_the_one_a_board_heard_from_speaks_next() -> None:
    body = (
        "Another parent, Greta Pruitt-Sole, told the board she had read two of the books "
        "and was “horrified.” She held up a printout. “I’m not going to read this out "
        "loud.”\n\n"
        "The board also heard from Lorna Amber-Tate, a retired librarian who worked in the "
        "district for 31 years. She said every library she ran had a process for parents.\n\n"
        "“That’s the system,” she said. “A parent can say no.”"
    )
    quotes = attributed(body)
    assert [q.speaker for q in quotes[2:]] == ["Lorna Amber-Tate"] * 2


def test_a_subject_after_a_fronted_place_and_its_where_clause() -> None:
    body = (
        "Gov. Thad Greer-Alton pardoned a former aide on Sunday.\n\n"
        "The former aide, Colin W. Vanderhoff, 44, was convicted in March of misconduct.\n\n"
        "In a brief interview on Monday outside the State House, where he had appeared for "
        "a bill signing, Greer-Alton defended the pardon and said he had wrestled with it "
        "for months.\n\n"
        "“Colin made a mistake. He paid it back,” he said. “He lost his job.”"
    )
    assert [q.speaker for q in attributed(body)] == ["Thad Greer-Alton"] * 2
