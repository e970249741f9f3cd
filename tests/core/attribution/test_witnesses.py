"""Issue 8, pattern 10: "the night clerk, Tad Ruiz, testified that ..." makes him the
witness ("“One earbud,” the witness answered"). Invented names.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed
from tui.core.attribution.roles import read_ties


def test_testifying_ties_the_witness() -> None:
    text = "The night clerk, Tad Ruiz, testified that he heard shots."
    at = text.index("Tad")
    assert read_ties(text, [(at, at + 8, "Tad Ruiz", False)]).get("witness") == {"Tad Ruiz"}


def test_a_testimony_mentioned_ties_no_witness() -> None:
    text = "Tad Ruiz said the testimony was long."
    assert "witness" not in read_ties(text, [(0, 8, "Tad Ruiz", False)])


def test_the_witness_answered_is_the_one_who_testified() -> None:
    body = (
        "The night clerk, Tad Ruiz, testified that he heard shots.\n\n"
        "Under cross-examination, Lena Voss asked Ruiz whether he had been listening to "
        "music. “One earbud,” the witness answered."
    )
    assert attributed(body)[-1].speaker == "Tad Ruiz"
