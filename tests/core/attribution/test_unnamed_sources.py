"""Issue 8: an unnamed source ("a man in the audience", "a forklift driver who asked
not to be named") speaks their own quote; it does not go to the named person quoted
just before. Invented articles and names."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed
from tui.core.attribution.roles import unnamed_person
from tui.core.attribution.salience import one_person


def test_a_placed_unnamed_person_is_the_cue_s_subject() -> None:
    body = (
        "Councillor Brandvold Ostergaard defended the rezoning at the meeting.\n\n"
        "\u201cWe need the revenue,\u201d he said.\n\n"
        "A man in the back of the hall shouted \u201cThen fix the roads!\u201d before "
        "being led out."
    )
    q = attributed(body)[-1]
    assert q.speaker == "a man in the back of the hall"


def test_after_a_fronted_phrase_and_before_a_comma() -> None:
    body = (
        "Mayor Ilvana Quisenberry took questions from the crowd.\n\n"
        "\u201cI grew up on this street,\u201d Ms. Quisenberry said.\n\n"
        "At one point, a woman near the front called out, \u201cSo why should we trust you?\u201d"
    )
    q = attributed(body)[-1]
    assert q.speaker == "a woman near the front"


def test_he_after_an_unnamed_source_is_that_source() -> None:
    body = (
        "Asked about the fines, Tavish Oberholt said both had been settled.\n\n"
        "Not every worker agrees. A forklift driver who has worked there for years and "
        "asked not to be named said he thought managers took the heat seriously.\n\n"
        "\u201cThey bring round water, they let you sit,\u201d he said."
    )
    q = attributed(body)[-1]
    assert q.speaker == "a forklift driver who has worked there"


def test_unnamed_people_by_their_head_noun() -> None:
    assert one_person("a man") and one_person("one voter") and one_person("another woman")
    assert one_person("a precinct committeeman") and one_person("a forklift operator")
    assert not one_person("a report") and not one_person("a number")
    assert not one_person("the man")  # (a reference back, read elsewhere)
    assert not unnamed_person("broadcaster") and not unnamed_person("computer")


def test_a_placed_thing_is_no_source() -> None:
    body = (
        "Senator Oona Feldkamp spoke for an hour.\n\n"
        "\u201cThe bill is dead,\u201d she said.\n\n"
        "A sign in the window of the hall read \u201cNo more delays.\u201d"
    )
    q = attributed(body)[-1]
    assert q.speaker != "a sign"


def test_a_lead_in_cue_beats_the_next_sentence_s_verb() -> None:
    # `A man ..., who gave no name, called out, "Q?" Tremblay asked for order.`: the
    # man's question; the chair's verb opens a new sentence.
    body = (
        "The board chair, Osric Tremblay, opened the hearing.\n\n"
        "A man in the back of the room, who did not give his name, called out, "
        "\u201cThen why won\u2019t they let us count?\u201d Tremblay asked for order."
    )
    q = attributed(body)[-1]
    assert q.speaker == "a man in the back of the room"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (  # one of several, with a relative clause between commas
            "But some of Ms. Varnam's allies were less kind. One of her senior advisers, who "
            'spoke on condition of anonymity, said Mr. Tamsir had "bought the nomination."',
            "one of her senior advisers",
        ),
        (  # described by whom they are close to, not that person (the whole phrase)
            'A person close to the senator said she was "done with it."',
            "a person close to the senator",
        ),
        (  # described by what they know of
            "One person familiar with the search, who was not allowed to speak, said the "
            'list was "short."',
            "one person familiar with the search",
        ),
    ],
)
def test_a_described_unnamed_source_is_the_verb_s_subject(body: str, speaker: str) -> None:
    assert attributed(body)[-1].speaker == speaker


# An unnamed source's whole subject, read up to its verb: what hangs on the head (a
# relative clause set off by commas, a phrase naming someone) does not speak.


def test_a_source_and_a_clause_set_off_by_commas() -> None:
    body = (
        "Senator Wrenna Kallistrom lost the primary on Tuesday.\n\n"
        "\u201cWe ran the race we wanted,\u201d she said.\n\n"
        "One of her senior advisers, who spoke on condition of anonymity to discuss "
        "the campaign, said Mr. Pellucid Oakhart had \u201cbought the race.\u201d"
    )
    q = attributed(body)[-1]
    assert q.speaker == "one of her senior advisers"


def test_a_name_inside_the_description_or_after_the_verb_is_not_the_source() -> None:
    body = (
        "Governor Tamsin Vorhees spoke for ninety minutes at the debate.\n\n"
        "\u201cI am ready,\u201d Ms. Vorhees said.\n\n"
        "An aide to one of the rival campaigns said Vorhees \u201clooked tired.\u201d "
        "A person close to Ilsabet Crowhurst, who asked not to be named, said the "
        "governor had been \u201cfuming\u201d all night."
    )
    quotes = attributed(body)
    assert quotes[-2].speaker == "an aide"
    assert quotes[-2].confidence != "high"
    assert quotes[-1].speaker == "a person close to Ilsabet Crowhurst"


def test_a_relative_clause_with_a_name_and_no_comma() -> None:
    body = (
        "Senator Odalys Farrowby raised less money than expected.\n\n"
        "\u201cWe are fine,\u201d Ms. Farrowby said.\n\n"
        "A Farrowby donor who has given the maximum and asked not to be named said the "
        "numbers had \u201cspooked\u201d her backers."
    )
    q = attributed(body)[-1]
    assert q.speaker == "a Farrowby donor who has given the maximum"


def test_an_apposed_name_still_names_the_source() -> None:
    body = (
        "Senator Quillon Ashgrove faced questions over the loan.\n\n"
        "A spokesman for Ashgrove, Dellamy Roke, said the claim was \u201cabsurd.\u201d"
    )
    q = attributed(body)[-1]
    assert q.speaker != "a spokesman"


def test_the_role_noun_after_an_unnamed_source_of_that_role_is_that_source() -> None:
    body = (
        "Sen. Corwin Blackadder, the majority leader, said the votes were there.\n\n"
        "\u201cWe will pass it this week,\u201d Blackadder said.\n\n"
        "A second Republican senator, who spoke on condition of anonymity to describe "
        "the talks, said six members were undecided. \u201cHe is counting votes he "
        "does not have,\u201d the senator said."
    )
    q = attributed(body)[-1]
    assert q.speaker == "a second Republican senator"


def test_a_capitalised_head_and_a_clause_after_a_comma() -> None:
    body = (
        "Assemblymember Thessaly Varga-Ruen pushed the insurance bill.\n\n"
        "\u201cThe market is broken,\u201d she said.\n\n"
        "One Democratic Assemblymember who opposed AB 2210, speaking on condition of "
        "anonymity, said the votes \u201cwere never there.\u201d"
    )
    q = attributed(body)[-1]
    assert q.speaker == "one Democratic Assemblymember who opposed AB 2210"


def test_a_source_after_its_inverted_cue() -> None:
    body = (
        "Governor Ysolde Fairhaven met the finalists over the weekend.\n\n"
        "\u201cThey talked about everything,\u201d said one person familiar with the "
        "meeting."
    )
    assert attributed(body)[-1].speaker == "one person familiar with the meeting"


def test_the_object_of_an_accusation_is_no_source() -> None:
    body = (
        "Mayor Dunstan Pellow has refused to apologise.\n\n"
        "Mr Pellow had accused an Evening Courier journalist of being like a "
        "\u201cprison guard\u201d."
    )
    q = attributed(body)[-1]
    assert q.speaker != "an Evening Courier journalist"


def test_one_of_a_counted_group_speaks_as_one_of_them() -> None:
    """ "Two former officials ... One said investigators had found "Q"": one of the
    officials, labelled as such; "The other" is the other one (a guess: low)."""
    quotes = attributed(
        "Two former officials in the auditor's office, who spoke on condition of "
        "anonymity, confirmed the inquiry was active. One said investigators had found "
        '"serious irregularities" in the contracts. The other described the mood as '
        '"grim."\n\n'
        'Two nurses at the Varrow clinic also spoke to us. One said, "We were told to '
        'keep quiet."'
    )
    assert [(q.speaker, q.confidence) for q in quotes] == [
        ("a former official", "medium"),
        ("the other former official", "low"),
        ("a nurse", "medium"),
    ]


def test_one_participant_speaks_as_one_participant() -> None:
    """ "what one participant described as "Q"": a person by their part in something."""
    quotes = attributed(
        "The leaders left the meeting without a deal, as negotiators remained deadlocked "
        'over what one participant described as "a fight about a comma" in the bill.'
    )
    assert quotes[0].speaker == "one participant"


def test_the_body_a_source_is_one_of_stays_in_the_label() -> None:
    body = (
        "Ada Vell was censured last year.\n\n"
        "Another member of the coalition, who asked not to be named, described the job "
        "as \u201cbeing the one who tells.\u201d"
    )
    assert attributed(body)[-1].speaker == "another member of the coalition"


def test_a_source_after_another_phrase_starts_its_own() -> None:
    """ "a move one adviser described as "Q"": "a move" is no part of the source's
    label; "the adviser" later is "one adviser" too."""
    body = (
        "The draft went to the board, according to two people briefed on it, a move one "
        "adviser described as \u201ca quiet coup.\u201d\n\n"
        "\u201cNobody was told,\u201d said the adviser, who asked not to be named.\n"
    )
    assert [q.speaker for q in attributed(body)] == ["one adviser", "one adviser"]


@pytest.mark.parametrize(
    "cue, label",
    [
        ("said one adviser to the mayor, who asked not to be named", "one adviser to the mayor"),
        ("said a senior aide to the county executive.", "a senior aide to the county executive"),
        ("said one aide to the mayor\u2019s rival.", "one aide to the mayor\u2019s rival"),
    ],
)
def test_whom_a_serving_source_serves_stays_in_its_label(cue: str, label: str) -> None:
    body = "The levy failed.\n\n\u201cShe took it hard,\u201d " + cue + "\n"
    assert attributed(body)[0].speaker == label
