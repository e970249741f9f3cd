"""Issue 8: "The former Wales international added that ..." describes the person who
goes on speaking, so a "he said" after it is the speaker of the quote before, not a
name in the sentence between. Invented articles and names.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed

_BEFORE = (
    "Ade Okafor turned down the job. "
    '"It is a fine job for anyone but me," Okafor told the paper. '
    "Club director Ben Lutz held talks with Okafor on Monday. "
)
_AFTER = '"I have too many memories of the other side," he said.'


@pytest.mark.parametrize(
    "described",
    [
        "The former Wales international added that joining the rivals would be unwise.",
        "And the 31-year-old believes the rivals are well run.",
        "The striker said the rivals were a fine club.",
    ],
)
def test_a_described_speaker_goes_on_speaking(described: str) -> None:
    quotes = attributed(_BEFORE + described + " " + _AFTER)
    assert quotes[-1].speaker == "Ade Okafor"


def test_without_the_description_the_nearer_name_stands() -> None:
    quotes = attributed(_BEFORE + _AFTER)
    assert quotes[-1].speaker == "Ben Lutz"


def test_not_when_the_gender_clashes() -> None:
    body = _BEFORE.replace("Ade Okafor", "Mrs Ada Okafor").replace("Okafor told", "Mrs Okafor told")
    quotes = attributed(body + "The former Wales international added more. " + _AFTER)
    assert quotes[-1].speaker != "Ada Okafor"
