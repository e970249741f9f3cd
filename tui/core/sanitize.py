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
from typing import Final

# Escape sequences, removed whole. Factored on the introducer so the engine jumps
# straight to the next ESC (or 8-bit CSI) and never backtracks more than one step:
# the classes in each branch are disjoint, and every branch ends in an optional part.
_SEQUENCE = re.compile(
    r"\x1b(?:"
    # OSC (ESC ]), DCS (ESC P), SOS (ESC X), PM (ESC ^), APC (ESC _): the payload runs
    # to BEL or ST; an unterminated one stops at the end of its line.
    r"[\]PX^_][^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?"
    # CSI: parameters, intermediates, one final byte (colours, cursor moves).
    r"|\[[0-?]*[ -/]*[@-~]?"
    # Other escapes: intermediates and a final byte (ESC c, ESC ( B, ESC 7), or a lone ESC.
    r"|[ -/]*[0-~]?"
    r")"
    # The 8-bit CSI. The 8-bit string introducers (OSC, DCS, ...) are far more often a
    # stray latin-1 byte than a real sequence, so only the character itself goes.
    r"|\x9b[0-?]*[ -/]*[@-~]?"
)

# Characters removed outright: C0 controls but tab/newline/VT/FF, a stray CR left
# after newline normalisation, DEL and C1, bidi embeddings/overrides/isolates,
# zero-width space, word joiner, BOM inside the text, lone surrogates.
_DROP = re.compile(
    "[\x00-\x08\x0d\x0e-\x1f\x7f-\x9f\u200b\u202a-\u202e\u2060\u2066-\u2069\ud800-\udfff\ufeff]"
)
# Characters replaced: a tab is a space; VT, FF and the Unicode line/paragraph
# separators end a line.
_REPLACE = (("\t", " "), ("\x0b", "\n"), ("\x0c", "\n"), ("\u2028", "\n"), ("\u2029", "\n"))

# Anything sanitize would change; used to skip work on clean text.
_NEEDS_WORK = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u200b\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069"
    "\ud800-\udfff\ufeff]"
)


def normalize_newlines(text: str) -> str:
    """Turn Windows (``\\r\\n``) and old Mac (``\\r``) line ends into ``\\n``."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


# The characters of the first 256 that ``_NEEDS_WORK`` finds (C0 but newline, DEL, C1),
# as bytes: a text of those 256 (most news text) is checked with ``bytes.translate``, in
# C at a byte a step, about ten times as fast as the pattern (a twentieth of a worker's
# time on the BBC corpus went to it).
_LATIN1_WORK = bytes(c for c in range(256) if _NEEDS_WORK.match(chr(c)))


def _needs_work(text: str) -> bool:
    """Whether ``text`` holds a character ``_NEEDS_WORK`` finds."""
    try:
        data = text.encode("latin-1")
    except UnicodeEncodeError:  # (a character above U+00FF: the pattern)
        return _NEEDS_WORK.search(text) is not None
    return len(data.translate(None, _LATIN1_WORK)) != len(data)


def sanitize(text: str) -> str:
    """Remove escape sequences and control characters; see the module docstring."""
    if not _needs_work(text):
        return text
    if "\x1b" in text or "\x9b" in text:
        text = _SEQUENCE.sub("", text)
    text = _DROP.sub("", text)
    for char, replacement in _REPLACE:
        if char in text:
            text = text.replace(char, replacement)
    return text


# Spaces other than the plain one that scraped text carries: no-break (U+00A0, U+202F),
# the typographic widths (en quad .. hair space, thin space around dashes), medium
# mathematical and ideographic space. Each is one character, as its replacement is.
_ODD_SPACES: Final = {c: " " for c in (0xA0, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000)}
# The same characters as one class: the engine skips to the next of them at C speed,
# where ``str.translate`` with a mapping looks every character up in it (0.15 ms of an
# article that is not all ASCII, most often for no odd space at all: some 4% of a
# worker's time in a cold load).
_ODD_SPACE: Final = re.compile("[" + "".join(re.escape(chr(c)) for c in _ODD_SPACES) + "]")


def plain_spaces(text: str) -> str:
    """Every odd space as a plain one, offsets unchanged: article text is searched and
    parsed for names and cues with plain spaces ("Dr.\u00a0Ann Roe" is "Dr. Ann Roe")."""
    if text.isascii():
        return text
    return _ODD_SPACE.sub(" ", text)


def is_clean(text: str) -> bool:
    """True when ``text`` holds nothing ``sanitize`` would remove or change."""
    return not _needs_work(text)


def printable(text: str) -> str:
    """One terminal-safe line for names we show but do not clean (file names, paths).

    Unlike ``sanitize`` nothing is dropped: controls, bidi and other invisible
    characters are shown escaped (``\\x1b``), so the name stays recognisable.
    """
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)
