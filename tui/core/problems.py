"""What went wrong while loading, summed up in words for a person."""

from __future__ import annotations

from collections.abc import Sequence

from tui.core.model import Problem


def _plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}" + ("" if count == 1 else "s")


def skipped_summary(problems: Sequence[Problem]) -> str | None:
    """ "2 files and 50,000 lines of a JSON lines file were skipped", or None.

    Whole files and lines of JSON lines files are counted apart: 50,000 bad lines of
    one file are not 50,000 files.
    """
    files = sum(p.count for p in problems if p.skipped and not p.line)
    lines = sum(p.count for p in problems if p.skipped and p.line)
    sources = {p.path.rsplit(":", 1)[0] if p.count == 1 else p.path for p in problems if p.line}
    parts = []
    if files:
        parts.append(_plural(files, "file"))
    if lines:
        where = "a JSON lines file" if len(sources) == 1 else "JSON lines files"
        parts.append(f"{_plural(lines, 'line')} of {where}")
    if not parts:
        return None
    verb = "was" if files + lines == 1 else "were"
    return f"{' and '.join(parts)} {verb} skipped"
