"""An unnamed voice keeps whom it speaks for in its label.

"A spokesman for the secretary said", "A spokesperson for the firm, Varn Tell LLP,
said", "an aide close to Roe-Tan said": the label is the article's own phrase, with
its holder, not a bare "a spokesman". Invented names.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize(
    ("body", "label"),
    [
        (
            "The secretary of state, Ada Roe, has not taken a position. A spokesman for "
            "the secretary said she would “carry out whatever the voters decide.”",
            "a spokesman for the secretary",
        ),
        (
            "A spokesperson for the firm, Varn Tell LLP, said its review was “on schedule.”",
            "a spokesperson for the firm",
        ),
        (
            "A spokeswoman for the agency said the rule was “under review.”",
            "a spokeswoman for the agency",
        ),
        ("“She knows the numbers,” an aide close to Roe-Tan said.", "an aide close to Roe-Tan"),
    ],
)
def test_the_holder_stays_in_the_label(body: str, label: str) -> None:
    assert [q.speaker for q in attributed(body)] == [label]
