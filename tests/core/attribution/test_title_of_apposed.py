"""Issue 8: "The group's chair, former Secretary of State Osric Pellandine, said": the
"of" inside a capitalised title does not break the apposition, so the person named in
it is the subject, not the phrase before. Invented names."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize(
    "title",
    [
        "former Secretary of State",
        "Minister of the Interior",
        "Chief of Staff",
        "Director of Public Works",
    ],
)
def test_a_title_with_of_names_the_subject(title: str) -> None:
    quotes = attributed(
        f"The panel's leader, {title} Osric Pellandine, said on Monday that he had heard "
        'from "thousands of voters" who were confused.\n\n"People stop trusting a count '
        'they cannot follow," he said.'
    )
    assert [q.speaker for q in quotes] == ["Osric Pellandine"] * 2


def test_a_lower_case_of_still_leads_away_from_the_subject() -> None:
    quotes = attributed(
        "The firm, a venture of Acme Tarn and Bolt Energy, said on Monday that it had "
        'heard from "thousands of voters" who were confused.'
    )
    assert quotes[0].speaker == "the firm"
