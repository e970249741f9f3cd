"""Issue 8, pattern 10: a role written later with a modifier or a form the tie did not use.

- "Lib Dem leader" after "Liberal Democrat leader X", "the Democrat senator" after
  "Tarrow Senator X": a party word is no place the person is not tied to.
- "the Solvane leader" after "X, who leads Solvane,": a relative clause saying whom the
  person leads ties the role with the body's name.
- "the Kettleby MP" after "X, MP for Kettleby,": a seat with no article ties as one with.
- "the Velmora chief executive" after "X, Velmora's chief executive,": a body's role
  after a name ties with the body's name (as a party's does).
Invented names and words.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def _said(body: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_how) for q in attributed(body)]


def test_a_short_party_name_is_no_place() -> None:
    body = (
        "Liberal Democrat leader Brannoc Hale spoke in Tarrow. Other parties were quiet.\n\n"
        "“It is fair,” the Lib Dem leader said."
    )
    assert _said(body) == [("Brannoc Hale", "role")]


def test_a_party_member_before_a_seat_titled_by_its_place() -> None:
    body = (
        "Tarrow Senator Quill Amberton said he was told the tapes were stolen. "
        "“Baggage handlers need checks,” the Democrat senator said."
    )
    assert _said(body) == [("Quill Amberton", "role")]


def test_who_leads_a_body_ties_the_bodys_leader() -> None:
    body = (
        "Orrin Vashti-Krell, who leads Solvane, spoke in Tarrow on Monday.\n\n"
        "“We will not back down,” the Solvane leader said."
    )
    assert _said(body) == [("Orrin Vashti-Krell", "role")]


def test_a_seat_with_no_article_ties_its_place() -> None:
    body = (
        "Hesper Doyle-Marr, MP for Kettleby, spoke to the committee on Monday.\n\n"
        "“The threat is real,” the Kettleby MP said."
    )
    assert _said(body) == [("Hesper Doyle-Marr", "role")]


def test_a_bodys_possessive_role_ties_with_the_body() -> None:
    body = (
        "Ossian Tarr, Velmora's chief executive, spoke in Tarrow.\n\n"
        "“It is fair,” the Velmora chief executive said.\n\n"
        "“It is late,” the chief executive added."
    )
    assert _said(body) == [("Ossian Tarr", "role"), ("Ossian Tarr", "role")]


def test_the_premier_is_the_prime_minister_tied() -> None:
    body = (
        "Prime Minister Ludo Faraday-Cole opened the summit in Brannock on Monday.\n\n"
        "“We are ready,” the premier said."
    )
    assert _said(body) == [("Ludo Faraday-Cole", "role")]


def test_the_premier_is_no_deputy_prime_minister() -> None:
    body = (
        "Deputy Prime Minister Ludo Faraday-Cole opened the summit in Brannock.\n\n"
        "“We are ready,” the premier said."
    )
    assert _said(body) == [("the premier", "role")]


def test_a_former_chief_economist_is_still_the_economist() -> None:
    body = (
        "A former chief economist at the bank, Marisol Quent-Avery, said rates would rise.\n\n"
        "“It cannot last,” the economist said."
    )
    assert _said(body) == [("Marisol Quent-Avery", "role")]


def test_a_former_chancellor_is_not_the_chancellor() -> None:
    body = (
        "Former chancellor Dorian Pellham-Wick spoke in Tarrow on Monday.\n\n"
        "“Growth is strong,” the chancellor said."
    )
    assert _said(body)[0][0] != "Dorian Pellham-Wick"


def test_the_minister_is_the_department_secretary_tied() -> None:
    body = (
        "Education Secretary Ravella Quint said pupils would benefit. Ms Quint spoke "
        "in Tarrow.\n\n"
        "“It is fair,” the minister said."
    )
    assert _said(body) == [("Ravella Quint", "role")]


def test_the_minister_is_no_general_secretary() -> None:
    body = (
        "The union's general secretary, Ravella Quint, said pupils would suffer.\n\n"
        "“It is unfair,” the minister said."
    )
    assert _said(body)[0][0] != "Ravella Quint"


def test_the_body_spokesman_is_the_spokesman_for_the_body_brought_in() -> None:
    body = (
        "A spokesman for Kettleby Council said: “We are looking into it.”\n\n"
        "A spokeswoman for Velmora Post said: “We are investigating.”\n\n"
        "The Kettleby Council spokesman added: “We had complaints.”"
    )
    assert [s for s, _ in _said(body)] == [
        "a spokesman for Kettleby Council",
        "a spokeswoman for Velmora Post",
        "a spokesman for Kettleby Council",
    ]


def test_the_spokesman_is_the_premiers_spokesman_brought_in() -> None:
    body = (
        "Later the prime minister's spokesman was asked about the row at Tarrow. "
        "The spokesman said: “He no longer works in government.”"
    )
    assert _said(body) == [("the prime minister's spokesman", "role")]
