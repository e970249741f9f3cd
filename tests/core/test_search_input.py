"""Search input from the wild: Unicode forms, no-word queries, huge queries, giving up."""

from __future__ import annotations

import pytest

from tui.core.search import (
    MAX_QUERY_CHARS,
    NO_WORDS,
    QuoteIndex,
    SearchCancelled,
    scan,
)

TEXTS = [
    "The finance minister said the budget was fair",
    "Ｆｕｌｌ ｗｉｄｔｈ letters came from a Japanese keyboard, said the editor",
    "Le café était fermé, the owner said",
    "She said the ﬁnance team had met",
    "Nothing about money here at all",
]


@pytest.fixture(scope="module")
def index():
    return QuoteIndex(TEXTS, ["A"] * len(TEXTS), ["direct"] * len(TEXTS))


@pytest.mark.parametrize(
    "query",
    [
        "ﬁnance",  # ligature
        "ｆｉｎａｎｃｅ",  # full-width
        "FINANCE",
        "finance\u00a0minister",  # no-break space
    ],
)
def test_unicode_forms_find_what_the_plain_form_finds(index, query):
    plain = index.search("finance minister" if "minister" in query else "finance")
    assert list(index.search(query).ids) == list(plain.ids)
    assert 0 in index.search(query).ids and 3 in index.search(query).ids


def test_index_folds_ligatures_and_full_width_in_quotes(index):
    assert 1 in index.search("full width letters").ids
    assert list(index.search("'full width").ids) == [1]


def test_decomposed_and_composed_accents_find_each_other(index):
    nfd = "cafe\u0301"
    assert list(index.search(nfd).ids)[:1] == [2]
    assert list(index.search("café").ids)[:1] == [2]
    assert list(index.search("'" + nfd).ids) == [2]


def test_spans_land_on_the_original_characters(index):
    result = index.search("finance")
    assert [TEXTS[3][s:e] for s, e in result.spans(3)] == ["ﬁnance"]
    result = index.search("width")
    assert [TEXTS[1][s:e] for s, e in result.spans(1)] == ["ｗｉｄｔｈ"]


@pytest.mark.parametrize("query", ["😀", "(", "!", "...", "— –", "speaker:a (", "kind:all 😀"])
def test_query_without_word_characters_matches_nothing_and_says_why(index, query):
    result = index.search(query)
    assert list(result.ids) == [] and result.total == 0
    assert result.notice == NO_WORDS


def test_empty_query_still_lists_everything(index):
    assert index.search("").total == len(TEXTS)
    assert index.search("").notice is None


def test_overlong_query_is_cut_with_a_notice(index):
    result = index.search("finance " * 200)
    assert result.notice is not None and str(MAX_QUERY_CHARS) in result.notice
    assert 0 in result.ids
    assert index.search("finance").notice is None


@pytest.mark.parametrize(
    "query", ["'" + '"the ' * 2500, "government " * 909, " ".join(["the", "a", "of", "we"] * 125)]
)
def test_long_queries_agree_with_the_scan_of_the_cut_query(index, query):
    result = index.search(query)
    ref, _, total = scan(TEXTS, ["A"] * 5, ["direct"] * 5, query[:MAX_QUERY_CHARS], limit=200)
    assert list(result.ids) == ref and result.total == total


def test_stop_callback_cancels_a_search(index):
    with pytest.raises(SearchCancelled):
        index.search("finance minister", stop=lambda: True)
    assert 0 in index.search("finance minister", stop=lambda: False).ids


@pytest.mark.parametrize(
    "query", ["'he", "'inan", "'the 'said", "!the", "!fin !ｗｉｄｔｈ", "'é", "'said, the"]
)
def test_exact_and_excluded_text_agree_with_the_scan(index, query):
    result = index.search(query)
    ref, _, total = scan(TEXTS, ["A"] * 5, ["direct"] * 5, query, limit=200)
    assert sorted(result.ids) == sorted(ref) and result.total == total
