"""Issue 8, pattern 10: "Networks project: Noa Vell wins the Republican primary" makes
her the nominee ("the nominee said"); with two nominees, the party's names its own.
Invented names.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed
from tui.core.attribution.roles import read_ties


def _said(body: str) -> str | None:
    return attributed(body)[-1].speaker


def test_winning_the_primary_ties_the_nominee() -> None:
    text = "Networks project: Noa Vell wins the Republican primary for Senate."
    at = text.index("Noa")
    assert read_ties(text, [(at, at + 8, "Noa Vell", False)]) == {
        "republican nominee": {"Noa Vell"}
    }


def test_the_nominee_said_after_the_projection() -> None:
    body = (
        "Polls have closed.\n\nNetworks project: Noa Vell wins the Republican primary for "
        "Senate.\n\nBo Tarr conceded.\n\n“I want your vote,” the nominee said."
    )
    assert _said(body) == "Noa Vell"


def test_the_party_picks_its_own_nominee() -> None:
    body = (
        "Networks project: Noa Vell wins the Republican primary.\n\nIn the House race, "
        "Bo Tarr, the Democratic nominee, spoke first.\n\n"
        "“I want your vote,” the Republican nominee said."
    )
    assert _said(body) == "Noa Vell"


def test_losing_a_primary_ties_nothing() -> None:
    text = "Noa Vell lost the Republican primary for Senate."
    assert read_ties(text, [(0, 8, "Noa Vell", False)]) == {}


def test_a_winner_tied_later_and_a_husband_in_between_leave_her_the_nominee() -> None:
    """Two primary winners: "the nominee" before the second win is called is the
    first's, though her husband was named between her and the quote."""
    body = (
        "Networks project: Noa Vell wins the Republican primary for Senate.\n\n"
        "Vell took the stage in Elmford. Her husband, Dr. Piet Vell-Amsel, a dentist, "
        "introduced her.\n\n“I want your vote in November,” the nominee said.\n\n"
        "Networks project: Ida Brask wins the Democratic primary in the 9th District."
    )
    assert _said(body) == "Noa Vell"


def test_after_both_wins_the_nominee_is_the_one_named_last() -> None:
    body = (
        "Networks project: Noa Vell wins the Republican primary for Senate.\n\n"
        "Networks project: Ida Brask wins the Democratic primary in the 9th District.\n\n"
        "Brask thanked her volunteers.\n\n“We did it together,” the nominee said."
    )
    assert _said(body) == "Ida Brask"


def test_an_adverb_or_a_day_before_the_primary_still_ties_the_nominee() -> None:
    for win in ("easily won the Republican nomination for governor", "won Tuesday's primary"):
        body = (
            f"Noa Vell {win}. Her husband, Piet Vell, introduced her at the rally.\n\n"
            "“We will win in November,” the nominee said."
        )
        assert _said(body) == "Noa Vell", win


def test_who_won_the_primary_ties_the_nominee() -> None:
    text = "Noa Vell, who won the Democratic primary, spoke first."
    at = text.index("Noa")
    assert read_ties(text, [(at, at + 8, "Noa Vell", False)]) == {
        "democratic nominee": {"Noa Vell"}
    }
