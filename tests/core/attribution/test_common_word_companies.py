"""A company named by an ordinary word ("Lemon", the colour "lemon" in its branding)
speaks: the article writes the word in lower case too, but also capitalised alone inside
a sentence (`"Q," Lemon said`), which only a name is. A capitalised ordinary word that
only opens sentences stays no one. Invented names and words.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_common_word_company_speaks() -> None:
    body = (
        "Lemon said it was suing the Pipmobile service. Pipmobile uses Pipgroup's lemon "
        "branding.\n\n"
        "“Our brand is extremely important to us,” Lemon said in a statement. “We have "
        "been left with no choice.”"
    )
    assert [q.speaker for q in attributed(body)] == ["Lemon", "Lemon"]


def test_a_word_that_only_opens_sentences_is_no_one() -> None:
    body = (
        "Consumer spending fell in May. The consumer survey was gloomy.\n\n"
        "Consumer confidence was described as “shaky” by the end of the month."
    )
    assert attributed(body)[0].speaker is None
