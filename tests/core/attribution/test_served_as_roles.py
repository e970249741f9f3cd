"""A relative clause tying a job to a person ("Noa Vell, who worked as a legislative
aide for two years," ... "the former legislative aide said"; "Ivo Brand, a Democrat
who has served as the county assessor since 2009," ... "the assessor said") ties that
role as an apposition does. Invented names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed
from tui.core.attribution.roles import read_ties


def _said(body: str) -> str | None:
    return attributed(body)[-1].speaker


def test_worked_as_ties_the_role_and_the_former_role() -> None:
    text = "Noa Vell, who worked as a legislative aide for two years, left."
    ties = read_ties(text, [(0, 8, "Noa Vell", False)])
    assert ties.get("legislative aide") == {"Noa Vell"}
    assert ties.get("former legislative aide") == {"Noa Vell"}


def test_has_served_as_ties_the_present_role_only() -> None:
    text = "Ivo Brand, a Democrat who has served as the county assessor since 2009, spoke."
    ties = read_ties(text, [(0, 9, "Ivo Brand", False)])
    assert ties.get("county assessor") == {"Ivo Brand"}
    assert "former county assessor" not in ties


def test_who_without_as_ties_nothing() -> None:
    text = "Noa Vell, who worked for the senator for two years, left."
    assert read_ties(text, [(0, 8, "Noa Vell", False)]) == {}


def test_the_former_aide_is_the_one_who_worked_as_one() -> None:
    body = (
        "“It was quiet,” said Noa Vell, who worked as a legislative aide for two years.\n\n"
        "Ivo Brand runs the office now. He declined to comment.\n\n"
        "“I drafted that bill,” the former legislative aide said."
    )
    assert _said(body) == "Noa Vell"


def test_the_assessor_is_the_one_who_has_served_as_one() -> None:
    body = (
        "Ivo Brand, a Democrat who has served as the county assessor since 2009, opposes it.\n\n"
        "The assessor said she had backed the tax before. “This one is different,” "
        "the assessor said."
    )
    assert _said(body) == "Ivo Brand"


def test_a_job_held_to_someone_ties_as_one_held_for_them() -> None:
    """ "who worked as an aide to Sen. ...": the job's complement may open with "to"."""
    body = (
        "Bo Fennick, who worked as an aide to Sen. Ada Quellmore, spoke on Tuesday. He had"
        " doubts.\n\n\u201cWe will lose,\u201d the former aide said.\n"
    )
    assert attributed(body)[-1].speaker == "Bo Fennick"
