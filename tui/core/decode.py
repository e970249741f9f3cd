"""Turn the bytes of an article file into text, whatever encoding it was saved in.

News text arrives as UTF-8 (with or without a BOM), UTF-16 from Windows tools, old
cp1252 or latin-1 files, and UTF-8 that was once read as cp1252 and saved again
("FranÃ§ois"). We decode all of them, say so with a warning when we had to guess or
repair, and refuse files that are not text at all (an image renamed ``.txt``).
"""

from __future__ import annotations

import codecs
import html
import re
from dataclasses import dataclass, field

from tui.core.sanitize import normalize_newlines

# Leading bytes of common binary formats someone might rename to .txt.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or .docx/.xlsx)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\x7fELF", "executable"),
    (b"MZ", "Windows executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Office document"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"RIFF", "RIFF media file"),
    (b"OggS", "Ogg media file"),
    (b"ID3", "MP3 audio"),
    (b"\x00\x00\x01\x00", "icon image"),
)
_SNIFF = 65536
# Control bytes that real text files do contain (tab, newlines, form feed, ESC for
# ANSI colours, bell); any other C0 byte counts towards "this is binary".
_ODD_CONTROLS = bytes(b for b in range(0x20) if b not in b"\t\n\r\x0b\x0c\x1b\x07\x08")
_BINARY_RATIO = 0.02


@dataclass(slots=True)
class Decoded:
    """The text of a file, or why there is none (``binary``); ``warnings`` for the user."""

    text: str | None
    encoding: str
    warnings: list[str] = field(default_factory=list)
    binary: str | None = None


def sniff_binary(data: bytes) -> str | None:
    """Name the binary format of ``data``, or None when it looks like text."""
    for magic, name in _MAGIC:
        # "MZ", "RIFF" or "%PDF-" could start a real text; trust only magics holding
        # a byte no text has. The others must also fail the control-byte check below.
        if data.startswith(magic) and any(b < 0x20 or b >= 0x7F for b in magic):
            return name
    sample = data[:_SNIFF]
    if not sample:
        return None
    odd = len(sample) - len(sample.translate(None, _ODD_CONTROLS))
    if odd / len(sample) > _BINARY_RATIO or (odd and sample.count(0) * 200 > len(sample)):
        for magic, name in _MAGIC:
            if data.startswith(magic):
                return name
        return "binary data (NUL or control bytes)"
    return None


_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode_bytes(data: bytes) -> Decoded:
    """Decode ``data`` and normalise its newlines; see the module docstring."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_with_bom(data[len(bom) :], encoding)
    guessed = _bomless_utf16(data)
    if guessed:
        return guessed
    binary = sniff_binary(data)
    if binary:
        return Decoded(None, "binary", binary=binary)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        text = normalize_newlines(text)
        repaired, count = repair_mojibake(text)
        if count:
            warning = f"repaired {count} mis-decoded character sequence(s) (UTF-8 read as cp1252)"
            return Decoded(repaired, "utf-8", [warning])
        return Decoded(text, "utf-8")
    mostly = _mostly_utf8(data)
    if mostly:
        return mostly
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        warning = f"not valid UTF-8; decoded as {encoding}"
        return Decoded(normalize_newlines(text), encoding, [warning])
    raise AssertionError("latin-1 decodes every byte string")  # pragma: no cover


def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few corrupt bytes: keep it UTF-8 rather than turn every good
    "“" into "â€œ" by reading the whole file as cp1252.

    Chosen when valid multi-byte characters outnumber the invalid bytes two to one.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    good = non_ascii - text.count("\ufffd")
    if good < 2 * bad:
        return None
    warning = f"{bad} invalid UTF-8 byte sequence(s) replaced with U+FFFD"
    return Decoded(normalize_newlines(text), "utf-8", [warning])


def _decode_with_bom(data: bytes, encoding: str) -> Decoded:
    try:
        text = data.decode(encoding)
        warnings: list[str] = []
    except UnicodeDecodeError as exc:
        text = data.decode(encoding, errors="replace")
        warnings = [f"invalid {encoding} at byte {exc.start}; bad bytes replaced"]
    return Decoded(normalize_newlines(text), encoding, warnings)


def _bomless_utf16(data: bytes) -> Decoded | None:
    """UTF-16 saved without a BOM: every other byte is NUL (for Latin-script text).

    Only accepted when it decodes cleanly into printable text, so binary data with a
    similar byte pattern still counts as binary.
    """
    sample = data[: _SNIFF - _SNIFF % 2]
    half = len(sample) // 2
    if half < 2 or len(data) % 2:
        return None
    even_nuls, odd_nuls = sample[0::2].count(0), sample[1::2].count(0)
    if odd_nuls > 0.6 * half and even_nuls < 0.02 * half:
        encoding = "utf-16-le"
    elif even_nuls > 0.6 * half and odd_nuls < 0.02 * half:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    shown = text[:_SNIFF]
    if sum(1 for c in shown if c.isprintable() or c in "\n\r\t") < 0.95 * len(shown):
        return None
    return Decoded(normalize_newlines(text), encoding, [f"no byte-order mark; read as {encoding}"])


# cp1252 maps five bytes nowhere; tools that "read UTF-8 as cp1252" usually let them
# through as the matching C1 character, which latin-1 turns back into the byte.
def _to_byte(ch: str) -> int | None:
    try:
        return ch.encode("cp1252")[0]
    except UnicodeEncodeError:
        code = ord(ch)
        return code if 0x80 <= code <= 0x9F else None


_BYTE_OF: dict[str, int] = {
    ch: b for ch in map(chr, range(0x80, 0x2200)) if (b := _to_byte(ch)) is not None and b >= 0x80
}


# Mojibake of one UTF-8 character: a lead byte (C2-F4, which cp1252 and latin-1 both
# show as U+00C2-U+00F4) followed by continuation bytes (80-BF) shown as cp1252/latin-1.
_CONTINUATION = "".join(sorted(ch for ch, b in _BYTE_OF.items() if 0x80 <= b <= 0xBF))
_CANDIDATE = re.compile("[\u00c2-\u00f4][" + re.escape(_CONTINUATION) + "]{1,3}")


def _sequence_length(lead: int) -> int:
    if lead <= 0xDF:
        return 2
    if lead <= 0xEF:
        return 3
    return 4


# What mis-decoded UTF-8 in news text turns back into: Latin letters, Greek, Cyrillic,
# Hebrew, Arabic, combining accents, punctuation/currency/symbols, emoji. A "repair"
# giving IPA letters or CJK ideographs is a coincidence: French "décidé\u00a0»"
# (é, no-break space, ») is valid UTF-8 for "頻" when read back as bytes.
_PLAUSIBLE = ((0x00A0, 0x024F), (0x0300, 0x06FF), (0x2000, 0x2BFF), (0x1F000, 0x10FFFF))
# Share of a text's non-ASCII characters that repairs must cover: in a mis-decoded
# file nearly all of them are mojibake; in real accented text almost none are.
_MOJIBAKE_SHARE = 0.8


def _plausible(ch: str) -> bool:
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in _PLAUSIBLE)


def repair_mojibake(text: str) -> tuple[str, int]:
    """Undo UTF-8 that was decoded as cp1252/latin-1 ("FranÃ§ois" -> "François").

    A run of characters is replaced only when its cp1252 bytes form one valid UTF-8
    character of a plausible script, and only when such runs make up most of the
    text's non-ASCII characters, so genuine accented text is left alone. Returns the
    text and how many sequences were repaired. One regex pass (lead and continuation
    classes are disjoint), linear.
    """
    if text.isascii():
        return text, 0
    count = 0
    covered = 0

    def fix(m: re.Match[str]) -> str:
        nonlocal count, covered
        found = m.group()
        size = _sequence_length(ord(found[0]))
        if len(found) < size:
            return found
        try:
            fixed = bytes(_BYTE_OF[ch] for ch in found[:size]).decode("utf-8")
        except UnicodeDecodeError:
            return found
        if not _plausible(fixed):
            return found
        count += 1
        covered += size
        return fixed + found[size:]

    repaired = _CANDIDATE.sub(fix, text)
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    if not count or covered < _MOJIBAKE_SHARE * non_ascii:
        return text, 0
    return repaired, count


# A character reference with its semicolon: &#233; &#xE9; &eacute; &amp; (scraped pages
# often keep them). Bare "&" and "AT&T" are left alone.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def unescape_entities(text: str) -> str:
    """Turn HTML character references left by scrapers into the characters they name.

    Runs before ``sanitize``, so a reference to a control character (``&#27;``) is
    stripped like the character itself.
    """
    if "&" not in text:
        return text
    return _ENTITY.sub(lambda m: html.unescape(m.group()), text)
