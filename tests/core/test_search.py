"""QuoteIndex: seed look-ups, filters, ranking, spans, and no loss against brute force."""

from __future__ import annotations

import random
from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui import load_corpus
from tui.core import search
from tui.core.search import QuoteIndex, fold, scan, word_sim


@pytest.fixture(scope="module")
def corpus():
    return load_corpus()


@pytest.fixture(scope="module")
def index(corpus):
    return QuoteIndex.from_corpus(corpus)


def texts_of(corpus, ids):
    return [corpus.quotes[i].text for i in ids]


def shown(result, corpus, quote_id):
    text = corpus.quotes[quote_id].text
    return [text[s:e] for s, e in result.spans(quote_id)]


def test_life_blood_finds_coyne_nhs_quote_first(index, corpus):
    result = index.search("life blood")
    top = corpus.quotes[result.ids[0]]
    assert top.speaker == "Gerard Coyne"
    assert top.text.startswith("You are the very life blood, keeping the heart of the NHS")
    assert shown(result, corpus, top.id) == ["life blood"]


def test_typo_liffe_still_finds_and_highlights_life(index, corpus):
    result = index.search("liffe blood")
    top = corpus.quotes[result.ids[0]]
    assert "NHS pumping" in top.text
    assert shown(result, corpus, top.id) == ["life blood"]
    assert result.scores[0] < index.search("life blood").scores[0]


def test_typo_mcluskey_finds_quotes_naming_mccluskey(index, corpus):
    result = index.search("mcluskey")
    naming = {q.id for q in corpus.quotes if "McCluskey" in q.text}
    assert len(naming) == 3
    assert set(result.ids) == naming
    assert result.total == 3
    for i in result.ids:
        assert shown(result, corpus, i) == ["McCluskey"]


def test_exclude_word_drops_quotes_containing_it(index, corpus):
    with_union = index.search("union")
    taint = [i for i in with_union.ids if "taint" in corpus.quotes[i].text]
    assert taint, "the seed quote about tainting the union should match 'union'"
    without = index.search("union !taint")
    assert not set(taint) & set(without.ids)
    assert without.total == with_union.total - len(taint)


def test_exact_word_is_a_case_insensitive_substring(index, corpus):
    result = index.search("'copeland")
    assert texts_of(corpus, result.ids) == ["The Copeland meltdown is at Len McCluskey’s door."]
    assert shown(result, corpus, result.ids[0]) == ["Copeland"]
    assert list(index.search("'pumpin").ids) == [0]  # substring, not whole word
    assert index.search("'copelandx").total == 0
    # fuzzy words and an exact word together: the exact one filters
    assert list(index.search("meltdown 'door").ids) == [7]
    assert index.search("meltdown 'window").total == 0


def test_speaker_term_filters_by_name_or_alias(index, corpus):
    coyne = index.search("speaker:coyne")
    assert coyne.total == 9
    assert {corpus.quotes[i].speaker for i in coyne.ids} == {"Gerard Coyne"}
    by_alias = index.search('speaker:"mr mccl"')
    assert list(by_alias.ids) == [1, 8]
    worded = index.search("union speaker:coyne")
    assert worded.ids and all(corpus.quotes[i].speaker == "Gerard Coyne" for i in worded.ids)


def test_scare_quotes_hidden_unless_asked(index, corpus):
    scare = {q.id for q in corpus.quotes if q.kind == "scare"}
    assert scare == {2, 3, 4}
    assert not scare & set(index.search("").ids)
    assert index.search("moderates").total == 0
    assert list(index.search("moderates kind:scare").ids) == [3, 4]
    assert list(index.search("kind:scare").ids) == [2, 3, 4]
    assert set(index.search("is:scare").ids) == scare
    assert set(index.search("kind:all").ids) == set(range(len(corpus.quotes)))
    partial = index.search("kind:partial")
    assert {corpus.quotes[i].kind for i in partial.ids} == {"partial"}


def test_speaker_selection_with_empty_query_gives_his_two_quotes(index, corpus):
    result = index.search("", speakers={"Len McCluskey"})
    assert list(result.ids) == [1, 8]
    assert result.total == 2
    assert index.search("", speakers=set()).total == 0


def test_empty_query_lists_everything_shown_in_corpus_order(index, corpus):
    result = index.search("")
    expected = [q.id for q in corpus.quotes if q.kind != "scare"]
    assert list(result.ids) == expected
    assert result.total == len(expected) == len(result.scores)
    assert result.spans(expected[0]) == []


def test_exact_phrase_ranks_above_scattered_and_partial_words():
    texts = [
        "blood is thicker than water, and life goes on",  # both words, scattered
        "the very life blood of the service",  # exact phrase
        "a life of its own",  # one word
        "lifeblood is one word here",  # the compound: nearly the phrase
        "life blood again, later in the corpus",  # exact phrase, later id
    ]
    index = QuoteIndex(texts, [None] * 5, ["direct"] * 5)
    result = index.search("life blood")
    assert list(result.ids) == [1, 4, 3, 0, 2]
    assert result.scores[0] == result.scores[1] > result.scores[2] > result.scores[3]


def test_last_word_matches_as_prefix_while_typing():
    texts = ["the government said no", "we govern ourselves", "a grove cabinet"]
    index = QuoteIndex(texts, [None] * 3, ["direct"] * 3)
    assert list(index.search("gover").ids) == [1, 0]
    assert index.search("gover ").total == 1  # a finished word is not a prefix: "govern"


def test_spans_keep_offsets_with_unusual_casing():
    texts = ["İstanbul mayor said Life Blood matters"]
    index = QuoteIndex(texts, ["Someone"], ["direct"])
    result = index.search("life blood")
    assert [texts[0][s:e] for s, e in result.spans(0)] == ["Life Blood"]
    assert fold(texts[0]).startswith("i\u0307stanbul")  # folding may lengthen a text


def test_word_similarity_levels():
    assert word_sim("life", "life") == 1.0
    assert word_sim("liffe", "life") == 0.85  # one edit
    assert word_sim("life", "wife") == 0.0  # short words must be exact
    assert word_sim("ecomony", "economy") == 0.7  # two edits, 7+ letters
    assert word_sim("xcomony", "economy") == 0.0  # two edits with a wrong first letter
    assert word_sim("gov", "government", prefix=True) == 0.8
    assert word_sim("gov", "government") == 0.0


def _words(text: str) -> list[str]:
    return text.split()


def _generated(n: int, seed: int):
    """Texts from a small vocabulary with typos, so many quotes tie and many are near."""
    rng = random.Random(seed)
    vocab = _words(
        "government minister economy interest rates rising labour union leader election "
        "blood life heart health service pressure support members branch vote contest "
        "market growth football chelsea arsenal music download mobile phone"
    )
    stop = _words("the a of to and in is we will")
    texts, speakers, kinds = [], [], []
    for _ in range(n):
        words = []
        for _ in range(rng.randint(2, 14)):
            w = rng.choice(vocab) if rng.random() < 0.6 else rng.choice(stop)
            if rng.random() < 0.08 and len(w) > 4:
                j = rng.randrange(len(w) - 1)
                w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            words.append(w.capitalize() if rng.random() < 0.1 else w)
        texts.append(" ".join(words) + rng.choice([".", ",", "!", ""]))
        speakers.append(rng.choice(["Ann Lee", "Bob Roe", None]))
        kinds.append(rng.choice(["direct", "direct", "partial", "scare"]))
    return texts, speakers, kinds


QUERIES = [
    "lifeblood",
    "hart",
    "helth service",
    "vtoe",
    "heart health support",
    "the union",
    "government",
    "goverment",
    "interest rates",
    "intrest rtaes",
    "life blood",
    "liffe blood",
    "the economy is rising",
    "gov",
    "mobile pho",
    "labour union leader election contest",
    "zzyzx",
    "the",
    "we will",
    "chelsae kind:all",
    "market !growth",
    "'union pressure",
    "speaker:lee vote",
]


@pytest.mark.parametrize("set_cost", [0, 10**9], ids=["id-sets", "bit-sets"])
@pytest.mark.parametrize("query", QUERIES)
def test_index_loses_nothing_against_brute_force_scan(query, set_cost, monkeypatch):
    # set_cost picks how candidates of multi-word queries are grouped (sets or bit
    # sets); split_min whether one-word levels are split by spelling (here: always
    # with id sets, never with bit sets).
    monkeypatch.setattr(search, "_SET_COST", set_cost)
    monkeypatch.setattr(search, "_SPLIT_MIN", 0 if set_cost == 0 else 10**9)
    texts, speakers, kinds = _generated(3000, seed=len(query))
    # A budget large enough that the index never cuts ties short: it must then be exact.
    index = QuoteIndex(texts, speakers, kinds, score_budget=10**9)
    for limit in (10, 200):
        ref_ids, ref_scores, ref_total = scan(texts, speakers, kinds, query, limit=limit)
        result = index.search(query, limit=limit)
        assert result.total == ref_total
        assert list(result.ids) == ref_ids
        assert list(result.scores) == ref_scores


@pytest.mark.parametrize("query", ["government", "the", "life blood", "interest rates"])
def test_default_budget_keeps_top_ten_and_total(query):
    texts, speakers, kinds = _generated(4000, seed=3)
    ref_ids, _, ref_total = scan(texts, speakers, kinds, query, limit=10)
    result = QuoteIndex(texts, speakers, kinds, score_budget=300).search(query, limit=10)
    assert result.total == ref_total
    overlap = len(set(result.ids) & set(ref_ids)) / max(1, len(ref_ids))
    assert overlap >= 0.9


def test_speaker_filter_matches_brute_force():
    texts, speakers, kinds = _generated(2000, seed=11)
    index = QuoteIndex(texts, speakers, kinds, aliases={"Ann Lee": ["Ms Lee"]})
    for query in ["", "union", 'speaker:"ms lee" vote']:
        ref = scan(
            texts,
            speakers,
            kinds,
            query,
            aliases={"Ann Lee": ["Ms Lee"]},
            speaker_filter={"Ann Lee"},
        )
        result = index.search(query, speakers={"Ann Lee"})
        assert (list(result.ids), result.total) == (ref[0], ref[2])
        assert all(speakers[i] == "Ann Lee" for i in result.ids)


def test_from_corpus_needs_ids_equal_to_positions(corpus):
    class Shuffled:
        def __init__(self) -> None:
            self.quotes = list(reversed(corpus.quotes))
            self.speakers = corpus.speakers

    with pytest.raises(ValueError):
        QuoteIndex.from_corpus(Shuffled())
    assert len(QuoteIndex.from_corpus(corpus)) == len(corpus.quotes)


def test_empty_index_and_mismatched_inputs():
    empty = QuoteIndex([], [], [])
    assert len(empty) == 0
    for query in ["", "life", "'x", "!x", "speaker:x"]:
        result = empty.search(query)
        assert (list(result.ids), result.total) == ([], 0)
    with pytest.raises(ValueError):
        QuoteIndex(["a quote"], [], ["direct"])


def test_limit_caps_ids_but_not_total():
    texts = [f"the union vote number {i}" for i in range(50)]
    index = QuoteIndex(texts, [None] * 50, ["direct"] * 50)
    result = index.search("union vote", limit=5)
    assert list(result.ids) == [0, 1, 2, 3, 4]
    assert result.total == 50
    assert index.search("union", limit=0).total == 50


@given(st.lists(st.integers(min_value=0, max_value=2**40 - 1), min_size=1, max_size=7), st.data())
def test_at_least_k_of_n_bit_sets(bitsets, data):
    k = data.draw(st.integers(min_value=1, max_value=len(bitsets)))
    expected = sum(1 << i for i in range(40) if sum(b >> i & 1 for b in bitsets) >= k)
    assert search._at_least(bitsets, k) == expected


def test_concurrent_searches_from_threads_agree_with_a_single_one():
    texts, speakers, kinds = _generated(2000, seed=5)
    index = QuoteIndex(texts, speakers, kinds)
    queries = ["government", "liffe blood", "interest rates", "gov", "the", "union vote"] * 4
    expected = {q: (list(index.search(q).ids), index.search(q).total) for q in set(queries)}
    index.clear_cache()
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda q: (q, index.search(q)), queries))
    for q, result in got:
        assert (list(result.ids), result.total) == expected[q]


@settings(deadline=None)  # the first example imports numpy
@given(st.lists(st.integers(0, 20_000), max_size=50), st.integers(0, 3))
def test_bit_sets_from_id_arrays_are_the_same_both_ways(small: list[int], copies: int) -> None:
    """numpy makes the bit set of a long list of ids, a loop a short one: one answer."""
    from array import array

    n = 20_001
    rng = random.Random(len(small) * 7 + copies)
    big = array("i", sorted(rng.sample(range(n), search._NUMPY_MIN + 10)))
    parts = [array("i", sorted(set(small))), *([big] * copies)]
    expected = search._to_bits((i for a in parts for i in a), n)
    assert search._arrays_to_bits(parts, n) == expected
    assert list(search._iter_bits(expected)) == sorted({i for a in parts for i in a})


def test_rows_by_speaker_are_the_same_read_in_python_or_numpy() -> None:
    from array import array

    codes = array("i", [3, -1, 0, 3, 1, -1, 0, 0, 2])
    small, large = search._rows_by_code(codes, 0), search._rows_by_code(codes, 10**9)
    assert list(small.items()) == list(large.items())
    assert {c: list(rows) for c, rows in small.items()} == {0: [2, 6, 7], 1: [4], 2: [8], 3: [0, 3]}
    assert search._rows_by_code(array("i"), 10**9) == {}


def test_an_index_from_a_corpus_reads_its_tables_codes_as_the_names_would(bbc_dir) -> None:
    corpus = load_corpus([bbc_dir], workers=1)
    quotes = corpus.quotes
    coded = QuoteIndex.from_corpus(corpus)
    named = QuoteIndex(quotes.texts(), quotes.speaker_names(), quotes.kind_names())
    assert (coded._names, coded._speaker, coded._kind) == (
        named._names,
        named._speaker,
        named._kind,
    )
    assert list(coded._by_speaker.items()) == list(named._by_speaker.items())


@pytest.mark.parametrize("size", [10, search._NUMPY_MIN + 10])
def test_an_index_takes_only_quote_ids_that_are_their_positions(size: int) -> None:
    """Checked in one numpy pass on large tables, by a loop on small ones: same answer."""
    from array import array

    search._check_positions(array("i", range(size)))
    ids = array("i", range(size))
    ids[size - 3] = 0
    with pytest.raises(ValueError, match=f"quote id 0 is not its position {size - 3}"):
        search._check_positions(ids)
