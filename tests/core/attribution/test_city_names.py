"""A two-word city's name opened by "Los", "Las", "San", "Santa" ("San Verano", "Los
Palmitos") is a place, never a person: a "he" after it goes back to a person named
before, or to no one. Invented names.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed

CASES = [
    (
        "The court heard from officers. San Verano has seen a rise in theft. “It is a "
        "crisis,” he said.",
        None,
    ),
    (
        "Detective Wim Arlo spoke. Los Palmitos has seen a rise in theft, Arlo said. Los "
        "Palmitos officials agreed. “It is a crisis,” he said.",
        "Wim Arlo",
    ),
]


@pytest.mark.parametrize(("body", "speaker"), CASES)
def test_a_city_is_no_person(body: str, speaker: str | None) -> None:
    assert [q.speaker for q in attributed(body)] == [speaker]
