"""A capitalised number word ("Seven") is a company's name only where it acts like one:
the article has it speak alone inside a sentence (`"Q," Seven said`). A number opening
a sentence or counting people stays no one. Invented names.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed

CASES = [
    (
        "Seven said it would not renew the quiz show. “We wish the team well,” Seven said.",
        ["Seven"],
    ),
    ("Seven players were hurt. “It was chaos,” said Jem Orlo, a witness.", ["Jem Orlo"]),
    ("Seven of them were hurt. “It was chaos,” the coach said.", ["the coach"]),
]


@pytest.mark.parametrize(("body", "speakers"), CASES)
def test_a_number_word_speaks_only_as_a_company(body: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in attributed(body)] == speakers
