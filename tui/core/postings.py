"""The search index's word lists: which quotes hold each word, built once and cached.

Building them is most of an index build (every quote folded and split into words), and
the words of a corpus do not change between two opens of it: the cache keeps them next
to the assembled corpus, as one sorted vocabulary, a count per word and all the quote
positions in one block of machine ints, so a warm start reads them back in a few
milliseconds instead of folding every quote again.
"""

from __future__ import annotations

import marshal
import re
from array import array
from collections.abc import Iterable, Iterator

from tui.core.folding import fold

WORD = re.compile(r"\w+")

Postings = dict[str, array]
"""Folded word -> positions of the quotes holding it, ascending (``array('i')``)."""


def word_postings(texts: Iterable[str], first: int = 0) -> Postings:
    """For each folded word, the positions (in ``texts``, the first one at ``first``)
    of the texts holding it."""
    postings: Postings = {}
    get = postings.get
    findall = WORD.findall
    for i, text in enumerate(texts, first):
        for word in set(findall(fold(text))):
            ids = get(word)
            if ids is None:
                ids = postings[word] = array("i")
            ids.append(i)
    return postings


IDS_PER_SECTION = 1 << 20
"""Positions per section of the cache (4 MB): written and read a section at a time."""


def pack_postings(postings: Postings) -> Iterator[object]:
    """Plain values for the cache, as sections: the sorted words, their counts, then
    every position in blocks of about ``IDS_PER_SECTION`` (whole words each)."""
    words = tuple(sorted(postings))
    yield words
    yield array("i", [len(postings[w]) for w in words]).tobytes()
    block = array("i")
    for w in words:
        block.extend(postings[w])
        if len(block) >= IDS_PER_SECTION:
            yield block.tobytes()
            block = array("i")
    if block:
        yield block.tobytes()


def words_file_postings(path: str, starts: array, ends: array, out: str, first: int = 0) -> int:
    """``pack_postings`` of the texts written one after the other (UTF-8) in the file
    at ``path``, text ``i`` at bytes ``starts[i]:ends[i]`` and at position ``first + i``
    in the word lists (a part of a corpus's quotes), marshalled section after section
    into the file at ``out`` (read back by ``read_sections``); returns how many.
    How the words of a large corpus reach the process that indexes them and come back:
    through files, so neither side holds every text, nor every word list, twice (as
    pickled values through a pipe are)."""
    at, to = (min(starts), max(ends)) if len(starts) else (0, 0)
    with open(path, "rb") as handle:  # only this part's bytes
        handle.seek(at)
        blob = handle.read(to - at)
    texts = (
        blob[a - at : b - at].decode("utf-8", "surrogatepass")
        for a, b in zip(starts, ends, strict=True)
    )
    postings = word_postings(texts, first)
    del blob
    count = 0
    with open(out, "wb") as handle:
        for section in pack_postings(postings):
            marshal.dump(section, handle)
            count += 1
    return count


def read_sections(path: str) -> Iterator[object]:
    """The sections ``words_file_postings`` wrote, one at a time (for ``unpack_postings``,
    which checks them: a file cut short ends the sections early, so it is refused)."""
    with open(path, "rb") as handle:
        while True:
            try:
                yield marshal.load(handle)
            except EOFError:
                return


def unpack_postings(packed: Iterable[object] | None, n: int) -> Postings | None:
    """``pack_postings`` undone for an index of ``n`` quotes, or None when the values
    are not well-formed (a count or a position that does not fit, a damaged section):
    never trusted."""
    if packed is None:
        return None
    try:
        parts = iter(packed)
        words, raw_counts = next(parts), next(parts)
        counts = array("i")
        counts.frombytes(raw_counts)  # type: ignore[arg-type]
        if not isinstance(words, tuple) or len(counts) != len(words):
            return None
        if counts and min(counts) <= 0:
            return None
        postings: Postings = {}
        k = 0
        for raw in parts:
            ids = array("i")
            ids.frombytes(raw)  # type: ignore[arg-type]
            if not ids or min(ids) < 0 or max(ids) >= n:
                return None
            at = 0
            while at < len(ids):
                if k >= len(words) or at + counts[k] > len(ids) or not isinstance(words[k], str):
                    return None
                postings[words[k]] = ids[at : at + counts[k]]
                at += counts[k]
                k += 1
        if k != len(words):
            return None
    except (TypeError, ValueError, StopIteration):
        return None
    return postings
