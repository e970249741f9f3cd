"""The synthetic US-style news gold: built from its sources, well-formed, and scored.

Our BBC gold is British newswriting; the held-out set of issue 8 is American
(``Ms. Okafor said``, ``Sen. Ines Parra, D-Ore.,``, ``Jr.``, ``said in a statement``,
transcripts, show titles). ``tests/core/data/us_news/annotated/`` holds 18 invented
articles in that style with every quotation marked; ``bench/us_gold.py`` strips the
markers into ``texts/`` and ``gold.jsonl``. The figures are those
``python bench/gold.py score tests/core/data/us_news/gold.jsonl --root
tests/core/data/us_news`` prints; the targets are issue 8's for the held-out set.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from tests.core.gold.score import GoldArticle, Score, by_group, check_gold, read_gold, score
from tui import load_corpus

US_NEWS = Path(__file__).resolve().parent / "data" / "us_news"
NAMED = 0.93  # full name right, quotes introduced by the person's name
PRONOUN = 0.90  # quotes introduced by he/she
SPAN_F1 = 0.98
DETECTION_F1 = 0.985


def _builder():  # bench/ is not a package: load the build script by path
    spec = importlib.util.spec_from_file_location(
        "us_gold", US_NEWS.parents[3] / "bench" / "us_gold.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def gold() -> list[GoldArticle]:
    return read_gold(US_NEWS / "gold.jsonl")


@pytest.fixture(scope="module")
def scored(gold: list[GoldArticle]) -> Score:
    return score(gold, US_NEWS)


def test_texts_and_gold_are_built_from_the_sources() -> None:
    """Offsets come from the marker-free text by script: stale files fail here."""
    texts, gold_text = _builder().build(US_NEWS)
    assert len(texts) >= 15
    for name, text in texts.items():
        assert (US_NEWS / "texts" / name).read_text(encoding="utf-8") == text, name
    assert (US_NEWS / "gold.jsonl").read_text(encoding="utf-8") == gold_text


def test_a_quote_outside_the_markers_is_refused() -> None:
    builder = _builder()
    text, quotes = builder.strip_markers('Head\n\n⟦Al Roe|name⟧"Yes,"⟦/⟧ Mr. Roe said. "No."')
    assert text == 'Head\n\n"Yes," Mr. Roe said. "No."'
    assert quotes == [
        {"end": 12, "intro": "name", "kind": "direct", "speaker": "Al Roe", "start": 6}
    ]
    assert builder.unmarked_quotes(text, quotes) == [text.index('"No'), len(text) - 1]


def test_gold_is_well_formed(gold: list[GoldArticle]) -> None:
    problems: list[str] = []
    for entry in gold:
        article = load_corpus([US_NEWS / entry.path]).articles[0]
        problems += [f"{entry.source}: {p}" for p in check_gold(article, entry)]
    assert not problems, "\n".join(problems)


def _wrong(scored: Score, intro: str) -> str:
    return "\n".join(
        str(m)
        for m in scored.mismatches
        if m.what in ("wrong", "missing") and f"({intro})" in m.gold
    )


def test_named_speakers_get_their_full_name(scored: Score) -> None:
    named = by_group(scored.by_intro)["name"]
    assert named.rate >= NAMED, f"{named.rate:.1%} of {named.total}\n" + _wrong(scored, "name")


def test_pronoun_introduced_quotes(scored: Score) -> None:
    pronoun = by_group(scored.by_intro)["pronoun"]
    assert pronoun.rate >= PRONOUN, f"{pronoun.rate:.1%} of {pronoun.total}\n" + _wrong(
        scored, "pronoun"
    )


def test_spans_and_detection(scored: Score) -> None:
    assert scored.exact_span[2] >= SPAN_F1
    assert scored.detection[2] >= DETECTION_F1
