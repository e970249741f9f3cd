"""Near matches: short-word typos, compounds, numbers with units, "did you mean",
and the exact phrase first at any corpus size."""

from __future__ import annotations

import pytest

from tui.core.search import QuoteIndex, scan, word_sim

TEXTS = [
    "It broke my heart to see the club go down",  # 0
    "We ran the tests again and they passed",  # 1
    "The price of oil rose again",  # 2
    "He played his part in the win",  # 3
    "The club is the lifeblood of the town",  # 4
    "Football is the life blood of the town",  # 5
    "Life-blood, he called it",  # 6
    "The train leaves at 11pm every night",  # 7
    "The last bus is at 11 pm on Sundays",  # 8
    "The economy grew faster than expected",  # 9
]


@pytest.fixture(scope="module")
def index():
    return QuoteIndex(TEXTS, [None] * len(TEXTS), ["direct"] * len(TEXTS))


@pytest.mark.parametrize(
    ("query", "expected"),
    [("hart ", 0), ("tets ", 1), ("prie ", 2), ("haert ", 0), ("teests ", 1)],
)
def test_one_typo_forgiven_in_four_letter_words(index, query, expected):
    assert list(index.search(query).ids)[:1] == [expected]


def test_four_letter_typos_keep_the_first_letter_and_spare_function_words():
    assert word_sim("hart", "heart") > 0 and word_sim("hart", "hard") > 0
    assert word_sim("hart", "part") == 0  # another first letter: another word
    assert word_sim("that", "than") == 0  # function words are never typos
    assert word_sim("the", "she") == 0


def test_exact_four_letter_word_outranks_its_near_spellings(index):
    result = index.search("part ")
    assert list(result.ids)[:1] == [3]  # "part" itself before "price"/"heart"-like words


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("lifeblood ", {4, 5, 6}),
        ("life blood ", {4, 5, 6}),
        ("11pm ", {7, 8}),
        ("11 pm ", {7, 8}),
    ],
)
def test_compounds_and_numbers_with_units_match_both_ways(index, query, expected):
    result = index.search(query)
    assert expected <= set(result.ids)
    ref, _, total = scan(TEXTS, [None] * 10, ["direct"] * 10, query)
    assert list(result.ids) == ref and result.total == total


def test_did_you_mean_when_nothing_matches(index):
    result = index.search("ekonomie ")
    assert result.total == 0
    assert result.notice == "did you mean: economy"
    assert index.search("zqxjvw ").notice is None  # nothing close: no suggestion
    assert index.search("economy").notice is None


def _crowd(n: int, phrase_at: int) -> list[str]:
    """``n`` quotes holding "pay" and "rise" apart (one word between them), one
    holding "pay rise" at ``phrase_at``."""
    texts = []
    for i in range(n):
        filler = ["will", "says", "union", "they", "staff"][i % 5]
        texts.append(f"pay {filler} rise number {i}, a {filler} day")
    texts[phrase_at] = f"the staff want a pay rise now, number {phrase_at}"
    return texts


@pytest.mark.parametrize("size", [2_000, 30_000])
@pytest.mark.parametrize("query", ["pay rise", "pay rise ", "pay rsie", "Pay Rise"])
def test_adjacent_words_outrank_words_apart_at_any_size(size, query):
    texts = _crowd(size, phrase_at=size - 1)
    index = QuoteIndex(texts, [None] * size, ["direct"] * size)  # default score budget
    assert list(index.search(query, limit=10).ids)[:1] == [size - 1]


def test_phrase_with_function_words_must_be_adjacent_too():
    texts = ["we said it will rain", "we will see", "will we? we shall"]
    index = QuoteIndex(texts, [None] * 3, ["direct"] * 3)
    assert list(index.search("we will").ids)[:1] == [1]


@pytest.mark.parametrize(("query", "expected"), [("dont know", 0), ("theyre right", 1)])
def test_contractions_typed_without_apostrophe(query, expected):
    texts = ["I don't know what he meant", "They’re right about that", "I know the don"]
    index = QuoteIndex(texts, [None] * 3, ["direct"] * 3)
    assert list(index.search(query).ids)[:1] == [expected]
    ref, _, _ = scan(texts, [None] * 3, ["direct"] * 3, query)
    assert list(index.search(query).ids) == ref


def test_compound_matches_are_highlighted(index):
    result = index.search("lifeblood ")
    assert [TEXTS[5][s:e] for s, e in result.spans(5)] == ["life blood"]
    assert [TEXTS[6][s:e] for s, e in result.spans(6)] == ["Life-blood"]
    result = index.search("life blood ")
    assert [TEXTS[4][s:e] for s, e in result.spans(4)] == ["lifeblood"]
    result = index.search("11 pm ")
    assert [TEXTS[7][s:e] for s, e in result.spans(7)] == ["11pm"]


@pytest.mark.parametrize(("query", "expected"), [("to hve a", 0), ("he has doe a", 3)])
def test_short_word_the_corpus_never_uses_gets_one_typo(query, expected):
    texts = ["I want to have a go", "to a man", "the hive of bees", "he has done a lot", "a hat"]
    index = QuoteIndex(texts, [None] * 5, ["direct"] * 5)
    result = index.search(query)
    assert expected in list(result.ids) and result.notice is None
    ref, _, total = scan(texts, [None] * 5, ["direct"] * 5, query)
    assert list(result.ids) == ref and result.total == total
    assert list(index.search("has ").ids) == [3]  # a word the corpus uses stays exact
