"""Issue 8: a person named in full opening a sentence whose verb is "testified" ("Ilse
Marrow-Dunne, who has kept the ledgers for 17 years, testified before the panel") is
the hearing's witness: later "the witness said" is her. Not someone who only speaks of
testimony. Invented articles and names.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed

_HEARING = (
    "A ledger clerk at a county hospital told a state panel on Tuesday that she was moved "
    "to a basement office after reporting altered records.\n\n"
    "Ilse Marrow-Dunne, who has kept the hospital's ledgers for 17 years, testified before "
    "the oversight committee alongside two other employees.\n\n"
    "The chairwoman, Rep. Odette Vallancourt, asked how many patients had been affected.\n\n"
)


def test_the_witness_is_the_one_who_testified() -> None:
    quotes = attributed(_HEARING + '"Hundreds. Maybe more," the witness said.')
    assert [q.speaker for q in quotes] == ["Ilse Marrow-Dunne"]


def test_not_one_who_only_speaks_of_testimony() -> None:
    body = (
        "Ilse Marrow-Dunne, a ledger clerk, said the testimony had been read into the record.\n\n"
        '"Hundreds. Maybe more," the witness said.'
    )
    assert attributed(body)[-1].speaker != "Ilse Marrow-Dunne"
