"""Bytes to text: every encoding news files turn up in, and refusing binaries."""

from __future__ import annotations

import codecs
import struct
import zlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tui.core.decode import decode_bytes, repair_mojibake, sniff_binary, unescape_entities

SAMPLE = "“Ça va,” said François Müller — it cost €5.\nNext paragraph’s end."


def _png() -> bytes:
    """A real 1x1 PNG, built the way the format says."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def test_utf8_plain() -> None:
    d = decode_bytes(SAMPLE.encode("utf-8"))
    assert (d.text, d.encoding, d.warnings) == (SAMPLE, "utf-8", [])


def test_utf8_bom_is_dropped() -> None:
    d = decode_bytes(codecs.BOM_UTF8 + SAMPLE.encode("utf-8"))
    assert d.text == SAMPLE and not d.warnings


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom(codec: str) -> None:
    data = SAMPLE.encode(codec)
    if codec == "utf-16-le":
        data = codecs.BOM_UTF16_LE + data
    elif codec == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    d = decode_bytes(data)
    assert d.text == SAMPLE and not d.warnings


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_guessed(codec: str) -> None:
    d = decode_bytes(SAMPLE.replace("\n", "\r\n").encode(codec))
    assert d.text == SAMPLE
    assert d.warnings == [f"no byte-order mark; read as {codec}"]


def test_binary_with_utf16_like_pattern_stays_binary() -> None:
    # Small 16-bit integers look like UTF-16 by their NULs but are not printable text.
    data = bytes(b for i in range(2000) for b in (i % 32, 0))
    assert decode_bytes(data).binary is not None


def test_cp1252_smart_quotes_fall_back_with_warning() -> None:
    d = decode_bytes(SAMPLE.encode("cp1252"))
    assert d.text == SAMPLE
    assert d.encoding == "cp1252"
    assert d.warnings == ["not valid UTF-8; decoded as cp1252"]


def test_mostly_utf8_keeps_utf8_and_replaces_bad_bytes() -> None:
    data = SAMPLE.encode("utf-8") + b" broken \xff byte"
    d = decode_bytes(data)
    assert d.encoding == "utf-8"
    assert d.text == SAMPLE + " broken \ufffd byte"
    assert d.warnings == ["1 invalid UTF-8 byte sequence(s) replaced with U+FFFD"]


def test_latin1_when_cp1252_cannot_decode() -> None:
    # 0x81 is undefined in cp1252, so only latin-1 can read this file.
    d = decode_bytes(b"caf\xe9 \x81 bar")
    assert d.encoding == "latin-1"
    assert d.text == "café \x81 bar"  # the C1 control is removed later by sanitize
    assert d.warnings == ["not valid UTF-8; decoded as latin-1"]


def test_newlines_normalised() -> None:
    assert decode_bytes(b"a\r\nb\rc\n").text == "a\nb\nc\n"
    assert decode_bytes("a\r\nb".encode("utf-16")).text == "a\nb"


def _misread(text: str) -> str:
    """What a tool reading UTF-8 as cp1252 shows: each byte as its cp1252 character,
    the five bytes cp1252 leaves undefined as the C1 character of the same value."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode())


def test_mojibake_is_repaired() -> None:
    broken = _misread(SAMPLE).encode("utf-8")
    d = decode_bytes(broken)
    assert d.text == SAMPLE
    assert len(d.warnings) == 1 and "repaired" in d.warnings[0]


@given(st.text(alphabet="ab .,éèçÇüÖøß’‘“”€—–…™£", min_size=1, max_size=80))
def test_misread_text_round_trips(text: str) -> None:
    fixed, count = repair_mojibake(_misread(text))
    assert fixed == text
    assert count == len(text) - len(text.encode("ascii", errors="ignore"))


def test_mojibake_examples() -> None:
    assert repair_mojibake("FranÃ§ois") == ("François", 1)
    assert repair_mojibake("itâ€™s â‚¬5") == ("it’s €5", 2)
    # UTF-8 read as latin-1: the C1 characters stand in for cp1252's bytes.
    assert repair_mojibake("it\u00e2\u0080\u0099s") == ("it’s", 1)


@pytest.mark.parametrize(
    "text",
    [
        "café",
        "“quoted” ‘text’",
        "Ångström Ørsted",
        "naïve £5 — ok",
        "São Paulo",
        "ÃO",
        # French spacing: é + no-break space + » is valid UTF-8 for a CJK character.
        "« C'est décidé\u00a0», a-t-il dit.",
        "« DÉCIDÉ\u00a0»",
        # One real coincidence among many real accents is not enough.
        "Les élèves ont été très contents; Ã© " + "é" * 10,
    ],
)
def test_real_accents_are_not_repaired(text: str) -> None:
    assert repair_mojibake(text) == (text, 0)


def test_png_renamed_is_binary() -> None:
    data = _png()
    assert sniff_binary(data) == "PNG image"
    d = decode_bytes(data)
    assert d.text is None and d.binary == "PNG image"


def test_nul_bytes_mean_binary() -> None:
    data = bytes(range(256)) * 20
    assert decode_bytes(data).binary == "binary data (NUL or control bytes)"


def test_text_with_escape_codes_is_not_binary() -> None:
    data = ("\x1b[31mred\x1b[0m and a bell\x07 " * 50).encode()
    assert sniff_binary(data) is None


def test_short_magic_needs_binary_content() -> None:
    # "MZ" and "BZh" can start a real sentence.
    assert decode_bytes(b"MZ Hotel said it would reopen.").text == "MZ Hotel said it would reopen."
    assert decode_bytes(b"BZh is not a word").binary is None
    assert decode_bytes(b"RIFF between the parties grew.").binary is None
    assert decode_bytes(b"GIF89a was a file format; %PDF- too.").binary is None
    # With binary content after them, they are named.
    assert decode_bytes(b"RIFF\x24\x08\x00\x00WAVEfmt \x10\x00\x00\x00" * 4).binary == (
        "RIFF media file"
    )


def test_bad_utf16_bytes_replaced_with_warning() -> None:
    data = codecs.BOM_UTF16_LE + "ok".encode("utf-16-le") + b"\x00\xd8"  # lone surrogate
    d = decode_bytes(data)
    assert d.text is not None and d.text.startswith("ok")
    assert d.warnings and "utf-16-le" in d.warnings[0]


def test_html_character_references_become_characters() -> None:
    assert unescape_entities("Caf&#233; &eacute;lite costs &#163;5 &amp; &lt;more&gt;") == (
        "Café élite costs £5 & <more>"
    )
    assert unescape_entities("&#xE9;t&#XE9;") == "été"


def test_text_that_only_looks_like_a_reference_is_kept() -> None:
    for text in ("AT&T", "fish & chips", "a&b;c", "&;", "&#;", "&#x;", "R&D; spending", "&Dx;"):
        assert unescape_entities(text) == text
