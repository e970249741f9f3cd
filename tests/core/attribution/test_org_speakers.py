"""Issue 8: organisations, their documents and their spokespeople as speakers.
Invented articles and names."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (  # members that are no "-ans" plural open the body's name
            'Advocates for Harlow Rivers said the plan was "a disaster for fish."',
            "Advocates for Harlow Rivers",
        ),
        (  # "of the" inside the name
            '"The bell tolls for all," said the Order of the Iron Bell in a post.',
            "Order of the Iron Bell",
        ),
        (
            'Friends of the Varnel Marsh said the dredging was "a slow death."',
            "Friends of the Varnel Marsh",
        ),
    ],
)
def test_a_body_named_with_of_or_for_inside_is_kept_whole(body: str, speaker: str) -> None:
    assert attributed(body)[-1].speaker == speaker
