"""Issue 8, pattern 8: pronoun shapes seen on the open sets. Invented articles and names.

- A "he" resolved to a person of unknown gender ("a guard") tells that person's gender:
  a later "she" does not go to them ("A guard ... said ... before he died ... 'Q,' she
  said" is the woman named between).
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_he_gives_an_unknown_person_a_gender_a_she_then_skips() -> None:
    quotes = attributed(
        "Darnell Tolliver-Hayes, 41, died in his cell at the Brackwater unit in August.\n\n"
        "The heat there has been deadly for years. A corrections officer who has worked "
        "at Brackwater for more than a decade and who asked not to be named said the "
        "cells routinely passed 100 degrees.\n\n"
        '"The fans just push the hot air around," the officer said. "Nobody writes about that."\n\n'
        "Tolliver-Hayes' sister, Marguerite Osk, a bakery manager in Fenwick, said she "
        "had last spoken to her brother about a week before he died. He had complained "
        "about the heat, she said, but he always complained about the heat.\n\n"
        '"I told him it was hot out here too," she said. "I did not know."'
    )
    assert [q.speaker for q in quotes][-2:] == ["Marguerite Osk", "Marguerite Osk"]
