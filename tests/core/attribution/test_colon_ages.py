"""Issue 8, pattern 3: round-up lines in council minutes and hearings give the
speaker's age before the colon (`Orchard Hill resident Ann Roe, 71: "Q"`): the name
speaks, as in `Tomas Reyes, Evening Ledger: "Q"` (tui/core/attribution/attribute.py,
``colon_speaker``). Invented names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_name_and_age_before_a_colon_speak_the_quote() -> None:
    body = (
        "More than 60 people spoke during a public hearing. Some of their comments:\n\n"
        'Linden Park resident Horatio Brightwell, 71: "I bought my house in 1986 because '
        'it was quiet. I just want it to stay quiet."\n\n'
        'Elementary school teacher Marisela Acosta-Lindqvist, 29: "I teach your '
        'grandkids. Please let me live here."'
    )
    quotes = attributed(body)
    assert [(q.speaker, q.speaker_how) for q in quotes] == [
        ("Horatio Brightwell", "colon"),
        ("Marisela Acosta-Lindqvist", "colon"),
    ]


def test_a_number_that_is_no_age_leaves_the_colon_alone() -> None:
    # "the vote was 5-2:" ends in a number too, but no name stands before it.
    body = 'The council voted on Tuesday, and the tally was 5-2: "a clear mandate."'
    assert attributed(body)[-1].speaker is None
