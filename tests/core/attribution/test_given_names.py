"""An unnamed source who gives a name ("a rancher who gave his name only as Bud") is
that person in every quote credited to the description (issue 8; invented names)."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_source_named_later_speaks_by_that_name_from_the_first_quote() -> None:
    quotes = attributed(
        '"My pump has been dry since June," a woman in the back row told the board. '
        '"Nobody came."\n\nThe board adjourned at nine.\n\nAfterward, the woman from the '
        "back row, who gave her name as Wenna Talliver, said she would return. "
        '"Every month," she said.'
    )
    assert [q.speaker for q in quotes] == ["Wenna Talliver"] * 3


def test_a_described_source_with_a_given_name_keeps_it_under_another_noun() -> None:
    quotes = attributed(
        "One mother, who gave her name only as Brisa, stood to read a page.\n\n"
        '"Ma\'am, please sit down," Chair Odo Pelham said.\n\n'
        '"That is my point!" the woman replied.'
    )
    assert quotes[-1].speaker == "Brisa"


def test_two_sources_described_alike_keep_their_descriptions() -> None:
    quotes = attributed(
        "A man who gave his name as Tobin Ekker said he came early. A man who gave his "
        'name only as Rafe said he came late.\n\n"Too late," a man at the door said.'
    )
    assert quotes[-1].speaker == "a man at the door"


def test_a_first_name_set_off_by_a_description_is_a_person() -> None:
    quotes = attributed(
        '"It is not a rounding error," said Hollis Varga-Penn, an economist at a think tank.\n\n'
        "One of those leaving might be Tobiah, a 29-year-old programmer at the farm agency "
        "in Velt, who said he had an offer in his inbox.\n\n"
        '"If they shut it down, I am gone," he said. "I love my team."'
    )
    assert [q.speaker for q in quotes] == ["Hollis Varga-Penn", "Tobiah", "Tobiah"]


def test_a_first_name_with_a_job_and_no_age_is_a_person_too() -> None:
    quotes = attributed(
        "Orsolya, a nurse in Brannock, said the ward had lost two nights of pay.\n\n"
        '"We keep working," she said.'
    )
    assert [q.speaker for q in quotes] == ["Orsolya"]


def test_a_place_set_off_by_a_description_is_no_person() -> None:
    quotes = attributed(
        "The mill is in Brannock, a town of 900 people, where Ilsa Graveney-Toft runs the "
        'store. "We stay open," she said.'
    )
    assert [q.speaker for q in quotes] == ["Ilsa Graveney-Toft"]


def test_a_source_who_identified_himself_by_a_first_name_is_the_he_after() -> None:
    quotes = attributed(
        '"Please, one at a time," Chair Odo Pelham said.\n\n'
        "The uncle, who identified himself only as Quillon, told reporters he had "
        "heard enough.\n\n"
        '"They decided this in June," he said.'
    )
    assert [q.speaker for q in quotes] == ["Odo Pelham", "Quillon"]
