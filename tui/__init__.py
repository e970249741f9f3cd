"""quotescope: who said what in a folder of news articles.

The core is scriptable without the UI::

    from tui import load_corpus
    corpus = load_corpus(["articles/"])
    for quote in corpus.quotes:
        print(quote.speaker, quote.text)
"""

from tui.core.corpus import Corpus, load_corpus, seeds_path
from tui.core.model import Article, Paragraph, Problem, Quote, Speaker

__all__ = [
    "Article",
    "Corpus",
    "Paragraph",
    "Problem",
    "Quote",
    "Speaker",
    "load_corpus",
    "seeds_path",
]
__version__ = "0.1.0"
