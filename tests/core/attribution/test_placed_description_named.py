"""A description placed by a phrase, then named ("A Democratic senator on the Budget
Committee, Lusia Penn-Oyel of Vermont, said"): the name is the sentence's subject, so
the "she" after is hers, not the description's."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_placed_description_then_its_name() -> None:
    body = (
        "Farm-state senators have grown impatient.\n\n"
        "A Democratic senator on the Budget Committee, Lusia Penn-Oyel of Vermont, said "
        "the delay was hurting dairy farms in her state.\n\n"
        "“They cannot plan a season like this,” she said."
    )
    assert attributed(body)[-1].speaker == "Lusia Penn-Oyel"


def test_an_object_after_the_phrase_is_no_apposition() -> None:
    """ "A senator on the panel, at a hearing, questioned Ivo Dask": no apposed name."""
    body = (
        "Senator Orla Venn chairs the panel.\n\n"
        "A witness from the agency, Ivo Dask, answered her questions for an hour.\n\n"
        "“We were never told,” Dask said."
    )
    assert attributed(body)[-1].speaker == "Ivo Dask"
