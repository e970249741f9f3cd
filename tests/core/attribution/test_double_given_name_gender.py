"""Issue 8: a double given name ("Rosa-Lynn") tells its bearer's gender when both parts
do, so a lawyer is not taken for a man from the "he" of the client she speaks of, and
her "she said" finds her. Invented names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed
from tui.core.attribution.names import gender_of

_BODY = (
    "Defense attorney Rosa-Lynn Quorvath told the judge that her client had sought "
    "treatment.\n\n"
    "\u201cI have read all the letters,\u201d Judge Perpetua Ashgrove said. \u201cThey "
    "describe a generous man.\u201d\n\n"
    "Outside the courthouse, Quorvath said her client \u201caccepts the judgment\u201d "
    "and would not appeal. Asked whether he had anything to say, she said, \u201cHe said "
    "everything he had to say in there.\u201d"
)


def test_both_parts_tell_the_gender() -> None:
    assert (gender_of("Rosa-Lynn"), gender_of("Jean-Tavro")) == ("f", None)


def test_the_lawyer_keeps_her_quote() -> None:
    assert attributed(_BODY)[-1].speaker == "Rosa-Lynn Quorvath"
