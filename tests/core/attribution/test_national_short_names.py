"""A nationality and a word of two letters ("Swiss Re"-like: "Danish Vo") is a company's
name: read as a title and a person it left the two letters alone as a junk label. A
title before a short given name ("Senator Al") is still a person's. Invented names.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed

CASES = [
    ("Claims rose sharply last year. “2024 was costly,” said Danish Vo.", ["Danish Vo"]),
    ("“2024 was costly,” Swiss Vo said in its annual report.", ["Swiss Vo"]),
]


@pytest.mark.parametrize(("body", "speakers"), CASES)
def test_a_nationality_and_two_letters_is_a_company(body: str, speakers: list[str]) -> None:
    assert [q.speaker for q in attributed(body)] == speakers
