"""The person apposed to a phrase opening the sentence is the subject of a later
participle: "The president of a large Tarn union local, Curtis Vane, endorsed Roe,
saying she had "Q"" is Vane's, not the local's. Invented names."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize(
    "opening",
    [
        "The president of a large Tarn union local in Orrin, Curtis Vane-Lyle,",
        "The head of the Tarn Trust, Curtis Vane-Lyle,",
    ],
)
def test_the_apposed_person_says_it(opening: str) -> None:
    q = attributed(
        "Union leaders rallied behind him.\n\n"
        f'{opening} endorsed Ms. Roe this month, saying she had "delivered for workers."'
    )[-1]
    assert q.speaker == "Curtis Vane-Lyle"


def test_a_person_after_the_verb_is_no_apposition() -> None:
    q = attributed(
        "Union leaders rallied behind him.\n\n"
        'The president of the Tarn Trust praised Curtis Vane-Lyle, calling him "a fair man."'
    )[-1]
    assert q.speaker != "Curtis Vane-Lyle"
