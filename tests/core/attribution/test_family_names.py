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


def test_a_couple_shares_the_surname_written_once() -> None:
    # "Harold and Tilde Wexcombe": Harold is a Wexcombe too, so "her husband" is he
    # (Tilde is in no name list; the pair tells it is a given name).
    body = (
        "Volunteers helped an elderly couple, Harold and Tilde Wexcombe, pull up the "
        "carpet.\n\n"
        '"We said we would move," Tilde Wexcombe said.\n\n'
        "Her husband, sitting in a chair, shook his head. "
        '"Where would we go?" he said.'
    )
    assert _speakers(body) == ["Tilde Wexcombe", "Harold Wexcombe"]


def test_her_husband_is_her_family_s_not_the_husband_named_elsewhere() -> None:
    # Another woman's husband is named as "her husband" first; Tilde's is a Wexcombe.
    body = (
        "Marisela Quarrington and her husband, Dov Quarrington, lost the shop.\n\n"
        "Down the street, volunteers helped Harold and Tilde Wexcombe.\n\n"
        '"We said we would move," Tilde Wexcombe said.\n\n'
        "Her husband shook his head. "
        '"Where would we go?" he said.'
    )
    assert _speakers(body)[-1] == "Harold Wexcombe"


def test_a_full_name_before_and_is_no_couple() -> None:
    # "Matt Larkspur and David Quenell" are two people: no "Larkspur Quenell".
    article = make_article(
        "t", "t.txt", "Head\n\nMatt Larkspur and David Quenell wrote the show.\n"
    )
    ctx = ArticleContext(article, extract_quotes(article))
    assert ctx.names.full_forms("Quenell") == ["David Quenell"]


def test_the_elder_and_the_younger_by_how_the_relative_was_brought_in() -> None:
    # No Jr. or Sr.: "His son, Dariusz Wendholt," is the younger Wendholt.
    body = (
        "Tomasz Wendholt ran the mill for 30 years. His son, Dariusz Wendholt, worked "
        "in its shipping department.\n\n"
        '"It was the money," the younger Mr. Wendholt said.\n\n'
        '"It was the river," the elder Mr. Wendholt said.'
    )
    assert _speakers(body) == ["Dariusz Wendholt", "Tomasz Wendholt"]


def test_two_children_leave_the_younger_open() -> None:
    # A son and a daughter: "the younger" is not told; "the elder" is the father.
    body = (
        "Anselm Quarrie was county judge for 16 years. His son, Bertil Quarrie, holds "
        "the job now. His daughter, Ingrid Quarrie, is the clerk.\n\n"
        '"They said I was finished," the elder Quarrie said.'
    )
    assert _speakers(body) == ["Anselm Quarrie"]


def test_mr_surname_is_the_husband_named_only_by_his_given_name() -> None:
    # The only Vantongeren named in full is a woman: "Mr. Vantongeren" is "her husband,
    # Gerrit," who takes the family name.
    body = (
        "Loretta Vantongeren, who farms 1,400 acres with her husband, Gerrit, near the "
        "town, said the couple had replanted.\n\n"
        '"We did everything they told us to do," Mr. Vantongeren said.'
    )
    assert _speakers(body) == ["Gerrit Vantongeren"]
