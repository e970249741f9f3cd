"""A clause-long partial with no cue, in the sentence right after a named speaker's
direct quote in the same paragraph, is that speaker going on (a low-confidence guess):
`"Q," said Ann Crane, a strategist. The deficit "is a big issue going forward".` Not
when a sentence of the reporter's stands between, when a person is named before it, or
for a short term. Invented names and places.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed

_LEAD = "“The key worry remains,” said Ann Crane, a strategist at Tabor Bank in Boston."


def test_the_next_sentences_partial_goes_on() -> None:
    body = (
        f"Trade gaps widened.\n\n{_LEAD} The deficit and the gap with Ruritania "
        "“are big issues going forward”."
    )
    q = attributed(body)[1]
    assert (q.speaker, q.confidence) == ("Ann Crane", "low")


def test_a_copula_before_the_partial() -> None:
    body = f"Oil use jumped.\n\n{_LEAD} Ruritania is a “fast growing economy that needs oil”."
    q = attributed(body)[1]
    assert (q.speaker, q.confidence) == ("Ann Crane", "low")


def test_an_object_partial_is_the_writers() -> None:
    body = f"Oil use jumped.\n\n{_LEAD} Many towns now want a “smart harbour of their own”."
    assert attributed(body)[1].speaker is None


def test_a_sentence_between_stops_it() -> None:
    body = (
        f"Trade gaps widened.\n\n{_LEAD} The dollar fell. The deficit “is a big issue "
        "going forward for all”."
    )
    assert attributed(body)[1].speaker is None


def test_a_person_named_before_it_stops_it() -> None:
    body = (
        f"Trade gaps widened.\n\n{_LEAD} Ben Lowe's deficit “is a big issue going forward for all”."
    )
    assert attributed(body)[1].speaker != "Ann Crane"


def test_a_short_term_stays_a_scare_quote() -> None:
    body = f"Trade gaps widened.\n\n{_LEAD} The firm signed a “letter of intent”."
    q = attributed(body)[1]
    assert (q.kind, q.speaker) == ("scare", None)
