"""An unnamed source's label keeps what tells which one it is.

"A Tarn strategist in Vell County, who asked not to be named, said ..." then ""Q,"
the strategist said": the source is "a Tarn strategist in Vell County", as the
article brought them in; a relative clause naming them ("a senator who has dealt
with both officials") stays too, up to its comma or the main verb; one telling what
they said ("an aide who said the trip was ...") or a stance in two clauses ("who
backs the bill but opposed the cut") does not. Invented names.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize(
    ("intro", "label"),
    [
        (
            "A Tarn strategist in Vell County, who asked not to be named, said the story "
            "could hurt her.",
            "a Tarn strategist in Vell County",
        ),
        (
            "A Tarn strategist who has worked in the state, speaking on condition of "
            "anonymity, said the race was close.",
            "a Tarn strategist who has worked in the state",
        ),
        (
            "A Tarn strategist who has dealt with both camps was blunter.",
            "a Tarn strategist who has dealt with both camps",
        ),
        (
            "Investigators spoke to a Tarn strategist who said the trip was a holiday.",
            "a Tarn strategist",
        ),
        (
            "A Tarn strategist who backs the bill but opposed the cut said it was close.",
            "a Tarn strategist who backs the bill",
        ),
    ],
)
def test_the_label_keeps_which_one(intro: str, label: str) -> None:
    body = f"{intro}\n\n“She built her brand on it,” the strategist said."
    assert [q.speaker for q in attributed(body)] == [label]


def test_an_agent_brought_in_is_the_agent_who_speaks_later() -> None:
    body = (
        "A Tarn Patrol agent in the sector, who asked not to be named, said morale was "
        "low. “We are processing, not patrolling,” the agent said."
    )
    assert [q.speaker for q in attributed(body)] == ["a Tarn Patrol agent in the sector"]


def test_a_clause_ending_in_a_pronoun_stays_out_of_the_label() -> None:
    body = (
        "One senior official who has worked closely with her said she was leaving.\n\n"
        "“She was furious,” the official said."
    )
    assert [q.speaker for q in attributed(body)] == ["one senior official"]


@pytest.mark.parametrize(
    ("tail", "label"),
    [
        (
            "a longtime Tarn strategist who is unaligned in the race and spoke on "
            "condition of anonymity to describe private talks.",
            "a longtime Tarn strategist who is unaligned in the race",
        ),
        (
            "a Tarn strategist who has worked on three Vell Senate races and who spoke on "
            "the condition of anonymity.",
            "a Tarn strategist who has worked on three Vell Senate races",
        ),
        ("a Tarn strategist who said the trip was a holiday.", "a Tarn strategist"),
        ("a Tarn strategist who was there that day.", "a Tarn strategist who was there"),
    ],
)
def test_a_source_after_the_cue_keeps_which_one(tail: str, label: str) -> None:
    body = f"Nobody knows.\n\n“Everybody is waiting on one call,” said {tail}"
    assert [q.speaker for q in attributed(body)] == [label]
