"""Copies of one article in a corpus: load it once, and mark syndicated near-copies.

Archives hold the same story many times: saved twice, re-wrapped, or syndicated with a
new headline or an extra closing paragraph. An exact copy (same words once whitespace,
markup, punctuation and case are folded) is dropped and its path recorded on the copy
that stays (``Article.also_at``). A near-copy stays in the corpus, since its headline or
ending differs, but points at the article it copies (``Article.copy_of``) and its quotes
that the original also has are marked ``Quote.copy``, so no count takes them twice.

Both passes are linear: articles are bucketed by hashes of their whole normal text, of
their body without the headline, and of their first two body paragraphs (the lede, which
syndication keeps); only articles sharing a bucket are compared.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from tui.core.model import Article, Quote
from tui.core.normal import digest, normal_text, normal_words

NEAR_SHORTER = 0.9
"""A near-copy shares at least this much of the shorter article's body (by characters)..."""
NEAR_LONGER = 0.6
"""...and at least this much of the longer one's."""


Fingerprint = tuple[bytes, bytes]
"""(hash of the whole normal text, the body packed: per body paragraph the hash of its
normal text and its length as 4 bytes). One byte string, not a tuple per paragraph: a
fingerprint is kept for every article of a load (~250 bytes each, not ~1.7 KB)."""
_LEN = 4
_HASH = len(digest(b""))
_ENTRY = _HASH + _LEN


def fingerprint(article: Article) -> Fingerprint:
    """What copy detection needs of an article; computed once per file (and cached).

    The whole text's hash is that of its normal paragraphs joined by spaces, fed to
    the hash one paragraph at a time (no joined copy); paragraphs are hashed as UTF-8
    bytes (``normal_words``: no ``str`` made of them and encoded again)."""
    title, _ = normal_words(article.title)
    whole = hashlib.sha256(title)
    body = bytearray()
    text = article.text
    for p in article.paragraphs:
        words, chars = normal_words(text[p.start : p.end])
        if not words:
            continue
        whole.update(b" ")
        whole.update(words)
        if p.kind == "body":
            body += digest(words) + min(chars, 0xFFFFFFFF).to_bytes(_LEN, "little")
    return whole.digest()[:_HASH], bytes(body)


def is_fingerprint(value: object) -> bool:
    """Whether ``value`` has a fingerprint's shape (the cache trusts nothing it reads)."""
    return (
        isinstance(value, tuple)
        and len(value) == 2
        and isinstance(value[0], bytes)
        and isinstance(value[1], bytes)
        and len(value[1]) % _ENTRY == 0
    )


def body_paragraphs(body: bytes) -> list[tuple[bytes, int]]:
    """A fingerprint's body unpacked: (hash, length) of each body paragraph."""
    return [
        (body[i : i + _HASH], int.from_bytes(body[i + _HASH : i + _ENTRY], "little"))
        for i in range(0, len(body), _ENTRY)
    ]


def drop_identical(
    articles: list[Article], prints: list[Fingerprint]
) -> tuple[list[Article], list[Fingerprint], set[str]]:
    """The articles (and their prints) with each exact copy dropped, and the ids dropped.

    The first copy in corpus order stays and lists the others' paths in ``also_at``.
    """
    kept: list[Article] = []
    kept_prints: list[Fingerprint] = []
    first: dict[bytes, Article] = {}
    dropped: set[str] = set()
    for article, print_ in zip(articles, prints, strict=True):
        original = first.get(print_[0])
        if original is None:
            first[print_[0]] = article
            kept.append(article)
            kept_prints.append(print_)
        else:
            original.also_at.append(article.path)
            original.also_at.extend(article.also_at)
            dropped.add(article.id)
    return kept, kept_prints, dropped


def _similar(a: list[tuple[bytes, int]], b: list[tuple[bytes, int]]) -> bool:
    """Whether two bodies share enough paragraphs (weighed by length) to be one story."""
    size_a = sum(n for _, n in a)
    size_b = sum(n for _, n in b)
    if not size_a or not size_b:
        return False
    in_b = {h for h, _ in b}
    shared = sum(n for h, n in set(a) if h in in_b)
    shorter, longer = sorted((size_a, size_b))
    return shared >= NEAR_SHORTER * shorter and shared >= NEAR_LONGER * longer


class NearCopies:
    """Near-copies marked one article at a time, in corpus order (``add``): each gets
    ``copy_of``, the earlier article it nearly copies. A load marks each article as its
    file comes in, not all of them after the last."""

    __slots__ = ("_first",)

    def __init__(self) -> None:
        self._first: dict[bytes, tuple[Article, bytes]] = {}  # bodies kept packed

    def add(self, article: Article, packed: bytes) -> bool:
        """Set ``article.copy_of`` when it nearly copies an article added before (its
        final id: added after renaming); ``packed`` is its fingerprint's body."""
        if not packed:
            return False
        # The buckets: the whole body, and its lede (first two paragraphs) tagged so
        # that it is never a two-paragraph body's. Packed entries are the paragraphs'
        # hashes and lengths, so the bytes themselves are the keys (no hashing again,
        # no tuple per paragraph unless a bucket is shared).
        keys = [packed]
        if len(packed) > 2 * _ENTRY:
            keys.append(b"lede" + packed[: 2 * _ENTRY])
        for key in keys:
            seen = self._first.get(key)
            if seen is not None and _similar(body_paragraphs(packed), body_paragraphs(seen[1])):
                article.copy_of = seen[0].copy_of or seen[0].id
                return True
        for key in keys:
            self._first.setdefault(key, (article, packed))
        return False


def mark_copied_quotes(articles: Iterable[Article], quotes_in: dict[str, list[Quote]]) -> int:
    """Mark the quotes of each near-copy that its original also has; returns how many."""
    marked = 0
    originals: dict[str, set[str]] = {}
    for article in articles:
        if article.copy_of is None:
            continue
        said = originals.get(article.copy_of)
        if said is None:
            said = {normal_text(q.text) for q in quotes_in.get(article.copy_of, [])}
            originals[article.copy_of] = said
        for q in quotes_in.get(article.id, []):
            if normal_text(q.text) in said:
                q.copy = True
                marked += 1
    return marked
