"""Read a JSON lines file (one article per line) as a stream, checking every field once.

A ``.jsonl`` export from a news API can hold tens of thousands of articles, so the file
is read line by line with no limit on its size; the limit is per article (one line).
Every field is validated or coerced here, at load, so nothing downstream ever meets a
non-string: a ``source`` object gives its ``name`` (the news-API shape), numbers become
text, anything else is dropped with a warning for that article. Problems are counted
per kind and reported once per file ("50,000 lines without `text`, e.g. line 1"), not
once per line.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from tui.core.decode import decode_bytes, repair_mojibake, sniff_binary, unescape_entities
from tui.core.model import Article, Problem
from tui.core.paragraphs import make_article
from tui.core.sanitize import normalize_newlines, sanitize

MAX_LINE_BYTES = 16 * 1024 * 1024
"""A longer line is refused as one oversized article (a long news story is ~50 KB)."""
MAX_WHOLE_BYTES = 64 * 1024 * 1024
"""Limit of a UTF-16/32 file, which is decoded whole rather than streamed."""
FIELDS = ("title", "date", "source", "url")
_SNIFF = 65536
_CHUNK = 1 << 20
_WIDE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


@dataclass(frozen=True, slots=True)
class _Kind:
    """One kind of line problem: its reason for one line, and for many."""

    one: str
    many: str
    skipped: bool = True


_KINDS = {
    "json": _Kind("invalid JSON", "lines of invalid JSON"),
    "unusable": _Kind("unusable JSON", "lines of unusable JSON"),
    "object": _Kind("not a JSON object", "lines that are not a JSON object"),
    "text": _Kind('no "text" string field', "lines without `text`"),
    "empty": _Kind("empty", "lines with an empty `text`"),
    "size": _Kind(
        f"article too large (over {MAX_LINE_BYTES // 2**20} MB)",
        f"articles too large (over {MAX_LINE_BYTES // 2**20} MB)",
    ),
    "build": _Kind("could not be read as an article", "lines that could not be read as articles"),
}


class LineProblems:
    """The problems of one file's lines, grouped by kind: one Problem per kind, naming
    the line itself when it is the only one, else the count and the first line."""

    def __init__(self, shown: str) -> None:
        self.shown = shown
        self._groups: dict[tuple[str, str], list] = {}  # (kind, detail) -> [count, line]

    def add(self, lineno: int, kind: str, detail: str = "") -> None:
        group = self._groups.setdefault((kind, detail), [0, lineno])
        group[0] += 1

    def warn(self, lineno: int, reason: str) -> None:
        """A line loaded, with something dropped or guessed (``reason`` says what)."""
        self.add(lineno, "warn", reason)

    def problems(self) -> list[Problem]:
        out = []
        for (kind, detail), (count, first) in self._groups.items():
            if kind == "warn":
                one, many, skipped = detail, f"lines loaded with a warning: {detail}", False
                detail = ""
            else:
                spec = _KINDS[kind]
                one, many, skipped = spec.one, spec.many, spec.skipped
            suffix = f" ({detail})" if detail else ""
            if count == 1:
                out.append(Problem(f"{self.shown}:{first}", one + suffix, skipped, line=True))
            else:
                reason = f"{count:,} {many}, e.g. line {first}{suffix}"
                out.append(Problem(self.shown, reason, skipped, count=count, line=True))
        return out


def _type_name(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return {dict: "an object", list: "a list"}.get(type(value), type(value).__name__)


def coerce_field(name: str, value: object) -> tuple[str | None, str | None]:
    """``(text or None, warning or None)`` for one metadata field of a record.

    Strings are sanitised and folded to one line; numbers become text; a ``source``
    object gives its ``name``; anything else is dropped with a warning.
    """
    if name == "source" and isinstance(value, dict):
        value = value.get("name")
    if value is None:
        return None, None
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None, f"`{name}` ignored: {_type_name(value)}, not text"
    # Metadata is one line in the UI: fold newlines after sanitising.
    value = " ".join(sanitize(unescape_entities(normalize_newlines(value))).split())
    return value or None, None


def _parse(line: str, lineno: int, found: LineProblems) -> dict | None:
    """The JSON object on one line, or None (the reason added to ``found``)."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        found.add(lineno, "json", f"{exc.msg}, column {exc.colno}")
        return None
    except (ValueError, RecursionError) as exc:  # 5000-digit numbers, [[[[... nesting
        found.add(lineno, "unusable", type(exc).__name__)
        return None
    if not isinstance(record, dict):
        found.add(lineno, "object")
        return None
    return record


def record_article(
    record: dict, lineno: int, article_id: str, shown: str, found: LineProblems
) -> Article | None:
    """The article of one parsed line, every field checked; None if it has none."""
    body = record.get("text")
    if not isinstance(body, str):
        found.add(lineno, "text")
        return None
    body = sanitize(unescape_entities(normalize_newlines(body)))
    if not body.strip():
        found.add(lineno, "empty")
        return None
    meta: dict[str, str | None] = {}
    for name in FIELDS:
        meta[name], warning = coerce_field(name, record.get(name))
        if warning:
            found.warn(lineno, warning)
    try:
        return make_article(f"{article_id}:{lineno}", shown, body, **meta)
    except Exception as exc:  # a bug elsewhere must not stop the other lines
        found.add(lineno, "build", repr(exc))
        return None


def _decode_line(raw: bytes) -> tuple[str, str | None]:
    """A line's text and a warning if it was not clean UTF-8 (as decode_bytes says)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        decoded = decode_bytes(raw)
        return decoded.text or "", "; ".join(decoded.warnings) or None
    repaired, count = repair_mojibake(text)
    if count:
        return repaired, "repaired mis-decoded characters (UTF-8 read as cp1252)"
    return text, None


def _stream_lines(handle: BinaryIO) -> Iterator[tuple[int, bytes | None]]:
    """``(line number, bytes)`` per line; ``None`` for a line over MAX_LINE_BYTES. Read
    a chunk at a time, so a refused line is never held whole (nor copied twice)."""
    lineno = 0
    while True:
        chunk = handle.readline(_CHUNK)
        if not chunk:
            return
        lineno += 1
        if chunk.endswith(b"\n"):
            yield lineno, chunk  # the common case: a line shorter than a chunk
            continue
        parts, size = [chunk], len(chunk)
        while size <= MAX_LINE_BYTES and (chunk := handle.readline(_CHUNK)):
            parts.append(chunk)
            size += len(chunk)
            if chunk.endswith(b"\n"):
                break
        if size <= MAX_LINE_BYTES or (size == MAX_LINE_BYTES + 1 and chunk.endswith(b"\n")):
            yield lineno, b"".join(parts)
            continue
        parts.clear()
        while chunk and not chunk.endswith(b"\n"):
            chunk = handle.readline(_CHUNK)
        yield lineno, None


def read_jsonl(
    handle: BinaryIO, article_id: str, shown: str
) -> tuple[list[Article], list[Problem]]:
    """The articles of an open ``.jsonl`` file and its problems (summarised per kind)."""
    head = handle.read(_SNIFF)
    handle.seek(0)
    if head.startswith(_WIDE_BOMS) or b"\x00" in head or (b"\r" in head and b"\n" not in head):
        # UTF-16/32 (no byte-wise lines) or old Mac line ends: decoded whole.
        return _read_whole(handle, article_id, shown)
    binary = sniff_binary(head)
    if binary:
        return [], [Problem(shown, f"not a text file ({binary})")]
    articles: list[Article] = []
    found = LineProblems(shown)
    for lineno, raw in _stream_lines(handle):
        if raw is None:
            found.add(lineno, "size")
            continue
        if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        if not raw.strip():
            continue
        line, warning = _decode_line(raw)
        if warning:
            found.warn(lineno, warning)
        _add(line, lineno, article_id, shown, found, articles)
    return articles, _finish(articles, found, shown)


def _add(
    line: str,
    lineno: int,
    article_id: str,
    shown: str,
    found: LineProblems,
    articles: list[Article],
) -> None:
    record = _parse(line, lineno, found)
    if record is not None:
        article = record_article(record, lineno, article_id, shown, found)
        if article is not None:
            articles.append(article)


def _finish(articles: list[Article], found: LineProblems, shown: str) -> list[Problem]:
    problems = found.problems()
    if not articles and not problems:
        problems.append(Problem(shown, "empty"))
    return problems


def _read_whole(
    handle: BinaryIO, article_id: str, shown: str
) -> tuple[list[Article], list[Problem]]:
    data = handle.read(MAX_WHOLE_BYTES + 1)
    if len(data) > MAX_WHOLE_BYTES:
        limit = MAX_WHOLE_BYTES // 2**20
        return [], [Problem(shown, f"too large for a UTF-16/32 file (the limit is {limit} MB)")]
    decoded = decode_bytes(data)
    if decoded.text is None:
        return [], [Problem(shown, f"not a text file ({decoded.binary})")]
    warnings = [Problem(shown, w, skipped=False) for w in decoded.warnings]
    articles: list[Article] = []
    found = LineProblems(shown)
    for lineno, line in enumerate(decoded.text.split("\n"), start=1):
        if line.strip():
            _add(line, lineno, article_id, shown, found, articles)
    return articles, warnings + _finish(articles, found, shown)
