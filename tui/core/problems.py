"""What went wrong while loading, summed up in words for a person."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

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


UNREAD = "not read: the worker process reading it died"
"""How a file is reported when the process extracting it died on it (killed by the
OOM killer, a crash, a signal): the start of its problem's reason."""


def unread(problems: Iterable[Problem]) -> list[Problem]:
    """The problems of files that could not be read because their worker died (not the
    files' fault: the next load tries them again)."""
    return [p for p in problems if p.reason.startswith(UNREAD)]


def unread_summary(problems: Sequence[Problem]) -> str | None:
    """ "2 files could not be read (the process reading them died)", or None."""
    lost = len(unread(problems))
    if not lost:
        return None
    return f"{_plural(lost, 'file')} could not be read (the process reading them died)"
