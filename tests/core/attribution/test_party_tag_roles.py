"""Issue 8, pattern 10: a role set after a name's party tag or state.

American papers put the party and state between a name and its role: "Rep. Lena
Voss, D-Ore., the panel's ranking member,", "Sen. Ada Roe (D-Minn.), the
committee's chairwoman,", "Senator Bram Tull of Vermont, the majority leader,". The
role is the person's, so "the ranking member said" later is theirs. Invented names.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def _speakers(body: str) -> list[str | None]:
    return [q.speaker for q in attributed(body)]


def test_a_role_after_a_party_tag_is_the_persons() -> None:
    body = (
        "Rep. Lena Voss, D-Ore., the panel's ranking member, said the bill was flawed. "
        "Rep. Bram Tull, R-Texas, disagreed.\n\n"
        "“We will not sign it,” the ranking member said."
    )
    assert _speakers(body) == ["Lena Voss"]


def test_a_bare_role_after_a_party_tag_is_the_persons() -> None:
    body = (
        "Rep. Lena Voss, D-Ore., ranking member of the oversight panel, said the bill was "
        "flawed. Rep. Bram Tull, R-Texas, disagreed.\n\n"
        "“We will not sign it,” the ranking member said."
    )
    assert _speakers(body) == ["Lena Voss"]


def test_a_role_after_a_bracketed_party_tag_is_the_persons() -> None:
    body = (
        "Sen. Lena Voss (D-Minn.), the committee's chairwoman, questioned the nominee. "
        "Sen. Bram Tull (R-Texas) spoke first.\n\n"
        "“We will not sign it,” the chairwoman said."
    )
    assert _speakers(body) == ["Lena Voss"]


def test_a_role_after_a_state_is_the_persons() -> None:
    body = (
        "Senator Bram Tull of Vermont, the majority leader, has said he wants the bill "
        "done. Sen. Lena Voss, a Republican, disagreed.\n\n"
        "Tull was not at the hearing. Voss was.\n\n"
        "“We will not sign it,” the majority leader said."
    )
    assert _speakers(body) == ["Bram Tull"]
