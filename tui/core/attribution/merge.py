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


def _link_roles(articles: list[Article], quotes: list[Quote], roles: RoleBook) -> None:
    """ "the prime minister" said it, in an article that names Mr Blair but never ties
    him to the role: the person the rest of the corpus ties it to (a guess, so low
    confidence). A role guessed to be the story's subject (low confidence) gives way
    to the corpus's holder too."""
    texts: dict[str, str] | None = None
    for q in quotes:
        role = q.speaker
        if q.confidence == "low" and q.speaker_how == "role" and q.speaker_mention:
            role = "the " + q.speaker_mention.split(" ", 1)[-1]  # "The minister"
        if not (role and role.startswith("the ") and role_keys(role)):
            continue
        if texts is None:
            texts = {a.id: a.text for a in articles}
        holder = roles.holder(role, texts.get(q.article, ""))
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

    Names recur across a corpus, so every check on a name runs once per distinct name
    and the per-quote work is counting.
    """
    if roles is not None:
        _link_roles(articles, quotes, roles)
    counts: dict[str, int] = {}  # speaker name -> quotes, in order of first quote
    genders: dict[str, str] = {}  # name -> "m"/"f", from the first "Mr ..."/"Mrs ..." mention
    gender_of: dict[str, str | None] = {}  # mention -> its honorific's gender
    for q in quotes:
        name = q.speaker
        if not name:
            continue
        counts[name] = counts.get(name, 0) + 1
        mention = q.speaker_mention
        if mention and name not in genders:
            gender = gender_of.get(mention, "")
            if gender == "":
                gender = gender_of[mention] = honorific_gender(mention.split()[0])
            if gender:
                genders[name] = gender
    canonical = _canonical_names(counts, genders)
    return _count_speakers(quotes, canonical)


def _canonical_names(counts: dict[str, int], genders: dict[str, str]) -> dict[str, str]:
    """Each speaker name -> the name it is counted under (a full name for a surname)."""
    quotes_by_full: dict[str, dict[str, int]] = {}  # surname -> full name -> quotes
    quotes_by_first: dict[str, dict[str, int]] = {}  # first name -> full name -> quotes
    for name, n in counts.items():
        tokens = name.split()
        if looks_like_person(name) and tokens[0] not in HONORIFICS:
            by_name = quotes_by_full.setdefault(tokens[-1], {})
            by_name[name] = by_name.get(name, 0) + n
            by_first = quotes_by_first.setdefault(tokens[0], {})
            by_first[name] = by_first.get(name, 0) + n
    canonical: dict[str, str] = {}
    for name in counts:
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
            canonical[name] = _only_full_name(options) or name
        else:
            canonical[name] = name
    return canonical


def _count_speakers(quotes: list[Quote], canonical: dict[str, str]) -> list[Speaker]:
    """One Speaker per canonical name with its aliases, articles and counts; each quote's
    speaker set to its canonical name."""
    speakers: dict[str, tuple[Speaker, set[str], set[str], list[int]]] = {}
    name_like: dict[str, bool] = {}
    for q in quotes:
        said = q.speaker
        if not said:
            continue
        name = canonical[said]
        entry = speakers.get(name)
        if entry is None:
            sp = Speaker(name=name, is_person=looks_like_person(name))
            entry = speakers[name] = (sp, set(), set(), [0, 0])  # aliases, articles, counts
        sp, aliases, article_ids, counts = entry
        for alias in (said, q.speaker_mention):
            if alias and alias != name and alias not in aliases:
                ok = name_like.get(alias)
                if ok is None:
                    ok = name_like[alias] = _name_like(alias)
                if ok:
                    aliases.add(alias)
                    sp.aliases.append(alias)
        if q.article not in article_ids:
            article_ids.add(q.article)
            sp.articles.append(q.article)
        counts[0] += 1
        counts[1] += len(q.text.split())
        q.speaker = name
    for sp, _, _, (quote_count, word_count) in speakers.values():
        sp.quote_count, sp.word_count = quote_count, word_count
    return sorted((e[0] for e in speakers.values()), key=lambda s: (-s.quote_count, s.name))
