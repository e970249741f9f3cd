"""Issue 8, pattern 10: the description set after a full name ties its head to the
person even when a participle clause follows it ("Dane Holt, a retired circuit judge
appointed to the board in 2019, ..." ... "said the retired judge"); only a role's head
does. Invented names.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def _said(body: str) -> str | None:
    return attributed(body)[-1].speaker


def test_a_description_head_before_a_participle_is_the_persons() -> None:
    body = (
        "Dane Holt, a retired circuit judge appointed to the board in 2019, and Ivo "
        "Brandt, a former prosecutor from Elm, said the board was bypassed. The board's "
        "chair, Janelle Fenn, disputed that.\n\n"
        "“We are not a rubber stamp,” said the retired judge."
    )
    assert _said(body) == "Dane Holt"


def test_a_county_commissioner_elected_is_the_commissioner() -> None:
    body = (
        "Dane Holt, a Harlow County commissioner elected in 2019, voted no. Ivo Brandt, "
        "the county manager, backed it.\n\n"
        "“It was rushed,” the commissioner said."
    )
    assert _said(body) == "Dane Holt"
