"""A lede's indefinite role ("A Harlow County commissioner said Tuesday ...") given to the
person the next paragraph names is a guess: the lede says what kind of person spoke,
not who, so the quote's confidence is low. Invented names and places.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed

_LEDES = (
    "A Harlow County commissioner said Tuesday that the plan was “dead on arrival” and "
    "that the county would sue.",
    "A Harlow County commissioner is accusing the governor of ignoring rural towns, "
    "telling reporters the county is “out of money.”",
)
_NEXT = (
    "Dane Holt, who has served on the commission since 2019, told reporters the state "
    "had never asked.",
    "Commissioner Dane Holt of Harlow County, a Republican, said the grant had paid for "
    "two road crews.",
)


@pytest.mark.parametrize("lede", _LEDES)
@pytest.mark.parametrize("nxt", _NEXT)
def test_a_ledes_indefinite_role_is_a_low_confidence_guess(lede: str, nxt: str) -> None:
    q = attributed(f"{lede}\n\n{nxt}")[0]
    assert (q.speaker, q.confidence) == ("Dane Holt", "low")


def test_the_role_said_later_stays_the_persons() -> None:
    body = f"{_LEDES[0]}\n\n{_NEXT[1]}\n\n“We were not consulted,” the commissioner said."
    q = attributed(body)[1]
    assert (q.speaker, q.confidence) == ("Dane Holt", "medium")
