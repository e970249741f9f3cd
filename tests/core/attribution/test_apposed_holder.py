"""Issue 8, cue reach: the person named in apposition after a role that belongs to
someone or something ("A spokesman for Senator Ada Roe, Ivo Vane, said"; "A
representative of the National Coalition for Safe Roads, Ivo Vane, told"; "the Flarn
Trust, whose president, Ivo Vane, called") is the speaker, not the one the role
belongs to; so is one whose apposition opens with lower-case title words ("Another
candidate, former Dalby police chief Ivo Vane, posted"). Invented names."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (  # a titled person the role is for
            "A spokesman for Senator Jolene Barkley, Cody Lendell, said the reports showed "
            'he was "not ready to run a government."',
            "Cody Lendell",
        ),
        (  # a body whose name holds "for": only its last words are read as a name
            "A representative of the National Coalition for Patient Safety, Rachel Dufresne, "
            'told the panel that approving the drug would "send the wrong message" about it.',
            "Rachel Dufresne",
        ),
        (  # "an aide to" a governor
            'An aide to Gov. Ada Whitcombe, Bo Lindqvist, said the plan was "dead."',
            "Bo Lindqvist",
        ),
        (  # "whose president,"
            "The suit was brought by the Coalition for Flexible Work, whose president, "
            'Bradley Thorsen-Ikeda, called the ruling "a big win for drivers."',
            "Bradley Thorsen-Ikeda",
        ),
        (  # lower-case title words before the name
            "Another candidate, former Dalby police chief Lamont Greer, posted on X: "
            '"Endorsements do not knock doors."',
            "Lamont Greer",
        ),
    ],
)
def test_the_apposed_person_speaks(body: str, speaker: str) -> None:
    assert attributed(body)[-1].speaker == speaker


def test_a_body_described_after_the_comma_is_no_speaker() -> None:
    quotes = attributed(
        'The company, a venture of Acme Holdings and Bolt Energy, said the plan was "on schedule."'
    )
    assert quotes[-1].speaker == "the company"
