"""A document whose owner is written in its own phrase speaks for that owner: a name's
("Tarn County's first denial letter said the county could not "Q"") and a pronoun's
with a word between ("His campaign website says he will "Q""). Invented names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_names_document_with_two_words_between_speaks_for_the_name() -> None:
    body = (
        "The Quellmoor Housing Agency, or QHA, denied her claim twice. QHA\u2019s first "
        "denial letter said the agency could not \u201cverify ownership of the dwelling.\u201d"
    )
    q = attributed(body)[-1]
    assert q.speaker == "Quellmoor Housing Agency"
    assert q.confidence == "medium"


def test_a_pronouns_document_with_a_word_between_speaks_for_its_person() -> None:
    body = (
        "The race is tied. Orrin Castlemere has avoided the subject. His campaign "
        "website says he will \u201cprotect pensions for seniors\u201d but offers no details."
    )
    assert attributed(body)[-1].speaker == "Orrin Castlemere"
