"""The faster scans (cue words, noun words, noun phrases, ASCII name runs) find exactly
what their single patterns find, in any window: the same matches, groups and all."""

from __future__ import annotations

import random

from tui.core.attribution import cues as C

# Invented text: cues at the very start, after quotes, brackets, a line break, a slash
# and a dash; hyphenated and underscored forms that are no cue ("so-said", "_said",
# "said_"); the fixed phrases ("as saying", "according to", "In a statement"); words a
# window may cut ("sayings", "tolder"); noun phrases with and without a determiner.
TEXT = (
    'said the mayor, "We will rebuild." (said) she added:\n'
    "according to Ms. Varga, officials were quoted as saying the deal stood/said "
    "so-said _said said_ 9said. In a statement, the Tarnow Workers Union warned "
    "the sayings were tolder than told. A spokeswoman for Brellow Harbour said "
    "—told reporters— that the city's chief executive insisted. Analysts say "
    "lawyers for Dr. Ilse Morrow had told her. In the words of one official, "
    'it is done, the minister said. "Officials" argued, a union spokesman said.'
)


def _windows(seed: int) -> list[tuple[int, int]]:
    rnd = random.Random(seed)
    return [(0, len(TEXT)), (0, 0), (5, 5), (9, 3)] + [
        (rnd.randrange(len(TEXT)), rnd.randrange(len(TEXT) + 3)) for _ in range(3000)
    ]


def _found(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


def test_cue_scan_matches_the_cue_pattern() -> None:
    for lo, hi in _windows(5):
        want = _found(C.CUE.finditer(TEXT, lo, hi))
        assert _found(C.scan_words(C.CUE, C.CUE_AT, TEXT, lo, hi)) == want, (lo, hi)
        assert _found([m] if (m := C.first_cue(TEXT, lo, hi)) else []) == want[:1], (lo, hi)
    whole = C.scan_words(C.CUE, C.CUE_AT, TEXT, 0, len(TEXT))
    words = [m.group() for m in whole]
    assert (
        words[:3] == ["said", "said", "added"]
        and "as saying" in words
        and "In a statement" in words
    )
    assert "said_" not in words and not any(m.start() == TEXT.index("so-said") + 3 for m in whole)


def test_noun_scans_match_their_patterns() -> None:
    for lo, hi in _windows(7):
        assert C.has_noun_word(TEXT, lo, hi) == (C.NOUN_WORD.search(TEXT, lo, hi) is not None)
        want = _found(C.NOMINAL.finditer(TEXT, lo, hi))
        assert _found(C.nominals(TEXT, lo, hi)) == want, (lo, hi)
    phrases = [m.group() for m in C.nominals(TEXT, 0, len(TEXT))]
    assert any(p.startswith("A spokeswoman for Brellow") for p in phrases)


# TEXT in ASCII characters only ("--" for its dashes, "_" and "-" before words kept):
# where the scans use their ASCII twins (``ascii_twin``).
ASCII_TEXT = TEXT.replace("\u2014", "--") + " 9officials _lawyers -said x-spokesman"


def test_ascii_twins_match_the_patterns_in_ascii_text() -> None:
    assert ASCII_TEXT.isascii() and not TEXT.isascii()
    for lo, hi in _windows(11):
        want = _found(C.CUE.finditer(ASCII_TEXT, lo, hi))
        assert _found(C.cue_words(ASCII_TEXT, lo, hi)) == want, (lo, hi)
        first = C.first_cue(ASCII_TEXT, lo, hi)
        assert _found([first] if first else []) == want[:1], (lo, hi)
        assert _found(C.nominals(ASCII_TEXT, lo, hi)) == _found(
            C.NOMINAL.finditer(ASCII_TEXT, lo, hi)
        ), (lo, hi)
        found = C.has_noun_word(ASCII_TEXT, lo, hi)
        assert found == (C.NOUN_WORD.search(ASCII_TEXT, lo, hi) is not None), (lo, hi)
    # (The twins differ from the patterns only on characters beyond ASCII.)
    assert C.CUE_AT.match(" said") and C.CUE_AT_ASCII.match(" said")
    assert not C.CUE_AT.match("\u00e9said") and C.CUE_AT_ASCII.match("\u00e9said")
    assert [m.group() for m in C.cue_words("caf\u00e9said so", 0, 12)] == []


# Invented ASCII text with every shape of name run: initials ("Marta J. Okafor",
# "A.J. Tolliver"), particles ("Pieter van der Berg", "Khalid al-Thani"), hyphens and
# apostrophes ("Kilroy-Silk", "O'Hara-Reyes"), honorifics ("Lt. Gen. Rosa Vance"), a
# dotted acronym ("C.E.O. Ann Bell") and words after a full stop or a quote.
NAMES_TEXT = (
    "Marta J. Okafor, a tax lawyer, met A.J. Tolliver and Pieter van der Berg. "
    '"Khalid al-Thani Rashid," said Ms. O\'Hara-Reyes. Retired Lt. Gen. Rosa Vance '
    "and the C.E.O. Ann Bell of Kilroy-Silk Holdings spoke to St. Clair Dunn Jr. "
    "on Radio 4. The BBC said MPs and R. Alan Pruitt agreed."
)


def test_ascii_name_runs_match_the_full_pattern() -> None:
    from tui.core.attribution import names as N

    assert NAMES_TEXT.isascii()
    want = [m.span() for m in N._RUN.finditer(NAMES_TEXT)]
    assert [m.span() for m in N._RUN_ASCII.finditer(NAMES_TEXT)] == want
    assert "Marta J. Okafor" in [m.group() for m in N._RUN_ASCII.finditer(NAMES_TEXT)]
