"""Two people speaking jointly at one cue ("In a joint statement, Ada Roe and Bo Tate
said: "Q"", `"Q," Roe and Tate said`) are one speaker labelled as both, in the order
written; the cue alone found only the second. Invented names."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed

_INTRO = "Ada Roe and Bo Tate run the office.\n\nThe office rejected the claim. "


@pytest.mark.parametrize(
    "cue",
    [
        "In a joint statement, Roe and Tate said: \u201cWe work well together.\u201d",
        "\u201cWe work well together,\u201d Roe and Tate said in a joint statement.",
    ],
)
def test_two_named_at_the_cue_speak_together(cue: str) -> None:
    assert attributed(_INTRO + cue)[-1].speaker == "Ada Roe and Bo Tate"


def test_one_named_at_the_cue_speaks_alone() -> None:
    body = _INTRO + "\u201cWe work well together,\u201d Tate said."
    assert attributed(body)[-1].speaker == "Bo Tate"


def test_and_joining_two_clauses_is_no_pair() -> None:
    body = _INTRO + "Roe arrived late and Tate said: \u201cWe work well together.\u201d"
    assert attributed(body)[-1].speaker == "Bo Tate"


def test_two_named_with_no_word_of_speaking_together_keep_the_cue_s_speaker() -> None:
    body = _INTRO + "Roe and Tate said: \u201cWe work well together.\u201d"
    assert attributed(body)[-1].speaker == "Bo Tate"
