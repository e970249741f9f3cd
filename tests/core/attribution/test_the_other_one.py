"""`"Q," the other woman replied` right after a quote of one of two women the article
names just before is the other woman's (medium), and so are the quotes carried over
from it; with a third woman named in reach, or a man speaking last, the label stays as
written. Invented articles and names.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed
from tui.core.model import Quote

_TWO = (
    "State Sen. Helen Vintner sponsored the bill. Rep. Bastian Kell opposed it.\n\n"
    "Vintner, reached again later, welcomed the hearing. Sen. Margaret Halm, who chairs "
    "the committee, said she had not read it.\n\n"
)
_TURN = (
    "\u201cA hearing is a hearing,\u201d she said. \u201cI promise nothing.\u201d\n\n"
    "\u201cI will take a hearing,\u201d the other woman replied. "
    "\u201cI have asked for years.\u201d\n"
)


def _direct(body: str) -> list[Quote]:
    return [q for q in attributed(body) if q.kind == "direct"]


def test_the_other_woman_is_the_one_who_did_not_speak_last() -> None:
    quotes = _direct(_TWO + _TURN)
    assert [q.speaker for q in quotes] == ["Margaret Halm"] * 2 + ["Helen Vintner"] * 2
    assert [q.confidence for q in quotes[2:]] == ["medium", "medium"]


def test_a_third_woman_in_reach_leaves_the_label() -> None:
    third = "Rep. Susan Orrick watched from the gallery.\n\n"
    quotes = _direct(_TWO + third + _TURN)
    assert quotes[2].speaker == "the other woman"


def test_after_a_man_speaking_last_the_label_stays() -> None:
    turn = _TURN.replace("she said", "Kell said")
    quotes = _direct(_TWO + turn)
    assert quotes[0].speaker == "Bastian Kell"
    assert quotes[2].speaker == "the other woman"
