"""A platform named by one letter ("X") after "on" or "to" is a place to write, not a
person's initial: the name opening the next sentence is not glued to it ("wrote on X.
Tamsin Orr is": Tamsin Orr, not "X. Tamsin Orr"). Invented names.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed

CASES = [
    ("“A travesty,” Orr wrote on X. Tamsin Orr is a lawyer for the tenants.", "Tamsin Orr"),
    ("Dolph Arven posted on X. “This is a disgrace,” he wrote.", "Dolph Arven"),
]


@pytest.mark.parametrize(("body", "speaker"), CASES)
def test_a_platform_letter_ends_its_sentence(body: str, speaker: str) -> None:
    assert [q.speaker for q in attributed(body)] == [speaker]
