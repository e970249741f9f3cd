"""Issue 8, pattern 8: who a "he"/"she" after a paragraph goes on with, read from
the grammar of the sentences before it (tui/core/attribution/salience.py). Invented
articles and names (most given names here are in no name list on purpose)."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def _last(body: str) -> str | None:
    return attributed(body)[-1].speaker


def test_a_joined_clause_s_apposed_source_is_who_the_sentence_ends_on() -> None:
    # "..., but a spokesman, NAME, said": the later clause's subject, a man by his noun.
    body = (
        "Senator Halvard Quenby of Vermont and Senator Ottilie Marsh-Vane of Ohio joined "
        "the push. Mr. Quenby issued a brief statement. Ms. Marsh-Vane did not respond to "
        "requests for comment, but a spokesman, Tarik Oyelowo, said her position had not "
        "changed.\n\n"
        '"She has been clear since the spring," he said.'
    )
    assert _last(body) == "Tarik Oyelowo"


def test_a_titled_name_after_the_is_a_person() -> None:
    # "The family's pastor, the Rev. NAME, led": "the" before a title is no firm's.
    body = (
        '"Families are stuck," said Brannoc Tilley, director of a small advocacy group.\n\n'
        "About 200 people marched to City Hall on Sunday. The family's pastor, the Rev. "
        "Ozwin Fairley-Ombaso, led the crowd in prayer.\n\n"
        '"This family did everything right," he told the crowd.'
    )
    assert _last(body) == "Ozwin Fairley-Ombaso"


def test_an_unnamed_source_after_a_dated_opening_is_the_subject() -> None:
    # "At a meeting in February, a committeeman ... told": "February," ends the
    # fronted opening, it is no name the committeeman describes.
    body = (
        "Governor Hollis Brandvik has defended the state's elections. His office said he "
        "had zero tolerance for threats.\n\n"
        "Not everyone sees it the same way. At a party meeting in February, a precinct "
        "committeeman who asked not to be named told reporters that he condemned the "
        "threats.\n\n"
        '"Nobody should be threatening anybody," he said.'
    )
    assert _last(body) == "a precinct committeeman who asked not to be named"


def test_a_man_named_after_a_subject_he_is_not_who_the_next_he_means() -> None:
    # "he returned to the farm, run by his grandson, NAME. He wrote": the grandson is
    # not "he", so the next "he" goes on with the one the first "he" meant.
    body = (
        "Orrin Vaskell, who served four terms in the Senate, died on Friday. He was 88.\n\n"
        '"I came here to work," he said on the floor in 1990.\n\n'
        "In retirement, he returned to the farm, which is now run by his grandson, Dace "
        "Vaskell-Amory. He wrote a memoir in 2012.\n\n"
        '"We used to disagree all day and eat supper together," he wrote.'
    )
    assert _last(body) == "Orrin Vaskell"
