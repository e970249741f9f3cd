"""Issue 8: an exchange written as bare quoted paragraphs after "A pressed B" and a
question: the turns alternate between the one asking and the one asked, not all the
asker's (as a carry-over would have it). Invented articles and names.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed

_BEFORE = '"We will get it done by the Fourth," Sen. Roald Brennick said on the program.\n\n'


def test_the_answers_after_a_cued_question_go_to_the_one_pressed() -> None:
    body = _BEFORE + (
        "Host Marguerite Ostrander pressed Brennick on whether he would vote no.\n\n"
        '"If the leader comes back with half the cuts, are you a no?" Ostrander asked.\n\n'
        '"I am a no on anything that does not bend the curve."\n\n'
        '"So you would vote against your own leader."\n\n'
        '"I would vote for my constituents."'
    )
    assert [q.speaker for q in attributed(body)[1:]] == [
        "Marguerite Ostrander",
        "Roald Brennick",
        "Marguerite Ostrander",
        "Roald Brennick",
    ]


def test_uncued_questions_go_to_the_subject_of_pressed() -> None:
    body = _BEFORE + (
        "Later, Sen. Ottilie Varga-Stroud pressed Brennick on the inspector's report.\n\n"
        '"Did you read the report, Senator?"\n\n'
        '"I did."\n\n'
        '"Has anyone been fired?"'
    )
    assert [(q.speaker, q.confidence) for q in attributed(body)[1:]] == [
        ("Ottilie Varga-Stroud", "low"),
        ("Roald Brennick", "low"),
        ("Ottilie Varga-Stroud", "low"),
    ]


def test_no_turns_without_a_question() -> None:
    body = _BEFORE + (
        "Host Marguerite Ostrander pressed Brennick on the deal.\n\n"
        '"It has real cuts in it," Brennick said.\n\n'
        '"Otherwise it does not have my vote."'
    )
    assert [q.speaker for q in attributed(body)[1:]] == ["Roald Brennick", "Roald Brennick"]
