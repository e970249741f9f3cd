"""The reading view: wrapping, quote colours and labels, captions, laziness on big articles."""

from __future__ import annotations

from itertools import accumulate, pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from textual.app import App, ComposeResult

from tests.ui.waiting import until
from tui.core.corpus import Corpus, load_corpus
from tui.core.model import Quote
from tui.core.paragraphs import make_article
from tui.widgets.reading_view import (
    BLOCK_CHARS,
    EAGER_CHARS,
    Blocks,
    Heights,
    ReadingView,
    place_labels,
    short_names,
    speaker_colour,
    wrap_starts,
)

ARTICLE = """Minister says the plan is [bold red]working[/] today

Photo: Jane Doe/Agency

The minister, Alice Walker, defended the plan on Monday. "We have done everything \
we said we would do, and more than anyone expected," Alice Walker said.

"The numbers are clear.

"Nobody can argue with them," she added.

Critics disagreed. Bob Stone, who leads the opposition, said the figures were "a fiction".
"""


class Host(App[None]):
    def __init__(self, corpus: Corpus) -> None:
        super().__init__()
        self.corpus = corpus

    def compose(self) -> ComposeResult:
        yield ReadingView()


def rows(view: ReadingView) -> list[str]:
    return [view.render_line(y).text for y in range(view.scrollable_content_region.height)]


def colours(view: ReadingView, y: int, attr: str = "color") -> set[str]:
    found = set()
    for seg in view.render_line(y):
        colour = getattr(seg.style, attr, None) if seg.style else None
        if colour is not None and colour.triplet is not None:
            found.add(colour.triplet.hex)
    return found


def load_one(tmp_path: Path, text: str, name: str = "article.txt") -> Corpus:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_corpus([path])


def split_at(text: str, starts: list[int]) -> list[str]:
    return [text[a:b] for a, b in pairwise([0, *starts, len(text)])]


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("ab cd\nxyz—“”漢字 \u00a0"), max_size=300),
    st.integers(min_value=2, max_value=40),
)
def test_wrap_keeps_every_character_and_fits_the_width(text: str, width: int) -> None:
    starts = wrap_starts(text, width)
    assert starts == sorted(starts) and len(set(starts)) == len(starts)
    lines = split_at(text, starts)
    assert "".join(lines) == text
    for line in lines:
        assert cell_len(line.rstrip()) <= width, (line, width)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.integers(min_value=1, max_value=9), min_size=1, max_size=3000),
    st.lists(st.tuples(st.integers(min_value=0), st.integers(min_value=1, max_value=9))),
)
def test_heights_agree_with_plain_prefix_sums(
    heights: list[int], changes: list[tuple[int, int]]
) -> None:
    table = Heights(list(heights))
    expected = list(heights)
    for b, h in changes:
        b %= len(expected)
        expected[b] = h
        table.set({b: h})
    tops = [0, *accumulate(expected)]
    assert table.total == tops[-1]
    for b in range(0, len(expected), 7):
        assert table.top(b) == tops[b]
        assert table.block_at(tops[b]) == b
        assert table.block_at(tops[b + 1] - 1) == b
    assert table.block_at(tops[-1] + 5) == len(expected) - 1


def test_a_huge_paragraph_is_cut_into_blocks_at_spaces() -> None:
    words = "a quick brown fox jumps over the lazy dog " * 5_000
    article = make_article("one.txt", "one.txt", f"Title\n\n{words.strip()}\n\nThe end.")
    blocks = Blocks(article)
    body = max(article.paragraphs, key=lambda p: p.end - p.start)
    spans = [
        (blocks.starts[b], blocks.ends[b])
        for b in range(len(blocks))
        if blocks.paragraphs[b] == body.index
    ]
    assert len(spans) > 50
    assert spans[0][0] == body.start and spans[-1][1] == body.end
    for (_, end), (start, _) in pairwise(spans):
        assert end == start and article.text[end - 1] == " "
    assert all(end - start <= BLOCK_CHARS for start, end in spans)
    # Only the last block of the paragraph is followed by a blank line.
    lasts = [blocks.lasts[b] for b in range(len(blocks)) if blocks.paragraphs[b] == body.index]
    assert lasts == [False] * (len(lasts) - 1) + [True]
    assert blocks.lasts[-1] is False  # nothing after the article's last paragraph


def test_wrap_never_breaks_at_a_no_break_space() -> None:
    text = "the union members. \u2014\u00a0Gerard\u00a0Coyne and more"
    lines = split_at(text, wrap_starts(text, 22))
    assert [line.rstrip() for line in lines] == [
        "the union members.",
        "\u2014\u00a0Gerard\u00a0Coyne and",
        "more",
    ]


def test_wrap_breaks_between_words() -> None:
    text = "the quick brown fox jumps over the lazy dog"
    assert [line.rstrip() for line in split_at(text, wrap_starts(text, 10))] == [
        "the quick",
        "brown fox",
        "jumps over",
        "the lazy",
        "dog",
    ]


def test_speaker_colours_are_stable_and_distinguish_speakers() -> None:
    assert speaker_colour("Alice Walker") == speaker_colour("Alice Walker")
    names = ["Alice Walker", "Bob Stone", "Gerard Coyne", "Len McCluskey", "Ian Allinson"]
    assert len({speaker_colour(n) for n in names}) >= 4
    assert speaker_colour(None) != speaker_colour("Alice Walker")


async def test_quotes_coloured_labelled_and_text_never_markup(tmp_path: Path) -> None:
    corpus = load_one(tmp_path, ARTICLE)
    article = corpus.articles[0]
    quotes = corpus.quotes_in(article.id)
    walker = [q for q in quotes if q.speaker == "Alice Walker"]
    assert len(walker) >= 2, [(q.text, q.speaker) for q in quotes]
    app = Host(corpus)
    async with app.run_test(size=(60, 40)) as pilot:
        view = app.query_one(ReadingView)
        view.show_article(corpus, article.id)
        await pilot.pause()
        lines = view.line_texts()
        text = "\n".join(lines).replace("\u00a0", " ")  # labels hold no-break spaces
        # Untrusted text shows literally, markup and all.
        assert "[bold red]working[/]" in text
        # Each quote is followed by its speaker's name.
        assert text.count("— Alice Walker") == len(walker)
        # Every line of the two-paragraph quote is drawn in Alice Walker's colour.
        colour = speaker_colour("Alice Walker")
        shown = rows(view)
        for y, row in enumerate(shown):
            if "numbers are clear" in row or "Nobody can argue" in row:
                assert colour in colours(view, y), row
        # The caption (photo credit) is dimmed, body text is not.
        caption_y = next(y for y, row in enumerate(shown) if "Photo: Jane Doe" in row)
        assert any(seg.style and seg.style.dim for seg in view.render_line(caption_y))
        body_y = next(y for y, row in enumerate(shown) if "Critics disagreed" in row)
        assert not any(
            seg.style and seg.style.dim and seg.text.strip() for seg in view.render_line(body_y)
        )


async def test_current_quote_has_its_own_style_and_moves_with_n(tmp_path: Path) -> None:
    corpus = load_one(tmp_path, ARTICLE)
    article = corpus.articles[0]
    app = Host(corpus)
    async with app.run_test(size=(60, 40)) as pilot:
        view = app.query_one(ReadingView)
        view.show_article(corpus, article.id)
        view.focus()
        await pilot.pause()
        assert view.current_quote is None
        await pilot.press("n")
        first = view.current_quote
        assert first is view.quotes[0]
        await pilot.press("n")
        assert view.current_quote is view.quotes[1]
        await pilot.press("N", "N")  # no quote before the first: stays
        assert view.current_quote is first
        shown = rows(view)
        words = first.text.split()[0]
        y = next(y for y, row in enumerate(shown) if words in row)
        assert speaker_colour(first.speaker) in colours(view, y, "bgcolor")


async def test_clicking_a_quote_makes_it_current(tmp_path: Path) -> None:
    corpus = load_one(tmp_path, ARTICLE)
    app = Host(corpus)
    async with app.run_test(size=(60, 40)) as pilot:
        view = app.query_one(ReadingView)
        view.show_article(corpus, corpus.articles[0].id)
        await pilot.pause()
        y = next(y for y, row in enumerate(rows(view)) if "a fiction" in row)
        await pilot.click(ReadingView, offset=(10, y))
        assert view.current_quote is not None and view.current_quote.text == "a fiction"


async def test_big_article_opens_at_a_quote_without_wrapping_everything(tmp_path: Path) -> None:
    paragraph = (
        'The committee met again on Tuesday. "We will keep going until the work is done," '
        "Alice Walker said. The rest of the meeting covered budgets, schedules and the "
        "long list of items carried over from the previous session, as usual."
    )
    count = EAGER_CHARS // len(paragraph) * 3
    text = "A long record of meetings\n\n" + "\n\n".join([paragraph] * count)
    corpus = load_one(tmp_path, text, "long.txt")
    article = corpus.articles[0]
    assert len(article.text) > 2 * EAGER_CHARS
    quotes = corpus.quotes_in(article.id)
    assert len(quotes) == count
    middle = quotes[len(quotes) // 2]
    app = Host(corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.query_one(ReadingView)
        view.show_article(corpus, article.id, middle.id)
        view.focus()
        await pilot.pause()
        assert view.current_quote == middle
        assert any("We will keep going" in row for row in rows(view))
        # Only the blocks around the quote were wrapped, not the whole article.
        assert len(view._lines) < 100 < len(view._blocks)
        await pilot.press("n", "n")
        assert view.current_quote == quotes[len(quotes) // 2 + 2]
        assert any("We will keep going" in row for row in rows(view))
        await pilot.press("G")
        await pilot.pause()
        assert any("as usual" in row for row in rows(view))
        assert len(view._lines) < 200


def quote_at(article_text: str, words: str, quote_id: int, speaker: str | None) -> Quote:
    """A Quote spanning the marks around ``words`` in the text."""
    start = article_text.index(words) - 1
    return Quote(quote_id, "a.txt", start, start + len(words) + 2, words, 1, 1, speaker=speaker)


def test_labels_wait_for_the_end_of_the_sentence() -> None:
    text = (
        "Title\n\nHe said officials felt “a degree of pressure” to back Mr Smith, but he was "
        "confident. “We will win,” Ann Lee said, and Bob Stone called it “a fantasy” then "
        "“a joke” later. “Done.” Next sentence."
    )
    article = make_article("a.txt", "a.txt", text)
    quotes = [
        quote_at(article.text, "a degree of pressure", 0, "Ann Lee"),
        quote_at(article.text, "We will win,", 1, "Ann Lee"),
        quote_at(article.text, "a fantasy", 2, "Bob Stone"),
        quote_at(article.text, "a joke", 3, "Bob Stone"),
        quote_at(article.text, "Done.", 4, None),
    ]
    labels = place_labels(article, quotes)
    where = {label.quote: (article.text[: label.offset][-12:], label.short) for label in labels}
    # The partial quote's label follows the sentence, not the words in mid-sentence.
    assert where[0] == ("s confident.", False)
    # Another speaker's quote comes before the sentence ends: a short label at once.
    assert where[1] == ("“We will win,”"[-12:], True)
    # The same speaker again in the sentence: only the later quote is labelled.
    assert 2 not in where
    assert where[3][0].endswith("later.")
    assert 4 not in where  # unattributed: no label


async def test_reading_view_draws_labels_at_sentence_ends_with_short_names(
    tmp_path: Path,
) -> None:
    corpus = load_one(tmp_path, ARTICLE)
    app = Host(corpus)
    async with app.run_test(size=(60, 40)) as pilot:
        view = app.query_one(ReadingView)
        view.show_article(corpus, corpus.articles[0].id)
        await pilot.pause()
        text = " ".join(" ".join(view.line_texts()).split())
        assert 'more than anyone expected," Alice Walker said. — Alice Walker' in text
        assert 'were "a fiction". — Bob Stone' in text
    assert short_names(corpus.quotes, corpus) == {"Alice Walker": "Walker", "Bob Stone": "Stone"}


async def test_another_article_needs_no_screen_layout_and_scrollbars_follow(
    tmp_path: Path,
) -> None:
    """Showing an article changes the virtual size without laying out the screen
    (tens of ms per preview on the app's screen); scrollbar and limits still follow.

    The first long article does lay the screen out once (its scrollbar appears), a few
    messages later (the view's idle, then the screen's update timer): the test waits
    for that layout, which under load came after one pause and was counted as the
    second article's."""
    for name, paragraphs in (("long1.txt", 60), ("long2.txt", 90), ("short.txt", 1)):
        body = "\n\n".join(f"Paragraph {n} of {name} has a few words." for n in range(paragraphs))
        (tmp_path / name).write_text(f"Title of {name}\n\n{body}\n", encoding="utf-8")
    corpus = load_corpus([tmp_path])
    by_size = sorted(corpus.articles, key=lambda a: len(a.text))
    short, long1, long2 = by_size
    app = Host(corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.query_one(ReadingView)
        await pilot.pause()
        layouts: list[bool] = []  # each screen layout: was the scrollbar shown?

        def laid_out(screen: object) -> None:
            layouts.append(view.show_vertical_scrollbar)

        app.screen.screen_layout_refresh_signal.subscribe(view, laid_out)
        view.show_article(corpus, long1.id)
        await until(pilot, lambda: True in layouts, "the layout showing the scrollbar")
        await pilot.pause()
        layouts.clear()
        view.show_article(corpus, long2.id)
        await pilot.pause()
        assert layouts == []
        assert view.show_vertical_scrollbar
        height = view.scrollable_content_region.height
        assert view.max_scroll_y == view.virtual_size.height - height > 100
        view.scroll_end(animate=False, immediate=True)
        await pilot.pause()
        assert view.scroll_y == view.max_scroll_y
        assert "Paragraph 89 of long2.txt" in "".join(rows(view))
        assert layouts == []  # none came later either

        view.show_article(corpus, short.id)
        await pilot.pause()
        assert not view.show_vertical_scrollbar  # fits: the bar goes (a layout, rightly)
        assert view.scroll_y == 0 and view.max_scroll_y == 0
        assert rows(view)[0].strip().startswith("Title of short.txt")


@pytest.mark.parametrize(
    ("down", "up", "pages"),
    [("d", "u", 0.5), ("ctrl+d", "ctrl+u", 0.5), ("f", "b", 1), ("ctrl+f", "ctrl+b", 1)],
)
async def test_the_reading_view_pages_like_less(
    tmp_path: Path, down: str, up: str, pages: float
) -> None:
    """less's keys for half a page (d/u, Ctrl+D/U) and a page (f/b, Ctrl+F/B): only
    space and b worked, the others did nothing."""
    body = "\n\n".join(f"Paragraph {n} has a few words." for n in range(80))
    corpus = load_one(tmp_path, f"A long article\n\n{body}\n")
    app = Host(corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.query_one(ReadingView)
        view.show_article(corpus, corpus.articles[0].id)
        view.focus()
        await pilot.pause()
        height = view.scrollable_content_region.height
        await pilot.press(down, down)
        step = height // 2 if pages < 1 else height
        assert view.scroll_y == 2 * step > 0
        await pilot.press(up)
        assert view.scroll_y == step


async def test_a_resize_keeps_the_current_quote_in_view(tmp_path: Path) -> None:
    """A wide terminal showed the whole article, so the view sat at its top; made small
    again (a tmux pane split or unzoomed), it stayed there and the current quote, the
    one the subtitle counts ("quote 3/3"), was off screen."""
    corpus = load_one(tmp_path, ARTICLE)
    app = Host(corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        view = app.query_one(ReadingView)
        last = corpus.quotes_in(corpus.articles[0].id)[-1]
        view.show_article(corpus, corpus.articles[0].id, last.id)
        await pilot.pause()
        assert view.scroll_y == 0 and last.text in "\n".join(rows(view))
        await pilot.resize_terminal(40, 8)
        await pilot.pause()
        assert view.current_quote is not None and view.current_quote.id == last.id
        assert last.text in "\n".join(rows(view)), rows(view)
