"""Counted nouns: singular for exactly one, thousands separated."""

from __future__ import annotations

import pytest

from tui.core.wording import counted


@pytest.mark.parametrize(
    ("n", "expected"),
    [(0, "0 quotes"), (1, "1 quote"), (2, "2 quotes"), (11_418, "11,418 quotes")],
)
def test_counted_quotes(n: int, expected: str) -> None:
    assert counted(n, "quote") == expected


def test_counted_with_an_irregular_plural() -> None:
    assert counted(1, "person", "people") == "1 person"
    assert counted(3, "person", "people") == "3 people"
