"""Two people joined by "and" who write or send one paper speak together: labelled
"A and B" as the article names the pair (tests/core/gold/README.md), not the second
signer alone."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_two_members_who_wrote_speak_together() -> None:
    body = (
        "In a letter to the board on Monday, Rep. Ann Roe-Vance (D-Ore.) and Rep. Ben "
        "Odell (D-Ill.) wrote that the plan raised “deep doubts about the fund.”\n\n"
        "“The public deserves an answer,” the letter says."
    )
    assert [q.speaker for q in attributed(body)] == ["Ann Roe-Vance and Ben Odell"] * 2


def test_a_joint_letter_speaks_for_both_senders() -> None:
    body = (
        "Rep. Ann Roe-Vance, R-N.D., and Rep. Ben Odell, D-Wyo., sent a joint letter to "
        "the secretary on Friday. The letter calls the cuts “a broken promise.”"
    )
    assert attributed(body)[-1].speaker == "Ann Roe-Vance and Ben Odell"


def test_one_writer_after_another_named_stays_alone() -> None:
    body = "Ann Roe-Vance met the board. Ben Odell wrote that the plan was “a mess.”"
    assert attributed(body)[-1].speaker == "Ben Odell"
