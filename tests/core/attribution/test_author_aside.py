"""A paper whose aside names its author ("its ballot summary, written by Ann Roe,")
and that is the subject of a reporting verb speaks for that author, also under a
frame such as "Critics say" before it. Invented names."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "The measure would cap rents. Critics say its ballot summary, written by "
            "Secretary of State Ida Vornholt, describes it as “a shield for every "
            "renter” without saying what it would repeal.",
            "Ida Vornholt",
        ),
        (
            "The measure would cap rents. Critics say the summary, written by Ida "
            "Vornholt, calls it “a shield for every renter.”",
            "Ida Vornholt",
        ),
        (
            "The plan passed on Friday. Opponents argue its fiscal note, prepared by the "
            "budget director, Amos Quell, calls the cost “a rounding error.”",
            "Amos Quell",
        ),
        (
            "Tenant groups say the memo, drafted by Dario Pellum, describes the fee as "
            "“a modest ask.”",
            "Dario Pellum",
        ),
    ],
)
def test_the_author_in_the_aside_speaks(body: str, speaker: str) -> None:
    assert attributed(body)[-1].speaker == speaker


def test_an_aside_naming_the_recipient_gives_them_no_words() -> None:
    body = (
        "Tenant groups say the memo, sent to Mayor Dario Pellum, describes the fee as "
        "“a modest ask.”"
    )
    assert attributed(body)[-1].speaker != "Dario Pellum"
