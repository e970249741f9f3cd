"""Issue 8: a father and son named in full with their suffixes ("Orrin Vadgett Sr.",
"Orrin Vadgett Jr.") and later by surname and suffix alone ("Vadgett Sr. said"): the
short form is the one whose full name ends with it, not a third person. Invented names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed

_BODY = (
    "Sheriff Orrin Vadgett Sr. has held the office for 20 years. His son, Orrin "
    "Vadgett Jr., a former deputy, says it is time for a change.\n\n"
    "At a church supper, the sheriff shook hands for two hours.\n\n"
    "\u201cFolks know me,\u201d Vadgett Sr. said. \u201cThey know where I live.\u201d\n\n"
    "\u201cI was ready then too,\u201d Vadgett Jr. said."
)


def test_the_suffix_finds_the_father() -> None:
    assert [q.speaker for q in attributed(_BODY)] == [
        "Orrin Vadgett Sr.",
        "Orrin Vadgett Sr.",
        "Orrin Vadgett Jr.",
    ]
