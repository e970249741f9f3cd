"""The extraction cache: reopening a corpus reads stored results instead of re-extracting.

Each file's result (articles, quotes, problems) is stored under the file's path, size,
modification time and content hash, in a store for the set of paths that were opened,
under the user's cache folder (``platformdirs``; ``QUOTESCOPE_CACHE_DIR`` overrides it),
never inside a corpus. A file whose key changed is extracted again, alone.

Nothing read back is trusted: every shard starts with a magic, a checksum of what
follows and a header naming the format, the extractor's version (a hash of the core's
source), the record layouts and the Python version. A shard that fails any check, or
does not decode into well-formed records, is ignored and rewritten; the load never
crashes on it. Shards hold plain values only (``marshal``: no code, no classes).
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import marshal
import operator
import os
import stat
import sys
import zlib
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, fields
from functools import cache
from pathlib import Path
from typing import BinaryIO

from tui.core import scratch
from tui.core.dedupe import is_fingerprint
from tui.core.extract import FileResult
from tui.core.file_hash import content_hash
from tui.core.model import Article, Paragraph, Problem, Quote, Speaker, stored_text
from tui.core.paragraph_list import ParagraphList, pack_paragraphs
from tui.core.quote_table import QuoteTable
from tui.core.text_store import StoredText, TextStore

ENV = "QUOTESCOPE_CACHE_DIR"
FORMAT = 4
"""4: a record may be stored marshalled (bytes), as the worker that made it sent it."""
MAGIC = b"QSCACHE\x01"
SECTIONS = b"QSCACHEs"
"""The magic of a snapshot: a sequence of sections, each checked on its own."""
PACKED = b"QSCACHEz"
"""The magic of a file whose payload is zlib-compressed (the shards: read only when
part of a corpus changed, so their size counts more than the time to unpack them)."""
SUFFIX = ".qsc"
FILES_PER_SHARD = 2000
_SUM = 32


def _checksum(payload: bytes | bytearray | memoryview) -> bytes:
    """The checksum a cache file keeps of what follows it: SHA-256, in hardware on the
    CPUs this runs on (twice as fast as BLAKE2b). A file checked with another hash
    (an older cache) fails the check, and is rebuilt."""
    return hashlib.sha256(payload).digest()


def cache_dir() -> Path:
    """Where stores live: ``$QUOTESCOPE_CACHE_DIR``, else the user's cache folder."""
    override = os.environ.get(ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs  # lazy: only a load that uses the cache needs it

    return Path(platformdirs.user_cache_dir("quotescope", appauthor=False))


@cache
def extractor_version() -> str:
    """A hash of the package version and every core source file: new code, new cache."""
    from tui import __version__  # here: tui/__init__ imports the corpus, which imports us

    h = hashlib.blake2b(__version__.encode(), digest_size=16)
    core = Path(__file__).resolve().parent
    for source in sorted(core.rglob("*.py")):
        h.update(source.relative_to(core).as_posix().encode())
        with contextlib.suppress(OSError):
            h.update(source.read_bytes())
    return h.hexdigest()


def _layout() -> tuple[tuple[str, ...], ...]:
    classes = (Article, Paragraph, Quote, Speaker, Problem)
    return tuple(tuple(f.name for f in fields(cls)) for cls in classes)


FileKey = tuple[int, int, bytes]
"""(size, mtime in ns, content hash) of one file."""

SeenEntry = tuple[int, int, int, int, bytes]
"""(size, mtime in ns, inode, ctime in ns, content hash) of a file when it was last hashed."""
RACY_NS = 3_000_000_000
"""A file modified this close to (or after) the time its hash was recorded may have changed
again within the same timestamp tick (coarse file systems tick every 1-2 s): hashed again."""


def file_key(
    path: Path,
    known: SeenEntry | None = None,
    trusted_before: int = 0,
    st: os.stat_result | None = None,
) -> tuple[FileKey, SeenEntry] | None:
    """The key of a regular file and what to record of it, or None when it cannot be
    read (the loader says why).

    The content hash is ``known``'s when the file's size, mtime, inode and ctime are
    the ones recorded there and it was not modified near ``trusted_before`` (when
    ``known`` was recorded): as git's index does, an unchanged stat means unchanged
    bytes, and reading every file of a large corpus to hash it would cost more than the
    rest of a warm start. Any change to the stat (a same-size edit; a restored mtime
    moves the ctime) hashes the file again. ``known`` is returned itself when reused.
    ``st`` is the file's stat when it was taken already (``loader.discover``).
    """
    try:
        st = os.stat(path) if st is None else st
        if not stat.S_ISREG(st.st_mode):
            return None
        now = (st.st_size, st.st_mtime_ns, st.st_ino, st.st_ctime_ns)
        if known is not None and known[:4] == now and st.st_mtime_ns < trusted_before - RACY_NS:
            entry = known
        else:
            entry = (*now, content_hash(path))
    except (OSError, ValueError):
        return None
    return (entry[0], entry[1], entry[4]), entry


def file_stat(path: Path, st: os.stat_result | None = None) -> SeenEntry | None:
    """``file_key``'s record of a regular file with its hash left ``PENDING`` (to be
    filled in by the process that reads it, see ``gather.FileKeys``), or None; ``st``
    as in ``file_key``."""
    try:
        st = os.stat(path) if st is None else st
    except (OSError, ValueError):
        return None
    if not stat.S_ISREG(st.st_mode):
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ino, st.st_ctime_ns, PENDING)


PENDING = b""
"""The hash of a key not known yet (a real one is never empty): see ``file_stat``."""


def _seen_entry(value: object) -> bool:
    return (
        isinstance(value, tuple)
        and len(value) == 5
        and all(isinstance(v, int) for v in value[:4])
        and isinstance(value[4], bytes)
    )


# -- records: results as plain tuples and back -------------------------------------------


_PARAGRAPHS = [f.name for f in fields(Article)].index("paragraphs")
_ALSO_AT = [f.name for f in fields(Article)].index("also_at")
_TEXT = [f.name for f in fields(Article)].index("text")
TEXTS_FILE = "texts" + ".qsc"
"""The article texts a snapshot's articles point into (see ``tui.core.text_store``)."""


def _pack_articles(articles: Iterable[Article], texts: TextStore | None = None) -> tuple:
    """Articles as plain values; a text held in ``texts`` is packed as its place there
    (a ``TextRef``), any other text as itself."""
    at = _PARAGRAPHS
    rest = operator.attrgetter(*(f.name for f in fields(Article) if f.name != "text"))
    packed = []
    for a in articles:
        held = stored_text(a)
        ref = texts.ref(held) if texts is not None and isinstance(held, StoredText) else None
        values = list(rest(a))
        # A text held elsewhere is read back here: a shard keeps its texts itself.
        values.insert(_TEXT, ref if ref is not None else a.text)
        values[at] = pack_paragraphs(values[at]).pack()  # two byte strings
        packed.append(tuple(values))
    return tuple(packed)


def texts_moved(record: tuple, refs: list[StoredText]) -> tuple:
    """A result's record (``pack_result``) whose article texts are in a text store
    now: each text replaced by its place there, so the record holds no text."""
    articles = tuple(
        (*values[:_TEXT], (r.offset, r.length, r.digest), *values[_TEXT + 1 :])
        for values, r in zip(record[0], refs, strict=True)
    )
    return (articles, *record[1:])


def texts_put_back(record: tuple, texts: TextStore) -> tuple:
    """``texts_moved`` undone (what a shard stores: every text in it); a text that
    cannot be read back makes the record unusable (ValueError)."""
    articles = []
    for values in record[0]:
        ref = values[_TEXT]
        if not isinstance(ref, str):
            text = texts.read(*ref)
            if text is None:
                raise ValueError("an article text could not be read back")
            values = (*values[:_TEXT], text, *values[_TEXT + 1 :])
        articles.append(values)
    return (tuple(articles), *record[1:])


@cache
def _getter(cls: type) -> Callable[[object], tuple]:
    """Every field of ``cls`` in one C call (``attrgetter`` of several names -> tuple)."""
    return operator.attrgetter(*(f.name for f in fields(cls)))


@cache
def _width(cls: type) -> int:
    return len(fields(cls))


def _pack_all(items: Iterable[object], cls: type) -> tuple:
    return tuple(map(_getter(cls), items))


def pack_result(result: FileResult, texts: TextStore | None = None) -> tuple:
    """A file's result as plain values (what a shard stores and a worker sends back);
    texts held in ``texts`` as their places there (see ``texts_put_back``)."""
    return (
        _pack_articles(result.articles, texts),
        result.quotes.pack(),
        _pack_all(result.problems, Problem),
        tuple(result.prints),
        tuple(result.roles),
    )


def _exact(values: tuple, cls: type) -> tuple:
    """``values`` if there is one per field of ``cls`` (no field silently defaulted)."""
    if not isinstance(values, tuple) or len(values) != _width(cls):
        raise ValueError(f"not a {cls.__name__} record")
    return values


def _stored(ref: object, texts: TextStore | None) -> StoredText:
    """A packed ``TextRef`` as the text it points to in ``texts``."""
    if texts is None:
        raise ValueError("an article text is in a text store, and there is none")
    offset, length, digest = ref  # type: ignore[misc]
    if not (isinstance(offset, int) and isinstance(length, int) and isinstance(digest, bytes)):
        raise TypeError("malformed text reference")
    return StoredText(texts, offset, length, digest)


def _unpack_articles(
    records: Iterable[tuple], texts: TextStore | None = None, trusted: bool = False
) -> list[Article]:
    at = _PARAGRAPHS
    articles = []
    for values in records:
        values = list(values if trusted else _exact(values, Article))
        if isinstance(values[_TEXT], tuple):
            values[_TEXT] = _stored(values[_TEXT], texts)
        values[at] = ParagraphList.unpack(values[at])
        values[_ALSO_AT] = list(values[_ALSO_AT])  # the record's own list stays as stored
        article = Article(*values)
        if not isinstance(stored_text(article), str | StoredText) or not isinstance(
            article.id, str
        ):
            raise TypeError("article without text or id")
        articles.append(article)
    return articles


def _unpack_problems(records: Iterable[tuple]) -> list[Problem]:
    problems = [Problem(*_exact(values, Problem)) for values in records]
    for p in problems:  # every field: a JSON lines file's count of bad lines too
        if not (isinstance(p.path, str) and isinstance(p.reason, str)):
            raise TypeError("problem without path or reason")
        if not isinstance(p.count, int):
            raise TypeError("problem without a count")
    return problems


def unpack_result(record: tuple, trusted: bool = False) -> FileResult:
    """Rebuild a result; raises (TypeError, ValueError, ...) on a malformed record.

    ``trusted``: the record was just packed by this code (a worker's, not a file's),
    so its values are not checked one by one."""
    articles_raw, quotes_raw, problems_raw, prints, roles = record
    articles = _unpack_articles(articles_raw, trusted=trusted)
    quotes = QuoteTable.unpack(quotes_raw, trusted=trusted)
    if trusted:
        problems = [Problem(*values) for values in problems_raw]
        return FileResult(articles, quotes, problems, list(prints), list(roles))
    problems = _unpack_problems(problems_raw)
    if len(prints) != len(articles):
        raise ValueError("one fingerprint per article")
    if not all(is_fingerprint(p) for p in prints):
        raise TypeError("malformed fingerprint")
    if len(roles) != len(articles) or not all(
        isinstance(ties, dict) and all(isinstance(x, str) for kv in ties.items() for x in kv)
        for ties in roles
    ):
        raise TypeError("malformed role ties")
    return FileResult(articles, quotes, problems, list(prints), list(roles))


def snapshot_key(files: Iterable[tuple[Path, str]], keys: dict[str, FileKey]) -> bytes | None:
    """One hash of every listed file's id and key, or None if a file has no key (or
    its hash is still ``PENDING``)."""
    h = hashlib.blake2b(digest_size=16)
    for path, article_id in files:
        key = keys.get(str(path))
        if key is None:
            return None
        size, mtime, content = key
        if content == PENDING:
            return None
        h.update(f"{path}\0{article_id}\0{size}\0{mtime}\0".encode("utf-8", "surrogatepass"))
        h.update(content)
    return h.digest()


ARTICLES_PER_SECTION = 4096
BYTES_PER_SECTION = 8 << 20
"""A large column (the quotes' words, their rows) is written in sections of this size:
a section is marshalled (a copy) when written and read, so no more than this is
copied at a time."""


def _in_blocks(column: bytes | bytearray | array) -> Iterator[object]:
    """A column as sections: its size in bytes, then its bytes in blocks."""
    view = memoryview(column).cast("B")
    yield len(view)
    for at in range(0, len(view), BYTES_PER_SECTION):
        yield view[at : at + BYTES_PER_SECTION]


def _from_blocks(parts: Iterator[object], into: bytearray | array) -> bytearray | array:
    """``_in_blocks`` undone, appended to ``into`` block by block."""
    size = next(parts)
    if not isinstance(size, int) or size < 0:
        raise ValueError("not a column size")
    done = 0
    while done < size:
        block = next(parts)
        if not isinstance(block, bytes) or not block:
            raise TypeError("not a column block")
        if isinstance(into, bytearray):
            into += block
        else:
            into.frombytes(block)
        done += len(block)
    if done != size:
        raise ValueError("a column of the wrong size")
    return into


def pack_corpus(
    articles: list[Article],
    quotes: QuoteTable,
    speakers: list[Speaker],
    problems: list[Problem],
    groups: list[list[int]],
    texts: TextStore | None = None,
) -> Iterator[object]:
    """An assembled corpus as sections of plain values (what a warm start reads back,
    see ``Store.write_snapshot``), made one at a time; article texts held in ``texts``
    (kept as the store's ``TEXTS_FILE``) as their places there."""
    chunks = range(0, len(articles), ARTICLES_PER_SECTION)
    yield (None if texts is None else texts.token, len(chunks))
    for at in chunks:
        yield _pack_articles(articles[at : at + ARTICLES_PER_SECTION], texts)
    head, words, ints, flags = quotes.sections()
    yield head
    for column in (words, ints, flags):
        yield from _in_blocks(column)
    yield _pack_all(speakers, Speaker)
    yield _pack_all(problems, Problem)
    yield tuple(tuple(g) for g in groups)


def unpack_corpus(
    sections: Iterable[object] | None, folder: Path | None = None
) -> tuple[list[Article], QuoteTable, list[Speaker], list[Problem], list[list[int]]] | None:
    """``pack_corpus`` undone, or None when the sections are not a well-formed corpus
    (or its texts are not in ``folder``'s ``TEXTS_FILE``, the one it was written with)."""
    if sections is None:
        return None
    try:
        parts = iter(sections)
        token, chunks = next(parts)  # type: ignore[misc]
        texts = None
        if token is not None:
            texts = TextStore.open(folder / TEXTS_FILE, token) if folder is not None else None
            if texts is None:
                return None
        articles: list[Article] = []
        for _ in range(chunks):
            articles.extend(_unpack_articles(next(parts), texts))  # type: ignore[arg-type]
        head = next(parts)
        words = _from_blocks(parts, bytearray())
        ints, flags = _from_blocks(parts, array("i")), _from_blocks(parts, array("b"))
        quotes = QuoteTable.unpack((*head, words, ints, flags))  # type: ignore[misc]
        speakers_raw, problems_raw, groups_raw = next(parts), next(parts), next(parts)
        if next(parts, None) is not None:
            raise ValueError("more sections than a corpus has")
        speakers = [Speaker(*_exact(values, Speaker)) for values in speakers_raw]  # type: ignore[attr-defined]
        if not all(isinstance(s.name, str) and isinstance(s.quote_count, int) for s in speakers):
            raise TypeError("malformed speaker")
        problems = _unpack_problems(problems_raw)  # type: ignore[arg-type]
        groups = [list(g) for g in groups_raw]  # type: ignore[attr-defined]
        ids = {a.id for a in articles}
        numbered = quotes.column("ids") == array("i", range(len(quotes)))
        if not numbered or not ids.issuperset(quotes.article_ids):
            raise ValueError("quotes out of step with the articles")
        if any(not 0 <= i < len(quotes) for g in groups for i in g):
            raise ValueError("a group names a missing quote")
    except Exception:  # never trusted: anything odd means "extract again"
        return None
    return articles, quotes, speakers, problems, groups


# -- the store ---------------------------------------------------------------------------


@dataclass(slots=True)
class Store:
    """The cache of one set of opened paths: shards of ``path -> (key, record)``."""

    folder: Path
    shards: int = 1
    pack_later: bool = False
    """Shards are written uncompressed and left to :meth:`pack_shards` (run once the
    corpus is on screen): compressing them is most of the cost of writing them, about a
    second of the parent's CPU per 15k files of a cold load."""
    unpacked: set[int] = field(default_factory=set)
    """Shards this store wrote uncompressed and :meth:`pack_shards` has not packed."""

    @classmethod
    def for_paths(
        cls, roots: Iterable[str | Path], read_as: str | None, base: Path | None = None
    ) -> Store | None:
        """The store for ``roots``, or None when the cache folder lies inside one of them."""
        base = (base or cache_dir()).expanduser().resolve()
        resolved = [Path(r).expanduser().resolve() for r in roots]
        for root in resolved:
            if base == root or root in base.parents:
                return None  # never write inside a corpus
        name = "\n".join([*(str(r) for r in resolved), str(read_as)])
        token = hashlib.blake2b(name.encode("utf-8", "surrogatepass"), digest_size=12)
        return cls(base / "corpora" / token.hexdigest())

    def _header(self) -> tuple:
        version = tuple(sys.version_info[:2])
        return (FORMAT, extractor_version(), _layout(), version, sys.byteorder)

    def _shard_path(self, n: int) -> Path:
        return self.folder / f"{n:04d}{SUFFIX}"

    def read_shard_count(self) -> int | None:
        try:
            count = int((self.folder / "shards").read_text(encoding="ascii").strip())
        except (OSError, ValueError):
            return None
        return count if 0 < count <= 4096 else None

    def read(self, n: int) -> dict[str, tuple[FileKey, tuple | bytes]] | None:
        """The entries of shard ``n``, or None when it is missing or fails a check."""
        entries = self._read_file(self._shard_path(n))
        return entries if isinstance(entries, dict) else None

    def _read_file(self, path: Path) -> object:
        """What a file of this store holds, or None when it is missing or fails a check."""
        try:
            blob = path.read_bytes()
        except OSError:
            return None
        if not blob.startswith((MAGIC, PACKED)) or len(blob) < len(MAGIC) + _SUM:
            return None
        checksum = blob[len(MAGIC) : len(MAGIC) + _SUM]
        payload = memoryview(blob)[len(MAGIC) + _SUM :]
        if _checksum(payload) != checksum:
            return None
        try:
            if blob.startswith(PACKED):
                payload = memoryview(zlib.decompress(payload))
            header, content = marshal.loads(payload)
        except (ValueError, EOFError, TypeError, zlib.error):
            return None
        return content if header == self._header() else None

    def write(self, n: int, entries: dict[str, tuple[FileKey, tuple | bytes]]) -> None:
        self._write_file(self._shard_path(n), entries, compress=not self.pack_later)
        if self.pack_later:
            self.unpacked.add(n)
        else:
            self.unpacked.discard(n)

    def pack_shards(self) -> None:
        """Compress the shards written uncompressed (``pack_later``), one at a time; a
        shard that is gone, replaced or fails its check is left as it is (the reader
        takes both forms, and rejects a damaged one anyway)."""
        while self.unpacked:
            path = self._shard_path(self.unpacked.pop())
            try:
                blob = path.read_bytes()
            except OSError:
                continue
            payload = memoryview(blob)[len(MAGIC) + _SUM :]
            if not blob.startswith(MAGIC) or (
                _checksum(payload) != blob[len(MAGIC) : len(MAGIC) + _SUM]
            ):
                continue
            with contextlib.suppress(OSError):  # an unwritable cache is only bigger
                self._write_payload(path, payload, compress=True)

    def _write_file(self, target: Path, content: object, compress: bool = False) -> None:
        """Replace ``target`` atomically (a reader never sees half a file)."""
        self._write_payload(target, marshal.dumps((self._header(), content)), compress)

    def _write_payload(self, target: Path, payload: bytes | memoryview, compress: bool) -> None:
        if compress:  # level 1: text shrinks 2.4x at ~100 MB/s
            payload = zlib.compress(payload, 1)
        checksum = _checksum(payload)
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = scratch.create(self.folder, suffix=SUFFIX)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write((PACKED if compress else MAGIC) + checksum)
                handle.write(payload)
            os.replace(tmp, target)
        except BaseException:
            scratch.remove(tmp)
            raise
        scratch.done(tmp)

    def read_snapshot(self, key: bytes, name: str = "corpus") -> Iterator[object] | None:
        """The sections of the assembled corpus stored under ``key`` (see
        ``snapshot_key``), or None when there is none for it; ``name`` "index" for its
        search index's word lists. Each section is checked as it is read: a damaged
        one ends the iteration with ValueError."""
        try:
            handle = (self.folder / f"{name}{SUFFIX}").open("rb")
        except OSError:
            return None
        sections = _read_sections(handle)
        try:
            if next(sections) != (self._header(), key):
                raise ValueError("another snapshot")
        except (ValueError, StopIteration):
            handle.close()
            return None
        return sections

    def write_snapshot(self, key: bytes, sections: Iterable[object], name: str = "corpus") -> None:
        """Store ``sections`` under ``key``, one after the other: each is marshalled
        and checked on its own, so neither writing nor reading a large corpus holds
        all of it twice (as one marshalled blob would)."""
        target = self.folder / f"{name}{SUFFIX}"
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = scratch.create(self.folder, suffix=SUFFIX)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(SECTIONS)
                for value in itertools.chain([(self._header(), key)], sections):
                    data = marshal.dumps(value)
                    digest = _checksum(data)
                    handle.write(len(data).to_bytes(8, "little") + digest)
                    handle.write(data)
                    del data
            os.replace(tmp, target)
        except BaseException:
            scratch.remove(tmp)
            raise
        scratch.done(tmp)

    def read_seen(self) -> tuple[dict[str, SeenEntry], int]:
        """The stat and hash of each file when last hashed, and when that was recorded
        (ns since the epoch); empty when missing or failing a check."""
        content = self._read_file(self.folder / f"seen{SUFFIX}")
        try:
            written, entries = content  # type: ignore[misc]
            if (
                isinstance(written, int)
                and isinstance(entries, dict)
                and all(isinstance(p, str) and _seen_entry(e) for p, e in entries.items())
            ):
                return entries, written
        except (TypeError, ValueError):
            pass
        return {}, 0

    def write_seen(self, entries: dict[str, SeenEntry], written: int) -> None:
        self._write_file(self.folder / f"seen{SUFFIX}", (written, entries))

    def write_shard_count(self, count: int) -> None:
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = scratch.create(self.folder)
        try:
            with os.fdopen(fd, "w", encoding="ascii") as handle:
                handle.write(f"{count}\n")
            os.replace(tmp, self.folder / "shards")
        except BaseException:
            scratch.remove(tmp)
            raise
        scratch.done(tmp)
        for stale in self.folder.glob(f"*{SUFFIX}"):
            if stale.stem.isdigit() and int(stale.stem) >= count:
                stale.unlink(missing_ok=True)


def _read_sections(handle: BinaryIO) -> Iterator[object]:
    """The sections ``write_snapshot`` wrote, each checked before it is unmarshalled;
    ValueError at the first that is cut short, damaged or not marshal data."""
    with handle:
        if handle.read(len(SECTIONS)) != SECTIONS:
            raise ValueError("not a snapshot")
        while True:
            head = handle.read(8 + _SUM)
            if not head:
                return
            size = int.from_bytes(head[:8], "little")
            data = handle.read(size) if len(head) == 8 + _SUM else b""
            if len(data) != size or _checksum(data) != head[8:]:
                raise ValueError("a damaged snapshot section")
            try:
                value = marshal.loads(data)
            except (EOFError, TypeError) as exc:
                raise ValueError("not a snapshot section") from exc
            del data
            yield value


def shards_for(files: int) -> int:
    return max(1, -(-files // FILES_PER_SHARD))


def cached_results(
    store: Store, keys: dict[str, FileKey], dirty: set[int]
) -> Iterator[tuple[str, FileResult, tuple, int]]:
    """Results (their records, the shard they are in) stored for files whose key still
    matches, shard by shard.

    Shards that are missing, fail a check or hold entries no longer wanted (a file
    changed or gone) are added to ``dirty``, to be rewritten.
    """
    count = store.read_shard_count()
    if count is None:
        return
    store.shards = count
    for n in range(count):
        entries = store.read(n)
        if entries is None:
            dirty.add(n)
            continue
        for path, entry in entries.items():
            try:
                key, record = entry
                if keys.get(path) != tuple(key):
                    dirty.add(n)
                    continue
                if isinstance(record, bytes):  # as a worker sent it
                    record = marshal.loads(record)
                result = unpack_result(record)
            except Exception:  # a malformed record is a miss, never a crash
                dirty.add(n)
                continue
            yield path, result, record, n


# -- quotescope cache info|clear ------------------------------------------------------------


def info(base: Path | None = None) -> tuple[Path, int, int]:
    """(folder, number of stores, bytes used)."""
    base = base or cache_dir()
    stores = [p for p in (base / "corpora").glob("*") if p.is_dir()] if base.exists() else []
    size = sum(f.stat().st_size for s in stores for f in s.iterdir() if f.is_file())
    return base, len(stores), size


def clear(base: Path | None = None) -> int:
    """Remove every store (only files this module writes); returns how many stores."""
    base = base or cache_dir()
    removed = 0
    corpora = base / "corpora"
    if not corpora.is_dir():
        return 0
    for store in corpora.iterdir():
        if not store.is_dir() or store.is_symlink():
            continue
        for f in store.iterdir():
            if f.is_file() and (f.suffix == SUFFIX or f.name == "shards"):
                f.unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            store.rmdir()
        removed += 1
    return removed
