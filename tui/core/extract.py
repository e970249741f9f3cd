"""One file in, its articles and attributed quotes out: the unit of work of a load.

Kept apart from ``corpus`` so worker processes and the cache deal in the same thing: a
``FileResult`` depends on nothing but the file and the extractor's code, so it can be
computed anywhere and stored. Quote ids in it count from 0 within the file; the corpus
renumbers them when it puts the files together.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tui.core.dedupe import Fingerprint, fingerprint
from tui.core.file_hash import bytes_hash
from tui.core.groups import quote_form
from tui.core.loader import read_file
from tui.core.model import Article, Problem, Quote
from tui.core.paragraph_list import pack_paragraphs
from tui.core.quote_table import QuoteTable
from tui.core.text_store import Encoded


def _attribution() -> dict[str, Any]:
    """The extractor's heavy parts, imported when a file is first extracted, not with
    this module: attribution compiles some 300 regular expressions when imported (a
    third of a second), which a warm load, reading the cache alone, never uses."""
    from tui.core.attribution import attribute_quotes
    from tui.core.quotes import extract_quotes

    return {"attribute_quotes": attribute_quotes, "extract_quotes": extract_quotes}


def __getattr__(name: str) -> Any:
    """``attribute_quotes`` and ``extract_quotes`` as attributes of this module (lazy,
    see ``_attribution``), put in its globals when first asked for."""
    if name not in ("attribute_quotes", "extract_quotes"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    found = _attribution()
    for key, value in found.items():
        globals().setdefault(key, value)
    return globals()[name]


def _lazy(name: str) -> Any:
    """This module's ``name`` as called: the lazy import, or what replaced it."""
    found = globals().get(name)
    return found if found is not None else __getattr__(name)


@dataclass(slots=True)
class FileResult:
    """What one file gave: articles, their quotes (ids from 0) and any problems, and a
    fingerprint per article for copy detection (computed here, so on every core)."""

    articles: list[Article] = field(default_factory=list)
    quotes: QuoteTable = field(default_factory=QuoteTable)
    """As columns (see ``quote_table``): a few hundred bytes per file, not per quote."""
    problems: list[Problem] = field(default_factory=list)
    prints: list[Fingerprint] = field(default_factory=list)
    roles: list[dict[str, str]] = field(default_factory=list)
    """Per article, the roles it ties to people ("prime minister": "Tony Blair")."""
    forms: list[str | None] | None = None
    """Per quote, the words it is grouped by (``groups.quote_form``) when the process
    that extracted the file computed them (a worker, so on every core), so the
    corpus-wide grouping only compares; else None (a result read from the cache: the
    corpus computes them)."""
    digest: bytes | None = None
    """The file's content hash (``cache.content_hash``) when the worker that read it
    was asked for it (see ``gather.FileKeys``); else None."""
    words: array | None = None
    """Per quote, its number of words (``len(text.split())``, what speaker counts add
    up) when the process that extracted the file counted them (on every core, from the
    words it holds decoded); else None (the corpus counts them)."""
    encoded: Encoded | None = None
    """The articles' texts as a text store appends them (``text_store.encoded``) when
    the worker sent them so (made on every core; see ``parallel.extract_all``): the
    articles' own texts are then empty until ``gather`` puts these in its store."""
    retry: bool = False
    """The file could not be read this time through no fault of its own (the worker
    process reading it died): never cached, so the next load reads it again."""


def extract_file(
    path: Path, article_id: str, read_as: str | None = None, digest: bool = False
) -> FileResult:
    """Read, extract and attribute one file. Never raises for bad input. With
    ``digest``, ``result.digest`` is the content hash of the bytes read (None when the
    file was not read whole at once: a ``.jsonl`` file, an unreadable one)."""
    articles, problems, data = read_file(path, article_id, read_as)
    quotes: list[Quote] = []
    roles: list[dict[str, str]] = []
    for article in articles:
        found, ties, problem = _article_quotes(article, len(quotes))
        if problem is not None:
            problems.append(problem)
        quotes.extend(found)
        roles.append(ties)
    prints = [fingerprint(a) for a in articles]
    for article in articles:  # built and read; from here on only read, so packed
        article.paragraphs = pack_paragraphs(article.paragraphs)
    table = QuoteTable.from_quotes(quotes, {a.id: a.text for a in articles})
    forms = [quote_form(q) for q in quotes]
    hashed = bytes_hash(data) if digest and data is not None else None
    words = array("i", [len(q.text.split()) for q in quotes])
    return FileResult(articles, table, problems, prints, roles, forms, hashed, words)


def _article_quotes(
    article: Article, first_id: int
) -> tuple[list[Quote], dict[str, str], Problem | None]:
    """An article's quotes, attributed, and its role ties. A bug on one article must not
    lose the others: if extraction fails, the article has no quotes; if attribution
    fails, its quotes are kept without speakers (extracted anew: attribution may have
    left them half done). Either way a problem says why."""
    try:
        found = _lazy("extract_quotes")(article, first_id=first_id)
    except Exception as exc:
        return [], {}, _failed(article, "quotes not extracted", exc)
    try:
        return found, _lazy("attribute_quotes")(article, found), None
    except Exception as exc:  # (compiled, a value of an unforeseen type raises too)
        found = _lazy("extract_quotes")(article, first_id=first_id)
        return found, {}, _failed(article, "speakers not attributed", exc)


def _failed(article: Article, what: str, exc: Exception) -> Problem:
    return Problem(article.path, f"{what} ({type(exc).__name__}: {exc})", skipped=False)


class Abandoned(RuntimeError):
    """A batch given up between two files: the load it was for was abandoned."""


def extract_files(
    jobs: list[tuple[str, str, str | None]],
    digests: bool = False,
    stopped: Callable[[], bool] | None = None,
) -> list[FileResult]:
    """``extract_file`` over a batch of (path, id, read_as); what a worker process runs.
    ``stopped`` is asked before each file: when it says so, ``Abandoned`` is raised."""
    found = []
    for path, article_id, read_as in jobs:
        if stopped is not None and stopped():
            raise Abandoned("the load was abandoned")
        found.append(extract_file(Path(path), article_id, read_as, digests))
    return found


def joined(results: list[FileResult]) -> FileResult | None:
    """The results of consecutive files as one, in file order (their quotes in one
    table, their group forms when each has them), or None when two of their articles
    have the same id (the corpus renames such ids article by article): a worker sends
    a batch so, and the corpus appends one table per batch instead of one per file."""
    articles = [a for r in results for a in r.articles]
    if len({a.id for a in articles}) != len(articles):
        return None
    table = QuoteTable()
    for r in results:
        table.add_table(r.quotes)
    forms = None
    if all(r.forms is not None for r in results):
        forms = [f for r in results for f in r.forms]  # type: ignore[union-attr]
    words = None
    if all(r.words is not None for r in results):
        words = array("i")
        for r in results:
            words.extend(r.words)  # type: ignore[arg-type]
    return FileResult(
        articles,
        table,
        [p for r in results for p in r.problems],
        [f for r in results for f in r.prints],
        [t for r in results for t in r.roles],
        forms,
        words=words,
    )
