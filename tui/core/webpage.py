"""Saved web pages (``.html``/``.htm``): the article in them, without the page around it.

A saved news page is mostly navigation, cookie banners, share buttons and footers.
trafilatura finds the main text and the page's metadata (headline, date, author,
site name, canonical URL); it is imported on first use only, because it pulls in lxml
and friends and a corpus without web pages should not pay for that at start-up.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass


@dataclass(slots=True)
class WebPage:
    """What a page holds: ``paragraphs`` of main text plus whatever metadata it had."""

    paragraphs: list[str]
    title: str | None = None
    date: str | None = None
    author: str | None = None
    source: str | None = None
    url: str | None = None


def _field(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    folded = " ".join(value.split())
    return folded or None


def _headed(paragraphs: list[str], title: str | None) -> list[str]:
    """The paragraphs with the headline first, as a text file has it: trafilatura
    leaves out an <h1> that repeats the page's title, and the attribution reads the
    headline (the office or body it names is who 'the president' or 'the company' is)."""
    if title is None or paragraphs[0].casefold() == title.casefold():
        return paragraphs
    return [title, *paragraphs]


def read_page(markup: str) -> WebPage | None:
    """The main text and metadata of one HTML page, or None when it holds no article."""
    import trafilatura  # lazy: see the module docstring

    # trafilatura logs every page it finds nothing in; the loader reports that itself.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    doc = trafilatura.bare_extraction(
        markup,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    if doc is None:
        return None
    lines = [" ".join(line.split()) for line in (getattr(doc, "text", None) or "").split("\n")]
    paragraphs = [line for line in lines if line]
    if not paragraphs:
        return None
    title = _field(getattr(doc, "title", None))
    return WebPage(
        paragraphs=_headed(paragraphs, title),
        title=title,
        date=_field(getattr(doc, "date", None)),
        author=_field(getattr(doc, "author", None)),
        source=_field(getattr(doc, "sitename", None)),
        url=_field(getattr(doc, "url", None)),
    )
