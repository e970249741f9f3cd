"""Issue 8, pattern 10: role nouns ("the prime minister") linked to the people they name.

In one article: a role written next to a name ties them. Across a corpus: a role that
other articles tie to one person names that person in an article that mentions them
(a guess, so low confidence). Where nothing ties a role, it stays the speaker label.
Invented articles and names.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.attribution.builds import patches_internals
from tests.core.attribution.synthetic import attributed, write_premier_corpus
from tui.core.attribution.roles import RoleBook, read_ties, role_keys, role_phrase
from tui.core.corpus import load_corpus


def _speaker(body: str) -> tuple[str | None, str | None]:
    quotes = attributed(body)
    return quotes[-1].speaker, quotes[-1].speaker_how


@pytest.mark.parametrize(
    "tie",
    [
        "Premier Ilsa Marchetti opened the session.",
        "Ilsa Marchetti, the premier, opened the session.",
        "The premier, Ilsa Marchetti, opened the session.",
        "Ilsa Marchetti opened it. Ms Marchetti, the premier, was brief.",
    ],
)
def test_a_role_written_next_to_a_name_is_that_person(tie: str) -> None:
    body = f'{tie} Later the premier said: "The budget is balanced."'
    assert _speaker(body) == ("Ilsa Marchetti", "role")


def test_two_word_roles_and_pronouns_after_them() -> None:
    body = (
        "The Green leader, Oskar Lindqvist, toured the port. "
        'The Green leader was upbeat. "We will win the north," he said.'
    )
    assert _speaker(body)[0] == "Oskar Lindqvist"


def test_a_role_nothing_ties_stays_the_label() -> None:
    body = 'Oskar Lindqvist toured the port. "We will win," the premier said.'
    assert _speaker(body) == ("the premier", "role")


def test_a_deputy_is_not_the_role_they_deputise() -> None:
    body = (
        "Deputy Premier Tomas Ferro and Premier Ilsa Marchetti met. "
        '"We agree," the premier said. "Fully," the deputy premier said.'
    )
    quotes = attributed(body)
    assert [q.speaker for q in quotes] == ["Ilsa Marchetti", "Tomas Ferro"]


def test_an_appositive_needs_a_role_not_any_noun() -> None:
    text = "In the end, Ilsa Marchetti won. The tide, Tomas Ferro said, turned."
    named = [
        (text.index(n), text.index(n) + len(n), n, False) for n in ("Ilsa Marchetti", "Tomas Ferro")
    ]
    assert read_ties(text, named) == {}


def test_role_phrases_and_keys() -> None:
    assert role_phrase("said Prime Minister") == "prime minister"
    assert role_phrase("the shadow chancellor") == "shadow chancellor"
    assert role_phrase("the end") is None
    assert role_keys("the Green leader") == ("green leader", "leader")
    assert role_keys("the deputy premier") == ("deputy premier",)


def test_role_book_needs_one_clear_holder_named_in_the_article() -> None:
    book = RoleBook()
    for _ in range(3):
        book.add({"premier": "Ilsa Marchetti"})
    book.add({"premier": "Jon Tarrant"})
    assert book.holder("the premier", "Ms Marchetti flew home.") == "Ilsa Marchetti"
    assert book.holder("the premier", "Nobody is named here.") is None
    # Both holders named and neither dominant: no guess.
    for _ in range(2):
        book.add({"premier": "Jon Tarrant"})
    assert book.holder("the premier", "Marchetti met Tarrant.") is None


def test_corpus_links_a_role_another_article_ties(tmp_path: Path) -> None:
    write_premier_corpus(tmp_path)
    corpus = load_corpus([tmp_path])
    (q,) = corpus.quotes_in("untied.txt")
    assert (q.speaker, q.speaker_how, q.confidence) == ("Ilsa Marchetti", "role", "low")
    speaker = corpus.speaker("Ilsa Marchetti")
    assert speaker is not None and "untied.txt" in speaker.articles


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "The Marlow Growers' Federation (MGF) met on Monday. "
            '"Prices are too low," the MGF said.',
            "Marlow Growers' Federation",
        ),
        (
            'The Office of Tidal Energy (OTE) reported. "Output rose," OTE said.',
            "Office of Tidal Energy",
        ),
        (
            'Analysts at Halvorsen Trust\'s (HT) desk were gloomy. "Rates must rise," HT added.',
            "Halvorsen Trust",
        ),
    ],
)
def test_an_acronym_the_article_spells_out_is_that_body(body: str, speaker: str) -> None:
    assert _speaker(body)[0] == speaker


def test_an_unexplained_acronym_stays_as_written() -> None:
    assert _speaker('"Prices are too low," the MGF said.')[0] == "the MGF"


@pytest.mark.parametrize(
    "description",
    ["The MP for Wexley and Dunmore", "The star of Harbour Lights and Salt Road"],
)
def test_a_description_by_what_someone_is_of_goes_back_to_them(description: str) -> None:
    body = f'Ilsa Marchetti arrived late. {description} said the count was "a farce".'
    assert _speaker(body)[0] == "Ilsa Marchetti"


def test_an_office_of_a_country_is_not_a_description() -> None:
    body = 'Ilsa Marchetti arrived late. The prime minister of Veland said it was "a farce".'
    assert _speaker(body)[0] == "the prime minister of Veland"


@patches_internals
def test_only_roles_the_corpus_ties_to_someone_look_for_a_holder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A role nobody is tied to ("the harbourmaster") has no holder to find: its
    # article's text (on disk in a large load) is not read for it; the tied role still
    # finds its holder.
    write_premier_corpus(tmp_path)
    (tmp_path / "quay.txt").write_text(
        "Quay closed\n\nThe quay shut at noon. "
        '"No boat may land here until the storm has passed," the harbourmaster said.\n'
    )
    asked: list[str] = []
    holder = RoleBook.holder

    def counted(self: RoleBook, phrase: str, text: str) -> str | None:
        asked.append(phrase)
        return holder(self, phrase, text)

    monkeypatch.setattr(RoleBook, "holder", counted)
    corpus = load_corpus([tmp_path])
    (q,) = corpus.quotes_in("quay.txt")
    assert q.speaker == "the harbourmaster"
    (untied,) = corpus.quotes_in("untied.txt")
    assert untied.speaker == "Ilsa Marchetti"
    assert asked and all("premier" in phrase for phrase in asked)
