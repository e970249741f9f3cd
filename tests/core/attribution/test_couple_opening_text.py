"""Issue 8: a couple named at the very start of the article's first paragraph ("Mary
and Tobin Wyke-Tolland have farmed ...") shares its surname like one named later: the
headline's last word, on the line above, is no name standing before the first given
name. Invented articles and names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def _speakers(body: str) -> list[str | None]:
    return [q.speaker for q in attributed(body) if q.kind == "direct"]


def test_a_couple_opening_the_first_paragraph_shares_the_surname() -> None:
    body = (
        "Mary and Tobin Wyke-Tolland have farmed oats outside Penhallow for thirty "
        'years.\n\n"We never had a year like this," Mary said.\n\n'
        '"Not even in the drought," Tobin said.\n'
    )
    assert _speakers(body) == ["Mary Wyke-Tolland", "Tobin Wyke-Tolland"]


def test_a_couple_of_siblings_opening_the_article() -> None:
    body = (
        "Susan and Peter Halloran-Mott opened the ferry cafe in 2011.\n\n"
        '"The ferry brings everyone past our door," Susan said.\n'
    )
    assert _speakers(body) == ["Susan Halloran-Mott"]


def test_two_people_named_in_full_at_the_start_are_no_couple() -> None:
    body = (
        "Linus Beckworth and Clara Ondaatje-Reyes share an office on Quill Street.\n\n"
        '"We disagree about everything," Beckworth said.\n'
    )
    assert _speakers(body) == ["Linus Beckworth"]
