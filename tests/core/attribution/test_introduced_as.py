"""An unnamed source keeps the label the article brought it in with: "the adviser
said" after "a Pellor adviser, who spoke on condition of anonymity," is "a Pellor
adviser" (issue 8, label shapes; invented names)."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (  # a role noun no list of sources holds
            "Polling shared by a Pellor adviser, who spoke on the condition of anonymity, "
            'showed her behind.\n\n"We will not win the young," the adviser said.',
            "a Pellor adviser",
        ),
        (  # brought in at a sentence's end
            "The two spoke by phone, according to a Brannock aide. The call was short.\n\n"
            '"It went well enough," the aide said.',
            "a Brannock aide",
        ),
        (  # placed somewhere, then called "the woman"
            "A young woman near the front asked about rents.\n\n"
            '"What do you say to people my age?" the woman asked.',
            "a young woman near the front",
        ),
        (  # the definite phrase's own words are in the introduction
            "A senior Tillage official, who was not allowed to speak publicly, briefed "
            'reporters.\n\n"The rule will stand," the senior official said.',
            "a senior Tillage official",
        ),
        (  # brought in with a participle telling which one
            "A Pellor strategist involved in Senate races said the seat was in play.\n\n"
            '"She wins on the record or not at all," the strategist said.',
            "a Pellor strategist involved in Senate races",
        ),
        (  # a head noun no agent ending tells is a person's
            "A Varnish diplomat familiar with the talks said the firing was meant to stall "
            'them.\n\n"Every time they get close, somebody shoots," the diplomat said.',
            "a Varnish diplomat familiar with the talks",
        ),
    ],
)
def test_the_source_keeps_the_label_it_came_in_with(body: str, speaker: str) -> None:
    assert attributed(body)[-1].speaker == speaker


def test_a_source_named_at_once_is_no_unnamed_introduction() -> None:
    quotes = attributed(
        'A woman, Odile Varnam, said the rent had doubled.\n\n"We cannot stay," the woman said.'
    )
    assert quotes[-1].speaker != "a woman"


def test_his_office_speaks_for_its_holder() -> None:
    quotes = attributed(
        "Tillage Secretary of State Odo Brannick has defended the count. In a statement, "
        'his office said he "has zero tolerance for threats against clerks."'
    )
    assert quotes[-1].speaker == "Odo Brannick"


@pytest.mark.parametrize(
    "body",
    [
        "Few governors agree. A spokesperson for Varnish Gov. Odo Brannick said the request "
        'was "about timing, not policy."',
    ],
)
def test_a_name_cut_short_is_no_part_of_the_label(body: str) -> None:
    assert attributed(body)[-1].speaker == "a spokesperson"


def test_the_one_source_of_its_kind_keeps_its_label_far_on() -> None:
    filler = "Tillage lawyers said the rule would face many suits in the months ahead. " * 40
    quotes = attributed(
        '"The window was built for a few claims," a senior Pellor official told reporters, '
        "speaking on condition of anonymity.\n\n"
        + filler
        + '\n\nThe senior official said the agency had "high confidence" in the rule.'
    )
    assert quotes[-1].speaker == "a senior Pellor official"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (  # dotted initials among the modifiers
            'One U.S. official, who spoke on condition of anonymity, said dairy was "the '
            'whole ballgame."',
            "one U.S. official",
        ),
        (  # and opening the body the noun speaks for, split at "and" by the name runs
            "Nobody answered. A spokesperson for U.S. Grain and Tillage Protection said in a "
            'statement that the agency "values its partners."',
            "a spokesperson for U.S. Grain and Tillage Protection",
        ),
    ],
)
def test_dotted_initials_stay_inside_the_noun_phrase(body: str, speaker: str) -> None:
    assert attributed(body)[-1].speaker == speaker


def test_an_operative_is_a_person_the_name_before_only_says_which() -> None:
    quotes = attributed(
        "As one longtime Varnish Republican operative put it, speaking anonymously: "
        '"Nobody here ever lost an election for being too careful."'
    )
    assert quotes[-1].speaker == "one longtime Varnish Republican operative"


def test_a_source_brought_in_as_a_sentence_s_subject() -> None:
    quotes = attributed(
        "One senior Pellor aide was skeptical that the pitch would work. "
        '"Everybody is the unity candidate until the vote," the aide said.'
    )
    assert quotes[-1].speaker == "one senior Pellor aide"


def test_a_spokesperson_for_a_body_named_in_apposition_is_that_person() -> None:
    quotes = attributed(
        "The Tillage Committee named Roe to its list. A spokesperson for the committee, "
        "Megan Ostrander, did not respond to questions but said in an email that Varnam "
        'was "desperate to distract."'
    )
    assert quotes[-1].speaker == "Megan Ostrander"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (  # "one of the <plural>" brings in one source of a group
            "Two Senate aides familiar with the talks said the offer was made. Odra Pell "
            "rejected it, one of the aides said.\n\n"
            '"A study is what you offer when you want something gone," the aide said.',
            "one of the aides",
        ),
        (
            "Bram Tull angered several officials. One of those officials said the "
            'complaints had reached a peak.\n\n"He found out from a newspaper," the '
            "official said.",
            "one of those officials",
        ),
    ],
)
def test_one_of_a_group_keeps_the_label_it_came_in_with(body: str, speaker: str) -> None:
    assert attributed(body)[-1].speaker == speaker


def test_one_of_those_people_is_the_speaker_not_the_last_name() -> None:
    quotes = attributed(
        "Gov. Odo Varn, a Republican, urged calm. People close to the governor said he is "
        'angry. "This was not clean," one of those people said.'
    )
    assert quotes[-1].speaker == "one of those people"


@pytest.mark.parametrize(
    "body",
    [
        "In interviews, Odra Pellham-Vance, a retired circuit judge appointed to the board, "
        "and Lina Tosk, a former prosecutor, said the board had recommended clemency in nine "
        "cases. The chair, Bram Tull, disputed their account.\n\n"
        "“We are not a rubber stamp,” said the retired judge, who has served since 2021.",
        "Odra Pellham-Vance, 61, a retired circuit judge, spoke first. Bram Tull, the "
        "chair, spoke next.\n\n“We are not a rubber stamp,” the retired judge said.",
    ],
)
def test_a_description_set_beside_a_name_is_that_persons(body: str) -> None:
    assert attributed(body)[-1].speaker == "Odra Pellham-Vance"


def test_this_person_is_the_source_brought_in_before() -> None:
    quotes = attributed(
        "Aides never told the president. Another person who has discussed the matter with "
        "Ms. Ada Roe, and who spoke on the condition of anonymity, said she felt ignored.\n\n"
        "“It is one thing to lose an argument,” this person said."
    )
    assert quotes[-1].speaker == "another person who has discussed the matter with Ms. Ada Roe"
