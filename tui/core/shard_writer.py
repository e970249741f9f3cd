"""The cache's shards written while a load runs, each as soon as its files are in.

Holding every file's packed result until the load ends (to write the shards then)
costs a few kilobytes per file: hundreds of megabytes for an archive of a hundred
thousand files. Shards are therefore ranges of the load's files in order (shard ``k``
of ``count`` holds the keyed files ``k * n // count`` up to the next one's start), and
a shard is written once its last file's result has arrived; results arrive roughly in
file order (workers take batches in order), so only a few shards' records are held at
any time. A shard that already holds exactly its files, all unchanged, is not written
again. Which shard a file is in does not matter for reading: the cache matches entries
by path, so a shard left over from another layout only costs a miss.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from pathlib import Path

from tui.core.cache import FileKey, Store, shards_for, texts_put_back
from tui.core.text_store import TextStore


class ShardWriter:
    """Collects the records (``cache.pack_result``) of one load and writes its shards.

    ``found_in`` maps each path read back from the cache to the shard it was read from;
    ``dirty`` holds the shards that had to be ignored (damaged, stale, gone).
    """

    def __init__(
        self,
        store: Store,
        files: Sequence[tuple[Path, str]],
        keys: dict[str, FileKey],
        texts: TextStore | None,
        found_in: dict[str, int],
        dirty: set[int],
    ) -> None:
        self._store, self._keys, self._texts = store, keys, texts
        self._names = [str(path) for path, _ in files]
        keyed = [i for i, name in enumerate(self._names) if name in keys]
        self.count = shards_for(len(keyed))
        self._shard: dict[int, int] = {}
        self._members: list[list[int]] = [[] for _ in range(self.count)]
        for j, i in enumerate(keyed):
            k = j * self.count // len(keyed)
            self._shard[i] = k
            self._members[k].append(i)
        held: list[set[str]] = [set() for _ in range(self.count)]
        for name, n in found_in.items():
            if n < self.count:
                held[n].add(name)
        same = store.read_shard_count() == self.count
        self.rewrite = {
            k
            for k, members in enumerate(self._members)
            if not same or k in dirty or held[k] != {self._names[i] for i in members}
        }
        self._pending = [len(m) for m in self._members]
        self._records: dict[int, tuple | bytes] = {}
        self._failed = False
        self._laid_out = False

    def add(self, position: int, record: tuple | bytes) -> None:
        """The record of the file at ``position`` (marshalled, as a worker sends it, or
        not); writes its shard if it was the last."""
        k = self._shard.get(position)
        if k is None:  # a file without a key (unreadable): never stored
            return
        if k in self.rewrite:
            self._records[position] = record
        self._pending[k] -= 1
        if not self._pending[k] and k in self.rewrite:
            self._write(k)

    def _write(self, k: int) -> None:
        records = [self._records.pop(i) for i in self._members[k]]
        if self._failed:
            return
        self._lay_out()
        if self._failed:
            return
        entries: dict[str, tuple[FileKey, tuple | bytes]] = {}
        try:
            for i, record in zip(self._members[k], records, strict=True):
                key = self._keys.get(self._names[i])
                if key is None:  # its hash could not be taken after all: not stored
                    continue
                if self._texts is not None and isinstance(record, tuple):
                    record = texts_put_back(record, self._texts)
                entries[self._names[i]] = (key, record)
            self._store.write(k, entries)
        except (OSError, ValueError):  # an unwritable cache is only slower next time
            self._failed = True

    def _lay_out(self) -> None:
        """Record this load's layout before its first shard: a load left part-way (the
        app quit during it) leaves shards the next load reads, each entry checked
        against its file's key, not files nothing reads."""
        if self._laid_out:
            return
        self._laid_out = True
        if self._store.read_shard_count() != self.count:
            try:
                self._store.write_shard_count(self.count)
            except OSError:  # an unwritable cache is only slower next time
                self._failed = True

    def finish(self) -> None:
        """Record the layout once every shard is written (and drop shards past it)."""
        if self._failed or not self.rewrite or any(self._pending[k] for k in self.rewrite):
            return
        with contextlib.suppress(OSError):
            self._store.write_shard_count(self.count)
