"""Issue 8: a name some noun phrase is "of" ("the makers of Lake House claim") may not
be the speaker (the makers are), so it is never a high-confidence speaker. Invented
names.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed

_QUOTE = ' the show is "a blatant copy of our format" and will sue.'


def test_a_name_after_of_is_not_a_sure_speaker() -> None:
    (q,) = attributed("The makers of Lake House claim" + _QUOTE)
    assert q.confidence == "medium"


def test_after_of_and_a_country_code_too() -> None:
    (q,) = attributed("The makers of US Lake House Media claim" + _QUOTE)
    assert q.confidence == "medium"


def test_the_name_on_its_own_is_sure() -> None:
    (q,) = attributed("Ilka Fenwick claims" + _QUOTE)
    assert (q.speaker, q.confidence) == ("Ilka Fenwick", "high")
    (q,) = attributed("Lake House Media claim" + _QUOTE)  # a body: never sure (doubt.py)
    assert (q.speaker, q.confidence) == ("Lake House Media", "medium")
