"""``load_corpus``: files in, attributed quotes and merged speakers out.

This is the one entry point the CLI, the app and scripts use; it strings the loader,
the extractor, attribution and name merging together and reports progress so a UI
can show a bar while it runs.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import itertools
import os
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.core import scratch
from tui.core.cache import TEXTS_FILE, Store, pack_corpus, snapshot_key, unpack_corpus
from tui.core.dedupe import Fingerprint, NearCopies, drop_identical, mark_copied_quotes
from tui.core.extract import FileResult
from tui.core.gather import Extract, FileKeys, file_keys, gather
from tui.core.groups import group_quotes, quote_form
from tui.core.interned import Interned
from tui.core.loader import discover
from tui.core.model import Article, Problem, Quote, Speaker
from tui.core.parallel import EarlyWorkers, PostingsAside, in_workers
from tui.core.postings import Postings, pack_postings, unpack_postings, word_postings
from tui.core.quote_table import QuoteRow, QuoteTable
from tui.core.text_store import TextStore

if TYPE_CHECKING:
    from tui.core.attribution import RoleBook


def __getattr__(name: str) -> Any:
    """``merge_speakers``, imported when a cold load first merges speakers, not with
    this module: importing attribution (some 300 regular expressions compiled, a third
    of a second) is no part of a warm load, which reads the assembled corpus back."""
    if name != "merge_speakers":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from tui.core.attribution import merge_speakers

    return globals().setdefault(name, merge_speakers)


def _merge_speakers() -> Callable[..., list[Speaker]]:
    """This module's ``merge_speakers`` as called: the lazy import, or what replaced it."""
    found = globals().get("merge_speakers")
    return found if found is not None else __getattr__("merge_speakers")


def _role_book() -> RoleBook:
    from tui.core.attribution import RoleBook

    return RoleBook()


Progress = Callable[[int, int], None]
"""Called as ``progress(done, total)`` with a count of files."""


def seeds_path() -> Path:
    """The bundled seed corpus, wherever the package was installed."""
    try:
        return Path(str(resources.files("tui.seeds")))
    except ModuleNotFoundError:
        # A source checkout used without installing: seeds/ sits beside tui/.
        return Path(__file__).resolve().parents[2] / "seeds"


@dataclass(slots=True)
class Corpus:
    """Everything loaded: articles, their quotes, the speakers and what went wrong.

    ``quotes`` is a :class:`~tui.core.quote_table.QuoteTable` (a list of ``Quote``
    given to the constructor becomes one): ``quotes[i]`` is a row with ``Quote``'s
    attributes, and quote ``i`` has id ``i``.
    """

    articles: list[Article] = field(default_factory=list)
    quotes: QuoteTable = field(default_factory=QuoteTable)
    speakers: list[Speaker] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    groups: list[list[int]] = field(default_factory=list)
    """Quote ids of each quote group (the same words in several articles)."""
    counted_quotes: int = 0
    """Quotes counted once: those of near-copies that their original has are left out."""
    postings: Postings | None = field(default=None, repr=False)
    """The search index's word lists when the cache had them (see ``tui.core.postings``)."""
    _by_id: dict[str, Article] = field(default_factory=dict, repr=False)
    _quotes_by_article: dict[str, array] = field(default_factory=dict, repr=False)
    _speakers_by_name: dict[str, Speaker] = field(default_factory=dict, repr=False)
    _articles_by_speaker: dict[str, set[str]] = field(default_factory=dict, repr=False)
    _main_speakers: dict[str, list[str]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if not isinstance(self.quotes, QuoteTable):
            texts = {a.id: a.text for a in self.articles}
            self.quotes = QuoteTable.from_quotes(self.quotes, texts)
        self.reindex()

    def reindex(self) -> None:
        """Rebuild the look-up tables after the lists changed."""
        self._by_id = {a.id: a for a in self.articles}
        table = self.quotes
        self._quotes_by_article = table.rows_by_article()
        self._articles_by_speaker = table.speakers_by_article()
        self._main_speakers = {}
        self.counted_quotes = table.counted()
        self._speakers_by_name = {}
        for s in self.speakers:
            self._speakers_by_name[s.name] = s
            for alias in s.aliases:
                self._speakers_by_name.setdefault(alias, s)

    def article(self, article_id: str) -> Article:
        return self._by_id[article_id]

    def quotes_in(self, article_id: str) -> list[QuoteRow]:
        rows = self._quotes_by_article.get(article_id)
        return [] if rows is None else [self.quotes[i] for i in rows]

    def speaker(self, name: str) -> Speaker | None:
        """The speaker called ``name`` or having it as an alias."""
        return self._speakers_by_name.get(name)

    def main_speakers(self, article_id: str, n: int = 3) -> list[str]:
        """The ``n`` speakers quoted most in one article, most quoted first.

        Ranked once per article and kept: the article list asks for every row it draws.
        """
        ranked = self._main_speakers.get(article_id)
        if ranked is None:
            counts: dict[str, int] = {}
            for q in self.quotes_in(article_id):
                if q.speaker:
                    counts[q.speaker] = counts.get(q.speaker, 0) + 1
            ranked = sorted(counts, key=lambda s: (-counts[s], s))
            self._main_speakers[article_id] = ranked
        return ranked[:n]

    def group_quotes(self, quote: Quote) -> list[Quote]:
        """Every quote in ``quote``'s group (itself included), in corpus order."""
        if quote.group is None:
            return []
        return [self.quotes[i] for i in self.groups[quote.group]]

    def also_in(self, quote: Quote) -> int:
        """How many other articles ran ``quote`` (0 when it is in no group)."""
        return len({q.article for q in self.group_quotes(quote)} - {quote.article})

    def earliest(self, quote: Quote) -> Quote | None:
        """The group's first appearance: the earliest dated article, else the first loaded."""
        members = self.group_quotes(quote)
        if not members:
            return None
        dates = [article_date(self.article(q.article)) for q in members]
        known = [(d, i) for i, d in enumerate(dates) if d is not None]
        return members[min(known)[1]] if known else members[0]

    def articles_quoting(self, names: set[str] | frozenset[str]) -> list[Article]:
        """Articles with at least one quote by one of ``names``, in corpus order.

        Answered from a speaker -> articles table, so ticking a speaker in the UI does
        not rescan every quote.
        """
        codes: set[int] = set()
        for name in names:
            codes.update(self._articles_by_speaker.get(name, ()))
        ids = {self.quotes.article_ids[c] for c in codes}
        return [a for a in self.articles if a.id in ids] if ids else []


def article_date(article: Article) -> dt.date | None:
    """The article's date when it reads as one (ISO dates, RFC 2822 as in feeds)."""
    raw = (article.date or "").strip()
    if not raw:
        return None
    try:
        return dt.date.fromisoformat(raw[:10])
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(raw).date()
    except (TypeError, ValueError, IndexError):
        return None


def _unique_id(article: Article, taken: set[str]) -> None:
    if article.id not in taken:
        taken.add(article.id)
        return
    n = 2
    while f"{article.id}~{n}" in taken:
        n += 1
    article.id = f"{article.id}~{n}"
    taken.add(article.id)


def load_corpus(
    paths: Sequence[str | Path] | str | Path | None = None,
    progress: Progress | None = None,
    read_as: str | None = None,
    *,
    cache: bool = False,
    workers: int | None = None,
    later: list[Callable[[], None]] | None = None,
    extract: Extract | None = None,
) -> Corpus:
    """Load articles from files or folders (the seeds when ``paths`` is empty), or a
    store written by ``quotescope export`` (``paths`` is then that one folder).

    ``read_as`` is the format for files named directly whose suffix is not an article
    format (``quotescope --as txt notes.log``). ``cache`` reads and writes the
    extraction cache (see ``tui.core.cache``); ``workers`` caps the worker processes
    of a large load (default: every core; 1 keeps it in this process); ``extract``
    replaces those workers (``tui.core.on_dask`` passes a Dask cluster's). With a
    ``later`` list, writing the warm-start snapshot is left to the functions put in
    it, for the caller to run once the corpus is on screen (the corpus must not
    change before), and compressing the per-file cache's shards, written while the
    files load, with it.

    Never raises for bad input: unreadable or unusable files land in
    ``corpus.problems`` with a reason and the load goes on.
    """
    if paths is None or (not isinstance(paths, str | Path) and len(paths) == 0):
        paths = [seeds_path()]
    elif isinstance(paths, str | Path):
        paths = [paths]
    from tui.core.store import open_if_store  # lazy: a store is rare, its reader heavy

    stored = open_if_store(paths, progress)
    if stored is not None:
        return stored
    with collector_paused():
        return _load(paths, progress, read_as, cache, workers, later, extract)


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while a corpus is built.

    A load makes millions of objects that all live on (articles, quotes, paragraphs)
    and no cycles of garbage; each full collection on the way rescans all of them,
    a third of the parent's time in a cold load of 15k articles. Objects are still
    freed by reference counting.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _load(
    paths: Sequence[str | Path],
    progress: Progress | None,
    read_as: str | None,
    cache: bool,
    workers: int | None,
    later: list[Callable[[], None]] | None,
    extract: Extract | None,
) -> Corpus:
    store = Store.for_paths(paths, read_as) if cache else None
    early = None
    # A cache that never held these paths: a cold load, whose workers start as soon as
    # enough files are found (a load the cache has seen starts them once it knows).
    if extract is None and (store is None or store.read_shard_count() is None):
        early = EarlyWorkers(workers)
    try:
        return _load_files(paths, progress, read_as, store, workers, later, extract, early)
    finally:
        if early is not None:  # (when no file went to them: a small load, a warm one)
            early.close()


def _load_files(
    paths: Sequence[str | Path],
    progress: Progress | None,
    read_as: str | None,
    store: Store | None,
    workers: int | None,
    later: list[Callable[[], None]] | None,
    extract: Extract | None,
    early: EarlyWorkers | None,
) -> Corpus:
    """``_load`` with its cache (``store``, None without) and early workers."""
    stats: dict[str, os.stat_result] = {}  # each file's, taken once to list it
    files, problems = discover(paths, read_as, stats, early.found if early else None)
    if store is not None:  # what a load that died (or was left behind) left there
        scratch.sweep(store.folder)
    if store is None:
        texts = TextStore.temporary()
        results = gather(
            files, read_as, progress, workers=workers, extract=extract, texts=texts, early=early
        )
        return assemble(results, problems)
    # A cold load in worker processes leaves hashing new files to them (file_keys).
    defer = extract is None and in_workers(len(files), workers)
    keys = file_keys(files, store, defer, stats)
    del stats
    key = snapshot_key(files, keys)
    warm = _stored(store, key) if key is not None else None
    if warm is not None:
        # Nothing changed since the last load: the assembled corpus as it was stored.
        if progress:
            progress(len(files), len(files))
        warm.problems[:0] = problems
        return warm
    try:
        texts = TextStore.temporary(store.folder)
    except OSError:  # no cache folder to write in: the texts go to a temporary file
        texts = TextStore.temporary()
    if later is not None:  # shards are compressed once the corpus is on screen
        store.pack_later = True
        later.append(store.pack_shards)
    final: list[bytes | None] = [key]  # the snapshot's key, once every hash is in

    def keyed(listed: Sequence[tuple[Path, str]], done: FileKeys) -> None:
        final[0] = snapshot_key(listed, done)

    results = gather(
        files, read_as, progress, store, keys, workers, extract, texts, keyed, early=early
    )
    del files, keys  # gather holds them while it needs them: not while the corpus is made
    corpus = _assembled(results, store, final, texts, workers, later)
    corpus.problems[:0] = problems
    return corpus


def _assembled(
    results: Iterable[FileResult],
    store: Store,
    final: list[bytes | None],
    texts: TextStore,
    workers: int | None,
    later: list[Callable[[], None]] | None,
) -> Corpus:
    """A cold load's corpus from ``gather``'s ``results``, its search index's words
    built aside meanwhile, and its snapshot saved (now, or by ``later``) when every
    file's hash is in (``final``: the snapshot's key then)."""
    aside: list[PostingsAside] = []

    def words_final(words: Sequence[str]) -> None:
        if final[0] is not None:
            aside.append(PostingsAside(words, workers, store.folder))

    try:
        # The index's words start in another process as soon as the quotes' words
        # are final, while this one merges speakers and groups quotes.
        corpus = assemble(results, [], words_final)
        if final[0] is not None:
            corpus.postings = aside[0].result() if aside else word_postings(corpus.quotes.texts())
    finally:
        for pending in aside:
            pending.close()
    if final[0] is not None:
        save = partial(_save_snapshot, store, final[0], corpus, list(corpus.problems), texts)
        if later is None:
            save()
        else:  # the shards were written during the load
            later.insert(0, save)
    return corpus


def _stored(store: Store, key: bytes) -> Corpus | None:
    """The corpus stored under ``key``, with its search index's words when they hold."""
    warm = unpack_corpus(store.read_snapshot(key), store.folder)
    if warm is None:
        return None
    corpus = Corpus(*warm)
    # None when a section is damaged: the words are folded again.
    corpus.postings = unpack_postings(store.read_snapshot(key, "index"), len(corpus.quotes))
    return corpus


def _save_snapshot(
    store: Store, key: bytes, corpus: Corpus, problems: list[Problem], texts: TextStore
) -> None:
    """Store the assembled corpus and its index's words, its article texts staying in
    the texts file they were written to (kept in the store); an unwritable cache is
    only slower next time."""
    if not texts.keep(store.folder / TEXTS_FILE):
        return
    parts = (corpus.articles, corpus.quotes, corpus.speakers, problems, corpus.groups)
    with contextlib.suppress(OSError):
        store.write_snapshot(key, pack_corpus(*parts, texts))
        if corpus.postings is not None:
            store.write_snapshot(key, pack_postings(corpus.postings), "index")


@dataclass
class _Gathered:
    """What ``assemble`` keeps as the files come in, before copies are dropped."""

    articles: list[Article] = field(default_factory=list)
    prints: list[Fingerprint] = field(default_factory=list)
    table: QuoteTable = field(default_factory=QuoteTable)  # every file's quotes, as columns
    forms: Interned = field(default_factory=Interned)  # each quote's group form, each once
    taken: set[str] = field(default_factory=set)
    roles: RoleBook = field(default_factory=_role_book)  # who each role names, corpus-wide
    wholes: set[bytes] = field(default_factory=set)  # whole-text hashes (drop_identical's)
    words: array = field(default_factory=lambda: array("i"))  # each quote's word count
    near: NearCopies = field(default_factory=NearCopies)  # syndicated copies
    copies: int = 0

    def take(self, result: FileResult) -> None:
        """One file's (or batch's) result, put in with ids made unique."""
        if not result.articles and not len(result.quotes):  # a joined batch's other files
            return
        self.prints.extend(result.prints)
        self.forms.extend(
            result.forms if result.forms is not None else (quote_form(q) for q in result.quotes)
        )
        part = result.quotes
        if not isinstance(part, QuoteTable):
            part = QuoteTable.from_quotes(part, {a.id: a.text for a in result.articles})
        renamed: dict[str, str] = {}
        for article, print_, article_ties in zip(
            result.articles, result.prints, result.roles, strict=True
        ):
            old = article.id
            _unique_id(article, self.taken)
            if article.id != old:
                renamed[old] = article.id
            self.articles.append(article)
            # Done as the files come in, not after the last, for the articles that
            # drop_identical keeps (the first with a whole text): an identical copy's
            # ties are not counted again, nor is it marked as a near-copy.
            if print_[0] not in self.wholes:
                self.wholes.add(print_[0])
                self.roles.add(article_ties)
                self.copies += self.near.add(article, print_[1])
        self.table.add_table(part, renamed)
        # Counted as the files come in (by the worker when it did), not in the
        # speaker merge after the last.
        if result.words is not None and len(result.words) == len(part):
            self.words.extend(result.words)
        else:
            self.words.extend([len(text.split()) for text in part.texts()])


def assemble(
    results: Iterable[FileResult],
    problems: list[Problem],
    words_final: Callable[[Sequence[str]], None] | None = None,
) -> Corpus:
    """Put per-file results together: unique ids, copies, speakers and quote groups.

    ``words_final`` is called with every quote's words, in corpus order, as soon as
    they are final (copies dropped), before speakers are merged and quotes grouped."""
    got = _Gathered()
    for result in results:
        problems.extend(result.problems)
        got.take(result)
    table, forms, words, roles, copies = got.table, got.forms, got.words, got.roles, got.copies
    articles, _, dropped = drop_identical(got.articles, got.prints)
    del got  # (its table, forms and words are let go of as they are cut down)
    if dropped:
        ids = table.article_ids
        kept = [ids[a] not in dropped for a in table.column("arts")]
        forms = forms.keep(kept)
        words = array("i", itertools.compress(words, kept))
        table = table.without_articles(dropped)
    table.renumber()
    if words_final is not None:
        words_final(table.texts())
    speakers = _merge_speakers()(articles, table, roles, words)
    if copies:
        # The quotes of the near-copies and of their originals, no others.
        wanted = {i for a in articles if a.copy_of is not None for i in (a.id, a.copy_of)}
        rows = table.rows_by_article()
        by_article = {a: [table[i] for i in rows[a]] for a in wanted if a in rows}
        if mark_copied_quotes(articles, by_article):
            speakers = _discount_copies(speakers, table)
    groups = group_quotes(table, forms)
    return Corpus(
        articles=articles, quotes=table, speakers=speakers, problems=problems, groups=groups
    )


def _discount_copies(speakers: list[Speaker], quotes: QuoteTable) -> list[Speaker]:
    """Take the quotes of near-copies back out of the speaker counts."""
    by_name = {s.name: s for s in speakers}
    copies = (quotes[i] for i, copy in enumerate(quotes.column("copies")) if copy)
    for q in copies:
        if q.speaker in by_name:
            speaker = by_name[q.speaker]
            speaker.quote_count -= 1
            speaker.word_count -= len(q.text.split())
    return sorted(speakers, key=lambda s: (-s.quote_count, s.name))
