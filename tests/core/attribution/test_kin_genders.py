"""Issue 8, family: a spouse whose first name is on no list, and a shared surname.

"Her husband, Quillon Marrak," tells that Quillon Marrak is a man though no list
knows "Quillon", so "she said" never goes to him. Of a woman and a man sharing the
bare surname "Marrak", the subject of "Marrak tied a scarf over her neck" is the
woman, whoever the surname alone would mean. Invented names and words.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed
from tui.core.attribution.names import ArticleNames
from tui.core.paragraphs import make_article

_COUPLE = (
    "Rosalind Marrak, 52, picks melons outside Tovar. {owner} husband, Quillon Marrak, "
    "collapsed in a field last June.\n\n"
)


def _speakers(body: str) -> list[str | None]:
    return [q.speaker for q in attributed(body)]


def test_she_never_goes_to_a_husband_whose_first_name_no_list_knows() -> None:
    body = (
        _COUPLE.format(owner="Her") + "Back in the field, the foreman arrived early. "
        "Quillon Marrak stayed home.\n\n“I felt dizzy for an hour,” she said."
    )
    assert _speakers(body) == ["Rosalind Marrak"]


def test_the_pronouns_of_its_sentence_tell_which_marrak_a_bare_surname_is() -> None:
    body = (
        _COUPLE.format(owner="Marrak's") + "“He never drank enough water,” she said.\n\n"
        "Back in the field, Marrak pulled on a wide hat and tied a scarf over her neck. "
        "“Come out here in August,” she said."
    )
    assert _speakers(body) == ["Rosalind Marrak", "Rosalind Marrak"]


def test_a_bare_surname_that_is_not_the_subject_is_left_as_it_reads() -> None:
    # "his" is the student's: the object "Marrak" stays whom the surname alone means.
    body = (
        _COUPLE.format(owner="Her") + "Tobias Penhale, a student, said he had come to see "
        "Marrak because his mother had asked him to.\n\n“She is fine,” he said."
    )
    assert _speakers(body) == ["Tobias Penhale"]


def test_a_given_name_right_after_a_kin_noun_takes_the_family_name() -> None:
    # "Mr Eavis' daughter Emily said", "Nogar's son Stephen, 57, said": the relative
    # is called by a given name with no commas around it (it stood alone as "Emily").
    quotes = attributed(
        "Tickets sold out at Ivo Perrault's farm. When the idea was floated, Mr Perrault' "
        'daughter Emmeline said it would be "quite a big step" for the event.\n\n'
        '"We could use the money," Perrault\'s son Bartholomew, 57, said.\n\n'
        '"It was good," his son Daniel Perrault said.'
    )
    assert [q.speaker for q in quotes] == [
        "Emmeline Perrault",
        "Bartholomew Perrault",
        "Daniel Perrault",
    ]


def test_his_son_named_after_a_quote_closed_sentence_is_the_owners() -> None:
    # `... for the better'." The speech, ... Mr Pellow's ..., had been introduced by his
    # son Nico, ...`: the sentence starts after the closing marks, so "his" is Pellow's,
    # not the last person named in full before (Oren Vastley).
    quotes = attributed(
        'Dan Pellow addressed the party. He said: "I helped to win that election - the one '
        "that changed our country for the better'.\"\n\nThe speech was praised by Oren "
        "Vastley, the chairman. The speech, which was full of references to Mr Pellow's "
        "humble beginnings, had been introduced by his son Nico, a trainee vicar, who "
        'praised his father\'s honesty. "I always know where I am with him," he said.'
    )
    assert quotes[-1].speaker == "Nico Pellow"


def test_an_ampersand_name_keeps_no_full_stop() -> None:
    quotes = attributed('Shares in T&S. rose. "We are pleased," said T&S.')
    assert quotes[-1].speaker == "T&S"


def test_a_kin_given_name_another_full_name_shares_is_not_completed() -> None:
    # "his son Nico" where a "Nico Brask" is named too: which Nico a later "Nico" is,
    # is unsure, so the kin noun gives no family name (it gave a wrong person's).
    text = (
        "Dan Pellow's speech was introduced by his son Nico, a trainee vicar.\n\n"
        '"It has been a fantastic few weeks," said student Nico Brask.'
    )
    assert ArticleNames(make_article("t", "t.txt", text)).kin_called("Nico") is None
    alone = text.split("\n\n")[0]
    assert ArticleNames(make_article("t", "t.txt", alone)).kin_called("Nico") == "Nico Pellow"
