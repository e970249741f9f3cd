"""Issue 8, honest about doubt: a name right after a preposition of place may be the
place, or the paper someone writes in ("said a farmer in Harlow" in a story that names
a Tom Harlow; "wrote one reviewer in Rolling Stone magazine"), not the cue's subject:
it may stand, never at high confidence. A name the preposition's phrase only comes
before ("In Harlow, Mayor Ann Ray said") is sure as before. Invented names and words.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed
from tui.core.attribution.doubt import held_by_another


def _last(body: str) -> tuple[str | None, str | None]:
    q = attributed(body)[-1]
    return q.speaker, q.confidence


def test_a_name_after_in_is_not_sure() -> None:
    body = (
        "Tom Varrow, the county clerk, resigned on Monday.\n\n"
        '"We are ready to move on from all of it," said a farmer in Varrow.'
    )
    assert _last(body)[1] != "high"


def test_a_paper_written_in_is_not_sure() -> None:
    body = '"This is a hectoring, bloated mess of a film," wrote one critic in Penny Lane magazine.'
    assert _last(body)[1] != "high"


def test_a_name_after_the_place_phrase_stays_sure() -> None:
    body = (
        "Tom Varrow, the county clerk, resigned on Monday. In Varrow, Mayor Ann Ristow said"
        ' the town was "ready to move on from all of it."'
    )
    assert _last(body) == ("Ann Ristow", "high")


def test_places_joined_by_and_are_not_read_as_one_name() -> None:
    text = "He has been training in Holland and Ferguson said"
    at = text.index("Ferguson")
    assert not held_by_another(text, at, at + len("Ferguson"), text.index(" said") + 1)
    text = "He said it to a farmer from Varrow"
    assert held_by_another(text, text.index("Varrow"), len(text), text.index(" said") + 1)
