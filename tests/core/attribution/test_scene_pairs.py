"""A scene of two told in bare lines ("Magnus drives. Trixie makes calls." ¶ "Q?" ¶
"A."): the two named in the paragraph before trade the lines, and when the quote right
after the run is cued to one of them ("..., she said."), the run ends on the other's
turn. A first name someone goes by is that person; a name right after "in"/"at" with
no gender known is where the scene is, not a third person. Invented names.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed

_INTRO = (
    "Beatrix Oyelaran-Fisk is running for the county board. Her husband, Magnus "
    "Oyelaran-Fisk, runs their bakery.\n\n"
    "Beatrix, 51, who goes by Trixie, has knocked on doors since May.\n\n"
    '"Somebody has to fix the potholes," Trixie Oyelaran-Fisk said.\n\n'
    '"She means it," Magnus Oyelaran-Fisk said.\n\n'
)


def _speakers(body: str) -> list[str | None]:
    return [q.speaker for q in attributed(_INTRO + body) if q.kind == "direct"][2:]


def test_a_bare_run_before_a_cued_turn_ends_on_the_other_side() -> None:
    speakers = _speakers(
        "On the road, the two keep a routine. Magnus drives. Trixie makes calls. At a stop "
        "in Port Varrow on Friday, they split up, then met by the door.\n\n"
        '"How many?"\n\n"Six signs."\n\n"Any pie?"\n\n"Plum."\n\n'
        '"Then it was a good day," she said.'
    )
    assert speakers == [
        "Beatrix Oyelaran-Fisk",
        "Magnus Oyelaran-Fisk",
        "Beatrix Oyelaran-Fisk",
        "Magnus Oyelaran-Fisk",
        "Beatrix Oyelaran-Fisk",
    ]


def test_without_a_cued_turn_after_the_first_named_speaks_first() -> None:
    speakers = _speakers(
        "On the road, Magnus drives and Trixie makes calls.\n\n"
        '"How many?"\n\n"Six signs."\n\nThey drove on.'
    )
    assert speakers == ["Magnus Oyelaran-Fisk", "Beatrix Oyelaran-Fisk"]
