"""Issue 8: a name the article sets off by an age is a person's. "Kazimo North" (a given
name no list knows, a surname that is also a compass word) looks like a place; but
"North, 26, began singing" gives North an age, and only a person has one: "Kazimo
North" is a person, and the bare "North" the article goes on with is who the next
"he said" means, not a place named after it. Invented names and words.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed

_BODY = (
    "US soul star Kazimo North has won three prizes at the Velder awards.\n\n"
    "North, 26, began singing as a teenager at his school in Orrin, inspired by the "
    "records of his uncle. Producer Ivo Larkham encouraged North to sample old soul "
    "hits and revive them. "
    '"I feel like the soul in those old records is in me," he said.\n\n'
    "North announced plans for a solo album. Driving home from a late-night Port "
    "Velmar recording session in 2002, he was hurt in a car crash. "
    '"I just thank God that I am still here," he later said.'
)


def test_a_bare_name_set_off_by_an_age_is_a_person() -> None:
    quotes = attributed(_BODY)
    assert [(q.speaker, q.speaker_how) for q in quotes] == [
        ("Kazimo North", "pronoun"),
        ("Kazimo North", "pronoun"),
    ]


def test_a_bare_name_with_a_reflexive_is_a_person_of_its_gender() -> None:
    """ "Tait himself appeared unaffected ... "Q," he said": a bare surname the article
    never gives in a form it knows as a person's ("the pairing of Mathew Tait",
    an unknown given name after "of") is still a man's when "himself" follows it."""
    body = (
        "Harrowgate coach Ivo Brandel faces the first test of his tenure.\n\n"
        "The midfield pairing of Zorvan Quill and Jamie Noon is under threat. Quill, "
        "given little chance to shine, was praised by Brandel afterwards. Brandel now has "
        "a tricky decision over whether to drop a player he rates highly. Quill himself, "
        "at least outwardly, appeared unaffected by the punishing treatment. "
        '"I want more of that," he said.'
    )
    last = attributed(body)[-1]
    assert (last.speaker or "").endswith("Quill")
    assert last.speaker_how == "pronoun"
