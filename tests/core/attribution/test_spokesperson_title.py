"""Issue 8, names: "Spokesperson" opening a sentence before a name is a job title like
"Spokeswoman", not part of the name ("Spokesperson Tovah Brindle said" is Tovah
Brindle). Invented articles and names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_spokesperson_before_a_name_is_a_title() -> None:
    quotes = attributed(
        "The bureau said no decision had been made on the six clinics.\n\n"
        "Spokesperson Tovah Brindle said the bureau was \u201ccommitted to timely care,\u201d "
        "and that ranchers would be heard before any change."
    )
    assert [q.speaker for q in quotes] == ["Tovah Brindle"]
