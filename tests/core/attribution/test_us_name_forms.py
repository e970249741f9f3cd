"""American name forms that left a poorer label ("Pastor Orrin Vale", "Clair", "Del"),
each on a short invented article."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


def _who(body: str) -> list[str | None]:
    return [q.speaker for q in attributed(body) if q.kind == "direct"]


# -- a formal title or an occupation written before the name ---------------------------
@pytest.mark.parametrize(
    "title",
    [
        "Pastor",
        "Trustee",
        "Principal",
        "Detective",
        "Trooper",
        "Prosecutor",
        "Clerk",
        "Nurse",
        "Lawyer",
        "Strategist",
        "Auditor",
        "Father",
    ],
)
def test_an_occupation_before_a_name_is_no_part_of_it(title: str) -> None:
    body = (
        f"{title} Orrin Kveldsen spoke at the meeting on Tuesday.\n\n"
        "\u201cWe have to act now,\u201d Kveldsen said.\n\n"
        f"\u201cI agree with nobody,\u201d said {title} Orrin Kveldsen."
    )
    assert _who(body) == ["Orrin Kveldsen", "Orrin Kveldsen"]


def test_a_title_that_is_also_a_given_name_stays_a_name() -> None:
    """ "Dean Pruitt" is a man named Dean, not the dean."""
    body = "Dean Pruitt runs the shelter.\n\n\u201cWe are full every night,\u201d Pruitt said."
    assert _who(body) == ["Dean Pruitt"]


def test_a_party_word_inside_a_body_s_name_is_no_title() -> None:
    body = (
        "Ada Roe, chair of the Arizona Independent Redistricting Commission: "
        "\u201cWe are going back to work.\u201d"
    )
    assert _who(body) == ["Ada Roe"]


@pytest.mark.parametrize("abbreviation", ["Del.", "Pfc.", "Ret. Gen.", "Dist. Atty."])
def test_a_dotted_title_after_said_does_not_end_the_sentence(abbreviation: str) -> None:
    body = (
        "The bill passed on a party-line vote.\n\n"
        f"\u201cIt is a bad day,\u201d said {abbreviation} Tamsin Abernathy-Oyelowo."
    )
    assert _who(body) == ["Tamsin Abernathy-Oyelowo"]


# -- "St." inside a surname ------------------------------------------------------------
def test_a_saint_particle_is_part_of_the_surname() -> None:
    body = (
        "The board voted. Lucien St. Amand, the chairman, abstained.\n\n"
        "\u201cI need more facts,\u201d St. Amand said.\n\n"
        "\u201cThat is all,\u201d Mr. St. Amand said."
    )
    assert _who(body) == ["Lucien St. Amand", "Lucien St. Amand"]


def test_a_street_is_no_person() -> None:
    body = (
        "The fire started at a shop on Elm St. Orla Brennock, the fire chief, was there.\n\n"
        "\u201cNobody was hurt,\u201d Brennock said."
    )
    assert _who(body) == ["Orla Brennock"]


# -- family members called by their first names ---------------------------------------
def test_a_family_member_called_by_first_name_is_the_subject_for_she() -> None:
    """ "Solveig laughed. "Q," she said." after "Margit said": Solveig."""
    body = (
        "Margit Lindvall, 58, is running for the seat. So is her sister, "
        "Solveig Lindvall-Haas, 54.\n\n"
        "\u201cWe have argued since 1971,\u201d Margit said.\n\n"
        "Solveig laughed when told. \u201cIt was 1969,\u201d she said."
    )
    assert _who(body) == ["Margit Lindvall", "Solveig Lindvall-Haas"]


def test_a_lone_first_name_of_an_unrelated_person_is_not_a_subject() -> None:
    """Only a family shares a surname: a first name alone elsewhere is left as before
    (the salience of the named people decides)."""
    body = (
        "Ivo Marsh, a farmer, spoke first. Petra Quayle, a teacher, agreed with him.\n\n"
        "\u201cThe road floods every spring,\u201d Ms. Quayle said.\n\n"
        "\u201cWe have asked for years,\u201d she said."
    )
    assert _who(body) == ["Petra Quayle", "Petra Quayle"]
