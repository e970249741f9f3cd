"""Issue 8, who: pronoun tags the people before them do not settle alone. Invented
articles and names.

- A fronted "For Hart," / "To Hart," opens a sentence on that person's view: the
  "she said" after is hers, not the subject of a sentence further back.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_fronted_for_names_whose_view_the_quote_gives() -> None:
    quotes = attributed(
        "Ann Lee, the council president, said the library had to close. Mia Hart, a "
        "teacher, spoke against it.\n\n"
        "Lee read the figures aloud. For Hart, the vote was personal. "
        '"My mother taught me to read there," she said.'
    )
    assert quotes[-1].speaker == "Mia Hart"


def test_a_fronted_to_names_whose_view_the_quote_gives() -> None:
    quotes = attributed(
        "Ann Lee, the council president, opened the meeting by reading the budget "
        "figures aloud.\n\n"
        'To Mia Hart, it made no sense. "We just paid for a new roof," she said.'
    )
    assert quotes[-1].speaker == "Mia Hart"


def test_a_fronted_to_outweighs_a_subject_after_a_time_phrase() -> None:
    quotes = attributed(
        "Ann Lee, the council president, opened the meeting by reading the budget "
        "figures aloud.\n\n"
        'For years, Mia Hart has taught at the school. To Lee, the roof came first. "We '
        'just paid for a new roof," she said.'
    )
    assert quotes[-1].speaker == "Ann Lee"
