"""Issue 8, pattern 10: role and kin nouns the article ties to a person.

- "The woman was Ann Roe": a sentence that says who "the woman" of an earlier quote
  was ties the noun to her, as an apposition ties a role.
- "former state delegate Ann Roe" ... "the former delegate said": the office's level
  (state, county) is left out when the role comes back.
- "Roe's wife, Sue," ... "his wife, Sue,": a relative given by first name takes the
  family name of the person whose relative they are; for "his"/"her" that is the
  person the same sentence names last before, not whoever was named in full last.
Invented names and words.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def _speakers(body: str) -> list[str | None]:
    return [q.speaker for q in attributed(body)]


def test_a_later_copula_says_who_the_woman_was() -> None:
    body = (
        "The speaker was running late, so the crowd at the Velmora grange hall was "
        "warmed up by someone else.\n\n"
        "“He asked me twice and I said no twice,” the woman told the crowd.\n\n"
        "The woman was Tamsin Orlevy, 51, a veterinarian, and the wife of Dorian Orlevy, "
        "who is running for the county board."
    )
    assert _speakers(body) == ["Tamsin Orlevy"]


def test_the_former_delegate_is_the_former_state_delegate_named() -> None:
    body = (
        "The forum featured Council President Ilse Varnholt and former state delegate "
        "Caspian Merrow-Tull.\n\n"
        "Merrow-Tull stayed above the fray for an hour. But the former delegate, who "
        "trails in the polls, also took a shot at his rival.\n\n"
        "“The numbers never worked,” the former delegate said."
    )
    assert _speakers(body) == ["Caspian Merrow-Tull"]


def test_a_possessive_kin_phrase_with_a_first_name_is_that_relative() -> None:
    body = (
        "Brannock Vell-Osgood spoke for an hour at the Tarrow fairground.\n\n"
        "Vell-Osgood’s wife, Liesl, a former teacher, also spoke, telling the crowd the "
        "family had “given up everything” for the race."
    )
    assert _speakers(body) == ["Liesl Vell-Osgood"]


def test_his_wife_belongs_to_the_man_the_sentence_names_not_the_last_full_name() -> None:
    body = (
        "Quenby Drumlin, a welder, walked out on Monday.\n\n"
        "Workers are protected, said Dr. Halvard Ostrowe-Finch, a professor of law.\n\n"
        "Drumlin said he and his wife, Marisol, who works at the same plant, talked it "
        "over first.\n\n"
        "“We have a baby,” his wife said."
    )
    assert _speakers(body) == ["Marisol Drumlin"]
