"""Issue 8, who: "Sen. Everett Lankford-Dey (R-Iowa), the committee's chairman, said":
a party or place tag in brackets between a name and its apposition does not hide the
role, so "the chairman said" later is that person. Invented article and names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_bracketed_tag_before_the_apposition_still_ties_the_role() -> None:
    quotes = attributed(
        "The hearing ran long.\n\nSen. Everett Lankford-Dey (R-Iowa), the committee's "
        'chairman, said the posts were "ancient history."\n\n"We all said foolish '
        'things," the chairman said.'
    )
    assert quotes[-1].speaker == "Everett Lankford-Dey"
