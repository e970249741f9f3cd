"""Issue 8, turns: a bare quoted reply that addresses by title the one it would be
carried over from ("Yes, Senator.", "..., Mr. Chairman.", "..., your honor.") is not
theirs, when the article gives them that title: no one calls themself "Senator". It
goes to the other side of the exchange when the text tells who that is, else to no
one (a missing speaker beats the wrong one). Invented articles and names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_reply_to_the_senator_is_not_the_senator_s() -> None:
    quotes = attributed(
        "Senator Boyd Tannery pressed the nominee, Mirela Costin-Hart, on the deal.\n\n"
        '"I want a yes or no," he said. "Will you walk away from that deal?"\n\n'
        '"Yes, Senator. I have walked away from deals before."'
    )
    assert quotes[-1].speaker != "Boyd Tannery"


def test_a_reply_to_the_chairman_is_not_the_chairman_s() -> None:
    quotes = attributed(
        "Near the end of the hearing, Chairman Tad Brockell asked Greeley whether he "
        "would commit to a price freeze.\n\n"
        '"We are always looking at ways to deliver value," the chief executive said.\n\n'
        '"That is a no," Brockell replied.\n\n'
        '"It is a maybe, Mr. Chairman."'
    )
    assert quotes[-1].speaker != "Tad Brockell"


def test_a_title_the_speaker_does_not_hold_changes_nothing() -> None:
    quotes = attributed(
        "Governor Ada Quell spoke to reporters after the vote.\n\n"
        '"We did our part," Quell said.\n\n'
        '"Now it is up to the Senate, and to the Speaker."'
    )
    assert quotes[-1].speaker == "Ada Quell"
