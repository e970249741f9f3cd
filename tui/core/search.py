"""Keystroke-fast fuzzy quote search over up to a million quotes.

A plain rapidfuzz scan costs seconds per keystroke at that size, so the index works
in two steps. An inverted index (word -> ``array('i')`` of quote ids) turns each query
word into the quotes holding it or one of its near spellings (found by rapidfuzz over
the few vocabulary words that can be that near, never over the quotes). Candidate
sets are bit sets (Python ints; the common words' ones are made with the index), so
union, intersection, counting and "holds at least k of the n words" (bit-sliced
counters) run in C at any corpus size. Set algebra gives every match its word
*coverage* without touching its text; only the best matches are then read and scored
by rapidfuzz for phrase similarity.

The ranking (``score``) is defined on the text alone, so :func:`scan` can compute it
by brute force over every quote as the quality reference; the index must give the
same top results, only faster:

* each content word of the query matches a word of the quote as exact (1.0), as a
  compound written apart or together (0.95, see :mod:`tui.core.phrase`), one edit
  away (0.85, words of 4+ letters; in 4-letter words the first letter is right), two
  edits away (0.7, 7+ letters, same first letter) or, for the word still being
  typed, as its prefix (0.8, 3+ letters); stop words only count when the query has
  nothing else, and are never typos;
* a quote matches when at least half of the content words match (rounded up);
* score = 75 * mean word similarity + 25 * ``fuzz.partial_ratio`` of the query phrase
  against the quote, + ``PHRASE_BONUS`` (100) when the quote holds the query's words
  in order and adjacent, so that quote beats every other; ties go to corpus order.

The index computes that score exactly for every candidate it reads and stops reading
once no unread candidate can enter the results. Quotes holding the phrase are all
found first, by a pattern over the quotes holding every word (no budget). For the
rest, when exactness would mean reading thousands of equally covered quotes (a
common word in a big corpus), it stops after ``score_budget`` phrase scores instead;
``bench/search.py`` measures how often the top 10 then differs from :func:`scan`.

Text is matched in its folded form (:mod:`tui.core.folding`: NFKC, case-folded).
"""

from __future__ import annotations

import heapq
import re
import threading
from array import array
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import accumulate, chain, compress, islice, pairwise
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process, utils
from rapidfuzz.distance import OSA

from tui.core.folding import fold, fold_with_offsets
from tui.core.interned import Interned
from tui.core.phrase import adjacent_pattern, holds_phrase, is_split, splits
from tui.core.postings import WORD, Postings, word_postings
from tui.core.query import KINDS, Query, parse_query
from tui.core.quote_table import Coded, QuoteTable

if TYPE_CHECKING:
    from tui.core.corpus import Corpus

__all__ = [
    "Query",
    "QuoteIndex",
    "SearchCancelled",
    "SearchResult",
    "fold",
    "parse_query",
    "scan",
    "word_sim",
]

_WORD = WORD

# Words too common to find anything on their own; they still shape the phrase score.
_STOP = """
a an and are as at be been but by for from had has have he her his i if in is it its me
my not of on or our she so than that the their them there they this to us was we were
what which who will with would you your
"""
STOPWORDS = frozenset(_STOP.split())
EXACT_SIM = 1.0
PREFIX_SIM = 0.8
EDIT_SIM = (1.0, 0.85, 0.7)  # by number of edits
COMPOUND_SIM = 0.95  # "lifeblood" for "life blood", "11 pm" for "11pm", both ways
PHRASE_BONUS = 100.0  # holding the words in order and adjacent beats any other quote
MIN_PREFIX = 3
COVERAGE_WEIGHT = 75.0
PHRASE_WEIGHT = 25.0
_BATCH = 64
SCORE_BUDGET = 1000  # phrase-score at most this many candidates (beyond ``limit``)
MAX_QUERY_CHARS = 500  # a longer query is cut here (the result says so)
MAX_WORDS = 24  # distinct words a query ranks by; a pasted paragraph needs no more
MAX_PHRASE_CHARS = 120  # of the query phrase compared with each quote
NO_WORDS = "nothing to search for: type letters or numbers"
SUGGEST_CUTOFF = 60  # rapidfuzz ratio a "did you mean" word needs
SUGGEST_WORDS = 6  # unknown words looked up for a "did you mean"


class SearchCancelled(Exception):
    """A search gave up because its caller no longer wants the answer."""


def _starting(words: list[str], prefix: str) -> list[str]:
    """The words of sorted list ``words`` that start with ``prefix``."""
    return words[bisect_left(words, prefix) : bisect_left(words, prefix + "\U0010ffff")]


_WITHIN_ONE = {"scorer": OSA.distance, "score_cutoff": 1, "limit": None}
_WITHIN_TWO = {"scorer": OSA.distance, "score_cutoff": 2, "limit": None}


_BIT = tuple(1 << j for j in range(8))
_NONZERO = bytes([0]) + bytes([1]) * 255
_BYTE_BITS = tuple(tuple(j for j in range(8) if b >> j & 1) for b in range(256))
_BITSET_BYTES = 48 << 20  # at most this much memory for the common words' bit sets
_PHRASE_SCALE = PHRASE_WEIGHT / 100
_SPLIT_MIN = 512  # a one-word level with more quotes is read closest spellings first
_SET_COST = 64  # a set element costs about as much as this many bits of a bit set


def _to_bits(ids: Iterable[int], n: int) -> int:
    """A bit set (bit i = quote i) from quote ids below ``n``."""
    buf = bytearray((n + 7) >> 3)
    bit = _BIT
    for i in ids:
        buf[i >> 3] |= bit[i & 7]
    return int.from_bytes(buf, "little")


_NUMPY_MIN = 4096
"""From this many ids, numpy makes the bit set: a common word's list of 100,000s of
quotes in a few milliseconds, where the loop above takes tens."""


def _arrays_to_bits(arrays: Sequence[array], n: int) -> int:
    """A bit set from arrays (``array('i')``) of quote ids below ``n``."""
    if sum(len(a) for a in arrays) < _NUMPY_MIN:
        return _to_bits(chain.from_iterable(arrays), n)
    import numpy as np  # lazy: a small corpus never needs it

    flags = np.zeros(n, dtype=np.bool_)
    for a in arrays:
        if len(a):
            flags[np.frombuffer(a, dtype=np.int32)] = True
    return _flags_to_bits(flags)


def _flags_to_bits(flags) -> int:  # flags: a numpy array of bool, one per quote
    import numpy as np

    return int.from_bytes(np.packbits(flags, bitorder="little").tobytes(), "little")


def _iter_bits(bits: int) -> Iterator[int]:
    """The quote ids in a bit set, ascending, lazily; zero bytes are skipped by
    ``bytes.find`` (memchr speed), so sparse sets of a big corpus cost little."""
    data = bits.to_bytes((bits.bit_length() + 7) >> 3, "little")
    find = data.translate(_NONZERO).find
    byte_bits = _BYTE_BITS
    pos = find(1)
    while pos >= 0:
        base = pos << 3
        for j in byte_bits[data[pos]]:
            yield base + j
        pos = find(1, pos + 1)


def _at_least(bitsets: Sequence[int], k: int) -> int:
    """The bits set in at least ``k`` >= 1 of ``bitsets``: add them up in bit-sliced
    counters (one bit set per binary digit), then compare every counter with ``k``."""
    planes: list[int] = []
    for carry in bitsets:
        for p in range(len(planes)):
            if not carry:
                break
            planes[p], carry = planes[p] ^ carry, planes[p] & carry
        if carry:
            planes.append(carry)
    above, equal = 0, -1  # counters known to exceed k / to equal k so far (MSB first)
    for p in reversed(range(max(len(planes), k.bit_length()))):
        plane = planes[p] if p < len(planes) else 0
        if k >> p & 1:
            equal &= plane
        else:
            above |= equal & plane
            equal &= ~plane
    return above | equal


IdSet = int | set[int]  # a bit set (bit i = quote i), or a set of ids when few


def _disjoint(raw: list[tuple[float, int]]) -> list[tuple[float, int]]:
    """Similarity levels, best first, each quote only in its best one."""
    levels: list[tuple[float, int]] = []
    seen = 0
    for sim, ids in sorted(raw, key=lambda r: -r[0]):
        ids &= ~seen
        if ids:
            levels.append((sim, ids))
            seen |= ids
    return levels


def _minus(ids: IdSet, bits: int) -> IdSet:
    return {i for i in ids if not bits >> i & 1} if isinstance(ids, set) else ids & ~bits


def _count(ids: IdSet) -> int:
    return len(ids) if isinstance(ids, set) else ids.bit_count()


def max_edits(word: str) -> int:
    """Typos tolerated in a query word: none in words of 1-3 letters and function
    words, where one changes the meaning; 1 up to 6 letters, then 2."""
    n = len(word)
    if n < 4 or word in STOPWORDS:
        return 0
    return 1 if n <= 6 else 2


def word_sim(word: str, term: str, prefix: bool = False, loose: bool = False) -> float:
    """How well quote word ``term`` matches query word ``word`` (0 = not at all).

    In 4-letter words, and for a second typo, the first letter must be right:
    people rarely get it wrong (``hart`` is heart, not part), and it keeps the
    look-up in a large vocabulary cheap. A ``loose`` word (one the corpus never
    uses, in any spelling: certainly a typo) gets one edit even with 3 letters.
    """
    if term == word:
        return EXACT_SIM
    best = PREFIX_SIM if prefix and len(word) >= MIN_PREFIX and term.startswith(word) else 0.0
    k = max_edits(word)
    if loose and not k and len(word) >= MIN_PREFIX:
        k = 1
    if k and (k == 2 or len(word) <= 4) and term[:1] != word[:1]:
        k -= 1
    if k and abs(len(term) - len(word)) <= k:
        d = OSA.distance(word, term, score_cutoff=k)
        if d <= k:
            best = max(best, EDIT_SIM[d])
    return best


@dataclass(frozen=True, slots=True)
class _Plan:
    """The query words that rank: content words (with prefix flag) and the phrase."""

    words: tuple[tuple[str, bool], ...]
    phrase: str
    need: int  # how many words a quote must match
    # The phrase's words in order: (word, prefix, ranked). A ranked word (one of
    # ``words``) matches as the ranking allows; the others (stop words) exactly.
    tokens: tuple[tuple[str, bool, bool], ...] = ()
    pairs: tuple[tuple[int, int], ...] = ()  # indexes into ``words`` typed side by side
    loose: frozenset[str] = frozenset()  # words the corpus lacks: one typo even if short

    @classmethod
    def of(cls, query: Query) -> _Plan:
        tokens = _WORD.findall(fold(" ".join(query.fuzzy)))
        flagged = [(t, query.prefix and i == len(tokens) - 1) for i, t in enumerate(tokens)]
        words = [(t, p) for t, p in flagged if len(t) > 1 and t not in STOPWORDS] or flagged
        words = list(dict.fromkeys(words))[:MAX_WORDS]
        where = {w: i for i, w in enumerate(words)}
        kept: list[tuple[str, bool, bool]] = []
        length = -1
        for t, p in flagged:
            length += len(t) + 1
            if kept and length > MAX_PHRASE_CHARS:
                break
            kept.append((t, p, (t, p) in where))
        pairs = {
            (where[a], where[b])
            for a, b in pairwise(flagged)
            if a in where and b in where and a != b and is_split(a[0], b[0])
        }
        phrase = " ".join(t for t, _, _ in kept)[:MAX_PHRASE_CHARS]
        return cls(tuple(words), phrase, (len(words) + 1) // 2, tuple(kept), tuple(sorted(pairs)))

    def loosen(self, known: Callable[[str, bool], bool]) -> _Plan:
        """This plan with ``loose`` set: the short words (1-3 letters get no typo)
        that match no word of the corpus, as ``known(word, prefix)`` tells."""
        loose = frozenset(
            w
            for w, p in self.words
            if not max_edits(w) and len(w) >= MIN_PREFIX and w not in STOPWORDS and not known(w, p)
        )
        return replace(self, loose=loose) if loose else self

    def score(
        self, coverage_sum: float, text: str, beat: float | None = None, bonus: float = 0.0
    ) -> float:
        """The score of one quote (index and scan both come here); ``bonus`` is
        ``PHRASE_BONUS`` for a quote holding the phrase.

        With ``beat``, a quote that cannot score at least that much may get any lower
        score: rapidfuzz then gives up early on it.
        """
        base = COVERAGE_WEIGHT * coverage_sum / len(self.words) + bonus
        cutoff = 0.0 if beat is None else max(0.0, (beat - base) / _PHRASE_SCALE - 1e-6)
        phrase = fuzz.partial_ratio(
            self.phrase, text, processor=utils.default_process, score_cutoff=cutoff
        )
        return base + _PHRASE_SCALE * phrase

    def bound(self, coverage_sum: float) -> float:
        """The best score a quote with this coverage can reach (without the bonus)."""
        return COVERAGE_WEIGHT * coverage_sum / len(self.words) + PHRASE_WEIGHT

    def matchers(self) -> list[Callable[[str], bool]]:
        """Per phrase word, whether a quote word matches it (the scan's reference)."""
        return [
            (lambda u, t=t, p=p, x=t in self.loose: word_sim(t, u, p, x) > 0)
            if ranked
            else t.__eq__
            for t, p, ranked in self.tokens
        ]


def _speaker_hits(needle: str, name: str, aliases: Sequence[str]) -> bool:
    n = fold(needle)
    return n in fold(name) or any(n in fold(a) for a in aliases)


class _Repeat(Sequence[float]):
    """``n`` copies of one score without allocating them (unranked results)."""

    def __init__(self, value: float, n: int) -> None:
        self._value, self._n = value, n

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self._value] * len(range(*i.indices(self._n)))
        if not -self._n <= i < self._n:
            raise IndexError(i)
        return self._value

    def __iter__(self) -> Iterator[float]:
        return iter([self._value] * self._n)


class SearchResult:
    """Ranked quote ids; highlight spans are computed only for the rows shown."""

    __slots__ = ("_plan", "_texts", "ids", "notice", "query", "scores", "total")

    def __init__(
        self,
        ids: Sequence[int],
        scores: Sequence[float],
        total: int,
        query: Query,
        texts: Sequence[str],
        plan: _Plan | None = None,
        notice: str | None = None,
    ) -> None:
        self.ids = ids
        self.scores = scores
        self.total = total
        self.query = query
        self._texts = texts
        self._plan = plan or _Plan.of(query)
        # One line for the user about this search: the query was cut, had no words,
        # or (nothing matched) a "did you mean".
        self.notice = notice

    def __len__(self) -> int:
        return len(self.ids)

    def spans(self, quote_id: int) -> list[tuple[int, int]]:
        """Character spans of ``texts[quote_id]`` that matched, merged across spaces."""
        low, starts, ends = fold_with_offsets(self._texts[quote_id])
        found: list[tuple[int, int]] = []
        plan = self._plan
        for n, (word, pre) in enumerate(plan.words):
            hits = [
                (word_sim(word, m.group(), pre, word in plan.loose), m.start(), m.end())
                for m in _WORD.finditer(low)
            ]
            best = max((h[0] for h in hits), default=0.0)
            if best >= COMPOUND_SIM:
                found.extend((s, e) for sim, s, e in hits if sim == best)
                continue
            # Compounds: "life blood" for lifeblood, "lifeblood" for life + blood.
            parts = [[[x], [y]] for x, y in splits(word)]
            parts += [[[plan.words[i][0] + plan.words[j][0]]] for i, j in plan.pairs if n in (i, j)]
            spots = [
                m.span()
                for alternatives in parts
                for m in adjacent_pattern(alternatives).finditer(low)  # type: ignore[union-attr]
            ]
            if spots:
                found.extend(spots)
            elif best > 0:
                found.extend((s, e) for sim, s, e in hits if sim == best)
        for sub in self.query.exact:
            needle = fold(sub)
            start = low.find(needle) if needle else -1
            while start >= 0:
                found.append((start, start + len(needle)))
                start = low.find(needle, start + 1)
        merged: list[tuple[int, int]] = []
        for s, e in sorted(found):
            if merged and (s <= merged[-1][1] or not low[merged[-1][1] : s].strip(" -")):
                merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
            else:
                merged.append((s, e))
        return [(starts[s], ends[e - 1]) for s, e in merged if e > s]


def _speaker_codes(speakers: Iterable[str | None] | Coded) -> tuple[list[str], array]:
    """Each distinct speaker once, and per quote its speaker's position there (-1: none)."""
    if isinstance(speakers, Coded):  # (a quote table's: the same, read from its codes)
        return speakers.names, speakers.codes
    held = Interned(speakers)
    return list(held.distinct), held.codes


def _kind_codes(kinds: Sequence[str] | Coded) -> array:
    """Per quote, its kind's position in ``KINDS`` (an unknown kind as the first)."""
    kind_code = {k: i for i, k in enumerate(KINDS)}
    if isinstance(kinds, Coded):
        recode = [kind_code.get(k, 0) for k in kinds.names]
        if recode == list(range(len(recode))):  # the same order: the codes as they are
            return array("b", kinds.codes)
        return array("b", [recode[c] for c in kinds.codes])
    return array("b", (kind_code.get(k, 0) for k in kinds))


def _rows_by_code(codes: array, n: int) -> dict[int, array]:
    """Per code (ascending; -1 left out), the positions holding it, ascending."""
    if n < _NUMPY_MIN:
        rows: dict[int, array] = {}
        for i, c in enumerate(codes):
            if c >= 0:
                rows.setdefault(c, array("i")).append(i)
        return dict(sorted(rows.items()))
    import numpy as np

    column = np.frombuffer(codes, dtype=np.int32)
    order = np.argsort(column, kind="stable").astype(np.int32)
    ordered = column[order]
    starts = np.flatnonzero(np.diff(ordered, prepend=-2)).tolist()
    ends = [*starts[1:], len(ordered)][: len(starts)]
    out: dict[int, array] = {}
    for lo, hi in zip(starts, ends, strict=True):
        code = int(ordered[lo])
        if code >= 0:
            out[code] = array("i", order[lo:hi].tobytes())
    return out


def _check_positions(ids: array) -> None:
    """Raise ValueError unless quote ``i`` has id ``i`` (the index's ids are positions).

    Compared by numpy in one pass from ``_NUMPY_MIN`` quotes: the loop took 0.2 s of a
    cold load's index build at 100k quotes."""
    if len(ids) < _NUMPY_MIN:
        wrong = next((pos for pos, q_id in enumerate(ids) if q_id != pos), None)
    else:
        import numpy as np

        column = np.frombuffer(ids, dtype=np.int32)
        found = np.flatnonzero(column != np.arange(len(column), dtype=np.int32))
        wrong = int(found[0]) if len(found) else None
    if wrong is not None:
        raise ValueError(f"quote id {ids[wrong]} is not its position {wrong}")


class QuoteIndex:
    """In-memory search index over quote texts (ids are positions)."""

    def __init__(
        self,
        texts: Sequence[str],
        speakers: Sequence[str | None] | Coded,
        kinds: Sequence[str] | Coded,
        aliases: Mapping[str, Sequence[str]] | None = None,
        *,
        confidences: Sequence[str | None] | None = None,
        score_budget: int = SCORE_BUDGET,
        postings: Postings | None = None,
    ) -> None:
        self._texts = texts
        # confidence:high|medium|low narrows to these (None: no speaker, never kept).
        self._confidences = list(confidences) if confidences is not None else None
        self._conf_bits: dict[str, int] = {}
        self.score_budget = score_budget
        self._aliases = {k: tuple(v) for k, v in (aliases or {}).items()}
        self._names, self._speaker = _speaker_codes(speakers)
        self._folded: list[tuple[str, ...]] | None = None
        self._kind = _kind_codes(kinds)
        if not len(texts) == len(self._speaker) == len(self._kind):
            raise ValueError("texts, speakers and kinds must have the same length")
        if self._confidences is not None and len(self._confidences) != len(texts):
            raise ValueError("texts and confidences must have the same length")
        if postings is None:  # else the same texts' word lists, read back from the cache
            postings = word_postings(texts)
        self._postings = postings
        self._index_vocabulary()
        self._n = len(texts)
        self._by_speaker = _rows_by_code(self._speaker, self._n)
        self._kind_bits = self._bits_by_kind()
        # Candidate sets are bit sets (Python ints): union, intersection and counting
        # run in C at any size. Common words get theirs made once, here.
        common = [t for t, ids in postings.items() if len(ids) >= max(256, self._n // 512)]
        common.sort(key=lambda t: -len(postings[t]))
        room = max(16, _BITSET_BYTES // max(1, self._n // 8))
        self._common = frozenset(common[:room])
        self._bits: dict[str, int] = {}  # made on first use: a warm start reads no words
        self._expansions: dict[tuple[str, bool, bool], list[tuple[float, list[str]]]] = {}
        self._levels: OrderedDict[tuple[str, bool, bool], list[tuple[float, int]]] = OrderedDict()
        self._masks: dict[frozenset[str], bytearray] = {}
        self._lock = threading.Lock()
        self._stop: Callable[[], bool] | None = None

    def _bits_by_kind(self) -> list[int]:
        """Per kind of quote, the bit set of the quotes of that kind."""
        if self._n < _NUMPY_MIN:
            return [
                _to_bits((i for i, k in enumerate(self._kind) if k == c), self._n)
                for c in range(len(KINDS))
            ]
        import numpy as np

        kinds = np.frombuffer(self._kind, dtype=np.int8)
        return [_flags_to_bits(kinds == c) for c in range(len(KINDS))]

    def _index_vocabulary(self) -> None:
        """The sorted vocabulary and the look-ups over it: reversed words (suffixes), one
        joined string (substrings) and words by first letter and length (typos)."""
        self._vocab = sorted(self._postings)
        self._rvocab = sorted(t[::-1] for t in self._vocab)
        self._joined = "\n".join(self._vocab)  # for substring look-ups ('word, !word)
        self._starts = list(accumulate((len(t) + 1 for t in self._vocab[:-1]), initial=0))
        by_start: dict[tuple[str, int], list[str]] = {}
        for t in self._vocab:
            by_start.setdefault((t[0], len(t)), []).append(t)
        self._by_start = by_start

    @classmethod
    def from_corpus(cls, corpus: Corpus) -> QuoteIndex:
        """Index ``corpus.quotes`` (id == position) with the corpus speakers' aliases."""
        quotes = corpus.quotes
        if not isinstance(quotes, QuoteTable):
            quotes = QuoteTable.from_quotes(quotes)
        _check_positions(quotes.column("ids"))
        return cls(
            quotes.texts(),  # sliced from the article texts when read: no copies held
            quotes.speaker_codes(),  # (codes, not a name per quote)
            quotes.kind_codes(),
            {s.name: s.aliases for s in corpus.speakers},
            confidences=quotes.confidence_names(),
            postings=corpus.postings,
        )

    def __len__(self) -> int:
        return len(self._texts)

    def clear_cache(self) -> None:
        """Forget cached word expansions (the benchmark measures cold queries)."""
        with self._lock:
            self._expansions.clear()
            self._levels.clear()
            self._masks.clear()

    # -- query words -> postings -------------------------------------------------

    def _expand(
        self, word: str, prefix: bool, loose: bool = False
    ) -> list[tuple[float, list[str]]]:
        """Vocabulary words matching ``word``, grouped by similarity, best first."""
        key = (word, prefix, loose)
        cached = self._expansions.get(key)
        if cached is not None:
            return cached
        found: set[str] = set()
        if word in self._postings:
            found.add(word)
        k = max_edits(word) or int(loose and len(word) >= MIN_PREFIX)
        if k and len(word) <= 4:  # the first letter is right (see word_sim)
            lengths = range(len(word) - 1, len(word) + 2)
            pool = [t for n in lengths for t in self._by_start.get((word[0], n), ())]
            found.update(h[0] for h in process.extract(word, pool, **_WITHIN_ONE))
        elif k:
            # One edit leaves the first half or the second half intact (pigeonhole),
            # so only words sharing that prefix or suffix need the edit distance.
            half = len(word) // 2
            pool = _starting(self._vocab, word[:half])
            pool += [t[::-1] for t in _starting(self._rvocab, word[half + 1 :][::-1])]
            found.update(h[0] for h in process.extract(word, pool, **_WITHIN_ONE))
        if k == 2:  # two edits: only words with the same first letter (see word_sim)
            for n in range(len(word) - 2, len(word) + 3):
                pool = self._by_start.get((word[0], n))
                if pool:
                    found.update(h[0] for h in process.extract(word, pool, **_WITHIN_TWO))
        if prefix and len(word) >= MIN_PREFIX:
            found.update(_starting(self._vocab, word))
        groups: dict[float, list[str]] = {}
        for term in found:
            sim = word_sim(word, term, prefix, loose)
            if sim > 0:
                groups.setdefault(sim, []).append(term)
        result = sorted(groups.items(), reverse=True)
        if len(self._expansions) > 4096:
            self._expansions.clear()
        self._expansions[key] = result
        return result

    def _union(self, terms: Iterable[str]) -> int:
        """Bit set of the quotes holding any of ``terms``."""
        bits = 0
        rare: list[array] = []
        for t in terms:
            b = self._bits.get(t)
            if b is None and t in self._common:
                b = self._bits[t] = _arrays_to_bits([self._postings[t]], self._n)
            if b is None:
                rare.append(self._postings[t])
            else:
                bits |= b
        if rare:
            bits |= _arrays_to_bits(rare, self._n)
        return bits

    def _word_sets(self, word: str, prefix: bool, loose: bool = False) -> list[tuple[float, int]]:
        """Disjoint bit sets of quotes by the best similarity ``word`` reaches in them."""
        key = (word, prefix, loose)
        cached = self._levels.get(key)
        if cached is not None:
            self._levels.move_to_end(key)
            return cached
        raw = [(sim, self._union(terms)) for sim, terms in self._expand(word, prefix, loose)]
        for x, y in splits(word):  # "lifeblood" written "life blood", "11pm" as "11 pm"
            if x in self._postings and y in self._postings:
                both = self._union([x]) & self._union([y])
                raw.append((COMPOUND_SIM, self._adjacent([[x], [y]], both)))
        levels = _disjoint(raw)
        self._levels[key] = levels
        while len(self._levels) > 24:
            self._levels.popitem(last=False)
        return levels

    def _adjacent(self, alternatives: Sequence[Iterable[str]], ids: IdSet) -> int:
        """The quotes of ``ids`` holding one word of each set, in order, side by side."""
        pattern = adjacent_pattern(alternatives)
        if pattern is None or not ids:
            return 0
        texts, search = self._texts, pattern.search
        ordered = sorted(ids) if isinstance(ids, set) else _iter_bits(ids)
        return _to_bits((i for i in ordered if search(fold(texts[i]))), self._n)

    def _add_joins(self, plan: _Plan, levels: list[list[tuple[float, int]]]) -> None:
        """Two words typed side by side also match the compound: "life blood" finds
        "lifeblood", "11 pm" finds "11pm" (both words match it, at COMPOUND_SIM)."""
        for i, j in plan.pairs:
            joined = plan.words[i][0] + plan.words[j][0]
            if joined in self._postings:
                bits = self._union([joined])
                for w in (i, j):
                    levels[w] = _disjoint([*levels[w], (COMPOUND_SIM, bits)])

    def _phrase(
        self, plan: _Plan, levels: list[list[tuple[float, int]]]
    ) -> tuple[re.Pattern[str], int] | None:
        """The pattern of the query's words in order and adjacent, and the quotes
        that may hold it (all its words, anywhere): None for a one-word query."""
        if len(plan.tokens) < 2:
            return None
        where = {w: i for i, w in enumerate(plan.words)}
        cand = -1
        alternatives: list[list[str]] = []
        for t, p, ranked in plan.tokens:
            if ranked:
                expanded = self._expand(t, p, t in plan.loose)
                alternatives.append([u for _, terms in expanded for u in terms])
                anywhere = 0
                for _, bits in levels[where[t, p]]:
                    anywhere |= bits
                cand &= anywhere
            else:
                alternatives.append([t])
                cand &= self._union([t]) if t in self._postings else 0
            if not cand:
                return None
        pattern = adjacent_pattern(alternatives)
        return None if pattern is None else (pattern, cand)

    def _containing(self, fragment: str) -> list[str]:
        """Vocabulary words containing ``fragment``, found by one C-speed text search."""
        words, starts = self._vocab, self._starts
        found = {
            bisect_right(starts, m.start()) - 1
            for m in re.finditer(re.escape(fragment), self._joined)
        }
        return [words[i] for i in found]

    def _substring_superset(self, needle: str) -> int | None:
        """Quotes that may contain ``needle`` (None: cannot narrow, check every quote)."""
        tokens = _WORD.findall(needle)
        if not tokens or min(len(t) for t in tokens) < 3:
            return None
        result = -1  # all bits
        for tok in sorted(set(tokens), key=len, reverse=True):
            result &= self._union(self._containing(tok))
            if not result:
                break
        return result

    # -- filters --------------------------------------------------------------------

    def _speaker_codes(self, query: Query, speakers: Collection[str] | None) -> set[int] | None:
        """Speaker codes allowed by the query and the UI filter (None: any speaker)."""
        if speakers is None and not query.speaker:
            return None
        chosen = set(speakers) if speakers is not None else None
        needles = [fold(n) for n in query.speaker]
        folded = self._folded_names()
        codes = set()
        for c, name in enumerate(self._names):
            if chosen is not None and name not in chosen:
                continue
            if needles and not any(n in f for n in needles for f in folded[c]):
                continue
            codes.add(c)
        return codes

    def _folded_names(self) -> list[tuple[str, ...]]:
        """Each speaker's name and aliases, folded (once: a large corpus has tens of
        thousands of speakers, folded again at every keystroke otherwise)."""
        if self._folded is None:
            aliases = self._aliases
            self._folded = [
                (fold(name), *(fold(a) for a in aliases.get(name, ()))) for name in self._names
            ]
        return self._folded

    def _confidence_bits(self, levels: Collection[str]) -> int:
        """The quotes whose speaker was found with one of these confidences."""
        bits = 0
        for level in levels:
            found = self._conf_bits.get(level)
            if found is None:
                conf = self._confidences or ()
                at = array("i", (i for i, c in enumerate(conf) if c == level))
                found = _arrays_to_bits([at], self._n)
                self._conf_bits[level] = found
            bits |= found
        return bits

    def _kind_mask(self, kinds: frozenset[str]) -> bytearray:
        mask = self._masks.get(kinds)
        if mask is None:
            allowed = bytes(1 if k in kinds else 0 for k in KINDS)
            mask = self._masks[kinds] = bytearray(allowed[c] for c in self._kind)
        return mask

    def _matching(self, ids: int, needles: Collection[str], every: bool) -> int:
        """The quotes of ``ids`` whose text contains every (or any) of ``needles``,
        each text read once whatever the number of needles."""
        sups = [self._substring_superset(n) for n in needles]
        if every:
            for sup in sups:
                if sup is not None:
                    ids &= sup
        elif None not in sups:
            union = 0
            for sup in sups:
                union |= sup  # type: ignore[operator]
            ids &= union
        if None not in sups and all(_WORD.fullmatch(n) for n in needles):
            # A needle of word characters only lies inside one word of the text, so
            # the words containing it gave the exact answer: nothing to read.
            return ids
        texts = self._texts
        test = all if every else any
        return _to_bits(
            (i for i in _iter_bits(ids) if test(n in fold(texts[i]) for n in needles)), self._n
        )

    def _filter(self, ids: int, kinds: frozenset[str], codes: set[int] | None, query: Query) -> int:
        """Apply kind, speaker, must-contain and must-not-contain to a bit set."""
        if kinds != frozenset(KINDS):
            allowed = 0
            for k in kinds:
                allowed |= self._kind_bits[KINDS.index(k)]
            ids &= allowed
        if codes is not None:
            ids &= _arrays_to_bits(
                [self._by_speaker[c] for c in codes if c in self._by_speaker], self._n
            )
        if query.confidence:
            ids &= self._confidence_bits(query.confidence)
        exact = {fold(sub) for sub in query.exact}
        if exact:
            ids = self._matching(ids, exact, every=True)
        exclude = {fold(sub) for sub in query.exclude}
        if exclude and ids:
            ids &= ~self._matching(ids, exclude, every=False)
        return ids

    # -- search -----------------------------------------------------------------------

    def search(
        self,
        query: str | Query,
        limit: int = 200,
        speakers: Collection[str] | None = None,
        stop: Callable[[], bool] | None = None,
    ) -> SearchResult:
        """Best ``limit`` quotes for ``query``; without words, all matches in corpus order.

        A query longer than ``MAX_QUERY_CHARS`` is cut there (``notice`` says so).
        ``stop`` is asked now and then; when it says yes (a newer keystroke is
        waiting) the search gives up by raising :class:`SearchCancelled`. Safe to
        call from several threads: searches take turns, as they share caches.
        """
        notice = None
        if isinstance(query, str) and len(query) > MAX_QUERY_CHARS:
            query = query[:MAX_QUERY_CHARS]
            notice = f"query cut to its first {MAX_QUERY_CHARS} characters"
        with self._lock:
            self._stop = stop
            try:
                result = self._search(query, limit, speakers)
            finally:
                self._stop = None
        if notice:
            result.notice = notice if result.notice is None else f"{notice} · {result.notice}"
        return result

    def _check_stop(self) -> None:
        if self._stop is not None and self._stop():
            raise SearchCancelled

    def _search(
        self, query: str | Query, limit: int, speakers: Collection[str] | None
    ) -> SearchResult:
        q = parse_query(query) if isinstance(query, str) else query
        plan = _Plan.of(q)
        if q.fuzzy and not plan.words and not q.exact:  # "😀", "(", "!": no words at all
            return SearchResult([], [], 0, q, self._texts, plan, notice=NO_WORDS)
        plan = plan.loosen(lambda w, p: bool(self._expand(w, p)))
        kinds = q.allowed_kinds()
        codes = self._speaker_codes(q, speakers)
        if not plan.words and not q.exact:
            ids = self._all_matching(q, kinds, codes)
            return SearchResult(ids, _Repeat(0.0, len(ids)), len(ids), q, self._texts, plan)
        if not plan.words:
            found = list(_iter_bits(self._filter((1 << self._n) - 1, kinds, codes, q)))
            return SearchResult(found, _Repeat(100.0, len(found)), len(found), q, self._texts, plan)
        levels = []
        for w, p in plan.words:
            self._check_stop()
            levels.append(self._word_sets(w, p, w in plan.loose))
        self._add_joins(plan, levels)
        phrase = self._phrase(plan, levels)
        if len(levels) == 1:  # its similarity levels are the buckets already
            buckets = self._one_word(plan, levels[0], kinds, codes, q)
        else:
            # Quotes holding at least `need` of the words, counted in bit-sliced counters.
            anywhere = []
            for word_levels in levels:
                bits = 0
                for _, b in word_levels:
                    bits |= b
                anywhere.append(bits)
            cand = self._filter(_at_least(anywhere, plan.need), kinds, codes, q)
            if len(levels) > 2 and cand.bit_count() * _SET_COST < self._n:
                # Few matches of many words: sets of them beat corpus-long bit sets.
                levels = [[(sim, set(_iter_bits(b & cand))) for sim, b in wl] for wl in levels]
                buckets = self._coverage(set(_iter_bits(cand)), levels, plan.need)
            else:
                buckets = self._coverage(cand, levels, plan.need)
        ids, scores = self._rank(buckets, plan, max(0, limit), phrase)
        total = sum(_count(b) for _, b in buckets)
        notice = None if total else self._did_you_mean(plan)
        return SearchResult(ids, scores, total, q, self._texts, plan, notice)

    def _did_you_mean(self, plan: _Plan) -> str | None:
        """For a search that found nothing: the query with each word that matches no
        word of the corpus replaced by the closest one that does, with the same first
        letter (rarely the typo) and about its length, the more quotes use it the
        likelier; None when nothing is close. At most ``SUGGEST_WORDS`` words are
        looked up, so a pasted paragraph of noise costs little."""
        words = [w for w, _ in plan.words]
        changed = False
        unknown = [(n, w, p) for n, (w, p) in enumerate(plan.words) if not self._expand(w, p)]
        for n, word, _ in unknown[:SUGGEST_WORDS]:
            lengths = range(max(1, len(word) - 3), len(word) + 4)
            pool = [t for k in lengths for t in self._by_start.get((word[0], k), ())]
            close = process.extract(
                word, pool, scorer=fuzz.ratio, limit=8, score_cutoff=SUGGEST_CUTOFF
            )
            if close:
                best = max(close, key=lambda h: (h[1], len(self._postings[h[0]])))
                words[n], changed = best[0], True
        return f"did you mean: {' '.join(words)}" if changed else None

    def _one_word(
        self,
        plan: _Plan,
        levels: list[tuple[float, int]],
        kinds: frozenset[str],
        codes: set[int] | None,
        q: Query,
    ) -> list[tuple[float, IdSet]]:
        """Buckets for a one-word query: its similarity levels, a big level split so
        the quotes of the closest spellings are read first (they score best)."""
        word = plan.words[0]
        terms_at = dict(self._expand(*word, word[0] in plan.loose))
        buckets: list[tuple[float, IdSet]] = []
        for sim, bits in levels:
            rest = self._filter(bits, kinds, codes, q)
            terms = terms_at.get(sim, ())  # none at COMPOUND_SIM: not split in bands
            # Not the prefix level: every quote there holds the word itself, so they
            # tie on the phrase score and corpus order must decide.
            if sim != PREFIX_SIM and len(terms) > 1 and rest.bit_count() > _SPLIT_MIN:
                bands: dict[int, list[str]] = {}
                for t in terms:
                    bands.setdefault(int(fuzz.ratio(word[0], t)) // 5, []).append(t)
                for band in sorted(bands, reverse=True):
                    part = rest & self._union(bands[band])
                    if part:
                        buckets.append((sim, part))
                        rest ^= part
            if rest:
                buckets.append((sim, rest))
        return buckets

    def _all_matching(self, q: Query, kinds: frozenset[str], codes: set[int] | None) -> array:
        """All ids passing the filters, in corpus order (query without words)."""
        if q.confidence:
            return array("i", _iter_bits(self._filter((1 << self._n) - 1, kinds, codes, q)))
        if codes is not None:
            merged = sorted(i for c in codes for i in self._by_speaker.get(c, ()))
            kind = self._kind
            allowed = {KINDS.index(k) for k in kinds}
            cand = [i for i in merged if kind[i] in allowed]
            if q.exclude:
                keep = self._filter(_to_bits(cand, self._n), frozenset(KINDS), None, q)
                cand = [i for i in cand if keep >> i & 1]
            return array("i", cand)
        mask = self._kind_mask(kinds)
        if q.exclude:
            mask = bytearray(mask)
            shown = _to_bits(compress(range(len(mask)), mask), self._n)
            for i in _iter_bits(shown & ~self._filter(shown, frozenset(KINDS), None, q)):
                mask[i] = 0
        return array("i", compress(range(len(mask)), mask))

    @staticmethod
    def _coverage(
        cand: IdSet, levels: list[list[tuple[float, IdSet]]], need: int
    ) -> list[tuple[float, IdSet]]:
        """Group candidates by summed word similarity, by set algebra (no text read)."""
        parts: dict[tuple[float, int], IdSet] = {(0.0, 0): cand}
        remaining = len(levels)
        for word_levels in levels:
            remaining -= 1
            new: dict[tuple[float, int], IdSet] = {}
            for (total, count), part in parts.items():
                rest = part
                for sim, ids in word_levels:
                    if not rest:
                        break
                    hit = rest & ids
                    if hit:
                        rest ^= hit
                        key = (total + sim, count + 1)
                        new[key] = new[key] | hit if key in new else hit
                if rest and count + remaining >= need:
                    key = (total, count)
                    new[key] = new[key] | rest if key in new else rest
            parts = new
        kept = [(total, ids) for (total, count), ids in parts.items() if count >= need and ids]
        return sorted(kept, key=lambda b: b[0], reverse=True)

    def _rank_holders(
        self,
        buckets: list[tuple[float, IdSet]],
        plan: _Plan,
        limit: int,
        phrase: tuple[re.Pattern[str], int],
        heap: list[tuple[float, int]],
    ) -> int | None:
        """Score the quotes holding the phrase (they outrank all others), best bucket
        first, reading each candidate once with the phrase pattern; no budget.

        Returns the holders' bit set, or None when the heap is full of holders no
        unread quote can beat (then nothing else need be read).
        """
        pattern, cand = phrase
        search, texts = pattern.search, self._texts
        found: list[int] = []
        for total, ids in buckets:
            part = {i for i in ids if cand >> i & 1} if isinstance(ids, set) else ids & cand
            bound = plan.bound(total) + PHRASE_BONUS
            ordered = iter(sorted(part)) if isinstance(part, set) else _iter_bits(part)
            last = -1  # ids still to read here are larger: they lose ties to the heap
            while True:
                if len(heap) >= limit and (
                    heap[0][0] > bound or (heap[0][0] == bound and last > -heap[0][1])
                ):
                    return None
                chunk = list(islice(ordered, _BATCH))
                if not chunk:
                    break
                self._check_stop()
                last = chunk[-1]
                for i in chunk:
                    text = texts[i]
                    if search(fold(text)) is None:
                        continue
                    found.append(i)
                    full = len(heap) >= limit
                    beat = heap[0][0] if full else None
                    item = (plan.score(total, text, beat, PHRASE_BONUS), -i)
                    if not full:
                        heapq.heappush(heap, item)
                    elif item > heap[0]:
                        heapq.heapreplace(heap, item)
        return _to_bits(found, self._n)

    def _rank(
        self,
        buckets: list[tuple[float, IdSet]],
        plan: _Plan,
        limit: int,
        phrase: tuple[re.Pattern[str], int] | None = None,
    ) -> tuple[list[int], list[float]]:
        """Score buckets best first, until no later quote can enter the top ``limit``.

        Quotes holding the phrase come first, all of them (see _rank_holders). The
        rest is exact while that takes at most ``score_budget`` phrase scores; past
        it (a bucket of thousands of equally covered quotes) the rest of the ties
        are left unscored and rank after the scored ones -- the benchmark measures
        what that costs against the brute-force scan.
        """
        heap: list[tuple[float, int]] = []
        if phrase is not None and limit > 0:
            holders = self._rank_holders(buckets, plan, limit, phrase, heap)
            if holders is None:
                buckets = []
            elif holders:
                buckets = [(total, _minus(ids, holders)) for total, ids in buckets]
        texts = self._texts
        scored = 0
        for total, ids in buckets:
            bound = plan.bound(total)
            full = len(heap) >= limit
            if limit == 0 or (full and (heap[0][0] > bound or scored >= self.score_budget)):
                break
            if full and heap[0][0] == bound:  # only a tie with a lower id can still enter
                worst = -heap[0][1]
                ids = (
                    {i for i in ids if i < worst}
                    if isinstance(ids, set)
                    else ids & ((1 << worst) - 1)
                )
            ordered = iter(sorted(ids)) if isinstance(ids, set) else _iter_bits(ids)
            while True:
                if len(heap) >= limit and (heap[0][0] >= bound or scored >= self.score_budget):
                    break
                chunk = list(islice(ordered, _BATCH))
                if not chunk:
                    break
                self._check_stop()
                scored += len(chunk)
                for i in chunk:
                    full = len(heap) >= limit
                    item = (plan.score(total, texts[i], heap[0][0] if full else None), -i)
                    if not full:
                        heapq.heappush(heap, item)
                    elif item > heap[0]:
                        heapq.heapreplace(heap, item)
        heap.sort(reverse=True)
        return [-i for _, i in heap], [s for s, _ in heap]


def _scan_coverage(plan: _Plan, seq: list[str], memo: list[dict[str, float]]) -> tuple[float, int]:
    """Summed best similarity of the query words in a quote's words ``seq``, and how
    many matched (the scan's side of set algebra in the index)."""
    tokens = set(seq)
    adjacent = {a + b for a, b in pairwise(seq) if is_split(a, b)}
    total, count = 0.0, 0
    for w, ((word, pre), cache) in enumerate(zip(plan.words, memo, strict=True)):
        best = 0.0
        for tok in tokens:
            sim = cache.get(tok)
            if sim is None:
                sim = cache[tok] = word_sim(word, tok, pre, word in plan.loose)
            best = max(best, sim)
        if best < COMPOUND_SIM and (
            word in adjacent
            or any(
                plan.words[i][0] + plan.words[j][0] in tokens for i, j in plan.pairs if w in (i, j)
            )
        ):
            best = COMPOUND_SIM
        if best > 0:
            total += best
            count += 1
    return total, count


def scan(
    texts: Sequence[str],
    speakers: Sequence[str | None],
    kinds: Sequence[str],
    query: str | Query,
    limit: int = 200,
    aliases: Mapping[str, Sequence[str]] | None = None,
    speaker_filter: Collection[str] | None = None,
    confidences: Sequence[str | None] | None = None,
) -> tuple[list[int], list[float], int]:
    """The brute-force reference: score every quote's text directly, no index.

    Same rules as :class:`QuoteIndex` (see the module docstring), written the
    obvious way so tests and the benchmark can check the index loses nothing.
    Returns (ids, scores, total).
    """
    q = parse_query(query) if isinstance(query, str) else query
    plan = _Plan.of(q)
    allowed = q.allowed_kinds()
    aliases = aliases or {}
    exact = [fold(s) for s in q.exact]
    exclude = [fold(s) for s in q.exclude]
    if any(not max_edits(w) and len(w) >= MIN_PREFIX for w, _ in plan.words):
        vocab = {t for text in texts for t in _WORD.findall(fold(text))}
        plan = plan.loosen(lambda w, p: any(word_sim(w, t, p) > 0 for t in vocab))
    memo: list[dict[str, float]] = [{} for _ in plan.words]
    matchers = plan.matchers()
    found: list[tuple[float, int]] = []
    if q.fuzzy and not plan.words and not exact:
        return [], [], 0
    for i, text in enumerate(texts):
        name = speakers[i]
        if kinds[i] not in allowed:
            continue
        if speaker_filter is not None and name not in speaker_filter:
            continue
        if q.confidence and (confidences is None or confidences[i] not in q.confidence):
            continue
        if q.speaker and (
            name is None
            or not any(_speaker_hits(n, name, aliases.get(name, ())) for n in q.speaker)
        ):
            continue
        low = fold(text)
        if any(e not in low for e in exact) or any(x in low for x in exclude):
            continue
        if not plan.words:
            found.append((100.0 if exact else 0.0, -i))
            continue
        seq = _WORD.findall(low)
        total, count = _scan_coverage(plan, seq, memo)
        if count >= plan.need:
            held = len(matchers) > 1 and holds_phrase(matchers, seq)
            found.append((plan.score(total, text, bonus=PHRASE_BONUS if held else 0.0), -i))
    total_found = len(found)
    if plan.words:
        found.sort(reverse=True)
        found = found[: max(0, limit)]
    return [-i for _, i in found], [s for s, _ in found], total_found
