"""Control and escape sequences never survive sanitising; real text does."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tui.core.sanitize import (
    _ODD_SPACES,
    is_clean,
    normalize_newlines,
    plain_spaces,
    printable,
    sanitize,
)

# What a terminal could act on: any C0 but \n, DEL, C1, bidi overrides/isolates.
UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("\x1b[31mred\x1b[0m text", "red text"),
        ("\x1b[1;38;5;208mbold\x1b[m", "bold"),
        ("up\x1b[2Aand\x1b[10;20Hmove\x1b[2J", "upandmove"),
        ("\x9b31mC1 CSI", "C1 CSI"),
        ("\x1b]0;pwned title\x07after", "after"),
        ("\x1b]2;title\x1b\\after", "after"),
        ("\x1b]52;c;ZWNobyBoaQ==\x07copy", "copy"),
        ("\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\ here", "click here"),
        ("\x9d0;c1 osc\x9c ok", "0;c1 osc ok"),
        ("\x1bP1$r0m\x1b\\dcs", "dcs"),
        ("\x1b_apc payload\x1b\\apc", "apc"),
        ("\x1b^pm\x1b\\pm", "pm"),
        ("\x1bXsos\x1b\\sos", "sos"),
        ("\x1bcreset", "reset"),
        ("\x1b(Bcharset", "charset"),
        ("lone\x1b", "lone"),
        ("bell\x07 nul\x00 bs\x08 del\x7f", "bell nul bs del"),
        ("a\tb", "a b"),
        ("page\x0cbreak", "page\nbreak"),
        ("c1\x85\x8d\x9fgone", "c1gone"),
        ("\u202eevil\u202c and \u2067iso\u2069", "evil and iso"),
        ("zero\u200bwidth\ufeff", "zerowidth"),
        ("line\u2028sep", "line\nsep"),
        ("lone \ud800surrogate\udfff", "lone surrogate"),
    ],
)
def test_strips_sequences_and_controls(raw: str, clean: str) -> None:
    assert sanitize(raw) == clean


def test_unterminated_osc_stops_at_line_end() -> None:
    # A terminal would swallow text up to the terminator; we drop the rest of the line
    # only, so one bad sequence cannot hide the whole article.
    assert sanitize("before\x1b]0;title never ends\nnext line") == "before\nnext line"


@pytest.mark.parametrize(
    "text",
    [
        "Emoji 👩‍👩‍👧 family and flag 🏴󠁧󠁢󠁳󠁣󠁴󠁿 keep their joiners",
        "Combining: e\u0301 a\u0308, Vietnamese Tiếng Việt",
        "RTL: العربية עִבְרִית mixed with English",
        "Persian half-space: می\u200cخواهم",
        "Rich markup [bold red]not markup[/] and [link=x]y[/link] stay literal",
        "Curly “quotes” and ‘single’ — dashes… and £€",
    ],
)
def test_keeps_real_text(text: str) -> None:
    assert sanitize(text) == text
    assert is_clean(text)


def test_newlines_are_normalised() -> None:
    assert normalize_newlines("a\r\nb\rc\n\nd") == "a\nb\nc\n\nd"
    assert sanitize("stray\rcr") == "straycr"


def test_many_c1_bytes_on_one_line_stay_text() -> None:
    # Stray C1 bytes (latin-1 files) only lose themselves, not the rest of the line.
    assert sanitize("a\x9fb\x9dc\x90d" * 3) == "abcd" * 3


def test_large_single_line_is_handled() -> None:
    # Many escape introducers in one 5 MB line: must finish (linear patterns).
    chunk = "word \x1b[31m\x1b]0;" + "x" * 50 + "\x07 [" + "0" * 40
    text = chunk * (5_000_000 // len(chunk))
    out = sanitize(text)
    assert "\x1b" not in out and "\x07" not in out
    assert out.count("word") == text.count("word")


@given(st.text(alphabet=st.characters(exclude_categories=()), max_size=300))
def test_nothing_unsafe_survives(text: str) -> None:
    out = sanitize(text)
    assert not UNSAFE.search(out)
    assert "\r" not in out
    assert sanitize(out) == out  # idempotent
    out.encode("utf-8")  # always encodable: no lone surrogates
    assert is_clean(out)


@given(
    st.lists(st.sampled_from(["\x1b", "[", "]", "\\", "\x07", "\x9b", "\x9d", "P", "1;", "m", "a"]))
)
def test_escape_fragments_never_survive(parts: list[str]) -> None:
    out = sanitize("".join(parts))
    assert not UNSAFE.search(out)


def test_printable_escapes_instead_of_dropping() -> None:
    assert printable("plain/ünïcode name.txt") == "plain/ünïcode name.txt"
    assert printable("a\x1b[31mb\x07\u202ec\nd") == "a\\x1b[31mb\\x07\\u202ec\\nd"
    assert printable(printable("\x1b")) == "\\x1b"


# Every character up to the bidi isolates, the surrogates' edges, the BOM and the last.
_CODES = [*range(0x2070), 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xFEFF, 0x10FFFF]


@pytest.mark.parametrize("around", ["ab{}c", "é{}", "{}\u0100", "“{}”"])
def test_is_clean_means_sanitize_changes_nothing(around: str) -> None:
    # Latin-1 text is checked a byte at a time, wider text by a pattern: both must
    # find exactly what sanitize removes or changes, whatever surrounds it.
    for code in _CODES:
        text = around.format(chr(code))
        assert is_clean(text) == (sanitize(text) == text), hex(code)


_ODD = "".join(chr(c) for c in _ODD_SPACES)


@given(st.text(alphabet=st.sampled_from([*_ODD, "a", "é", "“", "\u200b", " ", "\n"]), max_size=60))
def test_plain_spaces_replaces_each_odd_space_in_place(text: str) -> None:
    # Found by a pattern, not looked up character by character: the same result as
    # the mapping, each odd space one plain space (offsets unchanged), nothing else.
    out = plain_spaces(text)
    assert out == text.translate(_ODD_SPACES)
    assert len(out) == len(text)
    assert not any(c in _ODD for c in out)


def test_plain_spaces_knows_every_odd_space() -> None:
    assert plain_spaces("é" + _ODD + "x") == "é" + " " * len(_ODD) + "x"
    assert plain_spaces("café\u2009—\u00a0ok") == "café — ok"
