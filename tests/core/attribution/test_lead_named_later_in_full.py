"""Issue 8, pattern 10: an office's unnamed holder ("the chancellor said") is the
story's main person when the article has named them before the quote in any form
("Mr Tarn"), though their full name comes only later. Invented names.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_the_chancellor_is_the_lead_named_as_mr_before_the_quote() -> None:
    body = (
        "Mr Tarn set out his rules on Monday. Under Mr Tarn's rules, debt stays low.\n\n"
        "Mr Tarn denied the claims. But the chancellor said the critics were "
        '"impugning the integrity" of the statisticians.\n\nSpeaking to MPs later, '
        'Gordon Tarn said the rules held. "We met them," Mr Tarn said.'
    )
    quotes = attributed(body)
    assert quotes[0].speaker == "Gordon Tarn"
