"""Issue 8, pattern 10: a lede's party apposition ("Sen. Ann Ray, a Democrat, said")
ties the party noun to the person: "the Democrat said" and "she said" after it are
hers, also when her party tag stands first ("Sen. Ann Ray, D-Del., a Democrat who
chairs the panel,"), never the other party's member named since. Invented names.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


def _speakers(body: str) -> list[str | None]:
    return [q.speaker for q in attributed(body)]


@pytest.mark.parametrize(
    "lede",
    [
        "Sen. Ann Ray, a Democrat, said on Monday that the bill would pass. Gov. Bo "
        "Pell, a Republican, said it would not.",
        "Sen. Ann Ray, D-Del., a Democrat who chairs the panel, said on Monday that the "
        "bill would pass. Sen. Tim Holm, a Republican, disagreed.",
    ],
)
def test_the_democrat_is_the_person_the_lede_calls_one(lede: str) -> None:
    assert _speakers(f"{lede}\n\n“We have the votes,” the Democrat said.") == ["Ann Ray"]


def test_each_party_noun_is_its_own_member() -> None:
    body = (
        "Sen. Ann Ray, a Democrat, told reporters on Monday that the bill would pass, and "
        "Gov. Bo Pell, a Republican, said it would not.\n\n"
        "“We have the votes,” the Democrat said.\n\n“They do not,” the Republican said."
    )
    assert _speakers(body) == ["Ann Ray", "Bo Pell"]


def test_she_said_after_the_lede_is_hers() -> None:
    body = (
        "Sen. Ann Ray, a Democrat, said on Monday that the bill would pass.\n\n"
        "“We have the votes,” she said. “Nobody doubts it.”"
    )
    assert _speakers(body) == ["Ann Ray", "Ann Ray"]
