"""Quoted fragments woven into a reporter's sentence: whose words, or nobody's?

A fragment is someone's words (a partial quote) when its sentence reports what they
said; it is nobody's (a scare quote, a term, a name) when the words only name a
thing. Two rules decide it here, from the sentence around the fragment:

- A reporting clause at the end of a sentence governs the whole sentence: in
  `The plan was a "betrayal" and "a farce", the MP said.` both fragments are the
  MP's, though only the last one stands next to the cue.
- Words the sentence sets apart as a name ("so-called", "dubbed", "known as", a
  capitalised name after "called") are a term, not the words of the sentence's
  speaker: `Ed Vane, dubbing his rival "Sir Spendalot"`.
"""

from __future__ import annotations

import re
from typing import Final

from tui.core import titles as T  # (a module: titles imports the lexicon, this package)
from tui.core.attribution import cues as C
from tui.core.attribution import lexicon as L
from tui.core.attribution.context import ArticleContext
from tui.core.model import Quote

# How a quote's speaker may have been found at a cue standing after it.
_CUE_AFTER: Final = frozenset(("cue-after", "pronoun", "role", "according-to"))
# Words that set the next quoted words apart as a name or a term, whoever says it:
# "a so-called "magic circle"", "known as "the Rock"", "the word "urban"", "what has
# been dubbed "the game of the year"", "defines "premises" as" (not "what he called":
# a subject before the verb makes it his words).
_TERM_BEFORE: Final = re.compile(
    r"\b(?i:so-called|known\s+as|(?:the|a)\s+(?:words?|terms?|phrase|nickname|motto)"
    r"|(?:is|are|was|were|be|been|being)\s+(?:dubbed|nicknamed|termed|called|named)"
    r"|defin(?:e|es|ed|ing)|redefin(?:e|es|ed|ing))\s*$"
)
# A naming verb and its object before a name ("dubbing the minister "Sir Spendalot"",
# "called him "Minister of Mischief""); group 1: an article, which makes what follows
# a judgement instead ("dubbed the plan an "abuse of power""). An object may be a
# name itself: `dubbed "pioneers" and "settlers"`.
_DUBBED_BEFORE: Final = re.compile(
    r"\b(?:dub(?:s|bed|bing)?|Dubbed|[Nn]icknam(?:e|es|ed|ing))(?:\s+[\w'’\"“”-]+){0,3}?"
    r"(\s+(?i:an?))?\s*$"
)
# A new thing named by a participle: "a problem called "knocking"" (group 1: the
# thing). Only after "a": "what the governor called "a mess"" is the governor's words.
_THING_CALLED: Final = re.compile(r"\b(an?\s+[a-z-]+)\s+(?:called|named)\s*$")
# A study, report or inquiry and its verb of finding, maybe with an appositive
# between ("The report, which followed a year-long inquiry, found").
_FINDER: Final = re.compile(
    rf"\b(?P<who>(?:[Tt]he|[Aa]n?)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{L.FINDER_HEADS}))\b"
    r"(?:,[^,]{1,120},)?\s+(?:has\s+|had\s+|also\s+)*(?P<verb>found|finds)\b"
)
_NAMED_BEFORE: Final = re.compile(
    r"\b(?i:call(?:s|ed|ing)?|brand(?:s|ed|ing)?)(?:\s+[\w'’-]+){0,3}?\s*$"
)
_NAME_MAX_WORDS: Final = 3  # a lower-case nickname after "dubbed" is short ("blip-pop")
# Word stems one of the patterns above needs, to skip them at once.
_SETTING_APART: Final = (
    "so-called",
    "known",
    "word",
    "term",
    "phrase",
    "nam",
    "motto",
    "defin",
    "dub",
    "call",
    "brand",
)
# A lower-case word right after a closing mark: what the quoted words may modify.
_NOUN_NEXT: Final = re.compile(r"[\"”’']?\s([a-z][\w-]*)\b")
# A determiner or possessive right before the opening mark: the quote sits inside a
# noun phrase (`the "smear" tactics`), not after a verb (`was "lamentable" not`).
_DETERMINER_BEFORE: Final = re.compile(
    r"(?:\b(?:[Tt]he|an?|his|her|its|their|our|my|your)|['’]s?)\s+$"
)
# A nickname written inside a name: `Patrick "Packy" Dunmore`, `Roderick "Rod" Van der
# Berg`: a given name right before the quote, a surname (or particle) right after.
_GIVEN_BEFORE: Final = re.compile(r"(?<![\w.'’-])[A-Z][a-z]+\s$")
_SURNAME_AFTER: Final = re.compile(r"[\"”’']?\s(?:[A-Z]|(?:van|von|de|del|da|di|al|la|le)\s)")
_NICKNAME_MAX_WORDS: Final = 2
_TERM_MAX_WORDS: Final = 8  # a name or a term is short
_LOOKBACK: Final = 60  # chars read before a fragment for the words that set it apart


def names_a_term(text: str, q: Quote) -> bool:
    """Does the sentence set ``q`` apart as a term or a name rather than quote words?"""
    before = text[max(0, q.start - _LOOKBACK) : q.start]
    if _nickname(text, q):
        return True
    low = before.lower()
    if not any(w in low for w in _SETTING_APART):
        return False  # (most quotes: no regular expression tried)
    if _TERM_BEFORE.search(before):
        return True
    thing = _THING_CALLED.search(before)
    if thing and not C.speaks(thing.group(1)):
        return True
    content = q.text.strip("\"“”‘’' ")
    name = T.title_cased(content) and content.rstrip()[-1:] not in "!?"
    dubbed = _DUBBED_BEFORE.search(before)
    if dubbed and not dubbed.group(1):
        return name or len(content.split()) <= _NAME_MAX_WORDS
    return name and _NAMED_BEFORE.search(before) is not None


def _nickname(text: str, q: Quote) -> bool:
    """Is ``q`` a nickname inside a name (`Patrick "Packy" Dunmore`)? Nobody's words."""
    content = q.text.strip("\"“”‘’' ")
    if not content[:1].isupper() or len(content.split()) > _NICKNAME_MAX_WORDS:
        return False
    if not T.title_cased(content) or content[-1:] in ".,!?;:":
        return False
    if not _SURNAME_AFTER.match(text, q.end):
        return False
    return _GIVEN_BEFORE.search(text, max(0, q.start - 20), q.start) is not None


def unname_terms(text: str, quotes: list[Quote]) -> None:
    """Make a short partial quote its sentence sets apart as a name or a term a scare
    quote with no speaker ("dubbing Mr Brown "Sir Wastealot"": nobody's words); a
    capitalised one too, though it ends its sentence (`an ad calls her "Holly From
    the Hotel Lobby."`)."""
    for q in quotes:
        if len(q.text.split()) > _TERM_MAX_WORDS or q.kind not in ("partial", "direct"):
            continue
        if q.kind == "direct" and not T.title_cased(q.text.strip("\"“”‘’' ")):
            continue
        if names_a_term(text, q):
            q.kind = "scare"
            q.speaker = q.speaker_mention = q.cue = q.speaker_how = q.confidence = None


def share_sentence_cue(ctx: ArticleContext, quotes: list[Quote]) -> None:
    """Give a speakerless fragment the speaker of a later quote in its sentence when
    that quote's cue stands after both (`A "a" B "b", she said.`), from the last
    quote back so a chain of fragments all take it."""
    text = ctx.text
    for q, nxt in zip(reversed(quotes[:-1]), reversed(quotes[1:]), strict=True):
        if q.speaker or q.kind not in ("partial", "scare") or not _speaks_by_cue_after(nxt):
            continue
        if q.last_paragraph != nxt.paragraph:
            continue
        lo, hi = ctx.sentence_span(nxt.paragraph, nxt.start)
        if q.start < lo or ctx.cues_in(q.end, nxt.start) or not ctx.cues_in(nxt.end, hi):
            continue  # another sentence, a cue of its own between, or none after
        if C.CONTRAST.search(text, q.end, nxt.start) or names_a_term(text, q):
            continue
        q.kind = "partial"
        q.speaker, q.speaker_mention, q.cue = nxt.speaker, nxt.speaker_mention, nxt.cue
        q.speaker_how = nxt.speaker_how
        q.confidence = "low" if nxt.confidence == "low" else "medium"


def report_findings(ctx: ArticleContext, quotes: list[Quote]) -> None:
    """A speakerless partial quote in a sentence whose verb reports what a study,
    report or inquiry found (`The MPs found the system was "nowhere near ..."`, `...
    "too much freedom", the report found.`) is the finder's, at low confidence.
    ("found" is no reporting verb elsewhere: "police found the car "burnt out"".)"""
    text = ctx.text
    for q in quotes:
        if q.speaker or q.kind != "partial":
            continue
        lo, hi = ctx.sentence_span(q.paragraph, q.start)
        if "found" not in text[lo:hi] and "finds" not in text[lo:hi]:
            continue  # (most sentences: no regular expression tried)
        m = next(
            (m for m in _FINDER.finditer(text, lo, hi) if not ctx.inside_quote(m.start())), None
        )
        if m is None:
            continue
        who = " ".join(m.group("who").split())
        rest = who.partition(" ")[2]  # "The Audit Commission" is a name; "The MPs" is not
        capitalised = all(w[:1].isupper() for w in rest.split()) and not C.ACRONYM_PLURAL.fullmatch(
            rest
        )
        q.speaker = rest if capitalised else ctx.resolve_phrase(who, m.start())
        q.speaker_mention, q.cue = who, m.group("verb")
        q.speaker_how = "cue-before" if m.start() < q.start else "cue-after"
        q.confidence = "low"


def doubt_modifiers(text: str, quotes: list[Quote]) -> None:
    """A word or two quoted right before the noun they modify (`the "smear" tactics`,
    `a "shield" law`, `his "Nazi" comment`) may be the speaker's words or a term
    anyone uses: such a partial quote is never sure (high becomes medium)."""
    for q in quotes:
        if q.kind != "partial" or q.confidence != "high" or len(q.text.split()) > 2:
            continue
        m = _NOUN_NEXT.match(text, q.end)
        if m is None or m.group(1) in L.NOT_MODIFIED:
            continue
        if _DETERMINER_BEFORE.search(text, max(0, q.start - 12), q.start):
            q.confidence = "medium"


def _speaks_by_cue_after(q: Quote) -> bool:
    return bool(q.speaker) and q.kind in ("partial", "direct") and q.speaker_how in _CUE_AFTER


# -- words echoed from a quote just before ------------------------------------------

_ECHO_MAX_WORDS: Final = 4  # a longer fragment is more than an echo
_ECHO_PARAGRAPHS: Final = 3  # how far back the quote echoed may be
_EDGES: Final = " \n\"“”‘’'.,;:!?…—–-"


def _plain(words: str) -> str:
    return " ".join(words.strip(_EDGES).replace("’", "'").lower().split())


def _holds_words(text: str, words: str) -> bool:
    r"""Does ``text`` hold ``words`` with no word character on either side (what
    ``(?<!\w)words(?!\w)`` finds)? A plain search: a pattern compiled per fragment
    cost more than every search made with it."""
    at = text.find(words)
    while at >= 0:
        end = at + len(words)
        if not (at and C.is_word_char(text[at - 1])) and not (
            end < len(text) and C.is_word_char(text[end])
        ):
            return True
        at = text.find(words, at + 1)
    return False


def echoed_words(quotes: list[Quote]) -> None:
    """A short fragment left without a speaker that repeats words a direct quote just
    before holds (`"... someone who could handle it less badly," said Galloway.` ¶
    `I asked Galloway what "less badly" meant.`) are that speaker's words, echoed."""
    for k, q in enumerate(quotes):
        if q.speaker or q.kind != "partial" or len(q.text.split()) > _ECHO_MAX_WORDS:
            continue
        words = _plain(q.text)
        if not words:
            continue
        for p in reversed(quotes[:k]):
            if q.paragraph - p.last_paragraph > _ECHO_PARAGRAPHS:
                break
            if p.kind == "direct" and p.speaker and _holds_words(_plain(p.text), words):
                q.speaker, q.speaker_mention, q.cue = p.speaker, p.speaker_mention, None
                q.speaker_how, q.confidence = "same-words", "medium"
                break


_LEDE_ECHO_MIN_WORDS: Final = 2  # one word is too common to tie two quotes
# Before the words inside the later quote: someone else's words reported there ("He
# said I should find a reason"), or words denied ("It is not a blank check").
_SENTENCE_ENDS: Final = (". ", "? ", "! ")
_NOT_OWN_WORDS: Final = re.compile(r"\b(?:said|says|told|tells|asked|wrote|not|no|never)\b")


def _unnamed_label(speaker: str | None) -> bool:
    """No speaker, a role ("a Republican candidate") or a group ("House Rivals"): a
    label the story may name later, not a person's name."""
    if not speaker or speaker[:1].islower():
        return True
    head = speaker.rsplit(None, 1)[-1]
    return head.endswith("s") and C.speaks(head)


def lede_words_again(quotes: list[Quote], lede: int) -> None:
    """A partial quote in the story's first paragraph (``lede``) given to no one named
    ("with one senator telling her she had "failed every student"") whose words a later
    quote holds ("You failed every student here," Roe said): the story names its
    speaker there (a guess: low)."""
    later: list[tuple[Quote, str]] | None = None  # read once, when a lede partial asks
    for q in quotes:
        if q.paragraph > lede:
            break
        if q.paragraph < lede or q.kind != "partial" or not _unnamed_label(q.speaker):
            continue
        words = _plain(q.text)
        if len(words.split()) < _LEDE_ECHO_MIN_WORDS:
            continue
        if later is None:
            later = _named_after(quotes, lede)
        _take_echoed_speaker(q, words, later)


def _named_after(quotes: list[Quote], lede: int) -> list[tuple[Quote, str]]:
    """Quotes past the lede paragraph that name a speaker, with their plain words (one
    list for all the lede's partials: a one-paragraph text has thousands of them)."""
    return [
        (p, _plain(p.text))
        for p in quotes
        if p.paragraph > lede and p.kind not in ("scare", "title") and not _unnamed_label(p.speaker)
    ]


def _take_echoed_speaker(q: Quote, words: str, later: list[tuple[Quote, str]]) -> None:
    """Give ``q`` the speaker of the first later quote holding ``words`` as its own."""
    for p, text in later:
        if not _holds_words(text, words):
            continue
        at = text.find(words)
        # (only the quote's sentence that holds them: "I won't. It is a dead letter.")
        lo = max(text.rfind(end, 0, at) for end in _SENTENCE_ENDS) + 1
        if _NOT_OWN_WORDS.search(text, lo, at) is None:
            q.speaker, q.speaker_mention, q.cue = p.speaker, p.speaker_mention, None
            q.speaker_how, q.confidence = "same-words", "low"
        break
