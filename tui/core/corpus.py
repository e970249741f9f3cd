"""``load_corpus``: files in, attributed quotes and merged speakers out.

This is the one entry point the CLI, the app and scripts use; it strings the loader,
the extractor, attribution and name merging together and reports progress so a UI
can show a bar while it runs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from tui.core.attribution import RoleBook, attribute_quotes, merge_speakers
from tui.core.loader import discover, load_file
from tui.core.model import Article, Problem, Quote, Speaker
from tui.core.quotes import extract_quotes

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
    """Everything loaded: articles, their quotes, the speakers and what went wrong."""

    articles: list[Article] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    _by_id: dict[str, Article] = field(default_factory=dict, repr=False)
    _quotes_by_article: dict[str, list[Quote]] = field(default_factory=dict, repr=False)
    _speakers_by_name: dict[str, Speaker] = field(default_factory=dict, repr=False)
    _articles_by_speaker: dict[str, set[str]] = field(default_factory=dict, repr=False)
    _main_speakers: dict[str, list[str]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.reindex()

    def reindex(self) -> None:
        """Rebuild the look-up tables after the lists changed."""
        self._by_id = {a.id: a for a in self.articles}
        self._quotes_by_article = {}
        self._articles_by_speaker = {}
        self._main_speakers = {}
        for q in self.quotes:
            self._quotes_by_article.setdefault(q.article, []).append(q)
            if q.speaker:
                self._articles_by_speaker.setdefault(q.speaker, set()).add(q.article)
        self._speakers_by_name = {}
        for s in self.speakers:
            self._speakers_by_name[s.name] = s
            for alias in s.aliases:
                self._speakers_by_name.setdefault(alias, s)

    def article(self, article_id: str) -> Article:
        return self._by_id[article_id]

    def quotes_in(self, article_id: str) -> list[Quote]:
        return self._quotes_by_article.get(article_id, [])

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

    def articles_quoting(self, names: set[str] | frozenset[str]) -> list[Article]:
        """Articles with at least one quote by one of ``names``, in corpus order.

        Answered from a speaker -> articles table, so ticking a speaker in the UI does
        not rescan every quote.
        """
        ids: set[str] = set()
        for name in names:
            ids |= self._articles_by_speaker.get(name, set())
        return [a for a in self.articles if a.id in ids] if ids else []


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
) -> Corpus:
    """Load articles from files or folders (the seeds when ``paths`` is empty), or a
    store written by ``quotescope export`` (``paths`` is then that one folder).

    ``read_as`` is the format for files named directly whose suffix is not an article
    format (``quotescope --as txt notes.log``).

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
    files, problems = discover(paths, read_as)
    articles: list[Article] = []
    quotes: list[Quote] = []
    roles = RoleBook()  # who each role ("the prime minister") names across the corpus
    taken: set[str] = set()
    total = len(files)
    if progress:
        progress(0, total)
    for done, (path, article_id) in enumerate(files, start=1):
        loaded, file_problems = load_file(path, article_id, read_as)
        problems.extend(file_problems)
        for article in loaded:
            _unique_id(article, taken)
            try:
                found = extract_quotes(article, first_id=len(quotes))
                roles.add(attribute_quotes(article, found))
            except Exception as exc:  # a bug on one article must not lose the others
                found = []
                reason = f"quotes not extracted ({type(exc).__name__}: {exc})"
                problems.append(Problem(article.path, reason, skipped=False))
            articles.append(article)
            quotes.extend(found)
        if progress:
            progress(done, total)
    speakers = merge_speakers(articles, quotes, roles)
    return Corpus(articles=articles, quotes=quotes, speakers=speakers, problems=problems)
