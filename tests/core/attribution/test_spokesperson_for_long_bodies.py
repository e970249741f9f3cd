"""An unnamed voice of a body whose name holds "for" or "of the" is labelled with the
body's whole name ("a spokesperson for the Centers for Tillage and Orchard Services"),
not cut to "a spokesperson" because the name ran past the first word. Invented names.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed

CASES = [
    (
        "Federal officials declined. A spokesperson for the Centers for Tillage and Orchard "
        "Services said the agency was “aware of the report.”",
        "a spokesperson for the Centers for Tillage and Orchard Services",
    ),
    (
        "Federal officials declined. A spokesperson for the Vellan Cabinet for Health and "
        "Family Services, which runs the scheme, said in an email that the agency “works "
        "hard.”",
        "a spokesperson for the Vellan Cabinet for Health and Family Services",
    ),
    (
        "Federal officials declined. A spokeswoman for the Office of the Harbor Inspector "
        "said the port was “in breach of every rule.”",
        "a spokeswoman for the Office of the Harbor Inspector",
    ),
    (
        "“It was a precaution,” a spokesman for Acme Foods told the Tarn Herald.",
        "a spokesman for Acme Foods",
    ),
]


@pytest.mark.parametrize(("body", "speaker"), CASES)
def test_a_voice_of_a_long_body_keeps_its_whole_name(body: str, speaker: str) -> None:
    assert [q.speaker for q in attributed(body)] == [speaker]
