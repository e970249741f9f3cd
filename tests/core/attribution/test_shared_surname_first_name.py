"""Issue 8: two people sharing a surname are told apart by first name ("Ysmay remembers
it"): that first name alone shows the full name to be a person's, so her "she said"
after it is hers, not that of the relative quoted just before. Invented names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed

_BODY = (
    "Ysmay Okarro-Lund, a state senator, is running for the Senate. Her twin, Chiomme "
    "Okarro-Lund, works for the incumbent.\n\n"
    "\u201cI told her first,\u201d Chiomme said in an interview. \u201cShe heard it at "
    "dinner anyway.\u201d\n\n"
    "Ysmay remembers it the same way. \u201cShe was always the fighter,\u201d she said."
)


def test_the_first_name_alone_keeps_the_floor() -> None:
    assert attributed(_BODY)[-1].speaker == "Ysmay Okarro-Lund"
