"""Issue 8: turns of an exchange (turns.py). Bare quoted paragraphs after "A pressed B"
and a question, or after a question put to someone, alternate between the one asking
and the one asked, not all the asker's (as a carry-over would have it); "he replied"
is not the one who just spoke; "shot back", "fired back" and a finite "pressed" are
cues. Invented articles and names.
"""

from __future__ import annotations

import pytest

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


def _speakers(body: str) -> list[str | None]:
    return [q.speaker for q in attributed(body) if q.kind == "direct"]


def test_turns_after_a_question_alternate_between_asker_and_asked() -> None:
    body = (
        "Senator Odile Prask questioned Agency Director Tomas Quell on Tuesday.\n\n"
        '"Did you read the audit?" Prask asked Quell.\n\n'
        '"I did, Senator."\n\n'
        '"Has anyone been fired?"\n\n'
        '"We have referred the matter to the board."'
    )
    assert _speakers(body) == ["Odile Prask", "Tomas Quell", "Odile Prask", "Tomas Quell"]


def test_the_one_asked_is_the_last_other_person_quoted() -> None:
    body = (
        '"We will not vote for it," said Ivo Randt, a state senator.\n\n'
        "Host Dalia Ferreiro pressed the senator on the point.\n\n"
        '"Would you vote against your own leader?" Ferreiro asked.\n\n'
        '"I would vote for my district."\n\n'
        '"So that is a yes."'
    )
    assert _speakers(body) == ["Ivo Randt", "Dalia Ferreiro", "Ivo Randt", "Dalia Ferreiro"]


def test_the_question_names_the_one_asked() -> None:
    body = (
        '"It is a fair deal," said Nell Ambry, the mayor. Gil Orloff, a developer, is '
        "also running.\n\nModerator Kasia Drobny then turned to the other candidate.\n\n"
        '"Mr. Orloff, will your company pay its taxes?" Drobny asked.\n\n'
        '"Every cent of them."'
    )
    quotes = attributed(body)
    assert quotes[-1].speaker == "Gil Orloff"


def test_a_rhetorical_question_to_no_one_keeps_its_speaker() -> None:
    body = (
        '"Why would you ever leave this town?" said Bruna Tolliver, the mayor.\n\n'
        '"We have the river, the schools and the people."'
    )
    assert _speakers(body) == ["Bruna Tolliver", "Bruna Tolliver"]


def test_he_replied_is_the_one_spoken_to() -> None:
    body = (
        '"Budgets are choices," said Rep. Amos Velling, who sits on the committee.\n\n'
        '"He would say you made them," Host Pieter Oakhurst interjected.\n\n'
        '"We all made them," he replied. "The difference is who pays."'
    )
    assert _speakers(body) == ["Amos Velling", "Pieter Oakhurst", "Amos Velling", "Amos Velling"]


def test_a_reply_to_the_reporter_stays_with_the_speaker() -> None:
    body = (
        'Jonah Merrow said: "The board was wrong."\n\n'
        'Asked whether he would resign, he replied: "No, never."'
    )
    assert _speakers(body) == ["Jonah Merrow", "Jonah Merrow"]


@pytest.mark.parametrize("cue", ["shot back", "fired back", "pressed"])
def test_answering_verbs_are_cues(cue: str) -> None:
    body = (
        'Lidia Varga spoke first. "The plan works," she said.\n\n'
        f'"Then why are rents rising?" Casimir Dunleavy {cue}.'
    )
    assert _speakers(body)[-1] == "Casimir Dunleavy"


def test_pressing_for_is_no_cue() -> None:
    body = (
        "Lidia Varga said the agency would act. The regulator is pressing for "
        '"the highest penalties", a spokeswoman for the agency told reporters.'
    )
    assert attributed(body)[0].speaker == "a spokeswoman for the agency"


def test_a_bare_question_after_a_turn_is_the_other_side_asking() -> None:
    body = (
        '"You have thought about it," Host Mirela Santangelo said.\n\n'
        '"Every day," Rep. Anselm Brocklehurst replied.\n\n'
        '"Has anyone from the committee called you?"\n\n'
        '"I will not tell you who called."\n\n'
        '"That is a yes."'
    )
    assert _speakers(body) == [
        "Mirela Santangelo",
        "Anselm Brocklehurst",
        "Mirela Santangelo",
        "Anselm Brocklehurst",
        "Mirela Santangelo",
    ]


def test_a_bare_question_after_x_asked_y_is_x_asking_y() -> None:
    body = (
        '"It was a clean process," said Tobiah Wrenfield, the nominee.\n\n'
        "Near the end, Sen. Ilse Marrakova asked Mr. Wrenfield whether he would go back to "
        "the firm. He said he would not.\n\n"
        '"Would you put that in writing?"\n\n'
        '"I just did, Senator."'
    )
    assert _speakers(body) == ["Tobiah Wrenfield", "Ilse Marrakova", "Tobiah Wrenfield"]


def test_a_title_in_the_question_is_not_the_one_asked() -> None:
    body = (
        '"We are ready," said Defense Secretary Anneliese Vorbrook.\n\n'
        "Host Dario Pellinore pressed her on the budget.\n\n"
        '"Mr. Secretary, can you promise no cuts?" Pellinore asked.\n\n'
        '"I can promise a fair budget."'
    )
    assert _speakers(body)[-1] == "Anneliese Vorbrook"


# -- cue-less answers and questions in hearings and cross-examinations --------------


def _turns(body: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.confidence) for q in attributed(body) if q.kind == "direct"]


def test_a_bare_quote_after_a_reported_question_is_the_answer_of_the_one_asked() -> None:
    body = (
        "Parks Administrator Brisa Toloza-Grant testified for three hours.\n\n"
        '"We expect answers this time," Sen. Halvard Pienaar said at the start.\n\n'
        "Near the end, Pienaar asked the administrator whether she would return in June. "
        '"Yes, Mr. Chairman."'
    )
    assert _turns(body) == [("Halvard Pienaar", "high"), ("Brisa Toloza-Grant", "low")]


def test_a_bare_paragraph_after_x_pressed_y_on_whether_is_y_answering() -> None:
    body = (
        '"The delay cost us a year," Sen. Odalys Ferrante-Quist said.\n\n'
        "Ferrante-Quist pressed Admiral Tobin Achterlund on whether the delay was his "
        "decision.\n\n"
        '"It was mine, Senator. I will not pretend otherwise."'
    )
    assert [s for s, _ in _turns(body)] == ["Odalys Ferrante-Quist", "Tobin Achterlund"]


def test_a_bare_question_after_an_answer_is_the_lawyer_asking_again() -> None:
    body = (
        "Defense lawyer Osric Vantongeren cross-examined Marisol Quaye-Lindholm.\n\n"
        '"You signed the contract, didn\'t you?" Vantongeren asked.\n\n'
        '"I did," Quaye-Lindholm replied.\n\n'
        '"And then?"\n\n'
        '"Nothing," she said.'
    )
    assert _turns(body)[2] == ("Osric Vantongeren", "low")


def test_the_exchange_goes_on_after_the_asker_answers_back() -> None:
    body = (
        '"Is there any limit at all?" Justice Petra Oyelowo-Stam asked.\n\n'
        '"The voters are the limit, Justice," Corwin Baltazar replied.\n\n'
        '"So the answer is no limit," Oyelowo-Stam said.\n\n'
        '"The answer is that the limit is the voters."'
    )
    assert [s for s, _ in _turns(body)][3] == "Corwin Baltazar"


def test_a_cued_speaker_going_on_after_answering_keeps_the_quote() -> None:
    body = (
        '"Will you run again?" host Ines Marbury-Colt asked.\n\n'
        '"I have not decided," Gov. Teodor Vasquez-Lind said.\n\n'
        '"My family comes first."'
    )
    assert [s for s, _ in _turns(body)][2] == "Teodor Vasquez-Lind"


_INTERVIEW = (
    "When Odalys Ferreira-Quint took over the Guild of Ferry Pilots, it had lost half "
    "its members. Ms. Ferreira-Quint, 48, a former deckhand, has since won three votes.\n\n"
    "She spoke with The Harbor Ledger in her office. The conversation has been edited.\n\n"
    "You started on a night boat. What did that teach you?\n\n"
    '"That the owners have never stood a night watch. Every year, they cut a crew."\n\n'
    "The largest ferry line says its pilots do not want a guild. What do you say?\n\n"
    '"Let them vote without a consultant in the wheelhouse."\n\n'
    "You have been criticised for meeting with the governor.\n\n"
    '"I will meet with anybody who has a vote."\n\n'
    '"My members voted for both parties."'
)


def test_quoted_answers_of_a_printed_interview_are_the_interviewees() -> None:
    quotes = [q for q in attributed(_INTERVIEW) if q.kind == "direct"]
    assert [(q.speaker, q.confidence) for q in quotes] == [("Odalys Ferreira-Quint", "medium")] * 4


def test_no_interview_without_words_that_set_it_up() -> None:
    body = _INTERVIEW.replace(
        "She spoke with The Harbor Ledger in her office. The conversation has been edited.",
        "She took the job in a hard year.",
    )
    assert all(q.speaker != "Odalys Ferreira-Quint" for q in attributed(body)[:2])


# -- exchanges whose turns carry a pronoun, a name or nothing -------------------------

_HEARING = (
    "Lev Haraszti, the chief executive of Corvane Freight, told the panel that the"
    ' delays were not his company\'s fault. "We did our best," Haraszti said.\n\n'
    "The answer did not satisfy Sen. Orla Pendergast, the panel's chair.\n\n"
    '"Mr. Haraszti, were all of the delays someone else\'s fault?" she asked.\n\n'
    '"No, senator, they were not," he said.\n\n'
    '"How many were?" she asked.\n\n'
    '"I would have to check," he said.'
)


def test_a_he_after_a_womans_question_is_the_man_she_asked() -> None:
    # The man was last named three paragraphs up: "he said" finds no one close by
    # and must not carry her question over to his answer.
    assert _speakers(_HEARING)[1:] == [
        "Orla Pendergast",
        "Lev Haraszti",
        "Orla Pendergast",
        "Lev Haraszti",
    ]


def test_a_she_after_a_mans_question_is_the_woman_he_asked() -> None:
    body = (
        "Superintendent Idalia Brewster said the plan would hold small districts"
        ' harmless for five years. "No school loses a dollar," Brewster said.\n\n'
        "Rep. Corbin Yates, who represents a rural district, asked Brewster about it.\n\n"
        "Yates said his towns depend on their schools.\n\n"
        '"And in year six?" Yates asked.\n\n'
        '"In year six, the Legislature will still be here," she replied.'
    )
    assert _speakers(body)[-1] == "Idalia Brewster"


def test_a_role_the_sentence_gives_a_name_is_theirs_and_answers_alternate() -> None:
    body = (
        "The trial over the levee strip opened on Monday.\n\n"
        "The first witness was the county's surveyor, Emmett Pike of Ardmore, who"
        " testified that the strip was worth little. Under cross-examination, the"
        " family's lawyer, Rosalind Okonjo, asked whether he had walked it.\n\n"
        '"I drove by it," he said.\n\n'
        '"You drove by it," she said. "Did you get out of the car?"\n\n'
        '"It was raining that day."'
    )
    assert _speakers(body) == [
        "Emmett Pike",
        "Rosalind Okonjo",
        "Rosalind Okonjo",
        "Emmett Pike",
    ]


def test_a_turn_that_names_the_one_it_was_carried_from_is_the_other_side() -> None:
    body = (
        "Council member Henrietta Vasko argued for the delay.\n\n"
        '"We need the water plan first," Vasko said.\n\n'
        '"We have had this application for seven months," Council member Tobias'
        ' Drummond interjected. "Seven months."\n\n'
        '"We got the plan on Friday, Tobias."'
    )
    assert _speakers(body)[-1] == "Henrietta Vasko"


def test_a_reply_naming_the_asker_mid_quote_is_the_one_asked_and_turns_go_on() -> None:
    body = (
        '"Every request was weighed on its merits," Press Secretary Lenora Quist-Abara'
        " said.\n\n"
        "Reporters asked Quist-Abara whether the reasons would be released.\n\n"
        "An exchange with correspondent Anselm Dorrego-Vance grew testy.\n\n"
        '"Why not publish the reasons?" Dorrego-Vance asked.\n\n'
        '"The rules are published, Anselm. They are online."\n\n'
        '"The rules are. The reasons are not."'
    )
    assert _speakers(body)[1:] == [
        "Anselm Dorrego-Vance",
        "Lenora Quist-Abara",
        "Anselm Dorrego-Vance",
    ]
