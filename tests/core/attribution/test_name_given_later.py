"""Issue 8, who: a person the text brings in by the name they gave ("The man, who gave
his name as Ignatz Fairwold,", "who gave only her first name, Ann,") is who the "he"/
"she" after means; a one-word name shown to be a person's by how it is given ("He gave
his name only as Walt", "Ignatz, 34, said") is a person when it stands alone later.
Invented articles and names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_the_name_a_man_gave_is_who_he_is_in_the_next_quote() -> None:
    quotes = attributed(
        '"Vote for the levy," Orla Brennick-Tay said at the counter. The man, who gave '
        "his name as Ignatz Fairwold, stared at her for a while.\n\n"
        '"Which levy?" he asked.'
    )
    assert quotes[-1].speaker == "Ignatz Fairwold"


def test_a_first_name_given_in_a_long_description_is_the_later_he() -> None:
    quotes = attributed(
        '"We need the bus back," said Marit Halloway-Pike, a retired baker.\n\n'
        "Another rider, a father of two who gave only his first name, Osgar, because "
        "he works for a firm that does business with the county, said he blamed the "
        "board.\n\n"
        '"My boss stopped asking why," he said.'
    )
    assert quotes[-1].speaker == "Osgar"


def test_a_given_first_name_standing_alone_later_is_a_person() -> None:
    quotes = attributed(
        "One of the volunteers, a retired welder, said he had driven in from the coast. "
        "He gave his name only as Torvald.\n\n"
        '"I come every year," he said.\n\n'
        "Nearby, Quillan Ashgrove-Ruiz, 24, handed out leaflets for the challenger.\n\n"
        '"Somebody has to," she said.\n\n'
        "Torvald overheard her.\n\n"
        '"She is right," he said.'
    )
    assert [q.speaker for q in quotes] == ["Torvald", "Quillan Ashgrove-Ruiz", "Torvald"]


def test_a_one_word_name_with_an_age_is_a_person() -> None:
    quotes = attributed(
        "The line outside the clinic began before dawn, said Wenda Oxley-Marr, who runs "
        "it.\n\nIgnatz, 34, said he had waited three hours for a filling.\n\n"
        '"It is the only dentist for sixty miles," he said.'
    )
    assert quotes[-1].speaker == "Ignatz"
