"""A body whose name opens with a number ("4Cast Analytics", "3Point Labs") speaks by
its whole name, not by the words after the number (invented names)."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            '4Cast Analytics said the market was "overheated and fragile." Prices fell.',
            "4Cast Analytics",
        ),
        ('Shares dropped on Monday. "We expect a rebound soon," said 3Point Labs.', "3Point Labs"),
        ('"We expect a rebound soon," 7Harbor said on Monday.', "7Harbor"),
    ],
)
def test_a_number_led_name_is_whole(body: str, speaker: str) -> None:
    assert attributed(body)[-1].speaker == speaker


def test_a_number_led_word_does_not_join_a_person() -> None:
    body = 'Sales of 4Cast fell. "We expect a rebound soon," said Ann Lee.'
    assert attributed(body)[-1].speaker == "Ann Lee"
