"""A file's content hash, the part of its cache key that changes with its bytes.

Apart from ``cache`` so that the worker that reads a file to extract it hashes the
bytes it read (``bytes_hash``) without importing the cache, and the two agree.
"""

from __future__ import annotations

import hashlib
from pathlib import Path


def content_hash(path: Path | str) -> bytes:
    """The hash of the file at ``path`` (read for it)."""
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").digest()[:16]


def bytes_hash(data: bytes) -> bytes:
    """``content_hash`` of a file whose bytes are ``data``, already read."""
    return hashlib.sha256(data).digest()[:16]
