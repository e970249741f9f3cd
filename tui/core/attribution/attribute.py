"""Who said each quote: reporting verbs, the words around them, pronouns, continuation.

For each quote we look at its sentence: the words after it (`"Q," said Mr X`,
`"Q," Mr X said`), then the words before it (`Mr X said: "Q"`, `according to X`,
`He issued a statement saying: "Q"`, `Mr X: "Q"`). The speaker is the name, pronoun
or noun phrase next to the reporting verb (the "cue"). Pronouns and phrases such as
"the Dutchman" go back to the subject of an earlier sentence. A quote with no cue
continues the speaker of the quote or cue just before it (or, failing that, of the
quote right after it). Partial quotes with no cue in their sentence are scare quotes.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, replace
from typing import Final

from tui.core.attribution import cues as C
from tui.core.attribution import heads as H
from tui.core.attribution import lexicon as L
from tui.core.attribution import owners as O
from tui.core.attribution.context import (
    WINDOW,
    ArticleContext,
    Candidate,
    paper_before_aside,
    passive,
    words_before,
)
from tui.core.attribution.documents import (
    according_to_papers,
    document_issuers,
    paper_after_cue,
    passed_on_papers,
)
from tui.core.attribution.doubt import (
    a_term,
    another_voice,
    clause_between,
    described_by,
    gerund_between,
    given_name_only,
    governed_before_colon,
    held_by_another,
    led_by_given_name,
    led_in,
    named_for_role,
    new_clause,
    object_of_verb,
    one_subject,
    others_words_between,
    possessed_term,
    relays_another,
    reports_another,
    swallows_a_sentence,
    through_own_voice,
    title_cased,
    turned_by_contrast,
    verb_after_clause,
    voiced_by_others,
    written_plainly,
)
from tui.core.attribution.fragments import (
    doubt_modifiers,
    echoed_words,
    lede_words_again,
    report_findings,
    share_sentence_cue,
    unname_terms,
)
from tui.core.attribution.given_names import (
    name_given_sources,
    name_introduced_after,
    name_revealed_after,
)
from tui.core.attribution.names import Mention, gender_of
from tui.core.attribution.pairs import other_of_two, pair_speakers
from tui.core.attribution.parties import party_sources
from tui.core.attribution.revealed_bodies import name_revealed_bodies
from tui.core.attribution.roles import is_role, styled_start, unnamed_person
from tui.core.attribution.setups import set_up_turns
from tui.core.attribution.turns import exchange_turns
from tui.core.attribution.writers import body_writers, page_owners
from tui.core.model import Article, Confidence, Paragraph, Quote, SpeakerHow

_SCARE_MAX_WORDS: Final = 4
_ADJACENT: Final = 80  # chars searched for a noun phrase right next to a cue
_AFTER_CUE_MAX_WORDS: Final = 5  # "said Sony's chief operating officer Ken Kutaragi"
_TAIL_MAX_WORDS: Final = 5  # `"Q." Hailey later recalled.`
_FAR_WORDS: Final = 15  # a partial quote this many words after its verb may be someone else's
_LEAD_WORDS: Final = 4  # "One of them, Sen. Ann Bell ... was blunt:": words before the subject
_DETERMINERS: Final = frozenset(("a", "an", "the"))
_WHO_REACH: Final = 80  # chars from a relative "who" to the cue its clause runs to
_APPOSED_GAP: Final = 40  # chars: "The mayor| of Dayton, |Ines Corrado"
_TAG_PRONOUN: Final = re.compile(r"\s*(he|she)\s+[a-z]")  # `"Q," she said`
# The object and infinitive of an order: "told her not to come", "urged them to wait".
_DIRECTED: Final = re.compile(r"\s+(?:him|her|them|me|us)\s+(?:not\s+)?to\s")
_DASH: Final = re.compile(r"(?:—|–|--?)[ \t]*")  # a dash right after a quote: who said it
_DASHED_CHARS: Final = 120  # chars read after such a dash
_UNNAMED_AFTER: Final = re.compile(r"(?:an?|one) [^\s,.;:()—]+(?: [^\s,.;:()—]+){0,4}")
# A place or medium before a colon, not a speaker: `Wren shot back on Twitter:`.
# A speaker's age between their name and a round-up line's colon ("Ann Roe, 71:").
_AGE_BEFORE_COLON: Final = re.compile(r",\s*\d{1,3}\s*")
# The label of an interview's side before a colon ("A:", "ANSWER:", "Q:"), not a name.
_SIDE_LABEL: Final = re.compile(rf"[\s*_]*(?:{L.ANSWER_LABELS}|{L.QUESTION_LABELS})[\s*_]*")
_VENUE_BEFORE: Final = re.compile(r"\b(?:on|in|at|via|during|through)\s+$")
# A list item's bullet opening its paragraph: `- Rovers boss Tad Merrow "Q"` (a match
# report's round-up of the managers' words, the colon left out).
_BULLET: Final = re.compile(r"\s*(?:-|–|—|•|\*)\s+")
_INTRODUCED_REACH: Final = 80  # chars from a sentence's start to the comma after a name
_BYLINE_MAX_WORDS: Final = 10  # `Ada Brenner, election analyst.` under a pull-quote
_NEAR_CHARS: Final = 64  # chars that usually hold the words read back from a cue
# A participle's phrase opening a sentence, up to its comma ("Writing in the Herald, ").
_PARTICIPLE_OPENING: Final = re.compile(r"\s*[A-Z][a-z]+ing\b[^,.;:\"“”]{1,80},\s+")
# A participle's aside right before a cue: "(Her husband), pouring coffee, (interrupted)".
_PARTICIPLE_ASIDE: Final = re.compile(r",\s+[a-z]+ing\b[^,.;:\"“”]{0,50},\s+$")
_CUE_AFTER_REACH: Final = 40  # chars after a quote that hold its own cue ("," he said)
_OWNED_WORDS_GAP: Final = 12  # "Mr Brown's insistence (that) he was not "gloating""
_GOES_ON_THAT: Final = re.compile(
    r"And,? that (?:he|she|it|they|we)\b"
)  # "He will say X. And that he"
# `"Q," Van der Berg began.`: a quote ending in a comma, a subject and one past-tense
# verb closing the clause is a reporting frame whatever the verb (writers' "began",
# "offered", "ventured", "deadpanned" need no list). The subject: a name of up to
# four words, a pronoun, or "the" and a noun or three.
_FRAME_SUBJECT: Final = re.compile(
    r"[\"”’']?,?[\"”’']?\s+(?:(?:(?:[A-Z][\w'’.-]*|van|der|den|de|la|le|al|von|du)\s+){1,4}"
    r"|(?:he|she|they)\s+|the\s+(?:[a-z][\w'’-]*\s+){1,3})"
)
# (With the cue pattern's groups, none but "fin" ever set, so it reads as a cue.)
_FRAME_VERB: Final = re.compile(
    r"(?P<fin>[a-z]{3,}ed|began|broke in|cut in)(?P<part>(?!))?(?P<acc>(?!))?(?P<as>(?!))?"
    r"(?P<stmt>(?!))?(?=(?:\s+[a-z]+ly)?\s*(?:[.;]|,\s*[\"“‘']))"
)
# After a name opening the sentence after a quote: a reporting verb whose object is
# the words just quoted ("wrote that on X", "said this in a speech"), group 1 the verb.
# Only places and times may follow before the clause ends ("on X on Sunday,"; not
# "said that on Monday he would").
_SAID_THAT: Final = re.compile(
    r"\s+(?:also\s+|later\s+)?([a-z]+)\s+(?:that|this|those\s+words)(?!,)"
    r"(?:\s+(?:on|in|at|during|from|with|last|earlier)(?:\s+[\w'’-]+){1,2}){0,3}\s*[.,;]"
)
# "One (of them) said", "Another added", "The other described": one of a counted group.
_ONE_OF: Final = re.compile(
    r"[\"“‘']?(?P<one>One|Another|The other)(?: of them)?\s+(?:(?:also|later|then)\s+)?"
)
# The group: a count, up to three modifiers, a plural noun ("Two former officials",
# "several GOP aides", "both nurses").
_COUNTED: Final = re.compile(
    r"\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Bb]oth|\d+)\s+"
    r"(?P<mods>(?:[\w'’-]+\s+){0,3}?)(?P<noun>[a-z]+s)\b"
)
# A copula (and an article) right before a partial, or opening it: `India is a "Q"`,
# `The deficit "is a big issue"`: the quote says what the subject is, as a speaker would.
_COPULA_BEFORE: Final = re.compile(r"\b(?:is|are|was|were)(?:\s+(?:an?|the))?\s+$")
_COPULA_OPENS: Final = re.compile(r"(?:is|are|was|were)\s")
# A sentence opening with "the" and a noun phrase, then its verb ("But the governor
# (also) defended", "The chancellor would not comment"); group "np" the phrase.
_OPENING_PHRASE: Final = re.compile(
    r"\s*[\"“‘']?(?:(?:But|And|Yet|Still|Later|Then),?\s+)?"
    r"(?P<np>[Tt]he\s+(?:[\w'’-]+\s+){0,3}?[a-z][\w'’-]*)\s+"
    r"(?:(?:(?:also|later|then|has|had|quickly|again)\s+)?[a-z]{3,}(?:ed|s)\b"
    r"|(?:would|could|will|can|did|does)(?:\s+not|n['’]t)?\s+(?:also\s+)?[a-z]{3,}\b)"
)
# A "the" phrase opening a sentence, an aside after it perhaps, then its verb: "The
# governor, a Democrat who ran on it, praised" (a colon ends the sentence later).
_COLON_OPENING: Final = re.compile(
    r"\s*(?P<np>[Tt]he\s+(?:[\w'’-]+\s+){0,3}?[a-z][\w'’-]*)(?:,[^,;:“”\"]{1,100},)?"
    r"\s+(?:(?:also|later|then|quickly)\s+)?[a-z]{3,}(?:ed|s)\b"
)
# A determiner-led noun phrase opening a sentence, up to its head: the head is followed
# by a comma, a preposition or a verb ("A county sheriff in Utah is", "The president,").
_NP_CLOSE: Final = (
    r"(?=,|\s+(?:in|of|at|from|for|on|with|is|was|has|had|have|will|would)\s|\s+[a-z]{2,}ed\s)"
)
_OPENING_NP: Final = re.compile(
    r"\s*[\"“‘']?(?:(?:But|And|Yet|Still|Then),?\s+)?"
    r"(?P<np>(?:The|An?)\s+(?:[\w'’-]+\s+){0,3}?[a-z][\w'’-]*)" + _NP_CLOSE
)
# Quotation marks (not apostrophes): a sentence holding one may be someone's words.
_ANY_MARK: Final = frozenset('"“”‘')
# A sentence's opening "The " before a title ("The Lord Provost, Lord Varrow,").
_THE_OPENS: Final = re.compile(r"\s*[\"“‘']?(?:(?:But|And|Yet|Still|Then),?\s+)?(?:The|the)\s+")
# The place an office is of, then the comma of an apposition: " of Tarnby, ".
_OF_PLACE_COMMA: Final = re.compile(r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*){1,3})?,\s+")
# A relative aside after a paper (", which the Ledger has seen,"): who saw it, not who
# wrote it.
_WHICH_ASIDE: Final = re.compile(r",\s+(?:which|that)\s")
# The same phrase after a short scene-setting opening ("In a written statement, the
# mayor thanked ... and called"): the opening is no subject, the phrase after it is.
_SET_OPENING_NP: Final = re.compile(
    rf"\s*(?:{'|'.join(sorted(L.SCENE_OPENERS))})\s[^,.;:\"“”]{{1,40}},\s+"
    r"(?P<np>(?:the|an?)\s+(?:[\w'’-]+\s+){0,3}?[a-z][\w'’-]*)" + _NP_CLOSE
)
# A finite verb or an auxiliary in a stretch of text.
_FINITE: Final = re.compile(r"\b(?:is|was|are|were|has|had|have|will|would|did|[a-z]{2,}ed)\b")
# An unnamed source's opening article ("a person familiar with the talks"; not "one of
# those controllers", whose words another may read out).
_SOURCE_OPENING: Final = re.compile(r"(?<![\w'’-])an?\s")
_SOURCE_CHARS: Final = 80  # chars back from a "who" clause's comma to its source
# The comma and "who" of a clause running into its verb: ", who has long said".
# "Ann Lee, whose husband (said)": a "whose" clause with a subject of its own, open
# up to the cue; group 1 is the possessed noun (the speaker), its last word a noun.
_WHOSE_SUBJECT: Final = re.compile(
    r",\s*whose\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+"
    r"(?:(?:has|have|had|also|later|then|again|once|\w+ly)\s+)*(?:(?:said|says|wrote|writes)\s+)?$"
)
_WHOSE_GAP: Final = L.word_set("has have had also later then again once said says wrote writes")
# A sentence opening with a noun phrase tied to a name, up to its verb: "The company
# founded by Ann Lee (said)", "A lawyer representing Tom Ray (has said)".
_TIED_OPENING: Final = re.compile(
    r"\s*(?P<np>(?:The|A|An)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+"
    r"(?:representing|(?:founded|run|led|owned|hired|headed|chaired)\s+by)\s+"
    r"(?:[A-Z][\w.'’-]*\s+){1,3}(?:(?:has|have|had|also|\w+ly)\s+)*"
)
# Between an unnamed speaker after a cue and where they wrote or work (" in the "), or
# whom it is tied to (" founded by ", " representing ").
_PLACE_OF_PHRASE: Final = re.compile(
    r"\s+(?:in|for|at|with|from|on|representing|(?:[a-z]+ed|run|led|owned|hired)\s+by)"
    r"\s+(?:the\s+|The\s+)?"
)
_WHO_GAP: Final = re.compile(r",\s*who\s+(?:(?:has|have|had|also|\w+ly)\s+)*")
_COUNT_REACH: Final = 400  # chars back to the group "One" is one of
# "said Lee of Ray", "said Lee of the Tarn Coalition": between a speaker's name and
# the one spoken of or the body the speaker belongs to.
_OF_GAP: Final = re.compile(r"\s+of\s+(?:[A-Z][a-z]{0,4}\.\s+|the\s+(?:[a-z]+\s+)?)?")
# "Lee said of (Sen.) Ray, who called": the one spoken of, right before a "who" clause
# whose quote is theirs (as another's account, not sure).
_SAID_OF: Final = re.compile(
    r"\b(?:said|says|wrote|writes|added|remarked)\s+of\s+(?:[A-Z][\w.'’-]*\s+){0,3}$"
)


def _who_head(word: str) -> bool:
    """A head "who" can hang on: a lower-case noun, no body ("a company who"), no verb
    ("whether an individual is who they say they are")."""
    return (
        word.isalpha()
        and word.islower()
        and word not in L.NAMED_BODY_HEADS
        and (word not in L.SHORT_BODY_KINDS)
        and word not in L.VERB_GAP_WORDS
        and word not in L.PASSIVE_AUXILIARIES
    )


def _singular(plural: str) -> str | None:
    """The singular of a plural person noun ("officials", "allies", "witnesses")."""
    if plural.endswith("ies"):
        return plural[:-3] + "y"
    if plural.endswith(("sses", "shes", "ches")):
        return plural[:-2]
    if plural.endswith("ss"):
        return None
    return plural[:-1]


# The same after a capitalised name, to test before reading the candidates.
_NAME_SAID_THAT: Final = re.compile(
    r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|van|der|den|de|la|le|al|von|du)){0,4}"
    + _SAID_THAT.pattern
)
_TO_WORD: Final = re.compile(r"\bto\b")
# A title standing between a person's comma and a cue, its closing comma left out.
_TITLE_MAX_WORDS: Final = 6
_NOT_IN_TITLE: Final = frozenset({"who", "which", "that", "and", "or", "but", "she", "he", "they"})
# A preposition right before a name after a cue: "said with Easter near", "said at
# Corrow Hall": the name is that preposition's object, never the cue's subject.
_OBJECT_OF: Final = re.compile(
    r"\b(?:"
    + "|".join(sorted((L.NOT_SOURCE_PREPOSITIONS | L.PLACE_PREPOSITIONS) - {"by"}))
    + r")\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
# A relative pronoun with no comma before it, after the name a cue introduces ("said
# Venn who joined Marsh"): the names past it belong to the relative clause.
_BARE_RELATIVE: Final = re.compile(r"\s(?:who|whom|whose|which)\b")
# A question closing right before "asked"/"asks": `"Why?" asked Walt Roe`, the inverted
# tag whose name is the one asking, not the one asked.
# "a statement from her spokesman, " / "a note from " right before a name and a colon:
# the words that follow are that person's.
_FROM_BEFORE_NAME: Final = re.compile(
    r"\b(?:statement|note|message|response|reply|email|post|letter|video)\s+from"
    r"(?:\s+(?:his|her|their|its|the|an?)\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*,)?\s+$"
)
# "(The letter,) addressed to Ann Roe and Bo Lin(, asks)": a name the thing was sent
# to, in the same clause (no comma between).
_SENT_TO: Final = re.compile(
    r"\b(?:addressed|sent|delivered|mailed|directed|forwarded)\s+to\b[^,;:.!?“”\"]*$"
)
# "A Democrat on| the panel", "One member of| the board": the body a person is one of.
_MEMBER_PREPOSITION: Final = re.compile(r"\b(?:on|of|in|at|from|with|for)\s+$")
_QUESTION_TAG: Final = re.compile(r"\?[\"”'’]\s+$")
_CLOSERS: Final = ('"', "”", "’", "'")
_QUOTE_END: Final = " ,\"”’'"  # between a quote and a cue right after it: `"Q," assured X`


@dataclass(slots=True)
class _Found:
    """A speaker found for a quote, with how and how surely."""

    speaker: str | None
    mention: str
    cue: str
    kind: str = "name"  # what stood at the cue: "name", "pronoun" or "nominal"
    how: SpeakerHow = "cue-after"
    confidence: Confidence = "medium"
    weak: bool = False  # a bare capitalised word taken for want of anyone better
    of_what: bool = False  # named after "of": "the makers of Lake House said"
    inverted: bool = False  # `..., says Mr Pearson`: a clause between quote and cue
    for_clause: bool = False  # "branded Mr Howard "wrong" for claiming": the object


@dataclass(slots=True)
class _Windows:
    """Where one quote's cues may stand: its sentence before and after it.

    The cues of each side are read on first use: a direct quote whose cue follows it
    (`"Q," he said`) never needs the often long stretch before it scanned."""

    s_lo: int  # start of the quote's sentence
    floor: int  # no look-back past this (caps run-on "sentences")
    pre_lo: int
    post_hi: int
    att: _Attributor
    q: Quote
    _pre: list[re.Match[str]] | None = None
    _post: list[re.Match[str]] | None = None

    @property
    def pre_cues(self) -> list[re.Match[str]]:
        if self._pre is None:
            self._pre = self.att.pre_cues(self.q, self.pre_lo)
        return self._pre

    @property
    def post_cues(self) -> list[re.Match[str]]:
        if self._post is None:
            self._post = self.att.ctx.cues_in(self.q.end, self.post_hi) or self.att.frame_cue(
                self.q, self.post_hi
            )
        return self._post


# A joined main clause's opening: ", but ", "; ".
_CLAUSE_JOIN: Final = re.compile(r"(?:,\s+(?:but|and|while|yet|though|although)|;)\s+")


def _joined_clause(text: str, lo: int, cue: re.Match[str]) -> int | None:
    """Where the last main clause joined before ``cue`` starts, in ``text[lo:]``
    ("..., but (a person close to her said)"); None when there is none."""
    last = None
    for m in _CLAUSE_JOIN.finditer(text, lo, cue.start()):
        last = m.end()
    return last


def _adjacent_before(text: str, lo: int, hi: int, joined: bool = False) -> tuple[int, str] | None:
    """A noun phrase ending right before ``hi`` ("the Dutchman (has) said"): its start
    and words. Reads at most a few words back, so it costs nothing on long windows."""
    reach = 9 if joined else 7  # words read back from the cue
    words = _last_words(text, lo, hi, reach)
    if not words:
        return None
    gap = text[words[-1][0] + len(words[-1][1]) : hi].split()
    if any(w not in L.AUXILIARIES for w in gap):
        return None  # punctuation between the phrase and the cue ("also" may stand)
    end = words[-1][0] + len(words[-1][1])
    if words[-1][1] in L.NOT_IN_PHRASE:
        return None
    head = words[-1]
    # "..., lenders have said": a bare plural that can speak, alone after a mark.
    bare = head[1].islower() and head[1].endswith("s") and C.speaks(head[1])
    for k in range(len(words) - 2, max(len(words) - reach, -1), -1):
        start, word = words[k]
        if text[start + len(word) : words[k + 1][0]].strip():
            # a comma or other mark inside: not one phrase
            return head if bare and k == len(words) - 2 else None
        if word in L.PHRASE_ARTICLES:
            return start, text[start:end]
        if word in L.NOT_IN_PHRASE and not (joined and _joins_nouns(words, k)):
            return None
    return head if bare and len(words) == 1 else None


def _last_words(text: str, lo: int, hi: int, reach: int) -> list[tuple[int, str]]:
    """The words of ``text[lo:hi]`` (start, word) up to the last that is no auxiliary.

    Only the last ``reach`` (and the one before them) are ever read: a short stretch
    before ``hi`` is tried first, the whole one only when it holds fewer (its first
    word may be cut in two)."""
    near = max(lo, hi - _NEAR_CHARS)
    for start in (near, lo) if near > lo else (lo,):
        words = [(m.start(), m.group()) for m in C.WORD.finditer(text, start, hi)]
        while words and words[-1][1] in L.AUXILIARIES:
            words.pop()
        if start == lo or len(words) > reach:
            return words
    return []  # (not reached: the last pass starts at ``lo``)


def _joins_nouns(words: list[tuple[int, str]], k: int) -> bool:
    """Is ``words[k]`` an "and" joining two lower-case words of one noun phrase ("the
    feminist writer and broadcaster", "the work and pensions minister")?"""
    if words[k][1] != "and" or k == 0:
        return False
    before, after = words[k - 1][1], words[k + 1][1]
    return before.islower() and after.islower() and L.NOT_IN_PHRASE.isdisjoint((before, after))


def _adjacent_after(text: str, lo: int, hi: int) -> tuple[int, str] | None:
    """A noun phrase starting right after a cue ("said one musician quoted in ...",
    "said the artists."): its start and words, up to the first verb form, small word
    or mark."""
    words = [(m.start(), m.group()) for m in C.WORD.finditer(text, lo, hi)]
    if not words or text[lo : words[0][0]].strip() or words[0][1] not in L.PHRASE_ARTICLES:
        return None
    end = 0
    for k in range(1, min(len(words), 6)):
        start, word = words[k]
        gap = text[words[k - 1][0] + len(words[k - 1][1]) : start]
        if word == "of" and (_board_of(words, k) or _body_of(words, k)):
            continue  # "said the board of directors", "said the Advocates of Tillage"
        if gap.strip() or word in L.NOT_IN_PHRASE or word.endswith(("ed", "ing")):
            if not gap.strip() and word in L.CLAUSE_VERBS:
                return None  # "said the year had begun well": the subject of what was said
            break
        end = k
    if end == 0:
        return None
    start = words[0][0]
    phrase = text[start : words[end][0] + len(words[end][1])]
    return (start, phrase) if C.speaks(phrase) else None


def _board_of(words: list[tuple[int, str]], k: int) -> bool:
    """Is ``words[k]`` the "of" of "board of directors/trustees", one noun?"""
    return words[k - 1][1] == "board" and k + 1 < len(words) and words[k + 1][1] in L.BOARD_MEMBERS


def _body_of(words: list[tuple[int, str]], k: int) -> bool:
    """Is ``words[k]`` the "of" inside a body's name, after its capitalised head or
    members ("the Brindle Union of Tillage", "the Advocates of Tillage") and before a
    capitalised word?"""
    head = words[k - 1][1]
    if not head[:1].isupper() or k + 1 >= len(words) or not words[k + 1][1][:1].isupper():
        return False
    return head in L.BODY_NAME_HEADS or head in L.GROUP_WORDS or head.lower() in L.MEMBER_PLURALS


def _subject_before(text: str, pos: int) -> bool:
    """Does a word that can be a subject stand right before ``pos`` ("he (called)",
    "Democrats", "her rivals"), not a thing ("a phenomenon (called)")?"""
    last = words_before(text, pos)[1]
    return last.lower() in L.SUBJECT_PRONOUNS or last[:1].isupper() or C.speaks(last)


def _cue_word(m: re.Match[str]) -> str:
    return " ".join(m.group().split()).lower()


def _joined_initials(text: str, word: str, stop: int) -> bool:
    """Is ``word`` before the full stop at ``stop`` a person's joined initials before
    their surname (`"Why?" Rep. A.J. Quill asked`), no place ("U.S.") nor sentence end?"""
    return (
        _JOINED_INITIALS.fullmatch(word) is not None
        and f"{word}." not in L.DOTTED_PLACES
        and _CAPITAL_NEXT.match(text, stop + 1) is not None
    )


_JOINED_INITIALS: Final = re.compile(r"(?:[A-Z]\.)+[A-Z]")  # "A.J" of "A.J. Quill"
_CAPITAL_NEXT: Final = re.compile(r" [A-Z][a-z]")


def _short_tail(text: str, pos: int, hi: int) -> int:
    """End of a short `Name (adverb) cue.` tail after a quote, or ``pos`` for none.
    The full stop of "Mr.", an initial or "R-Fla.," does not end it (`"Why?" Mr. Crane said.`)."""
    stop = text.find(".", pos, hi)
    while stop >= 0:
        word = text[pos:stop].rsplit(None, 1)[-1] if text[pos:stop].strip() else ""
        if text[stop + 1 : stop + 2] == ",":
            pass  # "Rep. Renata Villalobos, R-Fla., asked": a full stop before a comma
        elif (
            word not in L.ABBREVIATIONS
            and not (len(word) == 1 and word.isupper())
            and not _joined_initials(text, word, stop)
        ):
            break
        stop = text.find(".", stop + 1, hi)
    if stop < 0:
        return pos
    if len(text[pos:stop].split()) > _TAIL_MAX_WORDS:
        # American tails run on past the cue (`"Why?" Ms. Achebe asked at a rally in
        # Yuma on Friday night.`): still this quote's when the cue comes first.
        # A "." ended the sentence: only a circumstance may follow the cue.
        cue = C.first_cue(text, pos, stop)
        if cue is None or len(text[pos : cue.end()].split()) > _TAIL_MAX_WORDS:
            return pos
        after = text[cue.end() : stop].split(None, 1)
        if text[pos - 2 : pos - 1] not in "?!" and after and after[0] not in L.TAIL_CIRCUMSTANCES:
            return pos
    return stop


def _opens_scene(text: str, q: Quote, hi: int) -> bool:
    """Does a capitalised scene-setting word ("On", "Later") follow a quote that ends
    in a comma? A cue after a comma is lower-case (`"Q," on Monday he said`) or a
    name; a capital "On Wednesday, a hearing ruled" opens a sentence whose full stop
    the text lost, and its verb reports someone else."""
    if not (q.text.endswith(",") or text.startswith(",", q.end)):
        return False
    words = text[q.end : hi].lstrip(",\"”’' \t").split(None, 1)
    return bool(words) and words[0].rstrip(",") in L.SCENE_OPENERS


def _lowercase_next(text: str, pos: int, hi: int) -> bool:
    while pos < hi and text[pos] in " \t":
        pos += 1
    return pos < hi and text[pos].islower()


def _may_open_label(text: str) -> bool:
    """Could ``text`` open with a transcript label (:data:`cues.TURN_LABEL`)? Every one
    starts, after a quote mark perhaps, with two capitals or "Q." / "Q:" (most quotes
    fail here, without the pattern)."""
    i = 1 if text[:1] in _LABEL_MARKS else 0
    second = text[i + 1 : i + 2]
    return text[i : i + 1].isupper() and (second.isupper() or second in _LABEL_SECOND)


# The rest of a phrase whose noun owns the one that speaks: "(the Tillage governor)'s
# office", "(the Tillage secretary) of state's office"; a reporting verb may follow.
_POSSESSED: Final = re.compile(r"(?: of [a-z]+)?['’]s ((?:[a-z][\w-]* )?[a-z][\w-]*)")


def _owned_end(text: str, end: int, cue: int) -> int:
    """Where a noun phrase ending at ``end`` before a cue at ``cue`` ends when what
    follows it names what its noun owns ("the Tillage governor's office said in a
    statement": the office); else ``end``."""
    owned = _POSSESSED.match(text, end, cue)
    if owned is None:
        return end
    noun, rest = owned.group(1), text[owned.end() : cue].split()
    if not rest and " " in noun and noun.rsplit(" ", 1)[1] in L.FINITE_CUES:
        noun, verb = noun.rsplit(" ", 1)  # ("office said": the noun, then the verb)
        rest = [verb]
    if len(rest) > 1 or (rest and rest[0] not in L.FINITE_CUES) or not C.speaks(noun):
        return end
    return owned.start(1) + len(noun)


# The comma before an inverted cue, perhaps with "too" or "also": "..., too says Tarncom."
_INVERTED_COMMA: Final = re.compile(r",\s(?:too\s|also\s|)$")
_SENTENCE_END: Final = re.compile(r"\s*(?:[.;]|$)")
_LABEL_MARKS: Final = frozenset("\"“‘'")  # TURN_LABEL's optional opening mark
_LABEL_SECOND: Final = frozenset(".:'’")  # "Q.", "Q:", "O'BRIEN:", "O’NEILL:"


def _how_at_cue(cue: re.Match[str], kind: str, after: bool) -> SpeakerHow:
    """How a speaker found at ``cue`` was tied to the quote."""
    if cue.group("acc"):
        return "according-to"
    if kind == "pronoun":
        return "pronoun"
    if kind == "nominal":
        return "role"
    return "cue-after" if after else "cue-before"


# ", a ", ", the former ": an apposition opening between a name and a word describing
# the person (_described_after).
_DESCRIBING: Final = re.compile(r",\s+(?:an?|the)\s+(?:[a-z][\w'’-]*\s+){0,3}")
# (A possessive too: "Her Republican opponent called".)
_ARTICLE_BEFORE: Final = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+$")
# "..., whose president," : the role the appositive after it names.
_WHOSE_ROLE: Final = re.compile(r"\bwhose\s+(?:[\w-]+\s+){0,2}[a-z][\w-]*$")
# "the makers of (US) Lake House": a name some noun phrase is "of", maybe not the speaker.
_OF_BEFORE: Final = re.compile(r"\bof\s+(?:[A-Z]{2,}\s+)?$")
# A paper, its author's name and a verb of writing, ending right before a participle:
# "an op-ed (Ann Roe) co-wrote (calling)".
_AUTHORED_BEFORE: Final = re.compile(
    rf"\b(?:{'|'.join(sorted(L.AUTHORED_PAPERS))})\s+"
    r"(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s+(?:had\s+)?"
    rf"(?:{'|'.join(sorted(L.AUTHORING_VERBS))})\s+$"
)
# A paper, then an aside naming its author, ending right before its verb: "its ballot
# summary, written by (Ann Roe), (describes)".
_AUTHOR_ASIDE: Final = re.compile(
    rf"\b(?:{'|'.join(sorted(L.AUTHORED_PAPERS))}),\s+"
    rf"(?:{'|'.join(sorted(L.AUTHORED_BY))})\s+by\s+(?P<who>[^,.;:\"“”]{{1,80}}),\s*$"
)
# The word opening a clause right before its subject ("though she conceded (that) ...").
_OPENER_BEFORE: Final = re.compile(r"\b([a-z]+)\s+$")
# "Ivo Tarn, from Quorvex's Orbital Labs": a person, then where they work (a body, maybe
# held by a possessor) after "of"/"from".
_AFFILIATED: Final = re.compile(
    r"([A-Z][\w'’-]+),?\s+(?:of|from)\s+(?:the\s+)?"
    r"(?:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}['’]s\s+)?$"
)
_AFFILIATION_REACH: Final = 60  # chars read back from a name for "Person, from"
_FIRST_WORD: Final = re.compile(r"[A-Z][a-z]+")
# Between a cue and the quote it leads into: `called out, "`, `said: "`, `shouted "`.
# After a cue (and "that"), a subordinator opening a clause of what it reports: "said
# that when (Ed Vale announced)".
_INNER_OPENING: Final = re.compile(
    r"\s+(?:that\s+)?(?:when|whenever|after|before|while|if|because|since|once|until|"
    r"although|though)\s+[^,.;:\"“”]{1,80}$"
)
# Between a reporting verb and a thinking verb of the clause it reports: whom it told
# and "that", then the clause's subject ("told NPR that the department (expects)").
_REPORTED_GAP: Final = re.compile(r"(?:\s+[\w'’.-]+){0,4}?\s+(?:that\s+)?(?:[\w'’.-]+\s+){1,5}")
# What closes such a clause before the quote: a comma or a new subject ("the cuts he got").
_CLAUSE_CLOSED: Final = re.compile(r",|\s(?:he|she|they|we|I|it)\s")
# Between a quote and a cue in a relative clause hung on its words: `"Q" where some
# Veltrans (argued)`, `"Q" which critics (called)`.
_RELATIVE_AFTER: Final = re.compile(
    r"[\"”’'.,]*\s+(?:where|which|who|whom|whose|when)\s+[^,.;:\"“”]{1,80}"
)
# A one-word quote on the noun after it, then a comma and an aside with no subject of
# its own whose verb is followed by a lower-case word: `the "failing" Marsh Agency,
# widely reported to be leaving`: the verb reports about the noun, not the word (not
# `the "failing" agency, said Ann Roe`, nor `, Ann Roe said`).
_ASIDE_AFTER_MODIFIER: Final = re.compile(
    r"[\"”’']?\s+[\w'’-]+(?:\s+[\w'’-]+){0,4},\s+(?:[a-z]+ly\s+)*[a-z]+\s+[a-z]\w?"
)
_LEAD_IN: Final = re.compile(r"(?:\s+(?:out|up|back))?\s*[,:]?\s*")
# A crowd raising its voice right before a quote: "several dozen protesters chanted",
# "Several people in the crowd shouted,", "audience members began chanting".
_CROWD_VOICE: Final = re.compile(
    r"\b(?:crowd|audience|protesters|demonstrators|marchers|people|supporters|students|"
    r"residents|members|fans|workers|tenants|onlookers|hecklers)"
    r"(?:\s+(?:in|at|outside|from|near|on)\s+(?:the\s+)?[\w'’-]+)?"
    r"\s+(?:(?:began|started|then|again|kept)\s+)?"
    r"(?:chant|shout|yell|cheer|sing|sang|scream|roar|jeer|boo)[a-z]*"
    r"(?:\s+(?:out|back))?\s*[,:]?\s*[\"“‘']?$"
)
_CROWD_REACH: Final = 80  # chars before a quote read for a crowd's voice
# Where a body is based, before a place's name: "based in Scottsdale, (Arizona)".
# A body's name opening its sentence ("The Brotherhood of Tillers", "Kelmar Bank").
_OPENS_SENTENCE: Final = re.compile(r"\s*(?:The\s+)?$")
# The appositive after it describing a body: ", the union for farm workers,".
_BODY_APPOSED: Final = re.compile(
    rf",\s+(?:the|a|an|its)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{L.BODY_NOUNS})\b[^,;:\"“”]{{0,80}},"
)
# From the appositive's close to a participle: "countered with its own statement ".
_TO_PARTICIPLE: Final = re.compile(r"[^,;:.\"“”]{1,80}")
# A body's noun alone as a subject ("A trade group", "The company"): a body's name in the
# appositive after it names that body.
_BODY_NOUN_PHRASE: Final = re.compile(rf"(?:[Tt]he|[Aa]n?) (?:[\w-]+ ){{0,2}}(?:{L.BODY_NOUNS})")
_BASED_IN: Final = re.compile(r"\b(?:based|headquartered) in (?:[A-Z][\w.'’-]*,? ){0,3}$")
# A quote, or a comma after it, right before a cue: `"Q," said one aide`.
_QUOTE_BEFORE: Final = re.compile(r"[,”\"’']\s*$")
# Where the clause a source after its cue stands in ends ("said one aide close to her.").
_CLAUSE_END: Final = re.compile(r"[.;:!?\"“”]|$")
# Whom a letter or statement went to, or who obtained it: never its author.
_NOT_ISSUER: Final = re.compile(
    r"\b(?:to|with|(?:obtained|reported|seen|shared|leaked)(?:\s+\w+ly)?\s+(?:by|with|to))"
    r"\s+(?:the\s+)?(?:[A-Z][\w.]*\s+)?$"  # (after a title: "to Speaker Ann Roe")
)
# Words opening a phrase before a clause's subject ("At one point, a woman ...").
_CLAUSE_OPENERS: Final = (
    L.HOLDING_PREPOSITIONS
    | {w.lower() for w in L.FRONTING_WORDS}
    | {"in", "during", "later", "earlier", "outside", "inside", "then", "minutes", "moments"}
)


def _says_which(short: str, whole: str) -> bool:
    """Does ``whole`` run on past ``short`` with a relative clause, a participle or a
    place telling which one ("a strategist | working on county races", "a clerk | in
    Dunmoor")? Whom a source speaks for or serves ("for", "to") its own reader weighs."""
    rest = whole[len(short) :].split(None, 1) if len(whole) > len(short) else []
    return bool(rest) and (rest[0] in L.WHICH_ONE_OPENERS or rest[0].endswith("ing"))


def _same_opening(one: str, other: str) -> bool:
    """Does one phrase open the other ("A spokesman", "A spokesman for the LSE")?"""
    return one.startswith(other) or other.startswith(one)


_IRREGULAR_SINGULARS: Final = {v: k for k, v in L.IRREGULAR_PERSON_PLURALS.items()}


def _source_head(word: str) -> bool:
    """Can ``word`` head an unnamed source ("a man", "an aide", "one of her advisers")?"""
    one = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    one = _IRREGULAR_SINGULARS.get(word, one)  # ("one of those people")
    return (
        unnamed_person(one)
        or one in L.SOURCE_NOUNS
        or one.endswith("member")
        or one in L.PARTY_MEMBERS  # ("Another House Democrat, who ..., said")
    )


def _cue_confidence(
    text: str, found: _Found, q: Quote, cue: re.Match[str], gap: str, people: Collection[str]
) -> Confidence:
    """How sure a speaker found at a cue in the quote's own sentence is.

    High: a person's full name (or an organisation's) at a reporting verb, next to a
    direct quote or a partial one the verb reports. Medium: a pronoun or a role linked
    to a name, a surname never given in full, a partial quote after its verb or far
    from it, words a naming/judging verb sets apart ("dubbing him "Sir Wastealot"").
    Low: a definite role nobody is named for ("the official said")."""
    speaker = found.speaker
    if found.kind == "pronoun" or speaker is None:
        return "medium"
    if found.kind == "nominal":
        if speaker[:1].isupper() or speaker.split()[0] in ("a", "an"):
            return "medium"  # linked to a name, or an unnamed source as the text has it
        return "low"
    word = cue.group().lower()
    if found.of_what or found.inverted or found.for_clause:
        # "the makers of Lake House claim": theirs, or the makers'? `"Q1," Digital
        # prints cost less, said Ms Deans`: the cue reports the clause, maybe not Q1.
        return "medium"
    if " " not in speaker and speaker.isalpha() and not speaker.isupper():
        return "medium"  # "Kudja said": the article never gives the full name
    if q.kind == "partial" and (
        cue.start() >= q.end
        or word in L.NAMING_FORMS
        or word in L.JUDGING
        or len(gap.split()) > _FAR_WORDS
        or possessed_term(text, q.start)
        or title_cased(q.text)
        or gerund_between(text, cue.end(), q.start)
        or voiced_by_others(text, q.start)
    ):
        return "medium"
    if not _one_speaker(text, found, q, cue, people) or (
        gap and others_words_between(text, cue.end(), q.start)
    ):
        return "medium"  # "Ms. Lee and Mr. Ray said", "said Ms. Lee's claim that "Q""
    if cue.start() >= q.end and led_in(text, q.start, found.mention):
        return "medium"  # `A man called out, "Q?" Lee asked for order.`
    if _relayed(text, found, q, cue):
        return "medium"  # `"Q," Lee said, quoting Ray`: Ray's words, maybe
    if cue.start() < q.start and _spoken_of(text, found, cue):
        return "medium"  # `Lee said of Ray, who called it "Q"`: Lee's account of Ray
    return "high"


def _spoken_of(text: str, found: _Found, cue: re.Match[str]) -> bool:
    """Is the speaker found the one another "said of" ("Lee said of Ray, who called")?"""
    at = text.rfind(found.mention, max(0, cue.start() - WINDOW), cue.start())
    return at > 0 and _SAID_OF.search(text, max(0, at - 40), at) is not None


def _relayed(text: str, found: _Found, q: Quote, cue: re.Match[str]) -> bool:
    """Does the speaker's clause say they pass on another's words ("quoting Ray")?
    Read after the quote when the cue follows it, else from the name to the quote."""
    if cue.start() >= q.end:
        return relays_another(text, q.end, len(text))
    at = text.rfind(found.mention, max(0, cue.start() - WINDOW), cue.start())
    return relays_another(text, at if at >= 0 else cue.start(), q.start)


def _one_speaker(
    text: str, found: _Found, q: Quote, cue: re.Match[str], people: Collection[str]
) -> bool:
    """Is the name found the cue's one subject (see :func:`one_subject`)? Looked for
    right after the cue, or last before it. A cue after the quote must belong to it
    (not `"Q!" and Ms. Lee called a recess`)."""
    if cue.start() >= q.end:
        at = text.find(found.mention, q.end, cue.end() + _ADJACENT)
        hi = min(len(text), cue.end() + _ADJACENT)
        if 0 <= at < cue.start() and reports_another(text, cue.end(), hi):
            return False  # `"Q," Ms. Lee said Mr. Ray told her`
        if new_clause(text, q.end):
            return False
    else:
        at = text.rfind(found.mention, max(0, cue.start() - WINDOW), cue.start())
        if at >= 0 and clause_between(text, at + len(found.mention), cue.start()):
            return False  # "Ann Lee removed a page of her website describing it as"
        if at >= 0 and not cue.group("as") and object_of_verb(text, at):
            return False  # "The governor called Mr. Lee "a friend" and said he had"
    if at >= 0 and through_own_voice(text, at + len(found.mention)):
        return False  # "Ann Lee's office said": her staff, in her name
    if at >= 0 and held_by_another(text, at, at + len(found.mention), cue.start()):
        return False  # "Nike, whose ads star Ann Lee, said": Nike speaks
    if at >= 0 and named_for_role(text, at):
        return False  # "A spokeswoman for one of them, Northbeam Cloud, said"
    if at >= 0 and described_by(text, at, found.mention):
        return False  # "the younger Tran said": which Tran?
    return at < 0 or one_subject(text, at, at + len(found.mention), cue.span(), people)


def _carried(prev: Quote, confidence: Confidence) -> _Found:
    """The previous quote's speaker, carried over to a quote with no cue of its own."""
    assert prev.speaker is not None
    mention, cue = prev.speaker_mention or "", prev.cue or "said"
    return _Found(prev.speaker, mention, cue, "name", "carry-over", confidence)


def _last_match(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text[lo:hi]``."""
    last = None
    for last in pattern.finditer(text, lo, hi):  # noqa: B007 (the last one is kept)
        pass
    return last


# Words quoted inside a quote: `She said, ‘I know, Mr. Banks.’`
_NESTED: Final = re.compile(r"(?<!\w)[‘'][^‘\"“”\n]*?[’'](?!\w)")


_QUOTE_GAP: Final = ' \n"“”'  # all that stands between a quote and one reopened after it


def _named_inside(q: Quote, speaker: str) -> bool:
    """Does the quote name ``speaker`` (their surname)? Then it speaks of them, so it is
    not theirs unless a cue says so ("But for Dean Kiely we would have won"). Not when
    the name is only in words it quotes in turn, someone speaking to them (`She said,
    ‘I know, Mr. Banks.’`)."""
    surname = speaker.split()[-1]
    if not surname[:1].isupper() or surname not in q.text:
        return False  # most quotes: settled without a regular expression
    nested = [m.span() for m in _NESTED.finditer(q.text)]
    return any(
        not any(lo <= m.start() < hi for lo, hi in nested)
        for m in C.whole_word(surname).finditer(q.text)
    )


def _copy_unless_named(q: Quote, nxt: Quote) -> None:
    """``nxt``'s speaker for ``q`` ("Q1. "Q2," said Holmes.), unless ``q`` names them."""
    if nxt.speaker and not _named_inside(q, nxt.speaker):
        _copy_speaker(q, nxt, "carry-over", "medium")


def _run_on_shares(text: str, quotes: list[Quote]) -> None:
    """A quote left without a speaker that runs straight into an attributed one
    ("Q1. "Q2," said Holmes.) shares its speaker; so does one whose speaker was only a
    guess from the sentences before it (low), when the run-on's own cue after its last
    part names someone else: `Brask shoved a linesman. "Q1. "Q2," said a league
    statement.` is the statement's. Not a question (`"Ready?" "Yes," said Ann`: a turn)."""
    cued: Quote | None = None  # the run-on's part with its own cue after it
    for q, nxt in zip(reversed(quotes[:-1]), reversed(quotes[1:]), strict=True):
        if _cued_after(text, nxt):
            cued = nxt
        touching = not text[q.end : nxt.start].strip() and q.last_paragraph == nxt.paragraph
        if not touching or q.kind != "direct" or not nxt.speaker:
            cued = None
            continue
        if q.speaker is None or _guess_before_cue(q, nxt, cued):
            _copy_unless_named(q, nxt)


def _guess_before_cue(q: Quote, nxt: Quote, cued: Quote | None) -> bool:
    """Is ``q``'s speaker a low guess from before it while the run-on it opens goes on
    (``nxt``) to a cue of its own (``cued``) naming someone else? Not a question."""
    return (
        cued is not None
        and nxt.speaker == cued.speaker
        and q.speaker_how == "carry-over"
        and q.confidence == "low"
        and q.speaker != nxt.speaker
        and not q.text.rstrip(" \"'”’").endswith("?")
    )


def _cued_after(text: str, q: Quote) -> bool:
    """Did a cue right after ``q`` name its speaker (`"Q," said a league statement`)?"""
    cue = q.cue
    if not cue or q.confidence == "low" or q.speaker_how not in ("cue-after", "role", "pronoun"):
        return False
    return cue in text[q.end : q.end + _CUE_AFTER_REACH]


def _firm_says(cue: re.Match[str], last: str) -> bool:
    """ "Harrow's said": a name's "'s" right before "said" or "says" is a firm's name
    ending in "'s", no "is" of a passive ("It's said that" is one)."""
    return (
        cue.group() in L.FIRM_VERBS
        and last[:1].isupper()
        and last[:-2].lower() not in L.CONTRACTING_WORDS
    )


def _apply(q: Quote, found: _Found) -> None:
    q.speaker, q.speaker_mention, q.cue = found.speaker, found.mention, found.cue or None
    q.speaker_how, q.confidence = found.how, found.confidence


def _copy_speaker(q: Quote, src: Quote, how: SpeakerHow, confidence: Confidence) -> None:
    q.speaker, q.speaker_mention, q.cue = src.speaker, src.speaker_mention, src.cue
    q.speaker_how, q.confidence = how, confidence


def _cue_order(w: _Windows, partial: bool, led: bool = False) -> Iterator[re.Match[str]]:
    """A quote's cues in the order they are tried, each side read only when reached;
    a cue leading straight into a quote that ends its sentence (``led``: `A man called
    out, "Why not?" Crenshaw asked for order.`) is tried first. A cue inside a clause
    hung on the sentence's own cue is tried after that cue (:func:`_main_first`); a
    one-word scare quote on a noun has no cue in an aside after it
    (:data:`_ASIDE_AFTER_MODIFIER`)."""
    text, q = w.att.text, w.q
    post = (
        [c for c in w.post_cues if not _ASIDE_AFTER_MODIFIER.fullmatch(text, q.end, c.end() + 2)]
        if partial and " " not in q.text.strip()
        else w.post_cues
    )
    if partial or led:
        yield from _main_first(text, w.pre_cues, q.start, before=True)
        yield from _main_first(text, post, q.end, before=False)
    else:
        yield from _main_first(text, post, q.end, before=False)
        yield from _main_first(text, w.pre_cues, q.start, before=True)


def _main_first(
    text: str, cues: list[re.Match[str]], quote: int, before: bool
) -> list[re.Match[str]]:
    """One side's cues, nearest the quote first, those in an inner clause moved last.

    Before the quote: `Ada Roe said that when Ed Vale had announced the cuts he got the
    "Q"`: a cue in a clause a subordinator opens right after an earlier cue, the clause
    closed (a comma or a new subject) before the quote, is part of what the earlier cue
    reports. After it: `a "Q" where some Veltrans argued for delay, party sources told
    the Courier`: a cue in a relative clause hung on the quote's words, a comma then the
    sentence's own cue, is not the one that reports them."""
    if len(cues) < 2:
        return list(reversed(cues)) if before else list(cues)
    inner: list[re.Match[str]] = []
    if before:
        for prev, cue in itertools.pairwise(cues):
            if (
                (
                    _INNER_OPENING.match(text, prev.end(), cue.start())
                    and _CLAUSE_CLOSED.search(text, cue.end(), quote)
                )
                or _believed_in_report(text, prev, cue)
                or _owned_in_report(text, prev, cue)
            ):
                inner.append(cue)
        ordered = list(reversed(cues))
    else:
        for cue, nxt in itertools.pairwise(cues):
            if (
                _RELATIVE_AFTER.fullmatch(text, quote, cue.start())
                and "," in text[cue.end() : nxt.start()]
            ):
                inner.append(cue)
        ordered = list(cues)
    return [c for c in ordered if c not in inner] + inner


def _believed_in_report(text: str, prev: re.Match[str], cue: re.Match[str]) -> bool:
    """`A spokesperson told NPR that the department expects awards "Q"`: a thinking
    verb ("expects", "believes") in the clause an earlier reporting verb of the same
    sentence reports; the words are the reporter's, not the clause's subject's."""
    return (
        cue.group() in L.WEAK
        and prev.group() not in L.WEAK
        and prev.group() in L.FINITE_REPORTING
        and _REPORTED_GAP.fullmatch(text, prev.end(), cue.start()) is not None
    )


# Between a reporting verb and a noun of speech someone else owns in the clause it
# reports: "said (the judge's) ruling", "said that (Ann Roe's) new statement".
_OWNED_GAP: Final = re.compile(
    r"\s+(?:that\s+)?(?:[\w.-]+\s+){0,4}[\w.-]+['’]s\s+(?:[a-z][\w-]*\s+)?"
)


def _owned_in_report(text: str, prev: re.Match[str], cue: re.Match[str]) -> bool:
    """`the senator said the judge's ruling was "Q"`: a noun of speech owned by
    someone in the clause an earlier reporting verb reports is what that verb's
    subject speaks about; the words are the reporter's, not the noun owner's."""
    return (
        prev.group() in L.FINITE_REPORTING
        and cue.group()[:1].islower()
        and _OWNED_GAP.fullmatch(text, prev.end(), cue.start()) is not None
    )


class _Attributor:
    """Applies the attribution patterns to each quote of one article."""

    def __init__(self, article: Article, quotes: list[Quote]) -> None:
        self.ctx = ArticleContext(article, quotes)
        self.voice: Quote | None = None  # the last direct quote with a speaker
        self.joined = False  # read "the writer and broadcaster" as one phrase
        self.plain: dict[str, bool] = {}  # full name -> written plainly (see _sure_name)
        self.article = article
        self.text = article.text

    # -- one cue -----------------------------------------------------------------
    def speaker_after_cue(
        self, cue: re.Match[str], hi: int, start: int | None = None
    ) -> _Found | None:
        """`said Mr X` / `according to X` / `said the artists`: the speaker after the cue
        (after ``start`` when given: the agent of "described by X")."""
        text = self.text
        after = cue.end() if start is None else start
        if cue.group("acc") and (papers := according_to_papers(self.ctx, after)):
            # (the papers' issuer, never where they were released or kept)
            issuer = papers[0]
            return _Found(issuer, issuer, _cue_word(cue)) if issuer else None
        comma = text.find(",", after, hi)
        stop = comma if comma >= 0 else hi
        stop = self._relative_cut(after, stop)
        cands = [
            c
            for c in self.ctx.candidates(after, stop)
            if len(text[after : c.start].split()) <= _AFTER_CUE_MAX_WORDS
        ]
        # "said chief executive Sam Yagan": a person's name beats the job title, and
        # in "said Credit Suisse analyst Vadim Mitroshin" the last name is the person.
        people = [c for c in cands if c.kind == "name" and self.ctx.strong(c)][::-1]
        if len(people) > 1:
            # "said Lee of Ray, who": the one spoken of is no speaker.
            people = [c for c in people if not self._spoken_of(c, people)]
        if people and not cue.group("acc"):
            people = self._past_phrase(after, hi, people)
        if not people and comma >= 0:
            # "said EEF chief economist, Steve Radley": a title, a comma, the name.
            beyond = self.ctx.candidates(comma + 1, min(hi, comma + _ADJACENT))
            named = bool(beyond) and beyond[0].kind == "name" and self.ctx.strong(beyond[0])
            if named and not text[comma + 1 : beyond[0].start].strip():
                people = [beyond[0]]
        if not people and (one := H.partitive_source(text, after, hi, False)):
            # "said one of the strikers, a nurse at Ely General.", "one of those
            # people said" (a partitive after the cue): the one, never the group.
            speaker = self.ctx.resolve_phrase(one[1][:1].lower() + one[1][1:], one[0])
            return _Found(speaker, one[1], _cue_word(cue), "nominal")
        if not people and (paper := self._paper_after(cue, after)):
            return paper
        if not people and not cue.group("acc"):
            # "said one musician quoted in the report", "said the artists.": a noun
            # phrase right after the cue, when no name stands there.
            found = self._phrase_after(cue, after, hi, cands)
            if found:
                return found
        found = self._candidate_after(cue, after, people + [c for c in cands if c not in people])
        if found is None and cue.group("acc"):
            # "according to his former adviser": a phrase no candidate covers (not a
            # paper: "according to a statement" is whoever issued it).
            found = self._phrase_after(cue, after, hi, cands)
            if found and found.mention.split()[-1].lower() in L.WRITTEN_HEADS:
                found = None
        return found

    def _paper_after(self, cue: re.Match[str], after: int) -> _Found | None:
        """`"Q," reads a memo from Ada Roe`: a paper right after a cue inverted after its
        quote speaks (its issuer, else the paper), not the voice before it."""
        if _cue_word(cue) not in L.PAPER_VERBS or not _QUOTE_BEFORE.search(
            self.text, max(0, cue.start() - 4), cue.start()
        ):
            return None
        paper = paper_after_cue(self.ctx, after)
        if paper is None:
            return None
        return _Found(paper[1] or paper[0], paper[0], _cue_word(cue), "nominal")

    def _relative_cut(self, after: int, stop: int) -> int:
        """Where a comma-less relative clause starts after a cue's first candidate
        ("said Venn who joined Marsh and Pike": Venn speaks), else ``stop``."""
        rel = _BARE_RELATIVE.search(self.text, after, stop)
        if rel and self.ctx.candidates(after, rel.start()):
            return rel.start()
        return stop

    def _past_phrase(self, after: int, hi: int, people: list[Candidate]) -> list[Candidate]:
        """``people`` less the names placed after a noun phrase that speaks right after
        the cue and a preposition (`"Q," wrote one critic in the Daily Planet`): where
        the unnamed speaker wrote or works, not the speaker."""
        adj = _adjacent_after(self.text, after, min(hi, after + _ADJACENT))
        if adj is None:
            return people
        end = adj[0] + len(adj[1])
        return [
            c
            for c in people
            if c.start < end or not _PLACE_OF_PHRASE.fullmatch(self.text, end, c.start)
        ]

    def _spoken_of(self, c: Candidate, people: list[Candidate]) -> bool:
        """Is person ``c`` named right after another person and "of" ("said Lee of
        Ray"): the one the speaker talks about?"""
        return any(
            p.end < c.start and _OF_GAP.fullmatch(self.text, p.end, c.start) is not None
            for p in people
            if p.mention is not None and self.ctx.names.is_person(p.mention)
        )

    def _phrase_after(
        self, cue: re.Match[str], after: int, hi: int, cands: list[Candidate]
    ) -> _Found | None:
        """A noun phrase that speaks right after ``after`` (a cue)."""
        adj = _adjacent_after(self.text, after, min(hi, after + _ADJACENT))
        if adj:
            # "said one aide to the mayor": whom the source serves is part of its label
            # "said a strategist who is neutral in the race": the clause tells which one
            head_end = adj[0] + len(adj[1])
            end = H.served_end(self.text, head_end, hi, adj[1].rsplit(None, 1)[-1])
            label = H.unnamed_label(self.text, adj[0], head_end, hi)
            adj = (adj[0], max(label, self.text[adj[0] : end], key=len))
        adj = adj or self._source_after(cue, after, hi)
        if adj and not any(c.start < adj[0] + len(adj[1]) and c.kind == "pronoun" for c in cands):
            # ("says the Waterford man": a place name inside the phrase is fine)
            speaker = self.ctx.resolve_phrase(adj[1], adj[0])
            return _Found(speaker, adj[1], _cue_word(cue), "nominal")
        return None

    def _source_after(self, cue: re.Match[str], after: int, hi: int) -> tuple[int, str] | None:
        """`"Q," said one person familiar with the meeting.`: an unnamed source after a
        cue the quote inverts, what hangs on it running to the end of the clause (not
        the object of "accused a reporter of being")."""
        if not _QUOTE_BEFORE.search(self.text, max(0, cue.start() - 4), cue.start()):
            return None
        end = _CLAUSE_END.search(self.text, after, min(hi, after + _ADJACENT))
        if end is None:
            return None
        found = H.unnamed_subject(self.text, after, end.start(), _source_head)
        comma = self.text.find(",", after, end.start())
        if found is None and comma >= 0 and not cue.group("acc"):
            # "said one person familiar with the call, who was not authorized to ...":
            # the clause after the comma, run to the sentence's end, is the source's too.
            found = H.unnamed_subject(self.text, after, comma, _source_head)
        return found

    def _candidate_after(
        self, cue: re.Match[str], after: int, order: list[Candidate]
    ) -> _Found | None:
        """The first of ``order`` (candidates after a cue) that can be its speaker."""
        text = self.text
        # (`"Q1," said Mr Ingram "Q2"`: a quote after the name is the next one)
        leads = not text[max(0, cue.start() - 3) : cue.start()].rstrip().endswith(_CLOSERS)
        for c in order:
            if c.kind == "pronoun" and (c.start > after + 1 or c.words.lower() == "it"):
                continue  # "said he" names the speaker; "told it was" does not
            if C.CLAUSE_VERB_AFTER.match(text, c.end) or (
                leads and C.QUOTE_NEXT.match(text, c.end)
            ):
                # "said Big Brother had behaved", `said Hale "looked tired"`: the
                # reported clause's subject
                continue
            if (
                c.kind == "name"
                and c.words in L.CALENDAR_WORDS
                and c.words not in self.ctx.names.full  # (not "said Friday": Mike Friday)
            ):
                continue  # "in a statement on Friday": a day never speaks
            if _TO_WORD.search(text, after, c.start):
                continue  # "added language to the Missouri Constitution": a recipient
            if self._object_of(cue, after, c):
                continue  # "said with Easter coming up": a preposition's object
            if cue.group("stmt") and _NOT_ISSUER.search(text, max(after, c.start - 40), c.start):
                continue  # "in a letter sent to Roe and obtained by the Post": not theirs
            name = self.ctx.resolve(c, c.start)
            if name:
                return _Found(name, c.words, _cue_word(cue), c.kind)
        return None

    def _object_of(self, cue: re.Match[str], after: int, c: Candidate) -> bool:
        """Is ``c``, a name no person bears, governed by a preposition after the cue
        ("said with Easter coming up", "said at Corrow Hall")?"""
        if cue.group("acc") or c.kind != "name" or self.ctx.strong_name(c):
            return False
        return _OBJECT_OF.search(self.text, after, c.start) is not None

    def speaker_before_cue(self, cue: re.Match[str], lo: int, participle: bool) -> _Found | None:
        """`Mr X said` / `X, a title, said` / `He ..., saying`: the subject."""
        if not participle and (one := self._partitive_before(cue, lo)):
            # "One of them, a nurse at Ely General, said": the one described
            speaker = self.ctx.resolve_phrase(one[1][:1].lower() + one[1][1:], one[0])
            return _Found(speaker, one[1], _cue_word(cue), "nominal")
        found = self._subject(cue, lo, participle)
        if participle:
            return found
        placed = self._placed_source(cue, lo)
        if placed is None or (
            found
            and found.kind == "nominal"
            and _same_opening(found.mention, placed.mention)
            and not _says_which(found.mention, placed.mention)
        ):
            return found  # (the label read before, "a spokesman for the LSE", kept)
        return placed  # (the whole noun phrase, "a strategist who has worked on ...")

    def _partitive_before(self, cue: re.Match[str], lo: int) -> tuple[int, str] | None:
        """One drawn from a group, the subject of ``cue``: opening its clause at ``lo``,
        or a clause of "as" set in the sentence ("The pitch, as one of the guests
        described it:"), whose subject is the cue's."""
        one = H.partitive_source(self.text, lo, cue.start(), True)
        if one is None and (as_at := self.text.rfind(", as ", lo, cue.start())) >= 0:
            one = H.partitive_source(self.text, as_at + len(", as"), cue.start(), True)
        return one

    def _subject(self, cue: re.Match[str], lo: int, participle: bool) -> _Found | None:
        """The subject of ``cue`` read from the names and phrases before it."""
        cands = self.ctx.candidates(lo, cue.start())
        if not participle:
            found = (
                self._tied_phrase(cue, lo)
                or self._author_aside(cue, lo, cands)
                or self._paper_past_aside(cue, lo)
                or self._whose_subject(cue, lo, cands)
                or self._unclosed_title(cue, lo, cands)
                or self._opening_relative(cue, lo)
                or self._relative_subject(cue, cands)
                or self._noun_who(cue, lo, cands)
                or self._source_who(cue, lo)
                or self._phrase_before(cue, lo, cands)
                or self._one_of_them(cue, lo)
                or self._group_touching(cue, cands)
                or self._name_touching(cue, cands)
            )
            if found:
                return found
        if not cands:
            # "The governor looks into the camera and says": a phrase, no name.
            return self._opening_phrase(cue, lo) if participle else None
        if participle and not self._after_for(cue):
            found = (
                self._paper_author(cue, lo, cands)
                or self._owned_paper(cue)
                or self._opening_np(cue, lo, cands)
                or self._past_fronted(cue, lo, cands)
            )
            if found:
                return found
        order = self._subject_order(cue, lo, cands, participle)
        for k, c in enumerate(order):
            if not participle and (k + 1 < len(order) or self._placed(c)) and self._complement(c):
                continue  # "Pasquale D'Amuro of the FBI called": not the FBI
            if participle and k + 1 < len(order) and self._member_of(c, order[k + 1]):
                continue  # "A Democrat on the panel, Sen. Ann Roe, went further, writing"
            if k + 1 < len(order) and self.text[c.start - 2] == "h" and self._through_aside(c, cue):
                continue  # "The executives, through a spokesman, said": they did
            if self.ctx.strong(c) or (k == 0 and self._body_apposed(c, cue, participle)):
                phrase = self._modified_noun(c, cue) if c.kind == "name" and k == 0 else None
                if phrase:
                    return phrase  # "Her Republican opponent called"
                name = self.ctx.resolve(c, c.start)
                if name:
                    of_what = _OF_BEFORE.search(self.text, max(lo, c.start - 12), c.start)
                    found = _Found(name, c.words, _cue_word(cue), c.kind, of_what=bool(of_what))
                    found.for_clause = participle and self._gerund_of_object(cue)
                    return found
                if k == 0 and c.kind == "pronoun" and not participle:
                    return None  # "Doctors wanted to operate but he insisted": not theirs
        return self._weak_subject(cue, lo, cands, order, participle)

    def _paper_author(self, cue: re.Match[str], lo: int, cands: list[Candidate]) -> _Found | None:
        """ "she read from an op-ed Bram Roe co-wrote calling the rules "Q"": the
        participle hangs on the paper, so its author speaks, not the one who read it."""
        m = _AUTHORED_BEFORE.search(self.text, max(lo, cue.start() - 120), cue.start())
        if m is None:
            return None
        c = next((c for c in cands if c.start == m.start("who") and c.kind == "name"), None)
        name = self.ctx.resolve(c, c.start) if c is not None else None
        return _Found(name, c.words, _cue_word(cue), "name") if c and name else None

    def _author_aside(self, cue: re.Match[str], lo: int, cands: list[Candidate]) -> _Found | None:
        """ "Critics say its ballot summary, written by Ann Roe, describes it as "Q"": the
        paper is the verb's subject and speaks for the author its aside names, not for
        whoever frames the sentence ("Critics say")."""
        m = _AUTHOR_ASIDE.search(self.text, max(lo, cue.start() - 160), cue.start())
        if m is None or all(c.end > m.start() for c in cands):
            return None  # (no frame before the paper: the plain order finds the author)
        c = next((c for c in cands if m.start("who") <= c.start < m.end("who")), None)
        if c is None or c.kind == "pronoun":
            return None
        name = self.ctx.resolve(c, c.start)
        return _Found(name, c.words, _cue_word(cue), c.kind) if name else None

    def _owned_paper(self, cue: re.Match[str]) -> _Found | None:
        """ "Its latest ad shows Ode and accuses him of": the paper opening the
        sentence is the subject, so its owner speaks (see owners.paper_subject)."""
        found = O.paper_subject(self.ctx, self.ctx.para_of(cue.start()), cue.start())
        return _Found(found[0], found[1], _cue_word(cue), "nominal") if found else None

    def _opening_np(self, cue: re.Match[str], lo: int, cands: list[Candidate]) -> _Found | None:
        """ "The president, in a statement, called Mr. Roe "Q" and said ...", "A county
        sheriff is accusing the governor of ..., telling": a noun phrase that can speak
        opening the sentence is the subject of a participle or a verb joined by "and",
        not a person named after its verb (an object)."""
        text = self.text
        m = _OPENING_NP.match(text, lo, cue.start()) or _SET_OPENING_NP.match(text, lo, cue.start())
        if m is None or not C.speaks(m.group("np")):
            return None
        if m.group("np").rsplit(None, 1)[-1] in L.WRITTEN_HEADS:
            return None  # "The planning document ... says": whoever issued it
        end = m.end("np")
        verb = _FINITE.search(text, end, cue.start())
        at = verb.start() if verb else cue.start()
        for c in cands:
            if c.kind == "nominal" or not self.ctx.strong(c):
                continue
            if c.start < end or (c.start < at and not self._after_preposition(c.start)):
                return None  # ("The president's aide, Ann Roe, said": the person)
            if not text[c.end : cue.start()].strip(" "):
                return None  # "with Ann Roe saying": the person touching the participle
        if at >= cue.start():
            return None  # (no verb of its own before the participle)
        speaker = self.ctx.resolve_phrase(m.group("np"), m.start("np"))
        return _Found(speaker, m.group("np"), _cue_word(cue), "nominal")

    def _weak_subject(
        self,
        cue: re.Match[str],
        lo: int,
        cands: list[Candidate],
        order: list[Candidate],
        participle: bool,
    ) -> _Found | None:
        """No strong candidate: an opening phrase or body for a participle, else the
        nearest name that is no place or date (weak)."""
        if participle and not any(c.kind == "pronoun" for c in cands):
            found = self._opening_phrase(cue, lo)
            if found:
                return found  # "But the governor defended the list, calling critics"
        if participle and order and order[0].kind == "name":
            # "PBS is seen in most homes and describes itself as": the body opening
            # the sentence, named on its own.
            c = order[0]
            if self.ctx.opens_sentence(lo, c.start) and c.words not in L.CALENDAR_WORDS:
                phrase = self._modified_noun(c, cue, opens=True)
                if phrase:
                    return phrase  # "Business groups have fought the rule, calling it"
                name = self.ctx.resolve(c, c.start)
                return _Found(name, c.words, _cue_word(cue), c.kind, weak=True)
        if not participle:
            for c in order:
                if c.kind == "pronoun":
                    break  # an unresolved "he" is nearer: better no speaker than "Athens"
                if c.kind == "name" and self._part_or_place(c.start):
                    continue  # "detainee 'A' in Woodhill Prison said": a place
                if c.kind == "name" and c.words not in L.CALENDAR_WORDS:
                    phrase = self._modified_noun(c, cue)
                    if phrase:
                        return phrase
                    name = self.ctx.resolve(c, c.start)
                    of_what = _OF_BEFORE.search(self.text, max(lo, c.start - 12), c.start)
                    found = _Found(name, c.words, _cue_word(cue), c.kind, weak=True)
                    found.of_what = of_what is not None
                    return found
        return None

    def _modified_noun(
        self, c: Candidate, cue: re.Match[str], opens: bool = False
    ) -> _Found | None:
        """ "a Democratic senator who has served with her told me": a capitalised word
        between an article (or a possessive) and a noun that speaks is part of that
        phrase, not a name; so is one that ``opens`` the sentence ("Business groups")."""
        text = self.text
        art = _ARTICLE_BEFORE.search(text, max(0, c.start - 7), c.start)
        if art is None and not opens:
            return None
        noun = C.MODIFIED_NOUN.match(text, c.end, cue.start())
        for _ in range(2):  # "a Republican state lawmaker": the noun is the last word
            more = noun and C.MODIFIED_NOUN.match(text, noun.end(), cue.start())
            if not more or not H.noun_like(more.group().strip()):
                break
            noun = more
        if noun is None or not H.noun_like(head := noun.group().strip()) or not C.speaks(head):
            return None
        if art is None and not H.plural_subject(text, head, noun.end()):
            return None  # "Napster claims the", "Us magazine was": no bare noun
        start = art.start() if art else c.start
        end = noun.end()
        if text[end] != " " or text.startswith(" of ", end):  # (most: a space, no "of")
            end = _owned_end(text, end, cue.start())
        phrase = text[start:end]
        speaker = self.ctx.resolve_phrase(phrase, start)
        return _Found(speaker, phrase, _cue_word(cue), "nominal")

    def _paper_past_aside(self, cue: re.Match[str], lo: int) -> _Found | None:
        """ "The office's reply, which the skipper shared with us, read:": the paper
        before the aside is what "read" has for subject, not a name inside the aside;
        so with any finite verb ("The memo, which the Tribune has seen, says"): the
        aside's subject only saw the paper."""
        read = cue.group() in L.READ_FORMS
        if not read and not cue.group("fin"):
            return None
        end = paper_before_aside(self.text, lo, cue.start())
        if end is None or not (read or _WHICH_ASIDE.match(self.text, end)):
            return None  # ("The memo, produced by the Tarn office, said": the issuer's)
        adj = _adjacent_before(self.text, max(lo, end - _ADJACENT), end, self.joined)
        if adj is None or not C.speaks(adj[1]):
            return None
        speaker = self.ctx.resolve_phrase(adj[1], adj[0])
        return _Found(speaker, adj[1], _cue_word(cue), "nominal")

    def _phrase_before(self, cue: re.Match[str], lo: int, cands: list[Candidate]) -> _Found | None:
        """ "the Dutchman said": a noun phrase touching the cue, when no person is named
        inside it ("The French president" may hold a body's name)."""
        text = self.text
        adj = _adjacent_before(text, max(lo, cue.start() - _ADJACENT), cue.start(), self.joined)
        if adj is None:
            adj = self._phrase_past_aside(cue, lo)
        if adj is None or self._after_preposition(adj[0]) or not C.speaks(adj[1]):
            return None  # ("the promises said", "the year said": no one speaks)
        inside = [c for c in cands if c.end > adj[0]]
        before = [c for c in cands if c.end <= adj[0]]
        if before and self.ctx.strong_name(before[-1]):
            c = before[-1]
            if text[c.end : adj[0]].strip() == "," and not self._in_fronted_clause(c.start):
                # "Adam Hume, the broadcaster's futurologist told": the person.
                name = self.ctx.resolve(c, c.start)
                return _Found(name, c.words, _cue_word(cue), "name") if name else None
        if all(c.start >= adj[0] and not self.ctx.strong_name(c) for c in inside):
            speaker = self.ctx.resolve_phrase(adj[1], adj[0])
            return _Found(speaker, adj[1], _cue_word(cue), "nominal")
        return None

    def _phrase_past_aside(self, cue: re.Match[str], lo: int) -> tuple[int, str] | None:
        """ "Her husband, pouring coffee, interrupted": a noun phrase opening the
        sentence, held from its cue only by a participle's aside, is the cue's subject
        as if it touched it (its start and words; None: no such shape)."""
        text = self.text
        s_lo = max(lo, self.ctx.sentence_span(self.ctx.para_of(cue.start()), cue.start())[0])
        aside = _PARTICIPLE_ASIDE.search(text, max(s_lo, cue.start() - _ADJACENT), cue.start())
        if aside is None:
            return None
        adj = _adjacent_before(text, s_lo, aside.start())
        if adj is None or text[s_lo : adj[0]].strip():
            return None  # (only a phrase opening its sentence)
        return adj

    def _placed_source(self, cue: re.Match[str], lo: int) -> _Found | None:
        """ "A man in the back of the hall shouted", "One of her senior advisers, who
        spoke on condition of anonymity, said", "At one point, a woman near the front
        called out": an unnamed source opening the clause, with all that stands
        before the verb hanging on it, is the verb's subject (not a name inside its
        description, nor the reported clause's subject after the verb); labelled by
        the source, as sources are ("a man", "an aide")."""
        text = self.text
        s_lo = max(lo, self.ctx.sentence_span(self.ctx.para_of(cue.start()), cue.start())[0])
        found = H.unnamed_subject(text, s_lo, cue.start(), _source_head)
        # "At one point, a woman near the front": after an opening phrase; "Ann Roe has
        # stayed out of it, but a person close to her said": after a joined clause's "but".
        for front in (self._after_opener(s_lo, cue.start()), _joined_clause(text, s_lo, cue)):
            if found is None and front is not None:
                found = H.unnamed_subject(text, front, cue.start(), _source_head)
        if found is None:
            return None
        start, words = found
        speaker = self.ctx.resolve_phrase(words[:1].lower() + words[1:], start)
        return _Found(speaker, words, _cue_word(cue), "nominal")

    def _opening_phrase(self, cue: re.Match[str], lo: int) -> _Found | None:
        """ "But the governor defended the list on Tuesday, calling critics "Q"": a noun
        phrase that can speak opening the sentence with its verb is the subject a
        participle after it reports for."""
        m = _OPENING_PHRASE.match(self.text, lo, cue.start())
        if m is None and (front := self._after_opener(lo, cue.start())) is not None:
            # "In a video released by the Roe campaign, the governor looks into the
            # camera and says": the main clause's subject, not the fronted phrase's.
            m = _OPENING_PHRASE.match(self.text, front, cue.start())
        if m is None or not C.speaks(m.group("np")):
            return None
        speaker = self.ctx.resolve_phrase(m.group("np"), m.start("np"))
        return _Found(speaker, m.group("np"), _cue_word(cue), "nominal")

    def _past_fronted(self, cue: re.Match[str], lo: int, cands: list[Candidate]) -> _Found | None:
        """ "In a video released by the Roe campaign, the governor looks ... and says":
        every name in the opening phrase is no subject; the phrase after it is."""
        front = self._after_opener(lo, cue.start())
        if front is None or any(c.end >= front for c in cands):
            return None
        return self._opening_phrase(cue, lo)

    def _after_opener(self, lo: int, hi: int) -> int | None:
        """Where the clause starts after an opening phrase ("At one point, ", "In a
        video released by the Roe campaign, "): after its comma (None: no such phrase)."""
        opener = self.text[lo : lo + 12].split(None, 1)
        if not opener or opener[0].lower() not in _CLAUSE_OPENERS:
            return None
        comma = self.text.find(", ", lo, hi)
        return None if comma < 0 else comma + 2

    def _one_of_them(self, cue: re.Match[str], lo: int) -> _Found | None:
        """ "Two former officials ... confirmed it. One said investigators had found "Q"":
        "One" (or "Another", "The other") opening the clause is one of the people a
        count named just before; labelled as one of them ("a former official")."""
        text = self.text
        one = _ONE_OF.fullmatch(text, lo, cue.start())
        if one is None:
            return None
        para = self.ctx.para_of(lo)
        floor = self.article.paragraphs[max(0, para - 1)].start
        counted = _last_match(_COUNTED, text, max(floor, lo - _COUNT_REACH), lo)
        if counted is None or self.ctx.inside_quote(counted.start()):
            return None
        noun = _singular(counted.group("noun"))
        if noun is None or not (unnamed_person(noun) or C.PERSON_NOUN.fullmatch(noun)):
            return None
        words = " ".join([*counted.group("mods").split(), noun])
        first = one.group("one").lower()
        det = first if first != "one" else ("an" if words[0] in "aeiou" else "a")
        return _Found(f"{det} {words}", one.group("one"), _cue_word(cue), "nominal")

    def _relative_subject(self, cue: re.Match[str], cands: list[Candidate]) -> _Found | None:
        """ "the Flarn Association (FA), which has attacked the plan as "Q"": the body
        or person the relative clause hangs on is the verb's subject, not the
        sentence's ("The Borel Commission faces a challenge from ...")."""
        if not cands:
            return None
        c = cands[-1]
        gap = C.RELATIVE_GAP.fullmatch(self.text, c.end, cue.start())
        if gap is None:
            return None
        if c.kind != "name" or self._complement(c):
            if "who" not in gap.group():
                return None
            return self._apposed_person(cue, cands)
        if c.words in L.CALENDAR_WORDS or not (self.ctx.strong(c) or (c.mention and c.mention.org)):
            return None
        name = self.ctx.resolve(c, c.start)
        return _Found(name, c.words, _cue_word(cue), c.kind) if name else None

    def _tied_phrase(self, cue: re.Match[str], lo: int) -> _Found | None:
        """ "The company founded by Ann Lee said": a speaking noun phrase opening the
        sentence, tied to a name by "founded by" or "representing", is the verb's
        subject (labelled whole), not the name after it."""
        text = self.text
        m = _TIED_OPENING.match(text, lo, cue.start())
        if m is None or not C.speaks(m.group("np")) or m.end() != cue.start():
            return None
        phrase = m.group()[m.start("np") - m.start() :].rstrip()
        phrase = " ".join(phrase.split())
        words = phrase[:1].lower() + phrase[1:]
        speaker = self.ctx.resolve_phrase(words, m.start("np"))
        return _Found(speaker, phrase, _cue_word(cue), "nominal")

    def _whose_subject(self, cue: re.Match[str], lo: int, cands: list[Candidate]) -> _Found | None:
        """ "Ann Lee, whose husband said "Q"": the noun "whose" owns is the verb's
        subject, labelled as the owner's ("Ann Lee's husband"), not the owner."""
        text = self.text
        if text.find("whose", max(lo, cue.start() - 60), cue.start()) < 0:
            return None  # (most cues: no "whose" clause right before them)
        m = _WHOSE_SUBJECT.search(text, max(lo, cue.start() - 60), cue.start())
        if m is None or m.end() != cue.start():
            return None
        words = m.group(1).split()
        while len(words) > 1 and (words[-1] in _WHOSE_GAP or words[-1].endswith("ly")):
            words.pop()  # "whose son later (told)": the noun ends before the adverb
        noun = " ".join(words)
        head = words[-1]
        if not (C.speaks(noun) or head in L.KIN_GENDER) or head in L.AUXILIARIES:
            return None
        owner = next((c for c in reversed(cands) if c.end <= m.start()), None)
        if owner is None or owner.end != m.start() or not self.ctx.strong(owner):
            return None
        person = owner.mention
        if person is None or person.org or not self.ctx.names.is_person(person):
            return None  # (a body's "whose leaders": which of its people, unsaid)
        name = self.ctx.resolve(owner, owner.start)
        if not name or (person.honorific is None and gender_of(name.split()[0]) is None):
            return None  # (no given name or honorific to show a person: "Auto Workers")
        label = f"{name}'s {noun}"
        return _Found(label, f"whose {noun}", _cue_word(cue), "nominal")

    def _source_who(self, cue: re.Match[str], lo: int) -> _Found | None:
        """ "..., according to a person familiar with the talks, who said": an unnamed
        source a "who" clause hangs on is the verb's subject (not a name before it)."""
        text = self.text
        if text.find(" who ", max(lo, cue.start() - 24), cue.start()) < 0:
            return None  # (most cues: no "who" right before them)
        gap = _last_match(_WHO_GAP, text, max(lo, cue.start() - 24), cue.start())
        if gap is None or gap.end() != cue.start():
            return None
        comma = gap.start()
        det = _last_match(_SOURCE_OPENING, text, max(lo, comma - _SOURCE_CHARS), comma)
        if det is None:
            return None
        phrase = text[det.start() : comma]
        if text[max(0, det.start() - 3) : det.start()].rstrip().endswith(","):
            return None  # "Ann Roe, a school bus driver, who told": an apposition's person
        if H.unnamed_subject(text, det.start(), comma, _source_head) is None:
            return None
        return _Found(phrase, phrase, _cue_word(cue), "nominal")

    def _unclosed_title(self, cue: re.Match[str], lo: int, cands: list[Candidate]) -> _Found | None:
        """ "Pella Roan, Vesk Alliance housing spokeswoman said": a person opening the
        sentence, a comma, then a title whose closing comma is left out; the person
        speaks, not the body named inside the title."""
        text = self.text
        comma = text.rfind(",", lo, cue.start())
        if comma < 0 or not cands or cands[0].end != comma or not self.ctx.strong_name(cands[0]):
            return None
        if len(text[lo : cands[0].start].split()) > 1:
            return None  # (the person opens the sentence: "But Pella Roan, ...")
        words = text[comma + 1 : cue.start()].split()
        if not 2 <= len(words) <= _TITLE_MAX_WORDS or not _source_head(words[-1]):
            return None
        if any(
            w.lower() in _NOT_IN_TITLE or not w.replace("'", "").replace("’", "").isalpha()
            for w in words
        ):
            return None  # ("Roan, who chairs it, said", "Roan, Lee and Ray said")
        name = self.ctx.resolve(cands[0], cands[0].start)
        return _Found(name, cands[0].words, _cue_word(cue), "name") if name else None

    def _apposed_person(self, cue: re.Match[str], cands: list[Candidate]) -> _Found | None:
        """ "Rep. Ann Roe, D-Md., the top Democrat on the Budget Committee, who called":
        the person the appositions before "who" describe, not the body they name."""
        phrase = cands[-1]
        for c in reversed(cands[:-1]):
            if self.ctx.strong_name(c):
                if not H.apposed_to(self.text, c.end, phrase.start):
                    return None
                name = self.ctx.resolve(c, c.start)
                return _Found(name, c.words, _cue_word(cue), c.kind) if name else None
        return None

    def _noun_who(self, cue: re.Match[str], lo: int, cands: list[Candidate]) -> _Found | None:
        """ "Rep. Ann Roe (R-Ariz.), a second-term Flarn Caucus favorite who announced":
        the person a noun phrase with a relative "who" is apposed to, not a name
        inside the phrase (the clause may run on to the cue: "who announced his bid
        in a post")."""
        text = self.text
        who = text.rfind(" who ", max(lo, cue.start() - _WHO_REACH), cue.start())
        if who < 0 or any(mark in text[who : cue.start()] for mark in ',;:“”"'):
            return None  # (most cues: no "who" clause running up to them)
        m = C.NOUN_WHO.search(text, max(lo, who - 80), who + 5) or C.PARTY_WHO.search(
            text, max(lo, who - 80), who + 5
        )
        if m is None:
            return None  # ("who" itself says the phrase is a person: "a favorite who")
        head = m.end(1) - len(m.group(1).rsplit(None, 1)[-1])
        for c in reversed(cands):
            if c.end <= m.start(1) and self.ctx.strong_name(c):
                if not H.apposed_to(text, c.end, head):
                    break
                name = self.ctx.resolve(c, c.start)
                return _Found(name, c.words, _cue_word(cue), c.kind) if name else None
        # "toured the quarry with a foreman who told": the phrase "who" hangs on.
        words = m.group(1).split()
        k = max(i for i, w in enumerate(words) if w.lower() in _DETERMINERS)
        phrase = " ".join(words[k:])
        if (
            len(words) - k > 4
            or not (_who_head(words[-1]) or words[-1].lower() in L.PARTY_MEMBERS)
            or any(
                c.start >= head - len(phrase) and c.kind == "name" for c in cands if c.end <= head
            )
        ):
            return None
        start = m.end(1) - len(phrase)
        return _Found(self.ctx.resolve_phrase(phrase, start), phrase, _cue_word(cue), "nominal")

    def _opening_relative(self, cue: re.Match[str], lo: int) -> _Found | None:
        """ "A woman who lives on Elm Lane and asked not to be named said": the phrase
        a relative clause opening the sentence follows, not a name inside the clause."""
        if self.text.find(" who", lo, cue.start()) < 0:
            return None  # (most cues: no relative clause before them at all)
        s_lo, _ = self.ctx.sentence_span(self.ctx.para_of(cue.start()), cue.start())
        if s_lo < lo or "," in self.text[s_lo : cue.start()]:
            return None
        rel = H.opening_relative(self.text, s_lo, cue.start())
        if rel is None or not C.speaks(H.label_head(rel[1])):
            return None
        speaker = self.ctx.resolve_phrase(rel[1], rel[0])
        return _Found(speaker, rel[1], _cue_word(cue), "nominal")

    def _group_touching(self, cue: re.Match[str], cands: list[Candidate]) -> _Found | None:
        """ "though she conceded that Senate Rivals had called the plan "Q"": a group
        named by a plural that speaks, opening the clause a subordinator starts and right
        before its verb, is that verb's subject, not the one who reports the clause."""
        if not cands or cands[-1].kind != "name" or self.ctx.strong(cands[-1]):
            return None
        c = cands[-1]
        head = c.words.rsplit(None, 1)[-1]
        if not (head.endswith("s") and C.speaks(head)):
            return None
        if any(w not in L.AUXILIARIES for w in self.text[c.end : cue.start()].split()):
            return None
        opener = _OPENER_BEFORE.search(self.text, max(0, c.start - 16), c.start)
        if opener is None or opener.group(1) not in L.SUBJECT_OPENERS:
            return None
        speaker = self.ctx.resolve_phrase(c.words, c.start)
        return _Found(speaker, c.words, _cue_word(cue), "nominal")

    def _name_touching(self, cue: re.Match[str], cands: list[Candidate]) -> _Found | None:
        """ "..., but Parry countered": a name right before the verb is its subject, even
        one the article never gives in full."""
        if not cands:
            return None
        c = cands[-1]
        if c.mention is None or c.mention.org:  # (a mention: a name)
            return None
        if C.JOINED_BEFORE.search(self.text, max(0, c.start - 6), c.start):
            return None  # "Princes William and Harry said", "the MP for X said"
        gap = self.text[c.end : cue.start()].split()
        if any(w not in L.AUXILIARIES and not w.endswith("ly") for w in gap):
            return None
        if self._complement(c):
            return None  # "the chairman of Acme said": the phrase, not Acme
        of_what = _OF_BEFORE.search(self.text, max(0, c.start - 12), c.start) is not None
        name = self.ctx.resolve(c, c.start)
        return _Found(name, c.words, _cue_word(cue), c.kind, of_what=of_what)

    def _opening_apposed(self, lo: int, cands: list[Candidate]) -> Candidate | None:
        """ "The president of a Tarn union local, Ann Roe, endorsed Lee, saying": the
        person apposed to the phrase opening the sentence is its subject, not a noun
        inside that phrase."""
        text = self.text
        titled: Candidate | None = None
        for c in cands:
            if c.kind == "name" and titled is None and self._title_named(c):
                titled = c  # "The Lord Provost" of "The Lord Provost, Lord Varrow,"
                continue
            if c.kind != "name" or not self.ctx.strong_name(c):
                continue
            head = text[lo : c.start]
            if not (head.endswith(", ") and text.startswith(",", c.end)) or "," in head[:-2]:
                return None
            return c if _OPENING_NP.match(head) or self._title_opens(lo, titled, c) else None
        return None

    def _title_opens(self, lo: int, titled: Candidate | None, c: Candidate) -> bool:
        """Does the title read as a name, ``titled``, open the sentence at ``lo`` with the
        name ``c`` apposed to it ("The Lord Provost of Tarnby, the Rt Hon Ann Roe,")?"""
        if titled is None or _THE_OPENS.fullmatch(self.text, lo, titled.start) is None:
            return False
        styled = styled_start(self.text, c.start)
        return _OF_PLACE_COMMA.fullmatch(self.text, titled.end, styled) is not None

    def _subject_order(
        self, cue: re.Match[str], lo: int, cands: list[Candidate], participle: bool
    ) -> list[Candidate]:
        """Candidates in the order they may be the subject of ``cue``."""
        text = self.text
        if participle:
            return self._participle_order(cue, lo, cands)
        order = list(reversed(cands))
        if text.find("d in ", max(0, lo - 48), cue.start()) >= 0:
            # ("CoreScript, based in Scottsdale, Arizona, said": where it is, never who)
            order = [c for c in order if not _BASED_IN.search(text, max(0, c.start - 48), c.start)]
        if text.find("ed to ", lo, cue.start()) >= 0:
            # ("The letter, addressed to Whip Ann Roe, asks": whom it went to, never who)
            order = [c for c in order if not _SENT_TO.search(text, lo, c.start)]
        objects = [c for c in order if c.kind == "pronoun" and self._object_it(c)]
        if objects:
            # "She has defended it and has called the recall": "it" is what she defended.
            order = [c for c in order if c not in objects] + objects
        app = C.APPOSITIVE.search(text, lo, cue.start())
        if app is None and cue.start() - lo > 100:
            app = C.LONG_RELATIVE.search(text, max(lo, cue.start() - 320), cue.start())
        if app:
            return self._appositive_order(cue, lo, order, app.start())
        return self._unclosed_appositive_order(cands, order)

    def _participle_order(
        self, cue: re.Match[str], lo: int, cands: list[Candidate]
    ) -> list[Candidate]:
        """Subject order for a participle cue ("saying", "claiming"), whose subject is
        found by position rather than by the sentence's grammar."""
        text = self.text
        if self._after_for(cue):
            # "Hughes branded Mr Howard "wrong" for claiming", "He was criticised
            # for saying": whoever is named nearest before "for" said it.
            return cands[::-1]
        # "with finance minister Hans Eichel saying": a person right before the
        # participle is its subject; otherwise the sentence's subject is.
        last = cands[-1]
        touching = not text[last.end : cue.start()].strip(" ")
        if touching and self.ctx.strong_name(last):
            return [last, *cands[:-1]]
        apposed = self._opening_apposed(lo, cands)
        order = [apposed, *[c for c in cands if c is not apposed]] if apposed else cands
        # ("The most open about it is Rep. Roe, who ... before adding": "it" is what
        # she is open about, the object of a word, as for a finite cue's subject.)
        objects = [c for c in order if c.kind == "pronoun" and self._object_it(c)]
        return [c for c in order if c not in objects] + objects if objects else order

    def _appositive_order(
        self, cue: re.Match[str], lo: int, order: list[Candidate], cut: int
    ) -> list[Candidate]:
        """Reorder ``order`` around an appositive starting at ``cut``: the person it
        describes is the subject, not a noun inside it."""
        text = self.text
        # "Mr X, a title, said" and "LTA chief executive, John Crowther, added":
        # a person named before or inside the appositive beats a job title.
        people = [c for c in order if c.kind == "name" and self.ctx.strong(c)]
        # (Not one named in an opening clause: "Asked whether the mayor would meet
        # the Hollister family, her spokeswoman, Alexis Duvall, said".)
        fronted = [c for c in people if c.end <= cut and self._in_fronted_clause(c.start)]
        before = [c for c in people if c.end <= cut and c not in fronted]
        body_noun = any(c.end <= cut and _BODY_NOUN_PHRASE.fullmatch(c.words) for c in order)
        inside = [c for c in people if c.end > cut and self._apposed_at(cut, c, body_noun)]
        # ("The head of the Flarn Trust, Ada Roe, said": the person, not what she heads.)
        owned = [c for c in before if inside and H.owned_by_noun(text, lo, c.start)]
        if inside and _WHOSE_ROLE.search(text, max(lo, cut - 40), cut):
            owned = before  # "the Flarn Trust, whose president, Ada Roe, called": hers
        # ("The Lord Provost, Lord Varrow, said": a title read as a name is his office.)
        owned += [c for c in before if inside and c not in owned and self._title_named(c)]
        before = [c for c in before if c not in owned]
        deeper = [c for c in people if c.end > cut and c not in inside]
        rest = [c for c in order if c not in people]
        if not before and not inside:
            # "The Brotherhood of Tillers, the union for farm workers, said": the
            # body the appositive describes, not a noun inside it.
            rest.sort(key=lambda c: not self._body_apposed(c, cue))
        order = before + inside + owned + fronted + rest + deeper
        if C.RELATIVE.match(text, cut):
            # "A spokeswoman for the department, which oversees the Forest Service,
            # said": what the clause names is not the subject.
            order = [c for c in order if c.end <= cut] + [c for c in order if c.end > cut]
        return order

    def _unclosed_appositive_order(
        self, cands: list[Candidate], order: list[Candidate]
    ) -> list[Candidate]:
        """Put first a person followed by a comma and a job title that never closes:
        the appositive's missing comma must not demote the subject."""
        text = self.text
        # "Mark Serwotka, the leader of the union said": an appositive whose closing
        # comma is missing still leaves the person the subject.
        for k in range(len(cands) - 1):
            c, nxt = cands[k], cands[k + 1]
            if (
                self.ctx.strong_name(c)
                and nxt.kind == "nominal"
                and text[c.end : nxt.start].strip() == ","
                and not self._in_fronted_clause(c.start)
            ):
                return [c] + [o for o in order if o is not c]
        return order

    def _body_apposed(self, c: Candidate, cue: re.Match[str], participle: bool = False) -> bool:
        """Is ``c`` a body's name opening its sentence, right before an appositive
        describing a body (", the union for farm workers,") that closes at ``cue`` (or, with
        ``participle``, before a verb phrase ending there: "countered with a statement
        urging")?"""
        if c.kind != "name" or c.mention is None:
            return False
        text = self.text
        app = _BODY_APPOSED.match(text, c.end, cue.start())
        if app is None:
            return False
        if not C.APPOSITIVE.match(text, c.end, cue.start()) and not (
            participle and _TO_PARTICIPLE.fullmatch(text, app.end(), cue.start())
        ):
            return False
        s_lo, _ = self.ctx.sentence_span(self.ctx.para_of(c.start), c.start)
        return _OPENS_SENTENCE.fullmatch(self.text, s_lo, c.start) is not None

    def _through_aside(self, c: Candidate, cue: re.Match[str]) -> bool:
        """Is ``c`` the means of an aside closing right before the cue (", through a
        spokesman, said"), not the subject ("declined through a spokesman, who said")?"""
        text = self.text
        return text.endswith(" through ", 0, c.start) and text[c.end : cue.start()].strip() == ","

    def _object_it(self, c: Candidate) -> bool:
        """Is the "it"/"them" ``c`` the object of a word before it ("defended it",
        "said it would"), not a clause's subject ("and it said", "that it")?"""
        if c.words.lower() not in ("it", "them"):
            return False
        word = words_before(self.text, c.start)[1]
        return word.isalpha() and word.islower() and word not in L.SUBJECT_OPENERS

    def _apposed_at(self, cut: int, c: Candidate, body_noun: bool = False) -> bool:
        """Does the name ``c`` open the appositive starting at ``cut`` (", John Crowther,"
        or ", Deputy Secretary Ann Roe,"), and name a person, not a body ("A spokeswoman
        for one of them, Northbeam Cloud,")? A name deeper in it ("The company, a
        venture of Acme and Bolt Energy,") is what the appositive describes. With
        ``body_noun`` (the subject is a body's noun: "A trade group representing them,
        the Brolland Fuel and Widget Makers,") a body's name there is that body's."""
        m = c.mention
        if body_noun and m is not None and self._body_opens(cut, m):
            return True
        # (A style with its "the" opens the name: ", the Most Reverend Ann Roe,".)
        lead = _without_title_of(self.text[cut + 1 : styled_start(self.text, c.start)].split())
        if any(not w[:1].isupper() and w in L.APPOSITION_BREAKERS for w in lead):
            return False  # (lower-case title words may lead: ", former police chief Ann Roe,")
        return m is None or gender_of(m.tokens[0]) is not None or m.tokens[-1] not in L.BODY_WORDS

    def _title_named(self, c: Candidate) -> bool:
        """Is the name ``c`` an office after "the" ("The Lord Provost", "The Roman
        Catholic Archbishop (of Tarnby)"): a title capitalised, not a person's name?"""
        m = c.mention
        return (
            m is not None
            and words_before(self.text, c.start)[1] in ("the", "The")
            and is_role(m.tokens[-1].lower())
        )

    def _body_opens(self, cut: int, m: Mention) -> bool:
        """Does a body's whole name, ``m`` or the one ``m`` closes ("Brolland Fuel and
        | Widget Makers"), open the appositive at ``cut`` (", the" at most before it)?"""
        whole = self.ctx.names.whole_body(m) if m.tokens[-1] not in L.BODY_WORDS else m.words
        if whole is None or gender_of(m.tokens[0]) is not None:
            return False
        lead = self.text[cut + 1 : m.end - len(whole)].split()
        return lead in ([], ["the"]) and self.text.endswith(whole, 0, m.end)

    def _after_for(self, cue: re.Match[str]) -> bool:
        """ "for claiming": a participle whose subject is whoever it is said of."""
        return words_before(self.text, cue.start())[1] == "for"

    def _gerund_of_object(self, cue: re.Match[str]) -> bool:
        """ "accused Ann Lee of calling", "praised Lee for saying": a participle whose
        subject may be the one the sentence speaks of, not its subject."""
        return words_before(self.text, cue.start())[1] in L.GERUND_OF_OBJECT

    def _in_fronted_clause(self, pos: int) -> bool:
        """Is ``pos`` in an opening clause ("Reacting to a comment by Tim Phillips, the
        American said")? Then the comma after it ends that clause, not an appositive."""
        para = self.ctx.para_of(pos)
        s_lo, _ = self.ctx.sentence_span(para, pos)
        head = self.text[s_lo:pos]
        first = head.split(None, 1)[0].strip("\"“‘'") if head.strip() else ""
        return "," not in head and (
            first.endswith("ing") or first in L.FRONTING_WORDS or first == "Asked"
        )

    def _member_of(self, c: Candidate, nxt: Candidate) -> bool:
        """Is ``c`` the body a person is one of ("A Democrat on the panel, Ann Roe,"):
        a noun phrase after a preposition, with the person's name apposed right after?"""
        return (
            c.kind == "nominal"
            and nxt.kind == "name"
            and self.text[c.end : nxt.start].strip().startswith(",")
            and _MEMBER_PREPOSITION.search(self.text, max(0, c.start - 6), c.start) is not None
            and self.ctx.strong_name(nxt)
        )

    def _complement(self, c: Candidate) -> bool:
        """A body named after "of/from/at" ("X of the FBI", "a strategist at Monument
        Securities"): part of the phrase before. People follow "at" too rarely to count."""
        if c.kind == "name" and self.ctx.strong(c):
            return self.text.endswith((" at ", " in "), 0, c.start) or self._affiliation(c.start)
        return self._after_preposition(c.start)

    def _affiliation(self, pos: int) -> bool:
        """Does the name at ``pos`` follow a person named in full and "of"/"from" ("Ivo
        Tarn, from Quorvex's Orbital Labs,", "Ivo Tarn of Orbital Labs")? It names
        where that person works: a capitalised run read as a name, not a second speaker.
        (Not a person's name, led by a given name: "said Lee of Ann Ray, who called".)"""
        m = _AFFILIATED.search(self.text, max(0, pos - _AFFILIATION_REACH), pos)
        if m is None or m.group(1) not in self.ctx.names.full:
            return False
        if _SAID_OF.search(self.text, m.start(), pos):
            return False  # "Lee said of Ray": the one spoken of
        first = _FIRST_WORD.match(self.text, pos)
        return first is None or gender_of(first.group()) is None

    def _part_or_place(self, pos: int) -> bool:
        """A name after a preposition: a place ("in Bakersfield") or the end of a
        longer name ("Lloyds of London", "the Duke of Edinburgh"); after "of" and a
        common noun it may be whose words they are ("the makers of Lake House claim")."""
        if not self._after_preposition(pos):
            return False
        if not self.text.endswith(" of ", 0, pos):
            return True
        before = self.text[max(0, pos - 40) : pos - 4].split()
        return bool(before) and before[-1][:1].isupper()

    def _placed(self, c: Candidate) -> bool:
        """A name after "in"/"at" ("detainee 'A' in Woodhill Prison said"): where the
        speaker is, not who; never the speaker even when no one else is named."""
        return self.text.endswith((" in ", " at "), 0, c.start)

    def _after_preposition(self, pos: int) -> bool:
        return C.PREPOSITION_BEFORE.search(self.text, max(0, pos - 6), pos)

    def from_cue(self, cue: re.Match[str], lo: int, hi: int, sentence_lo: int) -> _Found | None:
        """The speaker a cue points at, looking in ``text[lo:hi]`` around it."""
        if cue.group("acc"):
            return self.speaker_after_cue(cue, hi)
        if cue.group("as"):
            # "Reuters quoted a bank official as saying": whoever is named just before.
            return self.speaker_before_cue(cue, lo, participle=False)
        text = self.text
        prev, last = words_before(text, cue.start())
        if not cue.group("part"):
            # "was described by Jobs as", "plans - described by one union as": the
            # agent after "by" speaks, nobody else.
            agent = passive(prev, last) and not _firm_says(cue, last)
            by = None
            if agent or cue.group().endswith("ed"):  # (else no "by" is read)
                by = C.BY_AGENT.match(text, cue.end(), hi)
            if agent or by:
                return self.speaker_after_cue(cue, hi, by.end()) if by else None
        if cue.group("part") or last in ("and", "but"):
            # "He ..., saying" and "He said ... but predicted": the subject opens the
            # sentence, maybe before a quote.
            return self.speaker_before_cue(cue, min(lo, sentence_lo), participle=True)
        found = self._inverted(cue, hi) or self.speaker_before_cue(cue, lo, participle=False)
        if found or cue.group() in L.LISTENER_VERBS:
            if found is None and _QUESTION_TAG.search(text, max(0, cue.start() - 4), cue.start()):
                return self.speaker_after_cue(cue, hi)  # `"Why?" asked Walt Roe`: the asker
            return found  # "Young told BBC Sport Wales": never the listener
        if cue.group() in L.JUDGING and text[lo : cue.start()].strip(_QUOTE_END):
            return None  # "has dismissed critics as": whom the words judge (but
            # `"Q," assured Mr Wallace` is the speaker)
        return self.speaker_after_cue(cue, hi)

    def _inverted(self, cue: re.Match[str], hi: int) -> _Found | None:
        """`..., giving them more say in how they run it, said Ms Deans.`: a comma, the
        verb, then a person's name is the inverted "said X"; what stands before the
        comma is what they said, not who said it."""
        text = self.text
        comma = _INVERTED_COMMA.search(text, max(0, cue.start() - 8), cue.start())
        if comma is None or not cue.group("fin"):
            return None
        if cue.group() not in L.INVERTING:
            return None  # "a lawyer, told Judge Clark", "his stance, accused Ms King"
        before = self.ctx.candidates(max(0, comma.start() - _ADJACENT), comma.start())
        if before and before[-1].end == comma.start() and self.ctx.strong_name(before[-1]):
            return None  # "director of the trust, Norman Brennan, accused Lord Woolf"
        cands = self.ctx.candidates(cue.end(), min(hi, cue.end() + _ADJACENT))
        if not cands or cands[0].kind != "name":
            return None
        if not self.ctx.strong_name(cands[0]) and not _SENTENCE_END.match(text, cands[0].end):
            return None  # (a body's name only closing the sentence: "..., says Tarncom.")
        if text[cue.end() : cands[0].start].strip() or C.QUOTE_NEXT.match(text, cands[0].end):
            return None  # `said Mr Blair "should butt out"`: whom the words are about
        found = self.speaker_after_cue(cue, hi)
        if found:
            found.inverted = True
        return found

    # -- one quote -----------------------------------------------------------------
    def windows(self, q: Quote) -> _Windows:
        """The stretches before and after ``q`` that may hold its cue, and their cues."""
        text, ctx = self.text, self.ctx
        paras, quotes = self.article.paragraphs, ctx.quotes
        para, last = paras[q.paragraph], paras[q.last_paragraph]
        s_lo, _ = ctx.sentence_span(q.paragraph, q.start)
        i = bisect.bisect_left(ctx.q_starts, q.start) - 1
        while i >= 0 and quotes[i].kind == "title" and quotes[i].end > s_lo:
            i -= 1  # `Ann Roe, appearing on "Meet the Week," said it was "Q"`: not words
        before = quotes[i].end if i >= 0 else para.start
        # Windows are capped so a huge run-on "sentence" cannot make this quadratic.
        floor = max(para.start, q.start - WINDOW)
        pre_lo = max(s_lo, before, floor)
        _, s_hi = ctx.sentence_span(q.last_paragraph, max(q.end - 1, last.start))
        limit = min(last.end, q.end + WINDOW)
        nxt = i + 2  # quotes[i + 1] is q itself
        if nxt < len(quotes):
            limit = min(limit, max(quotes[nxt].start, q.end))
        post_hi = min(s_hi, limit)
        if _opens_scene(text, q, post_hi):
            post_hi = q.end  # `"Q," On Monday, a panel ruled`: a new sentence, its stop lost
        elif q.text[-1:] in ".!?" and not _lowercase_next(text, q.end, post_hi):
            # The sentence ended inside the quote; only `"Q." Hailey later recalled.`
            # (a few words and a cue, then the end) still speaks of this quote.
            post_hi = _short_tail(text, q.end, limit)
        return _Windows(s_lo, floor, pre_lo, post_hi, self, q)

    def frame_cue(self, q: Quote, hi: int) -> list[re.Match[str]]:
        """The verb of a reporting frame right after a direct quote ending in a comma
        (`"Q," Van der Berg began. "Q2"`), when no reporting verb the lexicon knows
        follows it."""
        text = self.text
        if q.kind != "direct" or not (q.text.endswith(",") or text.startswith(",", q.end)):
            return []
        subject = _FRAME_SUBJECT.match(text, q.end, hi)
        verb = _FRAME_VERB.match(text, subject.end(), hi) if subject else None
        return [verb] if verb else []

    def pre_cues(self, q: Quote, pre_lo: int) -> list[re.Match[str]]:
        """The cues in the stretch of ``q``'s sentence before it."""
        text = self.text
        pre_cues = self.ctx.cues_in(pre_lo, q.start)
        if (
            pre_cues
            and pre_cues[-1].group() in L.NAMING
            and not text[pre_cues[-1].end() : q.start].strip()
            and not _subject_before(text, pre_cues[-1].start())
        ):
            # "a phenomenon called "knocking"": a name for a thing; but in "what he
            # called "the slow death of the handshake"" he speaks.
            pre_cues.pop()
        return self._outside_questions(pre_cues)

    def _outside_questions(self, cues: list[re.Match[str]]) -> list[re.Match[str]]:
        """Drop a cue inside a question another cue reports ("he asked why ministers
        attacked the plans for the "very rich""): the asker's words, not theirs."""
        kept = cues[:1]
        for prev, cue in itertools.pairwise(cues):
            m = C.REPORTED_QUESTION.fullmatch(self.text, prev.end(), cue.start())
            if m is None or not L.NOT_IN_PHRASE.isdisjoint(m.group(1).split()):
                kept.append(cue)  # ("asked whether he would go replied": the asker's verb)
        return kept

    def from_own_cues(self, q: Quote, w: _Windows) -> _Found | None:
        """The speaker named at a cue in the quote's own sentence."""
        # Reported speech names its speaker first; a direct quote usually after.
        for cue in _cue_order(w, q.kind == "partial", self._led_in(q, w)):
            after = cue.start() >= q.end
            if q.kind == "partial" and not after and self._new_subject(cue.end(), q.start):
                continue  # `Crane said, though regulators have not called it "fraud."`
            self.ctx.lead_guess = False
            self.ctx.pronoun_confidence = "medium"
            if after:
                found = self.from_cue(cue, q.end, w.post_hi, max(w.s_lo, w.floor))
            else:
                found = self.from_cue(cue, w.pre_lo, q.start, max(w.s_lo, w.floor))
            if found and not after and self._in_question_put(cue, found, w.s_lo):
                continue  # `Asked whether Penn had anything to say, she said, "Q"`
            if found:
                found.how = _how_at_cue(cue, found.kind, after)
                gap = self.text[cue.end() : q.start] if not after else ""
                found.confidence = _cue_confidence(
                    self.text, found, q, cue, gap, self.ctx.names.full
                )
                if cue.re is _FRAME_VERB and found.confidence == "high":
                    found.confidence = "medium"  # a verb no list knows: read by its place
                if found.kind == "nominal" and self.ctx.lead_guess:
                    found.confidence = "low"  # the corpus's role book may know better
                if found.kind == "pronoun":
                    found.confidence = self._pronoun_confidence(found)
                elif found.confidence == "high" and not after:
                    # (the mention nearest the quote: "The idea, says BT, is a "Q"")
                    at = self.text.rfind(found.mention, max(0, cue.start() - WINDOW), q.start)
                    lo = at + len(found.mention) if at >= 0 else cue.start()
                    if another_voice(self.text, w.pre_cues, lo, q.start):
                        found.confidence = "medium"  # "said the man claimed he was "Q""
                return found
        return None

    def _in_question_put(self, cue: re.Match[str], found: _Found, s_lo: int) -> bool:
        """Is ``cue`` inside a fronted question put to the sentence's subject, with a
        name or noun for its own subject ("Asked whether Penn had promised it, he
        smiled")? That one is what the question is about, not who speaks; a "he" there
        ("Asked what he would say to Penn, the sheriff") is the one asked."""
        if found.kind == "pronoun":
            return False
        asked = C.ASKED_OPENING.match(self.text, s_lo)
        return asked is not None and cue.start() < asked.end()

    def _in_writers_question(self, cue: re.Match[str]) -> bool:
        """Is ``cue`` in a question the writer puts, with no quote in it ("So is the
        party's aim to win, as Ada Roe once declared?")? The quote after it answers the
        question: its speaker is the one asked, not whoever the question cites. (A
        question someone asks, "Why pay, Ada Roe asked.", is a sentence of hers.)"""
        if cue.group().lower() in L.ASKING_VERBS:
            return False
        para = self.ctx.para_of(cue.start())
        lo, hi = self.ctx.sentence_span(para, cue.start())
        sentence = self.text[lo:hi].rstrip()
        return sentence.endswith("?") and not any(ch in _ANY_MARK for ch in sentence)

    def _pronoun_confidence(self, found: _Found) -> Confidence:
        """How sure a pronoun's speaker is. "It"/"they" read back to an earlier sentence
        is low (see ``resolve_pronoun``), unless that names the last direct quote's
        speaker: `"Q1," the Pellory Board said. "Q2," it added` goes on in one voice."""
        confidence = self.ctx.pronoun_confidence
        voice = self.voice
        if (
            confidence == "low"
            and found.mention.lower() in ("it", "they")
            and voice is not None
            and voice.speaker == found.speaker
        ):
            return "medium"
        return confidence

    def _led_in(self, q: Quote, w: _Windows) -> bool:
        """Does a cue lead straight into ``q`` (`called out, "Q?"`) while a new sentence
        follows it (`"Q?" Crenshaw asked for order.`)? Then the lead-in names the speaker."""
        text = self.text
        if q.text[-1:] not in ".!?" or text[q.start - 2 : q.start] not in (", ", ": "):
            return False  # (cheap tests first: most quotes stop here)
        if not text[q.end : q.end + 3].lstrip()[:1].isupper():
            return False
        if not (w.pre_cues and w.post_cues):
            return False
        return _LEAD_IN.fullmatch(text, w.pre_cues[-1].end(), q.start) is not None

    def agent_after(self, q: Quote, lo: int) -> _Found | None:
        """ "Her comments have been described as "irresponsible" and "outrageous" by the
        IHRC", "branded a "waste" by MPs": a passive verb before the quote (a passive
        naming verb is no cue of its own), its agent after it."""
        cues = self.ctx.cue_words(lo, q.start)  # (the stretch windows() scanned)
        cue = cues[-1] if cues else None
        if cue is None or cue.group("part") or not passive(*words_before(self.text, cue.start())):
            return None
        _, s_hi = self.ctx.sentence_span(q.last_paragraph, q.end)
        hi = min(s_hi, q.end + 2 * _ADJACENT)
        by = C.AGENT_AFTER.match(self.text, q.end, hi)
        found = self.speaker_after_cue(cue, hi, by.end()) if by else None
        if found is None:
            return None
        found.how, found.confidence = "cue-before", "medium"
        return found

    def owner_of_words(self, q: Quote, lo: int) -> _Found | None:
        """ "Mr Brown's insistence he was not "gloating"", "The first minister's statement
        that it was okay to get drunk "once in a while"": whose words a noun of speech
        names, when the quote is in the clause it governs."""
        m = _last_match(C.OWNED_WORDS, self.text, lo, q.start)
        if m is None or len(self.text[m.end() : q.start].split()) > _OWNED_WORDS_GAP:
            return self._pronouns_words(q, lo)
        owner = next(
            (c for c in self.ctx.names.mentions_between(lo, m.start()) if c.end == m.start()),
            None,
        )
        if owner is not None and self.ctx.names.is_person(owner):
            name, words, kind = self.ctx.names.resolve(owner), owner.words, "name"
        else:
            adj = _adjacent_before(self.text, max(lo, m.start() - _ADJACENT), m.start())
            if adj is None or not C.speaks(adj[1]):
                return None
            name, words, kind = self.ctx.resolve_phrase(adj[1], adj[0]), adj[1], "nominal"
        noun = m.group(1).lower()
        return _Found(name, words, noun, kind, "cue-before", "medium")

    def _pronouns_words(self, q: Quote, lo: int) -> _Found | None:
        """ "But her admission that she "Q"", "His advice for one entrant was to "Q"":
        a noun of speech a person's pronoun owns; the person it points back to spoke
        the words, unless the quote names them. Only a person named in that sentence
        or the one before: further back (or past a description, "The former editor
        dispensed insults. His advice") the pronoun is too often misread."""
        m = _last_match(C.PRONOUN_OWNED_WORDS, self.text, lo, q.start)
        if m is None or len(self.text[m.end() : q.start].split()) > _OWNED_WORDS_GAP:
            return None
        pronoun = m.group(1)
        person = self.ctx.resolve_pronoun("he" if pronoun.lower() == "his" else "she", m.start())
        if not person or _named_inside(q, person):
            return None
        para = self.ctx.para_of(m.start())
        s_lo = self.ctx.sentence_span(para, m.start())[0]
        p_lo = self.ctx.sentence_span(para, max(s_lo - 1, self.article.paragraphs[para].start))[0]
        if self.ctx.cues_in(s_lo, m.start()):
            return None  # `said the senator "Q" and that his comments were "Q2"`: the topic
        names = self.ctx.names
        if not any(names.resolve(n) == person for n in names.mentions_between(p_lo, m.start())):
            return None
        return _Found(person, pronoun, m.group(2).lower(), "pronoun", "cue-before", "medium")

    def plain_owner(self, q: Quote, lo: int) -> _Found | None:
        """`She was, by her own description, "Q"`, `His main worry is "Q"`: words
        with no reporting verb whose owner the sentence names (see owners.py)."""
        owner = (
            O.own_account(self.ctx, q, lo)
            or O.owned_aim(self.ctx, q, lo)
            or O.owned_plan(self.ctx, q, lo)
            or O.felt_state(self.ctx, q, lo)
        )
        if owner is None or _named_inside(q, owner[0]):
            return None
        kind = "pronoun" if owner[1].lower() in ("his", "her", "their", "its") else "nominal"
        return _Found(owner[0], owner[1], owner[2], kind, "cue-before", "medium")

    def named_as(self, q: Quote, lo: int) -> _Found | None:
        """`who introduced him as "Q"`, `by accusing the agency of "Q"`: the subject of
        a verb naming someone as the words (see owners.calls_as), low."""
        owner = O.calls_as(self.ctx, q, lo)
        if owner is None or _named_inside(q, owner[0]):
            return None
        kind = "pronoun" if owner[1].lower() in ("he", "she", "they", "it") else "name"
        return _Found(owner[0], owner[1], owner[2], kind, "cue-before", "low")

    def reported_on(self, q: Quote, s_lo: int) -> _Found | None:
        """ "The foreign secretary said the right to life was the "most important
        liberty". Law lords were "simply wrong" to imply ...": reported speech running
        on into the next sentence, which has no cue of its own and nobody else in it,
        after a sentence that reported the same speaker's words (or going on "And that
        ..."). A lone word is more often a term than speech. A guess: low."""
        paras = self.article.paragraphs
        if paras[q.paragraph].kind != "body" or s_lo <= paras[q.paragraph].start:
            return None  # (only within a paragraph: a new one may be the writer's)
        if " " not in q.text.strip():
            return None
        p_lo, _ = self.ctx.sentence_span(q.paragraph, s_lo - 1)
        quotes = self.ctx.quotes
        i = bisect.bisect_left(self.ctx.q_starts, p_lo)
        before = itertools.takewhile(lambda o: o.start < s_lo, itertools.islice(quotes, i, None))
        said = {o.speaker for o in before if o.kind == "partial" and o.speaker}
        if not said and not _GOES_ON_THAT.match(self.text, s_lo):
            return None  # (after a direct quote, the writer speaks again)
        found = self.last_cue_speaker(p_lo, s_lo)
        speaker = found.speaker if found else None
        if found is None or speaker is None or _named_inside(q, speaker):
            return None
        if not (speaker[:1].isupper() or speaker.split()[-1] in L.ROLE_HEADS):
            return None  # a person or a body, not "the report", "lawyers"
        if found.speaker not in said and not _GOES_ON_THAT.match(self.text, s_lo):
            return None
        # (Only before the quote's end: what follows it, with no cue, is an object or
        # a complement, "must "Q" the democratic process", no owner of the words.)
        for c in self.ctx.candidates(s_lo, q.end):
            if c.kind != "pronoun" and self.ctx.resolve(c, c.start) != found.speaker:
                return None  # someone else in the sentence may own the words
        found.how, found.confidence = "carry-over", "low"
        return found

    def _new_subject(self, lo: int, hi: int) -> bool:
        """Does a contrasting clause with a subject of its own start in ``text[lo:hi]``?"""
        brk = C.CONTRAST.search(self.text, lo, hi)
        return brk is not None and bool(self.ctx.candidates(brk.end(), hi))

    def attribute(self, q: Quote, prev: Quote | None) -> None:
        """Fill ``q``'s speaker (or turn it into a scare quote when nobody speaks)."""
        if q.kind == "title":
            return  # the name of a show or book: no one's words
        if q.cue == ":" and q.speaker_mention and q.speaker is None:
            # A transcript turn ("MS. LEE: Q"): the extractor read its speaker's label.
            q.speaker = self.ctx.names.resolve_label(q.speaker_mention, q.start)
            label = _Found(q.speaker, q.speaker_mention, ":", "name", "colon", "high")
            # Sure only when the label stands for a name given in full ("MS. VARGA"
            # with Ilse Varga in the text), as at a cue.
            q.speaker_how, q.confidence = "colon", "high" if self._sure_name(label) else "medium"
            return
        turn = self.labelled_turn(q)
        if turn is not None:
            _apply(q, turn)
            return
        w = self.windows(q)
        crowd = O.crowd_voice(self.ctx, q, w.pre_lo)
        if isinstance(
            crowd, tuple
        ):  # "the strikers chanted "Q"", "the crowd, which answered with cries of"
            _apply(q, _Found(crowd[0], crowd[1], crowd[2], "nominal", "cue-before", "medium"))
            return
        found = self._cued_or_colon(q, w)
        if found is None and q.kind == "partial":
            found = self._partial_source(q, prev, w)
        if found is None and crowd is False:
            return  # "several dozen protesters chanted": nobody to name
        if found is None:
            if self._no_speaker(q, w):
                return
            if q.kind == "direct":
                found = self.uncued_speaker(q, prev, w)
            elif prev is not None:
                found = self._partial_going_on(q, prev, w)
        if found is not None:
            if found.confidence == "high" and not self._sure_name(found):
                found.confidence = "medium"  # a shared surname, a lone word: not sure
            elif found.confidence == "high" and q.kind == "partial" and a_term(q.text):
                found.confidence = "medium"  # "the "tartan test"": a term, or theirs?
            _apply(q, found)

    def _cued_or_colon(self, q: Quote, w: _Windows) -> _Found | None:
        """The speaker a cue around ``q`` names, else a colon's lead-in, else an agent
        after a passive ("was described by X as")."""
        found = self.from_own_cues(q, w)
        if found is None and not w.pre_cues:
            found = self.colon_speaker(w.pre_lo, q.start)
        elif w.pre_cues and (found is None or found.how != "cue-after"):
            author = self._author_before_colon(w.pre_cues[-1].end(), q.start)
            found = author if author and not w.post_cues else found
        if found is None and w.pre_cues and not w.post_cues:
            # `The governor, a Democrat who ..., praised the vote in a statement: "Q"`:
            # no cue found its subject; the colon still leads into the quote.
            found = self.colon_speaker(w.pre_lo, q.start)
        if found is None:
            found = self.agent_after(q, w.pre_lo)
        return found

    def _partial_source(self, q: Quote, prev: Quote | None, w: _Windows) -> _Found | None:
        """A partial quote no cue gave a speaker: the owner of its words, "named as",
        the same sentence's earlier quote, a cue's subject read more widely, or the one
        it is reported on."""
        found = None
        if not w.pre_cues:
            found = self.owner_of_words(q, w.pre_lo) or self.plain_owner(q, w.pre_lo)
        if found is None:
            found = self.named_as(q, w.pre_lo)
        if found is None and prev is not None:
            found = self._same_sentence_partial(q, prev, w)
        if found is None and (w.pre_cues or w.post_cues):
            # A partial quote has no speaker from the quotes around it: read a cue's
            # subject more widely ("The feminist writer and broadcaster said").
            self.joined = True
            found = self.from_own_cues(q, w)
            self.joined = False
        if found is None and not (w.pre_cues or w.post_cues):
            found = self.reported_on(q, w.s_lo)
        return found

    def _same_sentence_partial(self, q: Quote, prev: Quote, w: _Windows) -> _Found | None:
        """`X said the plans were "inadequate" and were "papering over the cracks"`: a
        second quote in the same sentence has the first one's speaker."""
        if not prev.speaker or prev.last_paragraph != q.paragraph or prev.end < w.s_lo:
            return None
        if self._new_subject(prev.end, q.start):
            return None
        found = _carried(prev, prev.confidence or "medium")
        if found.confidence == "high" and (
            turned_by_contrast(self.text, prev.end, q.start)
            or verb_after_clause(self.text, w.pre_cues, w.s_lo, prev.end, q.start)
            or (prev.kind == "partial" and swallows_a_sentence(prev.text))
        ):
            found.confidence = "medium"  # `"Q1," though the river was "Q2"`: whose?
        return found

    def _partial_going_on(self, q: Quote, prev: Quote, w: _Windows) -> _Found | None:
        """`"Q1," said Ann Roe, an analyst. The deficit "is a big issue going forward".`:
        a clause-long partial with no cue in the sentence right after a speaker's direct
        quote, in the same paragraph and with no one else named before it, reports the
        same speaker going on (a guess: low)."""
        if prev.kind != "direct" or not prev.speaker or prev.last_paragraph != q.paragraph:
            return None
        if w.pre_cues or w.post_cues or prev.end > w.s_lo:
            return None  # (a cue of its own that named no one; or prev's own sentence)
        if not (_COPULA_BEFORE.search(self.text, w.s_lo, q.start) or _COPULA_OPENS.match(q.text)):
            return None  # "Many towns now want a "Q"": the writer's own words about it
        if self.ctx.sentence_span(self.ctx.para_of(prev.end), prev.end)[1] < w.s_lo - 2:
            return None  # a sentence of the reporter's own stands between
        if any(c.kind != "name" for c in self.ctx.candidates(w.s_lo, q.start)):
            return None  # "She expressed her anger at ...", "The firm is": theirs
        names = self.ctx.names
        if any(names.is_person(m) for m in names.mentions_between(w.s_lo, q.start)):
            return None  # "Mr Lee is", "Ben Lowe's plan is": about another person
        return _carried(prev, "low")

    def uncued_speaker(self, q: Quote, prev: Quote | None, w: _Windows) -> _Found | None:
        """A direct quote no cue of its own names: a byline or a summing-up after it, or
        the speaker before it going on."""
        # `"Q1," she said. "Q2." ¶ — Ada Brenner`: a quote going on after its own
        # paragraph's cue is that speaker's; the paragraph after it (a live blog's
        # byline, a list's next item) names no one for it.
        going_on = prev is not None and bool(prev.speaker) and prev.last_paragraph == q.paragraph
        found = self.speaker_after_quote(q, beyond=not going_on) or self.continuation(
            q, prev, w.s_lo
        )
        if found is None or found.speaker is None:
            return None
        if _named_inside(q, found.speaker):
            if not self._body_going_on(q, prev, found.speaker):
                return None  # "But for Dean Kiely we would have won": not Kiely's
            found.confidence = "low"
        if w.post_cues and self._other_gender(q, found.speaker):
            return None  # `"Q," she said` is no man's quote carried over
        if found.how == "carry-over" and (w.pre_cues or w.post_cues):
            # `"Then resign!" someone shouted.`: the quote's own verb has a subject we
            # could not name; the speaker before is a guess.
            found.confidence = "low"
        return found

    def _body_going_on(self, q: Quote, prev: Quote | None, speaker: str) -> bool:
        """`"Q1," Velmar said. "Therefore, Velmar's sales will fall."`: a company's
        statement names the company itself, as a person's words seldom name their
        speaker; the body's quote just before, in the same paragraph, goes on."""
        if prev is None or prev.speaker != speaker or prev.last_paragraph != q.paragraph:
            return False
        if prev.kind != "direct":
            return False  # (`said instead of the "bonfire" New Labour had promised`)
        tokens = speaker.split()
        if len(tokens) > 1 and tokens[0].islower():
            return False  # "the company": a role, not a body's own name
        return not any(name == speaker for _, name in self.ctx.names.full.get(tokens[-1], ()))

    def _other_gender(self, q: Quote, speaker: str | None) -> bool:
        """Is ``q`` tagged `"Q," she said` (the pronoun no one fitted) while ``speaker``
        is known to be of the other gender?"""
        tag = _TAG_PRONOUN.match(self.text, q.end)
        if tag is None or not speaker or not speaker[:1].isupper():
            return False
        salience = self.ctx.salience
        want = "m" if tag.group(1) == "he" else "f"
        # (A given name's list gender can be wrong, "Joss": the article's pronouns win.)
        genders = {salience.gender_of(speaker), salience.learned_gender(speaker)} - {None}
        return bool(genders) and want not in genders

    def _sure_name(self, found: _Found) -> bool:
        """Is the name found surely the person's and written as printed? Not a lone
        word or a shared surname, nor a person's name whose ends the text leaves open
        ("Pastor Eli Munro": a title or a given name?), nor a body's name (see
        :func:`led_by_given_name`)."""
        names, speaker = self.ctx.names, found.speaker
        if speaker is None or len(speaker.replace(".", "")) <= 1:
            return False  # "U.": an initial, not a name
        if not names.earns_high(found.mention, speaker):
            return False
        if given_name_only(found.mention, speaker):
            return False  # "Charles said": maybe another Charles than Charles Kennedy
        plain = self.plain.get(speaker)
        if plain is None:
            tokens = speaker.split()
            last = tokens[-2] if tokens[-1] in L.GENERATIONAL and len(tokens) > 2 else tokens[-1]
            person = any(name == speaker for _, name in names.full.get(last, ()))
            # (a body's name: its ends are a guess)
            plain = written_plainly(self.text, speaker) if person else led_by_given_name(tokens)
            self.plain[speaker] = plain
        return plain

    def labelled_turn(self, q: Quote) -> _Found | None:
        """A quoted transcript line opening with its speaker's label in capitals:
        `"THE PRESIDENT: The markets would go up."` (the office's holder here) or
        `"Q. Have you told her?"` (a reporter's question)."""
        if q.kind != "direct" or not _may_open_label(q.text):
            return None
        m = C.TURN_LABEL.match(q.text)
        if m is None:
            return None
        if m.group("q"):
            return _Found("a reporter", "Q", ":", "nominal", "colon", "medium")
        if m.group("bare"):
            return self._surname_turn(q, m.group("bare"))
        label = " ".join(m.group("label").split())
        words = label.lower()
        speaker = (
            self.ctx.resolve_phrase(words, q.start)
            if words.startswith("the ")
            else self.ctx.names.resolve_label(label.title(), q.start)
        )
        return _Found(speaker, label, ":", "nominal", "colon", "medium")

    def _surname_turn(self, q: Quote, label: str) -> _Found | None:
        """`"WHITMORE-SATO: No."`: the turn of the person named in full with that
        surname; not a word in capitals ("NOTE:") no one here is called."""
        return self._surname_label(label, q.start)

    def _surname_label(self, label: str, pos: int) -> _Found | None:
        """The person named in full whose surname a label in capitals gives (None: no
        one here is called so)."""
        surname = next((s for s in self.ctx.names.full if s.upper() == label), None)
        if surname is None:
            return None
        speaker = self.ctx.names.resolve_label(surname, pos)
        return _Found(speaker, label, ":", "name", "colon", "medium")

    def _no_speaker(self, q: Quote, w: _Windows) -> bool:
        """Turn a quote nobody speaks into a scare quote (or a headline partial)."""
        para = self.article.paragraphs[q.paragraph]
        words = len(q.text.split())
        bare = not (w.pre_cues or w.post_cues)
        if q.paragraph == 0 and para.kind == "title":
            # A headline quote nobody is named for: a word or two is a label.
            q.kind = "scare" if words <= 2 else "partial"
            return True
        if bare and words <= _SCARE_MAX_WORDS and q.kind == "partial":
            q.kind = "scare"
            return True
        if bare and words <= 3 and q.kind == "direct" and q.text[-1] not in ".,!?;:":
            q.kind = "scare"  # "Global warming" features highly ...
            return True
        # "Several dozen protesters chanted "Q"": a crowd's words, nobody's to name.
        lo = max(w.s_lo, q.start - _CROWD_REACH)
        return _CROWD_VOICE.search(self.text, lo, q.start) is not None

    def split_off_last(self, q: Quote, prev: Quote | None) -> Quote | None:
        """A quote run on into a paragraph that has its own cue and speaker (`"Q1 ¶
        "Q2," said Tom Ray.` after Ann Bell's "Q1"): cut off that last paragraph as
        a quote of its own, when the paragraphs before have another speaker.

        Returns the new quote (``q`` keeps the first part), or None to keep it whole.
        """
        head, sep, tail = q.text.rpartition("\n")
        mention = q.speaker_mention or ""
        last = self.article.paragraphs[q.last_paragraph]
        if not (sep and head and q.speaker and mention[:1].isupper()):
            return None
        if mention.lower() in ("he", "she", "they", "it"):
            return None
        if self.text.find(mention, q.end, last.end) < 0:
            return None  # the speaker was not named by this paragraph's own cue
        end = self.article.paragraphs[q.last_paragraph - 1].end
        # (Its speaker cleared in the copy, not set to None after: mypy would take
        # first.speaker for None after attribute() too, and the compiled build with it.)
        first = replace(
            q,
            end=end,
            text=head,
            last_paragraph=q.last_paragraph - 1,
            speaker=None,
            speaker_mention=None,
            cue=None,
            speaker_how=None,
            confidence=None,
        )
        self.attribute(first, prev)
        if first.speaker is None or first.speaker == q.speaker:
            return None
        rest = replace(q, start=last.start, text=tail, paragraph=q.last_paragraph)
        q.end, q.text, q.last_paragraph = first.end, first.text, first.last_paragraph
        _copy_speaker(q, first, first.speaker_how or "carry-over", first.confidence or "low")
        return rest

    def colon_speaker(self, lo: int, hi: int) -> _Found | None:
        """`Mark Hughes: "Q"`, headline `Goldsmith: 'Q'` and round-up lines `Tomas Reyes,
        Evening Ledger: "Q"`: a name, a colon, the quote. A name after to/for/with is
        the listener (`her instruction to Patel: "Q"`): the sentence's subject speaks."""
        head = self.text[lo:hi].rstrip()
        if not head.endswith(":"):
            return self._bulleted_name(lo, hi)
        colon = lo + len(head) - 1
        if _SIDE_LABEL.fullmatch(self.text, lo, colon):
            return None  # ('A: "Q"': an interview's answer, whose side the turns tell)
        owner = self._owner_before_colon(lo, colon)
        if owner is not None:
            return owner  # "Hollister's response, in a second Facebook post:"
        cands = self.ctx.candidates(lo, colon)
        if not cands:
            return self._kin_before_colon(lo, colon) or self._phrase_before_colon(lo, colon)
        c = cands[-1]
        aged = c.kind == "name" and _AGE_BEFORE_COLON.fullmatch(self.text, c.end, colon) is not None
        if c.kind != "name" or (c.end != colon and not aged):
            # `Senator Odell Pike put it more bluntly at a breakfast with reporters: "Q"`
            return self._lead_in_subject(lo, cands, c)
        if C.LISTENER_BEFORE.search(self.text, max(lo, c.start - 6), c.start) or (
            c is not cands[0] and _VENUE_BEFORE.search(self.text, max(lo, c.start - 9), c.start)
        ):
            # `her instruction to Patel:`, `Wren shot back on Twitter:`: no speaker there
            return self._lead_in_subject(lo, cands, c)
        if len(cands) > 1 and (
            self._outlet_after(cands[-2], c) or self._described_after(cands[-2], c)
        ):
            c = cands[-2]  # "Tomas Reyes, Evening Ledger:": the person, not the outlet
        # (`HALDANE: "Q"`: a transcript's label in capitals, the surname of one named)
        turn = self._surname_label(c.words, c.start) if c.words.isupper() else None
        if turn is not None:
            return turn
        sure: Confidence = "medium" if governed_before_colon(self.text, c.start) else "high"
        if c.words.isupper() and (caps := self._caps_label(c.words, c.start)) is not None:
            return _Found(caps, c.words, ":", "name", "colon", "medium")
        return _Found(self.ctx.resolve(c, c.start), c.words, ":", "name", "colon", sure)

    def _caps_label(self, words: str, at: int) -> str | None:
        """`MAYOR KESSOCK: "Q"`: a transcript label in capitals is the person named in
        full with its last word as surname (None: no one here is)."""
        last = words.split()[-1]
        surname = next((s for s in self.ctx.names.full if s.upper() == last), None)
        return None if surname is None else self.ctx.names.resolve_label(surname, at)

    def _bulleted_name(self, lo: int, hi: int) -> _Found | None:
        """`- Rovers boss Tad Merrow "Q"`: a bulleted round-up line whose words before
        the quote are only a person's name (and their job), the colon left out. Not
        as sure as a colon: medium."""
        p_lo = self.article.paragraphs[self.ctx.para_of(hi)].start
        bullet = _BULLET.match(self.text, p_lo, hi)
        head = self.text[lo:hi].rstrip()
        if bullet is None or lo > bullet.end() or not head:
            return None
        end = lo + len(head)
        cands = self.ctx.candidates(bullet.end(), end)
        if len(cands) != 1 or cands[0].kind != "name" or cands[0].end != end:
            return None
        c = cands[0]
        if not self.ctx.strong_name(c) or C.first_cue(self.text, bullet.end(), end):
            return None
        if not self._title_led(bullet.end(), c.start):
            return None  # ("- Rovers fans sang "Q"": more than a name and a job)
        return _Found(self.ctx.resolve(c, c.start), c.words, "", "name", "colon", "medium")

    def _kin_before_colon(self, lo: int, colon: int) -> _Found | None:
        """ "Her husband finished the thought: "Q"": a relative opening the sentence
        that leads into the quote (the one the article names, else "her husband")."""
        start = lo + len(self.text[lo:colon]) - len(self.text[lo:colon].lstrip())
        kin = self.ctx.kin_opening(start, colon)
        if kin is None or not self.ctx.opens_sentence(lo, kin.start):
            return None
        name = self.ctx.resolve(kin, kin.start)  # (unnamed: "her husband" stays)
        return _Found(name, kin.words, ":", "nominal", "colon", "medium") if name else None

    def _phrase_before_colon(self, lo: int, colon: int) -> _Found | None:
        """`The governor, a Democrat who ..., praised the vote in a statement: "Q"`: no
        name before the colon, but a noun phrase that can speak opens the sentence (an
        aside after it perhaps) with its verb: it leads into the quote."""
        m = _COLON_OPENING.match(self.text, lo, colon)
        if m is None or not C.speaks(m.group("np")):
            return None
        speaker = self.ctx.resolve_phrase(m.group("np"), m.start("np"))
        return _Found(speaker, m.group("np"), ":", "nominal", "colon", "medium")

    def _author_before_colon(self, lo: int, hi: int) -> _Found | None:
        """ "Roe's campaign responded with a statement from her spokesman, Ivo Dane:
        "Q"": past the cue, the words are from the person named right before the
        colon, not the cue's subject."""
        head = self.text[lo:hi].rstrip()
        if not head.endswith(":"):
            return None
        colon = lo + len(head) - 1
        cands = self.ctx.candidates(lo, colon)
        if not cands or cands[-1].kind != "name" or cands[-1].end != colon:
            return None
        c = cands[-1]
        if not _FROM_BEFORE_NAME.search(self.text, lo, c.start) or not self.ctx.strong_name(c):
            return None
        return _Found(self.ctx.resolve(c, c.start), c.words, ":", "name", "colon", "medium")

    def _lead_in_subject(self, lo: int, cands: list[Candidate], last: Candidate) -> _Found | None:
        """The person opening a sentence that leads into a quote with a colon (the name
        before the colon is a listener, or there is none)."""
        first = cands[0]
        if first is last and last.kind == "name" and self.text.startswith(":", last.end):
            return None  # "her instruction to Patel:": the only name is the listener
        if first.kind != "pronoun" and not self.ctx.strong_name(first):
            # "The mayor of Dayton, Ines Corrado, was less kind:": the name in apposition
            first = next((c for c in cands[:3] if self._apposed(lo, c)), first)
        lead = self.text[lo : first.start].split()
        if not self.ctx.opens_sentence(lo, first.start) and not (
            len(lead) <= _LEAD_WORDS and lead[-1].endswith(",")
        ):
            return None  # ("One of them, Sen. Ann Bell, ..., was blunt:" is hers)
        if first.kind != "pronoun" and not self.ctx.strong_name(first):
            return None
        name = self.ctx.resolve(first, first.start)
        if not name:
            return None
        return _Found(name, first.words, ":", first.kind, "colon", "medium")

    def _apposed(self, lo: int, c: Candidate) -> bool:
        """Does the name ``c`` stand in apposition to the noun phrase opening the
        sentence at ``lo`` ("The mayor of Dayton, Ines Corrado, ...")?"""
        gap = self.text[lo : c.start]
        return (
            gap.endswith(", ")
            and gap[:1].isupper()
            and gap.count(",") == 1
            and len(gap) <= _APPOSED_GAP
            and self.text.startswith(",", c.end)
            and self.ctx.strong_name(c)
        )

    def _owner_before_colon(self, lo: int, colon: int) -> _Found | None:
        """ "Wren's reply was short:", "Her answer:": whose words lead into the quote
        (a possessor opening the sentence, before a noun of reply)."""
        for m in self.ctx.names.mentions_between(lo, colon):
            if not self.ctx.opens_sentence(lo, m.start):
                return None
            if C.OWNS_WORDS.match(self.text, m.end) and self.ctx.names.is_person(m):
                return _Found(self.ctx.names.resolve(m), m.words, ":", "name", "colon", "medium")
            return None
        return None

    def _described_after(self, person: Candidate, word: Candidate) -> bool:
        """ "Delphine Ruiz, a Democrat:": a name in an apposition describing the person
        before it ("a Democrat", "the Green candidate")."""
        gap = self.text[person.end : word.start]
        return self.ctx.strong_name(person) and _DESCRIBING.fullmatch(gap) is not None

    def _outlet_after(self, person: Candidate, outlet: Candidate) -> bool:
        """`Person, Outlet:`: a person's name, a comma, then a name (their paper),
        perhaps with its article ("Tomas Reyes, The Evening Ledger:")."""
        return (
            person.kind == "name"
            and self.ctx.strong_name(person)
            and C.OUTLET_GAP.fullmatch(self.text, person.end, outlet.start) is not None
        )

    def speaker_after_quote(self, q: Quote, beyond: bool = True) -> _Found | None:
        """A quote named by what follows it: a pull-quote's byline paragraph (`"Q." ¶
        Ada Brenner, election analyst.`) or `"Q." That was how Lionel Marsh summed up
        the merger.` (``beyond`` False: not by the next paragraph)."""
        text, paras = self.text, self.article.paragraphs
        last = paras[q.last_paragraph]
        pos = q.end
        byline = not text[q.end : last.end].strip() and q.last_paragraph + 1 < len(paras)
        if byline and not beyond:
            return None
        if byline:
            pos = paras[q.last_paragraph + 1].start
        pos += len(text[pos : pos + 8]) - len(text[pos : pos + 8].lstrip())
        if not byline and q.text.endswith(","):
            tail = C.VERBLESS_TAIL.match(text, pos)
            cands = self.ctx.candidates(pos, tail.end()) if tail else []
            if cands and self.ctx.strong_name(cands[0]):
                # `"Q," Mr Bootle.`: the verb left out, the name still says whose.
                name = self.ctx.resolve(cands[0], cands[0].start)
                return _Found(name, cands[0].words, ",", "name", "cue-after", "medium")
        dash = _DASH.match(text, pos)
        if dash:
            # `"Q." — Kessler`, `"Q" — Sen. Wade Culpepper (R-Mont.), to Huddle.`: a
            # dash gives whose words they are.
            return self._dashed(dash.end(), paras[q.last_paragraph + (1 if byline else 0)].end)
        lead = C.SUMMED_UP.match(text, pos)
        if lead:
            cands = self.ctx.candidates(lead.end(), min(len(text), lead.end() + _ADJACENT))
            if cands and cands[0].kind == "name" and self.ctx.strong_name(cands[0]):
                c = cands[0]
                name = self.ctx.resolve(c, c.start)
                return _Found(name, c.words, "summed up", "name", "cue-after", "medium")
        return self._said_that(pos) or (self._byline(q.last_paragraph + 1) if byline else None)

    def _said_that(self, pos: int) -> _Found | None:
        """`"Q." ¶ Pemberton-Ruiz wrote that on X on Sunday.`: a sentence right after a
        quote whose subject, a name, reports "that"/"this" (the words just quoted:
        a preposition or a mark follows, not a clause)."""
        if not _NAME_SAID_THAT.match(self.text, pos):
            return None  # (most quotes: the names are not looked for)
        cands = self.ctx.candidates(pos, min(len(self.text), pos + _ADJACENT))
        if not cands or cands[0].start != pos or cands[0].kind != "name":
            return None
        c = cands[0]
        m = _SAID_THAT.match(self.text, c.end)
        if m is None or m.group(1) not in L.FINITE_CUES or not self.ctx.strong_name(c):
            return None
        return _Found(self.ctx.resolve(c, c.start), c.words, m.group(1), "name", "cue-after")

    def _dashed(self, lo: int, hi: int) -> _Found | None:
        """The person (or unnamed source) a dash after a quote names, right after it."""
        unnamed = _UNNAMED_AFTER.match(self.text, lo, hi)
        if unnamed and C.speaks(unnamed.group()):
            # "— a House Republican appropriator, granted anonymity to speak"
            label = self.ctx.resolve_phrase(unnamed.group(), lo)
            return _Found(label, unnamed.group(), "—", "nominal", "cue-after", "medium")
        cands = self.ctx.candidates(lo, min(hi, lo + _DASHED_CHARS))
        if not cands or self.text[lo : cands[0].start].strip():
            return None
        c = cands[0]
        if not (self.ctx.strong_name(c) or (c.kind == "nominal" and C.speaks(c.words))):
            return None
        name = self.ctx.resolve(c, c.start)
        return _Found(name, c.words, "—", c.kind, "cue-after", "medium") if name else None

    def _byline(self, index: int) -> _Found | None:
        """A short paragraph that is only a person's name and a role: `Ada Brenner,
        election analyst.`"""
        p = self.article.paragraphs[index]
        line = self.text[p.start : p.end].strip()
        if p.kind != "body" or len(line.split()) > _BYLINE_MAX_WORDS or C.CUE.search(line):
            return None
        if self._holds_quote(p.start, p.end):
            return None  # `Ada Brenner, reached later, was brief. "We'll see."`: her own
        cands = self.ctx.candidates(p.start, p.end)
        if not cands or cands[0].kind != "name" or not self.ctx.strong_name(cands[0]):
            return None
        c = cands[0]
        rest = self.text[c.end : p.end].strip()
        if self.text[p.start : c.start].strip() or (rest and not rest.startswith(",")):
            return None
        # (a quote with a speaker has a cue: here the byline paragraph stands for one)
        return _Found(
            self.ctx.resolve(c, c.start), c.words, "byline", "name", "cue-after", "medium"
        )

    def _holds_quote(self, lo: int, hi: int) -> bool:
        """Does a quote start in ``text[lo:hi]``?"""
        i = bisect.bisect_left(self.ctx.q_starts, lo)
        return i < len(self.ctx.q_starts) and self.ctx.q_starts[i] < hi

    def continuation(self, q: Quote, prev: Quote | None, s_lo: int) -> _Found | None:
        """A quote with no cue of its own: the speaker of the cue or quote just before.

        The last reporting cue since the previous quote wins (`Mr Kemp said ... he
        argued. "Q"`); otherwise a quote in the same or previous paragraph passes its
        speaker on.
        """
        paras = self.article.paragraphs
        idx = q.paragraph - 1  # (captions between break no chain: skipped)
        while idx >= 0 and paras[idx].kind == "caption":
            idx -= 1
        lo = (
            paras[idx].start
            if idx >= 0 and paras[idx].kind != "title"
            else paras[q.paragraph].start
        )
        if prev is not None and prev.end > lo:
            # Past the sentence of the previous quote: its cue was that quote's own.
            p_end = self.ctx.sentence_span(prev.last_paragraph, max(prev.end - 1, 0))[1]
            lo = max(prev.end, min(p_end, s_lo))
        if s_lo > lo:
            found = self.last_cue_speaker(max(lo, s_lo - 2 * WINDOW), s_lo, orders=False)
            if found:
                found.how = "carry-over"
                found.confidence = "medium" if found.kind == "name" else "low"
                return self._opening_own_paragraph(q, lo, s_lo, prev, found)
            found = self.subject_before(q, lo, s_lo, prev)
            if found:
                return found
        if prev is not None and prev.speaker and prev.last_paragraph >= idx:
            return _carried(prev, "high" if self._tag_then_quote(prev, q) else "medium")
        voice = self.voice
        if voice is not None and voice.last_paragraph >= idx:
            # `"Q1," Crane said, though regulators never called it "fraud." "Q2"`: the
            # partial quote between has no speaker; the last direct one's goes on.
            return _carried(voice, "low")
        return None

    def _opening_own_paragraph(
        self, q: Quote, lo: int, s_lo: int, prev: Quote | None, cued: _Found
    ) -> _Found:
        """`the premier insisted. ¶ Writing in the Herald, Ann Lee set out her view. "Q"`:
        a person opening a sentence of the quote's own paragraph, with no cue there,
        is a likelier speaker (low) than another person's cue paragraphs before."""
        own = max(lo, self.article.paragraphs[q.paragraph].start)
        if own <= lo or self.ctx.cues_in(own, s_lo):
            return cued
        found = self.subject_before(q, own, s_lo, prev)
        return found if found is not None and found.speaker != cued.speaker else cued

    def _tag_then_quote(self, prev: Quote, q: Quote) -> bool:
        """`"Q1," Ann Lee said. "Q2."`: a direct quote opening the sentence right after
        the one in which a cue after the previous direct quote named its speaker for
        sure, in the same paragraph. No sentence between could hand the words to anyone
        else: as sure as the cue (890 of 890 right on the open golds, 69 of 69 on
        unseen BBC text)."""
        if not (
            prev.confidence == "high"
            and prev.speaker_how == "cue-after"
            and prev.kind == "direct"
            and q.kind == "direct"
            and prev.last_paragraph == q.paragraph
        ):
            return False
        _, p_end = self.ctx.sentence_span(prev.last_paragraph, max(prev.end - 1, 0))
        return prev.end < p_end <= q.start and not self.text[p_end : q.start].strip()

    def subject_before(self, q: Quote, lo: int, hi: int, prev: Quote | None) -> _Found | None:
        """`US coach Patrick McEnroe wants his team on clay. "Q"`: no cue, but the
        sentence right before the quote opens with a person who is not the previous
        quote's speaker; the quote is most likely theirs (low confidence)."""
        para = self.ctx.para_of(max(hi - 1, 0))
        s_lo, _ = self.ctx.sentence_span(para, max(hi - 1, 0))
        if s_lo < lo or self.article.paragraphs[para].kind != "body":
            return None
        asked = C.ASKED_OPENING.match(self.text, s_lo, hi)
        if asked:
            s_lo = asked.end()  # ("Asked whether Penn had promised it, he smiled": not Penn)
        c = self._opening_name(s_lo, hi)
        if c is None:
            # "On this subject, Morrow appears evangelical.": after an opening phrase.
            front = self._after_opener(s_lo, hi) or self._after_participle(s_lo, hi)
            c = self._opening_name(front, hi) if front is not None else None
        if c is None:
            return None
        name = self.ctx.resolve(c, c.start)
        # (The previous quote's own speaker, when it stands in this paragraph or the one
        # the sentence opens, carries on without this; further back it does not.)
        carries = prev is not None and prev.speaker == name and prev.last_paragraph >= para
        if not name or carries or self._chain_names(q, name):
            return None
        return _Found(name, c.words, "", "name", "carry-over", "low")

    def _chain_names(self, q: Quote, name: str) -> bool:
        """Does ``q``, or a direct quote going on from it with only quote marks between
        (a quote reopened without being closed: `... the trip. "Every player ... and
        Simon Taylor is outstanding`), name ``name``? Then the run speaks of that
        person and is not theirs."""
        if _named_inside(q, name):
            return True
        quotes, text = self.ctx.quotes, self.text
        i, end = bisect.bisect_right(self.ctx.q_starts, q.start), q.end
        while i < len(quotes) and quotes[i].kind == "direct":
            nxt = quotes[i]
            if text[end : nxt.start].strip(_QUOTE_GAP):
                return False
            if _named_inside(nxt, name):
                return True
            i, end = i + 1, nxt.end
        return False

    def _opening_name(self, s_lo: int, hi: int) -> Candidate | None:
        """A person's name opening ``text[s_lo:hi]`` (after a job title perhaps), the
        first possible speaker there."""
        cands = self.ctx.candidates(s_lo, hi)
        c = next((c for c in cands[:3] if c.kind == "name" and self.ctx.strong_name(c)), None)
        if c is None or any(o.kind != "name" for o in cands[: cands.index(c)]):
            return None
        if not self.ctx.opens_sentence(s_lo, c.start) and not self._title_led(s_lo, c.start):
            return None
        return c

    def _after_participle(self, lo: int, hi: int) -> int | None:
        """Where the clause starts after an opening participle's phrase ("Writing in
        the Herald, "): after its comma (None: no such phrase)."""
        m = _PARTICIPLE_OPENING.match(self.text, lo, hi)
        return m.end() if m else None

    def _title_led(self, lo: int, pos: int) -> bool:
        """Only a job title before ``pos`` in its sentence ("US coach Patrick ...")."""
        words = self.text[lo:pos].split()
        return (
            len(words) <= 4
            and all(w[:1].isupper() or w.islower() for w in words)
            and (not any(w in L.NOT_IN_PHRASE or w.endswith(",") for w in words))
        )

    def last_cue_name(self, lo: int, hi: int) -> str | None:
        """Who a sentence naming a document says sent it: its last cue's speaker, a
        judging verb's too ("In a letter, 23 members demanded that")."""
        found = self.last_cue_speaker(lo, hi, judging=True, bodies=True)
        return found.speaker if found else None

    def last_cue_speaker(
        self, lo: int, hi: int, judging: bool = False, bodies: bool = False, orders: bool = True
    ) -> _Found | None:
        """The speaker of the last reporting cue in ``text[lo:hi]`` that has one (not
        a judging verb's unless asked; with ``bodies``, a name read only as the nearest
        one too: "The owner, Heartland Health Systems, a chain based in Wichita, said in
        a statement" names who issued the statement; without ``orders``, not the one
        giving an order: `She said the foreman told her not to come. "Q"` is hers)."""
        for cue in reversed(self.ctx.cues_in(lo, hi)):
            word = cue.group()
            if word in L.WEAK or (word in L.JUDGING and not judging) or word in L.NAMING_FORMS:
                continue  # "a new thing called the internet. "Q"": not the internet's
            if not orders and word in L.DIRECTIVE_CUES and _DIRECTED.match(self.text, cue.end()):
                continue
            # Its subject stands in its own sentence ("A spokesman ... and said Mr X
            # had ...": not someone named sentences before).
            s_lo = max(lo, self.ctx.sentence_span(self.ctx.para_of(cue.start()), cue.start())[0])
            if cue.group("part") and words_before(self.text, cue.start())[1] in L.ING_PREPOSITIONS:
                continue  # "an edge after claiming away draws"
            found = self.from_cue(cue, s_lo, hi, s_lo)
            if found and self._in_question_put(cue, found, s_lo):
                continue  # "Asked whether Penn had promised it, he smiled. "Q"": not Penn's
            if self._in_writers_question(cue):
                continue  # "Is it war, as Ada Roe once declared? "No. ..."": the answer's not hers
            if found and (not found.weak or (bodies and found.kind == "name")):
                return found
        return None


def _headline_quotes(article: Article, quotes: list[Quote]) -> None:
    """A headline quote with no speaker ("Kuznetsova 'failed a drugs test'") takes the
    speaker of a body quote holding the same words."""
    if not article.paragraphs or article.paragraphs[0].kind != "title":
        return
    body = [q for q in quotes if q.paragraph > 0 and q.speaker]
    for q in quotes:
        if q.paragraph != 0:
            break
        if q.speaker or q.kind == "title":
            continue
        words = q.text.lower().strip(" .,!?;:…")
        match = next((b for b in body if words and words in b.text.lower()), None)
        if match is not None:
            _copy_speaker(q, match, "same-words", "medium")
            if q.kind == "scare":
                q.kind = "partial"


_SUBHEAD_LEN: Final = 120  # chars: a live blog's subhead, not a paragraph
_SUBHEAD_REACH: Final = 4  # paragraphs after a subhead its body quote may stand in


def _subhead_quotes(article: Article, quotes: list[Quote]) -> None:
    """A live blog's subhead (`Minority leader: "This is a shutdown they chose"`, a
    short paragraph that is a lead-in, a colon and a quote) heads the post whose body
    quotes those words in full: the body quote's speaker said them (the subhead's own
    lead-in is a role or a summary, not a name, so a speaker read there yields)."""
    text, paras = article.text, article.paragraphs
    for k, q in enumerate(quotes):
        p = paras[q.paragraph]
        if q.kind not in ("direct", "scare") or p.end - p.start > _SUBHEAD_LEN:
            continue
        if text[p.end - 1] not in "'’\"”":
            continue  # (the paragraph goes on past its quote: no subhead)
        lead = text[p.start : q.start].rstrip()
        if not lead.endswith(":") or q.end < p.end or (q.speaker and not _role_lead(lead)):
            continue
        words = q.text.lower().strip(" .,!?;:…'’\"”‘“")
        for b in quotes[k + 1 :]:
            if b.paragraph > q.paragraph + _SUBHEAD_REACH:
                break
            if b.speaker and b.confidence != "low" and words and words in b.text.lower():
                _copy_speaker(q, b, "same-words", "medium")
                q.kind = "direct"  # ("Take the deal": no scare quote, the words of one)
                break


def _role_lead(lead: str) -> bool:
    """Does a subhead's lead-in end in a lower-case word ("Tran campaign manager:",
    "Shutdown veteran offers advice:"), not a name ("Ashcombe:")?"""
    last = lead[:-1].rsplit(None, 1)[-1:]
    return bool(last) and last[0].islower()


# A fact-check's subhead stating the claim it checks: "Claim: Crime has "doubled"".
_CLAIM_HEAD: Final = re.compile(r"(?:The\s+)?(?:Claim|CLAIM|What\s+was\s+said)\s*[:—–-]\s")
_CLAIM_HEAD_LEN: Final = 160  # chars: a subhead, not a paragraph that opens so


def _claim_subheads(article: Article, quotes: list[Quote]) -> None:
    """A quote in a fact-check's claim subhead ("Claim: Crime has "doubled" in Varno")
    is the claim's words, not the writer's scare quote: whoever the next paragraph
    quotes saying it (`"Violent crime has doubled," Fenwick said.`) made the claim.
    A guess from the layout: medium."""
    text, paras = article.text, article.paragraphs
    for k, q in enumerate(quotes):
        p = paras[q.paragraph]
        if q.speaker or q.kind not in ("scare", "partial") or p.end - p.start > _CLAIM_HEAD_LEN:
            continue
        if not _CLAIM_HEAD.match(text, p.start):
            continue
        nxt = next((o for o in quotes[k + 1 :] if o.paragraph > q.paragraph), None)
        if nxt is None or nxt.paragraph != q.paragraph + 1 or nxt.kind != "direct":
            continue
        if nxt.speaker and nxt.confidence != "low":
            _copy_speaker(q, nxt, "carry-over", "medium")
            q.kind = "partial"


def attribute_quotes(article: Article, quotes: list[Quote]) -> dict[str, str]:
    """Fill speaker, speaker_mention, cue, speaker_how and confidence of each quote (in
    place); refine kind. Returns the roles the article ties to people ("prime
    minister": "Tony Blair"), for :func:`merge_speakers` to use across articles."""
    if not quotes:
        return {}
    att = _Attributor(article, quotes)
    prev: Quote | None = None
    k = 0
    while k < len(quotes):  # quotes may grow: a run-on quote can be split in two
        q = quotes[k]
        att.attribute(q, prev)
        rest = att.split_off_last(q, prev) if q.last_paragraph > q.paragraph else None
        if rest is not None:
            quotes.insert(k + 1, rest)
            att.ctx.q_starts.insert(k + 1, rest.start)
            q = rest
            k += 1
        if q.kind not in ("scare", "title"):
            prev = q
        if q.kind == "direct" and q.speaker:
            att.voice = q
        k += 1
    for n, q in enumerate(quotes):
        q.id = quotes[0].id + n
    unname_terms(text := article.text, quotes)  # (after the loop: carry-overs as before)
    _headline_quotes(article, quotes)
    _subhead_quotes(article, quotes)
    _claim_subheads(article, quotes)
    _run_on_shares(text, quotes)
    _named_after_lede(att.ctx, quotes)
    party_sources(att.ctx, quotes)
    pair_speakers(att.ctx, quotes)
    other_of_two(att.ctx, quotes)
    name_given_sources(text, quotes)
    name_revealed_after(text, quotes)
    name_introduced_after(text, quotes)
    exchange_turns(att.ctx, quotes)
    set_up_turns(att.ctx, quotes)
    document_issuers(att.ctx, quotes, att.last_cue_name)
    name_revealed_bodies(text, quotes)
    passed_on_papers(att.ctx, quotes)
    body_writers(att.ctx, quotes)
    page_owners(att.ctx, quotes)
    share_sentence_cue(att.ctx, quotes)
    echoed_words(quotes)
    if (lede := _lede_paragraph(att.ctx)) is not None:
        lede_words_again(quotes, lede)
    report_findings(att.ctx, quotes)
    doubt_modifiers(text, quotes)
    _doubt_unheld_roles(att.ctx, quotes)
    _spell_out_acronyms(att.ctx.names.acronyms, text, quotes)
    ties = att.ctx.names.role_ties()
    att.ctx.release()
    return ties


# "Derek Wyatt said", "Tory spokesman David Davis told": a full name opening a sentence
# (after a title, perhaps) and speaking.
_NAME_SPEAKS: Final = re.compile(
    r"\s*(?:[A-Z][\w'’-]+\s+[a-z]+\s+)?((?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+)\s+"
    r"(?:has\s+|had\s+)?(?:said|says|told|tells|added|insisted|warned|argued)\b"
)
# "X has been accused of using the "Q"": a lede naming who is criticised, not who spoke.
_ACCUSED: Final = re.compile(
    r"\b(?:has|have|had|is|are|was|were)\s+been\s+(?:accused|criticised|criticized)\s+(?:of|for)\b"
)


def _doubt_unheld_roles(ctx: ArticleContext, quotes: list[Quote]) -> None:
    """A role nobody is named for ("the judge", "the Tory leader") is a low-confidence
    speaker at its own cue; a "he said" or a carry-over that reaches it is no surer.
    It is most often a person the article does name whom we failed to tie to the role.
    Not an unnamed source the article brought in ("a whistleblower ... the
    whistleblower"), nor a body's own name ("the Finance Ministry")."""
    for q in quotes:
        label = q.speaker
        if q.confidence != "medium" or label is None or not label.startswith("the "):
            continue
        head = label.rsplit(" ", 1)[-1]
        if head.lower() in L.PARTY_MEMBERS or (head[:1].islower() and not ctx.brought_in(head)):
            # ("the Delaware Democrat": a party member nobody tied to the state)
            q.confidence = "low"


def _lede_paragraph(ctx: ArticleContext) -> int | None:
    """The index of the story's first body paragraph (past a byline line), if any."""
    body = [p for p in ctx.article.paragraphs if p.kind == "body"]
    if body and _byline_line(ctx.text, body[0]):
        body = body[1:]
    return body[0].index if body else None


def _named_after_lede(ctx: ArticleContext, quotes: list[Quote]) -> None:
    """ "..., a Labour backbencher has said. Derek Wyatt said ...": a story's first
    sentence describes who spoke and the next names them. Also "X has been accused of
    using the "politics of confusion". Tory spokesman Ann Roe told MPs ...": the
    accuser, whom the next sentence names (a guess, so low confidence)."""
    body = [p for p in ctx.article.paragraphs if p.kind == "body"]
    if body and _byline_line(ctx.text, body[0]):
        body = body[1:]  # "by Ana Roe" before the lede
    if not body:
        return
    for q in quotes:
        if q.paragraph != body[0].index or not _lede_teaser(ctx, q):
            continue
        tie = ctx.lede_tie()
        if tie is not None and tie.holds((q.speaker or "").split(None, 1)[-1]):
            # "A border county sheriff ... telling "Q"" ¶ "Sheriff Ann Roe of ...": hers,
            # a guess (the lede says "a sheriff", not who: low confidence)
            q.speaker = tie.person
            q.speaker_how, q.confidence = "role", "low"
            continue
        s_lo, end = ctx.sentence_span(q.last_paragraph, max(q.end - 1, q.start))
        nxt = end if end < body[0].end else (body[1].start if len(body) > 1 else -1)
        m = _NAME_SPEAKS.match(ctx.text, nxt) if nxt >= 0 else None
        if m is None:
            opens = q.speaker_mention and ctx.text.startswith(q.speaker_mention, s_lo)
            if nxt >= 0 and opens and (mention := _introduced(ctx, nxt)):
                # "A county judge told ... County Judge Ann Roe, a Republican, said"
                q.speaker = ctx.names.resolve(mention)
                q.speaker_how, q.confidence = "role", "low"
            continue
        mention = next(iter(ctx.names.mentions_between(m.start(1), m.end(1))), None)
        if mention is None or not mention.is_full or not ctx.names.is_person(mention):
            continue
        if q.speaker is None and mention.surname in ctx.text[s_lo : q.start]:
            continue  # the one accused, answering
        q.speaker = ctx.names.resolve(mention)
        q.speaker_how, q.confidence = ("role", "medium") if q.cue else ("carry-over", "low")
        q.speaker_mention = q.speaker_mention or mention.words
        q.cue = q.cue or m.group().split()[-1]


_BYLINE_LINE: Final = re.compile(r"[Bb]y\s+[A-Z][^.!?]{0,60}$")


def _byline_line(text: str, p: Paragraph) -> bool:
    """ "by Ana Roe": a byline standing as the first paragraph, before the lede."""
    return p.end - p.start <= 64 and _BYLINE_LINE.match(text, p.start, p.end) is not None


def _introduced(ctx: ArticleContext, pos: int) -> Mention | None:
    """ "Val Verde County Judge Ann Roe, a Republican, said": a person's full name
    opening the sentence at ``pos`` (after title words, perhaps) and described by an
    apposition, as a story's second sentence names the one its first described."""
    comma = ctx.text.find(", ", pos, pos + _INTRODUCED_REACH)
    if comma < 0:
        return None
    mentions = ctx.names.mentions_between(pos, comma)
    mention = mentions[-1] if mentions else None
    if mention is None or mention.end != comma or not mention.is_full:
        return None
    title = ctx.text[pos : mention.start].split()
    if not all(w[:1].isupper() for w in title) or not ctx.names.is_person(mention):
        return None
    return mention


def _lede_teaser(ctx: ArticleContext, q: Quote) -> bool:
    """A lede quote whose speaker the next sentence may name: given to "a Labour
    backbencher" (not a spokesman left unnamed on purpose), or to no one in a sentence
    saying who was accused."""
    if q.speaker is None:
        s_lo, _ = ctx.sentence_span(q.paragraph, q.start)
        return q.kind == "partial" and _ACCUSED.search(ctx.text, s_lo, q.start) is not None
    words = q.speaker.split()
    return words[0] in ("a", "an") and words[-1] not in L.ANONYMOUS_HEADS and C.speaks(q.speaker)


# An article a capitalised run opens with ("A Customs and Border Protection official").
_ARTICLE_OPENING: Final = re.compile(r"^(?:The|An|A) (?=[A-Z])")


def _spell_out_acronyms(
    spelt: Callable[[], dict[str, str]], text: str, quotes: list[Quote]
) -> None:
    """ "BBA said", "RICS said": the organisation's full name when the article gives it,
    in brackets after it ("the British Bankers' Association (BBA)", ``spelt``) or
    anywhere as capitalised words with those initials."""
    acronyms = {q.speaker.removeprefix("the ") for q in quotes if q.speaker}
    acronyms = {a for a in acronyms if C.ACRONYM.fullmatch(a)}
    if not acronyms:
        return
    full = {a: n for a, n in spelt().items() if a in acronyms}
    for m in C.ORG_NAME.finditer(text) if acronyms - full.keys() else ():
        name = _ARTICLE_OPENING.sub("", m.group()).removesuffix("’s").removesuffix("'s")
        words = name.split()
        initials = "".join(w[0] for w in words if w.lower() not in L.NAME_JOINERS)
        if initials in acronyms and len(words) > 1:
            full.setdefault(initials, name)
    for q in quotes:
        short = q.speaker.removeprefix("the ") if q.speaker else None
        if short in full:
            q.speaker = full[short]


def _without_title_of(words: list[str]) -> list[str]:
    """``words`` less the "of" (and "the") inside a capitalised title: in ", former
    Secretary of State Ann Roe," or ", Minister of the Interior Ann Roe," they join the
    title's words, unlike the "of" of ", a venture of Acme," that leads away from it."""
    kept: list[str] = []
    for k, w in enumerate(words):
        if w in ("of", "the") and _title_joiner(words, k):
            continue
        kept.append(w)
    return kept


def _title_joiner(words: list[str], k: int) -> bool:
    """Is ``words[k]`` ("of", or "the" after it) between a capitalised title word
    ("Secretary", "Chief") and the capitalised rest of that title ("State", "Staff")?"""
    if words[k] == "the":
        if k < 2 or words[k - 1] != "of":
            return False
        title, nxt = k - 2, k + 1
    else:
        title = k - 1
        nxt = k + 2 if words[k + 1 : k + 2] == ["the"] else k + 1
    following = words[nxt : nxt + 1]
    return (
        title >= 0
        and words[title] in L.TITLE_WORDS
        and bool(following)
        and following[0][:1].isupper()
    )
