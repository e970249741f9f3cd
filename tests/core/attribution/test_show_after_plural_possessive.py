"""A show named after a network's plural possessive is a title, not a quote.

"said on Vale News’ “Early Hour” that he backed the plan": the network's name ends
in "s", so its possessive is a bare apostrophe; the quoted words name the show and
are no one's words (the quote after is the speaker's). Invented names.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_show_after_a_plural_possessive_is_a_title() -> None:
    body = (
        "State Rep. Ivo Marrant said on Vale News’ “Early Hour” that he backed the plan. "
        "“My voters want it done,” he said."
    )
    quotes = attributed(body)
    assert [(q.text, q.kind) for q in quotes] == [
        ("Early Hour", "title"),
        ("My voters want it done,", "direct"),
    ]
    assert quotes[0].speaker is None
    assert quotes[1].speaker == "Ivo Marrant"


def test_a_show_after_a_singular_possessive_is_still_a_title() -> None:
    body = "Ivo Marrant said on Channel 9’s “Early Hour” that he backed the plan."
    assert [q.kind for q in attributed(body)] == ["title"]
