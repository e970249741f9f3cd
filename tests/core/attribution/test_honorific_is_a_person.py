"""Issue 8, pronouns: a name under a person's honorific ("Sen. Corvin Maltby") is surely a
person, as one apposed to a person is, so a genderless unnamed source quoted twice before
does not outweigh the sentence subject that the next "he" stands for. Invented names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_senator_outweighs_an_unnamed_aide_quoted_before() -> None:
    quotes = attributed(
        "A party aide who tracks the count said the clause was the trouble. "
        "\u201cDo the sums,\u201d the aide said.\n\n"
        "Sen. Corvin Maltby (R-Ore.), the lead sponsor, is pushing hard to keep the clause. "
        "In a post late Saturday, he wrote: \u201cBuild it here or lose it.\u201d"
    )
    assert [q.speaker for q in quotes] == ["a party aide who tracks the count", "Corvin Maltby"]
