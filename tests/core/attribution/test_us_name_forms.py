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


# -- more name shapes: accents, a body and a title before the name, after "of" ----------
@pytest.mark.parametrize(
    "full", ["\u00c9tienne Beaulieu-Sauv\u00e9", "\u00c1ngel \u00c1lvarez", "\u0141ukasz \u017bak"]
)
def test_a_name_with_accented_capitals_is_one_name(full: str) -> None:
    surname = full.split()[-1]
    body = f"{full}, a farmer, spoke.\n\n\u201cWe are at the table,\u201d {surname} said."
    assert _who(body) == [full]


@pytest.mark.parametrize(
    "lead",
    [
        "Federal Emergency Management Agency Administrator",
        "Transportation Security Administration Administrator",
        "DEA Administrator",
    ],
)
def test_a_body_and_a_title_before_a_name(lead: str) -> None:
    body = (
        f"The storm hit on Monday. {lead} Yvette Ramsdell-Doyle spoke at a briefing.\n\n"
        "\u201cWe will be there as long as it takes,\u201d she said.\n\n"
        "\u201cNobody is alone,\u201d Ramsdell-Doyle said."
    )
    assert _who(body) == ["Yvette Ramsdell-Doyle", "Yvette Ramsdell-Doyle"]


def test_a_name_after_of_that_the_article_uses_for_a_person() -> None:
    body = (
        "What\u2019s left of Bobbie Jo Sturgill\u2019s house is a slab.\n\n"
        "\u201cThey came out,\u201d Sturgill, 41, said."
    )
    assert _who(body) == ["Bobbie Jo Sturgill"]


def test_a_place_after_of_is_still_no_person() -> None:
    body = (
        "A spokesman for the University of Southern California declined to comment.\n\n"
        "\u201cWe are reviewing it,\u201d a spokesman said."
    )
    assert _who(body) == ["a spokesman"]


def test_a_title_inside_an_apposition_still_ties_the_role() -> None:
    body = (
        "A state official pushed colleagues to award contracts to a friend.\n\n"
        "The official, Deputy Transportation Secretary Norman K. Faircloth, intervened "
        "four times.\n\n"
        "\u201cI have worked with these people for 20 years,\u201d the official wrote."
    )
    assert _who(body) == ["Norman K. Faircloth"]


# -- an unnamed source keeps the label it was brought in with ---------------------------
@pytest.mark.parametrize(
    ("intro", "label"),
    [
        ("One U.S. official, who spoke on condition of anonymity,", "one U.S. official"),
        (
            "A senior administration official, speaking on condition of anonymity,",
            "a senior administration official",
        ),
    ],
)
def test_the_official_is_the_official_brought_in_before(intro: str, label: str) -> None:
    body = (
        f"Talks went on.\n\n{intro} said the talks had narrowed.\n\n"
        "\u201cEverything else is solvable,\u201d the official said."
    )
    assert _who(body) == [label]


def test_an_adjective_is_no_source() -> None:
    """ "an official statement" brings in no official."""
    body = (
        "The company issued an official statement on Monday.\n\n"
        "\u201cWe are reviewing it,\u201d the official said."
    )
    assert _who(body) == ["the official"]


# -- an opening clause, a possessor's response --------------------------------------------
def test_a_name_in_an_opening_clause_does_not_beat_the_apposition() -> None:
    body = (
        "Russ Hollister lost his son. Lena Bergquist-Amari is the mayor.\n\n"
        "Asked whether the mayor would meet with the Hollister family, her spokeswoman, "
        "Alexis Duvall, said: \u201cShe has reached out privately.\u201d"
    )
    assert _who(body) == ["Alexis Duvall"]


def test_a_possessor_s_response_with_a_medium_before_the_colon() -> None:
    body = (
        "Russ Hollister lost his son. Lena Bergquist-Amari is the mayor.\n\n"
        "\u201cIt is a tragedy,\u201d Bergquist-Amari said.\n\n"
        "Hollister\u2019s response, in a second Facebook post: "
        "\u201cCome say that in the ICU, professor.\u201d"
    )
    assert _who(body) == ["Lena Bergquist-Amari", "Russ Hollister"]


# -- a nickname after an honorific, a dash naming the source -------------------------------
def test_an_honorific_and_a_given_name_before_a_nickname_are_the_whole_name() -> None:
    body = (
        "DERRY, N.H. \u2014 Former Gov. Margaret \u201cPeg\u201d Halvorsen has a line she "
        "uses at every stop.\n\nThe former governor bristled when that line was read to "
        "her.\n\n\u201cI made payroll for 11 years,\u201d she said."
    )
    assert _who(body) == ["Margaret Halvorsen"]


def test_a_nickname_inside_the_name_at_the_cue() -> None:
    body = (
        "Residents waited for months.\n\n\u201cThey denied me,\u201d said Harold "
        "\u201cBuck\u201d Treadway, 73, a retired coal miner."
    )
    assert _who(body) == ["Harold Treadway"]


_PAIR = "Dwayne Kessler and Lydia Farnsworth sit on the council.\n\n"


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        (" \u2014 Kessler", "Dwayne Kessler"),
        (" \u2014 Sen. Wade Culpepper (R-Mont.), to Huddle.", "Wade Culpepper"),
        (
            "\n\n\u2014 a House Republican appropriator, granted anonymity",
            "a House Republican appropriator",
        ),
    ],
)
def test_a_dash_after_a_quote_names_its_speaker(after: str, speaker: str) -> None:
    body = f"{_PAIR}What they\u2019re saying:\n\n\u201cWe have had four transit plans.\u201d{after}"
    assert _who(body) == [speaker]


def test_a_dash_in_the_sentence_after_a_cue_changes_nothing() -> None:
    body = f"{_PAIR}\u201cWe will win,\u201d Kessler said \u2014 and Farnsworth laughed."
    assert _who(body) == ["Dwayne Kessler"]


# -- a relative by first name, the end of an office's name after "of" -------------------
def test_a_relative_by_first_name_takes_the_family_name() -> None:
    """ "His wife, Denise," is Denise Thibodeau, and she is the "she" after her."""
    body = (
        "\u201cI came in leaning Okafor,\u201d said Bill Thibodeau, 67, a retired machinist "
        "who wore a Red Sox cap.\n\nHis wife, Denise, was less torn. "
        "\u201cI decided in October,\u201d she said."
    )
    assert _who(body) == ["Bill Thibodeau", "Denise Thibodeau"]


def test_a_relative_of_a_named_owner() -> None:
    body = (
        "Moazzam Begg was freed. Mr Begg's father, Azmat, said he was relieved.\n\n"
        "\u201cHe is a hero,\u201d Azmat said."
    )
    assert _who(body) == ["Azmat Begg"]


def test_the_owner_s_surname_still_means_the_owner() -> None:
    body = (
        "Karen Albrecht-Suarez chairs the board. Albrecht-Suarez\u2019s husband, Thomas, "
        "sat in the front row.\n\n\u201cWe are professionals,\u201d Albrecht-Suarez said."
    )
    assert _who(body) == ["Karen Albrecht-Suarez"]


def test_the_last_word_of_an_office_is_no_given_name() -> None:
    body = (
        "The state certified the count. Secretary of State Benjamin Ortega-Haas spoke "
        "Monday.\n\n\u201cThe drop boxes are secure,\u201d Ortega-Haas said."
    )
    assert _who(body) == ["Benjamin Ortega-Haas"]
