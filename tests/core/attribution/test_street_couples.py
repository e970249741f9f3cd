"""A street named in a description is no speaker: "a couple who have lived on Quarry
Avenue for 30 years, Anselm and Greta Wimmerby, said they ..." then `"Q," they said`
is the couple's (not "Quarry Avenue", read as a body "they" may stand for), and "he"
after a man who lives on a boulevard is the man. A quote carried over from a sentence
whose subject is the couple goes to both. Invented articles and names.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed
from tui.core.model import Quote

_OPEN = "Mayor Bertil Ostrand spoke first at the forum.\n\nThe hall was full. "
_THEY = "\n\n\u201cThey all talked well,\u201d they said.\n"


def _direct(body: str) -> list[Quote]:
    return [q for q in attributed(_OPEN + body) if q.kind == "direct"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Outside afterward, a couple who have lived on Quarry Avenue for 30 years, "
        "Anselm and Greta Wimmerby, said they had not decided.",
        "A couple who live on Tollin Lane, Anselm and Greta Wimmerby, said they had not decided.",
        "Anselm and Greta Wimmerby, who live on Quarry Avenue, said they had not decided.",
    ],
)
def test_they_after_a_couple_living_on_a_street_is_the_couple(sentence: str) -> None:
    quotes = _direct(sentence + _THEY)
    assert [(q.speaker, q.confidence) for q in quotes] == [("Anselm and Greta Wimmerby", "medium")]


def test_he_after_a_man_living_on_a_boulevard_is_the_man() -> None:
    quotes = _direct(
        "A farmer who has lived on Quarry Boulevard for 30 years, Anselm Wimmerby, said he "
        "had not decided.\n\n\u201cThey all talked well,\u201d he said.\n"
    )
    assert [q.speaker for q in quotes] == ["Anselm Wimmerby"]


def test_her_husband_after_the_couple_is_still_the_man() -> None:
    quotes = _direct(
        "A couple who live on Quarry Avenue, Anselm and Greta Wimmerby, said they had not "
        "decided.\n\nGreta Wimmerby added that she liked the plan. Her husband did not.\n\n"
        "\u201cWho pays for it?\u201d he asked.\n"
    )
    assert [q.speaker for q in quotes] == ["Anselm Wimmerby"]
