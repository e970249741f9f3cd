"""Issue 8, pattern 10: what an article says a person won ties a role to them, as a
title does: "Kate Orrin won the Booker Prize" makes "the Booker winner" hers, "Ida Lune
took Olympic gold" makes "the Olympic champion" hers, even when the sentence just
before the quote is about someone else. Invented names.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed
from tui.core.attribution.roles import read_ties


def _said(body: str) -> str | None:
    return attributed(body)[-1].speaker


def _ties(sentence: str) -> dict[str, set[str]]:
    return read_ties(sentence, [(0, 10, "Kate Orrin", False)])


@pytest.mark.parametrize(
    ("won", "phrase"),
    [
        ("won best actress at the Oscars on Sunday. Her co-star, Jim Vale, lost", "Oscar winner"),
        ("won the best actress Oscar on Sunday. Jim Vale lost", "Oscar winner"),
        ("won the Booker Prize for Salt. Her editor, Tom Reyes, was there", "Booker winner"),
        ("won the Booker Prize for her novel Salt. Tom Reyes was there", "prize-winner"),
        ("took the gold medal in the 400m. Lia Moss was second", "Olympic champion"),
        ("took gold in the 400m. Lia Moss was second", "new champion"),
        ("beat Lia Moss to win the Australian Open. Moss was gracious", "champion"),
    ],
)
def test_the_winner_is_who_the_article_says_won(won: str, phrase: str) -> None:
    body = f"Kate Orrin {won}.\n\n“I am overwhelmed,” the {phrase} said."
    assert _said(body) == "Kate Orrin"


def test_a_title_gives_its_kind_of_champion() -> None:
    assert _ties("Kate Orrin won her third world title.") == {
        "world champion": {"Kate Orrin"},
        "title-holder": {"Kate Orrin"},
    }
    assert _ties("Kate Orrin took Olympic gold.")["olympic champion"] == {"Kate Orrin"}


def test_a_prize_gives_its_named_winner() -> None:
    assert _ties("Kate Orrin won best actress at the Baftas.") == {"bafta winner": {"Kate Orrin"}}
    assert _ties("Kate Orrin, who won the Turner Prize, spoke.")["turner winner"] == {"Kate Orrin"}


def test_winning_a_vote_or_an_argument_ties_nothing() -> None:
    assert _ties("Kate Orrin won the vote on Tuesday.") == {}
    assert _ties("Kate Orrin won the argument over the budget.") == {}


def test_a_gendered_reference_skips_the_subject_of_the_other_gender() -> None:
    """ "the actress" points back past a sentence about a man to the woman "she" would
    be; a man just before is no actress."""
    body = (
        "Kate Orrin scooped the best actress award at the Elm festival. Jim Vale won "
        "best actor.\n\n“I am overwhelmed,” the actress said."
    )
    assert _said(body) == "Kate Orrin"


def test_a_gendered_reference_of_the_subjects_gender_is_the_subject() -> None:
    body = (
        "Kate Orrin scooped the best actress award at the Elm festival. Jim Vale won "
        "best actor.\n\n“I am overwhelmed,” the actor said."
    )
    assert _said(body) == "Jim Vale"
