"""Issue 8: role nouns ("the senator", "the judge", "the spokesman") resolved through
the article's people and the roles it gives them: offices written as honorifics
("Sen. Ada Roe"), appositions with a possessive or a complement ("Its chief executive,
Ada Roe,", "A spokesman for the port, Lt. Col. Dane Holt,", "Roe, a Republican,"),
and, when several people hold a role, the one named last before the quote.
Invented articles and names.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed
from tui.core.attribution.names import ArticleNames
from tui.core.attribution.roles import read_ties
from tui.core.paragraphs import make_article


def _speakers(body: str) -> list[str | None]:
    return [q.speaker for q in attributed(body) if q.kind == "direct"]


@pytest.mark.parametrize(
    ("honorific", "role"),
    [
        ("Sen.", "the senator"),
        ("Gov.", "the governor"),
        ("Rep.", "the congresswoman"),
        ("Mayor", "the mayor"),
        ("Judge", "the judge"),
    ],
)
def test_an_office_written_as_an_honorific_ties_its_role(honorific: str, role: str) -> None:
    body = (
        f"{honorific} Ines Okonkwo-Bray toured the dam on Friday.\n\n"
        f'"The spillway held," {role} said.'
    )
    assert _speakers(body) == ["Ines Okonkwo-Bray"]


def test_a_qualified_office_is_another_role() -> None:
    body = (
        "Gov. Lena Vashti and Lt. Gov. Amos Treacle met the crews.\n\n"
        '"We are ready," the governor said.\n\n'
        '"We are tired," the lieutenant governor said.'
    )
    assert _speakers(body) == ["Lena Vashti", "Amos Treacle"]


def test_of_several_holders_the_one_named_last_speaks() -> None:
    body = (
        "Judge Corin Ashgrove wrote for the majority of the panel.\n\n"
        "In dissent, Judge Mirela Tansy-Ode wrote that the ruling went too far. "
        '"Nothing here requires perfection," the judge wrote.'
    )
    assert _speakers(body) == ["Mirela Tansy-Ode"]


def test_a_gendered_role_skips_a_holder_of_the_other_gender() -> None:
    body = (
        "Rep. Doran Vell and Rep. Ilse Marrow-Tate sat on the panel. Ms. Marrow-Tate "
        "spoke first and Mr. Vell spoke last.\n\n"
        '"We need the money," the congresswoman said.'
    )
    assert _speakers(body) == ["Ilse Marrow-Tate"]


@pytest.mark.parametrize(
    ("tie", "role"),
    [
        (
            "Its chief executive, Rosa Quennell, called the rule costly.",
            "the group’s chief executive",
        ),
        (
            "A spokesman for the port authority, Lt. Col. Dane Holloway, said the docks were shut.",
            "the spokesman",
        ),
        ("Rosa Quennell, a Republican, voted against it.", "the Republican"),
        ("Her lawyer, Rosa Quennell, filed the papers.", "the lawyer"),
    ],
)
def test_appositions_with_a_possessive_or_complement_tie(tie: str, role: str) -> None:
    body = f'The trade group opposes the bill. {tie}\n\n"We disagree," {role} said.'
    speaker = _speakers(body)[0]
    assert speaker in ("Rosa Quennell", "Dane Holloway")


def test_a_loose_lead_in_needs_the_apposition_closed() -> None:
    # "He met the mayor at the hall, Ann Bell said": Bell is no mayor.
    text = "He met the mayor at the hall, Orla Brisk said on Friday."
    start = text.index("Orla Brisk")
    assert read_ties(text, [(start, start + 10, "Orla Brisk", False)]) == {}


def test_the_headline_ties_no_role() -> None:
    article = make_article(
        "t", "t.txt", "Governor Declares Emergency\n\nGov. Lena Vashti closed the roads."
    )
    assert ArticleNames(article).titles().get("governor") == ["Lena Vashti"]


def test_a_gendered_role_gives_its_holder_a_gender_and_she_walks_back_to_the_lead() -> None:
    # The chairman (a man, by his role) calls her names; her pollster is quoted
    # paragraphs up; "she said" is the profile's subject, not the pollster.
    body = (
        "Sen. Odile Prangwyn-Ashe has made a career of annoying her party. "
        "Prangwyn-Ashe keeps a list of every favour she has refused. "
        "Prangwyn-Ashe won her first race in 2018.\n\n"
        "The way she did it, according to her pollster, Bettina Sorrell-Vane, was by "
        'picking fights. "Voters like a scrap," Sorrell-Vane said.\n\n'
        "Not all of her fights have been with her own side.\n\n"
        "In 2023 she held up a bill for three weeks.\n\n"
        "The chairman of the budget committee at the time, Sen. Lorcan Teague, called "
        'her "the most stubborn person I have met."\n\n'
        '"Lorcan is a sweetheart," she said.'
    )
    assert attributed(body)[-1].speaker == "Odile Prangwyn-Ashe"
