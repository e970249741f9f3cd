"""Issue 8: people's names of shapes the plain two-word sets rarely hold (found by
bench/namevar.py) are read as names. Invented names and words.

- Two initials written together ("said T.J. Brackwell"): their inner full stops end no
  sentence, nor the short tail after a quote (`"Why?" A.J. Quillon asked`).
- A hyphened given name whose second syllable ends in "h" ("Soo-ah Varnek") is one
  given name, not a run that starts at the surname.
- A headline verb that is a given name right after a short honorific ("Sen. Will
  Prossart") is the person's given name, not the verb ending a Title-Case headline.
- A title before a capitalised particle ("Mr. Van Tassort") names a surname, not a
  full name with the given name "Van".
- A double surname alone ("Vasquez Almendro said") after a person named in full with
  it ("Dorian Vasquez Almendro") is that person, not a new one; of a couple sharing it,
  "Mr."/"Mrs." tells which.
- "Will" after a job title ("Minority Leader Will Prossart") is a given name when the
  word after it is not written in lower case in the article; a Title-Case headline's
  "Leader Will Resign" keeps its verb (the story writes "resign").
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed
from tui.core.attribution.names import clean_run


def test_joined_initials_do_not_end_the_sentence() -> None:
    body = (
        "The council met on Tuesday.\n\n"
        '"This is not a serious offer," said T.J. Brackwell, who chairs the panel.\n\n'
        '"We will vote no," said Sen. A.J. Quillon, a Democrat.'
    )
    assert [q.speaker for q in attributed(body)] == ["T.J. Brackwell", "A.J. Quillon"]


def test_an_initials_name_is_followed_by_its_pronoun() -> None:
    body = (
        'Rep. R.W. Dunmarrow said the bill was "a disgrace" on Monday.\n\n'
        '"We put a clean bill on the table," he said.'
    )
    assert [q.speaker for q in attributed(body)][-1] == "R.W. Dunmarrow"


def test_a_hyphened_given_name_ending_in_h_is_one_given_name() -> None:
    body = (
        '"The plan is not enough," said Soo-ah Varnek, who leads the group.\n\n'
        '"We need more," Ms. Varnek said.'
    )
    assert [q.speaker for q in attributed(body)] == ["Soo-ah Varnek", "Soo-ah Varnek"]


def test_a_verb_that_is_a_given_name_after_an_honorific_is_a_name() -> None:
    body = (
        "The majority leader, Sen. Will Prossart of Nebraska, said he would bring the "
        'bill to the floor. "Every senator will vote on this," he said.'
    )
    assert [q.speaker for q in attributed(body)] == ["Will Prossart"]


def test_a_headline_verb_after_a_surname_still_ends_the_name() -> None:
    """ "Prossart Will Vote" is a Title-Case headline's name and verb: the name stops
    at the verb; after "Sen." the same word is a given name."""
    headline = "Ada Prossart Will Vote Against Plan"
    cut = clean_run(headline, 0, "Ada Prossart Will Vote Against Plan")
    assert cut is not None and cut.tokens == ("Ada", "Prossart")
    text = "said Sen. Will Prossart on Monday"
    named = clean_run(text, 5, "Sen. Will Prossart")
    assert named is not None and named.tokens == ("Will", "Prossart")


def test_joined_initials_in_a_tail_after_the_quote() -> None:
    """`"Why?" Rep. A.J. Quillon, R-Fla., asked`: the tail runs past the initials."""
    body = (
        'The hearing turned testy.\n\n"Who approved this?" Rep. A.J. Quillon, R-Fla., asked, '
        'holding up a memo.\n\n"Why now?" T.J. Brackwell said.'
    )
    assert [q.speaker for q in attributed(body)] == ["A.J. Quillon", "T.J. Brackwell"]


def test_a_title_before_a_capitalised_particle_names_a_surname() -> None:
    """ "Mr. Van Tassort" is Rudolph Van Tassort again, not a new "Van" Tassort."""
    text = "said Mr. Van Tassort on Monday"
    m = clean_run(text, 5, "Mr. Van Tassort")
    assert m is not None and not m.is_full and m.surname == "Tassort"
    body = (
        "Rudolph Van Tassort, a Kansas farmer, died on Saturday. He was 91.\n\n"
        '"City folks need farmers," Mr. Van Tassort said in 1996.'
    )
    assert [q.speaker for q in attributed(body)] == ["Rudolph Van Tassort"]


def test_a_double_surname_alone_is_the_person_named_in_full() -> None:
    body = (
        "Dorian Vasquez Almendro, a rancher, spoke at the hearing in Pellford.\n\n"
        '"We were never asked," Vasquez Almendro said.\n\n'
        '"Nobody came out here," Vasquez Almendro added.'
    )
    assert [q.speaker for q in attributed(body)] == ["Dorian Vasquez Almendro"] * 2


def test_a_couple_sharing_a_double_surname_is_told_apart_by_title() -> None:
    body = (
        "Dorian Vasquez Almendro, a rancher, and his wife, Lucinda Vasquez Almendro, "
        "run the store.\n\n"
        '"We stay open late," Mr. Vasquez Almendro said.\n\n'
        '"Somebody has to," Mrs. Vasquez Almendro said.\n\n'
        '"Not me," Mr. Vasquez Almendro added.'
    )
    assert [q.speaker for q in attributed(body)] == [
        "Dorian Vasquez Almendro",
        "Lucinda Vasquez Almendro",
        "Dorian Vasquez Almendro",
    ]


def test_will_after_a_long_title_is_a_given_name() -> None:
    body = (
        '"We have the votes," said Senate Minority Leader Will Prossart, who spoke '
        "after the vote in Drellham."
    )
    assert [q.speaker for q in attributed(body)] == ["Will Prossart"]
    text = "Drellham Council Leader Will Resign Over Budget\n\nThe leader will resign in May."
    assert clean_run(text, 0, "Drellham Council Leader Will Resign Over Budget") is None
