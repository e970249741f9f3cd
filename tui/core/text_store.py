"""Article texts kept on disk, read back when an article is shown or exported.

A million-quote archive holds ~450 MB of article text, more than every other part of
a loaded corpus together, yet the app only ever shows one article at a time and an
export reads them one by one. So a large load moves each article's text, as it
arrives from extraction, into one file (UTF-8, one after the other) and keeps in the
``Article`` a :class:`StoredText`: where the text is and a hash of it. Reading
``article.text`` then reads the file (``os.pread``: nothing mapped, so nothing counted
in the process's memory) and checks the hash. Quote words do not come from here: the
quote table keeps its own (``tui.core.quote_table``), since search reads them at every
keystroke.

With the cache, the file is the one a warm start opens again (``texts.qsc`` in the
corpus's store, renamed into place when the snapshot is written, with a token the
snapshot records); without it, an unnamed temporary file that vanishes with the
process. Nothing read back is trusted: a text whose hash does not match (the file
damaged or replaced under us) is read again from the article's own file, and if that
changed too the article reads as empty rather than as the wrong words.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tui.core import scratch

if TYPE_CHECKING:
    from tui.core.model import Article

MAGIC = b"QSTEXTS\x01"
TOKEN_BYTES = 16
HEADER = len(MAGIC) + TOKEN_BYTES
_DIGEST = 8

TextRef = tuple[int, int, bytes]
"""(offset, length in bytes, hash) of one text in a store's file: what the cache keeps."""


def text_digest(data: bytes) -> bytes:
    """The hash a store keeps of a text's UTF-8 bytes (checked when it is read back)."""
    return hashlib.sha256(data).digest()[:_DIGEST]  # (in hardware: see normal.digest)


Encoded = tuple[bytes, list[int], list[bytes]]
"""Texts as a store appends them (``encoded``): UTF-8 one after the other, each one's
length in bytes and hash."""


def encoded(texts: Sequence[str]) -> Encoded:
    """``texts`` as :meth:`TextStore.add_encoded` takes them."""
    data = [text.encode("utf-8", "surrogatepass") for text in texts]
    blob = b"".join(data) if len(data) != 1 else data[0]
    return blob, [len(one) for one in data], [text_digest(one) for one in data]


def decoded(texts: Encoded) -> list[str]:
    """``encoded`` undone."""
    blob, lengths, _ = texts
    out, at = [], 0
    for length in lengths:
        out.append(blob[at : at + length].decode("utf-8", "surrogatepass"))
        at += length
    return out


class TextStore:
    """One file of texts: :meth:`add` appends, :meth:`read` reads one back.

    Safe to read from several threads (the app's loader and its UI): ``pread`` keeps
    no shared file position, and appends happen under a lock.
    """

    def __init__(self, fd: int, token: bytes, end: int, path: Path | None = None) -> None:
        self._fd = fd
        self.token = token
        self._end = end
        self.path = path
        """The file's name while it has one (a store's file before it is kept)."""
        self._lock = threading.Lock()
        self._last: tuple[int, int, str] | None = None  # the last text read: read again soon

    @classmethod
    def temporary(cls, folder: Path | None = None) -> TextStore:
        """A new store: a named file in ``folder`` (to be kept with :meth:`keep`), or
        an unnamed temporary file (gone with the process) when ``folder`` is None."""
        token = secrets.token_bytes(TOKEN_BYTES)
        if folder is None:
            with tempfile.TemporaryFile(prefix="quotescope-texts-") as handle:
                fd, path = os.dup(handle.fileno()), None
        else:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd, name = scratch.create(folder, "texts-", ".qsc")
            path = Path(name)
        os.write(fd, MAGIC + token)
        return cls(fd, token, HEADER, path)

    @classmethod
    def open(cls, path: Path, token: bytes) -> TextStore | None:
        """The kept store at ``path`` if it is the one with ``token``, else None."""
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            return None
        try:
            head = os.pread(fd, HEADER, 0)
            end = os.fstat(fd).st_size
        except OSError:
            head, end = b"", 0
        if head != MAGIC + token:
            os.close(fd)
            return None
        return cls(fd, token, end)

    def add(self, text: str) -> StoredText:
        """Append ``text``; what to keep instead of it."""
        return self.add_all([text])[0]

    def add_all(self, texts: list[str]) -> list[StoredText]:
        """Append ``texts`` in one write (a worker's batch of articles: one system call,
        not one per article); what to keep instead of each."""
        return self.add_encoded(*encoded(texts))

    def add_encoded(
        self, blob: bytes, lengths: Sequence[int], digests: Sequence[bytes]
    ) -> list[StoredText]:
        """``add_all`` of texts already encoded (``encoded``: by the worker that
        extracted them, so not decoded, encoded and hashed again here)."""
        with self._lock:
            at = self._end
            view = memoryview(blob)
            while view:
                written = os.pwrite(self._fd, view, at + len(blob) - len(view))
                view = view[written:]
            self._end = at + len(blob)
        stored = []
        for length, digest in zip(lengths, digests, strict=True):
            stored.append(StoredText(self, at, length, digest))
            at += length
        return stored

    def read(self, offset: int, length: int, digest: bytes) -> str | None:
        """The text stored there, or None when it cannot be read or is not the one
        hashed (a damaged or replaced file)."""
        last = self._last
        if last is not None and last[0] == offset and last[1] == length:
            return last[2]
        try:
            data = os.pread(self._fd, length, offset)
        except OSError:
            return None
        if len(data) != length or text_digest(data) != digest:
            return None
        text = data.decode("utf-8", "surrogatepass")
        self._last = (offset, length, text)
        return text

    def ref(self, text: StoredText) -> TextRef | None:
        """What the cache keeps of ``text``: its place in this store's file (None when
        it lives in another store)."""
        return (text.offset, text.length, text.digest) if text.store is self else None

    def keep(self, target: Path) -> bool:
        """Give this store's file the name ``target`` (replacing what was there), so a
        later :meth:`open` finds it; False when it has no name or cannot be renamed."""
        if self.path is None:
            return False
        try:  # no fsync: a text damaged by a crash fails its hash and is read again
            os.replace(self.path, target)
        except OSError:
            return False
        scratch.done(self.path)
        self.path = None
        return True

    def discard(self) -> None:
        """Remove a store's file that was never kept (texts read since stay readable)."""
        if self.path is not None:
            scratch.remove(self.path)
            self.path = None

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            self.discard()
            os.close(self._fd)


class StoredText:
    """An article's text in a :class:`TextStore`; ``article.text`` reads it."""

    __slots__ = ("digest", "length", "offset", "store")

    def __init__(self, store: TextStore, offset: int, length: int, digest: bytes) -> None:
        self.store = store
        self.offset = offset
        self.length = length
        self.digest = digest

    def read(self) -> str | None:
        return self.store.read(self.offset, self.length, self.digest)

    def text_of(self, article: Article) -> str:
        """``article``'s text: from the store, else from its own file when that still
        holds the same text (the store damaged), else empty (both changed)."""
        text = self.read()
        if text is None:
            text = _reread(article, self)
        return text

    def matches(self, text: str) -> bool:
        """Whether ``text`` is the text stored (to trust a copy read elsewhere)."""
        data = text.encode("utf-8", "surrogatepass")
        return len(data) == self.length and text_digest(data) == self.digest


def _reread(article: Article, stored: StoredText) -> str:
    from tui.core.loader import load_file  # lazy: only a damaged store comes here

    base = article.id.split("~")[0]
    try:
        found, _ = load_file(Path(article.path), base)
    except Exception:  # the file is gone or unreadable: nothing to show
        return ""
    for candidate in found:
        text = candidate.text
        if stored.matches(text):
            return text
    return ""
