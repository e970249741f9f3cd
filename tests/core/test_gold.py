"""The hand-checked BBC gold: well-formed, the extractor holds its measured level on it, and
issue 8's targets are met.

Floors (``*_FLOOR``) are the figures reached on this gold, less about one quote's worth:
a change that makes attribution worse fails them. The issue's targets (``TARGET_*``) are
asserted too (a target not yet reached would be a strict ``xfail``: when reached, the
test passes, pytest reports it as a failure, and the marker goes).

The gold files (``tests/core/gold/bbc_*.jsonl``, format in ``tests/core/gold/README.md``)
hold paths, offsets, kinds and speaker labels only. The figures are those
``python bench/gold.py score`` prints; skipped when ../shared/corpora/bbc is absent.
"""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest

from tests.core.gold.score import GoldArticle, Score, check_gold, gold_files, read_gold, score
from tui import load_corpus
from tui.core.model import Quote

pytestmark = pytest.mark.bbc

# Issue 8's targets.
TARGET_SPEAKER_RIGHT = 0.95  # of attributed direct quotes
TARGET_MISSING = 0.02  # of quotes whose speaker the article makes clear
TARGET_HIGH_RIGHT = 0.98  # of quotes attributed with confidence "high"
# Reached on this gold, bbc_a + bbc_b + bbc_c + bbc_d (speaker 97.2% of 704, missing 1.8%
# of 992, high 100% of 233), less a quote or two. bbc_d (held out, scored blind at 93.1%
# of 87, missing 4.3% of 115) first pulled them down to 96.9% and 2.2%; its missing
# shapes (documents as sources: minutes, complaints, releases) were then fixed as general
# rules from the other files, so bbc_d's missing figure (1.7%) is no longer a blind one.
# bbc_e (held out, 30 articles, scored blind at 89.6% of 115, pronoun intros 77.8% of 27,
# missing 0.7% of 137, high 100% of 43) moved the combined figures to speaker 96.1% of 819
# (787 right), missing 1.7% of 1129 (19), high 100% of 276: the floors below sit one quote
# under that measure (786/819, 20/1129). The speaker floor fell from 0.970 only because
# the new file was added, not because attribution got worse on the other four.
# At the end of session 17 (all its branches merged): speaker 788/819, missing 17/1129,
# high 277/277 (bbc_e unchanged: nothing was tuned on it); floors one quote below.
# bbc_f (held out, 30 articles, added blind: marked by reading before the extractor ran,
# scored once, figures only) is new, harder evidence, not a regression: alone it scored
# speaker 90.7% of 97 (88), pronoun intros 90.5% of 21, missing 6.8% of 132 (9), high
# 100% of 38. It moved the combined figures to speaker 95.6% of 916 (876 right), missing
# 2.1% of 1261 (26), high 100% of 315; the floors below are reset to that measure less
# one quote (875/916, 27/1261). The other five files' figures did not change.
# At the end of session 18 (all its branches merged): speaker 877/916 (bbc_e 105/115, its
# pronoun intros 22/27; bbc_f 87/97, one pronoun quote lost to a rule that fixed others on
# real odd-numbered articles), missing 26/1261, high 383/383; speaker floor one quote below.
# bbc_g (held out, 30 articles, added blind the same way, scored once, figures only) alone
# scored speaker 90.9% of 99 (90), pronoun intros 95.0% of 20 (19), missing 2.1% of 140
# (3), high 97.9% of 47 (46), junk 0. It moved the combined figures to speaker 95.3% of
# 1015 (967 right), missing 2.07% of 1401 (29), high 99.8% of 430 (429): the speaker floor
# is reset to that measure less one quote (966/1015); the missing ceiling (30/1401) and the
# high floor still hold. The other six files' figures did not change.
# Branch bbcmiss3 (verbs of speech owning short partials: apologise, liken, reject, rule,
# inform) brought missing to 28/1401 (2.0%, bbc_f 8 of 132): the target is met, and the
# ceiling is one quote above that (29/1401).
SPEAKER_RIGHT_FLOOR = 0.9515
MISSING_CEILING = 0.0207
HIGH_RIGHT_FLOOR = 0.99


@pytest.fixture(scope="module")
def gold() -> list[GoldArticle]:
    files = gold_files()
    assert files, "no tests/core/gold/bbc_*.jsonl"
    return [a for f in files for a in read_gold(f)]


@pytest.fixture(scope="module")
def scored(gold: list[GoldArticle], bbc_dir: Path) -> Score:
    return score(gold, bbc_dir)


def test_gold_is_well_formed(gold: list[GoldArticle], bbc_dir: Path) -> None:
    """Each article (and each text) once, every span inside its text from mark to mark,
    labels only."""
    paths = [a.path for a in gold]
    assert len(set(paths)) == len(paths), "an article is in the gold twice"
    problems: list[str] = []
    seen: dict[str, str] = {}  # the corpus holds some articles twice under two names
    for entry in gold:
        assert entry.path.startswith("texts/") and (bbc_dir / entry.path).is_file(), entry.source
        corpus = load_corpus([bbc_dir / entry.path])
        text = corpus.articles[0].text
        if text in seen:
            problems.append(f"{entry.source}: same text as {seen[text]} (a dev/test leak)")
        seen[text] = entry.source
        problems += [f"{entry.source}: {p}" for p in check_gold(corpus.articles[0], entry)]
    assert not problems, "\n".join(problems)


def test_every_gold_file_is_read() -> None:
    """The glob finds every file, the held-out ones included (bbc_g added blind)."""
    names = {f.stem for f in gold_files()}
    assert {f"bbc_{c}" for c in "abcdefg"} <= names, sorted(names)


def test_gold_covers_every_category(gold: list[GoldArticle]) -> None:
    categories = {a.category for a in gold}
    assert categories <= {"business", "entertainment", "politics", "sport", "tech"}
    assert sum(len(a.quotes) for a in gold) > 0


def test_speaker_right_on_attributed_direct_quotes(scored: Score) -> None:
    wrong = [str(m) for m in scored.mismatches if m.what in ("wrong", "missing")]
    assert scored.speaker.rate >= SPEAKER_RIGHT_FLOOR, (
        f"{scored.speaker.rate:.1%} of {scored.speaker.total}\n" + "\n".join(wrong)
    )


def test_clear_speakers_are_attributed(scored: Score) -> None:
    missing = [str(m) for m in scored.mismatches if m.what == "missing"]
    assert scored.missing_rate <= MISSING_CEILING, (
        f"{scored.missing_rate:.1%} of {scored.missing.total}\n" + "\n".join(missing)
    )


def test_no_junk_speaker_names(scored: Score) -> None:
    assert not scored.junk, sorted(scored.junk)


def test_high_confidence_is_right(scored: Score) -> None:
    if "confidence" not in {f.name for f in fields(Quote)}:
        pytest.skip("quotes carry no confidence yet")
    assert scored.high is not None and scored.high.total > 0
    wrong = [str(m) for m in scored.mismatches if m.what == "high-wrong"]
    assert scored.high.rate >= HIGH_RIGHT_FLOOR, (
        f"{scored.high.rate:.1%} of {scored.high.total}\n" + "\n".join(wrong)
    )


def test_target_speaker_right(scored: Score) -> None:
    assert scored.speaker.rate >= TARGET_SPEAKER_RIGHT


def test_target_clear_speakers_attributed(scored: Score) -> None:
    assert scored.missing_rate <= TARGET_MISSING


def test_target_high_confidence_right(scored: Score) -> None:
    assert scored.high is not None and scored.high.rate >= TARGET_HIGH_RIGHT
