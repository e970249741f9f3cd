"""Issue 8: `the senator said the judge's ruling was "Q"`: a noun of speech owned by
someone inside the clause a reporting verb reports is what the verb's subject speaks
about, so the partial quote is the reporter's, not the noun owner's. Invented names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed

_LEAD = "Sen. Orrin Vaskell (R-Utah) read the order that Judge Mirela Stanescu signed. "


def test_the_reporter_speaks_not_the_owner_of_the_ruling() -> None:
    body = _LEAD + (
        "The senator said the judge\u2019s ruling was \u201cpart of a pattern of lax choices.\u201d"
    )
    assert attributed(body)[-1].speaker == "Orrin Vaskell"


def test_an_owned_noun_alone_is_still_its_owner() -> None:
    body = _LEAD + "The judge\u2019s ruling called the plan \u201ca lawless scheme.\u201d"
    assert attributed(body)[-1].speaker == "Mirela Stanescu"
