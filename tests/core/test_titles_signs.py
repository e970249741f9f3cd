"""Issue 8 (detection): what signs, shirts and banners say, titles set in apposition
after the marks, titles listed after a colon, and the same words again later, are
titles (no one's words, never attributed). Invented articles and names.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


def _kinds(body: str) -> list[tuple[str, str | None]]:
    return [(q.kind, q.speaker) for q in attributed(body)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Others spoke in favor, many of them in orange T-shirts reading “Build Marlow Ridge.”",
        "Signs in the crowd read “Farmers for Ostrander” and, in one case, “Bust the Mills.”",
        "Demonstrators held banners bearing “Fair Maps Now” outside the court.",
    ],
)
def test_what_signs_and_shirts_say(sentence: str) -> None:
    body = "“We need the jobs,” said Tobiah Renwick-Osei, a welder. " + sentence
    kinds = _kinds(body)
    assert kinds[0] == ("direct", "Tobiah Renwick-Osei")
    assert all(k == ("title", None) for k in kinds[1:])


def test_a_chant_after_a_sign_is_no_title() -> None:
    body = (
        "Protesters held signs reading “Fix the Fund Now” and chanted "
        "“Where is our money?” at the motorcade."
    )
    assert [k for k, _ in _kinds(body)] == ["title", "direct"]


def test_titles_in_a_list_with_the_work_named_after_them() -> None:
    body = (
        "“The rest are there because somebody did not like the politics,” said Ilse "
        "Marrow-Dunne, a librarian. Among the titles: “The Salt Flats Years,” Ada "
        "Quillon’s novel about three generations of a family; and “Otters Make a "
        "Home,” a picture book for children."
    )
    assert [k for k, _ in _kinds(body)] == ["direct", "title", "title"]


def test_a_title_named_on_a_show_in_apposition() -> None:
    body = (
        "Treasury Secretary Joanna Perrault-Vane, appearing on “This Week in Trade,” "
        "said the measures would run out."
    )
    assert [k for k, _ in _kinds(body)] == ["title"]


def test_the_same_words_as_a_title_named_before() -> None:
    body = (
        "The board kept the novel “The Salt Flats” and a memoir, “Boy on the Bridge.”\n\n"
        "Amara Quist-Obi, a junior, said “Boy on the Bridge” had helped her understand "
        "a friend."
    )
    assert [k for k, _ in _kinds(body)] == ["title", "title", "title"]


def test_a_show_whose_title_holds_an_ampersand() -> None:
    """`said on "Fox & Friends Weekend."`: "&" is a small word of a title."""
    body = (
        "\u201cMy hands were tied,\u201d Sheriff Grady Holmark said on \u201cTarn & Friends"
        " Weekend.\u201d \u201cWe had him in our jail.\u201d"
    )
    quotes = attributed(body)
    assert quotes[1].kind == "title" and quotes[1].speaker is None
