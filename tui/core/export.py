"""Write the quotes out as JSON lines, CSV or Markdown, safely.

One record per quote, offsets included, so a script can find each quote again in
``article.text``. Files are written by ``tui.core.safe_write``: atomically, over
nothing but a regular file, never inside the corpus.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Literal, TextIO

from tui.core.corpus import Corpus
from tui.core.model import Article, Quote
from tui.core.safe_write import ExportError as ExportError  # re-exported for callers
from tui.core.safe_write import check_destination as check_destination
from tui.core.safe_write import write_atomic as write_atomic

Format = Literal["jsonl", "csv", "markdown"]
FORMATS: tuple[Format, ...] = ("jsonl", "csv", "markdown")
SUFFIXES: dict[Format, str] = {"jsonl": ".jsonl", "csv": ".csv", "markdown": ".md"}
_BY_SUFFIX: dict[str, Format] = {
    ".jsonl": "jsonl",
    ".csv": "csv",
    ".md": "markdown",
    ".markdown": "markdown",
}
FIELDS = (
    "id",
    "article",
    "title",
    "text",
    "start",
    "end",
    "paragraph",
    "last_paragraph",
    "kind",
    "speaker",
    "speaker_mention",
    "cue",
    "speaker_how",
    "confidence",
    "group",
    "copy",
)
"""``group``: the id of the quote's group (the same words in other articles; null if
none); ``copy``: the quote is in a near-copy of an article that has it too."""


def format_for(path: str | Path) -> Format | None:
    """The format a file name asks for by its suffix (``.jsonl``, ``.csv``, ``.md``), if any.

    So ``coyne.csv`` is written as CSV whatever format was picked before.
    """
    return _BY_SUFFIX.get(Path(path).suffix.lower())


def citation(quote: Quote, article: Article) -> str:
    """The quote as a journalist pastes it: “text” — Speaker, Title (Source, date).

    Whitespace (paragraph breaks included) is flattened to single spaces.
    """
    words = " ".join(quote.text.split())
    title = " ".join(article.title.split())
    cited = f"“{words}” — {quote.speaker or 'unattributed'}, {title}"
    where = ", ".join(" ".join(part.split()) for part in (article.source, article.date) if part)
    return f"{cited} ({where})" if where else cited


def quote_records(
    corpus: Corpus, quotes: Iterable[Quote] | None = None
) -> Iterator[dict[str, Any]]:
    """One flat dict per quote (all of them unless ``quotes`` is given), in FIELDS order."""
    for q in corpus.quotes if quotes is None else quotes:
        yield {
            "id": q.id,
            "article": q.article,
            "title": corpus.article(q.article).title,
            "text": q.text,
            "start": q.start,
            "end": q.end,
            "paragraph": q.paragraph,
            "last_paragraph": q.last_paragraph,
            "kind": q.kind,
            "speaker": q.speaker,
            "speaker_mention": q.speaker_mention,
            "cue": q.cue,
            "speaker_how": q.speaker_how,
            "confidence": q.confidence,
            "group": q.group,
            "copy": q.copy,
        }


def render(
    corpus: Corpus, fmt: Format, stream: TextIO, quotes: Sequence[Quote] | None = None
) -> None:
    """Write the quotes to ``stream`` in ``fmt`` (see FORMATS)."""
    if fmt == "jsonl":
        for record in quote_records(corpus, quotes):
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(stream, fieldnames=FIELDS)
        writer.writeheader()
        writer.writerows(quote_records(corpus, quotes))
    elif fmt == "markdown":
        _render_markdown(corpus, stream, quotes)
    else:
        raise ExportError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")


def render_string(corpus: Corpus, fmt: Format, quotes: Sequence[Quote] | None = None) -> str:
    """The export as one string (for ``write_atomic`` or a clipboard)."""
    buffer = io.StringIO(newline="")
    render(corpus, fmt, buffer, quotes)
    return buffer.getvalue()


_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|#"} | {"\n": "<br>"})


def md_escape(text: str) -> str:
    """Make untrusted text one literal Markdown table cell or heading: no markup, no HTML."""
    return text.translate(_MD_SPECIAL)


def _render_markdown(corpus: Corpus, stream: TextIO, quotes: Sequence[Quote] | None) -> None:
    chosen = corpus.quotes if quotes is None else quotes
    by_article: dict[str, list[Quote]] = {}
    for q in chosen:
        by_article.setdefault(q.article, []).append(q)
    stream.write(f"# Quotes\n\n{len(chosen)} quotes from {len(by_article)} articles.\n")
    for article_id, found in by_article.items():
        article = corpus.article(article_id)
        stream.write(f"\n## {md_escape(article.title)}\n\nArticle: {md_escape(article_id)}\n\n")
        stream.write(
            "| ¶ | Speaker | Quote | Kind | Cue | How | Confidence |\n"
            "|---:|---|---|---|---|---|---|\n"
        )
        for q in found:
            speaker = md_escape(q.speaker) if q.speaker else "—"
            if q.speaker_mention and q.speaker_mention != q.speaker:
                speaker += f" ({md_escape(q.speaker_mention)})"
            cells = (
                str(q.paragraph + 1),
                speaker,
                f"“{md_escape(q.text)}”",
                q.kind,
                md_escape(q.cue or ""),
                q.speaker_how or "",
                q.confidence or "",
            )
            stream.write("| " + " | ".join(cells) + " |\n")
