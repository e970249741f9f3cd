"""The data every part of quotescope shares: articles, paragraphs, quotes, speakers.

Plain dataclasses, no behaviour beyond small look-ups, so the core, the CLI and the UI
can all read them without importing each other. Offsets are character offsets into
``Article.text`` (after decoding, newline normalisation and control-character
stripping); every ``end`` is exclusive, as in Python slicing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ParagraphKind = Literal["title", "body", "caption"]
# "scare": irony quotes, terms, nicknames; "title": the name of a show, book, film,
# song or slogan. Neither is anyone's words: never attributed, hidden by default.
QuoteKind = Literal["direct", "partial", "scare", "title"]
# How attribution tied a quote to its speaker (see Quote.speaker_how).
SpeakerHow = Literal[
    "cue-after",
    "cue-before",
    "colon",
    "according-to",
    "pronoun",
    "role",
    "carry-over",
    "same-words",
]
Confidence = Literal["high", "medium", "low"]


@dataclass(slots=True)
class Paragraph:
    """One paragraph of an article: ``Article.text[start:end]``.

    ``kind`` is ``title`` for a headline line, ``caption`` for photo captions and
    credits (dimmed in the reader, ignored by the extractor), ``body`` otherwise.
    """

    index: int
    start: int
    end: int
    kind: ParagraphKind = "body"


@dataclass(slots=True)
class Article:
    """One news article, loaded and cleaned; ``id`` is its file name (or jsonl line)."""

    id: str
    path: str
    title: str
    text: str
    paragraphs: list[Paragraph] = field(default_factory=list)
    title_derived: bool = False
    date: str | None = None
    source: str | None = None
    url: str | None = None
    author: str | None = None
    also_at: list[str] = field(default_factory=list)
    """Paths of identical copies of this article, loaded once (see ``dedupe``)."""
    copy_of: str | None = None
    """Id of the earlier article this one nearly repeats (a syndicated copy)."""

    def paragraph_text(self, index: int) -> str:
        p = self.paragraphs[index]
        return self.text[p.start : p.end]


# ``Article.text`` of a large corpus lives on disk (``tui.core.text_store``): the slot
# then holds a ``StoredText`` and reading the attribute reads the text back. Code
# reading ``article.text`` does not change; ``stored_text`` reads the slot as it is.
_TEXT_SLOT = Article.text  # the dataclass's slot descriptor


def _get_text(article: Article) -> str:
    value = _TEXT_SLOT.__get__(article, Article)
    return value if type(value) is str else value.text_of(article)


def _set_text(article: Article, value: object) -> None:
    _TEXT_SLOT.__set__(article, value)


Article.text = property(_get_text, _set_text)  # type: ignore[assignment,method-assign]


def stored_text(article: Article) -> object:
    """``article``'s text as held: a ``str``, or a ``text_store.StoredText``."""
    return _TEXT_SLOT.__get__(article, Article)


@dataclass(slots=True)
class Quote:
    """One quotation in an article.

    ``start``/``end`` span the quote from its opening mark to just past its closing mark
    (for a quote left open at the end of its paragraph, ``end`` is the paragraph end).
    ``text`` is the words inside the marks, paragraphs joined with ``\\n``.
    ``paragraph`` is the index of its first paragraph, ``last_paragraph`` of its last.
    ``speaker`` is the canonical speaker name (after cross-article merging) or None;
    ``speaker_mention`` the words that named the speaker for this quote ("he",
    "Mr Coyne"); ``cue`` the reporting verb ("said", "told", "according to").

    ``speaker_how`` says how the speaker was found (None when there is no speaker):
    ``cue-after`` a name at a reporting verb after the quote (`"Q," Mr X said`);
    ``cue-before`` a name at a verb before it (`Mr X said: "Q"`, `X said it was "Q"`);
    ``colon`` a name and a colon (`Mr X: "Q"`); ``according-to`` "according to X";
    ``pronoun`` "he"/"she"/"they" at the cue, resolved to a name; ``role`` a noun phrase
    at the cue ("the prime minister", "a spokesman"), linked to a name or kept as the
    label; ``carry-over`` no cue of its own, the speaker of the quote or cue before
    continues; ``same-words`` a headline quote whose words a body quote holds.
    ``confidence`` (high/medium/low, None without a speaker) follows from the how:
    high for a name at a cue in the quote's own sentence, lower for pronouns, roles
    and carry-overs, low where the text leaves room for doubt.
    """

    id: int
    article: str
    start: int
    end: int
    text: str
    paragraph: int
    last_paragraph: int
    kind: QuoteKind = "direct"
    speaker: str | None = None
    speaker_mention: str | None = None
    cue: str | None = None
    speaker_how: SpeakerHow | None = None
    confidence: Confidence | None = None
    group: int | None = None
    """Index in ``Corpus.groups`` of the quotes with these words in other articles."""
    copy: bool = False
    """A quote of a near-copy that its original also has: not counted again."""


@dataclass(slots=True)
class Speaker:
    """A speaker merged across the corpus; ``aliases`` are the other names used for them."""

    name: str
    aliases: list[str] = field(default_factory=list)
    quote_count: int = 0
    word_count: int = 0
    articles: list[str] = field(default_factory=list)
    is_person: bool = True


@dataclass(slots=True)
class Problem:
    """A file that was skipped (``skipped=True``) or loaded with a warning.

    ``line`` marks a problem with lines of a JSON lines file rather than whole files;
    ``count`` is how many it stands for (one Problem sums up a kind of problem met on
    many lines of one file).
    """

    path: str
    reason: str
    skipped: bool = True
    count: int = 1
    line: bool = False

    def __str__(self) -> str:
        verb = "skipped" if self.skipped else "warning"
        return f"{self.path}: {verb}: {self.reason}"
