"""Issue 8, pronouns: a description set after a name is that person, no one new.

"But for Tamsin Orrell, a research director at Pellow Analytics and ..., the future
is content. "Q," she said." The description in apposition is Orrell herself: "she"
is Orrell, not "a research director" read as a second person and the sentence's
subject. Invented names and words.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def _speakers(body: str) -> list[str | None]:
    return [q.speaker for q in attributed(body)]


def test_a_description_after_a_fronted_name_is_that_person() -> None:
    body = (
        "Vantry Labs shares fell on Monday. Its rivals rose.\n\nBut for Tamsin Orrell, a "
        "research director at Pellow Analytics and someone who has followed the firm for "
        "years, the future is not about technology. “Search is valuable but the next step "
        "is content,” she said."
    )
    assert _speakers(body) == ["Tamsin Orrell"]


def test_a_description_after_a_named_object_is_that_person() -> None:
    body = (
        "Kestrel Ventures shares fell on Monday.\n\n“It is a hard year,” said Odile Marsh, "
        "the chief executive.\n\nThat was the view of Tamsin Orrell, a research director at "
        "Pellow Analytics who has followed the firm for years.\n\n“The next step is "
        "content,” she said."
    )
    assert _speakers(body) == ["Odile Marsh", "Tamsin Orrell"]
