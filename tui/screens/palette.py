"""Command-palette providers: jump to an article, filter by a speaker, open a quote.

Titles, names and quotes are untrusted, so hits are built as plain ``Text`` with
matches styled by offset (Textual's own ``Matcher.highlight`` parses markup), and
help lines holding a title or file name are passed as ``Content`` (see ``literal``).
"""

from __future__ import annotations

import asyncio
import re
from functools import partial
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process, utils
from rich.style import Style
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.command import CommandList, CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.css.query import NoMatches
from textual.widgets import Footer

from tui.core.wording import counted
from tui.screens.dialog import DismissOnce

if TYPE_CHECKING:
    from tui.app import QuotescopeApp
    from tui.core.corpus import Corpus

LIMIT = 20
ARTICLE_WEIGHT = 0.95
"""A speaker whose name matches as well as an article title comes first."""
QUOTE_TOP = 0.9
"""Quote hits rank below an exact article or speaker match."""
MATCH = Style(bold=True, underline=True)


def highlighted(label: str, query: str) -> Text:
    """``label`` as plain text with every occurrence of a query word underlined."""
    text = Text(" ".join(label.split()))
    for word in query.split():
        text.highlight_regex(re.compile(re.escape(word), re.IGNORECASE), MATCH)
    return text


def literal(text: str) -> str:
    """``text`` for a hit's ``help``, which the palette parses as markup unless it is
    already ``Content`` (then it is used as is): titles and file names stay literal."""
    return Content(" ".join(text.split()))  # type: ignore[return-value]


def ranked(query: str, choices: list[str]) -> list[tuple[float, int]]:
    """(score 0..1, index) of the choices containing the query's words, best first."""
    found = process.extract(
        query,
        choices,
        scorer=fuzz.token_set_ratio,
        processor=utils.default_process,
        limit=LIMIT,
        score_cutoff=60,
    )
    return [(score / 100, i) for _, score, i in found]


def _ellipsis(text: str, room: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= room else flat[: room - 1] + "…"


class QuotescopePalette(DismissOnce, CommandPalette):
    """Textual's command palette, safe to dismiss while a search is still running.

    Dismissing removes the palette's widgets at once, but its search worker and timers
    can still be between two steps: Textual's code then looks up the removed
    CommandList (``NoMatches``) and the app crashed. Those look-ups are skipped once
    the palette is leaving the screen. Found by the monkey test: it is dismissed once
    however many answers are queued (Escape twice), and Page Up/Down pressed before
    its list is laid out (right after Ctrl+P) do nothing instead of raising KeyError
    inside Textual's OptionList.
    """

    def compose(self) -> ComposeResult:
        """Textual's palette, with a footer of its own: the main screen's footer showed
        through, offering letter keys that the palette's box types instead."""
        yield from super().compose()
        yield Footer()

    def _action_command_list(self, action: str) -> None:
        if action.startswith("page_") and not self.query_one(CommandList).size.height:
            return  # nothing on screen yet to page through
        super()._action_command_list(action)

    @property
    def _leaving(self) -> bool:
        return not self.is_attached or not self.children

    def _watch__list_visible(self) -> None:
        if not self._leaving:
            super()._watch__list_visible()

    async def _watch__show_busy(self) -> None:
        if not self._leaving:
            await super()._watch__show_busy()

    def _refresh_command_list(self, command_list, commands, clear_current) -> None:  # type: ignore[no-untyped-def]
        if not self._leaving:
            super()._refresh_command_list(command_list, commands, clear_current)

    def _start_no_matches_countdown(self, search_value: str) -> None:
        if not self._leaving:
            super()._start_no_matches_countdown(search_value)

    @work(exclusive=True, group=CommandPalette._GATHER_COMMANDS_GROUP)
    async def _gather_commands(self, search_value: str) -> None:
        if self._leaving:
            return
        try:
            await CommandPalette._gather_commands.__wrapped__(self, search_value)  # type: ignore[attr-defined]
        except NoMatches:
            if not self._leaving:
                raise


class _CorpusProvider(Provider):
    _choices: list[str] | None = None

    @property
    def quotescope(self) -> QuotescopeApp:
        return self.app  # type: ignore[return-value]

    def choices(self, corpus: Corpus) -> list[str]:
        """The strings a query is matched against, built once per palette session
        (a provider lives as long as the open palette), not on every keystroke."""
        if self._choices is None:
            self._choices = self.make_choices(corpus)
        return self._choices

    def make_choices(self, corpus: Corpus) -> list[str]:
        return []


class ArticleCommands(_CorpusProvider):
    """``Open article: <title>`` for every article whose title matches."""

    def make_choices(self, corpus: Corpus) -> list[str]:
        return [f"Open article: {a.title}" for a in corpus.articles]

    async def discover(self) -> Hits:
        corpus = self.quotescope.corpus
        if corpus is None:
            return
        for article in corpus.articles[:LIMIT]:
            yield DiscoveryHit(
                Text(f"Open article: {_ellipsis(article.title)}"),
                partial(self.quotescope.read_article, article.id),
                help=counted(len(corpus.quotes_in(article.id)), "quote"),
            )

    async def search(self, query: str) -> Hits:
        corpus = self.quotescope.corpus
        if corpus is None:
            return
        for score, i in ranked(query, self.choices(corpus)):
            article = corpus.articles[i]
            label = Text("Open article: ") + highlighted(_ellipsis(article.title), query)
            yield Hit(
                ARTICLE_WEIGHT * score,
                label,
                partial(self.quotescope.read_article, article.id),
                text=f"Open article: {article.title}",
                help=literal(
                    f"{counted(len(corpus.quotes_in(article.id)), 'quote')} · {article.id}"
                ),
            )


class SpeakerCommands(_CorpusProvider):
    """``Filter by speaker: <name>`` for speakers whose name or alias matches."""

    def make_choices(self, corpus: Corpus) -> list[str]:
        return [f"Filter by speaker: {' / '.join([s.name, *s.aliases])}" for s in corpus.speakers]

    async def discover(self) -> Hits:
        corpus = self.quotescope.corpus
        if corpus is None:
            return
        for speaker in corpus.speakers[:LIMIT]:
            yield DiscoveryHit(
                Text(f"Filter by speaker: {speaker.name}"),
                partial(self.quotescope.filter_speakers, frozenset({speaker.name})),
                help=counted(speaker.quote_count, "quote"),
            )

    async def search(self, query: str) -> Hits:
        corpus = self.quotescope.corpus
        if corpus is None:
            return
        for score, i in ranked(query, self.choices(corpus)):
            speaker = corpus.speakers[i]
            yield Hit(
                score,
                Text("Filter by speaker: ") + highlighted(speaker.name, query),
                partial(self.quotescope.filter_speakers, frozenset({speaker.name})),
                text=f"Filter by speaker: {speaker.name}",
                help=f"{counted(speaker.quote_count, 'quote')} in "
                f"{counted(len(speaker.articles), 'article')}",
            )


class QuoteCommands(_CorpusProvider):
    """``“quote” — speaker`` from the quote index; choosing one opens it."""

    async def search(self, query: str) -> Hits:
        corpus, index = self.quotescope.corpus, self.quotescope.index
        if corpus is None or index is None:
            return
        # In a thread: on a big corpus a search takes a while and the palette (and the
        # keys typed into it) would wait for it.
        result = await asyncio.to_thread(index.search, query, LIMIT)
        for rank, quote_id in enumerate(result.ids):
            quote = corpus.quotes[quote_id]
            label = highlighted(f"“{_ellipsis(quote.text, 80)}”", query)
            label.append(f" — {quote.speaker or 'unattributed'}", Style(italic=True))
            yield Hit(
                QUOTE_TOP - rank / (4 * LIMIT),
                label,
                partial(self.quotescope.read_quote, quote_id),
                text=f"“{quote.text}” — {quote.speaker}",
                help=literal(corpus.article(quote.article).title),
            )
