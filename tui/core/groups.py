"""The same quote in several articles: group quotes whose words match, small edits allowed.

The fact-checker's first question is "where did this quote first appear?". Quotes are
grouped in two linear passes:

1. exact: quotes with the same normal form (``normal_text``: case, punctuation,
   markup and spacing folded) share a group at once, by hash;
2. fuzzy: each distinct normal form gets a MinHash signature of its words, and the
   signature's bands are hashed into buckets (locality-sensitive hashing), so only forms
   sharing a bucket are compared, by edit distance in words, never all pairs.

Only groups spanning two or more articles get an id: one quote repeated in its own
article (the headline quoting the body) is not news. Quotes shorter than ``MIN_WORDS``
and scare quotes ("so-called 'experts'") are left out: a two-word phrase in many
articles is a phrase, not a quote that travelled.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence

from tui.core.interned import Interned
from tui.core.model import Quote
from tui.core.normal import normal_text
from tui.core.quote_table import QuoteTable

MIN_WORDS = 5
WORDS_PER_EDIT = 10
"""One word added, dropped or changed per this many words still makes the same quote;
shorter quotes must match word for word ("grew" for "shrank" is another quote)."""
PERMUTATIONS = 32
BAND_ROWS = 4
_MASK = (1 << 32) - 1


class _Union:
    """Union-find over 0..n-1 (path halving), to join forms linked by any bucket."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _signatures(forms: Sequence[str]):  # -> numpy array (forms x PERMUTATIONS)
    """MinHash of each form's set of words, all forms at once with numpy."""
    import numpy as np  # lazy: only a corpus with candidate quotes needs it

    vocab: dict[str, int] = {}
    hashes: list[int] = []
    starts: list[int] = []
    for form in forms:
        starts.append(len(hashes))
        for word in set(form.split()):
            h = vocab.get(word)
            if h is None:
                # crc32, not hash(): the same value in every run, so the same groups.
                h = vocab[word] = zlib.crc32(word.encode("utf-8", "surrogatepass"))
            hashes.append(h)
    rng = np.random.default_rng(20240611)  # fixed: the same groups in every run
    # PERMUTATIONS universal hashes of each word's 32-bit value.
    word_hash = np.array(hashes, dtype=np.uint64)
    a = rng.integers(1, _MASK, size=PERMUTATIONS, dtype=np.uint64) | np.uint64(1)
    b = rng.integers(0, _MASK, size=PERMUTATIONS, dtype=np.uint64)
    offsets = np.array(starts, dtype=np.int64)
    sig = np.empty((len(forms), PERMUTATIONS), dtype=np.uint64)
    for k in range(PERMUTATIONS):
        hashed = (word_hash * a[k] + b[k]) & np.uint64(_MASK)
        sig[:, k] = np.minimum.reduceat(hashed, offsets)
    return sig


def same_words(a: str, b: str) -> bool:
    """Whether two normal forms are one quote with small edits (see WORDS_PER_EDIT)."""
    from rapidfuzz.distance import Levenshtein  # lazy: the core imports without it

    wa, wb = a.split(), b.split()
    allowed = max(len(wa), len(wb)) // WORDS_PER_EDIT
    return Levenshtein.distance(wa, wb, score_cutoff=allowed) <= allowed


def _fuzzy_links(forms: Sequence[str], union: _Union) -> None:
    """Join forms that share an LSH bucket and pass the similarity check."""
    import numpy as np

    if len(forms) < 2:
        return
    sig = _signatures(forms)
    for band in range(PERMUTATIONS // BAND_ROWS):
        rows = sig[:, band * BAND_ROWS : (band + 1) * BAND_ROWS]
        keys = np.ascontiguousarray(rows).view(f"V{8 * BAND_ROWS}").ravel()
        order = np.argsort(keys, kind="stable")
        sorted_keys = keys[order]
        same = np.flatnonzero(sorted_keys[1:] == sorted_keys[:-1])
        for i in same.tolist():
            a, b = int(order[i]), int(order[i + 1])
            if union.find(a) == union.find(b):
                continue
            if same_words(forms[a], forms[b]):
                union.join(a, b)


def _coded_groups(table: QuoteTable, interned: Interned) -> list[list[int]]:
    """``group_quotes`` of a corpus's table, its forms held as codes (``Interned``):
    each quote's form and group found with numpy, not a form looked up per quote. The
    forms are compared in the order they first occur (as ``group_quotes`` does), so
    the same pairs are compared and the groups are the same."""
    import numpy as np

    codes = np.frombuffer(interned.codes, dtype=np.int32)
    said = np.flatnonzero(codes >= 0)
    if not len(said):
        return []
    # The forms in use, in the order of their first quote, and each quote's among them.
    used, first, per_quote = np.unique(codes[said], return_index=True, return_inverse=True)
    order = np.argsort(first, kind="stable")
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    distinct = interned.distinct
    forms = [distinct[c] for c in used[order].tolist()]
    union = _Union(len(forms))
    _fuzzy_links(forms, union)
    roots = np.array([union.find(f) for f in range(len(forms))], dtype=np.int64)
    root = roots[rank[per_quote.reshape(-1)]]
    by_root = np.argsort(root, kind="stable")  # each root's quotes, ascending
    rows, ranked = said[by_root], root[by_root]
    cuts = np.flatnonzero(ranked[1:] != ranked[:-1]) + 1
    starts = np.concatenate(([0], cuts))
    ends = np.concatenate((cuts, [len(ranked)]))
    arts = np.frombuffer(table.column("arts"), dtype=np.int32)[rows]
    low = np.minimum.reduceat(arts, starts)
    high = np.maximum.reduceat(arts, starts)
    kept = np.flatnonzero((ends - starts > 1) & (low != high))
    kept = kept[np.argsort(rows[starts[kept]], kind="stable")]  # by first quote
    return [rows[starts[k] : ends[k]].tolist() for k in kept.tolist()]


def _spans_articles(articles: Sequence[str], ids: list[int]) -> bool:
    first = articles[ids[0]]
    return any(articles[i] != first for i in ids)


def quote_form(quote: Quote) -> str | None:
    """The words ``quote`` is grouped by, or None when it is never grouped (a scare
    quote, fewer than ``MIN_WORDS`` words). Per quote, so a worker can compute it."""
    if quote.kind == "scare":
        return None
    form = normal_text(quote.text)
    return form if form.count(" ") + 1 >= MIN_WORDS else None


def group_quotes(
    quotes: Sequence[Quote], quote_forms: Sequence[str | None] | None = None
) -> list[list[int]]:
    """Set ``Quote.group`` on every quote that ran in two or more articles.

    Returns the groups as lists of quote ids (positions in ``quotes``), in corpus order;
    ``Quote.group`` is the index of its group in that list. ``quote_forms``, when given,
    holds ``quote_form`` of each quote, computed beforehand (by the workers of a load).
    """
    if isinstance(quotes, QuoteTable) and isinstance(quote_forms, Interned):
        groups = _coded_groups(quotes, quote_forms)
        quotes.set_groups(groups)
        return groups
    form_of: dict[str, int] = {}
    forms: list[str] = []
    members: list[list[int]] = []
    if quote_forms is None:
        quote_forms = [quote_form(q) for q in quotes]
    for i, form in enumerate(quote_forms):
        if form is None:
            continue
        f = form_of.get(form)
        if f is None:
            f = form_of[form] = len(forms)
            forms.append(form)
            members.append([])
        members[f].append(i)
    union = _Union(len(forms))
    _fuzzy_links(forms, union)
    joined: dict[int, list[int]] = {}
    for f, ids in enumerate(members):
        joined.setdefault(union.find(f), []).extend(ids)
    articles = (
        quotes.article_names() if isinstance(quotes, QuoteTable) else [q.article for q in quotes]
    )
    groups = sorted(
        (sorted(ids) for ids in joined.values() if len(ids) > 1 and _spans_articles(articles, ids)),
        key=lambda g: g[0],
    )
    if isinstance(quotes, QuoteTable):
        quotes.set_groups(groups)
        return groups
    for q in quotes:
        q.group = None
    for n, ids in enumerate(groups):
        for i in ids:
            quotes[i].group = n
    return groups
