"""A written thing parted from its verb by an aside ("The memo, which the Varn Ledger
has seen, says the unit "Q""): the paper is the verb's subject, not the name inside the
aside (that one only saw it). Invented names."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize(
    "body",
    [
        "The memo, which the Varn Ledger has reviewed, says the unit “does not have "
        "enough staff to guard the roofs.”",
        "The memo, which the Varn Ledger has reviewed, says: “The unit does not have "
        "enough staff to guard the roofs.”",
    ],
)
def test_the_paper_before_the_aside_speaks(body: str) -> None:
    q = attributed(body)[-1]
    assert q.speaker != "Varn Ledger"
    assert (q.speaker_mention or "").lower() == "the memo"


def test_a_person_before_an_aside_still_speaks() -> None:
    body = "Ada Lusk, who the Varn Ledger reached by phone, says the plan is “a net.”"
    assert attributed(body)[-1].speaker == "Ada Lusk"
