"""One normal form of text for comparing articles and quotes across a corpus.

Two copies of a story differ in ways a reader does not see: curly or straight quotes,
line wrapping, doubled spaces, left-over tags (``<p>``), case. ``normal_text`` folds all
of that away, so equal normal forms mean "the same words".
"""

from __future__ import annotations

import hashlib
import re
from typing import Final

_TAG: Final = re.compile(r"</?[A-Za-z][^<>]{0,200}>")
_WORD: Final = re.compile(r"\w+")
# Every ASCII character that is not a word character (``\w``) as a space, and upper
# case as lower: ASCII text so mapped splits on whitespace into exactly the words
# ``_WORD`` finds, folded. A table of bytes: ``bytes.translate`` looks each byte up in
# C, twice as fast as ``str.translate`` with a dict (most of an article's fingerprint).
_ASCII_FOLD: Final = bytes(
    ord(" ") if not _WORD.match(chr(c)) else ord(chr(c).casefold()) for c in range(128)
) + bytes(range(128, 256))
_ASCII_BYTES: Final = bytes(range(128))
_SPACES: Final = re.compile(rb"  +")
"""A run of two spaces or more: folded text (only spaces between its words) with each
run made one space and its ends stripped is ``b" ".join(text.split())``, a quarter
cheaper (no bytes object per word)."""


def normal_text(text: str) -> str:
    """Lower-case words separated by single spaces: no markup, punctuation or wrapping.

    Case is folded after the words are found (folding can turn a letter into one and a
    combining mark, "İ" -> "i̇", which would split the word), and the tag pass is skipped
    for text without a ``<``: every quote of a corpus goes through here."""
    if "<" in text:
        text = _TAG.sub(" ", text)
    if text.isascii():  # (a flag of the string: no scan)
        return _ascii_words(text.encode("ascii")).decode("ascii")
    return _other_words(text.encode("utf-8", "surrogatepass"))[1]


def normal_words(text: str) -> tuple[bytes, int]:
    """``normal_text(text)`` encoded (UTF-8), and its length in characters: what a
    fingerprint hashes, with no ``str`` made of an ASCII text's words."""
    if "<" in text:
        text = _TAG.sub(" ", text)
    if text.isascii():
        words = _ascii_words(text.encode("ascii"))
        return words, len(words)
    words, folded = _other_words(text.encode("utf-8", "surrogatepass"))
    return words, len(folded)


def _ascii_words(data: bytes) -> bytes:
    return _SPACES.sub(b" ", data.translate(_ASCII_FOLD)).strip(b" ")


def _other_words(data: bytes) -> tuple[bytes, str]:
    """The normal form of a non-ASCII text (UTF-8 ``data``), encoded and as a ``str``.

    The words are what ``\\w+`` finds: each character that is not a word character
    becomes a space (ASCII ones by the table, the few distinct others of the text one
    by one: UTF-8 never matches across characters), then each run of spaces one. The
    same as ``" ".join(re.findall(r"\\w+", text))`` (tested on every code point),
    without a ``str`` per word or a Unicode class test per character (``findall`` was
    most of a non-ASCII article's fingerprint)."""
    fold = False
    for char in set(data.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")):
        if not (char.isalnum() or char == "_"):  # (what \w is in a str pattern)
            data = data.replace(char.encode("utf-8", "surrogatepass"), b" ")
        elif char.casefold() != char:
            fold = True
    words = _ascii_words(data)
    text = words.decode("utf-8", "surrogatepass")
    if fold:
        text = text.casefold()
        words = text.encode("utf-8", "surrogatepass")
    return words, text


def digest(data: bytes) -> bytes:
    """A short, stable fingerprint of ``data`` (the same in every process and run).
    SHA-256, cut: the CPUs this runs on hash it in hardware, twice as fast as BLAKE2b."""
    return hashlib.sha256(data).digest()[:12]
