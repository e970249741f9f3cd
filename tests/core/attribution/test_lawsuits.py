"""A lawsuit speaks for whoever brought it ("Mia Roe sued Veltro. The lawsuit said"),
as a statement speaks for its issuer (invented names)."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            'Mia Roe sued Veltro in March. The lawsuit said the firm "ignored every warning."',
            "Mia Roe",
        ),
        (  # an apposition between the plaintiff and "sued"; the complaint after the quote
            "Mia Roe, a former engineer, sued Veltro in March. "
            '"The company ignored every warning," the complaint said.',
            "Mia Roe",
        ),
        (  # the plaintiff after a passive's "sued by"
            "Veltro was sued by Mia Roe in March. "
            'The suit alleges the firm "ignored every warning."',
            "Mia Roe",
        ),
        (  # a body that sued
            "Tarnby Growers Union sued Veltro in March. "
            'The lawsuit said the firm "ignored every warning."',
            "Tarnby Growers Union",
        ),
        (  # filed by a body, past a court with abbreviations; the complaint speaks later
            "Veltro faces a new case.\n\nThe lawsuit, filed in the U.S. Court of Claims in "
            "Tarnby by the Tarnby Growers Union and six farms, says the firm hid its data.\n\n"
            '"The company ignored every warning," the complaint said.',
            "Tarnby Growers Union",
        ),
    ],
)
def test_a_lawsuit_speaks_for_its_plaintiff(body: str, speaker: str) -> None:
    q = attributed(body)[-1]
    assert (q.speaker, q.confidence) == (speaker, "medium")


def test_the_one_sued_is_no_plaintiff() -> None:
    body = 'Veltro was sued in March. The lawsuit claims the firm "ignored every warning."'
    assert attributed(body)[-1].speaker == "the lawsuit"
