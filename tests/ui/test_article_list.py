"""The article list: rows, sorting with s, speaker narrowing, opening with Enter or a click."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App, ComposeResult

from tui.core.corpus import Corpus, load_corpus
from tui.widgets.article_list import ArticleList

ARTICLES = {
    "alpha.txt": """Alpha council approves the new bridge

The council voted on Tuesday. "This bridge will change the town," Alice Walker said.
""",
    "beta.txt": """Beta workers strike over pay

"We are not going back until we get a fair offer," Bob Stone said.

"Every day counts," Bob Stone said.

"The bosses know what they have to do," Bob Stone added.
""",
    "gamma.txt": """Gamma festival draws record crowds

"It was the best year yet," Alice Walker said.

"We sold out in an hour," Carol Price said.
""",
}


@pytest.fixture
def corpus(tmp_path: Path) -> Corpus:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    corpus = load_corpus([tmp_path])
    counts = {a.title.split()[0]: len(corpus.quotes_in(a.id)) for a in corpus.articles}
    assert counts == {"Alpha": 1, "Beta": 3, "Gamma": 2}
    return corpus


class Host(App[None]):
    def __init__(self, corpus: Corpus) -> None:
        super().__init__()
        self.corpus = corpus
        self.opened: list[str] = []

    def compose(self) -> ComposeResult:
        yield ArticleList()

    def on_mount(self) -> None:
        articles = self.query_one(ArticleList)
        articles.set_corpus(self.corpus)
        articles.focus()

    def on_article_list_opened(self, event: ArticleList.Opened) -> None:
        self.opened.append(event.article_id)


def first_words(articles: ArticleList) -> list[str]:
    return [a.title.split()[0] for a in articles.articles]


def screen_rows(articles: ArticleList) -> list[str]:
    return [articles.render_line(y).text.rstrip() for y in range(articles.size.height)]


async def test_rows_show_title_count_and_main_speakers(corpus: Corpus) -> None:
    app = Host(corpus)
    async with app.run_test(size=(70, 12)) as pilot:
        await pilot.pause()
        rows = screen_rows(app.query_one(ArticleList))
        assert rows[0].strip() == "Alpha council approves the new bridge"
        assert rows[1].strip() == "1 quote — Alice Walker"
        assert rows[4].strip() == "Gamma festival draws record crowds"
        assert rows[5].strip() in {
            "2 quotes — Alice Walker · Carol Price",
            "2 quotes — Carol Price · Alice Walker",
        }


async def test_s_toggles_sorting_by_quote_count_and_title(corpus: Corpus) -> None:
    app = Host(corpus)
    async with app.run_test(size=(70, 12)) as pilot:
        articles = app.query_one(ArticleList)
        assert first_words(articles) == ["Alpha", "Beta", "Gamma"]
        await pilot.press("j")  # on Beta
        await pilot.press("s")
        assert first_words(articles) == ["Beta", "Gamma", "Alpha"]
        assert "quote count" in str(articles.border_subtitle)
        # The cursor stays on the same article across a re-sort.
        assert articles.highlighted is not None
        assert articles.highlighted.title.startswith("Beta")
        await pilot.press("s")
        assert first_words(articles) == ["Alpha", "Beta", "Gamma"]


async def test_speaker_selection_keeps_only_articles_quoting_them(corpus: Corpus) -> None:
    app = Host(corpus)
    async with app.run_test(size=(70, 12)) as pilot:
        articles = app.query_one(ArticleList)
        articles.set_speakers(frozenset({"Alice Walker"}))
        await pilot.pause()
        assert first_words(articles) == ["Alpha", "Gamma"]
        articles.set_speakers(frozenset({"Bob Stone", "Carol Price"}))
        assert first_words(articles) == ["Beta", "Gamma"]
        articles.set_speakers(None)
        assert first_words(articles) == ["Alpha", "Beta", "Gamma"]


async def test_enter_and_click_open_an_article(corpus: Corpus) -> None:
    app = Host(corpus)
    async with app.run_test(size=(70, 12)) as pilot:
        articles = app.query_one(ArticleList)
        await pilot.press("j", "j", "k", "enter")
        await pilot.pause()
        beta = articles.articles[1].id
        assert app.opened == [beta]
        await pilot.click(ArticleList, offset=(5, 4))  # third row (two lines each)
        await pilot.pause()
        assert app.opened == [beta, articles.articles[2].id]
