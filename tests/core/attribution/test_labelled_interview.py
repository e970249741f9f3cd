"""Issue 8, interview formats: a printed Q&A with labels ("Q: ..." ¶ 'A: "..."', "Q." and
"A." with quoted answers) is a printed interview like one without: the labelled
questions are the outlet's, unquoted, and each quoted answer after one is the
interviewee's, whom the set-up names. Invented articles and names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def _speakers(body: str) -> list[str | None]:
    return [q.speaker for q in attributed(body) if q.kind == "direct"]


def test_colon_labelled_answers_are_the_interviewees() -> None:
    body = (
        "Mayor Orla Fenwick-Dade spoke with the Harbor Ledger on Tuesday. The "
        "conversation has been edited for length.\n\n"
        "Q: Why did you close the pier?\n\n"
        'A: "The pilings were rotten. We had no choice."\n\n'
        "Q: What about the bridge?\n\n"
        'A: "The bridge is next, and it will cost more."\n\n'
        "Q: Will taxes rise?\n\n"
        'A: "Not this year."\n'
    )
    assert _speakers(body) == ["Orla Fenwick-Dade"] * 3


def test_dot_labelled_answers_are_the_interviewees() -> None:
    body = (
        "Tamsin Okoro-Vale talked with The Quarry Gazette about her first year as "
        "sheriff. Her answers have been condensed.\n\n"
        "Q. How many deputies have you hired?\n\n"
        'A. "Eleven, and four more start in May."\n\n'
        "Q. Is that enough?\n\n"
        'A. "It never is."\n'
    )
    assert _speakers(body) == ["Tamsin Okoro-Vale"] * 2


def test_a_question_label_makes_a_statement_a_question() -> None:
    body = (
        "Dorrit Vanlandt, the new harbor master, sat down with the Brine Courier.\n\n"
        "QUESTION: Tell us about the dredging.\n\n"
        'ANSWER: "It starts in June and runs through the fall."\n\n'
        "QUESTION: The fishermen say it will ruin the season.\n\n"
        'ANSWER: "They said that last time, too."\n'
    )
    assert _speakers(body) == ["Dorrit Vanlandt"] * 2


def test_labels_without_a_set_up_give_no_one() -> None:
    body = (
        "Dorrit Vanlandt took over the harbor in May.\n\n"
        "Q: Tell us about the dredging.\n\n"
        'A: "It starts in June."\n\n'
        "Q: And the fishermen?\n\n"
        'A: "They will manage."\n'
    )
    assert "Dorrit Vanlandt" not in _speakers(body)[:1]


def test_a_label_in_capitals_is_the_person_of_that_surname() -> None:
    body = (
        "Bram Kessock, the mayor of Dunmoor, sat down with the Lantern on Friday.\n\n"
        "INTERVIEWER: What keeps you up at night?\n\n"
        'MAYOR KESSOCK: "The water bills. People cannot pay them."\n\n'
        "INTERVIEWER: And the council?\n\n"
        'KESSOCK: "The council will come around."\n'
    )
    assert _speakers(body) == ["Bram Kessock"] * 2


def test_a_label_in_capitals_no_one_here_bears_is_no_name_made_up() -> None:
    body = (
        "Ulla Brenning-Soto spoke with the Lantern about the mill.\n\n"
        "Q: When does it reopen?\n\n"
        'A: "In April, if the roof holds."\n\n'
        "Q: And the workers?\n\n"
        'A: "Every one of them comes back."\n'
    )
    assert _speakers(body) == ["Ulla Brenning-Soto"] * 2
