"""Issue 8: `..., says Mr Pearson.` after a clause is the inverted "said X": the name
after the verb speaks, not a pronoun or body in the clause before the comma; medium
confidence when a quote stands before that clause. Not with verbs taking a person as
object ("..., told Judge Clark", "..., accused Ms King") nor when the name is what the
quote is about. Invented articles and names.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed

_INTRO = "Nadia Pelham runs the Velmore Group. Ivo Marsh is its critic. "


def test_the_name_after_an_inverted_verb_speaks() -> None:
    body = _INTRO + (
        '"Our looms never stop," they heard. '
        'The plant is "a model for the county", says Ms Pelham, who owns it.'
    )
    q = attributed(body)[-1]
    assert q.speaker == "Nadia Pelham"


def test_a_quote_before_the_clause_is_theirs_with_medium_confidence() -> None:
    body = _INTRO + (
        '"Access is limited across the county," Cheap prints give the firms more room in how '
        "they plan, said Ms Pelham."
    )
    q = [q for q in attributed(body) if q.kind == "direct"][-1]
    assert (q.speaker, q.confidence) == ("Nadia Pelham", "medium")


@pytest.mark.parametrize("verb", ["accused", "told"])
def test_not_a_verb_whose_object_is_a_person(verb: str) -> None:
    body = _INTRO + f'Ms Pelham, who left last year, {verb} Mr Marsh of being "a coward".'
    assert attributed(body)[-1].speaker == "Nadia Pelham"


def test_not_the_person_the_words_are_about() -> None:
    body = _INTRO + 'Ms Pelham spoke at length, and said Mr Marsh "should step aside" at once.'
    body = body.replace("at length, and said", "at length, said")
    assert attributed(body)[-1].speaker == "Nadia Pelham"


def test_asked_right_after_a_question_is_the_asker() -> None:
    # `"Q?" asked X`: the inverted tag of a question names who asked it; "asked" with a
    # subject before it (`she asked Ann Roe`) still names the one asked.
    intro = "Lorraine Ebersole had barely finished her remarks.\n\n"
    asked = attributed(intro + '"Will you cut it or not?" asked Walt Dubrow, a retired welder.')
    assert [q.speaker for q in asked] == ["Walt Dubrow"]
    told = attributed(intro + '"Will you cut it or not?" she asked Walt Dubrow.')
    assert [q.speaker for q in told] == ["Lorraine Ebersole"]
