"""A firm whose name ends in "'s" speaks as a subject: "Pellow's said", "Standard &
Vane's said" (whole, not split at the "&"); "It's said that" stays a passive."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize("firm", ["Pellow's", "Standard & Vane's", "Harrow Tarn's"])
def test_a_firm_named_with_s_says(firm: str) -> None:
    body = f'Tarnwell Foods rejected the bid. {firm} said it was "a fair offer" for the brands.'
    assert attributed(body)[-1].speaker == firm


def test_a_firm_named_with_s_after_its_quote() -> None:
    body = 'Shares rose on Monday. "We see a strong case," Standard & Vane\'s said.'
    assert attributed(body)[-1].speaker == "Standard & Vane's"


def test_it_is_said_names_no_speaker() -> None:
    body = 'Tarnwell Foods rejected the bid. It\'s said the firm is "in trouble" now.'
    assert attributed(body)[-1].speaker is None
