"""A company's title in capitals before a name ("Plansight CEO Tamsin Arquette-Reyes")
is a title, not part of the name: the speaker is the person. Invented names."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize(
    "line",
    [
        "Quillon CEO Tamsin Arquette-Reyes, in a statement: \u201cOur tool assists.\u201d",
        "Quillon CFO Tamsin Arquette-Reyes said: \u201cOur tool assists.\u201d",
        "\u201cOur tool assists,\u201d said Quillon COO Tamsin Arquette-Reyes.",
    ],
)
def test_a_title_in_capitals_is_no_part_of_the_name(line: str) -> None:
    quotes = attributed("The city signed the deal.\n\n" + line)
    assert quotes[-1].speaker == "Tamsin Arquette-Reyes"
