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
