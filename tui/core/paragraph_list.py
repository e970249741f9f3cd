"""An article's paragraphs in two arrays instead of one object per paragraph.

A million-quote corpus has well over a million paragraphs; as ``Paragraph`` objects
(with an ``int`` object per offset) they cost ~120 bytes each, more than the quotes'
columns together. A :class:`ParagraphList` keeps ``start, end`` pairs in one
``array('i')`` and the kinds as one byte each; indexing it makes the ``Paragraph``
asked for, so code reading ``article.paragraphs`` does not change. The corpus packs an
article's paragraphs once extraction and attribution (which build the list) are done.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import get_args, overload

from tui.core.model import Paragraph, ParagraphKind

PARAGRAPH_KINDS: tuple[str, ...] = get_args(ParagraphKind)
_KIND = {k: i for i, k in enumerate(PARAGRAPH_KINDS)}


class ParagraphList(Sequence[Paragraph]):
    """Read-only paragraphs of one article; ``[i]`` is ``Paragraph(i, start, end, kind)``."""

    __slots__ = ("_bounds", "_kinds")

    def __init__(self, paragraphs: Iterable[Paragraph | tuple[int, int, str]] = ()) -> None:
        self._bounds = array("i")
        self._kinds = bytearray()
        for p in paragraphs:
            start, end, kind = (p.start, p.end, p.kind) if isinstance(p, Paragraph) else p
            if kind not in _KIND:
                raise ValueError(f"unknown paragraph kind: {kind!r}")
            self._bounds.append(start)
            self._bounds.append(end)
            self._kinds.append(_KIND[kind])

    def __len__(self) -> int:
        return len(self._kinds)

    @overload
    def __getitem__(self, i: int) -> Paragraph: ...
    @overload
    def __getitem__(self, i: slice) -> list[Paragraph]: ...
    def __getitem__(self, i: int | slice) -> Paragraph | list[Paragraph]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        n = len(self._kinds)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("paragraph index out of range")
        b = self._bounds
        return Paragraph(i, b[2 * i], b[2 * i + 1], PARAGRAPH_KINDS[self._kinds[i]])  # type: ignore[arg-type]

    def __iter__(self) -> Iterator[Paragraph]:
        return (self[i] for i in range(len(self._kinds)))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ParagraphList):
            return self._bounds == other._bounds and self._kinds == other._kinds
        if isinstance(other, list | tuple):
            return len(other) == len(self) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"ParagraphList({list(self)!r})"

    def __getstate__(self) -> tuple[bytes, bytes]:
        return self.pack()

    def __setstate__(self, state: tuple[bytes, bytes]) -> None:
        self._bounds = array("i")
        self._bounds.frombytes(state[0])
        self._kinds = bytearray(state[1])

    def pack(self) -> tuple[bytes, bytes]:
        """Two byte strings (bounds, kinds): what the cache stores, no tuple per paragraph."""
        return self._bounds.tobytes(), bytes(self._kinds)

    @classmethod
    def unpack(cls, packed: tuple[bytes, bytes]) -> ParagraphList:
        """:meth:`pack` undone; raises ValueError/TypeError when it is not well formed."""
        bounds, kinds = packed
        out = cls()
        out._bounds.frombytes(bounds)
        out._kinds = bytearray(kinds)
        if len(out._bounds) != 2 * len(out._kinds) or any(k >= len(PARAGRAPH_KINDS) for k in kinds):
            raise ValueError("not a paragraph list")
        return out


def pack_paragraphs(paragraphs: Sequence[Paragraph]) -> ParagraphList:
    """``paragraphs`` packed (a ``ParagraphList`` is returned as it is)."""
    if isinstance(paragraphs, ParagraphList):
        return paragraphs
    return ParagraphList(paragraphs)
