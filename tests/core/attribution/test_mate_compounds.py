"""A "-mate" compound ("a bandmate", "his teammate") is one person, who speaks under
that label like "a colleague" (not the person named before). Invented names."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed

_LEAD = "Ivo Stannard did not collect his prize at the Vornel awards.\n\n"


@pytest.mark.parametrize("noun", ["bandmate", "teammate", "classmate", "housemate"])
def test_a_mate_compound_before_the_quote_speaks(noun: str) -> None:
    body = _LEAD + f"A {noun} told the crowd Stannard was \u201cin the bath\u201d."
    assert attributed(body)[-1].speaker == f"a {noun}"


@pytest.mark.parametrize("noun", ["bandmate", "flatmate", "roommate"])
def test_a_mate_compound_after_the_quote_is_not_the_one_named_before(noun: str) -> None:
    body = _LEAD + f"\u201cHe is in the bath,\u201d a {noun} said."
    assert attributed(body)[-1].speaker == f"a {noun}"
