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


@pytest.mark.parametrize(
    "cue",
    [
        "Roe and Tate said they would vote no: \u201cWe work well together.\u201d",
        "\u201cWe work well together,\u201d Roe and Tate said, adding that they would stay.",
    ],
)
def test_two_going_on_as_they_speak_together(cue: str) -> None:
    assert attributed(_INTRO + cue)[-1].speaker == "Ada Roe and Bo Tate"


def test_they_after_two_who_said_they_is_both() -> None:
    body = _INTRO + "Roe and Tate said they would vote no.\n\n\u201cQ,\u201d they said."
    assert attributed(body)[-1].speaker == "Ada Roe and Bo Tate"


def test_the_statement_two_issued_is_theirs() -> None:
    body = (
        "In a brief statement, Chair Ada Roe (R-Texas) and ranking member Bo Tate (D-Md.)"
        " said the panel had opened an inquiry.\n\n"
        "\u201cThe panel notes the rules,\u201d the statement said."
    )
    assert attributed(body)[-1].speaker == "Ada Roe and Bo Tate"
