"""A bare quote after a sentence opening with a person is theirs (low) even when that
person spoke last, paragraphs back: no carry-over reaches that far, so the exchange
that follows still has its first turn."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_the_opener_who_spoke_paragraphs_back_opens_the_exchange() -> None:
    body = (
        "Rep. Tom Reyes-Hull opened his questioning by reading aloud messages that he said "
        "students had sent his office. One, from a sophomore, read: “I take the long way "
        "to class.”\n\n"
        "Reyes-Hull then looked up at the witness table.\n\n"
        "“Sixty days, Dr. Vance-Moore. Why did it take sixty days?”\n\n"
        "“Congressman, we were talking with the organizers throughout that period—”\n\n"
        "“Talking. With people breaking your own rules.”\n\n"
        "Dr. Ellen Vance-Moore, a former provost, insisted that the university had acted."
    )
    quotes = attributed(body)
    assert [q.speaker for q in quotes[1:]] == [
        "Tom Reyes-Hull",
        "Ellen Vance-Moore",
        "Tom Reyes-Hull",
    ]
    assert {q.confidence for q in quotes[1:]} == {"low"}
