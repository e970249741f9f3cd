"""A given name with a number of three or four digits after it ("Marcus 4000") is a
stage name, one person's label, not the given name alone; a year after a given name
("Maria 2019") and a counted noun after the number ("gave Marcus 500 dollars") are not.
Invented names.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed

CASES = [
    (
        "The singer Marcus 4000 thanked fans “for sticking with us”. “We appreciate it,” he said.",
        ["Marcus 4000", "Marcus 4000"],
    ),
    ("“Music is my life,” said Marcus 4000, whose album came out Friday.", ["Marcus 4000"]),
    ("Maria 2019 was a good year for Lia Tenn. “It was,” said Lia Tenn.", ["Lia Tenn"]),
]


@pytest.mark.parametrize(("body", "speakers"), CASES)
def test_a_stage_number_is_part_of_the_name(body: str, speakers: list[str]) -> None:
    assert [q.speaker for q in attributed(body)] == speakers
