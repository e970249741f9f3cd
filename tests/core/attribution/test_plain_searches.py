"""Issue 11, speed: look-ups once made with a pattern compiled per name or fragment
are plain string searches now; they must find what the patterns found. Invented
names and words."""

from __future__ import annotations

from tui.core.attribution.fragments import _holds_words
from tui.core.attribution.names import ArticleNames, _literal_spots
from tui.core.paragraphs import make_article


def test_literal_spots_do_not_overlap_as_finditer() -> None:
    assert list(_literal_spots("aaaa", "aa")) == [0, 2]
    assert list(_literal_spots("x, Tam Orrel and x, Tam Orrel", ", Tam Orrel")) == [1, 18]
    assert list(_literal_spots("nothing here", ", Tam")) == []


def test_echoed_words_stand_alone() -> None:
    assert _holds_words("it went less badly than feared", "less badly")
    assert _holds_words("less badly", "less badly")
    assert not _holds_words("it went less badlyish", "less badly")
    assert not _holds_words("it went xless badly", "less badly")
    assert _holds_words("xless badly, then less badly", "less badly")  # (a later one)


def _gender(text: str, name: str) -> str | None:
    return ArticleNames(make_article("t", "t.txt", text)).gender_of(name)


def test_a_kin_noun_before_a_first_name_alone_tells_the_gender() -> None:
    text = (
        "Brindle Vossack runs a ferry at Tolm.\n\nQuorra Vossack keeps the books. "
        "Her husband, Brindle, 61, mends the nets."
    )
    assert _gender(text, "Brindle Vossack") == "m"


def test_a_first_name_alone_needs_a_stop_after_it() -> None:
    text = (
        "Brindle Vossack runs a ferry at Tolm.\n\nQuorra Vossack keeps the books. "
        "Her husband, Brindlemore and others mend the nets."
    )
    assert _gender(text, "Brindle Vossack") is None
