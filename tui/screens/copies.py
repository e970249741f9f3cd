"""Where else it ran: the other articles with the current quote, and copies of the article.

Lists the quote's group (the earliest article marked "first"), the paths where an
identical copy of the article was found, and the article a near-copy repeats. Enter
opens the chosen quote or article; Escape closes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.core.corpus import Corpus
from tui.core.model import Article, Quote
from tui.widgets.key_footer import FittedKeys, KeyFooter


@dataclass(frozen=True, slots=True)
class Choice:
    """What Enter opens: a quote (by id) or an article (by id)."""

    quote_id: int | None = None
    article_id: str | None = None


def _when(article: Article) -> str:
    return " · ".join(part for part in (article.date, article.source) if part)


def copies_text(corpus: Corpus, article: Article) -> Text:
    """The article's identical copies and the article it repeats, as plain Text."""
    text = Text(end="")
    if article.also_at:
        text.append("Also at (identical copies, loaded once):\n", style="bold")
        for path in article.also_at:
            text.append(f"  {path}\n")
    if article.copy_of:
        original = corpus.article(article.copy_of)
        text.append("Nearly repeats (its quotes are counted there): ", style="bold")
        text.append(" ".join(original.title.split()))
    return text


class CopiesScreen(FittedKeys, ModalScreen[Choice | None]):
    """The quote's other articles and the article's copies; dismisses with the choice."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,c", "dismiss(None)", "Close"),
    ]

    def __init__(self, corpus: Corpus, article: Article, quote: Quote | None) -> None:
        super().__init__()
        self.corpus = corpus
        self.article = article
        self.quote = quote
        self.choices: list[Choice] = []

    def _options(self) -> list[Option]:
        corpus, options = self.corpus, []
        if self.quote is not None and self.quote.group is not None:
            first = corpus.earliest(self.quote)
            for q in corpus.group_quotes(self.quote):
                a = corpus.article(q.article)
                line = Text(" ".join(a.title.split()), style="bold" if q == first else "")
                meta = [m for m in (_when(a), "first" if q == first else "", a.id) if m]
                line.append("\n  " + " · ".join(meta), style="dim")
                if q.id == self.quote.id:
                    line.append(" · this one", style="italic")
                options.append(Option(line))
                self.choices.append(Choice(quote_id=q.id))
        if self.article.copy_of:
            original = corpus.article(self.article.copy_of)
            line = Text("Open the article this one repeats: " + " ".join(original.title.split()))
            options.append(Option(line))
            self.choices.append(Choice(article_id=original.id))
        return options

    def compose(self) -> ComposeResult:
        with Vertical(id="copies-body", classes="dialog") as body:
            body.border_title = "Where else it ran"
            if self.quote is not None and self.quote.group is not None:
                words = " ".join(self.quote.text.split())
                yield Static(Text(f"“{words}”", style="italic"), id="copies-quote")
            notes = copies_text(self.corpus, self.article)
            if notes:
                yield Static(notes, id="copies-notes")
            options = self._options()
            if options:
                yield OptionList(*options, id="copies-list")
        yield KeyFooter()  # its own keys, not those of the screen under it

    def on_mount(self) -> None:
        lists = self.query(OptionList)
        if lists:
            lists.first().focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self.choices[event.option_index])
