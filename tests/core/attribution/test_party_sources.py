"""Issue 8: a lede quote from "one Democrat" ("an exchange that one Democrat called
"Q"") is the first person the article ties to that party next ("Sen. Ada Roe,
Democrat of Vestmark,"), named within two paragraphs of the lede (a guess: low
confidence); with no such person near, the label stays. Invented names and places.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed

_LEDE = (
    "A nominee to the river court spent the hearing dodging questions, an exchange "
    "that one Democrat called “the longest hour of my year.”\n\n"
)
_LATER = (
    "Senator Ottilie Marsh-Vane, Democrat of Vestmark, pressed the nominee first.\n\n"
    "Senator Brannock Hewe, Democrat of Tarrow, spoke next.\n"
)


def test_the_first_member_of_the_party_named_next_spoke() -> None:
    quote = attributed(_LEDE + _LATER)[0]
    assert (quote.speaker, quote.confidence) == ("Ottilie Marsh-Vane", "low")


def test_a_member_of_the_other_party_is_not_the_one() -> None:
    quote = attributed(_LEDE + _LATER.replace("Democrat", "Republican"))[0]
    assert quote.speaker == "one Democrat"


def test_a_member_named_far_from_the_lede_is_not_the_one() -> None:
    filler = "The hearing ran long.\n\nThe room was cold.\n\nLunch came late.\n\n"
    quote = attributed(_LEDE + filler + _LATER)[0]
    assert quote.speaker == "one Democrat"
