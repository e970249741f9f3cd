"""Speakers across articles: join "Mr Coyne" in one article to "Gerard Coyne" in another.

Full names are the canonical key; a bare surname ("Coyne", "Mr Coyne") joins the one
full name with that surname when it is clear, so two people who share a surname are
never merged.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Final

from tui.core.attribution.lexicon import (
    FIRST_NAME_HONORIFICS,
    HONORIFICS,
    NOT_NAME_STARTS,
)
from tui.core.attribution.names import gender_clash, honorific_gender, looks_like_person
from tui.core.attribution.roles import RoleBook, role_keys, role_phrase
from tui.core.model import Article, Quote, Speaker
from tui.core.quote_table import QuoteTable

_DOMINANT: Final = 5
# The quotes merged: Quote objects, or a corpus's quote table (read by columns).
Quotes = Sequence[Quote] | QuoteTable


def _only_full_name(counts: dict[str, int]) -> str | None:
    """The full name a bare surname stands for across the corpus, if it is clear.

    One full name with that surname: that one. Several ("Tony Blair", "Cherie
    Blair"): the one quoted at least ``_DOMINANT`` times as often as all the others
    together, else None so different people are never merged.
    """
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    rest = sum(n for _, n in ranked[1:])
    return ranked[0][0] if ranked[0][1] >= _DOMINANT * rest else None


def _name_like(alias: str) -> bool:
    """Worth listing as an alias: a name ("Mr Coyne"), not "he" or "the 23-year-old"."""
    first = alias.split()[0]
    return first[:1].isupper() and first.lower() not in NOT_NAME_STARTS


def _role_of(
    speaker: str | None, mention: str | None, confidence: str | None, how: str | None
) -> str | None:
    """The role a quote's speaker is left as ("the prime minister"), else None. A role
    guessed to be the story's subject (low confidence) counts as its mention's role."""
    role = speaker
    if confidence == "low" and how == "role" and mention:
        role = "the " + mention.split(" ", 1)[-1]  # "The minister"
    return role if role and role.startswith("the ") and role_keys(role) else None


class _Holders:
    """Who the corpus ties a role to, in one article's text ("the prime minister" in
    an article naming Mr Blair: Tony Blair), each role and article looked up once;
    an article's text is read only for a role the corpus ties to someone (it may be
    on disk)."""

    def __init__(self, articles: list[Article], roles: RoleBook) -> None:
        self.articles, self.roles = articles, roles
        self.held: dict[str, bool] = {}  # whether the corpus ties anyone to the role
        self.found: dict[tuple[str, str], str | None] = {}  # (role, article): holder
        self.by_id: dict[str, Article] | None = None

    def has(self, role: str | None) -> bool:
        """Whether ``role`` is a role someone in the corpus is tied to."""
        if role is None:
            return False
        if role not in self.held:
            phrase = role_phrase(role)
            self.held[role] = bool(phrase and self.roles.holders.get(phrase))
        return self.held[role]

    def holder(self, role: str, article_id: str) -> str | None:
        place = (role, article_id)
        if place not in self.found:
            if self.by_id is None:
                self.by_id = {a.id: a for a in self.articles}
            article = self.by_id.get(article_id)
            text = article.text if article is not None else ""
            self.found[place] = self.roles.holder(role, text)
        return self.found[place]


def _link_roles(articles: list[Article], quotes: Quotes, roles: RoleBook) -> None:
    """ "the prime minister" said it, in an article that names Mr Blair but never ties
    him to the role: the person the rest of the corpus ties it to (a guess, so low
    confidence). A role guessed to be the story's subject (low confidence) gives way
    to the corpus's holder too.

    Whether a quote names a role depends only on its speaker, mention, confidence and
    how it was found: decided once per distinct combination, not per quote (of a
    quote table, the combinations are read from its codes, sorted in C)."""
    holders = _Holders(articles, roles)
    if isinstance(quotes, QuoteTable):
        keyed = quotes.distinct(("speakers", "mentions", "confs", "hows"))
        named = [_role_of(*v) for v in keyed.values]
        combos = keyed.rows
        for i in keyed.rows_of([holders.has(role) for role in named]):
            row = quotes[i]
            holder = holders.holder(named[combos[i]] or "", row.article)
            if holder:
                row.speaker, row.confidence = holder, "low"
        return
    found: dict[tuple, str | None] = {}
    for q in quotes:
        key = (q.speaker, q.speaker_mention, q.confidence, q.speaker_how)
        role = found[key] if key in found else found.setdefault(key, _role_of(*key))
        if role is not None and holders.has(role):
            holder = holders.holder(role, q.article)
            if holder:
                q.speaker, q.confidence = holder, "low"


_Tallies = tuple[
    dict[str | None, int],
    dict[str | None, int],
    dict[tuple[str | None, str | None], None],
    list[tuple[str | None, str]],
]


def _tallies(quotes: Quotes, word_counts: Sequence[int] | None) -> _Tallies:
    """Quotes and words per speaker (in the order each first speaks), each distinct
    speaker, mention pair and each distinct speaker, article pair (in the order they
    first occur). Of a quote table, read from its codes: no name per quote."""
    if word_counts is None:
        texts = quotes.texts() if isinstance(quotes, QuoteTable) else (q.text for q in quotes)
        word_counts = [len(text.split()) for text in texts]
    if isinstance(quotes, QuoteTable):
        said = quotes.distinct(("speakers",), word_counts)
        counts = {v[0]: n for v, n in zip(said.values, said.counts, strict=True)}
        words = {v[0]: n for v, n in zip(said.values, said.sums, strict=True)}
        pairs = dict.fromkeys(quotes.distinct(("speakers", "mentions")).values)
        return counts, words, pairs, quotes.distinct(("speakers", "arts")).values
    names = [q.speaker for q in quotes]
    counts = dict(Counter(names))  # in the order each name first occurs
    words = dict.fromkeys(counts, 0)
    for speaker, n in zip(names, word_counts, strict=True):
        words[speaker] += n
    pairs = dict.fromkeys(zip(names, [q.speaker_mention for q in quotes], strict=True))
    places = list(dict.fromkeys(zip(names, [q.article for q in quotes], strict=True)))
    return counts, words, pairs, places


def merge_speakers(
    articles: list[Article],
    quotes: Quotes,
    roles: RoleBook | None = None,
    word_counts: Sequence[int] | None = None,
) -> list[Speaker]:
    """Join each article's speakers into corpus-wide speakers, most quoted first.

    Full names are the canonical key; a name that is only a surname ("Coyne",
    "Mr Coyne") joins the single full name with that surname if there is exactly
    one, so two different people who share a surname are never merged. With
    ``roles`` (the ties :func:`attribute_quotes` returned), a role left as the
    speaker ("the prime minister") becomes the person the corpus ties it to.

    The work is per distinct name (and name, mention / name, article pair, in the
    order they first occur), not per quote: a corpus repeats the same few thousand
    speakers over a hundred thousand quotes. ``word_counts`` are the quotes' numbers of
    words (``len(text.split())``) when the caller counted them already.
    """
    if roles is not None:
        _link_roles(articles, quotes, roles)
    counts, words, pairs, places = _tallies(quotes, word_counts)
    quotes_by_full, quotes_by_first, genders = _full_names(counts, pairs)
    canonical = {s: _full_name(s, quotes_by_full, quotes_by_first, genders) for s in counts if s}
    speakers: dict[str, Speaker] = {}
    for speaker, mention in pairs:
        if not speaker:
            continue
        name = canonical[speaker]
        sp = speakers.get(name)
        if sp is None:
            sp = speakers[name] = Speaker(name=name, is_person=looks_like_person(name))
        for alias in (speaker, mention):
            if alias and alias != name and alias not in sp.aliases and _name_like(alias):
                sp.aliases.append(alias)
    seen_in: dict[str, set[str]] = {name: set() for name in speakers}
    for speaker, article in places:
        if speaker and article not in seen_in[name := canonical[speaker]]:
            seen_in[name].add(article)
            speakers[name].articles.append(article)
    for speaker, name in canonical.items():
        sp = speakers[name]
        sp.quote_count += counts[speaker]
        sp.word_count += words[speaker]
    _rename(quotes, canonical)
    return sorted(speakers.values(), key=lambda s: (-s.quote_count, s.name))


def _rename(quotes: Quotes, canonical: dict[str, str]) -> None:
    """Every quote's speaker by its corpus-wide name."""
    if isinstance(quotes, QuoteTable):
        quotes.rename_speakers(canonical)
        return
    for q in quotes:
        if q.speaker and canonical[q.speaker] != q.speaker:
            q.speaker = canonical[q.speaker]


_Counts = dict[str, dict[str, int]]


def _full_names(
    counts: dict[str | None, int], pairs: dict[tuple[str | None, str | None], None]
) -> tuple[_Counts, _Counts, dict[str, str]]:
    """The people quoted by full name: quotes per full name by surname and by first
    name, and each one's gender when a "Mr ..."/"Mrs ..." mention gives it (the first
    such mention: ``pairs`` holds each speaker, mention pair in the order it first
    occurs)."""
    quotes_by_full: _Counts = {}  # surname -> full name -> quotes
    quotes_by_first: _Counts = {}  # first name -> full name -> quotes
    full: set[str] = set()
    for speaker, n in counts.items():
        if not speaker or not looks_like_person(speaker):
            continue
        tokens = speaker.split()
        if tokens[0] not in HONORIFICS:
            full.add(speaker)
            by_name = quotes_by_full.setdefault(tokens[-1], {})
            by_name[speaker] = by_name.get(speaker, 0) + n
            by_first = quotes_by_first.setdefault(tokens[0], {})
            by_first[speaker] = by_first.get(speaker, 0) + n
    genders: dict[str, str] = {}  # full name -> "m"/"f", from "Mr ..."/"Mrs ..." mentions
    for speaker, mention in pairs:
        if speaker in full and speaker not in genders:
            gender = honorific_gender(mention.split()[0] if mention else None)
            if gender:
                genders[speaker] = gender
    return quotes_by_full, quotes_by_first, genders


def _full_name(
    name: str, quotes_by_full: _Counts, quotes_by_first: _Counts, genders: dict[str, str]
) -> str:
    """The corpus-wide name of a speaker: "Mr Blair" or "Blair" → "Tony Blair" when one
    full name with that surname stands out, else the name as it is."""
    tokens = name.split()
    # (A one-word label in lower case, "lawyers", is nobody's surname.)
    if tokens[0] in HONORIFICS or (len(tokens) == 1 and name[:1].isupper()):
        gender = honorific_gender(tokens[0])
        # "Sir Alex" goes by first name, "Mr Blair" and "Blair" by surname.
        by_first = len(tokens) == 2 and tokens[0] in FIRST_NAME_HONORIFICS
        table = quotes_by_first if by_first else quotes_by_full
        options = {
            full: n
            for full, n in table.get(tokens[-1], {}).items()
            if not gender_clash(gender, genders.get(full))
        }
        return _only_full_name(options) or name
    return name
