"""Issue 8, pattern 10: a lede's described speaker ("A Republican state senator told a
witness ...") is the one person the next paragraph names with that office ("State Sen.
Orin Vasko"), though the paragraph opens otherwise; with two such, the role stays.
Invented names.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed

_LEDE = (
    "A Republican state senator told a woman testifying against a bill that her "
    "embryos were “not hers to keep,” prompting gasps in the room."
)


def _lede_quote(second: str) -> tuple[str | None, str | None]:
    q = attributed(f"{_LEDE}\n\n{second}")[0]
    return q.speaker, q.confidence


def test_the_office_holder_named_next_is_the_ledes_speaker() -> None:
    second = (
        "The exchange came Tuesday during a committee hearing. State Sen. Orin Vasko, "
        "the bill's sponsor, was questioning Lia Penn, a teacher from Brill."
    )
    assert _lede_quote(second) == ("Orin Vasko", "low")


def test_two_office_holders_leave_the_role() -> None:
    second = (
        "The exchange came Tuesday during a committee hearing. State Sen. Orin Vasko "
        "and State Sen. Dara Quist were questioning Lia Penn, a teacher from Brill."
    )
    assert _lede_quote(second)[0] == "a Republican state senator"
