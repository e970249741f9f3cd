"""Issue 8, pattern 10: a capitalised office whose complement is part of its name
("Secretary of State Ada Roe", "Chancellor of the Exchequer Ada Roe") ties its head
to the person, so "the secretary said" is hers, not the story's main person's.
Invented names.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed
from tui.core.attribution.roles import read_ties


def _ties(text: str) -> dict[str, set[str]]:
    at = text.index("Ada")
    return read_ties(text, [(at, at + 7, "Ada Roe", False)])


def test_the_office_before_its_complement_is_tied() -> None:
    assert _ties("Tarrow Secretary of State Ada Roe spoke.") == {
        "secretary of state": {"Ada Roe"},
        "secretary": {"Ada Roe"},
    }
    assert _ties("Chancellor of the Exchequer Ada Roe spoke.")["chancellor"] == {"Ada Roe"}


def test_a_lower_case_role_before_a_body_is_no_office_of_hers() -> None:
    """ "a spokesman for the Elm Society Ada Roe": the spokesman is not she."""
    ties = _ties("A spokesman for the Elm Phonographic Society Ada Roe spoke.")
    assert not any(role.startswith("spokesman") for role in ties)


def test_the_secretary_is_the_one_so_titled_not_the_story_s_lead() -> None:
    body = (
        "Eve Strand answered the door.\n\nStrand had served 22 years. Strand left in "
        "May.\n\n“I did it for 22 years,” Strand said.\n\nTarrow Secretary of State Ada "
        "Roe, a Democrat, has pushed for a law on threats.\n\n“Pay them and protect "
        "them,” the secretary said in an interview."
    )
    assert attributed(body)[-1].speaker == "Ada Roe"
