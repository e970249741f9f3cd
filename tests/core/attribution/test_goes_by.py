"""A nickname the story gives ("Winifred, 58, who goes by Winnie,"; "Mr. Tarrow, known
to friends as Bex,") and then names the person by ("Winnie Orsby said") is the same
person, under the full name: not a second speaker."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_who_goes_by_joins_the_nickname_to_the_full_name() -> None:
    body = (
        "Winifred Orsby is the nominee; her husband, Cal Orsby, drives the truck.\n\n"
        "Winifred, 58, who goes by Winnie, has pitched herself as a moderate.\n\n"
        "“Both sides are mad at me,” Winnie Orsby said in an interview."
    )
    assert attributed(body)[-1].speaker == "Winifred Orsby"


def test_known_to_friends_as_joins_it_too() -> None:
    body = (
        "Bexley Tarrow-Hune led the county board for a decade. Mr. Tarrow-Hune, known to "
        "friends and colleagues as Bex, retired in May.\n\n"
        "“I miss the fights,” Bex Tarrow-Hune said."
    )
    assert attributed(body)[-1].speaker == "Bexley Tarrow-Hune"


def test_a_nickname_of_another_name_is_not_joined() -> None:
    """Two people with one given name: the nickname's owner is not told, none is joined."""
    body = (
        "Winifred Orsby and Winifred Lask-Dunne are both running.\n\n"
        "Winifred, who goes by Winnie, spoke first.\n\n"
        "“I am ready,” Winnie Orsby said."
    )
    assert attributed(body)[-1].speaker == "Winnie Orsby"
