"""A campaign whose name closes on a sentence word ("Tarn Families First", "Quellia
Kids Now", "Grell Vote Yes") speaks by its whole name: the last word is no sentence
word lost after the name. A person's run still drops it ("Ann Roe First said").
Invented articles and names.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ('"We will not back down," Tarn Families First said on Tuesday.', "Tarn Families First"),
        ('"We will not back down," said Tarn Families First.', "Tarn Families First"),
        ('"The clock is ticking," Quellia Kids Now said.', "Quellia Kids Now"),
        ('"We will win," said Grell Vote Yes, a campaign group.', "Grell Vote Yes"),
        ('Ann Roe First said "we will win."', "Ann Roe"),
    ],
)
def test_slogan_word_closes_a_body_name(body: str, name: str) -> None:
    """The sentence word stays when it closes a body's name, not a person's."""
    (quote,) = attributed(body)
    assert quote.speaker == name
