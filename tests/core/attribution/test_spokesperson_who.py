"""A boss who speaks "through a spokesperson, who said "Q"": the spokesperson said it,
not the boss, even with an apposition after the boss's name (that was a confident
wrong name). Invented names."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize(
    "opening",
    [
        "Gov. Ilsa Marrow, a Democrat, defended the rule",
        "Gov. Ilsa Marrow defended the rule",
        "Mayor Ilsa Marrow, 61, a former judge, declined to comment",
    ],
)
def test_the_spokesperson_speaks_not_the_boss(opening: str) -> None:
    body = (
        f"{opening} through a spokesperson, who said it "
        '"protects the rights of every tenant" and that the agency could apply for a permit.'
    )
    q = attributed(body)[-1]
    assert q.speaker == "a spokesperson"
    assert q.confidence != "high"


def test_an_apposition_chain_still_reaches_its_person() -> None:
    body = (
        "Rep. Tobin Vask, D-Md., the top Democrat on the Orchard Committee, who called the "
        'bill "a giveaway to growers," voted no.'
    )
    assert attributed(body)[-1].speaker == "Tobin Vask"
