"""Write the quotes out as JSON lines, CSV or Markdown, safely.

One record per quote, offsets included, so a script can find each quote again in
``article.text``. Files are written by ``tui.core.safe_write``: atomically, over
nothing but a regular file, never inside the corpus.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Literal, TextIO

from tui.core.corpus import Corpus
from tui.core.doubt import speaker_text
from tui.core.model import Article, Quote
from tui.core.safe_write import ExportError as ExportError  # re-exported for callers
from tui.core.safe_write import check_destination as check_destination
from tui.core.safe_write import write_atomic as write_atomic
from tui.core.wording import counted

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
    "date",
    "source",
    "url",
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


NAME_MAX = 255
"""Bytes in one file or folder name on Linux and macOS file systems."""


def name_problem(name: str) -> str | None:
    """Why ``name`` (as typed in the export dialog) cannot be a file name, or None.

    Catches what would otherwise fail deep in the write: an unknown ``~user``, a
    folder (``.``, ``/``, a trailing slash) and a name over NAME_MAX bytes.
    """
    if not name.strip():
        return "Type a file name first."
    try:
        path = Path(name).expanduser()
    except RuntimeError:
        user = name.split("/", 1)[0]
        return f"No home folder for {user}: type the full path."
    if name.endswith(("/", "/.", "/..")) or path.name in ("", ".", ".."):
        return f"{name} is a folder: add a file name (like quotes.jsonl)."
    for part in path.parts:
        size = len(os.fsencode(part))
        if size > NAME_MAX:
            return f"Name too long: {size} bytes, at most {NAME_MAX} per name."
    return None


def citation(quote: Quote, article: Article) -> str:
    """The quote as a journalist pastes it: “text” — Speaker, Title (Source, date) URL.

    Source, date and URL appear when the article has them. Whitespace (paragraph
    breaks included) is flattened to single spaces. A guessed speaker keeps the mark
    the app shows it with ("— Tony Blair?"): pasted, a guess must not read as a fact.
    """
    words = " ".join(quote.text.split())
    title = " ".join(article.title.split())
    cited = f"“{words}” — {speaker_text(quote) or 'unattributed'}, {title}"
    where = ", ".join(" ".join(part.split()) for part in (article.source, article.date) if part)
    if where:
        cited += f" ({where})"
    url = "".join((article.url or "").split())
    return f"{cited} {url}" if url else cited


CSV_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
"""Leading characters that make a spreadsheet run a cell as a formula (OWASP)."""


def defuse_cell(value: object) -> object:
    """A text cell a spreadsheet would run as a formula gets a leading ``'`` (shown as
    text, the ' hidden by Excel/LibreOffice); numbers and other text are kept as they are."""
    if isinstance(value, str) and value.startswith(CSV_TRIGGERS):
        return "'" + value
    return value


def quote_records(
    corpus: Corpus, quotes: Iterable[Quote] | None = None
) -> Iterator[dict[str, Any]]:
    """One flat dict per quote (all of them unless ``quotes`` is given), in FIELDS order.

    ``paragraph`` and ``last_paragraph`` are 1-based, as a reader counts (paragraph 1
    is the first of ``article.paragraphs``), the same numbers in every format.
    """
    for q in corpus.quotes if quotes is None else quotes:
        article = corpus.article(q.article)
        yield {
            "id": q.id,
            "article": q.article,
            "title": article.title,
            "date": article.date,
            "source": article.source,
            "url": article.url,
            "text": q.text,
            "start": q.start,
            "end": q.end,
            "paragraph": q.paragraph + 1,
            "last_paragraph": q.last_paragraph + 1,
            "kind": q.kind,
            "speaker": q.speaker,
            "speaker_mention": q.speaker_mention,
            "cue": q.cue,
            "speaker_how": q.speaker_how,
            "confidence": q.confidence,
            "group": q.group,
            "copy": q.copy,
        }


Progress = Callable[[int, int], None]
"""Called as ``progress(done, total)`` every PROGRESS_STEP quotes while rendering."""
PROGRESS_STEP = 1000


def _counted(
    records: Iterable[dict[str, Any]], total: int, progress: Progress | None
) -> Iterator[dict[str, Any]]:
    for done, record in enumerate(records):
        if progress is not None and done % PROGRESS_STEP == 0:
            progress(done, total)
        yield record
    if progress is not None:
        progress(total, total)


def render(
    corpus: Corpus,
    fmt: Format,
    stream: TextIO,
    quotes: Sequence[Quote] | None = None,
    progress: Progress | None = None,
) -> None:
    """Write the quotes to ``stream`` in ``fmt`` (see FORMATS).

    CSV cells that would run as spreadsheet formulas are defused (see defuse_cell).
    """
    total = len(corpus.quotes if quotes is None else quotes)
    records = _counted(quote_records(corpus, quotes), total, progress)
    if fmt == "jsonl":
        for record in records:
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(stream, fieldnames=FIELDS)
        writer.writeheader()
        writer.writerows({k: defuse_cell(v) for k, v in r.items()} for r in records)
    elif fmt == "markdown":
        _render_markdown(corpus, stream, quotes, progress)
    else:
        raise ExportError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")


BOM = "\ufeff"
"""Starts a CSV file so Excel reads it as UTF-8 (without it, “ and é come out garbled)."""


def render_string(
    corpus: Corpus,
    fmt: Format,
    quotes: Sequence[Quote] | None = None,
    progress: Progress | None = None,
) -> str:
    """The export as the text of a file (for ``write_atomic``): CSV starts with a BOM."""
    buffer = io.StringIO(newline="")
    if fmt == "csv":
        buffer.write(BOM)
    render(corpus, fmt, buffer, quotes, progress)
    return buffer.getvalue()


_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|#~"} | {"&": "&amp;", "\n": "<br>"})


def md_escape(text: str) -> str:
    """Make untrusted text one literal Markdown table cell or heading: no markup (``~~``
    strike-through included), no HTML, no character references (``&amp;`` stays text)."""
    return text.translate(_MD_SPECIAL)


def _article_lines(article: Article) -> list[str]:
    """The article's id, date, source and URL (those it has), escaped, one per line."""
    lines = [f"Article: {md_escape(article.id)}"]
    for label, value in (("Date", article.date), ("Source", article.source), ("URL", article.url)):
        if value:
            lines.append(f"{label}: {md_escape(' '.join(value.split()))}")
    return lines


def _render_markdown(
    corpus: Corpus,
    stream: TextIO,
    quotes: Sequence[Quote] | None,
    progress: Progress | None = None,
) -> None:
    chosen = corpus.quotes if quotes is None else quotes
    by_article: dict[str, list[Quote]] = {}
    for q in chosen:
        by_article.setdefault(q.article, []).append(q)
    stream.write(
        f"# Quotes\n\n{counted(len(chosen), 'quote')} from "
        f"{counted(len(by_article), 'article')}. ¶ is the paragraph number, "
        "counted from 1 as in the JSON lines and CSV exports.\n"
    )
    done = 0
    for article_id, found in by_article.items():
        article = corpus.article(article_id)
        stream.write(f"\n## {md_escape(article.title)}\n\n")
        stream.write("  \n".join(_article_lines(article)) + "\n\n")
        stream.write(
            "| ¶ | Speaker | Quote | Kind | Cue | How | Confidence |\n"
            "|---:|---|---|---|---|---|---|\n"
        )
        for q in found:
            stream.write(_markdown_row(q))
        done += len(found)
        if progress is not None:
            progress(done, len(chosen))


def _markdown_row(q: Quote) -> str:
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
    return "| " + " | ".join(cells) + " |\n"
