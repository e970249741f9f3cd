"""One text form for matching: NFKC-normalised, case-folded, plain quote marks.

The index, the query and the brute-force scan all match on this form, so ``ﬁnance``,
full-width ``ｆｉｎａｎｃｅ``, decomposed accents and no-break spaces find what the
plain spelling finds. Folding can change the length of a text (``ﬁ`` -> ``fi``,
``ß`` -> ``ss``), so :func:`fold_with_offsets` also says where each folded character
came from: highlight spans are found on the folded form and drawn on the original.
"""

from __future__ import annotations

import unicodedata

__all__ = ["fold", "fold_with_offsets"]

_PUNCT = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def fold(text: str) -> str:
    """``text`` in its matching form (ASCII text is only lower-cased: the fast path)."""
    if text.isascii():
        return text.lower()
    return unicodedata.normalize("NFKC", text).casefold().translate(_PUNCT)


def _clusters(text: str) -> list[tuple[int, int]]:
    """(start, end) of each base character with the combining marks after it."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or not unicodedata.combining(text[i]):
            bounds.append((start, i))
            start = i
    return bounds if text else []


def fold_with_offsets(text: str) -> tuple[str, list[int], list[int]]:
    """The folded text and, per folded character, the start and end of the original
    characters it came from (a base character and its combining marks fold together,
    so an NFD accent stays with its letter)."""
    if text.isascii():
        low = text.lower()
        return low, list(range(len(text))), list(range(1, len(text) + 1))
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for s, e in _clusters(text):
        piece = fold(text[s:e])
        parts.append(piece)
        starts.extend([s] * len(piece))
        ends.extend([e] * len(piece))
    return "".join(parts), starts, ends
