"""Issue 8, honest about doubt: a quote carried on from a role nobody is named for.

"The harbour chief said ..." leaves open who the harbour chief is (low confidence at
its own cue); a "he said" or a carry-over that reaches the role is no surer, since the
article most often names the holder somewhere we failed to tie to the role. A body
named in full and an unnamed source the article brings in ("a ferryman ... the
ferryman") keep their confidence. Invented names and words.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed

_MET = "Tamsin Orrell met the dockers on Monday.\n\n"


def _who(body: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(q.speaker, q.speaker_how, q.confidence) for q in attributed(body)]


def test_a_quote_carried_on_from_a_role_nobody_holds_is_low() -> None:
    body = (
        _MET + "“The cranes stay idle,” the harbour chief said in his winter message. "
        "“Ms Orrell's plan is a waste,” he added."
    )
    assert _who(body) == [
        ("the harbour chief", "role", "low"),
        ("the harbour chief", "carry-over", "low"),
    ]


def test_a_body_named_in_full_keeps_its_confidence() -> None:
    body = (
        _MET + "“The cranes stay idle,” the Pellory Harbour Board said in its winter "
        "message. “Ms Orrell's plan is a waste,” it added."
    )
    assert _who(body)[1] == ("the Pellory Harbour Board", "pronoun", "medium")


def test_an_unnamed_source_brought_in_keeps_its_confidence() -> None:
    body = (
        "A ferryman who asked not to be named described the storm.\n\n"
        "“The cranes stay idle,” the ferryman said in his winter message. "
        "“Ms Orrell's plan is a waste,” he added."
    )
    assert _who(body)[1] == ("a ferryman who asked not to be named", "pronoun", "medium")
