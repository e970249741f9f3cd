""" "Pell County Registrar Ann Roe said": Registrar is her office, written before her
name as Clerk or Recorder is, not part of her name. Invented names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_registrar_is_a_title() -> None:
    body = (
        "Pellow County Registrar Lorna Quibell-Aster said her office had run the count "
        "\u201cwithout a hitch.\u201d\n\n\u201cThe error rate fell,\u201d she said."
    )
    assert {q.speaker for q in attributed(body)} == {"Lorna Quibell-Aster"}
