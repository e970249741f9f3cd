"""A colon lead-in's words come from the person a "statement from" names.

"Pell's campaign answered with a short statement from her spokesman, Ivo Dane:
"Q"": the cue's subject (the campaign, so Pell) did not write the words; the
person named right before the colon did. Invented names.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def _speakers(body: str) -> list[str | None]:
    return [q.speaker for q in attributed(body)]


def test_a_statement_from_a_named_spokesman_is_his() -> None:
    body = (
        "Wren Pell is running for governor. Pell’s campaign responded to the attack "
        "with a one-line statement from her spokesman, Ivo Dane-Marlow: “They have "
        "picked their man.”"
    )
    assert _speakers(body) == ["Ivo Dane-Marlow"]


def test_a_bare_statement_from_a_name_is_theirs() -> None:
    body = (
        "Wren Pell is running for governor. Her campaign replied with a statement from "
        "Ivo Dane-Marlow: “They have picked their man.”"
    )
    assert _speakers(body) == ["Ivo Dane-Marlow"]


def test_the_cue_subject_speaks_without_a_statement_from() -> None:
    body = (
        "Wren Pell is running for governor. Pell responded to her rival, Ivo "
        "Dane-Marlow: “They have picked their man.”"
    )
    assert _speakers(body) == ["Wren Pell"]
