"""quotescope: who said what in a folder of news articles.

The core is scriptable without the UI::

    from tui import load_corpus
    corpus = load_corpus(["articles/"])
    for quote in corpus.quotes:
        print(quote.speaker, quote.text)

The names below are imported on first use, so ``quotescope`` starts (and handles a
Ctrl+C) before the core is loaded.
"""

from __future__ import annotations

import importlib

# Not ``from typing import TYPE_CHECKING``: importing typing takes long enough on a busy
# machine for a Ctrl+C to land in it, before tui.launch can catch it (a traceback).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

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

_HOMES = {"Corpus": "corpus", "load_corpus": "corpus", "seeds_path": "corpus"}


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module 'tui' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"tui.core.{_HOMES.get(name, 'model')}"), name)
    globals()[name] = value
    return value
