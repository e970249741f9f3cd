"""Issue 8: a caption or credit line between two paragraphs of one speaker's quotes does
not end the speaker's turn: the quote after it goes on being theirs. Invented names.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed
from tui.core.paragraphs import make_article

_BODY = (
    'Norbury Town want an appeal. "We are being kept in the dark," Ann Roe told the'
    "\n\nDaily Courier\n\n"
    '. "We want an explanation. We will go to court if we must."'
)


def test_the_quote_after_a_caption_keeps_the_speaker() -> None:
    article = make_article("t", "t.txt", "Headline\n\n" + _BODY)
    assert [p.kind for p in article.paragraphs] == ["title", "body", "caption", "body"]
    quotes = attributed(_BODY)
    assert [q.speaker for q in quotes] == ["Ann Roe", "Ann Roe"]


def test_without_a_caption_two_paragraphs_back_is_too_far() -> None:
    body = _BODY.replace("Daily Courier", "The club met on Monday and then went home.")
    assert attributed(body)[-1].speaker is None
