"""Issue 8, pronouns: a sentence naming one person of no known gender after a "her"
("Her likely opponent, the state senator Thorvald Mickelsen, has said her votes are
'theater' and that she ...") does not make that person a "she": the pronouns may be the
owner's, so the sentence tells nothing of his gender and a later "he" is still his (was
no speaker). Invented articles and names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_her_before_the_name_tells_nothing_of_its_gender() -> None:
    quotes = attributed(
        "Rep. Odalys Venn spoke at the union hall on Saturday.\n\n"
        "Her likely opponent this fall, the state senator Thorvald Mickelsen, has said "
        "her votes against the party are \u201ctheater\u201d and that she sides with its "
        "leaders when it counts.\n\n"
        "\u201cLook at the votes that matter,\u201d he said in a phone interview."
    )
    assert [q.speaker for q in quotes] == ["Thorvald Mickelsen", "Thorvald Mickelsen"]


def test_a_sentence_naming_one_person_still_tells_her_gender() -> None:
    quotes = attributed(
        "Van Orsdel, reached by phone, said she was relieved.\n\n"
        "\u201cIt is over,\u201d Van Orsdel said. \u201cFinally,\u201d she added."
    )
    assert [q.speaker for q in quotes][-1] == "Van Orsdel"
