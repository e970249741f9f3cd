"""Couples speaking together are one speaker, labelled as the article names them
("Teodoro and Annelie Brzeczko"), never one of the two: at a cue naming both, as "the
couple" or "the Brzeczkos", and as "they" after a sentence about them. Each alone keeps
their own name. Invented articles and names.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed
from tui.core.model import Quote

_INTRO = "His parents, Teodoro and Annelie Brzeczko, say he was standing still.\n\n"


def _direct(body: str) -> list[Quote]:
    return [q for q in attributed(_INTRO + body) if q.kind == "direct"]


def test_both_named_at_the_cue_is_the_couple_not_the_second_name() -> None:
    quotes = _direct('"We will be back," Teodoro and Annelie Brzeczko said.')
    assert [(q.speaker, q.confidence) for q in quotes] == [("Teodoro and Annelie Brzeczko", "high")]


def test_the_couple_and_their_plural_name_are_the_couple() -> None:
    quotes = _direct(
        '"We called for help," the couple said in a statement. "Nobody came."\n\n'
        '"We never imagined this," the Brzeczkos said.'
    )
    assert [q.speaker for q in quotes] == ["Teodoro and Annelie Brzeczko"] * 3
    assert {q.confidence for q in quotes} == {"medium"}


def test_they_after_a_sentence_about_the_couple_is_the_couple() -> None:
    quotes = _direct(
        'A police spokesperson said the review was "under way."\n\n'
        "The Brzeczkos said they would keep pushing.\n\n"
        '"We are not going away," they said.'
    )
    assert quotes[-1].speaker == "Teodoro and Annelie Brzeczko"


def test_one_of_the_two_alone_keeps_her_name() -> None:
    quotes = _direct(
        "Annelie Brzeczko, a librarian, disputed that account.\n\n"
        '"He had an apple," she said. "That is the truth," Annelie Brzeczko added.'
    )
    assert [q.speaker for q in quotes] == ["Annelie Brzeczko"] * 2
