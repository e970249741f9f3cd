"""A capitalised common noun opening a sentence with its complement ("Demand for the
Zenbox has been strong, it added") is no body "it" stands for. Invented names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_it_skips_a_noun_opening_a_sentence() -> None:
    body = (
        "Quillon Corp. reported its sales on Tuesday. Demand for the Zenbox has been"
        " strong, it added.\n\n\u201cThe second quarter looks better still,\u201d it said.\n"
    )
    assert attributed(body)[-1].speaker == "Quillon Corp"
