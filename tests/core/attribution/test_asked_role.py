"""An exchange set up by asking a role ("Host Paul Lind-Hsu began by asking the
senator about a speech"): the answer that addresses the host by name is the senator's,
the one the article ties the role to, and the bare turns after go back and forth."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_the_role_asked_answers_and_the_turns_alternate() -> None:
    body = (
        "Sen. Kirk Van Der Meulen dodged questions about the election on Sunday.\n\n"
        "Host Paul Lind-Hsu began by asking the senator about a speech in Des Moines.\n\n"
        "“Do you have questions, senator? Did Ann Bell win the election?” Lind-Hsu asked.\n\n"
        "“Paul, Ann Bell was sworn in. She served four years—”\n\n"
        "“That’s not what I asked.”\n\n"
        "“—and I’m not going to argue about the past.”\n\n"
        "The host tried twice more."
    )
    quotes = attributed(body)
    assert [q.speaker for q in quotes[1:]] == [
        "Kirk Van Der Meulen",
        "Paul Lind-Hsu",
        "Kirk Van Der Meulen",
    ]
    assert {q.confidence for q in quotes[1:]} == {"low"}
