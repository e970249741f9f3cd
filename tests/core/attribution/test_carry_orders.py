"""A bare quote after a sentence reporting an order the speaker was given ("the
foreman told her not to come in") goes on with the speaker, not the one giving the
order (invented names)."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_an_order_reported_between_does_not_take_the_carry() -> None:
    body = (
        "“I sweep floors at the depot,” said Marla Teague, who had waited since dawn. "
        "She said she had phoned her supervisor to say she would be late, and the supervisor "
        "had told her not to bother coming in. “So I lose the shift. Who knows?”"
    )
    quotes = attributed(body)
    assert [q.speaker for q in quotes] == ["Marla Teague", "Marla Teague"]
    assert quotes[1].speaker_how == "carry-over"
    assert quotes[1].confidence in ("low", "medium")


def test_an_order_in_the_speakers_own_report_goes_on_with_her() -> None:
    body = (
        "“I sweep floors at the depot,” said Marla Teague. "
        "Teague said her supervisor urged them to wait outside. “It was freezing.”"
    )
    assert [q.speaker for q in attributed(body)] == ["Marla Teague", "Marla Teague"]


def test_a_new_speakers_own_cue_still_takes_the_carry() -> None:
    body = (
        "“I sweep floors at the depot,” said Marla Teague. "
        "Her foreman, Ruel Danko, said the depot would reopen soon. “We are close.”"
    )
    assert [q.speaker for q in attributed(body)] == ["Marla Teague", "Ruel Danko"]
