"""A document named in the sentence before its quote speaks for its issuer: one who
issued it past an aside or a time ("The Tarn Board, which backed Roe, sent a letter",
"The Tarn Board on Tuesday released a report"), one who made remarks in it, and an
owner's paper that "it" stands for ("Ben Ode's statement ended on a vow. "Q," it
said.")."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def _speakers(body: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.confidence) for q in attributed(body)]


def test_a_body_sending_a_letter_past_an_aside_issues_it() -> None:
    body = (
        "The Halden Dairy Council, which backed Ms. Roe in her first race, sent a letter "
        "to the mayor last week. “Every day without a deal is a day lost,” the letter "
        "reads. “We urge the council to act.”"
    )
    assert _speakers(body) == [("Halden Dairy Council", "medium")] * 2


def test_a_body_releasing_a_report_on_a_day_issues_it() -> None:
    body = (
        "The Tarn Audit Board on Tuesday released a 40-page report on the water fund. "
        "“The fund was run as a private account,” the report says."
    )
    assert _speakers(body) == [("Tarn Audit Board", "medium")]


def test_remarks_made_in_a_statement_then_it_said() -> None:
    body = (
        "The Tarn Audit Board met on Monday.\n\n"
        "The mayor, Ann Roe, made the remark in a written statement released shortly after "
        "9 a.m. on a city website. The statement ran to three pages.\n\n"
        "“The voters heard the evidence,” it said. “The council may not pretend otherwise.”"
    )
    assert _speakers(body) == [("Ann Roe", "medium")] * 2


def test_an_owners_statement_before_it_said_is_the_owners() -> None:
    body = (
        "Mark Ferreira-Banks was referred to prosecutors. A spokeswoman, Lena Ruiz, said "
        "the office “does not comment.”\n\n"
        "Ferreira-Banks’s statement ended with a promise to fight. “I will be cleared,” it "
        "said. “The voters know me.”"
    )
    assert _speakers(body)[1:] == [("Mark Ferreira-Banks", "medium")] * 2


def test_a_person_reading_a_letter_is_still_no_cue() -> None:
    """A person saying a draft "read" some way keeps her own words."""
    body = 'Ann Roe praised the draft. She said it read "like a novel" to her.'
    q = attributed(body)[-1]
    assert q.speaker == "Ann Roe"


def test_a_place_closing_the_aside_does_not_issue_the_letter() -> None:
    body = (
        "Sen. Hal Vick, a Republican whose state includes Tarn Creek, sent a letter to the "
        "department last month. “The people I represent have waited,” the letter said."
    )
    assert attributed(body)[-1].speaker == "Hal Vick"
