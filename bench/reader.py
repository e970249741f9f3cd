"""Benchmark the reading view on one very long article (default 50 MB).

Run from the repo root::

    python bench/reader.py            # 50 MB
    python bench/reader.py --mb 5     # quicker

The article is the body of a seed article repeated to the wanted size, written to a
temporary folder and read back with the real loader; quotes come from the real
extractor. Speakers are assigned round-robin from three names instead of running
attribution, so the figures are about the view alone. Each figure is wall time in a
headless app (``App.run_test``), including Textual's own rendering of the frame.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path

from textual.app import App, ComposeResult

from tui.core.corpus import Corpus, seeds_path
from tui.core.loader import load_file
from tui.core.quotes import extract_quotes
from tui.widgets.reading_view import ReadingView


class Host(App[None]):
    CSS = "ReadingView { scrollbar-gutter: stable; }"

    def compose(self) -> ComposeResult:
        yield ReadingView()


def build(megabytes: float) -> Corpus:
    seed = sorted(seeds_path().glob("*.txt"))[1].read_text(encoding="utf-8")
    body = seed.split("\n\n", 1)[1]
    copies = int(megabytes * 1_000_000 // len(body)) + 1
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "long.txt"
        path.write_text("A very long article\n\n" + "\n\n".join([body] * copies), "utf-8")
        articles, _ = load_file(path, "long.txt")
    article = articles[0]
    quotes = extract_quotes(article)
    names = ["Gerard Coyne", "Len McCluskey", "Ian Allinson"]
    for i, quote in enumerate(quotes):
        quote.speaker = names[i % len(names)]
    return Corpus(articles=[article], quotes=quotes)


def ms(seconds: float) -> str:
    return f"{1000 * seconds:8.1f} ms"


async def measure(corpus: Corpus) -> None:
    article, quotes = corpus.articles[0], corpus.quotes
    app = Host()
    async with app.run_test(size=(120, 40)) as pilot:
        view = app.query_one(ReadingView)
        view.focus()
        t = time.perf_counter()
        view.show_article(corpus, article.id)
        await pilot.pause()
        print(f"open the article            {ms(time.perf_counter() - t)}")
        t = time.perf_counter()
        view.show_quote(quotes[len(quotes) // 2].id)
        await pilot.pause()
        print(f"jump to the middle quote    {ms(time.perf_counter() - t)}")
        for key, label in [("n", "n (next quote)"), ("pagedown", "page down"), ("j", "line down")]:
            t = time.perf_counter()
            for _ in range(20):
                await pilot.press(key)
            print(f"{label:<28}{ms((time.perf_counter() - t) / 20)} per key")
        t = time.perf_counter()
        await pilot.press("G")
        await pilot.pause()
        print(f"to the end (G)              {ms(time.perf_counter() - t)}")
        t = time.perf_counter()
        await pilot.resize_terminal(90, 30)
        await pilot.pause()
        print(f"resize (re-estimate)        {ms(time.perf_counter() - t)}")
        print(f"blocks wrapped so far       {len(view._lines):8} of {len(view._blocks)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50.0, help="article size in MB")
    args = parser.parse_args()
    t = time.perf_counter()
    corpus = build(args.mb)
    article = corpus.articles[0]
    print(
        f"article: {len(article.text) / 1e6:.1f} M characters, {len(article.paragraphs):,} "
        f"paragraphs, {len(corpus.quotes):,} quotes (built in {time.perf_counter() - t:.1f} s)"
    )
    asyncio.run(measure(corpus))


if __name__ == "__main__":
    main()
