"""The fast scans find exactly what the patterns' own finditer finds, in any window."""

from __future__ import annotations

import random
import re

import pytest

from tui.core.attribution import cues as C

# Invented text: cues at the very start, after hyphens ("so-called"), inside words
# ("unsaid"), in multi-word forms ("as saying", "according to", "In a statement"),
# pronouns and noun phrases next to marks, sentence ends with closing quotes, "Mr."
# abbreviations, numbers and line breaks.
TEXT = (
    'Said the mayor, "We will rebuild." He added: "Slowly." So-called experts '
    "were unsaid. The city's spokeswoman for Brellow Harbour said it was fine.\n"
    "Officials, according to Ms. Varga, were quoted as saying the deal stood. "
    'In a statement, the Tarnow Workers Union said: "No!" They argued (it '
    "seems) that a lawyer for Dr. Ilse Morrow had told her. She said 3.5 per "
    'cent. "Why?" asked Ann Roe. Analysts say the firm\'s chief executive '
    "warned it. Will it hold? Nobody knew. It is said he insisted, she wrote."
)
SCANS = [C.CUE_SCAN, C.PRONOUN_SCAN, C.NOMINAL_SCAN, C.OPENING_NOMINAL_SCAN]


def _key(m: re.Match[str]) -> tuple[object, ...]:
    groups = range(1, m.re.groups + 1)
    return (m.span(), tuple(m.span(g) for g in groups))


@pytest.mark.parametrize("scan", SCANS, ids=["cue", "pronoun", "nominal", "opening"])
def test_scanner_finds_what_finditer_finds(scan: C.Scanner) -> None:
    windows = [(0, len(TEXT)), (0, 0), (5, 3), (1, 40), (len(TEXT) - 10, len(TEXT) + 5)]
    rnd = random.Random(7)
    windows += [(rnd.randrange(len(TEXT)), rnd.randrange(len(TEXT) + 3)) for _ in range(3000)]
    for lo, hi in windows:
        want = [_key(m) for m in scan.pattern.finditer(TEXT, lo, hi)]
        assert [_key(m) for m in scan.finditer(TEXT, lo, hi)] == want, (lo, hi)


def test_scanner_reads_something() -> None:
    """(The text holds matches of every pattern, so the comparison above means something.)"""
    words = {m.group() for m in C.CUE_SCAN.finditer(TEXT, 0, len(TEXT))}
    assert {"said", "added", "as saying", "according to", "In a statement"} <= words
    assert "said" not in {m.group() for m in C.CUE_SCAN.finditer(TEXT, 90, 100)}  # "unsaid"
    assert C.PRONOUN_SCAN.finditer(TEXT, 0, len(TEXT))
    assert C.NOMINAL_SCAN.finditer(TEXT, 0, len(TEXT))
    assert C.OPENING_NOMINAL_SCAN.finditer(TEXT, 0, len(TEXT))


def test_boundaries_match_the_single_pattern() -> None:
    rnd = random.Random(3)
    windows = [(0, len(TEXT))] + [
        (rnd.randrange(len(TEXT)), rnd.randrange(len(TEXT) + 3)) for _ in range(3000)
    ]
    for lo, hi in windows:
        want = [m.span() for m in C.BOUNDARY.finditer(TEXT, lo, hi)]
        assert [m.span() for m in C.boundaries(TEXT, lo, hi)] == want, (lo, hi)
    marks = {TEXT[m.start()] for m in C.boundaries(TEXT, 0, len(TEXT))}
    assert marks == {".", "!", "?"}
