"""Issue 8, pattern 10: a relative opening the sentence that leads into a quote with a
colon speaks it, when the article names them ("Her husband finished the thought:
"Q"" after "Ines and Bo Farrow ... Ines Farrow said" is Bo Farrow). Invented names.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed

_COUPLE = (
    "Residents fled.\n\nInes and Bo Farrow, who have lived in Elm Hollow for 31 years, "
    "said they had little warning.\n\n"
)


def test_her_husband_before_a_colon_is_the_one_named() -> None:
    quotes = attributed(
        _COUPLE + '"You could see it coming," Ines Farrow said. Her husband finished the '
        'thought: "We grabbed the photo albums."'
    )
    assert [q.speaker for q in quotes] == ["Ines Farrow", "Bo Farrow"]


def test_an_unnamed_husband_before_a_colon_is_no_fragment() -> None:
    quotes = attributed(
        'Residents fled.\n\n"You could see it coming," Ines Farrow said. Her husband '
        'finished the thought: "We grabbed the photo albums."'
    )
    assert quotes[-1].speaker == "her husband"
