"""Issue 8, who: one drawn from a group ("One of them, a nurse at Harlow General,
said", "one of those people said") is the speaker, labelled by their description or
as one of the group, never the group (lexicon.PARTITIVE_GROUPS). Invented articles."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_one_of_them_described_speaks_by_the_description() -> None:
    quotes = attributed(
        'Nurses walked out at dawn.\n\nOne of them, a nurse at Harlow General, said "we '
        'cannot staff the ward."'
    )
    assert quotes[-1].speaker == "a nurse at Harlow General"


def test_one_of_the_protesters_described_after_the_cue() -> None:
    quotes = attributed(
        'Protesters filled the hall.\n\n"We were never asked," said one of the '
        "protesters, a teacher from Eastmoor."
    )
    assert quotes[-1].speaker == "a teacher from Eastmoor"


def test_one_of_those_people_is_one_of_them_not_the_person_before() -> None:
    quotes = attributed(
        "Gov. Colton Brisk urged both sides to return. People close to the governor said "
        'he is frustrated. "The governor wanted this done cleanly," one of those people '
        "said."
    )
    assert quotes[-1].speaker == "one of those people"


def test_the_official_later_is_one_of_those_officials() -> None:
    quotes = attributed(
        "Several officials objected to the plan.\n\nOne of those officials said the "
        'complaints had peaked in July.\n\n"The secretary heard it from a newspaper," '
        "the official said."
    )
    assert quotes[-1].speaker == "one of those officials"


def test_one_of_a_counted_group_keeps_its_noun() -> None:
    quotes = attributed(
        'Two former officials confirmed it. One of them said investigators had found "a '
        'second ledger."'
    )
    assert quotes[-1].speaker == "a former official"
