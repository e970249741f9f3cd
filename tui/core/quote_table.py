"""Quotes held in columns: a million quotes in tens of megabytes, not gigabytes.

A ``Quote`` object per quote costs a Python object, a dict-like slot row, an ``int``
per offset and a copy of the quote's words: about a kilobyte each once the search index
and the corpus tables hold them too. A :class:`QuoteTable` keeps one ``array`` per
field instead: offsets and paragraph numbers as machine ints, kind/how/confidence as
small codes, speaker/mention/cue names as codes into one list of distinct strings, and
the words *not at all* when they are a plain slice of the article's text (they nearly
always are): they are sliced from it when read.

``table[i]`` is a :class:`QuoteRow`, a two-slot view reading (and, for the fields the
corpus sets after attribution, writing) the columns, with the attribute names of
``Quote``; code written for ``Quote`` objects reads rows unchanged. Code that scans
every quote should use the column helpers (:meth:`QuoteTable.kinds`,
:meth:`QuoteTable.texts`, ...), which make no row objects at all.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import fields
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
_INT_COLUMNS = ("ids", "arts", "starts", "ends", "tstarts", "tends", "paras", "lasts")
_INT_COLUMNS += ("speakers", "mentions", "cues", "groups")
_BYTE_COLUMNS = ("kinds", "hows", "confs")
FORMAT = 1
"""Version of :meth:`QuoteTable.pack`'s layout."""


def _code(codes: dict[str, int], value: str | None, name: str) -> int:
    if value is None:
        return -1
    try:
        return codes[value]
    except KeyError:
        raise ValueError(f"unknown quote {name}: {value!r}") from None


class QuoteTable(Sequence["QuoteRow"]):
    """The quotes of a corpus (or of one file), one array per field.

    Article ids are codes into :attr:`article_ids`; the article texts (``texts``, same
    order) are what quote words are sliced from: the table holds the same ``str``
    objects as the articles, never copies.
    """

    def __init__(self) -> None:
        self.article_ids: list[str] = []
        self._texts: list[str] = []
        self._article_code: dict[str, int] = {}
        self.strings: list[str] = []
        """Speaker names, mentions and cues, each once; the columns hold codes."""
        self._string_code: dict[str, int] = {}
        self._extra: list[str] = []
        """Quote words that are not one slice of their article (joined paragraphs)."""
        for name in _INT_COLUMNS:
            setattr(self, name, array("i"))
        for name in _BYTE_COLUMNS:
            setattr(self, name, array("b"))
        self.copies = bytearray()

    # -- building --------------------------------------------------------------------

    @classmethod
    def from_quotes(
        cls, quotes: Iterable[Quote | QuoteRow], texts: Mapping[str, str] | None = None
    ) -> QuoteTable:
        """A table of ``quotes``; ``texts`` maps article ids to their text (quotes of an
        article not in it keep their words as a string of their own)."""
        table = cls()
        table.extend(quotes, texts)
        return table

    def article_code(self, article_id: str, text: str | None = None) -> int:
        """The code of ``article_id``, added (with its ``text``) when new."""
        code = self._article_code.get(article_id)
        if code is None:
            code = self._article_code[article_id] = len(self.article_ids)
            self.article_ids.append(article_id)
            self._texts.append(text if text is not None else "")
        elif text is not None and not self._texts[code]:
            self._texts[code] = text
        return code

    def _string(self, value: str | None) -> int:
        if value is None:
            return -1
        code = self._string_code.get(value)
        if code is None:
            code = self._string_code[value] = len(self.strings)
            self.strings.append(value)
        return code

    def extend(
        self, quotes: Iterable[Quote | QuoteRow], texts: Mapping[str, str] | None = None
    ) -> None:
        """Append ``quotes``, in order."""
        texts = texts or {}
        for q in quotes:
            self.append(q, texts.get(q.article))

    def append(self, q: Quote | QuoteRow, article_text: str | None = None) -> None:
        """Append one quote; ``article_text`` is its article's text, if known."""
        art = self.article_code(q.article, article_text)
        source = self._texts[art]
        lo = source.find(q.text, q.start, q.end) if q.text and source else -1
        if lo < 0:
            lo, hi = -1 - len(self._extra), 0
            self._extra.append(q.text)
        else:
            hi = lo + len(q.text)
        self.ids.append(q.id)
        self.arts.append(art)
        self.starts.append(q.start)
        self.ends.append(q.end)
        self.tstarts.append(lo)
        self.tends.append(hi)
        self.paras.append(q.paragraph)
        self.lasts.append(q.last_paragraph)
        self.kinds.append(_code(_KIND, q.kind, "kind"))
        self.speakers.append(self._string(q.speaker))
        self.mentions.append(self._string(q.speaker_mention))
        self.cues.append(self._string(q.cue))
        self.hows.append(_code(_HOW, q.speaker_how, "speaker_how"))
        self.confs.append(_code(_CONFIDENCE, q.confidence, "confidence"))
        self.groups.append(-1 if q.group is None else q.group)
        self.copies.append(1 if q.copy else 0)

    def select(self, rows: Iterable[int]) -> QuoteTable:
        """A new table of these rows (in this order), sharing the article texts."""
        out = QuoteTable()
        for i in rows:
            out.append(self[i], self._texts[self.arts[i]])
        return out

    # -- reading ----------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.ids)

    @overload
    def __getitem__(self, i: int) -> QuoteRow: ...
    @overload
    def __getitem__(self, i: slice) -> list[QuoteRow]: ...
    def __getitem__(self, i: int | slice) -> QuoteRow | list[QuoteRow]:
        if isinstance(i, slice):
            return [QuoteRow(self, j) for j in range(*i.indices(len(self)))]
        n = len(self.ids)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("quote index out of range")
        return QuoteRow(self, i)

    def __iter__(self) -> Iterator[QuoteRow]:
        return (QuoteRow(self, i) for i in range(len(self.ids)))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, QuoteTable | list | tuple):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"<QuoteTable of {len(self)} quotes from {len(self.article_ids)} articles>"

    @property
    def held_texts(self) -> int:
        """How many quotes keep their words as a string of their own (not a slice)."""
        return len(self._extra)

    def text(self, i: int) -> str:
        """The words of quote ``i``, sliced from its article's text."""
        lo = self.tstarts[i]
        if lo < 0:
            return self._extra[-1 - lo]
        return self._texts[self.arts[i]][lo : self.tends[i]]

    def texts(self) -> TextColumn:
        """Every quote's words as a sequence, each sliced when read."""
        return TextColumn(self)

    def article_of(self, i: int) -> str:
        return self.article_ids[self.arts[i]]

    def speaker(self, i: int) -> str | None:
        c = self.speakers[i]
        return None if c < 0 else self.strings[c]

    def speaker_names(self) -> list[str | None]:
        """Every quote's speaker (None without one), in order."""
        strings = self.strings
        return [None if c < 0 else strings[c] for c in self.speakers]

    def kind_names(self) -> list[str]:
        return [KIND_CODES[c] for c in self.kinds]

    def confidence_names(self) -> list[str | None]:
        return [None if c < 0 else CONFIDENCE_CODES[c] for c in self.confs]

    def count_kind(self, kind: str) -> int:
        return self.kinds.count(_KIND[kind])

    def counts_by_article(self) -> dict[str, int]:
        """How many quotes each article has (articles without quotes left out)."""
        counts = [0] * len(self.article_ids)
        for a in self.arts:
            counts[a] += 1
        ids = self.article_ids
        return {ids[a]: n for a, n in enumerate(counts) if n}

    def rows_by_article(self) -> dict[str, array]:
        """Row numbers of each article's quotes, in table order."""
        out: dict[int, array] = {}
        for i, a in enumerate(self.arts):
            rows = out.get(a)
            if rows is None:
                rows = out[a] = array("i")
            rows.append(i)
        ids = self.article_ids
        return {ids[a]: rows for a, rows in out.items()}

    # -- packing (plain values: what a cache can marshal) -----------------------------

    def pack(self) -> tuple:
        """This table as plain values (bytes, lists of str); article texts not included."""
        columns = tuple(getattr(self, n).tobytes() for n in (*_INT_COLUMNS, *_BYTE_COLUMNS))
        return (FORMAT, self.article_ids, self.strings, self._extra, columns, bytes(self.copies))

    @classmethod
    def unpack(cls, values: tuple, texts: Mapping[str, str]) -> QuoteTable:
        """The table :meth:`pack` gave; raises ValueError/TypeError on a malformed one."""
        fmt, article_ids, strings, extra, columns, copies = values
        if fmt != FORMAT or not all(isinstance(s, str) for s in (*article_ids, *strings, *extra)):
            raise ValueError("not a quote table")
        table = cls()
        for article_id in article_ids:
            table.article_code(article_id, texts.get(article_id, ""))
        table.strings = list(strings)
        table._string_code = {s: i for i, s in enumerate(table.strings)}
        table._extra = list(extra)
        names = (*_INT_COLUMNS, *_BYTE_COLUMNS)
        if len(columns) != len(names):
            raise ValueError("not a quote table")
        for name, raw in zip(names, columns, strict=True):
            column = getattr(table, name)
            column.frombytes(raw)
        table.copies = bytearray(copies)
        table._check()
        return table

    def _check(self) -> None:
        n = len(self.ids)
        if any(len(getattr(self, c)) != n for c in (*_INT_COLUMNS, *_BYTE_COLUMNS)):
            raise ValueError("quote table columns differ in length")
        if len(self.copies) != n:
            raise ValueError("quote table columns differ in length")
        limits = (
            (self.arts, 0, len(self.article_ids)),
            (self.speakers, -1, len(self.strings)),
            (self.mentions, -1, len(self.strings)),
            (self.cues, -1, len(self.strings)),
            (self.kinds, 0, len(KIND_CODES)),
            (self.hows, -1, len(HOW_CODES)),
            (self.confs, -1, len(CONFIDENCE_CODES)),
        )
        for column, lo, hi in limits:
            if n and (min(column) < lo or max(column) >= hi):
                raise ValueError("quote table code out of range")
        if n and min(self.tstarts) < -len(self._extra):
            raise ValueError("quote table text out of range")
        for i in range(n):
            lo = self.tstarts[i]
            if lo >= 0 and not 0 <= lo <= self.tends[i] <= len(self._texts[self.arts[i]]):
                raise ValueError("quote words outside their article")


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
        text = self._table.text
        return (text(i) for i in range(len(self._table)))


class QuoteRow:
    """One quote of a :class:`QuoteTable`, read from (and written to) its columns.

    Has the attributes of :class:`~tui.core.model.Quote`; equal to a ``Quote`` (or a
    row) with the same values. :meth:`to_quote` makes a detached ``Quote``.
    """

    __slots__ = ("_i", "_t")

    def __init__(self, table: QuoteTable, i: int) -> None:
        self._t = table
        self._i = i

    @property
    def row(self) -> int:
        """Position in its table."""
        return self._i

    @property
    def id(self) -> int:
        return self._t.ids[self._i]

    @id.setter
    def id(self, value: int) -> None:
        self._t.ids[self._i] = value

    @property
    def article(self) -> str:
        t = self._t
        return t.article_ids[t.arts[self._i]]

    @property
    def start(self) -> int:
        return self._t.starts[self._i]

    @property
    def end(self) -> int:
        return self._t.ends[self._i]

    @property
    def text(self) -> str:
        return self._t.text(self._i)

    @property
    def paragraph(self) -> int:
        return self._t.paras[self._i]

    @property
    def last_paragraph(self) -> int:
        return self._t.lasts[self._i]

    @property
    def kind(self) -> str:
        return KIND_CODES[self._t.kinds[self._i]]

    @property
    def speaker(self) -> str | None:
        return self._t.speaker(self._i)

    @speaker.setter
    def speaker(self, value: str | None) -> None:
        self._t.speakers[self._i] = self._t._string(value)

    @property
    def speaker_mention(self) -> str | None:
        c = self._t.mentions[self._i]
        return None if c < 0 else self._t.strings[c]

    @property
    def cue(self) -> str | None:
        c = self._t.cues[self._i]
        return None if c < 0 else self._t.strings[c]

    @property
    def speaker_how(self) -> str | None:
        c = self._t.hows[self._i]
        return None if c < 0 else HOW_CODES[c]

    @property
    def confidence(self) -> str | None:
        c = self._t.confs[self._i]
        return None if c < 0 else CONFIDENCE_CODES[c]

    @confidence.setter
    def confidence(self, value: str | None) -> None:
        self._t.confs[self._i] = _code(_CONFIDENCE, value, "confidence")

    @property
    def group(self) -> int | None:
        g = self._t.groups[self._i]
        return None if g < 0 else g

    @group.setter
    def group(self, value: int | None) -> None:
        self._t.groups[self._i] = -1 if value is None else value

    @property
    def copy(self) -> bool:
        return bool(self._t.copies[self._i])

    @copy.setter
    def copy(self, value: bool) -> None:
        self._t.copies[self._i] = 1 if value else 0

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
