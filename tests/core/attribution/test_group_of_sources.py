"""Issue 8, plural follow-ons: "A group of nine Green councillors urged ... "Q," the
councillors wrote" is the group as brought in ("a group of nine Green councillors"), as
"the official" is the "one senior official" brought in before; never a label holding a
bare figure ("a group of 9 ..."), which no reader takes for a name. Invented names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_the_plural_stands_for_the_group_brought_in() -> None:
    body = (
        "A group of nine Green councillors on Friday urged the Harbour Board to delay the "
        "dredging of Pellow Sound, in a letter to its chair, Orla Quenby.\n\n"
        "\u201cThe board has not weighed the cost to the shellfish beds,\u201d the "
        "councillors wrote."
    )
    assert attributed(body)[-1].speaker == "a group of nine Green councillors"


def test_a_group_counted_in_figures_keeps_the_label() -> None:
    body = (
        "A group of 9 Green councillors on Friday urged the Harbour Board to wait.\n\n"
        "\u201cThe board has not weighed the cost,\u201d the councillors wrote."
    )
    assert attributed(body)[-1].speaker == "the councillors"


def test_with_no_group_brought_in_the_label_stays() -> None:
    body = (
        "The Harbour Board met on Friday to weigh the dredging of Pellow Sound.\n\n"
        "\u201cThe board has not weighed the cost to the shellfish beds,\u201d the "
        "councillors wrote."
    )
    assert attributed(body)[-1].speaker == "the councillors"
