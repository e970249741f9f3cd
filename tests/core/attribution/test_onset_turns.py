"""Issue 8, cue-less exchanges: a reporter's paragraph that ends on someone starting
to speak ("He hedged, and she pounced.", "Then Vell cut in.") gives the bare quote
opening the next paragraph to them, not to the last speaker carried on. A guess from
the shape of the exchange: low confidence. Invented names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def _direct(body: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.confidence) for q in attributed(body) if q.kind == "direct"]


def test_she_pounced_after_his_hedge_gives_her_the_next_quote() -> None:
    body = (
        "“We will review the tolls,” said Corwin Madsley, the transit chief.\n\n"
        "Councilwoman Ysolde Brackenridge pressed Madsley on the fare rise. "
        "He said it was “under study,” and she pounced.\n\n"
        "“That is what you said last spring, and the spring before.”"
    )
    assert _direct(body)[-1] == ("Ysolde Brackenridge", "low")


def test_a_name_cutting_in_speaks_the_next_quote() -> None:
    body = (
        "Ysolde Brackenridge, a councilwoman, sat two seats away from the chief.\n\n"
        "“The bridge opens in May,” said Corwin Madsley, the transit chief. "
        "“And the ferry closes the same week,” he added, and then Brackenridge cut in.\n\n"
        "“Nobody in Ostley was asked about the ferry.”"
    )
    assert _direct(body)[-1] == ("Ysolde Brackenridge", "low")
