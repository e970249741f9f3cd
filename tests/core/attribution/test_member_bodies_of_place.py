"""A body whose name closes on its members or head and then "of" a place ("Planned
Lantern Advocates of Tillage", "Corvin Growers of Dunmere") speaks by its whole name,
the place included, after "said the" too; a person "of" a place ("Ada Roe of Oregon")
stays the person, the place only a tag. Invented articles and names.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            '"We will not back down," said Planned Lantern Advocates of Tillage.',
            "Planned Lantern Advocates of Tillage",
        ),
        (
            'Planned Lantern Advocates of Tillage said the vote was "a betrayal."',
            "Planned Lantern Advocates of Tillage",
        ),
        (
            '"The fields are dry," Corvin Growers of Dunmere said in a statement.',
            "Corvin Growers of Dunmere",
        ),
        (
            '"We will not back down," said the Advocates of Tillage.',
            "Advocates of Tillage",
        ),
        (
            '"We will not back down," said the Harrowgate Workers Union of Tillage.',
            "the Harrowgate Workers Union of Tillage",
        ),
        (
            '"We will not back down," said Ada Roe of Oregon.',
            "Ada Roe",
        ),
    ],
)
def test_members_body_keeps_its_place(body: str, name: str) -> None:
    """The place after "of" is part of a members' body's name, never a person's."""
    (quote,) = attributed(body)
    assert quote.speaker == name
