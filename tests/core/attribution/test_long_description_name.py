"""Issue 8, who: `A retired Forest Service ranger who lost his job in the cuts, Ignatz
Fairwold, told the council ...`: the name closed off after a long description (a
relative clause ends it) is the sentence's subject, so the "he" after is that person,
not the description. Invented article and names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_the_name_after_a_long_description_is_the_later_he() -> None:
    quotes = attributed(
        '"We are short of staff," Sheriff Dalton Brisk said.\n\n'
        "A retired Forest Service ranger who lost his job in the cuts, Ignatz Fairwold, "
        "told the council the pumps would fail.\n\n"
        '"Nobody listens," he said.'
    )
    assert quotes[-1].speaker == "Ignatz Fairwold"


def test_a_name_inside_the_relative_clause_is_no_apposition() -> None:
    quotes = attributed(
        '"We are short of staff," Sheriff Dalton Brisk said.\n\n'
        "A retired Forest Service ranger who once worked for Ignatz Fairwold, the "
        "county's first warden, told the council the pumps would fail.\n\n"
        '"Nobody listens," he said.'
    )
    assert quotes[-1].speaker != "Ignatz Fairwold"
