"""A participle right after a paper and the name of who wrote it ("an op-ed Bram
Tolvey co-wrote calling the rules "Q"") hangs on the paper: the words are its author's,
not those of the one reading from it. Invented names."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize(
    "body",
    [
        "Senator Ada Quint asked about the rules. In her questioning, she read from a 2019 "
        "op-ed Bram Tolvey co-wrote calling the rules “a fix in search of a fault.”",
        "Senator Ada Quint pressed the nominee. She held up a letter Bram Tolvey signed "
        "describing the plan as “a fix in search of a fault.”",
    ],
)
def test_the_author_of_the_paper_speaks(body: str) -> None:
    assert attributed(body)[-1].speaker == "Bram Tolvey"


def test_the_reader_speaks_when_no_author_is_named() -> None:
    body = (
        "Senator Ada Quint pressed the nominee. She held up a 2019 op-ed, calling it "
        "“a fix in search of a fault.”"
    )
    assert attributed(body)[-1].speaker == "Ada Quint"
