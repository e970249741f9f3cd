"""Issue 8: "Ardwick's office said" speaks for Ardwick, as "his office said" does (the
gold names the office's holder: tests/core/gold/README.md, bench/us_gold.py); a body's
office ("the county attorney's office") stays the office
(tui/core/attribution/context.py, ``_name_candidate``). Invented names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_named_person_s_office_speaks_for_them() -> None:
    body = (
        "Gov. Pelham Ardwick toured the site on Monday.\n\n"
        "Ardwick's office said in a statement that he \"will not sign any bill that "
        'raises taxes."'
    )
    assert attributed(body)[-1].speaker == "Pelham Ardwick"


def test_an_office_s_statement_saying_gives_its_holder() -> None:
    body = (
        "State Sen. Horatio Billingham said the outbreak was overblown.\n\n"
        "After the interview, Billingham's office sent a statement saying the senator "
        '"supports voluntary vaccination."'
    )
    assert attributed(body)[-1].speaker == "Horatio Billingham"


def test_a_body_s_office_stays_the_office() -> None:
    body = 'In a statement, the county attorney\'s office said it was "reviewing the opinion."'
    assert attributed(body)[-1].speaker == "the county attorney's office"
