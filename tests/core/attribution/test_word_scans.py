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


# Invented text with the shapes the tail patterns look for before a name or a quote:
# an object ("beaten by Dechy", "lost to Varga's Dechy"), a listener ("her note to
# Patel:"), a complement ("a lawyer for the Tarnow"), a determiner before a name ("the
# local Lee campaign"), possessives ("the mayor's "reform"", "he's "done"") at the very
# start, after line breaks and next to non-ASCII marks.
TAIL_TEXT = (
    "to Ines Varga, by the pool. She was beaten by Dechy and lost to Varga's Dechy; her "
    "note to Patel: with Ms. Roe.\nfor the Tarnow lawyers, from the city, an aide to "
    "the Mayor's \u201creform\u201d. The local Lee campaign said; a Lee said. He's "
    '"done", it\u2019s "over", the union\u2019s "plan", the head of the board\'s '
    '"review", against\tthe odds, than  Roe, beat over-the-top Roe, defeated Roe in.'
)


def _tail_patterns() -> list[object]:
    from tui.core.attribution import doubt as D

    return [
        C.OBJECT_BEFORE,
        C.PREPOSITION_BEFORE,
        C.LISTENER_BEFORE,
        D._PREPOSITION_BEFORE,
        D._THE_BEFORE,
    ]


def test_tail_patterns_match_their_single_patterns(seeds_dir: object) -> None:
    plain = TAIL_TEXT.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'")
    texts = [TAIL_TEXT, plain, TEXT]
    assert texts[1].isascii()
    rnd = random.Random(13)
    for text in texts:
        for tail in _tail_patterns():
            found = 0
            for lo, hi in [(0, len(text))] + [
                (max(0, (hi := rnd.randrange(len(text) + 2)) - rnd.randrange(45)), hi)
                for _ in range(1500)
            ]:
                want = tail.pattern.search(text, lo, hi) is not None  # type: ignore[attr-defined]
                assert tail.search(text, lo, hi) == want, (tail, lo, hi)  # type: ignore[attr-defined]
                found += want
            assert found, tail  # (the text holds each shape)
    assert C.OBJECT_BEFORE.search(TAIL_TEXT, 0, 3) and C.LISTENER_BEFORE.search(TAIL_TEXT, 0, 3)


def test_tail_patterns_on_the_seeds(seeds_dir: object) -> None:
    from pathlib import Path

    rnd = random.Random(17)
    for path in sorted(Path(str(seeds_dir)).glob("*.txt"))[:12]:
        text = path.read_text(encoding="utf-8")
        for tail in _tail_patterns():
            for _ in range(150):
                hi = rnd.randrange(len(text) + 1)
                lo = max(0, hi - rnd.randrange(45))
                want = tail.pattern.search(text, lo, hi) is not None  # type: ignore[attr-defined]
                assert tail.search(text, lo, hi) == want, (path.name, lo, hi)  # type: ignore[attr-defined]


def test_possessed_term_matches_its_pattern_of_before() -> None:
    import re

    from tui.core.attribution import doubt as D

    before = re.compile(
        r"(?<![Hh]e['’]s)(?<![Ii]t['’]s)(?<![Tt]hat['’]s)(?<![Tt]here['’]s)(?<![Ww]ho['’]s)"
        r"(?<![Ww]hat['’]s)(?<=\w['’]s)\s+(?:[a-z-]+\s+(?:of|for)\s+)?$"
    )
    # (and a possessive 40 spaces back: the match may start right at the reach)
    text = "s 's x's " + TAIL_TEXT + ' the board\'s chair of "fund" and what\'s "left"'
    text += " the firm's" + " " * 45 + '"deal"'
    held = 0
    for start in range(len(text) + 1):
        want = before.search(text, max(0, start - 40), start) is not None
        assert D.possessed_term(text, start) == want, start
        held += want
    assert held >= 3


def test_title_vocative_matches_one_search() -> None:
    import re

    from tui.core.attribution import turns as T

    one = re.compile(rf"(?:^|,[’'\"”]?\s){T._VOCATIVE}")
    words = [
        "Yes, Senator.",
        "Senator, no.",
        "Six months, your honor.",
        "Mr. Chairman, I",
        "Thank you, Mr. Chairman",
        "no,\u201d Madam Speaker!",
        "Judge",
        ", Senator",
        "We, the senator, said",
        "Your Honour? Yes, Senator",
        "",
    ]
    rnd = random.Random(19)
    pieces = [*words, "a", " ", ",", "\u201d", "'", "Mr.", "Senator", "your honor", "."]
    words += ["".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 7))) for _ in range(3000)]
    seen = 0
    for w in words:
        want, got = one.search(w), T.title_vocative(w)
        assert (got and got.groupdict()) == (want and want.groupdict()), w
        seen += want is not None
    assert seen > 100
