"""Issue 8, kin nouns as subjects: "Her husband, pouring coffee, interrupted. "Q"" is
the husband's, as "Her husband interrupted" is: a participle's aside between the
subject phrase opening the sentence and its verb does not hide the subject. The kin
noun stands for the person named as that kin before. Invented names and words."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed

COUPLE = (
    "Mara Venn and her husband, Tobin Venn, run the orchard outside Pellow.\n\n"
    "\u201cWe never planned to sell,\u201d Mara Venn said.\n\n"
)


def test_the_kin_subject_past_an_aside_speaks() -> None:
    body = COUPLE + "Her husband, pouring cider, interrupted. \u201cOr to stay.\u201d"
    assert attributed(body)[-1].speaker == "Tobin Venn"


def test_the_kin_subject_with_no_aside_is_unchanged() -> None:
    body = COUPLE + "Her husband interrupted. \u201cOr to stay.\u201d"
    assert attributed(body)[-1].speaker == "Tobin Venn"


def test_an_aside_after_a_name_is_not_read_as_a_phrase() -> None:
    body = COUPLE + "Mara Venn, pouring cider, interrupted him. \u201cOr to stay.\u201d"
    assert attributed(body)[-1].speaker == "Mara Venn"
