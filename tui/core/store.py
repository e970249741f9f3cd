"""A store: a loaded corpus written as Parquet shards in a folder, and opened again.

What ``quotescope export --dask`` writes for an archive too big to redo on every launch,
and what ``quotescope STORE`` opens without extracting anything. Layout::

    STORE/quotescope-store.json       the manifest: format, version, counts, shard names
    STORE/quotes/part-00000.parquet   one row per quote: the export's record (+ every
                                      other Quote field), shard k holding the quotes
                                      of the articles in articles/part-k
    STORE/articles/part-00000.parquet the articles, their full text and paragraphs
                                      (the reading view needs them)
    STORE/speakers.parquet            the merged speakers
    STORE/problems.parquet            files skipped or loaded with a warning

Each table folder reads as one dataset in pandas, polars or DuckDB
(``pd.read_parquet("STORE/quotes")``). Columns follow the model's dataclasses, so a
field added to them is stored without touching this module. pyarrow is imported only
here, only when a store is written or read: it comes with ``quotescope[dask]``.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import stat
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from tui import __version__
from tui.core.corpus import Corpus
from tui.core.export import quote_records
from tui.core.model import Article, Paragraph, Problem, Quote, Speaker
from tui.core.safe_write import ExportError, guard_corpus, temp_name

MANIFEST = "quotescope-store.json"
FORMAT = "quotescope-store"
VERSION = 1
SHARD_ARTICLES = 4096
"""Articles per shard: a few MB of text each, enough shards to read in parallel."""
EXTRA = "quotescope[dask]"


class StoreError(Exception):
    """A store we cannot write or open; the message is meant for the user."""


def require_pyarrow() -> None:
    """StoreError (naming the extra to install) when pyarrow is missing."""
    _pyarrow()


def _pyarrow() -> tuple[Any, Any]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise StoreError(f"stores need pyarrow: pip install '{EXTRA}'") from None
    return pa, pq


def is_store(path: str | Path) -> bool:
    """Whether ``path`` is a folder holding a store manifest (not checked further here)."""
    try:
        return (Path(path).expanduser() / MANIFEST).is_file()
    except (OSError, ValueError):
        return False


# -- columns --------------------------------------------------------------------


def _arrow_type(pa: Any, annotation: str) -> Any:
    """The Arrow type of a model field, from its annotation (a string: PEP 563)."""
    if annotation == "list[Paragraph]":
        return pa.list_(
            pa.struct(
                [
                    ("index", pa.int64()),
                    ("start", pa.int64()),
                    ("end", pa.int64()),
                    ("kind", pa.string()),
                ]
            )
        )
    if annotation.startswith("list["):
        return pa.list_(pa.string())
    if annotation == "bool":
        return pa.bool_()
    if annotation.split(" | ")[0] == "int":
        return pa.int64()
    return pa.string()  # str, Literal aliases (QuoteKind, Confidence ...), all "| None"


def _schema(pa: Any, cls: type, first: Sequence[str] = (), extra: dict[str, str] | None = None):
    """Columns for ``cls``'s fields, ``first`` in that order, then the rest."""
    types = {f.name: str(f.type) for f in dataclasses.fields(cls)} | (extra or {})
    names = [*first, *(n for n in types if n not in first)]
    return pa.schema([(n, _arrow_type(pa, types[n])) for n in names])


def _row(obj: Any) -> dict[str, Any]:
    row = {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}
    if isinstance(obj, Article):
        row["paragraphs"] = [dataclasses.asdict(p) for p in obj.paragraphs]
    return row


def _quote_rows(corpus: Corpus, quotes: Iterable[Quote]) -> list[dict[str, Any]]:
    """The export's records, with any Quote field the export leaves out added."""
    rows = []
    names = [f.name for f in dataclasses.fields(Quote)]
    for q, record in zip(quotes, quote_records(corpus, quotes), strict=True):
        for name in names:
            record.setdefault(name, getattr(q, name))
        rows.append(record)
    return rows


# -- writing --------------------------------------------------------------------


def check_store_destination(
    path: str | Path, protected: Iterable[str | Path] = (), *, overwrite: bool = False
) -> Path:
    """Where a store may be written, or ExportError: never inside a corpus, never over
    anything but an older store (and that only with ``overwrite``)."""
    dest = Path(path).expanduser()
    guard_corpus(dest, protected)
    if not dest.resolve().parent.is_dir():
        raise ExportError(f"cannot write {path}: folder {dest.resolve().parent} does not exist")
    if os.path.lexists(dest):
        if not is_store(dest) or dest.is_symlink():
            raise ExportError(f"{path} exists and is not a quotescope store (not replaced)")
        if not overwrite:
            raise ExportError(f"{path} already exists (use --force to replace the store)")
    return dest


def write_store(
    corpus: Corpus,
    path: str | Path,
    protected: Iterable[str | Path] = (),
    *,
    overwrite: bool = False,
    sources: Sequence[str | Path] = (),
) -> Path:
    """Write ``corpus`` as a store folder at ``path``; returns the folder.

    Written into a hidden folder beside it and renamed into place, so an interrupted
    write leaves no half store and an older store is replaced whole or not at all.
    """
    pa, pq = _pyarrow()
    dest = check_store_destination(path, protected, overwrite=overwrite)
    work = temp_name(dest)
    try:
        (work / "quotes").mkdir(parents=True)
        (work / "articles").mkdir()
        manifest = _write_tables(pa, pq, corpus, work)
        manifest["sources"] = [str(s) for s in sources]
        text = json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
        (work / MANIFEST).write_text(text, encoding="utf-8")
        _swap_in(work, dest)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None
    finally:
        if work.exists():
            shutil.rmtree(work, ignore_errors=True)
    return dest


def _write_tables(pa: Any, pq: Any, corpus: Corpus, work: Path) -> dict[str, Any]:
    from tui.core.export import FIELDS

    meta = {"title": "str", "date": "str | None", "source": "str | None", "url": "str | None"}
    quote_schema = _schema(pa, Quote, FIELDS, meta)
    article_schema = _schema(pa, Article)
    by_article: dict[str, list[Quote]] = {}
    for q in corpus.quotes:
        by_article.setdefault(q.article, []).append(q)
    shards = []
    for k, start in enumerate(range(0, max(len(corpus.articles), 1), SHARD_ARTICLES)):
        articles = corpus.articles[start : start + SHARD_ARTICLES]
        quotes = [q for a in articles for q in by_article.get(a.id, [])]
        name = f"part-{k:05d}.parquet"
        rows = [_row(a) for a in articles]
        pq.write_table(pa.Table.from_pylist(rows, schema=article_schema), work / "articles" / name)
        rows = _quote_rows(corpus, quotes)
        pq.write_table(pa.Table.from_pylist(rows, schema=quote_schema), work / "quotes" / name)
        shards.append({"name": name, "articles": len(articles), "quotes": len(quotes)})
    for table, cls, items in (
        ("speakers", Speaker, corpus.speakers),
        ("problems", Problem, corpus.problems),
    ):
        rows = [_row(x) for x in items]
        pq.write_table(
            pa.Table.from_pylist(rows, schema=_schema(pa, cls)), work / f"{table}.parquet"
        )
    return {
        "format": FORMAT,
        "version": VERSION,
        "written_by": f"quotescope {__version__}",
        "articles": len(corpus.articles),
        "quotes": len(corpus.quotes),
        "speakers": len(corpus.speakers),
        "problems": len(corpus.problems),
        "shards": shards,
    }


def _swap_in(work: Path, dest: Path) -> None:
    """Rename the finished store into place; an older store is moved aside, then removed."""
    if not os.path.lexists(dest):
        os.rename(work, dest)
        return
    old = temp_name(dest)
    os.rename(dest, old)
    try:
        os.rename(work, dest)
    except OSError:
        os.rename(old, dest)
        raise
    shutil.rmtree(old, ignore_errors=True)


# -- reading --------------------------------------------------------------------


def read_manifest(path: str | Path) -> dict[str, Any]:
    """The store's manifest, or StoreError when it is not one this version can read."""
    where = Path(path).expanduser() / MANIFEST
    try:
        st = where.stat()
        if not stat.S_ISREG(st.st_mode):
            raise StoreError(f"{MANIFEST} is not a regular file")
        manifest = json.loads(where.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise StoreError(f"unreadable store manifest ({exc})") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise StoreError("not a quotescope store")
    if manifest.get("version") != VERSION:
        raise StoreError(
            f"{path}: store version {manifest.get('version')!r}, this quotescope reads {VERSION}"
        )
    if not isinstance(manifest.get("shards"), list):
        raise StoreError("store manifest lists no shards")
    return manifest


def _fields(cls: type, row: dict[str, Any]) -> dict[str, Any]:
    return {f.name: row[f.name] for f in dataclasses.fields(cls) if f.name in row}


def _quote(row: dict[str, Any]) -> Quote:
    """A quote back from its export record (paragraphs there count from 1, as in
    every export format; the model counts from 0)."""
    quote = Quote(**_fields(Quote, row))
    quote.paragraph -= 1
    quote.last_paragraph -= 1
    return quote


def open_store(path: str | Path, progress: Callable[[int, int], None] | None = None) -> Corpus:
    """The corpus a store holds, ready for the app, search and export.

    ``progress(done, total)`` counts shards. Raises StoreError for a store that is
    missing parts or damaged (nothing half-read is returned).
    """
    pa, pq = _pyarrow()
    root = Path(path).expanduser()
    manifest = read_manifest(root)
    shards = manifest["shards"]
    articles: list[Article] = []
    quotes: list[Quote] = []
    try:
        for done, shard in enumerate(shards, start=1):
            name = str(shard["name"])
            if Path(name).name != name:
                raise StoreError(f"bad shard name {name!r} in the manifest")
            for row in pq.read_table(root / "articles" / name).to_pylist():
                row["paragraphs"] = [Paragraph(**p) for p in row["paragraphs"]]
                articles.append(Article(**_fields(Article, row)))
            quotes.extend(_quote(r) for r in pq.read_table(root / "quotes" / name).to_pylist())
            if progress:
                progress(done, len(shards))
        speakers = [Speaker(**_fields(Speaker, r)) for r in _rows(pq, root / "speakers.parquet")]
        problems = [Problem(**_fields(Problem, r)) for r in _rows(pq, root / "problems.parquet")]
    except (OSError, KeyError, TypeError, ValueError, pa.ArrowException) as exc:
        raise StoreError(f"damaged store ({type(exc).__name__}: {exc})") from None
    if len(quotes) != manifest.get("quotes") or len(articles) != manifest.get("articles"):
        raise StoreError("damaged store (counts differ from the manifest)")
    if [q.id for q in quotes] != list(range(len(quotes))):
        raise StoreError("damaged store (quote ids out of order)")
    corpus = Corpus(articles=articles, quotes=quotes, speakers=speakers, problems=problems)
    if hasattr(corpus, "groups"):
        corpus.groups = _groups(quotes)
    return corpus


def _groups(quotes: list[Quote]) -> list[list[int]]:
    """The quote groups (ids of the quotes with the same words), from each quote's group."""
    groups: dict[int, list[int]] = {}
    for q in quotes:
        group = getattr(q, "group", None)
        if group is not None:
            groups.setdefault(group, []).append(q.id)
    if sorted(groups) != list(range(len(groups))):
        raise StoreError("damaged store (quote group ids out of order)")
    return [groups[g] for g in range(len(groups))]


def _rows(pq: Any, path: Path) -> list[dict[str, Any]]:
    return pq.read_table(path).to_pylist()


def open_if_store(
    paths: Sequence[str | Path], progress: Callable[[int, int], None] | None = None
) -> Corpus | None:
    """The corpus of the store when ``paths`` is one store folder, else None.

    Never raises for a bad store: what is wrong lands in ``corpus.problems`` (an empty
    corpus, which the app shows on its problems screen and the CLI refuses).
    """
    if len(paths) != 1 or not is_store(paths[0]):
        return None
    try:
        return open_store(paths[0], progress)
    except StoreError as exc:
        return Corpus(problems=[Problem(str(paths[0]), str(exc))])
