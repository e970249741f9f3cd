"""Issue 8, honest about doubt: a partial quote with no cue of its own takes the speaker
of the quote before it in the sentence. After a turn of the sentence ("but", "though",
"yet", "however") its words may be the first speaker's, the other side's or the
writer's: carried over, it is not sure (medium, never high). Who gets it is unchanged.
The same verb going on ("but that", "but also") or the same subject ("but worried")
keeps it sure. Invented names and words.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed
from tui.core.attribution.doubt import turned_by_contrast

_FIRST = 'Orla Pennick said the levy was "the fairest we have had in a decade"'
_SECOND = '"rising faster than anyone in the valley expected."'


def _second(joint: str) -> tuple[str | None, str | None]:
    q = attributed(f"{_FIRST}{joint}{_SECOND}")[-1]
    return q.speaker, q.confidence


@pytest.mark.parametrize(
    "joint",
    [
        ", though the river was ",
        ", but the river was ",
        ", yet the river was ",
        "; the river, however, was ",
        ", although the river was ",
    ],
)
def test_a_carried_partial_after_a_turn_is_not_sure(joint: str) -> None:
    assert _second(joint) == ("Orla Pennick", "medium")


@pytest.mark.parametrize(
    "joint",
    [" and the river was ", " but that the river was ", ", but worried it was "],
)
def test_the_same_verb_or_subject_going_on_stays_sure(joint: str) -> None:
    assert _second(joint) == ("Orla Pennick", "high")


def test_yet_as_an_adverb_is_no_turn() -> None:
    text = ' "Q1" and had yet to prove '
    assert not turned_by_contrast(text, 0, len(text))
    text = ' "Q1", yet the river was '
    assert turned_by_contrast(text, 0, len(text))


@pytest.mark.parametrize("joint", [", while the river was ", ", whilst the river was "])
def test_a_carried_partial_after_a_bare_while_is_not_sure(joint: str) -> None:
    assert _second(joint) == ("Orla Pennick", "medium")


def test_while_with_the_same_subject_or_as_a_noun_is_no_turn() -> None:
    text = ' "Q1," while insisting it was '
    assert not turned_by_contrast(text, 0, len(text))
    text = ' "Q1" for a while and that it was '
    assert not turned_by_contrast(text, 0, len(text))
