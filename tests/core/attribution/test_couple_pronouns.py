"""A couple's "he" and "she": each member's gender comes from their own given name or
the kin noun apposed to it ("Her husband, Osric, 61"), even by the first name alone;
"the couple" after a wife and husband whose family names differ only by a joined part
("Velma Tarrow-Quist", "Osric Quist") is those two; and a couple another person acts on
("He said he liked the Quists") is not who goes on. Invented articles and names.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed
from tui.core.attribution.context import ArticleContext
from tui.core.model import Quote
from tui.core.paragraphs import make_article
from tui.core.quotes import extract_quotes


def _direct(body: str) -> list[Quote]:
    return [q for q in attributed(body) if q.kind == "direct"]


def _context(body: str) -> ArticleContext:
    article = make_article("t", "t.txt", "Headline\n\n" + body)
    return ArticleContext(article, extract_quotes(article))


def test_a_kin_noun_apposed_to_the_first_name_alone_tells_the_gender() -> None:
    ctx = _context(
        "Velma and Osric Brundquist run a bakery in Harlow Creek.\n\n"
        "Velma Brundquist, 58, bakes. Her husband, Osric, 61, sells the bread.\n"
    )
    assert ctx.names.gender_of("Osric Brundquist") == "m"


def test_the_couple_of_a_joined_and_a_plain_family_name_is_those_two() -> None:
    quotes = _direct(
        "Velma Tarrow-Quist is running for the county board. Her husband, Osric Quist, "
        "ran for it once.\n\n"
        "Her rival, Dorran Pellwick, has raised more money.\n\n"
        '"It is a close race," Pellwick said.\n\n'
        "Back at home that night, the couple argued about the mailers.\n\n"
        '"We need them," he said.\n\n'
        '"We need volunteers more," she said.'
    )
    assert [q.speaker for q in quotes[-2:]] == ["Osric Quist", "Velma Tarrow-Quist"]


def test_a_couple_another_person_acts_on_does_not_go_on() -> None:
    quotes = _direct(
        "Velma Brundquist is running for the town council. Her husband, Osric "
        "Brundquist, bakes the bread they sell.\n\n"
        "Her opponent, Councilman Dorran Pellwick, has held the seat for years. He said "
        "he liked the Brundquists personally.\n\n"
        '"Velma bakes good bread," he said. "But bread is not a budget."'
    )
    assert quotes[0].speaker == "Dorran Pellwick"


def test_a_couple_acting_in_its_own_clause_goes_on() -> None:
    quotes = _direct(
        "Velma Brundquist is running for the town council. Her husband, Osric "
        "Brundquist, bakes the bread they sell.\n\n"
        "Her opponent, Councilman Dorran Pellwick, has held the seat for years.\n\n"
        "She sat at the counter, and afterward the couple took questions.\n\n"
        '"I told him to stay home," she said.\n\n'
        '"I did not listen," he said.'
    )
    assert [q.speaker for q in quotes[-2:]] == ["Velma Brundquist", "Osric Brundquist"]
