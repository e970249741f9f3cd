"""American newswriting shapes (issue 8's held-out set is US news), each on a short
invented article."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def _who(body: str) -> list[str | None]:
    return [q.speaker for q in attributed(body)]


# -- a long tail after a question: the cue comes first, circumstances follow --------
def test_question_then_honorific_and_a_long_tail() -> None:
    body = (
        "Dale Whitcomb waited. Tamsin Greer said the president would not sign.\n\n"
        '"Who wrote that statement, the caucus?" Mr. Whitcomb said when shown it.'
    )
    assert _who(body) == ["Dale Whitcomb"]


def test_full_stop_then_cue_and_a_circumstance() -> None:
    body = (
        "Colm Vasquez and Ysolde Marchetti argued for hours.\n\n"
        '"I just want to see the sun at dinner." Mr. Vasquez sighed as the roll was called.'
    )
    assert _who(body) == ["Colm Vasquez"]


def test_full_stop_then_a_new_sentence_reporting_someone_else() -> None:
    """`"Q." Mr Blair retorted voters remembered ...`: a new sentence, not a tail."""
    body = (
        'Lena Ruiz attacked the plan. "It is a mess and everyone knows it." '
        "Mr. Okoro retorted voters would judge the record."
    )
    assert _who(body) == ["Lena Ruiz"]


# -- American titles and name suffixes ------------------------------------------------
def test_us_titles_are_dropped_from_the_name() -> None:
    body = (
        "Alderman Rufus Kettering and House Speaker Marguerite Ellison met Atty. Gen. "
        'Celia Marchetti. "No," said Alderman Rufus Kettering. "Yes," said House Speaker '
        'Marguerite Ellison. "Maybe," said Atty. Gen. Celia Marchetti.'
    )
    assert _who(body) == ["Rufus Kettering", "Marguerite Ellison", "Celia Marchetti"]


def test_jr_and_iii_stay_in_the_name_and_the_surname_is_the_one_before() -> None:
    body = (
        "Judge Harlan T. Booker Jr. ruled on Thursday. The sponsor, Cornelius Abernathy III, "
        'said he would appeal.\n\n"The law is plain," Judge Booker wrote.\n\n'
        '"This was never about paperwork," Mr. Abernathy said.'
    )
    assert _who(body) == ["Harlan T. Booker Jr.", "Cornelius Abernathy III"]


# -- a role named by an appositive: the person speaks --------------------------------
def test_a_role_then_its_holder_in_commas_gives_the_person() -> None:
    body = (
        "A White House spokeswoman, Priya Halvorsen, declined to comment on personnel. "
        '"The president has full confidence in his cabinet," she said.'
    )
    assert _who(body) == ["Priya Halvorsen"]


def test_a_role_for_mr_x_keeps_the_honorific_and_then_its_holder() -> None:
    body = (
        "The aide, Jerome Tillotson, testified for hours. A lawyer for Mr. Tillotson, "
        'Graham Pettibone, said his client had cooperated. "Jerome answered every '
        'question," he said.'
    )
    quotes = attributed(body)
    assert [q.speaker for q in quotes] == ["Graham Pettibone"]


def test_party_and_state_after_the_name_do_not_end_the_tail() -> None:
    body = (
        "Julian Oduya testified on Wednesday.\n\n"
        '"Who approved this?" Rep. Renata Villalobos, R-Fla., asked, holding up the memo.'
    )
    assert _who(body) == ["Renata Villalobos"]


# -- round-ups and colon lead-ins ------------------------------------------------------
def test_round_up_line_with_the_outlets_article() -> None:
    assert _who('Tomas Reyes, The Evening Ledger: "The debate was a draw."') == ["Tomas Reyes"]


def test_a_lead_in_without_a_reporting_verb_gives_its_subject() -> None:
    body = (
        'Nadia Fenwick told her deputy: "Check them twice."\n\n'
        "Senator Odell Pike of Kentucky put it more bluntly at a breakfast with "
        'reporters: "We lost the people we used to win."'
    )
    assert _who(body) == ["Nadia Fenwick", "Odell Pike"]


def test_a_day_after_in_a_statement_never_speaks() -> None:
    body = (
        "Wendell Haskins is the governor. Mr. Haskins\u2019s office called the inquiry "
        "\u201ca partisan fishing expedition\u201d in a statement on Friday."
    )
    assert "Friday" not in _who(body)
