"""Issue 8, pattern 10: a title written in capitals after a name ("Harmon Vale, CEO of
Tarnway Foods,", "Harmon Vale, the CFO of ...") ties it to him: "the CEO said" is his.
Such a tie names the holder here only: a profile's lead stays "he". Invented names.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed
from tui.core.attribution.roles import read_ties


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Harmon Vale, CEO of Tarnway Foods, told the panel.", "ceo"),
        ("Harmon Vale, the CFO of Tarnway Foods, told the panel.", "cfo"),
    ],
)
def test_a_capital_title_after_a_name_is_tied(text: str, role: str) -> None:
    assert read_ties(text, [(0, 11, "Harmon Vale", False)]) == {role: {"Harmon Vale"}}


def test_a_capital_word_that_is_no_title_is_not_tied() -> None:
    text = "Harmon Vale, the USA of old, told the panel."
    assert read_ties(text, [(0, 11, "Harmon Vale", False)]) == {}


def test_the_ceo_said_is_the_one_tied() -> None:
    body = (
        "Harmon Vale, CEO of Tarnway Foods, told the committee that costs rose.\n\n"
        "Rep. Ines Dorr pressed him on eggs. Rep. Ola Brandt asked about milk.\n\n"
        "“We look for value every day,” the CEO said."
    )
    assert attributed(body)[-1].speaker == "Harmon Vale"
