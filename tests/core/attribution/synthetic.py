"""Run extraction and attribution on a short invented article (a headline is added)."""

from __future__ import annotations

from tui.core.attribution import attribute_quotes
from tui.core.model import Quote
from tui.core.paragraphs import make_article
from tui.core.quotes import extract_quotes


def attributed(body: str) -> list[Quote]:
    """The quotes of ``body``, attributed."""
    article = make_article("t", "t.txt", "Headline\n\n" + body)
    quotes = extract_quotes(article)
    attribute_quotes(article, quotes)
    return quotes
