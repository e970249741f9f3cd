"""A question put to someone ("you") by a person described for the first time ("a
woman in the back shouted") at a town hall or a press conference: the bare reply
after it is the one who holds the floor, not the questioner going on (a guess at
turns: low confidence; invented names)."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed

_HALL = "Representative Harlan Mewes held a town hall in Cobble Falls on Saturday.\n\n"


def test_the_reply_to_a_woman_in_the_back_is_the_hosts() -> None:
    body = _HALL + "“What will you do about the bridge?” a woman in the back shouted.\n\n“Fund it.”"
    quotes = attributed(body)
    assert [q.speaker for q in quotes] == ["a woman in the back", "Harlan Mewes"]
    assert quotes[1].confidence == "low"


def test_a_questioner_cued_before_the_question() -> None:
    body = (
        _HALL + "A retired farmer stood up and asked, “Why did you vote against the "
        "drought money?”\n\n“Because it went to the wrong counties.”"
    )
    assert attributed(body)[1].speaker == "Harlan Mewes"


def test_the_turns_go_back_and_forth_after_the_reply() -> None:
    body = (
        _HALL + "“Will you hold another one of these?” one man asked.\n\n"
        "“Next month.”\n\n“Where?”\n\n“Right here.”"
    )
    speakers = [q.speaker for q in attributed(body)]
    assert speakers == ["one man", "Harlan Mewes", "one man", "Harlan Mewes"]


def test_the_host_answering_a_named_questioner_is_unchanged() -> None:
    body = _HALL + "“Why did you skip the vote?” asked Tova Grint, a teacher.\n\n“I was ill.”"
    assert attributed(body)[1].speaker == "Harlan Mewes"
