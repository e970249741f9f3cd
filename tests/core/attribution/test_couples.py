"""Couples speaking together are one speaker, labelled as the article names them
("Teodoro and Annelie Brzeczko"), never one of the two: at a cue naming both, as "the
couple" or "the Brzeczkos", and as "they" after a sentence about them. Each alone keeps
their own name. "Her husband" is the man named by a part of her joined family name
("Marisol Fennick-Adair" ... "Rupert Adair"), and one she looks at or turns to is who
"he" then means. Invented articles and names.
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


_JOINED = (
    "The campaign of Marisol Fennick-Adair, who is running for the county board, is run "
    "from her kitchen.\n\n"
    "Her husband knows the work. Rupert Adair ran for the same seat and lost.\n\n"
    '"This is the same campaign with a new name," Rep. Walter Velloway said at a forum.\n\n'
)


def test_her_husband_is_the_man_named_by_a_part_of_her_joined_name() -> None:
    quotes = _direct_of(
        _JOINED + "Asked about that, Fennick-Adair laughed and looked at her husband. "
        "He did not laugh.\n\n"
        '"I made mistakes in that race," he said.'
    )
    assert quotes[-1].speaker == "Rupert Adair"


def test_a_gesture_to_a_named_man_leads_to_the_next_he() -> None:
    quotes = _direct_of(
        '"We lost that race," Rep. Walter Velloway said at a forum.\n\n'
        "Asked about that, Marisol Fennick-Adair turned to Rupert Brantwell. "
        "He shrugged.\n\n"
        '"I made mistakes," he said.'
    )
    assert quotes[-1].speaker == "Rupert Brantwell"


def _direct_of(body: str) -> list[Quote]:
    return [q for q in attributed(body) if q.kind == "direct"]


def test_a_couple_opening_a_sentence_after_a_connective_is_two_people() -> None:
    quotes = _direct(
        "When Priya and Declan Osterhage-Vint heard the verdict, they left the room.\n\n"
        '"We waited four years," Priya said.\n\n'
        "Declan, a welder, sat beside her and read from a card.\n\n"
        '"I still have every letter."\n\n'
        'Later, Priya looked at her husband. "Enough," she said. "Agreed," he said.'
    )
    assert [q.speaker for q in quotes] == [
        "Priya Osterhage-Vint",
        "Declan Osterhage-Vint",
        "Priya Osterhage-Vint",
        "Declan Osterhage-Vint",
    ]
