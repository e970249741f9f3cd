"""Issue 8, pattern 10: "X's pick/nominee/choice, Y," names Y, and the role comes back
as any of those nouns ("the nominee said" after "the mayor's pick for police chief,
Ada Brenner,"). Invented names.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize(
    "tie",
    [
        "The governor's nominee, Ada Brenner, said she was ready.",
        "The mayor's pick for police chief, Ada Brenner, faced questions.",
        "Ada Brenner, the governor's choice for the bench, faced questions.",
    ],
)
def test_the_nominee_is_the_person_the_possessive_role_names(tie: str) -> None:
    body = (
        f"Lawmakers met Monday. {tie} Sen. Bo Pell questioned her.\n\n"
        "“The panel will decide,” the nominee said."
    )
    assert attributed(body)[-1].speaker == "Ada Brenner"


def test_the_pick_apposed_to_a_name_speaks() -> None:
    body = "Lawmakers met Monday. “I am ready to serve,” said the governor's pick, Ada Brenner."
    assert attributed(body)[0].speaker == "Ada Brenner"
