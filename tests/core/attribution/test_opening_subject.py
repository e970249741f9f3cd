"""Issue 8: the subject of a participle or of a verb joined by "and" is the noun phrase
opening the sentence, not a person named after its verb ("The governor, in a
statement, called Mr. Roe "Q" and said he had "Q2"": the governor's words, not Mr.
Roe's). In a lede, the phrase is then the person the next paragraph names. Invented
articles and names.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_verb_joined_by_and_belongs_to_the_opening_phrase_not_its_object() -> None:
    body = (
        "Odile Varga-Penn, the state budget director, will leave her post at the end of the "
        "month, the governor's office announced on Friday.\n\n"
        "The governor, in a statement released shortly after noon, called Ms. Varga-Penn "
        '"a steady hand" and said she had "brought order to a chaotic office."'
    )
    quotes = attributed(body)
    assert [q.speaker for q in quotes] == ["the governor", "the governor"]
    assert all(q.confidence != "high" for q in quotes)


def test_a_participle_after_an_object_belongs_to_the_opening_phrase() -> None:
    body = (
        "The quarry is closed. A county commissioner in Utah is accusing Gov. Ines Halloran "
        'of abandoning rural towns, telling reporters the county is "out of money."'
    )
    assert attributed(body)[0].speaker == "a county commissioner"


def test_the_lede_phrase_is_the_person_the_next_paragraph_names() -> None:
    body = (
        "A county commissioner in Utah is accusing Gov. Ines Halloran of abandoning rural "
        'towns, telling reporters the county is "out of money."\n\n'
        "Commissioner Bram Estevez-Lund of Quarry County, a Republican, said the grant "
        "had paid for two road crews."
    )
    assert attributed(body)[0].speaker == "Bram Estevez-Lund"


def test_a_person_touching_the_participle_still_speaks() -> None:
    body = 'The council met on Monday, with Mayor Teodor Brisk saying the budget was "a disgrace."'
    assert attributed(body)[0].speaker == "Teodor Brisk"
