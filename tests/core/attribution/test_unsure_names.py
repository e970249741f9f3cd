"""Issue 8: a name only where the speaker is ("detainee 'A' in Woodhill Prison said")
is never the speaker, even when no one else is named there. Invented articles and names.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_place_after_in_is_not_the_speaker() -> None:
    body = (
        "The ruling was welcomed. In a statement, detainee 'B' in Marlow Prison said: "
        '"I hope the government will act on this decision."'
    )
    assert attributed(body)[-1].speaker != "Marlow Prison"
