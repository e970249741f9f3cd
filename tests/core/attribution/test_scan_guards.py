"""Issue 11, speed: the whole-article scans ArticleNames makes are guarded by literals
every match holds, or open on what the engine skips to at C speed; what they find
stays the same, at a text's very start too. Invented names and words."""

from __future__ import annotations

from tui.core.attribution.given_names import given_alone
from tui.core.attribution.names import ArticleNames
from tui.core.paragraphs import make_article


def test_names_given_alone_still_read_at_the_text_start() -> None:
    text = (
        "Orvel, a 41-year-old glazier in Tamsk, said the kilns were cold. "
        "Brisa, a nurse who declined to give her last name, agreed. "
        "One farmer gave his first name, Tobin, and left."
    )
    assert given_alone(text) == {"Tobin": "m", "Brisa": "f", "Orvel": ""}


def test_no_description_no_name_given_alone() -> None:
    assert given_alone("Orvel said the kilns were cold, and Brisa agreed.") == {}


def test_a_work_title_after_its_verb_and_a_relative_after_the_kin_noun() -> None:
    text = (
        "Ysolde Varnak released Pale Harbour Lights last spring. Ysolde Varnak said "
        "her son Corwin, 19, helped.\n\nCorwin said little."
    )
    names = ArticleNames(make_article("x", "x.txt", text))
    assert "Pale Harbour Lights" in names._works
    assert names._kin == {"Corwin": "Corwin Varnak"}
