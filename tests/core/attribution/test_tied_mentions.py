"""Issue 8: an office or a contest's noun the article ties to a person ("the sheriff",
"the nominee") is that person wherever it stands in a sentence, so a "he"/"she" after
it goes back to them: "The sheriff was not impressed. ¶ "Q," he told reporters",
"Sen. Ann Roe pressed the nominee on his record. ¶ "Q," he said". A wire dateline with
a date ("ORVALE, June 9 (Wirepost) - ") is read as a dateline, so its lede still ties
its description to the person the next paragraph names. Invented articles and names.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def _speakers(body: str) -> list[str | None]:
    return [q.speaker for q in attributed(body) if q.kind == "direct"]


def test_the_sheriff_opening_a_sentence_is_who_he_then_means() -> None:
    body = (
        "Sheriff Corwin Tallow-Breck has fought the county over its jail rules for a year.\n\n"
        '"We follow the law," said Ignatius Pellowe, a lawyer for the county.\n\n'
        "The sheriff was not impressed.\n\n"
        '"They can hide behind paper all they want," he told reporters.'
    )
    assert _speakers(body)[-1] == "Corwin Tallow-Breck"


def test_the_governor_as_a_subject_after_a_clause_about_another_man() -> None:
    body = (
        "Gov. Anselm Greebe-Wold pardoned his old friend Lucan Farrow on Friday.\n\n"
        '"Lucan made a mistake," Greebe-Wold said on Monday.\n\n'
        "Asked whether his friendship with Farrow had swayed him, the governor paused.\n\n"
        '"Of course I know him," he said.'
    )
    assert _speakers(body)[-1] == "Anselm Greebe-Wold"


def test_an_untied_office_noun_is_no_one() -> None:
    body = (
        '"The roads are a disgrace," said Osric Plume, a farmer near Velt.\n\n'
        "The mayor was not at the meeting.\n\n"
        '"We will keep asking," he said.'
    )
    assert _speakers(body)[-1] == "Osric Plume"


def test_a_dated_wire_dateline_keeps_the_lede_tie() -> None:
    body = (
        "ORVALE, June 9 (Wirepost) - The governor's nominee for the water board told "
        "lawmakers on Tuesday that the agency had been too slow to act.\n\n"
        "Ottilie Marsh-Penrose, an engineer who ran the city's pumping stations, faced "
        "questions about her ties to a pipe maker.\n\n"
        "Sen. Bertram Ollerenshaw pressed her on the contracts.\n\n"
        '"I signed what the city asked me to sign," the nominee said.'
    )
    assert _speakers(body)[-1] == "Ottilie Marsh-Penrose"


def test_the_nominee_pressed_by_a_senator_is_the_next_he() -> None:
    body = (
        "WELLMOOR, March 4 (Wirepost) - The president's nominee for the rail board told "
        "senators on Tuesday that he would act on his own.\n\n"
        "Gerald Ashcombe-Vey, an economist, faced sharp questions from the committee.\n\n"
        '"The market expects a slow hand," said Leopold Narvik, an analyst at a bank.\n\n'
        "Sen. Imelda Crosthwaite pressed the nominee on his past remarks. She asked whether "
        "he would back a faster timetable.\n\n"
        '"Yes, gradually," he said.'
    )
    assert _speakers(body)[-1] == "Gerald Ashcombe-Vey"
