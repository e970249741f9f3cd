"""A long sequence of strings with many repeats, held as codes into the distinct ones.

Every quote of a load gets a normal form for grouping (``groups.quote_form``): a new
string per quote, a million of them at ~150 bytes each, while an archive of syndicated
copies repeats the same few words again and again. :class:`Interned` keeps each
distinct string once and an ``array('i')`` of codes (4 bytes a quote).
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import overload


class Interned(Sequence[str | None]):
    """A sequence of ``str | None``: each distinct string held once, the rest codes."""

    __slots__ = ("_codes", "_index", "_values")

    def __init__(self, values: Iterable[str | None] = ()) -> None:
        self._values: list[str] = []
        self._index: dict[str, int] = {}
        self._codes = array("i")
        self.extend(values)

    def append(self, value: str | None) -> None:
        if value is None:
            self._codes.append(-1)
            return
        code = self._index.get(value)
        if code is None:
            code = self._index[value] = len(self._values)
            self._values.append(value)
        self._codes.append(code)

    def extend(self, values: Iterable[str | None]) -> None:
        # ``append`` inlined: every quote of a load comes through here, in the parent
        # process while the workers extract (a third of the time is the call).
        index, distinct, codes = self._index, self._values, self._codes
        for value in values:
            if value is None:
                codes.append(-1)
                continue
            code = index.get(value)
            if code is None:
                code = index[value] = len(distinct)
                distinct.append(value)
            codes.append(code)

    def keep(self, wanted: Iterable[bool]) -> Interned:
        """The items whose flag in ``wanted`` (one per item) is true, in order."""
        out = Interned()
        out._values, out._index = self._values, self._index
        out._codes = array("i", (c for c, w in zip(self._codes, wanted, strict=True) if w))
        return out

    def __len__(self) -> int:
        return len(self._codes)

    @overload
    def __getitem__(self, i: int) -> str | None: ...
    @overload
    def __getitem__(self, i: slice) -> list[str | None]: ...
    def __getitem__(self, i: int | slice) -> str | list[str | None] | None:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        code = self._codes[i]
        return None if code < 0 else self._values[code]

    def __iter__(self) -> Iterator[str | None]:
        values = self._values
        return (None if c < 0 else values[c] for c in self._codes)

    @property
    def codes(self) -> array:
        """Per item, its position in :attr:`distinct` (-1: None)."""
        return self._codes

    @property
    def distinct(self) -> Sequence[str]:
        """Each distinct string once (what the codes point into)."""
        return self._values
