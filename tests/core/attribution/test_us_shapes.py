"""Issue 8, shapes of American news: "the statement said" speaks for whoever issued
the statement named just before; "a Democratic senator who ... told me" is that
senator, not "Democratic"; "Asked whether ..., Mr. X said" opens with a clause whose
"he" is not the subject. Invented articles and names.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


def test_the_statement_speaks_for_its_issuer() -> None:
    body = (
        "Ada Voss chairs the board. Ivo Marsh is its critic. In a statement, Ms Voss said "
        'she backed "the concept". "I want a board that works," the statement said. '
        '"Those are not the same thing."'
    )
    quotes = attributed(body)
    assert [(q.speaker, q.confidence) for q in quotes[1:]] == [("Ada Voss", "medium")] * 2


def test_a_statement_nobody_is_said_to_issue_stays_the_label() -> None:
    body = 'Ada Voss chairs the board. "We regret the delay," the statement said.'
    assert attributed(body)[-1].speaker == "the statement"


@pytest.mark.parametrize("party", ["Democratic", "Westland"])
def test_a_capitalised_word_inside_a_role_phrase_is_no_name(party: str) -> None:
    body = (
        "Ada Voss is a senator.\n\nHer colleagues differ. "
        f'"She is difficult," a {party} senator who has served with her for a decade told '
        'me, on the condition that he not be named. "Sometimes it is."'
    )
    assert [q.speaker for q in attributed(body)] == [f"a {party} senator"] * 2


def test_an_asked_clause_does_not_hide_the_subject() -> None:
    body = (
        "Ivo Marsh farmed in Reno. His wife, the former Lena Haines, died in 2019.\n\n"
        "Asked in 2009 what he hoped people would remember, Mr. Marsh gave a short answer. "
        '"That I showed up," he said.'
    )
    assert attributed(body)[-1].speaker == "Ivo Marsh"


def test_a_subject_acting_on_her_is_not_she() -> None:
    body = (
        "Loretta Abara spoke for her full three minutes.\n\n"
        "Council Chair Benedict Oyelaran eventually asked her to wrap up. She looked at "
        'him and said, "You can have your minutes back."'
    )
    assert attributed(body)[-1].speaker == "Loretta Abara"


def test_a_subject_whose_own_possessive_follows_is_still_she() -> None:
    body = (
        "Ivo Marsh chairs the council.\n\n"
        "Loretta Abara defended her record at length. "
        '"I have been here eleven times," she said.'
    )
    assert attributed(body)[-1].speaker == "Loretta Abara"


def test_a_colon_lead_in_after_a_short_opening_is_the_subject_s() -> None:
    body = (
        "Ivo Marsh leads the race.\n\n"
        '"He is ready," Marsh said.\n\n'
        "One of them, Sen. Ada Quist, who has served for two decades, was blunt: "
        '"He is not going anywhere."'
    )
    assert attributed(body)[-1].speaker == "Ada Quist"


def test_a_quoted_transcript_line_is_its_label_s() -> None:
    body = (
        "President Lucan Ferro spoke to reporters. Mr. Ferro was in a good mood. "
        "Mr. Ferro joked. The exchange went as follows:\n\n"
        "“Q. Mr. President, would the markets react badly?”\n\n"
        "“THE PRESIDENT: The markets would go up. You watch.”"
    )
    quotes = attributed(body)
    assert [(q.speaker, q.confidence) for q in quotes] == [
        ("a reporter", "medium"),
        ("Lucan Ferro", "medium"),
    ]


def test_a_for_clause_participle_is_the_object_s() -> None:
    body = (
        "Ivo Marsh leads the Greens. Ada Quist leads the Reds. "
        'Ms Quist branded Mr Marsh "arrogant" for claiming the Greens were the "natural party".'
    )
    q = attributed(body)[-1]
    assert (q.speaker, q.confidence) == ("Ivo Marsh", "medium")


def test_the_company_is_the_body_named_before_as_a_guess() -> None:
    body = (
        "Velmore sells looms. Velmore said sales fell in May. "
        '"We expect a better year," the company said.'
    )
    q = attributed(body)[-1]
    assert (q.speaker, q.confidence) == ("Velmore", "low")


def test_not_a_word_named_once_at_a_sentence_start() -> None:
    body = 'Increased costs hit Velmore. "We expect a better year," the company said.'
    assert attributed(body)[-1].speaker != "Increased"


def test_a_body_named_in_a_relative_clause_is_not_the_subject() -> None:
    body = (
        "A spokeswoman for the Farm Department, which oversees the Westland Forest Service, "
        'said the state would "work with Congress on it".'
    )
    assert attributed(body)[-1].speaker == "a spokeswoman for the Farm Department"


def test_a_possessor_of_words_is_whom_she_means() -> None:
    body = (
        "Rosa Ekwe and Karen Albers sit on the board. Ms Albers spoke first.\n\n"
        '"This plan was written for the few," she said.\n\n'
        "Ms Ekwe's response was swift. She said the board had held 31 meetings.\n\n"
        '"I will not be lectured," she said.'
    )
    assert attributed(body)[-1].speaker == "Rosa Ekwe"
