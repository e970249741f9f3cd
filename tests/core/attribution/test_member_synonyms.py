"""Issue 8, described follow-ons: "One of the freshmen who sat in, granted anonymity,
told the Gazette ... "Q," the member said" is that freshman as brought in: a freshman
is a member, as a senator is a lawmaker. Invented names and words."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_the_member_is_the_freshman_brought_in() -> None:
    body = (
        "Whip Ansel Tormey has been hosting breakfasts for new members at his office.\n\n"
        "One of the freshmen who sat in, granted anonymity to describe a private talk, "
        "told the Gazette that Tormey never raised the gavel race.\n\n"
        "\u201cHe did not need to,\u201d the member said."
    )
    assert attributed(body)[-1].speaker == "one of the freshmen"
