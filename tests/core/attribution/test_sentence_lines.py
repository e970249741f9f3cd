"""Articles set one sentence a line with no blank lines, or with a dialogue dash before
each quoted paragraph (issue 8, text forms; invented names): the quotes keep their
extent, kind and speakers as in the same article laid out in plain paragraphs."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_quote_of_several_sentence_lines_is_one_quote_of_its_speaker() -> None:
    lines = [
        "Harbor Commissioner Ysolde Marrin said the ferry plan was finished.",
        "“We waited for years.",
        "We asked nicely, and nothing moved,” Marrin said.",
        "“So now we vote.”",
        "The vote is on Friday.",
    ]
    quotes = attributed("\n".join(lines))
    texts = [q.text for q in quotes]
    assert texts == ["We waited for years. We asked nicely, and nothing moved,", "So now we vote."]
    assert [q.speaker for q in quotes] == ["Ysolde Marrin", "Ysolde Marrin"]


def test_a_dialogue_dash_before_a_split_quote_keeps_it_direct() -> None:
    body = (
        "Harbor Commissioner Ysolde Marrin spoke first. “We waited,” she said.\n\n"
        "— “We asked nicely,” Marrin added, “and nothing moved.”\n\n"
        "— “So now we vote.\n\n"
        "— “On Friday.”"
    )
    quotes = attributed(body)
    plain = attributed(body.replace("— ", ""))
    assert [(q.text, q.kind) for q in quotes] == [(q.text, q.kind) for q in plain]
    assert [q.kind for q in quotes][:2] == ["direct", "direct"]
    assert [q.speaker for q in quotes] == ["Ysolde Marrin"] * 4
    assert quotes[-1].text == "So now we vote.\nOn Friday."
