"""Quotes held in columns: a million quotes in tens of megabytes, not gigabytes.

A ``Quote`` object per quote costs a Python object, an ``int`` object per offset and a
copy of the quote's words: ~450 bytes each, before the search index and the corpus
tables hold more. A :class:`QuoteTable` keeps two arrays instead, a row of 12 machine
ints (offsets, paragraph numbers, codes) and a row of 4 bytes (kind, how, confidence,
copy) per quote: speaker/mention/cue names are codes into one list of distinct
strings, and the words of every quote sit in one UTF-8 byte string (the row holds
their byte offsets), decoded when read. The words are the table's own, not slices of
the article texts: a large corpus keeps its article texts on disk (see
``tui.core.text_store``), while search reads quote words at every keystroke. Two
arrays rather than one per field, so that the small table of one file (what a worker
process sends back, what the cache stores) costs a few hundred bytes, not a few
kilobytes.

``table[i]`` is a :class:`QuoteRow`, a two-slot view reading (and, for the fields the
corpus sets after attribution, writing) the columns, with the attribute names of
``Quote``; code written for ``Quote`` objects reads rows unchanged. Code that scans
every quote should use the column helpers (:meth:`QuoteTable.kinds`,
:meth:`QuoteTable.texts`, ...), which make no row objects at all.
"""

from __future__ import annotations

from array import array
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any, get_args, overload

from tui.core.model import Confidence, Quote, QuoteKind, SpeakerHow

# Codes are positions in these (the order of the literals in ``model``).
KIND_CODES: tuple[str, ...] = get_args(QuoteKind)
HOW_CODES: tuple[str, ...] = get_args(SpeakerHow)
CONFIDENCE_CODES: tuple[str, ...] = get_args(Confidence)
_KIND = {k: i for i, k in enumerate(KIND_CODES)}
_HOW = {k: i for i, k in enumerate(HOW_CODES)}
_CONFIDENCE = {k: i for i, k in enumerate(CONFIDENCE_CODES)}
QUOTE_FIELDS = tuple(f.name for f in fields(Quote))
INT_FIELDS = ("ids", "arts", "starts", "ends", "tstarts", "tends", "paras", "lasts")
INT_FIELDS += ("speakers", "mentions", "cues", "groups")
BYTE_FIELDS = ("kinds", "hows", "confs", "copies")
_W = len(INT_FIELDS)
_B = len(BYTE_FIELDS)
(_ID, _ART, _START, _END, _TSTART, _TEND, _PARA, _LAST, _SPK, _MEN, _CUE, _GROUP) = range(_W)
(_KND, _HW, _CNF, _CPY) = range(_B)
FORMAT = 3
"""Version of :meth:`QuoteTable.pack`'s layout."""


@dataclass(frozen=True, slots=True)
class Coded:
    """A column of names as codes: each name once (``names``) and per row its
    position there (``codes``, -1: none). What the search index keeps of the speakers
    and kinds, read from a table's codes without a ``str`` per row (a million rows in
    a large corpus)."""

    names: list[str]
    codes: array


@dataclass(frozen=True, slots=True)
class Distinct:
    """Each distinct combination of some columns' values (``values``, decoded: names,
    article ids, kinds), in the order of the first row holding it; per row, its
    combination's position there (``rows``); how many rows hold each (``counts``) and
    the sum of their weights (``sums``). What the speaker merge reads of a million
    quotes, sorted in C rather than a tuple per row hashed in Python."""

    values: list[tuple]
    rows: array
    counts: list[int]
    sums: list[int]

    def rows_of(self, wanted: Sequence[bool]) -> list[int]:
        """The rows (ascending) whose combination ``wanted`` marks."""
        import numpy as np

        keep = np.asarray(wanted, dtype=bool)
        if not len(keep):
            return []
        return np.flatnonzero(keep[np.frombuffer(self.rows, dtype=np.int32)]).tolist()


def _code(codes: dict[str, int], value: str | None, name: str) -> int:
    if value is None:
        return -1
    try:
        return codes[value]
    except KeyError:
        raise ValueError(f"unknown quote {name}: {value!r}") from None


class QuoteTable(Sequence["QuoteRow"]):
    """The quotes of a corpus (or of one file): a row of ints and a row of bytes each.

    Article ids are codes into :attr:`article_ids`; the words of quote ``i`` are bytes
    ``tstart:tend`` of one UTF-8 string. :meth:`column` reads one field of every row at
    C speed.
    """

    def __init__(self) -> None:
        self.article_ids: list[str] = []
        self.strings: list[str] = []
        """Speaker names, mentions and cues, each once; the rows hold codes."""
        self._words: bytes | bytearray = bytearray()
        """Every quote's words, UTF-8, one after the other (``bytes`` as unpacked,
        shared with the packed values; made a ``bytearray`` when appended to)."""
        self._ints = array("i")
        self._bytes = array("b")
        self._codes: tuple[dict[str, int], dict[str, int]] | None = None

    # -- building --------------------------------------------------------------------

    @classmethod
    def from_quotes(
        cls, quotes: Iterable[Quote | QuoteRow], texts: Mapping[str, str] | None = None
    ) -> QuoteTable:
        """A table of ``quotes`` (``texts``, article texts by id, is not needed: the
        table keeps the words of its quotes itself)."""
        table = cls()
        for q in quotes:
            table.append(q)
        return table

    def _lookups(self) -> tuple[dict[str, int], dict[str, int]]:
        """Article id -> code and string -> code, made when first needed (a table read
        back from a worker or the cache is often never appended to)."""
        if self._codes is None:
            self._codes = (
                {a: i for i, a in enumerate(self.article_ids)},
                {s: i for i, s in enumerate(self.strings)},
            )
        return self._codes

    def article_code(self, article_id: str) -> int:
        """The code of ``article_id``, added when new."""
        codes = self._lookups()[0]
        code = codes.get(article_id)
        if code is None:
            code = codes[article_id] = len(self.article_ids)
            self.article_ids.append(article_id)
        return code

    def _string(self, value: str | None) -> int:
        if value is None:
            return -1
        codes = self._lookups()[1]
        code = codes.get(value)
        if code is None:
            code = codes[value] = len(self.strings)
            self.strings.append(value)
        return code

    def append(self, q: Quote | QuoteRow) -> None:
        """Append one quote."""
        art = self.article_code(q.article)
        lo = len(self._words)
        self._grow(q.text.encode("utf-8", "surrogatepass"))
        hi = len(self._words)
        names = (self._string(q.speaker), self._string(q.speaker_mention), self._string(q.cue))
        group = -1 if q.group is None else q.group
        self._ints.extend(
            (q.id, art, q.start, q.end, lo, hi, q.paragraph, q.last_paragraph, *names, group)
        )
        self._bytes.extend(
            (
                _code(_KIND, q.kind, "kind"),
                _code(_HOW, q.speaker_how, "speaker_how"),
                _code(_CONFIDENCE, q.confidence, "confidence"),
                1 if q.copy else 0,
            )
        )

    def _grow(self, words: bytes | bytearray) -> None:
        if not isinstance(self._words, bytearray):
            self._words = bytearray(self._words)
        self._words += words

    def add_table(self, other: QuoteTable, renamed: Mapping[str, str] | None = None) -> None:
        """Append every row of ``other`` (article ids renamed by ``renamed``)."""
        renamed = renamed or {}
        arts = [self.article_code(renamed.get(a, a)) for a in other.article_ids]
        names = [self._string(s) for s in other.strings]
        shift = len(self._words)
        self._grow(other._words)
        ints = array("i", other._ints)
        # Column by column (a list comprehension each), not row by row: the codes of
        # one table become this one's, its word offsets move past this one's words.
        ints[_ART::_W] = array("i", [arts[a] for a in ints[_ART::_W]])
        if shift:
            ints[_TSTART::_W] = array("i", [t + shift for t in ints[_TSTART::_W]])
            ints[_TEND::_W] = array("i", [t + shift for t in ints[_TEND::_W]])
        for k in (_SPK, _MEN, _CUE):
            ints[k::_W] = array("i", [names[c] if c >= 0 else c for c in ints[k::_W]])
        self._ints.extend(ints)
        self._bytes.extend(other._bytes)

    def without_articles(self, dropped: Collection[str]) -> QuoteTable:
        """A new table without the quotes of the articles ``dropped``."""
        out = QuoteTable()
        out.strings, out._words = self.strings, self._words  # a dropped quote's words stay
        codes = [-1 if a in dropped else out.article_code(a) for a in self.article_ids]
        ints, flags = self._ints, self._bytes
        for i, a in enumerate(self.column("arts")):
            if codes[a] >= 0:
                row = ints[i * _W : (i + 1) * _W]
                row[_ART] = codes[a]
                out._ints.extend(row)
                out._bytes.extend(flags[i * _B : (i + 1) * _B])
        return out

    def renumber(self) -> None:
        """Give every quote its position as id."""
        self._ints[_ID::_W] = array("i", range(len(self)))

    # -- reading ----------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._bytes) // _B

    @overload
    def __getitem__(self, i: int) -> QuoteRow: ...
    @overload
    def __getitem__(self, i: slice) -> list[QuoteRow]: ...
    def __getitem__(self, i: int | slice) -> QuoteRow | list[QuoteRow]:
        if isinstance(i, slice):
            return [QuoteRow(self, j) for j in range(*i.indices(len(self)))]
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("quote index out of range")
        return QuoteRow(self, i)

    def __iter__(self) -> Iterator[QuoteRow]:
        return (QuoteRow(self, i) for i in range(len(self)))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, QuoteTable | list | tuple):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"<QuoteTable of {len(self)} quotes from {len(self.article_ids)} articles>"

    def __getstate__(self) -> tuple:
        return (self.article_ids, self.strings, self._words, self._ints, self._bytes)

    def __setstate__(self, state: tuple) -> None:
        self.article_ids, self.strings, self._words, self._ints, self._bytes = state
        self._codes = None

    def column(self, name: str) -> array:
        """One field of every row (``INT_FIELDS`` or ``BYTE_FIELDS``), as a new array."""
        if name in INT_FIELDS:
            return self._ints[INT_FIELDS.index(name) :: _W]
        return self._bytes[BYTE_FIELDS.index(name) :: _B]

    def get(self, i: int, field: int) -> int:
        return self._ints[i * _W + field]

    @property
    def word_bytes(self) -> int:
        """The size of the quotes' words, UTF-8."""
        return len(self._words)

    def text(self, i: int) -> str:
        """The words of quote ``i``."""
        r = i * _W
        ints = self._ints
        return self._words[ints[r + _TSTART] : ints[r + _TEND]].decode("utf-8", "surrogatepass")

    def texts(self) -> TextColumn:
        """Every quote's words as a sequence, each decoded when read."""
        return TextColumn(self)

    def _name(self, i: int, field: int) -> str | None:
        c = self._ints[i * _W + field]
        return None if c < 0 else self.strings[c]

    def speaker_names(self) -> list[str | None]:
        """Every quote's speaker (None without one), in order."""
        strings = self.strings
        return [None if c < 0 else strings[c] for c in self.column("speakers")]

    def mention_names(self) -> list[str | None]:
        """Every quote's speaker mention (None without one), in order."""
        strings = self.strings
        return [None if c < 0 else strings[c] for c in self.column("mentions")]

    def article_names(self) -> list[str]:
        """Every quote's article id, in order."""
        ids = self.article_ids
        return [ids[a] for a in self.column("arts")]

    def role_columns(self) -> tuple[list[str | None], list[str | None]]:
        """Every quote's confidence and how its speaker was found, in order."""
        hows = [None if c < 0 else HOW_CODES[c] for c in self.column("hows")]
        return self.confidence_names(), hows

    def distinct(self, fields: Sequence[str], weights: Sequence[int] | None = None) -> Distinct:
        """The distinct combinations of ``fields``' values (see ``Distinct``), with
        ``weights`` (one per row) summed per combination."""
        import numpy as np  # lazy: a million rows sorted in C

        n = len(self)
        key = np.zeros(n, dtype=np.int64)
        span = 1
        for name in fields:
            col = np.frombuffer(self.column(name), dtype=self._dtype(name)).astype(np.int64) + 1
            radix = int(col.max()) + 1 if n else 1
            if span * radix >= 1 << 62:  # the key would overflow: renumber it densely first
                key = np.unique(key, return_inverse=True)[1].astype(np.int64)
                span = int(key.max()) + 1 if n else 1
            key = key * radix + col
            span *= radix
        first, inverse = _first_rows(key, span)
        order = np.argsort(first)  # the combinations by their first row (each differs)
        rank = np.empty(len(order), dtype=np.int64)
        rank[order] = np.arange(len(order))
        firsts = first[order]
        columns: list[list] = []
        twice = False  # a value held under two codes (a name twice in ``strings``)
        for name in fields:
            codes = np.frombuffer(self.column(name), dtype=self._dtype(name))[firsts].tolist()
            values_of = self._values_of(name)
            if values_of is None:
                columns.append(codes)
                continue
            columns.append([None if c < 0 else values_of[c] for c in codes])
            twice = twice or len(set(values_of)) < len(values_of)
        values = list(zip(*columns, strict=True)) if columns else [()] * len(firsts)
        if twice:  # such values are one combination
            index: dict[tuple, int] = {}
            remap = [index.setdefault(v, len(index)) for v in values]
            if len(index) < len(values):
                rank = np.asarray(remap, dtype=np.int64)[rank]
                values = list(index)
        per_row = rank[inverse]
        counts = np.bincount(per_row, minlength=len(values))
        sums = (
            counts
            if weights is None
            else np.bincount(
                per_row, weights=np.asarray(weights, dtype=np.float64), minlength=len(values)
            )
        )
        return Distinct(
            values,
            array("i", per_row.astype(np.int32).tobytes()),
            counts.tolist(),
            sums.astype(np.int64).tolist(),
        )

    @staticmethod
    def _dtype(name: str) -> str:
        return "int32" if name in INT_FIELDS else "int8"

    def _values_of(self, name: str) -> Sequence[str] | None:
        """What the codes of column ``name`` stand for (None: the codes are the values)."""
        return {
            "speakers": self.strings,
            "mentions": self.strings,
            "cues": self.strings,
            "arts": self.article_ids,
            "kinds": KIND_CODES,
            "hows": HOW_CODES,
            "confs": CONFIDENCE_CODES,
        }.get(name)

    def rename_speakers(self, names: Mapping[str, str]) -> None:
        """Every quote whose speaker is a key of ``names`` gets that key's value."""
        codes = [self._string(names.get(s, s)) for s in list(self.strings)]
        column = array("i", [-1 if c < 0 else codes[c] for c in self.column("speakers")])
        self._ints[_SPK::_W] = column

    def set_groups(self, groups: Sequence[Sequence[int]]) -> None:
        """Quote group ``n`` is ``groups[n]`` (rows); every other quote is in none."""
        column = array("i", [-1]) * len(self)
        for n, rows in enumerate(groups):
            for i in rows:
                column[i] = n
        self._ints[_GROUP::_W] = column

    def speaker_codes(self) -> Coded:
        """The speakers as ``Coded``, each name in the order of the first quote it
        speaks (as ``Interned(self.speaker_names())`` holds them)."""
        import numpy as np  # lazy: a million rows sorted in C

        rows = np.frombuffer(self.column("speakers"), dtype=np.int32)
        used, first = np.unique(rows, return_index=True)
        said = used >= 0
        names: list[str] = []
        where: dict[str, int] = {}
        recode = np.full(len(self.strings) + 1, -1, dtype=np.int32)  # (-1 reads the last)
        for code in used[said][np.argsort(first[said], kind="stable")].tolist():
            name = self.strings[code]  # (one name held twice is one speaker)
            recode[code] = where.setdefault(name, len(names))
            if recode[code] == len(names):
                names.append(name)
        return Coded(names, array("i", recode[rows].tobytes()))

    def kind_codes(self) -> Coded:
        """The kinds as ``Coded`` (every kind's name, in ``KIND_CODES`` order)."""
        return Coded(list(KIND_CODES), self.column("kinds"))

    def kind_names(self) -> list[str]:
        return [KIND_CODES[c] for c in self.column("kinds")]

    def confidence_names(self) -> list[str | None]:
        return [None if c < 0 else CONFIDENCE_CODES[c] for c in self.column("confs")]

    def count_kind(self, kind: str) -> int:
        return self.column("kinds").count(_KIND[kind])

    def counted(self) -> int:
        """Quotes counted once: those not marked as a near-copy's."""
        return len(self) - self.column("copies").count(1)

    def counts_by_article(self) -> dict[str, int]:
        """How many quotes each article has (articles without quotes left out)."""
        counts = [0] * len(self.article_ids)
        for a in self.column("arts"):
            counts[a] += 1
        ids = self.article_ids
        return {ids[a]: n for a, n in enumerate(counts) if n}

    def rows_by_article(self) -> dict[str, array]:
        """Row numbers of each article's quotes, in table order."""
        out: dict[int, array] = {}
        for i, a in enumerate(self.column("arts")):
            rows = out.get(a)
            if rows is None:
                rows = out[a] = array("i")
            rows.append(i)
        ids = self.article_ids
        return {ids[a]: rows for a, rows in out.items()}

    def speakers_by_article(self) -> dict[str, array]:
        """Speaker name -> codes (in :attr:`article_ids`) of the articles quoting them,
        ascending: an array each, not a set of ids (a set of one costs ~200 bytes, and a
        large corpus has a hundred thousand speakers)."""
        import numpy as np  # lazy: sorting a million pairs in C, not as tuples

        speakers = np.frombuffer(self.column("speakers"), dtype=np.int32).astype(np.int64)
        arts = np.frombuffer(self.column("arts"), dtype=np.int32)
        width = max(1, len(self.article_ids))
        # Sorted, then each pair once: np.unique of this many distinct int64 values
        # (numpy 2's hash table) took ten times as long as the sort.
        pairs = np.sort((speakers * width + arts)[speakers >= 0])
        pairs = pairs[np.concatenate(([True], pairs[1:] != pairs[:-1]))] if len(pairs) else pairs
        who, where = np.divmod(pairs, width)
        starts = np.flatnonzero(np.diff(who, prepend=-1)).tolist()
        strings = self.strings
        out: dict[str, array] = {}
        for lo, hi in zip(starts, [*starts[1:], len(pairs)][: len(starts)], strict=True):
            out[strings[int(who[lo])]] = array("i", where[lo:hi].astype(np.int32).tobytes())
        return out

    # -- packing (plain values: what a cache can marshal) -----------------------------

    def pack(self) -> tuple:
        """This table as plain values (bytes, lists of str)."""
        return (
            FORMAT,
            self.article_ids,
            self.strings,
            bytes(self._words),
            self._ints.tobytes(),
            self._bytes.tobytes(),
        )

    def sections(self) -> tuple[tuple, bytes | bytearray, array, array]:
        """:meth:`pack`'s values as four parts, the columns as they are (no copies:
        ``marshal`` writes any buffer as bytes); ``unpack((*head, words, ints, flags))``
        reads them back."""
        return (FORMAT, self.article_ids, self.strings), self._words, self._ints, self._bytes

    @classmethod
    def unpack(
        cls, values: tuple, texts: Mapping[str, str] | None = None, trusted: bool = False
    ) -> QuoteTable:
        """The table :meth:`pack` gave; raises ValueError/TypeError on a malformed one
        (unless ``trusted``: just packed by this code, so not checked value by value;
        ``texts`` is not needed: the words are in the values)."""
        fmt, article_ids, strings, words, ints, flags = values
        if fmt != FORMAT:
            raise ValueError("not a quote table")
        if not trusted and not all(isinstance(s, str) for s in (*article_ids, *strings)):
            raise ValueError("not a quote table")
        if not isinstance(words, bytes | bytearray):
            raise TypeError("quote words are not bytes")
        table = cls()
        table.article_ids = list(article_ids)
        table.strings = list(strings)
        table._words = words
        table._ints = _column(ints, "i")
        table._bytes = _column(flags, "b")
        if not trusted:
            table._check()
        return table

    def _check(self) -> None:
        """Every code names something (a slice past its text only reads short)."""
        n = len(self)
        if len(self._ints) != n * _W or len(self._bytes) != n * _B:
            raise ValueError("quote table rows differ in length")
        if not n:
            return
        limits = (
            ("arts", 0, len(self.article_ids)),
            ("speakers", -1, len(self.strings)),
            ("mentions", -1, len(self.strings)),
            ("cues", -1, len(self.strings)),
            ("tstarts", 0, len(self._words) + 1),
            ("tends", 0, len(self._words) + 1),
            ("kinds", 0, len(KIND_CODES)),
            ("hows", -1, len(HOW_CODES)),
            ("confs", -1, len(CONFIDENCE_CODES)),
            ("copies", 0, 2),
        )
        for name, lo, hi in limits:
            column = self.column(name)
            if min(column) < lo or max(column) >= hi:
                raise ValueError("quote table code out of range")


def _first_rows(key: Any, span: int) -> tuple[Any, Any]:
    """Of an int64 numpy array ``key`` (values below ``span``): the first row of each
    distinct value (in the values' order) and per row its value's position among
    them. Counted in a table when the values are few for the rows, else sorted (no
    stable sort: the first row of each is the least of its rows)."""
    import numpy as np

    n = len(key)
    if span <= 4 * n + 1024:
        first = np.full(span, n, dtype=np.int64)
        np.minimum.at(first, key, np.arange(n, dtype=np.int64))
        used = np.flatnonzero(first < n)
        dense = np.zeros(span, dtype=np.int64)
        dense[used] = np.arange(len(used), dtype=np.int64)
        return first[used], dense[key]
    order = np.argsort(key)
    ranked = key[order]
    new = np.empty(n, dtype=bool)
    new[:1] = True
    np.not_equal(ranked[1:], ranked[:-1], out=new[1:])
    starts = np.flatnonzero(new)
    inverse = np.empty(n, dtype=np.int64)
    inverse[order] = np.cumsum(new) - 1
    first = np.minimum.reduceat(order, starts) if n else order
    return first, inverse


def _column(values: bytes | array, typecode: str) -> array:
    """A column as read back: an array of ``typecode`` is taken as it is (no copy)."""
    if isinstance(values, array) and values.typecode == typecode:
        return values
    column = array(typecode)
    column.frombytes(memoryview(values).cast("B"))
    return column


class TextColumn(Sequence[str]):
    """The words of every quote of a table, sliced from the article texts when read."""

    __slots__ = ("_table",)

    def __init__(self, table: QuoteTable) -> None:
        self._table = table

    def __len__(self) -> int:
        return len(self._table)

    @overload
    def __getitem__(self, i: int) -> str: ...
    @overload
    def __getitem__(self, i: slice) -> list[str]: ...
    def __getitem__(self, i: int | slice) -> str | list[str]:
        if isinstance(i, slice):
            return [self._table.text(j) for j in range(*i.indices(len(self)))]
        return self._table.text(i)

    def __iter__(self) -> Iterator[str]:
        # Sliced from the columns, not through ``text(i)``: the speaker merge reads
        # every quote's words once per load (its word count: a fifth faster so).
        words, starts, ends = self.spans()
        spans = zip(starts, ends, strict=True)
        return (words[a:b].decode("utf-8", "surrogatepass") for a, b in spans)

    def spans(self) -> tuple[bytes | bytearray, array, array]:
        """The words as the table holds them (UTF-8, one quote's after another, with
        gaps where dropped quotes were) and where each quote's start and end: to hand
        them to another process without decoding every one here."""
        table = self._table
        return table._words, table.column("tstarts"), table.column("tends")


class QuoteRow:
    """One quote of a :class:`QuoteTable`, read from (and written to) its rows.

    Has the attributes of :class:`~tui.core.model.Quote`; equal to a ``Quote`` (or a
    row) with the same values. :meth:`to_quote` makes a detached ``Quote``.
    """

    __slots__ = ("_i", "_t")

    def __init__(self, table: QuoteTable, i: int) -> None:
        self._t = table
        self._i = i

    def _set(self, field: int, value: int) -> None:
        self._t._ints[self._i * _W + field] = value

    def _flag(self, field: int) -> int:
        return self._t._bytes[self._i * _B + field]

    def _set_flag(self, field: int, value: int) -> None:
        self._t._bytes[self._i * _B + field] = value

    @property
    def row(self) -> int:
        """Position in its table."""
        return self._i

    @property
    def id(self) -> int:
        return self._t.get(self._i, _ID)

    @id.setter
    def id(self, value: int) -> None:
        self._set(_ID, value)

    @property
    def article(self) -> str:
        return self._t.article_ids[self._t.get(self._i, _ART)]

    @property
    def start(self) -> int:
        return self._t.get(self._i, _START)

    @property
    def end(self) -> int:
        return self._t.get(self._i, _END)

    @property
    def text(self) -> str:
        return self._t.text(self._i)

    @property
    def paragraph(self) -> int:
        return self._t.get(self._i, _PARA)

    @property
    def last_paragraph(self) -> int:
        return self._t.get(self._i, _LAST)

    @property
    def kind(self) -> str:
        return KIND_CODES[self._flag(_KND)]

    @property
    def speaker(self) -> str | None:
        return self._t._name(self._i, _SPK)

    @speaker.setter
    def speaker(self, value: str | None) -> None:
        self._set(_SPK, self._t._string(value))

    @property
    def speaker_mention(self) -> str | None:
        return self._t._name(self._i, _MEN)

    @property
    def cue(self) -> str | None:
        return self._t._name(self._i, _CUE)

    @property
    def speaker_how(self) -> str | None:
        c = self._flag(_HW)
        return None if c < 0 else HOW_CODES[c]

    @property
    def confidence(self) -> str | None:
        c = self._flag(_CNF)
        return None if c < 0 else CONFIDENCE_CODES[c]

    @confidence.setter
    def confidence(self, value: str | None) -> None:
        self._set_flag(_CNF, _code(_CONFIDENCE, value, "confidence"))

    @property
    def group(self) -> int | None:
        g = self._t.get(self._i, _GROUP)
        return None if g < 0 else g

    @group.setter
    def group(self, value: int | None) -> None:
        self._set(_GROUP, -1 if value is None else value)

    @property
    def copy(self) -> bool:
        return bool(self._flag(_CPY))

    @copy.setter
    def copy(self, value: bool) -> None:
        self._set_flag(_CPY, 1 if value else 0)

    def values(self) -> tuple[Any, ...]:
        """The field values, in ``Quote``'s field order."""
        return tuple(getattr(self, name) for name in QUOTE_FIELDS)

    def to_quote(self) -> Quote:
        return Quote(*self.values())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, QuoteRow):
            return (other._t is self._t and other._i == self._i) or self.values() == other.values()
        if isinstance(other, Quote):
            return self.values() == tuple(getattr(other, n) for n in QUOTE_FIELDS)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        inner = ", ".join(f"{n}={v!r}" for n, v in zip(QUOTE_FIELDS, self.values(), strict=True))
        return f"QuoteRow({inner})"
