"""A source named after a copula ("Pellow's future has been the source of speculation")
is what the subject is, a cause, not an unnamed person: a "he said" after it is the
man the sentence is about. A source brought in as one ("the source said") still
speaks. Invented articles and names.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed

_BODY = (
    "Ostley have confirmed Dunmore made a bid for Kane Pellow. "
    "Ostley director Ida Marsh said the bid was poor. "
    "Pellow's future at Ostley {copula} the source of speculation for weeks. "
    '"The crowd gave me a big ovation on Saturday, which was nice," he said.'
)


@pytest.mark.parametrize("copula", ["has been", "was", "remains"])
def test_a_predicate_source_is_no_speaker(copula: str) -> None:
    quotes = attributed(_BODY.format(copula=copula))
    assert quotes[-1].speaker == "Kane Pellow"


def test_a_source_that_speaks_stands() -> None:
    body = 'The report came from a source close to the club. "It is true," the source said.'
    quotes = attributed(body)
    assert "source" in (quotes[-1].speaker or "")
