"""Make untrusted article text safe to show in a terminal.

Articles come from anywhere; a stray escape sequence could recolour the screen, set the
window title, write the clipboard (OSC 52) or hide a link (OSC 8). After ``sanitize``
the text holds no C0 control except ``\\n``, no DEL, no C1 control and no bidi
override or isolate, so nothing in it can reach the terminal as a control sequence.
Whole escape sequences are removed with their payload (not just the ESC byte) so the
reader does not see leftovers such as ``[31m``.

Decisions: a tab becomes a space; form feed, vertical tab and the Unicode line and
paragraph separators become ``\\n``; zero-width space, word joiner and a BOM inside
the text are removed (they are invisible and break search), and so are lone
surrogates (a JSON line can hold ``"\\ud800"``; no terminal or UTF-8 file can).
Zero-width joiner and non-joiner are kept because emoji and several scripts need them.

Every pattern below is a single pass with no nested repetition, so the work is linear
in the length of the text (a 5 MB single-line file is fine).
"""

from __future__ import annotations

import re

# ESC or the 8-bit form of each introducer. Order matters: the string-type sequences
# and CSI are tried before the short "ESC + intermediates + final" catch-all.
_STRING_BODY = r"[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?"
_SEQUENCE = re.compile(
    "|".join(
        (
            # OSC (ESC ]), DCS (ESC P), SOS (ESC X), PM (ESC ^), APC (ESC _): payload
            # runs to BEL or ST (an unterminated one stops at the line end). Their 8-bit
            # C1 forms are far more often a stray latin-1 byte than a real sequence, so
            # only the C1 character itself is dropped (by the translate table).
            r"\x1b[\]PX^_]" + _STRING_BODY,
            # CSI: parameters, intermediates, one final byte (colours, cursor moves).
            r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?",
            # Other escapes: ESC, intermediates, a final byte (ESC c, ESC ( B, ESC 7);
            # a lone ESC matches with nothing after it.
            r"\x1b[ -/]*[0-~]?",
        )
    )
)

_DROP = dict.fromkeys(
    [
        *range(0x00, 0x09),  # NUL .. BS (bell included)
        *range(0x0E, 0x20),  # SO .. US
        0x0D,  # a stray CR left after newline normalisation
        *range(0x7F, 0xA0),  # DEL and the C1 controls
        *range(0x202A, 0x202F),  # bidi embeddings and overrides
        *range(0x2066, 0x206A),  # bidi isolates
        *range(0xD800, 0xE000),  # lone surrogates (from JSON "\\ud800"): unencodable
        0x200B,  # zero-width space
        0x2060,  # word joiner
        0xFEFF,  # BOM / zero-width no-break space inside the text
    ]
)
_TABLE: dict[int, str | None] = {
    **_DROP,
    0x09: " ",
    0x0B: "\n",
    0x0C: "\n",
    0x2028: "\n",
    0x2029: "\n",
}

# Anything the translate table would change; used to skip work on clean text.
_NEEDS_WORK = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u200b\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069"
    "\ud800-\udfff\ufeff]"
)


def normalize_newlines(text: str) -> str:
    """Turn Windows (``\\r\\n``) and old Mac (``\\r``) line ends into ``\\n``."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def sanitize(text: str) -> str:
    """Remove escape sequences and control characters; see the module docstring."""
    if not _NEEDS_WORK.search(text):
        return text
    if "\x1b" in text or "\x9b" in text:
        text = _SEQUENCE.sub("", text)
    return text.translate(_TABLE)


def is_clean(text: str) -> bool:
    """True when ``text`` holds nothing ``sanitize`` would remove or change."""
    return _NEEDS_WORK.search(text) is None


def printable(text: str) -> str:
    """One terminal-safe line for names we show but do not clean (file names, paths).

    Unlike ``sanitize`` nothing is dropped: controls, bidi and other invisible
    characters are shown escaped (``\\x1b``), so the name stays recognisable.
    """
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)
