"""Issue 8, names real US news writes: a father and son told apart by "the elder" /
"the younger" and their suffixes; a nickname in quotes before a surname with
particles; a compound surname standing alone; a suffix never read as the surname.
Invented articles and names.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed
from tui.core.attribution.context import ArticleContext
from tui.core.paragraphs import make_article
from tui.core.quotes import extract_quotes


def _speakers(body: str) -> list[str | None]:
    return [q.speaker for q in attributed(body) if q.kind == "direct"]


def test_the_elder_and_the_younger_tell_father_from_son() -> None:
    body = (
        "Oswin K. Tallmadge Jr. is running for mayor. His father, Oswin K. Tallmadge Sr., "
        "held the job for a decade.\n\n"
        '"I am my own man," the younger Mr. Tallmadge said.\n\n'
        '"He always was," the elder Mr. Tallmadge said.'
    )
    assert _speakers(body) == ["Oswin K. Tallmadge Jr.", "Oswin K. Tallmadge Sr."]


def test_a_father_named_without_a_suffix_is_the_elder() -> None:
    body = (
        "State Rep. Lucien Broussel, 70, has served since 1996. His son, Rep. Lucien "
        "Broussel Jr., won a seat in 2023.\n\n"
        '"He went right," the elder Broussel said.\n\n'
        '"He went wrong," the younger Broussel said.'
    )
    assert _speakers(body) == ["Lucien Broussel", "Lucien Broussel Jr."]


def test_the_elder_with_one_person_of_that_surname_is_that_person() -> None:
    body = 'Mirabel Quist, a farmer, spoke first.\n\n"The rain came late," the elder Quist said.'
    assert _speakers(body) == ["Mirabel Quist"]


def test_a_nickname_before_a_surname_with_particles() -> None:
    body = (
        'Sen. Bartholomew "Bart" Van der Meulen toured the county on Friday.\n\n'
        '"We came to listen," Van der Meulen said.'
    )
    assert _speakers(body) == ["Bartholomew Van der Meulen"]


def test_a_compound_surname_alone_is_the_person_named_in_full() -> None:
    body = (
        "The staff director, Anselm Ruiz-De Boer, wrote the report.\n\n"
        '"We found nothing new," Ruiz-De Boer said.'
    )
    assert _speakers(body) == ["Anselm Ruiz-De Boer"]


def test_a_suffix_is_not_the_surname_of_a_person_named_alone() -> None:
    body = (
        "Outside the diner, Wyn Castellane Jr., 81, said he liked the mayor.\n\nCastellane laughed."
    )
    article = make_article("t", "t.txt", "Headline\n\n" + body)
    resolver = ArticleContext(article, extract_quotes(article))._salience
    assert resolver.attested("Wyn Castellane Jr.")


def test_her_husband_is_the_other_person_of_her_family_name() -> None:
    body = (
        "Henrike Vollmar and Anselm Vollmar are running against each other.\n\n"
        'Henrike Vollmar wants a new library. "We need it," her husband said, '
        'smiling. "But not now."'
    )
    assert _speakers(body) == ["Anselm Vollmar", "Anselm Vollmar"]


def test_a_relative_with_no_one_of_that_name_stays_the_label() -> None:
    body = 'Henrike Vollmar wants a new library. "We need it," her husband said.'
    assert _speakers(body) == ["her husband"]


def test_a_transcript_turn_labelled_by_surname_alone() -> None:
    body = (
        "Gov. Ottilie Brandvold and her challenger, Sheriff Casimir Oyelowo-Dent, met "
        "on Tuesday.\n\n"
        "\u201cBRANDVOLD: Rents went up on your watch, Sheriff.\u201d\n\n"
        "\u201cOYELOWO-DENT: They went up everywhere.\u201d"
    )
    assert _speakers(body) == ["Ottilie Brandvold", "Casimir Oyelowo-Dent"]
