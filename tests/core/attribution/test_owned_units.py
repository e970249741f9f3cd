"""A members' group's local chapter named by its place ("Moms for Tarnlight's Ely
Ridge chapter") speaks as the article names it, the chapter whole: not the place, nor
the national group (issue 8, bodies as speakers; invented names). An agency's field
office still speaks for the agency (the open golds label it so)."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_local_chapter_speaks_whole() -> None:
    body = (
        "The vote drew statements from groups on both sides. Moms for Tarnlight’s Ely "
        'Ridge chapter said it was "deeply disappointed" and would work to elect a new '
        "majority."
    )
    assert attributed(body)[0].speaker == "Moms for Tarnlight’s Ely Ridge chapter"


def test_a_field_office_speaks_under_its_own_name() -> None:
    body = (
        "The man was released on Friday.\n\nThe Tarn Border Agency’s Ely field office said "
        'in a statement that it had "no notice" of the release.'
    )
    # (the gold README's convention: the office, not the place nor the whole agency)
    assert attributed(body)[0].speaker == "Tarn Border Agency’s Ely field office"
