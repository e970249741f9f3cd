"""A couple asked a question the reporter words ("Senator Ida Brenn asked the couple
whether they would rebuild.") answers it: the "she", "he" or "her husband" of the
reply is one of the two, not the one who asked (invented names)."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed

_COUPLE = "In March, Mary and John Wyke lost their barn in the flood.\n\n"


def test_she_after_the_couple_is_asked_is_the_wife_not_the_asker() -> None:
    body = (
        _COUPLE + "Senator Ida Brenn asked the couple whether they would rebuild.\n\n"
        "“Of course,” she said."
    )
    assert attributed(body)[0].speaker == "Mary Wyke"


def test_her_husband_replied_is_the_husband() -> None:
    body = (
        _COUPLE + "Senator Ida Brenn asked the couple whether they would rebuild.\n\n"
        "“We have nowhere else to go,” her husband replied."
    )
    assert attributed(body)[0].speaker == "John Wyke"


def test_the_couple_asked_by_their_family_name_in_the_same_paragraph() -> None:
    body = (
        _COUPLE + "Later, Councilwoman Ida Brenn asked the Wykes about the insurance. "
        "“It paid nothing,” she said."
    )
    assert attributed(body)[0].speaker == "Mary Wyke"


def test_the_couple_asked_to_do_something_asks_no_question() -> None:
    body = (
        _COUPLE + "Senator Ida Brenn asked the couple to stand.\n\n"
        "“Thank you for coming,” she said."
    )
    assert attributed(body)[0].speaker == "Ida Brenn"
