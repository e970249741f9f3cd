"""The sentence-boundary scan finds exactly what the single pattern finds, in any window."""

from __future__ import annotations

import random

from tui.core.attribution import cues as C

# Invented text: sentence ends after ".", "!" and "?", with closing quotes and brackets,
# "Ms."/"Dr." abbreviations and a decimal number (no boundary), a line break.
TEXT = (
    'Said the mayor, "We will rebuild." He added: "Slowly." So-called experts '
    "were unsaid. The city's spokeswoman for Brellow Harbour said it was fine.\n"
    "Officials, according to Ms. Varga, were quoted as saying the deal stood. "
    'In a statement, the Tarnow Workers Union said: "No!" They argued (it '
    "seems) that a lawyer for Dr. Ilse Morrow had told her. She said 3.5 per "
    'cent. "Why?" asked Ann Roe. Analysts say the firm\'s chief executive '
    "warned it. Will it hold? Nobody knew. It is said he insisted, she wrote."
)


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
