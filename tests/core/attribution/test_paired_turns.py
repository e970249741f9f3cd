"""Issue 8, turns: a run of bare quoted paragraphs that no other rule gives anyone,
right after a paragraph of the reporter's that names just two people ("a testy
back-and-forth between Ann Roe and Ben Ode", "Roe cornered Ode by the elevators"), is
those two taking turns, the first named first. Invented articles and names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed

SETUP = (
    "The Tolland County board met past midnight to vote on the gravel pit.\n\n"
    "The vote followed a sharp back-and-forth between Commissioner Ysolde Brankovic, "
    "who voted no, and the county engineer, Corwin Atterby.\n\n"
)


def test_the_two_people_named_take_turns_first_named_first() -> None:
    quotes = attributed(
        SETUP + '"How many trucks a day on Mill Lane?"\n\n'
        '"About ninety, at the peak."\n\n'
        '"Ninety past a school."\n\n'
        '"During the summer months only."'
    )
    assert [q.speaker for q in quotes] == [
        "Ysolde Brankovic",
        "Corwin Atterby",
        "Ysolde Brankovic",
        "Corwin Atterby",
    ]
    assert all(q.confidence == "low" for q in quotes)


def test_a_confrontation_set_up_by_its_subject_and_object() -> None:
    quotes = attributed(
        "Delegate Hobart Qualls left the floor in a fury. Two aides watched as Qualls cornered "
        "Delegate Ferris Imbody by the elevators.\n\n"
        '"You sold out the whole valley."\n\n'
        '"I sold a road to people who wanted one."'
    )
    assert [q.speaker for q in quotes] == ["Hobart Qualls", "Ferris Imbody"]


def test_three_people_named_give_no_one_the_turns() -> None:
    quotes = attributed(
        "The argument drew in Commissioner Ysolde Brankovic, the engineer Corwin Atterby "
        "and the board's lawyer, Petra Vukelich.\n\n"
        '"How many trucks a day on Mill Lane?"\n\n'
        '"About ninety, at the peak."'
    )
    assert [q.speaker for q in quotes] == [None, None]
