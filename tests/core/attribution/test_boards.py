"""A board speaks as the body the article says it belongs to ("Veltro Corp.'s board ...
The board of directors said"), else under its own plain label (invented names)."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed

_Q = '"We have full confidence in the chief executive,"'


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (  # a possessive naming the board's body, then the board in a colon cue
            "Veltro Corp. reported a loss on Tuesday. Veltro Corp.'s board met on Monday. "
            f'The board of directors said in a statement: {_Q[:-2]}."',
            "Veltro Corp.",
        ),
        (  # "the board of directors of <body>", then the short form after the quote
            f"The board of directors of Tarnwell Holdings met on Monday. {_Q} the board said.",
            "Tarnwell Holdings",
        ),
        (  # the body's name modifying "board", the cue inverted
            f"The Quillon board met on Monday. Shares fell. {_Q} said the board of directors.",
            "Quillon",
        ),
    ],
)
def test_a_board_speaks_as_its_body(body: str, speaker: str) -> None:
    assert attributed(body)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("body", "label"),
    [
        (
            f'Shares fell on Tuesday. The board of directors said in a statement: {_Q[:-2]}."',
            "the board of directors",
        ),
        (f"Shares fell on Tuesday. {_Q} said the board of trustees.", "the board of trustees"),
        # a person's seat on a board names no body
        (f"Ann Lee's board seat was lost. Shares fell. {_Q} the board said.", "the board"),
    ],
)
def test_a_board_no_body_owns_keeps_its_label(body: str, label: str) -> None:
    q = attributed(body)[-1]
    assert (q.speaker, q.confidence) == (label, "low")
