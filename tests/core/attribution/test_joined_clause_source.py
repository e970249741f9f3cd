"""Issue 8: "Ann Roe has stayed out of it, but a person close to her who was not
authorized to speak said Roe was "Q"": the unnamed source opening the joined clause
is who speaks, labelled with the whole phrase (its relative clause too), not the
name the reported clause opens with. Invented articles and names.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed
from tui.core.attribution.heads import label_end


def test_a_source_opening_a_joined_clause_speaks() -> None:
    quotes = attributed(
        "Mayor Ilse Vandermoot, a cautious Liberal, has stayed out of the fight, but a "
        "person close to the mayor who was not authorized to discuss her views said "
        "Vandermoot was “quietly furious” about the vote.\n"
    )
    assert quotes[0].speaker == (
        "a person close to the mayor who was not authorized to discuss her views"
    )


def test_a_label_goes_on_through_a_relative_clause_after_its_phrase() -> None:
    text = "a person close to the mayor who was not authorized to speak said"
    end = label_end(text, len("a person"), len(text) - len(" said"))
    assert text[:end] == "a person close to the mayor who was not authorized to speak"


def test_a_relative_clause_that_reports_ends_the_label() -> None:
    text = "a person close to the mayor who said the vote was lost"
    end = label_end(text, len("a person"), len(text))
    assert text[:end] == "a person close to the mayor"
