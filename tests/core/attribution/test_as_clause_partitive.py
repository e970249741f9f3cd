"""Issue 8: "The pitch, as one of the guests described it: "Q"": one drawn from a
group, the subject of a clause of "as" in the colon's lead-in, speaks the quote.
Invented article."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize(
    "clause",
    [
        "as one of the participants described it",
        "as one of the guests put it",
        "as one of the council members described it to reporters",
    ],
)
def test_one_of_a_group_in_an_as_clause_speaks(clause: str) -> None:
    quotes = attributed(
        "Mayor Ines Corvall called a dozen council members on Sunday.\n\n"
        f'The pitch, {clause}: "Back me now or lose the budget."'
    )
    assert quotes[0].speaker == clause.split(" described")[0].split(" put")[0][3:]


def test_a_described_one_of_them_still_speaks_from_the_opening() -> None:
    quotes = attributed(
        "Mayor Ines Corvall called a dozen council members on Sunday.\n\nOne of them, a "
        'retired pharmacist, said: "Back me now or lose the budget, she told us."'
    )
    assert quotes[0].speaker == "a retired pharmacist"
