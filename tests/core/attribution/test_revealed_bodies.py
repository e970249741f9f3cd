"""A body brought in unnamed and named a sentence later speaks by that name: "a rival
bidder ... That company, Tarn Timber Group, wrote", "the memo says ... The firm that
wrote the memo, Ely Park & Associates," (issue 8, bodies and documents as speakers;
invented names)."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_an_unnamed_body_named_by_its_kind_in_the_next_sentence() -> None:
    body = (
        "The audit found that the grants were steered to a friend.\n\n"
        "In a filing last year, a rival bidder had alleged that the process was "
        '"rigged from the outset." That company, Quellmark Timber Group, wrote in its '
        "complaint:\n\n"
        '"Plaintiff was told by an employee that the outcome had been decided before the '
        'panel met."\n\nA judge dismissed that suit in March.'
    )
    assert {q.speaker for q in attributed(body)} == {"Quellmark Timber Group"}


def test_a_document_s_issuer_named_after_its_quote() -> None:
    body = (
        "A memo circulated among members by a polling firm in February found that voters "
        "ranked the issue ninth.\n\n"
        '"Voters who rank it first already vote for us," the memo says.\n\n'
        "The firm that wrote the memo, Ostrava Lane & Associates, declined to discuss it."
    )
    assert attributed(body)[0].speaker == "Ostrava Lane & Associates"


def test_no_rename_when_a_person_is_named() -> None:
    body = (
        'A rival bidder had alleged that the process was "rigged." That company, Orla '
        "Venn, said nothing more."
    )
    assert attributed(body)[0].speaker != "Orla Venn"


def test_a_described_body_goes_by_the_name_it_organized_as() -> None:
    body = (
        "The list holds novels and memoirs.\n\nThe review began after a group of parents, "
        "organized as Quellia Families for Calm, sent a list of books they said held "
        '"unfit material."'
    )
    assert attributed(body)[0].speaker == "Quellia Families for Calm"
