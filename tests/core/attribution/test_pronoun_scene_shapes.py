"""Issue 8: "he said" / "she said" in scenes with several people of one gender
(tui/core/attribution/salience.py, cues.py). Invented articles and names.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed
from tui.core.attribution.cues import nominals

_BEFORE = (
    "Rep. Helen Marrow-Pike shook her head. She later told reporters that the chief "
    "had “lost our trust.”\n\n"
)


def test_a_name_apposed_to_the_opening_phrase_with_its_home_is_the_subject() -> None:
    # "The panel's top Democrat, Rep. X of Georgia, was ...": X is the subject even
    # with "of Georgia" after the name, so the next "she" is X, not the woman before.
    body = (
        _BEFORE + "The panel’s top Democrat, Rep. Wenda Stroh-Vail of Georgia, was "
        "gentler in tone.\n\n“I do not want a scapegoat,” she said."
    )
    assert attributed(body)[-1].speaker == "Wenda Stroh-Vail"


def test_a_hyphened_role_is_no_cut_person_noun() -> None:
    # "A county judge-executive who has backed him, X, said": no "a county judge"
    # speaks; the name apposed to the whole description does.
    body = (
        "Sheriff Odo Brask runs the county.\n\nA county judge-executive who has backed "
        "him, Fenn Colby, said the name fit. “Everybody knows who is in charge,” he said."
    )
    assert attributed(body)[-1].speaker == "Fenn Colby"


def test_an_elect_tail_keeps_the_person_noun() -> None:
    found = nominals("the spokesman-designate said", 0, 28)
    assert [m.group(0) for m in found] == ["the spokesman"]
    found = nominals("a county judge-executive said", 0, 29)
    assert "a county judge" not in [m.group(0) for m in found]


def test_she_replied_after_someone_pressed_her_is_the_one_pressed() -> None:
    body = (
        "Gov. Helen Varnholt faced Dax Quimby in the debate.\n\nModerator Petra Oxley of "
        "WZZT pressed the governor on why she had dropped a similar plan. “I bargain. "
        "That is my job,” she replied."
    )
    q = attributed(body)[-1]
    assert q.speaker == "Helen Varnholt"
    assert q.confidence in ("medium", "low")


def test_she_replied_in_the_next_paragraph_is_the_one_asked() -> None:
    body = (
        "Gov. Helen Varnholt faced Dax Quimby in the debate.\n\nModerator Petra Oxley "
        "asked Varnholt why she had dropped a similar plan.\n\n“I bargain. That is my "
        "job,” she replied."
    )
    assert attributed(body)[-1].speaker == "Helen Varnholt"


def test_a_name_apposed_to_a_described_neighbor_is_a_person_who_speaks_next() -> None:
    # "Her neighbor in the stands, X, disagreed.": X (a given name no list knows) is the
    # subject (past the place phrase) and speaks up, so the next "she" is X, not the
    # woman quoted before.
    body = (
        "Not all were angry. Wilma Trask, 70, a retired cook, said she came to back "
        "the senator.\n\n“He took it,” she said. “The pain is short.”\n\n"
        "Her neighbor in the stands, Quirra Olund, disagreed. “Short for who?” she said."
    )
    assert attributed(body)[-1].speaker == "Quirra Olund"
