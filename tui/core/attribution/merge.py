"""Speakers across articles: join "Mr Coyne" in one article to "Gerard Coyne" in another.

Full names are the canonical key; a bare surname ("Coyne", "Mr Coyne") joins the one
full name with that surname when it is clear, so two people who share a surname are
never merged.
"""

from __future__ import annotations

from tui.core.attribution.lexicon import (
    FIRST_NAME_HONORIFICS,
    HONORIFICS,
    NOT_NAME_STARTS,
)
from tui.core.attribution.names import gender_clash, honorific_gender, looks_like_person
from tui.core.attribution.roles import RoleBook, role_keys
from tui.core.model import Article, Quote, Speaker

_DOMINANT = 5


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


def _words(text: str) -> int:
    return len(text.split())


def _link_roles(articles: list[Article], quotes: list[Quote], roles: RoleBook) -> None:
    """ "the prime minister" said it, in an article that names Mr Blair but never ties
    him to the role: the person the rest of the corpus ties it to (a guess, so low
    confidence). A role guessed to be the story's subject (low confidence) gives way
    to the corpus's holder too."""
    by_id: dict[str, Article] | None = None  # texts read one by one: they may be on disk
    for q in quotes:
        role = q.speaker
        if q.confidence == "low" and q.speaker_how == "role" and q.speaker_mention:
            role = "the " + q.speaker_mention.split(" ", 1)[-1]  # "The minister"
        if not (role and role.startswith("the ") and role_keys(role)):
            continue
        if by_id is None:
            by_id = {a.id: a for a in articles}
        article = by_id.get(q.article)
        holder = roles.holder(role, article.text if article is not None else "")
        if holder:
            q.speaker, q.confidence = holder, "low"


def merge_speakers(
    articles: list[Article], quotes: list[Quote], roles: RoleBook | None = None
) -> list[Speaker]:
    """Join each article's speakers into corpus-wide speakers, most quoted first.

    Full names are the canonical key; a name that is only a surname ("Coyne",
    "Mr Coyne") joins the single full name with that surname if there is exactly
    one, so two different people who share a surname are never merged. With
    ``roles`` (the ties :func:`attribute_quotes` returned), a role left as the
    speaker ("the prime minister") becomes the person the corpus ties it to.
    """
    if roles is not None:
        _link_roles(articles, quotes, roles)
    quotes_by_full, quotes_by_first, genders = _full_names(quotes)
    speakers: dict[str, Speaker] = {}
    # Each speaker's articles as a set too: a list look-up per quote made a speaker
    # quoted in thousands of articles quadratic.
    seen_in: dict[str, set[str]] = {}
    for q in quotes:
        if not q.speaker:
            continue
        name = _full_name(q.speaker, quotes_by_full, quotes_by_first, genders)
        sp = speakers.get(name)
        if sp is None:
            sp = speakers[name] = Speaker(name=name, is_person=looks_like_person(name))
            seen_in[name] = set(sp.articles)
        for alias in (q.speaker, q.speaker_mention):
            if alias and alias != name and alias not in sp.aliases and _name_like(alias):
                sp.aliases.append(alias)
        if q.article not in seen_in[name]:
            seen_in[name].add(q.article)
            sp.articles.append(q.article)
        sp.quote_count += 1
        sp.word_count += _words(q.text)
        q.speaker = name
    return sorted(speakers.values(), key=lambda s: (-s.quote_count, s.name))


_Counts = dict[str, dict[str, int]]


def _full_names(quotes: list[Quote]) -> tuple[_Counts, _Counts, dict[str, str]]:
    """The people quoted by full name: quotes per full name by surname and by first
    name, and each one's gender when a "Mr ..."/"Mrs ..." mention gives it."""
    quotes_by_full: _Counts = {}  # surname -> full name -> quotes
    quotes_by_first: _Counts = {}  # first name -> full name -> quotes
    genders: dict[str, str] = {}  # full name -> "m"/"f", from "Mr ..."/"Mrs ..." mentions
    for q in quotes:
        speaker = q.speaker
        if not speaker or not looks_like_person(speaker):
            continue
        tokens = speaker.split()
        if tokens[0] not in HONORIFICS:
            by_name = quotes_by_full.setdefault(tokens[-1], {})
            by_name[speaker] = by_name.get(speaker, 0) + 1
            by_first = quotes_by_first.setdefault(tokens[0], {})
            by_first[speaker] = by_first.get(speaker, 0) + 1
            gender = honorific_gender(q.speaker_mention.split()[0] if q.speaker_mention else None)
            if gender:
                genders.setdefault(speaker, gender)
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
