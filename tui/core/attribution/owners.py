"""Quoted words with no reporting verb whose owner the sentence still makes plain.

- `She was, by her own description, "a poor speaker"`: the words are the person's
  own (by/in her own account, description, admission, words).
- `His main worry is "cost"`, `The board's chief concern was "keeping the mills
  open"`: the owner of a worry, aim or complaint said what it is.
- `The crowd chanted "Q"`, `with audience members chanting "Q"`, `a shout of "Q"
  went up from the strikers`: a crowd named as a group ("the crowd", "the strikers",
  "audience members") speaks its chant; a counted one ("several dozen protesters",
  "someone in the crowd") is left unnamed, as the gold writes it.

Each function returns ``(speaker, mention, cue)`` or None. A real scare quote (no
owner word right before it) is never touched.
"""

from __future__ import annotations

import re
from typing import Final

from tui.core.attribution import lexicon as L
from tui.core.attribution.context import ArticleContext
from tui.core.attribution.cues import speaks
from tui.core.model import Quote

Owner = tuple[str, str, str]  # speaker, the words naming them, the cue word

_PRONOUN_OF: Final = {"his": "he", "her": "she", "their": "they", "its": "it"}
# "by her own description, ", "in his own words: " right before the quote.
_OWN_ACCOUNT: Final = re.compile(
    rf"\b(?:[Bb]y|[Ii]n|[Oo]n)\s+(his|her|their|its)\s+own\s+({L.OWN_ACCOUNT_NOUNS})"
    r"\s*[,:]?\s*$"
)
# "His main worry is ", "The board's chief concern was ", "Ann Lee's hope remains ".
_OWNED_AIM: Final = re.compile(
    r"(?:\A\s*|[.;:]\s+|\b(?:and|but)\s+)"
    r"(?P<owner>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|(?P<named>(?:[Tt]he\s+)?"
    r"(?:[A-Z][\w.-]*\s+){0,3}?(?:[A-Z][\w.-]*|[a-z]+))['’]s?)"
    rf"\s+(?:[a-z-]+\s+){{0,2}}?(?P<noun>{L.AIM_NOUNS})\s+"
    r"(?:is|are|was|were|remains|remained|has\s+been|had\s+been)\s+$"
)
_AIM_REACH: Final = 120  # chars before the quote read for its owner
# A crowd raising its voice right before a quote: "the crowd chanted", "audience
# members chanting", "the strikers responded with chants of", "the crowd, which
# answered with cries of".
_CROWD_BEFORE: Final = re.compile(
    rf"\b(?P<noun>{L.CROWD_NOUNS})"
    r"(?:\s+(?:in|at|outside|from|near|on)\s+(?:the\s+)?[\w'’-]+)?"
    r"(?:,?\s+(?:which|who)\b)?"
    r"(?:\s+(?:(?:began|started|then|again|kept|all)\s+)?"
    r"(?P<verb>chant|shout|yell|cheer|sing|sang|scream|roar|jeer|boo)[a-z]*(?:\s+(?:out|back))?"
    r"|\s+(?:[a-z]+\s+){0,2}?with\s+(?P<noun_cue>chants|shouts|cries|cheers|jeers|roars)"
    r"\s+of)"
    r"\s*[,:]?\s*[\"“‘']?$"
)
# What every _CROWD_BEFORE holds (its verb's stem or its noun cue): a cheap look first.
_CROWD_WORD: Final = re.compile(r"chant|shout|yell|cheer|sing|sang|scream|roar|jeer|boo|cries")
# `a shout of "Q" went up from the strikers` (after the quote).
_CROWD_SHOUT: Final = re.compile(r"\b(?:chant|shout|cry|roar|cheer)s?\s+of\s*$")
_CROWD_AFTER: Final = re.compile(
    r"[\"”’']?\s+(?:went\s+up|rose|rang\s+out|came|erupted)\s+from\s+"
    rf"(?P<who>the\s+(?:[a-z-]+\s+)?(?P<noun>{L.CROWD_NOUNS}))\b"
)
_CROWD_REACH: Final = 90  # chars before a quote read for a crowd's voice
# Words before "the crowd" that pick one of it out ("someone in the audience").
_ONE_OF: Final = L.word_set("in at among from of outside near inside")
# Words before a crowd's noun that count it: it is nobody in particular.
_COUNTED: Final = L.word_set(
    "a an one some several many few dozen dozens hundreds thousands scores of other more "
    "two three four five six seven eight nine ten most"
)


# A sentence opening with a body's or a party's programme and its verb, right before the
# quote: "The Tory proposals are ", "Tarn Foods' plan would ", "The Veltro budget also
# aims to ". (Not a verb reporting another's view of it: "is described by critics as".)
_OWNED_PLAN: Final = re.compile(
    r"(?:\A\s*|[.;:]\s+|\b(?:and|but)\s+)"
    r"(?:[Tt]he\s+(?P<modifier>(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)"
    r"|(?P<named>(?:[Tt]he\s+)?(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)(?:['’]s|(?<=s)['’]))"
    rf"\s+(?:new\s+|latest\s+|own\s+|draft\s+)?(?P<noun>{L.PLAN_NOUNS})\s+"
    r"(?P<verb>are|is|were|was|would|will|could|should|might|may|remain|remains)\s+"
    r"(?:(?:also|not|still|only|[a-z]+ly)\s+){0,2}"
    r"(?:(?:aimed|designed|intended|meant|set|going|likely)\s+to\s+|be\s+)?$"
)
_PLAN_REACH: Final = 120  # chars before the quote read for the programme's owner
# The words :data:`_OWNED_PLAN` may end on (its verb, an adverb but one in "-ly", "to"
# or "be"), each followed by spaces only: what the stretch before a quote must end on.
_PLAN_TAIL_WORDS: Final = frozenset(
    {"are", "is", "were", "was", "would", "will", "could", "should", "might", "may"}
    | {"remain", "remains", "also", "not", "still", "only", "to", "be"}
)


def _plan_tail(before: str) -> bool:
    """Could :data:`_OWNED_PLAN` match ``before``? Only when its last word is one it ends
    on, spaces after it: a look at that word spares the search, which the ``$`` at the
    pattern's end leaves trying every position of the stretch (most quotes have none)."""
    if not before[-1:].isspace():
        return False
    words = before.rsplit(None, 1)
    last = words[-1] if words else ""
    return last in _PLAN_TAIL_WORDS or last.endswith("ly")


# A copula right before the quote of a feeling: "was ", "is very ", "remained ".
_STATE_VERB: Final = re.compile(
    r" (?P<verb>is|was|are|were|remains|remained|felt|feels)"
    r"(?: (?:very|extremely|deeply|really|not|still|so|quite|clearly))? $"
)
_STATE_REACH: Final = 40  # chars before the quote read for its copula


def felt_state(ctx: ArticleContext, q: Quote, lo: int) -> Owner | None:
    """`A spokeswoman was "satisfied"`, `Ms Roe is "delighted" with it`: a feeling
    quoted right after its subject and a copula is that subject's word, the way a
    reporter sums up what someone said they felt (not a term set apart)."""
    words = q.text.strip(" .,!?").lower().split()
    if not words or len(words) > 3 or words[-1] not in L.FEELING_WORDS:
        return None
    text = ctx.text
    start = max(lo, q.start - _STATE_REACH)
    m = _STATE_VERB.search(text, start, q.start)
    if m is None:
        return None
    found = [c for c in ctx.candidates(lo, m.start()) if c.end == m.start()]
    if not found or (found[-1].kind == "nominal" and not speaks(found[-1].words)):
        return None
    speaker = ctx.resolve(found[-1], found[-1].start)
    return (speaker, found[-1].words, m.group("verb")) if speaker else None


def owned_plan(ctx: ArticleContext, q: Quote, lo: int) -> Owner | None:
    """`The Tory proposals are "Q"`, `Tarn Foods' plan would "Q"`: a programme owned
    by a named party or body, its verb right before the quote: the words are the
    programme's, so its owner's (as the article names the party: "the Tories")."""
    text = ctx.text
    start = max(lo, q.start - _PLAN_REACH)
    if not _plan_tail(text[start : q.start]):
        return None
    m = _OWNED_PLAN.search(text[start : q.start])
    if m is None:
        return None
    words = " ".join((m.group("modifier") or m.group("named")).split())
    at = start + m.start("modifier" if m.group("modifier") else "named")
    speaker = programme_owner(ctx, words, at)
    if speaker is None:
        return None
    return speaker, f"the {words.removeprefix('The ')} {m.group('noun')}", m.group("verb")


def programme_owner(ctx: ArticleContext, words: str, at: int) -> str | None:
    """The party or body that ``words`` (at ``at``) name as a programme's owner ("Tory"
    of "the Tory proposals": the Tories as the article names them; "Tarn Foods"), None
    for a person, a place or a capitalised word that names no body."""
    words = words.removeprefix("The ").removeprefix("the ")
    forms = L.PARTY_FORMS.get(words.split()[0].lower())
    if forms is not None:
        return _party_label(ctx.text, forms, at)
    mention = next(iter(ctx.names.mentions_between(at, at + len(words) + 4)), None)
    if mention is None or not mention.org or ctx.names.is_person(mention):
        return None
    return words if words.startswith(mention.words) else ctx.names.resolve(mention)


def _party_label(text: str, forms: tuple[str, ...], pos: int) -> str:
    """How the article names the party before ``pos`` (the last of ``forms`` written,
    "the Tories"), else its first form."""
    best, where = forms[0], -1
    for form in forms:
        at = text.rfind(form, 0, pos)
        if at > where and not text[at + len(form) : at + len(form) + 1].isalnum():
            best, where = form, at
    if best.endswith(("s", "Party", "party")) and best != "Labour Party":
        return f"the {best}"
    return best


# A verb naming someone as something, its object and the word leading into the quote:
# "introduced her at a meeting as ", "accusing federal agencies of ", "hailed him as ".
_CALLS_AS: Final = re.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)"
    rf"\b(?P<verb>(?P<accuse>accus)?(?(accuse)|(?:{L.CALLING_AS_STEMS}))[a-z]*)\s+(?!by\b)"
    r"(?:him|her|them|me|us|it|(?:the\s+|[Tt]he\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+)"
    r"(?:\s+(?:at|on|in|to|before|during)\s+[^,.;:\"“”]{1,50}?)?"
    r"\s+(?(accuse)of|as)\s*$"  # ("introduced the concept of "Q"": no naming)
)
_CALLS_REACH: Final = 140  # chars before the quote read for such a verb


def _calls_tail(before: str) -> bool:
    """Could :data:`_CALLS_AS` match ``before``? Only when it ends on "as" or "of" (and
    spaces): a look at its end spares the search, which the ``$`` at the pattern's end
    leaves trying every position of the stretch (most quotes have no such verb)."""
    return before.rstrip().endswith(("as", "of"))


# A paper opening the sentence, owned by a pronoun or a name ("Its latest ad", "Tarn
# Families First's flyer"): the subject of a naming verb joined to it by "and".
_PAPER_OPENS: Final = re.compile(
    r"\s*(?:(?P<owner>His|Her|Their|Its)|(?P<named>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,5})['’]s)"
    rf"\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{'|'.join(sorted(L.READ_SUBJECTS))})\b"
)
# What joins the verb to the paper's clause: "and accuses", ", accusing".
_AND_BEFORE: Final = re.compile(r"(?:\band|,)\s+$")


def calls_as(ctx: ArticleContext, q: Quote, lo: int) -> Owner | None:
    """`Rep. Ann Lee, who introduced him as "Q"`, `opened the hearing by accusing the
    agency of "Q"`: the words are the naming verb's subject, the nearest person or
    body before the verb (a pronoun resolved), as a guess."""
    start = max(lo, q.start - _CALLS_REACH)
    if not _calls_tail(ctx.text[start : q.start]):
        return None
    m = _CALLS_AS.search(ctx.text, start, q.start)
    if m is None:
        return None
    text = ctx.text
    paper = paper_subject(ctx, q.paragraph, m.start())
    if paper is not None:
        return paper[0], paper[1], m.group("verb")
    before = [
        c  # ("Rep. Ann Lee (R-OH) opened": not the party and state in brackets)
        for c in ctx.candidates(lo, m.start())
        if text[c.start - 1 : c.start] != "(" or text[c.end : c.end + 1] != ")"
    ]
    if not before:
        return None
    subject = before[-1]
    speaker = ctx.resolve(subject, subject.start)
    if not speaker:
        return None
    return speaker, subject.words, m.group("verb")


def paper_subject(ctx: ArticleContext, para: int, verb: int) -> tuple[str, str] | None:
    """ "Its latest ad shows footage of Ode and accuses him of "Q"": a verb joined by
    "and" (or a comma) to a sentence of paragraph ``para`` that opens with an owned
    paper has the paper for subject, so the owner speaks (the speaker, the words
    naming the paper), not the name before "and" (an object)."""
    text = ctx.text
    if not _AND_BEFORE.search(text, max(0, verb - 8), verb):
        return None
    s_lo, _ = ctx.sentence_span(para, verb)
    m = _PAPER_OPENS.match(text, s_lo, verb)
    if m is None:
        return None
    if m.group("owner"):
        owner = ctx.resolve_pronoun(_PRONOUN_OF[m.group("owner").lower()], m.start())
    else:
        mention = next(iter(ctx.names.mentions_between(*m.span("named"))), None)
        owner = ctx.names.resolve(mention) if mention is not None else None
    if not owner or owner.split()[-1].lower() in L.READ_SUBJECTS:
        return None
    return owner, m.group().strip()


def own_account(ctx: ArticleContext, q: Quote, lo: int) -> Owner | None:
    """`She was, by her own description, "a poor speaker"`: the pronoun's person."""
    m = _OWN_ACCOUNT.search(ctx.text, max(lo, q.start - 60), q.start)
    if m is None:
        return None
    pronoun = m.group(1)
    speaker = ctx.resolve_pronoun(_PRONOUN_OF[pronoun], m.start(1))
    if not speaker:
        return None
    return speaker, pronoun, m.group(2)


def owned_aim(ctx: ArticleContext, q: Quote, lo: int) -> Owner | None:
    """`His main worry is "cost"`: the owner of the worry (a pronoun's person, a
    name, or a body: "the government's main problems are")."""
    text = ctx.text
    start = max(lo, q.start - _AIM_REACH)
    m = _OWNED_AIM.search(text[start : q.start])
    if m is None:
        return None
    at = start  # (read on a slice: \A is the sentence's start when it is near)
    owner = m.group("owner")
    pronoun = _PRONOUN_OF.get(owner.lower())
    if pronoun is not None:
        speaker = ctx.resolve_pronoun(pronoun, at + m.start("owner"))
    else:
        words = " ".join(m.group("named").split())
        first = words.partition(" ")[0]
        if first.lower() == "the" or words[:1].islower():
            speaker = ctx.resolve_phrase(words, at + m.start("named"))
        else:
            mention = next(
                iter(ctx.names.mentions_between(at + m.start("named"), at + m.end("named"))), None
            )
            if mention is None:
                return None  # (a capitalised word that is no name: "Monday's")
            speaker = ctx.names.resolve(mention)
    if not speaker:
        return None
    return speaker, owner, m.group("noun")


def crowd_voice(ctx: ArticleContext, q: Quote, lo: int) -> Owner | bool | None:
    """A crowd's chant: the group when named as one, False when counted ("several
    dozen protesters chanted": no one to name), None when no crowd raises its voice."""
    text = ctx.text
    after = _CROWD_AFTER.match(text, q.end)
    if after is not None and _CROWD_SHOUT.search(text, max(lo, q.start - 30), q.start):
        who = " ".join(after.group("who").split())
        return ctx.resolve_phrase(who, after.start("who")), who, "went up"
    start = max(lo, q.start - _CROWD_REACH)
    # (A crowd's voice needs one of its words: most quotes have none before them.)
    m = (
        _CROWD_BEFORE.search(text, start, q.start)
        if _CROWD_WORD.search(text, start, q.start)
        else None
    )
    if m is None:
        return None
    noun = m.group("noun")
    label = _crowd_label(text, m.start("noun"), noun)
    if label is None:
        return False
    cue = m.group("verb") or m.group("noun_cue") or ""
    return ctx.resolve_phrase(label, m.start("noun") - len(label) + len(noun)), label, cue


def _crowd_label(text: str, start: int, noun: str) -> str | None:
    """The words naming the crowd whose noun starts at ``start`` ("the crowd",
    "audience members", "striking nurses"), or None when a count or "a" leads it."""
    words = text[max(0, start - 40) : start].split()
    kept: list[str] = []
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        low = word.lower()
        if low in _COUNTED or low.isdigit():
            return None
        if low in ("the", "those", "these"):
            if k and words[k - 1].lower() in _ONE_OF:
                return None  # "someone in the audience shouted": one of them
            return " ".join(["the", *kept, noun])
        if not word.islower() or not word.isalpha() or low in L.CROWD_STOPS:
            break
        kept.insert(0, low)
        if len(kept) == 2:
            break
    return _bare(kept, noun)


def _bare(kept: list[str], noun: str) -> str | None:
    """A crowd named with no article: "audience members" (never a bare "people"),
    labelled "the audience members" (a lower-case phrase with no article reads as a
    fragment)."""
    if not kept and noun in L.VAGUE_CROWDS:
        return None
    return " ".join(["the", *kept, noun]) if kept else noun
