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


# -- a colon leading into the quote -----------------------------------------------------
_INTRO = "Lorna Vasquez-Pike, a Democrat, and Tobias Wren, a Republican, met on Monday.\n\n"
_Q = "\u201cWe will win this fight.\u201d"


@pytest.mark.parametrize(
    ("lead_in", "speaker"),
    [
        ("Said Vasquez-Pike:", "Lorna Vasquez-Pike"),  # an inverted cue
        ("Wren shot back on Twitter:", "Tobias Wren"),  # a medium, not a speaker
        ("Wren\u2019s reply was short:", "Tobias Wren"),  # whose words
        ("The mayor of Dayton, Ines Corrado, was less kind:", "Ines Corrado"),  # apposition
        ("From Wren:", "Tobias Wren"),
    ],
)
def test_the_speaker_of_a_colon_lead_in(lead_in: str, speaker: str) -> None:
    assert _who(f"{_INTRO}{lead_in} {_Q}") == [speaker]


def test_will_is_a_given_name_not_a_verb() -> None:
    body = "Will Tremayne runs the lab.\n\n\u201cIt works,\u201d said Will Tremayne."
    assert _who(body) == ["Will Tremayne"]


# -- bodies: a description in apposition, "the university" ----------------------------
def test_a_body_described_in_apposition_speaks_not_the_description() -> None:
    body = (
        "The Fairlane Education Association, the teachers union, said in a statement that "
        "it wanted \u201ca real plan for staff who have second jobs.\u201d"
    )
    assert [q.speaker for q in attributed(body)] == ["the Fairlane Education Association"]


def test_a_person_described_in_apposition_is_unchanged() -> None:
    body = "Ada Roe, the union\u2019s president, said: \u201cWe will strike.\u201d"
    assert _who(body) == ["Ada Roe"]


def test_the_university_is_the_university_named_before() -> None:
    body = (
        "Brookhaven State University canceled the speech on Thursday.\n\n"
        "In a statement, the university said: \u201cThe safety of our community comes first.\u201d"
    )
    assert _who(body) == ["Brookhaven State University"]


def test_the_school_district_needs_every_word_in_the_name() -> None:
    """ "the school district" is not "Brookhaven State University"."""
    body = (
        "Brookhaven State University canceled the speech on Thursday.\n\n"
        "\u201cWe were not consulted,\u201d the school district said."
    )
    assert _who(body) != ["Brookhaven State University"]


# -- descriptions that point back to a named person -------------------------------------
_CAKE = "\u201cPeople are not buying cake,\u201d"


@pytest.mark.parametrize("role", ["Democrat", "nurse"])
def test_an_apposition_after_an_age_ties_the_role(role: str) -> None:
    """ "Ada Roe, 54, a Democrat," (American papers give the age first) ties "the
    Democrat" to her, as "Ada Roe, a Democrat," does."""
    body = (
        f"Wilhelmina Osei, 54, a {role}, owns a bakery. Harlan Pike, a Republican, "
        f"owns the hardware store.\n\n{_CAKE} the {role} said."
    )
    assert _who(body) == ["Wilhelmina Osei"]


def test_the_state_democrat_is_the_person_just_named() -> None:
    body = f"Sen. Wilhelmina Osei spoke Monday.\n\n{_CAKE} the Ohio Democrat said."
    assert _who(body) == ["Wilhelmina Osei"]


@pytest.mark.parametrize("modifier", ["first-term", "two-term", "embattled", "longtime"])
def test_a_tenure_word_keeps_the_office(modifier: str) -> None:
    body = f"Gov. Harlan Pike spoke Monday.\n\n{_CAKE} the {modifier} governor said."
    assert _who(body) == ["Harlan Pike"]


def test_another_office_is_still_someone_else() -> None:
    """ "the lieutenant governor" is not Gov. Harlan Pike."""
    body = f"Gov. Harlan Pike spoke Monday.\n\n{_CAKE} the lieutenant governor said."
    assert _who(body) != ["Harlan Pike"]
