"""Issue 8, cues: "declined to comment on" (or "refused to discuss") right before
quoted words reports the subject's own phrase ("declined to comment on "pending
matters""), a partial of theirs, not a scare quote of the reporter's. Invented
articles and names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed

SETUP = "The bureau is weighing penalties against the lender.\n\n"


def test_declined_to_comment_on_quoted_words_is_a_partial_of_the_subject() -> None:
    quotes = attributed(
        SETUP + "A bureau spokesperson, Ottoline Varga, declined to comment on "
        "\u201cpotential or pending actions.\u201d"
    )
    assert [(q.kind, q.speaker) for q in quotes] == [("partial", "Ottoline Varga")]


def test_refused_to_discuss_quoted_words_is_a_partial_of_the_subject() -> None:
    quotes = attributed(
        SETUP + "Mayor Brix Delacorte refused to discuss \u201cpersonnel matters.\u201d"
    )
    assert [(q.kind, q.speaker) for q in quotes] == [("partial", "Brix Delacorte")]
