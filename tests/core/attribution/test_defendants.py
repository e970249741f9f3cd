"""Issue 8, pattern 10: "the trial of Kyle Penn" and "Kyle Penn, 34, who is charged
with arson" make him the defendant ("the defendant told her ..."). Invented names.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed
from tui.core.attribution.roles import read_ties


@pytest.mark.parametrize(
    "text",
    [
        "Jo Hale testified at the trial of Kyle Penn on Monday.",
        "Jo Hale testified against Kyle Penn, 34, who is charged with arson.",
        "Jo Hale testified against Kyle Penn, who was accused of arson.",
    ],
)
def test_a_defendant_is_tied(text: str) -> None:
    at = text.index("Kyle")
    assert read_ties(text, [(at, at + 9, "Kyle Penn", False)]).get("defendant") == {"Kyle Penn"}


def test_a_witness_is_no_defendant() -> None:
    text = "Kyle Penn, who testified on Monday, left early."
    assert "defendant" not in read_ties(text, [(0, 9, "Kyle Penn", False)])


def test_the_defendant_said_is_the_one_on_trial() -> None:
    body = (
        "A former roommate testified Monday that the defendant told her “nobody was "
        "supposed to be home.”\n\nJo Hale, 29, was the first witness in the trial of "
        "Kyle Penn, 34, who is charged with arson."
    )
    assert attributed(body)[0].speaker == "Kyle Penn"
