"""Issue 8, kin: "Her mother, Irmgard Brennick, still lives there. ... 'Q,' her mother
said": the "her" of the cue falls on the woman named last, the mother herself, and no
one is her own mother; the relative is the one the article names as "her mother" (was
the daughter, the other woman of that family name). Invented articles and names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_her_mother_is_the_mother_the_article_names() -> None:
    quotes = attributed(
        "Rep. Odalys Brennick, a former medic, spoke to the crowd.\n\n"
        "She grew up in the valley, the daughter of a driver and a clerk. Her mother, "
        "Irmgard Brennick, still lives in the same house.\n\n"
        "\u201cShe always argued at the table,\u201d her mother said. \u201cEvery night.\u201d"
    )
    assert [q.speaker for q in quotes] == ["Irmgard Brennick", "Irmgard Brennick"]


def test_her_husband_still_goes_to_the_other_of_the_family_name() -> None:
    quotes = attributed(
        "Henrike Vollmar and Anselm Vollmar run the bakery.\n\n"
        "Henrike Vollmar wants a new oven. \u201cWe need it,\u201d her husband said."
    )
    assert [q.speaker for q in quotes] == ["Anselm Vollmar"]
