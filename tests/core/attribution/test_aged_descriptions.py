"""An age set before a role ("The 61-year-old former Ostley chairman sealed the deal")
describes the person the text is about, however the phrase ends: a "he said" after it
is that person, not the description's words. Invented articles and names.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed

_LEAD = "Tomas Verrell has completed his takeover of Dunmore Rovers.\n\n"
_QUOTE = ' He said: "I am delighted to be taking charge of such a fine club."'


@pytest.mark.parametrize(
    "described",
    [
        "The 61-year-old former Ostley chairman sealed the deal on Friday.",
        "The 61-year-old businessman sealed the deal on Friday.",
    ],
)
def test_an_aged_description_is_the_lead(described: str) -> None:
    quotes = attributed(_LEAD + described + _QUOTE)
    assert quotes[-1].speaker == "Tomas Verrell"
    assert quotes[-1].confidence != "high"


def test_an_aged_thing_is_no_person() -> None:
    body = _LEAD + "The 90-year-old Ostley stadium was sold on Friday." + _QUOTE
    quotes = attributed(body)
    assert quotes[-1].speaker != "the 90-year-old Ostley stadium"
