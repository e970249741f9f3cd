"""A school system named by its place and its schools ("Tarnby County Public Schools")
speaks by that whole name, and "the district" stands for it (issue 8, bodies as
speakers; invented names)."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed
from tui.core.attribution.names import find_mentions

BODY = (
    "A Tarnby County mother read from a novel at a board meeting.\n\n"
    "Tarnby County Public Schools said in a statement that the novel was reviewed by a "
    "panel of teachers in 2023.\n\n"
    '"Parents may limit what their child borrows through the portal," the district added.'
)


def test_a_place_before_a_plural_body_word_is_no_title_before_a_person() -> None:
    words = [m.words for m in find_mentions(BODY)]
    assert "Tarnby County Public Schools" in words
    assert "Public Schools" not in words


def test_the_district_speaks_for_the_school_system_named_before() -> None:
    assert attributed(BODY)[-1].speaker == "Tarnby County Public Schools"


def test_a_party_before_a_person_is_still_cut() -> None:
    words = [m.words for m in find_mentions("Liberal Democrat Orla Venn said so.")]
    assert words == ["Orla Venn"]
