"""The search index's word lists: which quotes hold each word, built once and cached.

Building them is most of an index build (every quote folded and split into words), and
the words of a corpus do not change between two opens of it: the cache keeps them next
to the assembled corpus, as one sorted vocabulary, a count per word and all the quote
positions in one block of machine ints, so a warm start reads them back in a few
milliseconds instead of folding every quote again.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable

from tui.core.folding import fold

WORD = re.compile(r"\w+")

Postings = dict[str, array]
"""Folded word -> positions of the quotes holding it, ascending (``array('i')``)."""


def word_postings(texts: Iterable[str]) -> Postings:
    """For each folded word, the positions (in ``texts``) of the texts holding it."""
    postings: Postings = {}
    get = postings.get
    findall = WORD.findall
    for i, text in enumerate(texts):
        for word in set(findall(fold(text))):
            ids = get(word)
            if ids is None:
                ids = postings[word] = array("i")
            ids.append(i)
    return postings


def pack_postings(postings: Postings) -> tuple[tuple[str, ...], bytes, bytes]:
    """Plain values for the cache: (sorted words, their counts, every position)."""
    words = tuple(sorted(postings))
    counts = array("i", [len(postings[w]) for w in words])
    return words, counts.tobytes(), b"".join(postings[w].tobytes() for w in words)


def packed_postings(texts: list[str]) -> tuple[tuple[str, ...], bytes, bytes]:
    """``word_postings`` packed: what a process building them for another runs (here,
    so it imports only this small module, not the extractor)."""
    return pack_postings(word_postings(texts))


def unpack_postings(packed: object, n: int) -> Postings | None:
    """``pack_postings`` undone for an index of ``n`` quotes, or None when the values
    are not well-formed (a count or a position that does not fit): never trusted."""
    try:
        words, raw_counts, raw_ids = packed  # type: ignore[misc]
        counts, ids = array("i"), array("i")
        counts.frombytes(raw_counts)
        ids.frombytes(raw_ids)
        if not isinstance(words, tuple) or len(counts) != len(words) or sum(counts) != len(ids):
            return None
        if (ids and (min(ids) < 0 or max(ids) >= n)) or (counts and min(counts) <= 0):
            return None
        postings: Postings = {}
        at = 0
        for word, count in zip(words, counts, strict=True):
            if not isinstance(word, str):
                return None
            postings[word] = ids[at : at + count]
            at += count
    except (TypeError, ValueError):
        return None
    return postings
