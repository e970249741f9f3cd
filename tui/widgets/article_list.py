"""The article list: title, quote count and main speakers, two lines per article.

Built on :class:`VirtualList`, so a corpus of thousands of articles costs only the
rows on screen. A speaker selection narrows it to articles quoting those speakers;
``s`` switches between sorting by title and by number of quotes.
"""

from __future__ import annotations

from typing import ClassVar, Literal

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message

from tui.core.corpus import Corpus
from tui.core.model import Article
from tui.core.wording import counted
from tui.widgets.reading_view import speaker_colour
from tui.widgets.virtual_list import VirtualList

SortKey = Literal["title", "quotes"]


class ArticleList(VirtualList):
    """Articles of the corpus; Enter or a click opens one."""

    DEFAULT_CSS = """
    ArticleList {
        & > .article-list--title { text-style: bold; }
        & > .article-list--meta { color: $text-muted; }
    }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        *VirtualList.COMPONENT_CLASSES,
        "article-list--title",
        "article-list--meta",
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Open"),
        Binding("s", "toggle_sort", "Sort"),
    ]

    class Opened(Message):
        """The user chose an article to read."""

        def __init__(self, article_list: ArticleList, article_id: str) -> None:
            super().__init__()
            self.article_list = article_list
            self.article_id = article_id

        @property
        def control(self) -> ArticleList:
            return self.article_list

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(row_height=2, id=id)
        self._corpus: Corpus | None = None
        self._speakers: frozenset[str] | None = None
        self._articles: list[Article] = []
        self._counts: dict[str, int] = {}
        self.sort_key: SortKey = "title"

    @property
    def articles(self) -> list[Article]:
        """The articles shown, in display order."""
        return self._articles

    @property
    def highlighted(self) -> Article | None:
        row = self.cursor_row
        return None if row is None else self._articles[row]

    def set_corpus(self, corpus: Corpus | None) -> None:
        self._corpus = corpus
        self._speakers = None
        self._counts = {} if corpus is None else {a.id: 0 for a in corpus.articles}
        if corpus is not None:
            self._counts.update(corpus.quotes.counts_by_article())
        self._rebuild(cursor=0)

    def set_speakers(self, names: frozenset[str] | set[str] | None) -> None:
        """Show only articles quoting one of ``names`` (all articles for None/empty)."""
        self._speakers = frozenset(names) if names else None
        self._rebuild(cursor=0)

    def action_toggle_sort(self) -> None:
        """Re-sort, keeping the highlighted article selected and on the same screen row."""
        current = self.highlighted
        offset = self.cursor * self.row_height - self.scroll_y
        self.sort_key = "quotes" if self.sort_key == "title" else "title"
        self._rebuild()
        if current is not None:
            self.cursor = self._articles.index(current)
            top = max(0, min(self.cursor * self.row_height - offset, self.max_scroll_y))
            self.scroll_to(y=top, animate=False, force=True)
        self.notify(f"Articles sorted by {self._sort_label()}", timeout=2)

    def select_article(self, article_id: str) -> None:
        """Move the cursor to ``article_id`` if it is shown."""
        for i, a in enumerate(self._articles):
            if a.id == article_id:
                self.cursor = i
                return

    def _sort_label(self) -> str:
        return "quote count" if self.sort_key == "quotes" else "title"

    def _rebuild(self, cursor: int | None = None) -> None:
        corpus = self._corpus
        if corpus is None:
            articles: list[Article] = []
        elif self._speakers:
            articles = corpus.articles_quoting(self._speakers)
        else:
            articles = list(corpus.articles)
        if self.sort_key == "quotes":
            articles.sort(key=lambda a: (-self._counts.get(a.id, 0), a.title.casefold(), a.id))
        else:
            articles.sort(key=lambda a: (a.title.casefold(), a.id))
        self._articles = articles
        self.border_subtitle = f"{counted(len(articles), 'article')} · by {self._sort_label()}"
        self.set_rows(len(articles), self._render_article, cursor=cursor)

    def _render_article(self, index: int, width: int, selected: bool) -> Text:
        article = self._articles[index]
        count = self._counts.get(article.id, 0)
        meta = self.styled(self, "article-list--meta", selected)
        title = self.styled(self, "article-list--title", selected)
        line = Text(no_wrap=True, overflow="ellipsis")
        line.append(" ")
        line.append(" ".join(article.title.split()), title)
        line.append("\n")
        line.append(f"   {counted(count, 'quote')}", meta)
        assert self._corpus is not None
        for i, name in enumerate(self._corpus.main_speakers(article.id)):
            line.append(" · " if i else " — ", meta)
            line.append(name, self.readable_colour(speaker_colour(name), selected))
        return line

    def on_virtual_list_selected(self, event: VirtualList.Selected) -> None:
        if event.virtual_list is not self:
            return
        event.stop()
        self.post_message(self.Opened(self, self._articles[event.index].id))
