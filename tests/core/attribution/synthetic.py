"""Run extraction and attribution on a short invented article (a headline is added)."""

from __future__ import annotations

from pathlib import Path

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


def write_premier_corpus(folder: Path) -> Path:
    """Three articles that tie "premier" to Ilsa Marchetti and a fourth,
    ``untied.txt``, that only says "the premier said" (her quote, as a guess)."""
    for n in range(3):
        (folder / f"tie{n}.txt").write_text(
            f"Budget day {n}\n\nPremier Ilsa Marchetti presented the budget. "
            f'"It is fair to every region," said Premier Ilsa Marchetti.\n'
        )
    (folder / "untied.txt").write_text(
        "Marchetti under fire\n\nMs Marchetti faced questions on Monday. "
        '"We will not change course," the premier said.\n'
    )
    return folder
