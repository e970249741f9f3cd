"""A match report's round-up bullets, `- Rovers boss Tad Merrow "Q"`, the colon left
out: the name before the quote speaks (medium), and the line's further quotes go on."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_bulleted_name_and_job_speak_without_a_colon() -> None:
    body = (
        "Rovers won 2-1 at home.\n\n"
        '- Rovers boss Tad Merrow "We deserved the win. We had a good second half. '
        '"They are a hard side to play."\n\n'
        '- Town boss Ellis Quarn "I am bitterly disappointed with the result."'
    )
    quotes = attributed(body)
    assert [q.speaker for q in quotes] == ["Tad Merrow", "Tad Merrow", "Ellis Quarn"]
    assert quotes[0].confidence == "medium"


def test_a_bullet_with_more_than_a_name_names_no_one() -> None:
    body = 'Rovers won 2-1 at home.\n\n- Rovers fans sang about Tad Merrow "We deserved the win."'
    assert [q.speaker for q in attributed(body)] == [None]


def test_a_name_before_a_quote_without_a_bullet_names_no_one() -> None:
    body = 'Rovers won 2-1 at home. Tad Merrow "We deserved the win."'
    assert [q.speaker for q in attributed(body)] == [None]
