"""confidence:high|medium|low narrows the finder to quotes attributed that surely."""

from __future__ import annotations

import random

import pytest

from tui import load_corpus
from tui.core.search import QuoteIndex, scan

WORDS = ["strike", "union", "vote", "pay", "rise", "members", "leader", "said", "the", "we", "will"]


def _corpus(n: int, seed: int = 5):
    rng = random.Random(seed)
    texts = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 9))) for _ in range(n)]
    speakers = [rng.choice(["Ann Lee", "Bob Roe", None]) for _ in range(n)]
    confidences = [None if s is None else rng.choice(["high", "medium", "low"]) for s in speakers]
    return texts, speakers, ["direct"] * n, confidences


@pytest.mark.parametrize(
    "query",
    [
        "confidence:high",
        "confidence:low strike",
        "confidence:high confidence:medium pay rise",
        "confidence:medium 'union",
        "confidence:low speaker:lee",
    ],
)
def test_confidence_filter_agrees_with_the_scan(query):
    texts, speakers, kinds, conf = _corpus(600)
    index = QuoteIndex(texts, speakers, kinds, confidences=conf)
    result = index.search(query, limit=600)
    ref, _, total = scan(texts, speakers, kinds, query, limit=600, confidences=conf)
    assert result.total == total > 0
    assert sorted(result.ids) == sorted(ref)
    wanted = {level for level in ("high", "medium", "low") if f"confidence:{level}" in query}
    assert {conf[i] for i in result.ids} <= wanted


def test_unattributed_quotes_never_pass_a_confidence_filter():
    texts, speakers, kinds, conf = _corpus(300)
    index = QuoteIndex(texts, speakers, kinds, confidences=conf)
    every = "confidence:high confidence:medium confidence:low"
    assert all(speakers[i] is not None for i in index.search(every, limit=300).ids)
    assert index.search(every).total == sum(s is not None for s in speakers)


def test_from_corpus_carries_the_quotes_confidence():
    corpus = load_corpus()
    index = QuoteIndex.from_corpus(corpus)
    for level in ("high", "medium", "low"):
        expected = [
            q.id for q in corpus.quotes if q.confidence == level and q.kind in ("direct", "partial")
        ]
        assert list(index.search(f"confidence:{level}").ids) == expected
    assert any(q.confidence == "high" for q in corpus.quotes)


def test_confidences_must_match_the_texts():
    with pytest.raises(ValueError, match="confidences"):
        QuoteIndex(["a b"], [None], ["direct"], confidences=[])
