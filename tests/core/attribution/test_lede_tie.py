"""Issue 8: a story opens on a description of its person ("The governor's nominee to
lead the Parks Department faced questions ...") and names them as the next
paragraph's subject; later "the nominee said" is that person. Not when the next
paragraph opens on someone holding another role, nor for a source the lede leaves
unnamed on purpose. Invented articles and names.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed

_LEDE = (
    "The governor's nominee to lead the Parks Department faced sharp questions Monday "
    "about her years at a timber company.\n\n"
)
_LATER = (
    "Sen. Corwin Blaylock pressed her on the sale of a ridge. "
    '"You signed that deed," Blaylock said.\n\n'
    '"I signed what my employer asked me to sign," the nominee replied.'
)


def _last(body: str) -> str | None:
    return attributed(body)[-1].speaker


def test_the_lede_description_is_the_person_the_next_paragraph_opens_on() -> None:
    body = (
        _LEDE + "Odalys Prewitt-Vance, who ran the company's land office for a decade, told the "
        "committee she would step aside from any timber matter.\n\n" + _LATER
    )
    assert _last(body) == "Odalys Prewitt-Vance"


def test_an_indefinite_lede_ties_its_head_too() -> None:
    body = (
        "A longtime candidate for the county board is suing the clerk over a recount.\n\n"
        "Wendell Okafor-Strand, 61, filed the suit Tuesday in district court.\n\n"
        "The clerk, Ines Maddox, defended the count. "
        '"Every ballot was handled twice," Maddox said.\n\n'
        '"Then show us the second count," the candidate said.'
    )
    assert _last(body) == "Wendell Okafor-Strand"


def test_not_when_the_next_paragraph_opens_on_another_office() -> None:
    body = _LEDE + "Sen. Corwin Blaylock said he would vote against her.\n\n" + _LATER
    assert _last(body) == "the nominee"


def test_not_when_the_next_paragraph_opens_on_someone_given_another_role() -> None:
    body = (
        _LEDE + "Odalys Prewitt-Vance, a spokeswoman for the governor, said the questions were "
        "unfair.\n\n" + _LATER
    )
    assert _last(body) == "the nominee"


def test_not_for_a_source_the_lede_leaves_unnamed() -> None:
    body = (
        "A senior aide to the governor warned Monday that the parks budget would be cut.\n\n"
        "Odalys Prewitt-Vance, the parks director, told the committee she had not been "
        "consulted.\n\n"
        '"The cut is coming," the aide said.'
    )
    assert _last(body) != "Odalys Prewitt-Vance"
