"""A body whose last word heads two joined nouns ("U.S. Tillage and Orchard
Services") keeps its whole name, not the tail after "and"; a person before "and"
stays a person. Invented names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_body_named_with_and_keeps_its_whole_name() -> None:
    q = attributed(
        "The governor wrote in May. A reply from U.S. Tillage and Orchard Services, dated "
        'four months later, said the agency "takes privacy seriously" and more.'
    )[-1]
    assert q.speaker == "U.S. Tillage and Orchard Services"


def test_a_person_before_and_is_no_part_of_the_body() -> None:
    q = attributed('Ann Roe and Tarn Services said they were "reviewing the rates" on Monday.')[-1]
    assert q.speaker != "Ann Roe and Tarn Services"
