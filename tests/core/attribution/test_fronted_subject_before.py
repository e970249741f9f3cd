"""A quote with no cue after a sentence whose subject is a person named after an opening
phrase ("On this subject, Vole appears evangelical.", "Writing in the Herald, Ivo Orrin
set out his view.") is most likely that person's, as when the name opens the sentence
(a guess: low). Invented names."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Tessa Vole is no fan of the union. On this subject, Vole appears almost "
            'evangelical. "I was on a cruise and so was the union chief."',
            "Tessa Vole",
        ),
        (
            "The vote is close. Writing in the Varn Herald, Ivo Orrin set out his view of "
            'the plan. "Our aim is not just growth but full employment."',
            "Ivo Orrin",
        ),
    ],
)
def test_a_name_after_an_opening_phrase_speaks_the_quote_after(body: str, speaker: str) -> None:
    q = attributed(body)[-1]
    assert q.speaker == speaker
    assert q.confidence == "low"


def test_a_name_inside_the_opening_phrase_is_not_taken_past_its_clause() -> None:
    # The opening phrase's own name is no subject; the clause after it names nobody.
    body = (
        "The vote is close. After the defeat of Ivo Orrin, the party went quiet. "
        '"We need a new start."'
    )
    assert attributed(body)[-1].speaker is None


def test_a_person_opening_the_quotes_paragraph_beats_a_cue_paragraphs_before() -> None:
    body = (
        "Ivo Orrin will have a key role in the campaign, the premier insisted.\n\n"
        "Writing in the Varn Herald, Tam Brisk set out his view of the party's course. "
        '"Our aim is not just growth but full employment."'
    )
    q = attributed(body)[-1]
    assert q.speaker == "Tam Brisk"
    assert q.confidence == "low"


def test_a_cue_in_the_quotes_own_paragraph_still_wins() -> None:
    body = (
        "Ivo Orrin spoke on Monday.\n\n"
        "Tam Brisk sat beside her. Ada Quill insisted the plan would work. "
        '"Our aim is not just growth but full employment."'
    )
    assert attributed(body)[-1].speaker == "Ada Quill"
