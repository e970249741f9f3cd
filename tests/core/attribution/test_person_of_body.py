"""A person named after the cue "of" a body ("said Ana Ruiz of the Harbor Tenants
Coalition") speaks; the body is where she works, not the speaker. Invented names."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize(
    "body_name",
    ["the Harbor Tenants Coalition", "the Tarn Immigrant Rights Coalition", "Vell Action"],
)
def test_the_person_of_a_body_speaks(body_name: str) -> None:
    quotes = attributed(
        "Groups disagree with the sheriff.\n\n"
        f'"This is a tragedy," said Marisol Vance-Bell of {body_name}. "Not a law."'
    )
    assert [q.speaker for q in quotes] == ["Marisol Vance-Bell", "Marisol Vance-Bell"]
