"""One article seen by attribution: sentences, quote spans, possible speakers.

Answers the questions the attribution patterns ask: where does this sentence start,
is this offset inside a quote, which names, pronouns and noun phrases stand in this
stretch of text, and who does "he" or "the Dutchman" stand for here.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from tui.core.attribution import cues as C
from tui.core.attribution import lexicon as L
from tui.core.attribution.bodies import board_owner, short_form_body
from tui.core.attribution.described import described_person
from tui.core.attribution.heads import unnamed_label
from tui.core.attribution.ledes import LedeTie, lede_holder
from tui.core.attribution.names import ArticleNames, Mention, gender_clash, gender_of
from tui.core.attribution.roles import is_role, noun_gender, unnamed_person
from tui.core.attribution.salience import PronounResolver, one_person
from tui.core.attribution.states import home_state, phrase_state, ties_by_party, ties_to_state
from tui.core.model import Article, Confidence, Quote

# "the star of Rain Man", "the MP for Sittingbourne and Sheppey": a head, then "of" or
# "for" and a name.
_DESCRIBED: Final = re.compile(r"((?:[Tt]he) (?:[\w'’-]+ ){0,2}?([\w'’-]+)) (?:of|for) [A-Z]")
# A naming participle's object and the words it is called, right after it ("calling
# a referee "a disgrace"", "branding them "Q"").
_NAMED_IN_WORDS: Final = re.compile(
    r"(?: (?!(?:to|for|in|at|on|with|from|into|about)\b)[\w'’-]+){1,3} [\"“‘']"
)
_AGED: Final = re.compile(r"^[Tt]he (?:[\w'’-]+ )?\d{1,3}-year-old ")
WINDOW: Final = 400  # chars of context searched for a cue or a sentence subject
# "The 23-year-old added that": a description going on where the last speaker stopped.
_DESCRIBED_ADDS: Final = re.compile(
    r"(?:(?:But|And)\s+)?([Tt]he\s+[\w'’ -]{1,40}?)\s+"
    r"(?:added|went on|said|says|told|insisted|admitted|explained|believes|thinks)\b"
)
# "The mayor brushed ...": a sentence opened by "the" and a role, then a verb.
# "who uses they/them pronouns", "prefers the pronouns they and them": a person who goes
# by "they" (the verbs in lexicon.py).
_THEY_DECLARED: Final = re.compile(
    r"\b(?:" + "|".join(L.THEY_DECLARING_VERBS) + r")\s+(?:the\s+)?(?:pronouns?\s+)?"
    r"[\"“]?they(?:\s*/\s*|\s+and\s+)them\b",
    re.IGNORECASE,
)
_ROLE_OPENS: Final = re.compile(r"[Tt]he\s+((?:[\w'’-]+\s+){0,2}?[a-z][\w-]*)\s+[a-z]+(?:ed|s)\b")
_SUBJECT_LOOKBACK: Final = 8  # sentences searched back to resolve a pronoun
# A written thing, then an aside, right before "read": "The office's reply, which the
# skipper shared with us, read" (the paper still reads, past the aside).
_READ_PAST_ASIDE: Final = re.compile(
    rf"\b(?:{'|'.join(sorted(L.READ_SUBJECTS))})(?=,\s[^,.;:\"“”]{{1,80}},\s*$)", re.IGNORECASE
)
_ASIDE_REACH: Final = 120  # chars before "read" searched for the paper and its aside


def _comma_before(text: str, lo: int, verb: int) -> bool:
    """Does ``text[lo:verb]`` end in a comma, spaces aside? :data:`_READ_PAST_ASIDE`
    matches only then (its look-ahead ends on a comma and spaces): a look at the last
    characters spares its search from every position (most cue words have none)."""
    lo, end = max(lo, 0), min(verb, len(text))
    while end > lo and text[end - 1].isspace():
        end -= 1
    return end > lo and text[end - 1] == ","


def paper_before_aside(text: str, lo: int, verb: int) -> int | None:
    """Where a written thing ends that an aside parts from its "read" at ``verb``
    ("The office's reply, which the skipper shared with us, read"), or None."""
    lo = max(lo, verb - _ASIDE_REACH)
    if not _comma_before(text, lo, verb):
        return None
    m = _READ_PAST_ASIDE.search(text, lo, verb)
    return m.end() if m else None


def _speaking_paper_before_aside(text: str, verb: int) -> bool:
    """Is a paper that speaks for its issuer ("The office's reply", "the memo") parted
    from its "read" by an aside? A paper that does not ("The email, which the Ledger
    obtained, reads:") leaves its words to the person the article gives them to."""
    lo = max(0, verb - _ASIDE_REACH)
    if not _comma_before(text, lo, verb):
        return False
    m = _READ_PAST_ASIDE.search(text, lo, verb)
    return m is not None and m.group().lower() in L.SPEAKING_HEADS


_NEXT_WORD: Final = re.compile(r" ([a-z]+)\b")


def _thing_noun_after(text: str, end: int) -> bool:
    """Does a noun follow the person noun ending at ``end`` and make it a modifier ("the
    witness( stand)", "The executive( order)")?"""
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1) in L.NOUN_AFTER_PERSON


@dataclass(slots=True)
class Candidate:
    """A possible speaker in the text: a name, a pronoun or a noun phrase."""

    start: int
    end: int
    words: str
    kind: str  # "name", "pronoun", "nominal"
    mention: Mention | None = None  # set for names


def words_before(text: str, pos: int) -> tuple[str, str]:
    """The two words right before ``pos`` ("" when a mark or nothing stands there)."""
    if pos == 0 or not text[pos - 1].isspace():
        return "", ""
    words = text[max(0, pos - 30) : pos].split()
    if not words:
        return "", ""
    return (words[-2] if len(words) > 1 else ""), words[-1]


def _adverb(word: str) -> bool:
    return (word.endswith("ly") and word not in L.LY_NOUNS) or word in L.FREQUENCY_ADVERBS


def passive(prev: str, last: str) -> bool:
    """Do the words before a past participle make it passive ("was described",
    "It's often referred to")?"""
    if last in L.PASSIVE_AUXILIARIES or last.endswith(("'s", "’s")):
        return True
    return _adverb(last) and (prev in L.PASSIVE_AUXILIARIES or prev.endswith(("'s", "’s")))


_KIN_OWNERS: Final = {"his": "he", "her": "she"}

_JOINED_REACH: Final = 80  # chars past "and" the run closing a joined body may end in


class ArticleContext:
    """Per-article look-ups: names, sentence boundaries, quote spans, candidates."""

    def __init__(self, article: Article, quotes: list[Quote]) -> None:
        self.article = article
        self.text = article.text
        self.names = ArticleNames(article)
        self.quotes = quotes
        self.q_starts = [q.start for q in quotes]
        self._sentences: dict[int, list[int]] = {}
        # (para, pos) -> its sentence's span: quotes, their windows and the pronoun
        # look-back ask for the same places again (~40% of the calls).
        self._spans: dict[tuple[int, int], tuple[int, int]] = {}
        self._para_starts = [p.start for p in article.paragraphs]
        self._verbs: dict[tuple[int, int], bool] = {}  # cue span -> used as a verb there
        self._cue_words: dict[tuple[int, int], list[re.Match[str]]] = {}  # window -> matches
        self._subjects: dict[tuple[int, int, str], tuple[str, bool] | None] = {}
        # Did the last resolve_phrase guess a person or body for a phrase ("the
        # minister": the story's subject; "the company": the body named before)?
        self.lead_guess = False
        # How sure the last "he"/"she" resolved was ("low" when another person of
        # that gender came close).
        self.pronoun_confidence: Confidence = "medium"
        self._salience: PronounResolver | None = PronounResolver(self)  # (None: released)
        self._introduced: dict[str, list[tuple[int, str]]] = {}  # head -> "a ... head" intros
        self._kin: dict[str, str | None] = {}  # "son" -> the one person named as a son
        self._they: frozenset[str] | None = None  # people the article says go by "they"
        self._one_of: dict[str, int] = {}  # "Dunmore MP" -> where "a Dunmore MP" comes first
        self._heads: dict[int, int] = {}  # name's start -> end of the phrase it modifies
        self._lede: LedeTie | None = None  # (read on first need: lede_tie)
        self._lede_read = False

    def release(self) -> None:
        """Drop the pronoun resolver, which points back at this context: without the
        cycle, the article's look-ups are freed as soon as its quotes are attributed.
        (Left to the cyclic garbage collector, they cost it ~15% of the pipeline's time
        with a corpus in memory, and outlived their article.)"""
        self._salience = None

    @property
    def salience(self) -> PronounResolver:
        """The pronoun resolver (an error once :meth:`release` dropped it)."""
        if self._salience is None:
            raise RuntimeError("the article's context was released")
        return self._salience

    # -- text geometry -------------------------------------------------------
    def sentence_starts(self, para: int) -> list[int]:
        """Start offsets of the sentences of one paragraph (cached)."""
        cached = self._sentences.get(para)
        if cached is not None:
            return cached
        p = self.article.paragraphs[para]
        text = self.text
        starts = [p.start]
        q_starts, quotes = self.q_starts, self.quotes  # (inside_quote, inlined)
        for m in C.boundaries(text, p.start, p.end):
            i, end = m.span()
            space = text.rfind(" ", p.start, i)
            word = text[space + 1 if space >= 0 else p.start : i].lstrip("(\"“‘'")
            if word in L.ABBREVIATIONS or (
                len(word) == 1 and word.isupper() and i not in self.names.letter_stops
            ):
                continue  # ("Marta J. Okafor"; not "Malcolm X. Attallah Shabazz")
            if len(word) > 2 and word[-2] == "." and self.names.stop_inside_name(i):
                continue  # "said A.J. Winslowe": the initials' stop, no sentence's end
            k = bisect.bisect_right(q_starts, end - 1) - 1
            if k >= 0 and quotes[k].start < end - 1 < quotes[k].end:
                continue  # a full stop inside a quote, the quote going on
            starts.append(end)
        self._sentences[para] = starts
        return starts

    def cues_in(self, lo: int, hi: int) -> list[re.Match[str]]:
        """Reporting cues in ``text[lo:hi]``."""
        if hi <= lo:
            return []
        # (Windows overlap: each cue word is judged once per article.)
        verbs = self._verbs
        found = []
        for m in self.cue_words(lo, hi):
            span = m.span()
            verb = verbs.get(span)
            if verb is None:
                verb = verbs[span] = self._is_verb(m)
            if verb:
                found.append(m)
        return found

    def cue_words(self, lo: int, hi: int) -> list[re.Match[str]]:
        """Every match of the cue pattern in ``text[lo:hi]``, verbs or not (kept: a
        quote's stretch before it is scanned again for a passive verb)."""
        key = (lo, hi)
        found = self._cue_words.get(key)
        if found is None:
            found = self._cue_words[key] = C.cue_words(self.text, lo, hi)
        return found

    def _is_verb(self, m: re.Match[str]) -> bool:
        """Drop cue words used otherwise: "it was branded as", "so-called" (passive
        naming verbs quote no one), nouns and adjectives ("Mr Bell's comments were",
        "the claims of a clash", "a warning", "the proposed law"), denials ("have not
        called it"), actions ("after denying") and "went on to win".

        Decided on the two words before the cue (set look-ups: this runs for every
        cue word of every window)."""
        text, word = self.text, m.group()
        prev, last = words_before(text, m.start())
        if word in L.MODAL_ONLY and not (last in L.MODALS or (_adverb(last) and prev in L.MODALS)):
            return False  # "announce" is a cue in "she will announce", not in "the announce"
        if word in L.NAMING and passive(prev, last):
            return False
        if word in L.THINKING_PAST and not self._thought_aloud(m, prev, last):
            return False
        if last in L.DETERMINER_WORDS:
            return False
        if prev == "who" and last in L.SUBJECT_PRONOUNS:
            return False  # "whether a user is who they say they are": "who" is its object
        if (
            word.endswith("ing")
            and word not in L.CORE_PARTICIPLES
            and last in L.ING_PREPOSITIONS
            and not (word in L.NAMING_PARTICIPLES and _NAMED_IN_WORDS.match(text, m.end()))
        ):
            return False  # "after denying him a drink": an action, not speech
        if (
            last in L.NEGATIONS
            or last.endswith(("n't", "n’t"))
            or (_adverb(last) and (prev in L.NEGATIONS or prev.endswith(("n't", "n’t"))))
        ):
            return False  # "regulators have not called it "fraud"": no one's words
        if last == "to" and prev in L.UNSAYABLE:
            return False  # "it was difficult to say that ...": no one says it
        if word in L.READ_FORMS and last.lower().strip("'’") not in L.READ_SUBJECTS:
            # `"Q," the memo reads`; after its quote, `"Q," reads the caption`
            if _speaking_paper_before_aside(text, m.start()):
                return True
            return text[max(0, m.start() - 3) : m.start()].rstrip()[-1:] in "\"”’'"
        if word == "reading":
            return False  # "signs reading "Fair Maps Now"": nobody's words
        if word in L.CONTINUING and not C.SPEECH_GOES_ON.match(text, m.end()):
            return False  # "went on to win", "continuing the feud"
        if word in L.VERB_OR_NOUN:
            if C.NOUN_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                return False
            if C.NOUN_AFTER.match(text, m.end(), min(len(text), m.end() + 12)):
                return False
        return True

    def _thought_aloud(self, m: re.Match[str], prev: str, last: str) -> bool:
        """A past thinking verb ("believed", "forecast") reports words only in the
        active voice, right after a name or "he"/"she" (not "analysts had expected",
        not "what he believed"), with a quote opening later in its own sentence ("as
        Ms Roe believed." names no one for the next quote) and no reporting verb before
        it in that sentence."""
        if passive(prev, last) or prev.lower() in L.THOUGHT_CLAUSE_OPENERS:
            return False
        if last.lower() not in L.THINKER_PRONOUNS and (
            not last[:1].isupper() or last in L.STOP_WORDS
        ):
            return False
        s_lo, s_end = self.sentence_span(self.para_of(m.start()), m.start())
        i = bisect.bisect_left(self.q_starts, m.end())
        if i == len(self.q_starts) or self.q_starts[i] >= s_end:
            return False
        # ("Ann Roe said X and that she expected "Q"": the reporting verb before governs.)
        return all(c.group() not in L.FINITE_REPORTING for c in self.cue_words(s_lo, m.start()))

    def inside_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.q_starts, pos) - 1
        return i >= 0 and self.quotes[i].start < pos < self.quotes[i].end

    def sentence_span(self, para: int, pos: int) -> tuple[int, int]:
        """The sentence of paragraph ``para`` holding ``pos`` (cached per place)."""
        key = (para, pos)
        span = self._spans.get(key)
        if span is None:
            starts = self._sentences.get(para) or self.sentence_starts(para)
            i = bisect.bisect_right(starts, pos) - 1
            end = starts[i + 1] if i + 1 < len(starts) else self.article.paragraphs[para].end
            span = self._spans[key] = starts[max(i, 0)], end
        return span

    # -- candidates ------------------------------------------------------------
    def candidates(self, lo: int, hi: int, possessors: bool = False) -> list[Candidate]:
        """Possible speakers in ``text[lo:hi]`` outside quotes, in text order; with
        ``possessors``, "Ms Parra" of "Ms Parra's deputy" too (whom "she" may mean)."""
        text = self.text
        if hi - lo < _BLANK_MAX and not text[lo:hi].strip():
            return []  # (`"Q," said X`: the space between the quote and its cue)
        spans = self._outside_quotes(lo, hi)
        if spans is None:  # (most windows: no quote in them)
            spans = [(lo, hi)]
            found = self._opening_nominals(lo, hi)
            mentions = self.names.mentions_between(lo, hi)
        else:  # (a sentence holding quotes: their insides are not read)
            found = [c for a, b in spans for c in self._opening_nominals(a, b)]
            mentions = [m for a, b in spans for m in self.names.mentions_between(a, b)]
        opening = {c.start for c in found} if found else ()
        for m in mentions:
            c = self._name_candidate(m, hi, possessors, opening)
            if c is not None:
                found.append(c)
        for a, b in spans:
            found += self._pronouns_and_nominals(a, b)
        if len(found) > 1:
            # (A name before a phrase of the same words: "Parents for Quiet Streets".)
            found.sort(key=lambda c: (c.start, -c.end, c.kind != "name"))
        return self._outermost(found)

    def _name_candidate(
        self, m: Mention, hi: int, possessors: bool, opening: set[int] | tuple[()]
    ) -> Candidate | None:
        """What the name ``m`` in a window ending at ``hi`` stands for there: the name,
        the noun phrase it opens or modifies ("Michael Jackson's mother", "the
        Treasury"), or nothing ("a man in a Cincinnati Reds jersey")."""
        text = self.text
        heads = self._heads
        if m.start in opening and " " not in m.words:
            # "Analysts said": the noun, not a name; but "Parents for Quiet Streets"
            # is a body's name.
            return self._whole_body(m)
        if text.startswith(("'s", "’s", "' ", "’ "), m.end) and not C.CONTRACTED_IS.match(
            text, m.end
        ):
            return self._possessor_candidate(m, hi, possessors)
        if m.org and text.endswith(("the ", "The "), 0, m.start):
            # "said the American", "the Treasury said": a noun phrase, not a name;
            # "the British Chambers of Commerce", "the Finance and Economy Ministry"
            # whole; "the Labour peer", "the Tory co-chairman": no fragment of one.
            tail = C.ORG_TAIL.match(text, m.end, hi)
            end = tail.end() if tail else m.end
            if not self._modifies_noun(end, hi):
                return Candidate(m.start - 4, end, text[m.start - 4 : end], "nominal")
            return None
        if text.startswith(" ", m.end) and text[m.end + 1 : m.end + 2].islower():
            # (Read once per name, the windows of a paragraph overlap; most names
            # modify no noun: a look-up, then on.)
            head = heads.get(m.start)
            if head is None:
                head = heads[m.start] = self._modified_head(m, len(text))
            if head == _TITLES_PERSON:
                return None  # "Steel analyst Peter Fish said": Fish, never "Steel"
            if head:
                phrase = self._modified_phrase(m, head, hi)
                if phrase:
                    return phrase
            elif text[m.start - 2 : m.start] in _INDEFINITE_ENDS and _indefinite_before(
                text, m.start
            ):
                return None  # "a man in a Cincinnati Reds jersey": what names a thing
        plural = self._opening_modifier(m, hi)
        if plural is not None:
            return plural
        return self._whole_body(m) or Candidate(m.start, m.end, m.words, "name", m)

    def _opening_modifier(self, m: Mention, hi: int) -> Candidate | None:
        """ "Rival parties say": a lone capitalised word opening a sentence before a
        plural noun and a speaking verb is an adjective capitalised by its place, not a
        name; the speaker is the noun phrase it opens (a name never stands there
        between a noun and its verb)."""
        if m.honorific or len(m.tokens) != 1 or m.surname in self.names.full:
            return None
        plural = _PLURAL_THEN_CUE.match(self.text, m.end, hi + 20)
        if plural is None or not _SENTENCE_OPEN.search(self.text, max(0, m.start - 4), m.start):
            return None
        noun, verb = plural.group(1), plural.group(2)
        if noun in L.FINITE_CUES or noun in L.NOT_PLURAL_NOUNS or _adverb(noun):
            return None  # "Smith says", "Smith thus said": the name is the subject
        if verb not in L.FINITE_CUES or self.names.is_person(m):
            return None
        end = m.end + 1 + len(noun)
        return Candidate(m.start, end, self.text[m.start : end], "nominal")

    def _possessor_candidate(self, m: Mention, hi: int, possessors: bool) -> Candidate | None:
        """What the possessive name ``m`` ("Falcone's") stands for before ``hi``: the
        possessor is rarely the speaker, so only what it owns or speaks through is."""
        text = self.text
        firm = self._firm_with_s(m, hi)
        if firm is not None:
            return firm
        # "Michael Jackson's mother said": the possessor is not the speaker.
        owned = C.OWNED.match(text, m.end, hi)
        if owned:
            words = text[m.start : owned.end()]
            return Candidate(m.start, owned.end(), words, "nominal")
        elif (
            not possessors
            and (voice := _OWN_VOICE.match(text, m.end, hi))
            and self.names.is_person(m)
        ):
            # "Falcone's office said": the office speaks for its holder, as "his
            # office said" does.
            return Candidate(m.start, voice.end(), m.words, "name", m)
        elif (unit := _UNIT_OWNED.match(text, m.end, hi)) and not self.names.is_person(m):
            # "ICE's Denver field office said": the office speaks, named whole
            # (not the place it is in, nor the whole agency: tests/core/gold/README.md)
            return Candidate(m.start, unit.end(), text[m.start : unit.end()], "nominal")
        elif possessors and (self._owns_unnamed(m.end, hi) or self._voice_of(m.end, hi)):
            # "Ms Parra's deputy": "she" may mean Ms Parra ("Gerrard's drive"
            # owns no one, so Gerrard is no subject there).
            return Candidate(m.start, m.end, m.words, "name", m)
        return None

    def _firm_with_s(self, m: Mention, hi: int) -> Candidate | None:
        """ "Harrow's said", "Standard & Vane's said": a possessive owning no noun,
        its reporting verb right after it, is a firm's name that ends in "'s" (whole,
        with a partner joined by "&" before it)."""
        text = self.text
        verb = _FIRM_VERB.match(text, m.end)  # (the verb may stand past ``hi``: the cue)
        if verb is None or verb.group(1) not in L.FIRM_VERBS or m.end + 2 > hi:
            return None
        partner = _AMPERSAND_PARTNER.search(text, max(0, m.start - _PARTNER_REACH), m.start)
        start = partner.start() if partner else m.start
        return Candidate(start, m.end + 2, text[start : m.end + 2], "nominal")

    def _whole_body(self, m: Mention) -> Candidate | None:
        """ "Moms for Tomorrow, a parents group, said": the body's whole name that the
        name ``m`` opens, so the apposition after it describes the body (and its tail
        is no other name); None when ``m`` opens no such name."""
        if self.text.startswith(" and ", m.end):
            return self._body_joined_on(m)
        if not self.text.startswith((" for ", " of ", " to "), m.end):
            return None
        span = self.names.body_ahead_span(m)
        if span is None:
            return None
        unit = _LOCAL_CHAPTER.match(self.text, span[0])
        if unit:
            # "Moms for Tarnlight's Ely chapter said": a members' group's local chapter
            # speaks for itself, named whole (as an agency's field office does: see
            # _possessor_candidate)
            return Candidate(m.start, unit.end(), self.text[m.start : unit.end()], "nominal")
        return Candidate(m.start, span[0], self.text[m.start : span[0]], "name", m)

    def _body_joined_on(self, m: Mention) -> Candidate | None:
        """ "Vellish Customs and Harbor Protection said": the body's whole name that the
        name ``m`` opens and the next run closes past "and" (the next run's own test,
        :meth:`ArticleNames.whole_body`), so its first run is not read as a person
        joined to another; None when the next run closes no such name."""
        after = m.end + len(" and ")
        nxt = next(iter(self.names.mentions_between(after, after + _JOINED_REACH)), None)
        if nxt is None or nxt.start != after:
            return None
        whole = self.names.whole_body(nxt)
        if whole is None or not self.text.endswith(whole, m.start, nxt.end):
            return None
        if not whole.startswith(m.words):
            return None  # (a longer name before: "Ann Roe and ...")
        return Candidate(m.start, nxt.end, whole, "nominal")

    def _pronouns_and_nominals(self, a: int, b: int) -> list[Candidate]:
        """The pronouns and the noun phrases that can speak in ``text[a:b]``."""
        text = self.text
        found = [
            Candidate(m.start(), m.end(), m.group(), "pronoun")
            for m in C.PRONOUN.finditer(text, a, b)
        ]
        if not C.has_noun_word(text, a, b):
            return found  # (most windows: no noun that speaks, so no noun phrase)
        found += [
            Candidate(m.start(), m.end(), words, "nominal")
            for m in C.nominals(text, a, b)
            # A bare singular noun ("finance minister Hans Eichel") is a job title,
            # not a speaker; bare plurals ("officials said") do speak.
            if (" " in (words := m.group()) or words.endswith("s") or words in L.COLLECTIVE_NOUNS)
            and not _thing_noun_after(text, m.end())
        ]
        return found

    def _outside_quotes(self, lo: int, hi: int) -> list[tuple[int, int]] | None:
        """``text[lo:hi]`` less the insides of the quotes in it that nothing can run
        into or out of: opened by a double mark, closed by one or by the end of a
        sentence, with no other quote starting inside.

        What starts inside a quote is never a candidate (:meth:`_outermost`), and no
        candidate's pattern reads through such a mark, so scanning each stretch up to
        and including the opening mark (and again from the closing one) finds what a
        scan of the whole window keeps. A quarter of the sentences salience reads
        is quoted words. None: no quote stands in the window."""
        q_starts, quotes, text = self.q_starts, self.quotes, self.text
        k = bisect.bisect_right(q_starts, lo) - 1
        if k < 0 or quotes[k].end <= lo:
            k += 1  # (the quote before ``lo`` ended: start with the next one)
        if k >= len(quotes) or quotes[k].start >= hi:
            return None
        spans = []
        a = lo
        while k < len(quotes) and quotes[k].start < hi:
            q = quotes[k]
            k += 1
            if (
                text[q.start] not in _OPENING_MARKS
                or text[q.end - 1] not in _CLOSING_MARKS
                or (k < len(quotes) and quotes[k].start < q.end)
            ):
                continue
            if q.start >= a:
                spans.append((a, q.start + 1))
            a = max(a, q.end)
            if a >= hi:
                return spans
        spans.append((a, hi))
        return spans

    def _outermost(self, found: list[Candidate]) -> list[Candidate]:
        """Drop candidates in quotes or nested in a longer one ("Unite" in "a spokesman
        for Unite"), and job titles right before the name they belong to."""
        # (The kinds are compared here first: this loop runs for every candidate.)
        kept: list[Candidate] = []
        q_starts, quotes = self.q_starts, self.quotes  # (inside_quote, inlined)
        for c in found:
            name_after_phrase = c.kind == "name" and bool(kept) and kept[-1].kind == "nominal"
            if kept and c.start < kept[-1].end:
                if not (name_after_phrase and self._named_at_end(kept[-1], c)):
                    continue
                kept.pop()  # "leader of the Commons Oliver Heald": the person
                name_after_phrase = bool(kept) and kept[-1].kind == "nominal"
            elif (i := bisect.bisect_right(q_starts, c.start) - 1) >= 0 and (
                quotes[i].start < c.start < quotes[i].end
            ):
                continue  # inside a quote
            elif c.kind == "nominal" and kept and self._describes_body(kept[-1], c):
                continue  # "The Fairlane Education Association, the teachers union, said"
            if name_after_phrase and self._title_of(kept[-1], c):
                kept.pop()  # "chief executive Tom Glocer": the title names no one else
            elif name_after_phrase and self._kind_of_body(kept[-1], c):
                kept.pop()  # "The group Tarn Action Network said": the body
            elif name_after_phrase and self._named_after(kept[-1], c):
                kept.pop()  # "A spokeswoman for the governor, Cara Moore,": hers
                if kept and kept[-1].kind == "nominal" and self._named_after(kept[-1], c):
                    kept.pop()  # "A spokesperson for (the committee), Megan Roe,"
            kept.append(c)
        return kept

    def _kind_of_body(self, phrase: Candidate, name: Candidate) -> bool:
        """Is ``phrase`` ("the group") the kind of the body named right after it ("the
        group Tarn Action Network")?"""
        if self.text[phrase.end : name.start] != " " or name.mention is None:
            return False
        first, _, rest = phrase.words.lower().partition(" ")
        kinds = (L.SHORT_BODY_KINDS, L.BODY_REFERENCES)
        return first == "the" and any(rest in k for k in kinds) and name.mention.org

    def _describes_body(self, body: Candidate, phrase: Candidate) -> bool:
        """Is ``phrase`` ("the teachers union") an apposition describing the body named
        right before it ("Acme Corp, the software firm, said"): the body speaks."""
        text = self.text
        if text[body.end : phrase.start] != ", " or not _closes_apposition(text, phrase.end):
            return False
        if phrase.words.rsplit(" ", 1)[-1].lower() not in _BODY_HEADS:
            return False
        if body.kind == "name":  # (not "September", "Sunday")
            m = body.mention
            whole = m is not None and body.end > m.end  # ("Moms for Tomorrow")
            return m is not None and (m.org or whole) and body.words not in L.CALENDAR_WORDS
        return body.words[:4] in ("The ", "the ") and body.words[4:5].isupper()

    def _opening_nominals(self, lo: int, hi: int) -> list[Candidate]:
        """ "Lawyers for Ardo Venn said", "Police say": a bare plural people noun that
        opens a sentence, so is capitalised (its label in lower case, as elsewhere)."""
        found = []
        for m in C.OPENING_NOMINAL.finditer(self.text, lo, hi):
            noun = m.group(1)
            if not (noun.endswith("s") or noun.lower() in L.COLLECTIVE_NOUNS):
                continue  # "Bank", "Group": part of a name
            words = m.group()
            if noun[1:].islower():
                words = words[0].lower() + words[1:]  # ("MPs" stays)
            found.append(Candidate(m.start(), m.end(), words, "nominal"))
        return found

    def unnamed_opening(self, lo: int, hi: int, fronted: bool = False) -> Candidate | None:
        """ "A forklift driver who asked not to be named said he ...": an unnamed person
        opening the clause at ``lo`` (no name or listed noun marks them; ``fronted``: a
        fronted opening ends before ``lo``, "At a meeting in May, a man said")."""
        if self.text[lo : lo + 1] not in _UNNAMED_FIRST:
            return None  # (most clauses: one character tells)
        m = C.UNNAMED_OPENING.match(self.text, lo, hi)
        if m is None or not unnamed_person(m.group("head")):
            return None
        if self.text[m.end() :].lstrip()[:1].isalpha():
            verb = self.text[m.end() : m.end() + 12].split(None, 1)[0]
            if verb in L.ASKING_VERBS:
                return None  # "One man asked whether he would": the next "he" answers
        before = self.text[max(0, lo - 40) : lo].rstrip()
        if not fronted and before.endswith(",") and before.rsplit(None, 1)[-1][:1].isupper():
            return None  # "she married Emeka Obi, a civil engineer": a description of Obi
        words = m.group("np")
        return Candidate(m.start("np"), m.end("np"), words[:1].lower() + words[1:], "nominal")

    def partitive_opening(self, lo: int, hi: int) -> Candidate | None:
        """ "One of them, a nurse on the cardiac floor who asked not to be named, said
        she ...": one drawn from a group (lexicon.PARTITIVE_GROUPS), described, opening
        the clause at ``lo`` with a reporting verb after; the description (its "who"
        clause cut) is a person a later "she" may mean."""
        m = _DRAWN_OPENING.match(self.text, lo, hi)
        if m is None or m.group("group").lower() not in L.PARTITIVE_GROUPS:
            return None
        if not any(cue.start() >= m.end() for cue in self.cues_in(lo, hi)):
            return None
        return Candidate(m.start("desc"), m.end("desc"), m.group("desc"), "nominal")

    def kin_opening(self, lo: int, hi: int) -> Candidate | None:
        """ "Her husband wants to cut ...": a relative opening the clause at ``lo``, when
        the article names them ("her husband" of Henrietta Achterberg: Pieter)."""
        if self.text[lo : lo + 1] not in _KIN_FIRST:
            return None
        m = C.KIN_OPENING.match(self.text, lo, hi)
        if m is None:
            return None
        words = m.group("np")
        return Candidate(m.start("np"), m.end("np"), words[:1].lower() + words[1:], "nominal")

    def _voice_of(self, pos: int, hi: int) -> bool:
        """After a possessive at ``pos``: the person's own words ("Ekwueme-Hart's
        response was swift. She said ..."): "she" may mean them."""
        return C.OWNS_WORDS.match(self.text, pos, hi) is not None

    def _modifies_noun(self, pos: int, hi: int) -> bool:
        """Is "the X" before ``pos`` the first part of a longer phrase naming a person or
        body ("the Labour peer", "the BBC News website")? Not when a verb or anything
        else follows ("the BCC warned", "the BCC found")."""
        m = C.MODIFIED_NOUN.match(self.text, pos, hi)
        if m is None:
            return False
        word = m.group().strip()
        return word not in L.FINITE_CUES and C.speaks(word)  # a person or body it names

    def _modified_phrase(self, m: Mention, head: int, hi: int) -> Candidate | None:
        """ "New Mexico's Republican governor", "a UKIP spokesman": the name only says
        which one; the noun phrase it opens, ending at ``head``, is the speaker (None:
        the name is). "The former England defender" points back to someone: the name
        stays."""
        if head > hi:
            head = self._modified_head(m, hi)  # (a window ending inside the phrase)
        if head <= 0:
            return None
        text = self.text
        start = self._body_start(m.start)
        article = _ARTICLE_BEFORE.search(text, max(0, start - 40), start)
        lead = article.group() if article else ""
        if lead.startswith(("the ", "The ")):
            return None
        start -= len(lead)
        return Candidate(start, head, text[start:head], "nominal")

    def _body_start(self, pos: int) -> int:
        """Where the body's name ending in the run at ``pos`` starts, its runs joined
        by "and", "for", "of" ("Department for Education and Skills")."""
        names = self.names
        i = bisect.bisect_left(names.starts, pos)
        for _ in range(4):
            if i <= 0:
                break
            start, words = names.runs[i - 1]
            if self.text[start + len(words) : pos] not in _BODY_JOINERS:
                break
            m = names.mention(i - 1)
            if m is not None and names.is_person(m):
                break  # ("Ann Roe and UKIP officials")
            pos, i = start, i - 1
        return pos

    def _modified_head(self, m: Mention, hi: int) -> int:
        """Where the noun phrase a name modifies ends, when lower-case nouns ending in
        one that speaks follow it ("Republican governor", "Senate majority leader",
        "US bank boss"), else 0; never for a person ("Ann Roe chairs")."""
        text = self.text
        nouns = _MODIFIED_NOUNS.match(text, m.end, hi)
        if nouns is None:
            return 0
        words = nouns.group().split()
        for k, word in enumerate(words):
            if (
                word in L.NOT_MODIFIER_WORDS
                or word.endswith("ed")
                or (word in L.FINITE_CUES and word.endswith("s"))
            ):
                # "Apcom quoted several lawmakers", "Eko warns staff": a verb ends the
                # phrase ("a Republican state lawmaker": a noun's bare form does not)
                del words[k:]
                break
        k = len(words)
        while k and not _person_head(words[k - 1]):
            k -= 1
        if not k:
            return 0
        end = m.end + len(" ".join(words[:k])) + 1
        if _NAME_NEXT.match(text, end):
            return _TITLES_PERSON  # "Oscars host Chris Rock": a title before the person
        if self.names.is_person(m) or text[end : end + 1] in "'’":
            return 0  # ("a World Cup winner's medal")
        return end

    def _named_at_end(self, phrase: Candidate, c: Candidate) -> bool:
        """Does a noun phrase end with a person's full name ("Shadow leader of the
        Commons Oliver Heald")? Then the name, not the phrase, is the candidate."""
        return (
            phrase.kind == "nominal"
            and c.kind == "name"
            and c.end == phrase.end
            and c.mention is not None
            and c.mention.is_full
            and self.names.is_person(c.mention)
            and gender_of(c.mention.tokens[0]) is not None  # "Oliver", not "Phonographic"
            and not C.JOINED_BEFORE.search(self.text, max(0, c.start - 6), c.start)
        )

    def _owns_unnamed(self, pos: int, hi: int) -> bool:
        """After a possessive at ``pos``: a person it owns, not named there ("Ms Parra's
        deputy is", not "Mr Brown's former adviser Ed Balls")."""
        owned = C.OWNS_PERSON.match(self.text, pos, hi)
        return owned is not None and not self.text[owned.end() : hi].lstrip()[:1].isupper()

    def _title_of(self, title: Candidate, name: Candidate) -> bool:
        """Is ``title`` a bare job title written right before the name ``name``?"""
        return (
            title.kind == "nominal"
            and name.kind == "name"
            and title.words.split()[0].lower() not in L.ARTICLE_WORDS
            and not self.text[title.end : name.start].strip()
        )

    def _named_after(self, role: Candidate, name: Candidate) -> bool:
        """Is ``name`` an appositive naming the ``role`` right before it ("A White House
        spokeswoman, Priya Halvorsen, declined", "A spokeswoman for the governor, Cara
        Moore, said", "A spokesperson for the committee, Megan Roe, said")? The person
        is the subject."""
        m = name.mention
        return (
            role.kind == "nominal"
            and m is not None
            and (gap := C.APPOSED_GAP.fullmatch(self.text, role.end, name.start)) is not None
            # (Whose voice the role is may be a body: "for the committee, Ann Roe,";
            # a name with no given name may be that body: "for one of them, Acme".)
            and (
                gap.group(1) is None
                or is_role(gap.group(1).lower())
                or gender_of(m.tokens[0]) is not None
            )
            and self.text[name.end : name.end + 1] == ","
            and self.strong_name(name)
            and m.is_full
        )

    def strong_name(self, c: Candidate) -> bool:
        """A candidate that names a person."""
        return c.mention is not None and self.names.is_person(c.mention)

    def strong(self, c: Candidate) -> bool:
        """A candidate that can speak: a person, a pronoun or a noun phrase."""
        if c.mention is not None:  # (a name)
            # ("The group Families for Fair Bread said": a group named whole speaks.)
            return self.names.is_person(c.mention) or self._group_named_whole(c)
        return True

    def _group_named_whole(self, c: Candidate) -> bool:
        """Is ``c`` an advocacy group's whole name, run past its first run at "for"/"of"
        ("Families | for | Fair Bread", "Tessaly Action | for | Governance")? Not a
        court's or a ministry's, which follow "of" as what a panel or an official is part of."""
        m = c.mention
        if m is None or c.end <= m.end:
            return False
        head = m.tokens[-1]
        return head in L.GROUP_WORDS or self.names._members(m.words)

    # -- resolution ------------------------------------------------------------
    def resolve(self, c: Candidate, pos: int) -> str | None:
        """The full name (or noun phrase) a candidate stands for."""
        if c.mention is not None:  # (a name)
            names = self.names
            m = c.mention
            return names.whole_body(m) or names.body_ahead(m) or names.resolve(m)
        if c.kind == "pronoun":
            return self.resolve_pronoun(c.words.lower(), c.start)
        if c.words.split(None, 1)[0].lower() in L.GROUP_COUNTS:
            # "Two road workers who fixed the bridge said": a counted group is labelled
            # by its whole noun phrase, as one unnamed source is.
            head = C.COMPLEMENT_START.split(c.words, maxsplit=1)[0]
            words = unnamed_label(self.text, c.start, c.start + len(head))
            return self.resolve_phrase(words[:1].lower() + words[1:], c.start)
        return self.resolve_phrase(c.words, c.start)

    def resolve_phrase(self, words: str, pos: int) -> str:
        """A noun phrase: "the Dutchman" goes back to a person, others keep their words."""
        end = pos + len(words)
        if _name_cut(self.text, words, end):
            # "a spokesperson for the Centers (for Medicare ...)", "for Montana Gov. (Ray
            # Roe)": a name cut short is no label; the noun alone is.
            words = C.COMPLEMENT_START.split(words, maxsplit=1)[0]
        words = " ".join(words.split())
        first, _, rest = words.partition(" ")
        # "our correspondent": the one named; "this person": the one brought in
        the = first.lower() in ("the", "our", "this")
        if the and rest:
            # "the prime minister" → "Tony Blair"; "the CBO" → "Congressional Budget Office"
            titled = self.names.by_title(rest, pos) or self.names.acronyms().get(rest)
            if titled:
                return self._introduced_since(rest, pos, titled) or titled
            described = described_person(self.text, self.names.people_at, rest, pos)
            if described:
                return described  # "the Scot said": "Scottish forward Ann Roe"
            lede = self.lede_tie()
            if lede is not None and lede.holds(rest):
                return lede.person  # "The president's nominee ... ¶ Ann Roe, ..."
            near = self._introduced_near(rest, pos) is not None
            intro = self._introduced_as(rest, pos) if near else None
            if intro:
                # ("A Republican senator who asked not to be identified said ... "Q," the
                # senator said": that source, not the story's main office holder.)
                return intro
            lead = self._lead_for(rest, pos)
            if lead:
                self.lead_guess = True
                return lead
        if rest and first[:1].isupper() and not the and first.lower() not in L.ARTICLE_WORDS:
            # "(New Mexico's) Republican governor": the governor the article names.
            titled = self.names.by_title(words, pos)
            if titled:
                return titled
        if the:
            named = self._apposed_body(rest, end) or self._the_body_or_source(words, rest, pos)
            if named:
                return named
        owned = self._owner_or_kin(first.lower(), rest.lower(), the, pos) or self._kin_apposed(
            words, end
        )
        if owned:
            return owned
        if first.lower() in L.ARTICLE_WORDS:
            if first.lower() in _COUNTS and " " not in rest:
                return rest  # "several officials said": officials (a count names no one)
            return f"{first.lower()} {rest}"
        head = C.COMPLEMENT_START.split(words, maxsplit=1)[0]
        if head != words and head.endswith("s") and " " not in head and not _owns_unit(words):
            # "researchers at the University of Ely": a bare plural keeps no complement
            # (a lower-case phrase with no article reads as a fragment).
            return head
        return words

    def lede_tie(self) -> LedeTie | None:
        """The lede's described person named by the next paragraph (read once)."""
        if not self._lede_read:
            self._lede_read = True
            self._lede = lede_holder(self.names)
        return self._lede

    def _apposed_body(self, rest: str, end: int) -> str | None:
        """ "the PAC, Upstate Forward, said": the body's name set beside its kind (not a
        person's: "the group, Ann Roe, said" is no body)."""
        kind = rest.lower().split()[0] if rest else ""
        if kind not in L.SHORT_BODY_KINDS:
            return None
        if rest.lower() != kind:
            # "The union representing Tarn officers, the Tarn Police Association,"
            if not _DESCRIBING.match(rest, len(kind)):
                return None
        elif not self.text.startswith(", ", end):
            # (the same, the phrase read as "The union" alone)
            tail = _DESCRIBING_TAIL.match(self.text, end)
            end = tail.end() if tail else end
        if not self.text.startswith(", ", end):
            return None
        m = _APPOSED_NAME.match(self.text, end)
        if m is None or gender_of(m.group(1).split()[0]) is not None:
            return None
        name = m.group(1)
        return None if name.rsplit(" ", 1)[-1] in self.names.full else name

    def _the_body_or_source(self, words: str, rest: str, pos: int) -> str | None:
        """ "the <rest>" as a body or unnamed source named before ``pos``: the
        ministry, the company, the group, the official (None: not one)."""
        head = rest.rsplit(" ", 1)[-1]
        if head in L.NAMED_BODY_HEADS:
            # "The Ministry of Tillage ... the ministry said", "Brookhaven State
            # University ... the university said": the body named before, when its name
            # holds every word of the phrase ("the school district": "... School District").
            body = self.names.body_named(head.capitalize(), pos)
            if body and all(w.capitalize() in body.split() for w in rest.split()):
                return body
            body = self._body_by_synonym(rest, pos)
            if body:
                return body
        described = self._body_described_as(rest, pos) or board_owner(self, rest, pos)
        if described:
            return described
        if C.refers_back(words) or _described(words):
            named, decided = self._person_described(rest, head, pos)
            if decided:
                return named
        if _epithet(rest):
            epithet = self._epithet_subject(rest, pos)
            if epithet:
                return epithet
        if rest.lower() in L.SHORT_BODY_KINDS:
            # "Redbud Communities did not ... the company said": the body named last
            # as a subject, of that kind (a guess: low confidence, like an office's).
            body = short_form_body(self, rest.lower(), pos)
            if body:
                self.lead_guess = True
                return body
        if rest.lower() in L.BODY_REFERENCES:
            # "The Rocky Mountain Coalition said ... "Q," the group said": the body
            # named as a subject before, as "it" would be.
            named = self.resolve_pronoun("it", pos)
            if named and named[:1].isupper() and self._named_again(named):
                self.lead_guess = True  # a guess (low confidence), like an office's
                return named
        return self._unnamed_source_again(rest, head, pos)

    def _person_described(self, rest: str, head: str, pos: int) -> tuple[str | None, bool]:
        """ "the senator", "the Delaware Democrat": the person named before whom the
        description fits, and whether the state in it settled the answer (even None)."""
        named = self.resolve_pronoun("the", pos)
        state = phrase_state(rest)
        if state:
            # "the Delaware Democrat": the one person tied to the state ("Sen. Ann
            # Ray, D-Del.,"), never a Democrat of another state.
            return self._of_state(named, state, head), True
        if named and not self._gender_clashes(rest, named):
            return named, True
        if named:
            # ("the actress" after a sentence about Jim Vale: the woman "she" would be)
            pronoun = {"f": "she", "m": "he"}[noun_gender(rest) or "f"]
            other = self.resolve_pronoun(pronoun, pos)
            if other and other[:1].isupper():
                return other, True
        return None, False

    def _unnamed_source_again(self, rest: str, head: str, pos: int) -> str | None:
        """ "the official said" after "One U.S. official, who ...": the source brought
        in before under that head (or by gender alone: a guess)."""
        if _unnamed_head(head):
            intro = self._introduced_as(rest, pos)
            if intro:
                return intro  # "One U.S. official, who ... said" ... "the official said"
            told = self._told_by_gender(rest, pos)
            if told:
                self.lead_guess = True  # (tied by gender alone: a guess)
                return told
        elif _unnamed_head(head.removesuffix("s")):
            # "A group of Green senators urged ..." ... "the senators wrote" (not a label
            # holding a bare figure, "a group of 14 senators": no reader's label)
            intro = self._introduced_as(rest, pos)
            if intro and not any(ch.isdigit() for ch in intro):
                return intro
        return None

    def _body_by_synonym(self, rest: str, pos: int) -> str | None:
        """ "Tarn County Public Schools said ... "Q," the district added": a bare head
        standing for the body named last before ``pos`` by its other name word."""
        for word in L.BODY_HEAD_SYNONYMS.get(rest, ()):
            body = self.names.body_named(word, pos)
            if body and body.split()[-1] == word:
                return body
        return None

    def _epithet_subject(self, rest: str, pos: int) -> str | None:
        """The person a described epithet stands for: the subject of the sentence just
        before ("Mr Tull insisted he had kept the rules. The Vex leader said"), a
        person the article names and whose gender fits; a guess (low confidence)."""
        if self._first_indefinite(rest) < pos:
            return None  # ("a Dunmore MP said ... the Dunmore MP said": that one)
        named = self.resolve_pronoun("the", pos)
        if not named or named not in self.names._body_people():
            return None
        if self._gender_clashes(rest, named) or self._others_named(named, pos):
            return None
        if gender_clash(self._own_gender(pos + len(rest)), self.names.gender_of(named)):
            return None  # ("the harbour chief said in his message" after Ms Orrell)
        head = rest.rsplit(" ", 1)[-1].lower()
        if any(
            named in held and r.split()[-1].lower() == head for r, held in self.names.ties().items()
        ):
            return None  # ("Liberal leader Ada Voss ... the Tory leader said": another one)
        self.lead_guess = True
        return named

    def _own_gender(self, end: int) -> str | None:
        """The gender the rest of the phrase's sentence gives it: its first "his" or
        "her" ("the harbour chief said in his winter message"), else None."""
        _, hi = self.sentence_span(self.para_of(end), end)
        m = _OWN_PRONOUN.search(self.text, end, hi)
        return None if m is None else {"his": "m", "her": "f"}[m.group(0).lower()]

    def _first_indefinite(self, rest: str) -> int:
        """Where the article first brings in "a/an/one/another <rest>" (its length when
        it never does); read once per phrase."""
        at = self._one_of.get(rest)
        if at is None:
            m = re.search(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother) {re.escape(rest)}\b", self.text)
            at = self._one_of[rest] = m.start() if m else len(self.text)
        return at

    def _others_named(self, named: str, pos: int) -> bool:
        """Does the sentence before ``pos``, or its own up to ``pos``, name a person
        other than ``named`` outside quotes ("a call to pause from Ann Roe. The Lib Dem
        leader said": maybe her, not the subject)? Then the epithet may be theirs."""
        para = self.para_of(pos)
        lo, _ = self.sentence_span(para, pos)
        if lo > self.article.paragraphs[para].start:
            lo, _ = self.sentence_span(para, lo - 1)
        elif para > 0 and self.article.paragraphs[para - 1].kind == "body":
            lo, _ = self.sentence_span(para - 1, self.article.paragraphs[para - 1].end - 1)
        spans = self._outside_quotes(lo, pos) or [(lo, pos)]
        names = self.names
        return any(
            names.is_person(m) and names.resolve(m) != named
            for a, b in spans
            for m in names.mentions_between(a, b)
        )

    def _gender_clashes(self, rest: str, named: str) -> bool:
        """Does the noun tell a gender the person does not have ("the actress" for Jim
        Vale, the subject just before)? Then the phrase is someone else."""
        return gender_clash(noun_gender(rest), self.names.gender_of(named))

    def _of_state(self, named: str | None, state: str, head: str) -> str | None:
        """The person "the <state> <head>" stands for: ``named`` (the subject it points
        back to) when the article ties them to the state, else the one person it ties
        to the state; else ``named`` when tied to no other state ("Sen. Ann Ray spoke.
        ... the Ohio Democrat said"); else None (the label stays as written)."""
        if named and ties_to_state(self.text, named.split()[-1], state, head):
            return named
        found = [
            name
            for name in self.names.people_at()
            if " " in name and ties_to_state(self.text, name.split()[-1], state, head)
        ]
        if len(found) > 1:
            # ("Sen. Ann Ray (D-Del.)" and a headline's "Delaware Judge Blasts Roe"):
            # the one tied by party and state both
            both = [n for n in found if ties_by_party(self.text, n.split()[-1], state, head)]
            found = both if len(both) == 1 else found
        if len(found) == 1:
            return found[0]
        if found or named is None or not named[:1].isupper():
            return None
        return None if home_state(self.text, named.split()[-1]) else named

    def _body_described_as(self, rest: str, pos: int) -> str | None:
        """ "The Tarn Care Association, the industry's trade group, went further. "Q,"
        the group said": the body last described before ``pos`` as "the/a ... <rest>",
        when ``rest`` is a kind of body."""
        if rest.lower() not in L.BODY_REFERENCES and rest.lower() not in L.SHORT_BODY_KINDS:
            return None
        kind = _described_kind(rest.lower())
        matches = list(kind.finditer(self.text, max(0, pos - WINDOW), pos))
        if rest.lower() in L.BODY_REFERENCES:
            # ("led by a coalition called Tarnians for Plain Ballots, ... the group says":
            # a body brought in by its kind and its name, the kind one of several words)
            matches += _CALLED_BODY.finditer(self.text, max(0, pos - WINDOW), pos)
        found = max(matches, key=lambda m: m.start(), default=None)
        if found is None or gender_of(found.group(1).split()[0]) is not None:
            return None
        return found.group(1).removeprefix("The ")

    def _owner_or_kin(self, first: str, rest: str, the: bool, pos: int) -> str | None:
        """ "his office", "her husband", "the son" (``first`` and ``rest`` in lower
        case): the person the phrase stands for (None: none)."""
        if first in _KIN_OWNERS and rest in L.OWN_VOICES:
            # "his office said he has zero tolerance": the office speaks for its holder
            owner = self.resolve_pronoun(_KIN_OWNERS[first], pos)
            if owner and owner[:1].isupper():
                self.lead_guess = True
                return owner
        if first in _KIN_OWNERS and rest in L.KIN_GENDER:
            kin = self._relative(first, rest, pos)
            if kin:
                return kin  # "Her husband said": the Achterberg she is married to
        if the and rest in L.KIN_GENDER:
            named = self._kin_named(rest)
            if named:
                return named  # "His son, Rep. Ray Roe Jr., ..." ... "the son said"
        return None

    def _kin_apposed(self, words: str, end: int) -> str | None:
        """ "Roe's wife, Sue, a teacher, told the crowd": the relative the given name
        set beside the kin noun names, with the family name ("Sue Roe")."""
        if words.rsplit(" ", 1)[-1].lower() not in L.KIN_GENDER:
            return None
        m = _APPOSED_FIRST.match(self.text, end)
        return self.names.kin_called(m.group(1)) if m else None

    def _introduced_as(self, rest: str, pos: int) -> str | None:
        """How the article first brought in the unnamed source "the official" stands
        for: the nearest "one U.S. official", "a senior administration official, ..."
        before ``pos`` (a source stays labelled as introduced), holding every word of
        the phrase ("the senior official": "a senior DHS official")."""
        *words, head = rest.split()
        found = self._introductions_as(head)
        k = bisect.bisect_left(found, (pos, ""))
        # (Far back only when it is the one source brought in with this head noun.)
        if k and (pos - found[k - 1][0] <= _INTRO_REACH or len(found) == 1):
            intro = found[k - 1][1].split()
            if all(w in intro for w in words):
                return " ".join(intro)
            # ("A spokesman for Darlington Council said" ... "the Darlington Council
            # spokesman added": the body it speaks for, named before its head.)
            at, label = found[k - 1]
            whom = _FOR_BODY.match(self.text, at + len(label))
            if whom and all(w in intro or w in whom.group().split() for w in words):
                return label + whom.group()
        return None

    def _introduced_since(self, rest: str, pos: int, titled: str) -> str | None:
        """ "Sen. Ann Roe ... A second Republican senator, who spoke on condition of
        anonymity, said ... "Q," the senator said": an unnamed source of the role's head
        brought in after the person holding it was last named, in this paragraph or the
        one before, is who "the <rest>" is."""
        at = self._introduced_near(rest, pos)
        if at is None:
            return None
        starts = self.names.people_at().get(titled, [])
        i = bisect.bisect_left(starts, pos)
        if i and starts[i - 1] >= self.sentence_span(self.para_of(at), at)[0]:
            return None  # (named since, or described so: "Ann Roe, 54, a nurse,")
        return self._introduced_as(rest, pos)

    def _introduced_near(self, rest: str, pos: int) -> int | None:
        """Where an unnamed source "the <rest>" may stand for was brought in, in this
        paragraph or the one before ``pos`` (None: none was)."""
        head = rest.rsplit(" ", 1)[-1]
        if not _unnamed_head(head):
            return None
        found = self._introductions_as(head)
        k = bisect.bisect_left(found, (pos, ""))
        if not k or self.para_of(pos) - self.para_of(found[k - 1][0]) > 1:
            return None  # (brought in this paragraph or the one before)
        return found[k - 1][0]

    def _introductions_as(self, head: str) -> list[tuple[int, str]]:
        """The unnamed sources "the <head>" may stand for: those brought in by that
        noun or, for a lawmaker, by another noun for one ("One House Democrat, who
        ..." ... "the lawmaker said"), in the order of the text."""
        if head not in L.SOURCE_HEAD_SYNONYMS:
            return self._introductions(head)
        return sorted(i for h in L.SOURCE_HEAD_SYNONYMS[head] for i in self._introductions(h))

    def brought_in(self, head: str) -> bool:
        """Does the article bring in an unnamed source of this head noun ("a
        whistleblower", "one aide") that it does not name at once?"""
        return bool(self._introductions(head))

    def _told_by_gender(self, rest: str, pos: int) -> str | None:
        """ "... features a retired welder from Ostley, who says she lost her pension.
        "Q," the woman says": "the woman" (or "the man") is the unnamed source last
        brought in before ``pos`` whose own "who" clause calls them so, as introduced."""
        pronoun = L.GENDERED_PERSON_HEADS.get(rest)
        if pronoun is None:
            return None
        lo = max(0, pos - _INTRO_REACH)
        for m in reversed(list(_GENDERED_WHO.finditer(self.text, lo, pos))):
            if m.group("pronoun") != pronoun:
                return None  # (the last one brought in so is another)
            words = _LOWER_WORD.finditer(self.text, max(lo, m.start() - _INTRO_WORDS), m.start())
            for head in reversed(list(words)):
                if not _unnamed_head(head.group()):
                    continue
                for at, label in self._introductions(head.group()):
                    if at < head.start() and at + len(label) >= m.start():
                        return label  # (the label reaching the "who")
        return None

    def _introductions(self, head: str) -> list[tuple[int, str]]:
        """Where the article brings in an unnamed source of this head noun, and how
        ("a young woman", "one U.S. official"), outside quotes; not one it names
        right after ("A woman, Ann Roe, said")."""
        found = self._introduced.get(head)
        if found is None:
            # (The head word is found first, by plain search, and the article looked
            # for before it: a pattern tried at every position cost 1% of attribution.)
            found = self._introduced[head] = []
            text = self.text
            i = text.find(head)
            while i >= 0:
                end = i + len(head)
                if (
                    i > 0
                    and text[i - 1].isspace()
                    and not text[end : end + 1].isalpha()
                    and _INTRO_AFTER.match(text, end)
                    and (intro := _INTRO_BEFORE.search(text, max(0, i - _INTRO_WORDS), i))
                    and not self.inside_quote(intro.start())
                    and not _NAMED_NEXT.match(text, end)
                ):
                    phrase = unnamed_label(text, intro.start(), end)
                    found.append((intro.start(), f"{phrase[:1].lower()}{phrase[1:]}"))
                elif text.startswith("s", end) and (one := self._one_of_group(i, end + 1)):
                    found.append(one)  # "One of those officials said": "the official"
                i = text.find(head, end)
        return found

    def _one_of_group(self, i: int, end: int) -> tuple[int, str] | None:
        """ "One of those officials said", "one of the protesters, who": an unnamed
        source drawn from a group (lexicon.PARTITIVE_GROUPS), the plural head ending at
        ``end``; its start and label ("one of those officials"), outside quotes."""
        text = self.text
        if text[end : end + 1].isalpha() or not _INTRO_AFTER.match(text, end):
            return None
        one = _ONE_OF_GROUP.search(text, max(0, i - _INTRO_WORDS), i)
        if one is None or one.group(1).lower() not in L.PARTITIVE_GROUPS:
            return None
        if self.inside_quote(one.start()) or _NAMED_NEXT.match(text, end):
            return None
        phrase = text[one.start() : end]
        return one.start(), f"{phrase[:1].lower()}{phrase[1:]}"

    def _named_again(self, body: str) -> bool:
        """Is ``body`` named twice or more, never as a person's first name ("Umbro",
        "UK Coal"; not "Increased" opening one sentence)?"""
        if gender_of(body.split()[0]) is not None:
            return False
        return len(C.whole_word(body).findall(self.text)) >= 2

    def _lead_for(self, role: str, pos: int) -> str | None:
        """The story's main person for an office ("the chancellor told MPs"), unless the
        office's own sentence names them too ("The premier insisted Mr Brown will"):
        then the office is someone else."""
        if not _office(role):
            return None
        lead = self.names.lead_person(pos) or self.names.untied_lead(pos) or self._lede_reporter()
        if lead is None:
            return None
        _, end = self.sentence_span(self.para_of(pos), pos)
        if C.whole_word(lead.split()[-1]).search(self.text[pos:end]):
            return None
        return lead

    def _lede_reporter(self) -> str | None:
        """The person the story's first sentence reports ("Tony Blair has failed, Ann
        Roe has said.", "Ann Roe says ..."), named in the body more often than anyone
        else and tied to no role here: whom the story is about, though another is
        named first."""
        body = [p for p in self.article.paragraphs if p.kind == "body"]
        if not body:
            return None
        lo, hi = self.sentence_span(body[0].index, body[0].start)
        for m in self.names.mentions_between(lo, hi):
            tail = self.text[m.end : hi]
            verb = _REPORTS_NEXT.match(tail)
            if verb is None or not self.cues_in(m.end, m.end + verb.end()):
                continue
            at_end = not tail[verb.end() :].strip(" .\n")
            if not (at_end or self.opens_sentence(lo, m.start)) or not self.names.is_person(m):
                continue
            name = self.names.resolve(m)
            if name in self.names.tied_people():
                return None  # ("Liberal leader Ada Voss spoke": not "the Tory leader")
            counts = self.names._body_people()
            others = [n for other, n in counts.items() if other != name]
            if counts.get(name, 0) > max(others, default=0):
                return name
        return None

    def _relative(self, owner_word: str, kin: str, pos: int) -> str | None:
        """ "his father", "her husband" at ``pos``: the one other person named in full
        here who shares the owner's family name, when the kin noun's gender fits (a
        family's members are told apart by their given names)."""
        guess, confidence = self.lead_guess, self.pronoun_confidence
        owner = self.resolve_pronoun(_KIN_OWNERS[owner_word], pos)
        self.lead_guess, self.pronoun_confidence = guess, confidence
        if not owner or not owner[:1].isupper():
            return None
        named = self._kin_named(kin)
        words = owner.split()
        surname = words[-2] if len(words) > 2 and words[-1] in L.GENERATIONAL else words[-1]
        if named and named != owner and surname in named.split()[-1].split("-"):
            # "she is survived by a son, Nnamdi Obi" ... "Her son said" (or a daughter
            # who joined her husband's name to it: "his daughter, Abby Oka-Lind")
            return named
        if named and named == owner:
            # "Her mother, Irene Roe, still lives there." ... "her mother said": the "her"
            # fell on the mother herself, the woman named last; no one is her own mother,
            # so the relative is the one the article names so
            return named
        want = L.KIN_GENDER[kin]
        others = [
            name
            for name in self.names.full_forms(surname)
            if name != owner and self.names.gender_of(name) in (None, want)
        ]
        if not others and "-" in surname:
            others = self._joined_kin(owner, surname, want)
        if len(others) == 1:
            return others[0]  # (the one named "her husband" may be another woman's)
        return named if named != owner else None

    def _joined_kin(self, owner: str, surname: str, want: str) -> list[str]:
        """ "Ann Lind-Roe ... her husband": the people named in full by one part of the
        owner's joined family name (she joined his name to hers: "Ed Roe"), of the kin
        noun's gender; known genders only (a joined name's parts are common words)."""
        return [
            name
            for part in surname.split("-")
            for name in self.names.full_forms(part)
            if name != owner and self.names.gender_of(name) == want
        ]

    def _kin_named(self, kin: str) -> str | None:
        """The one person the article names as a ``kin`` ("her husband, Pieter
        Achterberg", "a son, Nnamdi Obi"); None when it names none or several."""
        if kin not in self._kin:
            found = set()
            pattern = rf"\b(?:[Hh]er|[Hh]is|[Aa]|[Tt]heir)\s+{kin},\s+(?:[a-z]+\s+)?"
            for m in re.finditer(pattern, self.text):
                # ("His son, state Rep. Ray Roe Jr.,": a title may stand before the name)
                for c in self.names.mentions_between(m.end(), m.end() + 80):
                    if c.start == m.end() and self.names.is_person(c):
                        found.add(self.names.resolve(c))
            self._kin[kin] = found.pop() if len(found) == 1 else None
        return self._kin[kin]

    def resolve_pronoun(self, pronoun: str, pos: int) -> str | None:
        """he/she → the most salient person of that gender before ``pos``; they/it (and a
        "the ..." phrase pointing back) → the subject of the nearest earlier sentence
        naming one."""
        if pronoun in ("he", "she"):
            choice = self.salience.resolve(pronoun, pos)
            self.pronoun_confidence = choice.confidence if choice else "medium"
            return choice.name if choice else None
        para = self.para_of(pos)
        # "Mr Coyne told the paper that he believed": the subject of the same sentence;
        # but in "Mr Blair had been hurt, he added" the pronoun is the speaker of the
        # whole sentence, so its subject is someone else.
        # A quote before the pronoun is no such clause: in `Ines Parra waited to speak:
        # "Q," she said` the sentence's subject speaks.
        s_lo, _ = self.sentence_span(para, pos)
        tail = self.text[s_lo:pos].rstrip()
        if not tail.endswith((",", '"', "”", "'", "’")) or self._after_colon_quote(s_lo, pos):
            same = self._subject(s_lo, min(pos, s_lo + WINDOW), pronoun)
            if same:
                return same[0]
        if pronoun in ("it", "they"):
            # `"Q," it said` with no subject in its sentence: the subject of an earlier
            # sentence is a guess (bodies, crowds and outlets mix there; on the open
            # golds right 8 times of 13).
            self.pronoun_confidence = "low"
        looked = 0
        p = para
        while p >= 0 and looked < _SUBJECT_LOOKBACK:
            if self.article.paragraphs[p].kind != "body":  # captions, the headline
                p -= 1
                continue
            starts = self.sentence_starts(p)
            top = bisect.bisect_right(starts, pos) - 2 if p == para else len(starts) - 1
            for j in range(top, -1, -1):
                looked += 1
                s = starts[j]
                e = starts[j + 1] if j + 1 < len(starts) else self.article.paragraphs[p].end
                subject = self._described_voice(s, e)
                if subject is None and pronoun == "the":
                    subject = self._titled_subject(s, e)
                subject = subject or self._subject(s, min(e, s + WINDOW), pronoun)
                if subject:
                    return subject[0]
                if looked >= _SUBJECT_LOOKBACK:
                    break
            p -= 1
        return None

    def _described_voice(self, lo: int, hi: int) -> tuple[str, bool] | None:
        """ "The former Wales international added that ...": a sentence whose subject
        describes the person who goes on speaking is about the speaker of the quote
        before it (not the name of the sentence in between)."""
        m = _DESCRIBED_ADDS.match(self.text, lo, hi)
        if m is None or not C.refers_back(m.group(1)):
            return None
        i = bisect.bisect_left(self.q_starts, lo) - 1
        speaker = self.quotes[i].speaker if i >= 0 else None
        if not speaker or len(speaker.split()) < 2 or not speaker[:1].isupper():
            return None
        if self._focus_moved(self.quotes[i].end, lo, speaker):
            return None
        return speaker, False

    def _focus_moved(self, lo: int, hi: int, speaker: str) -> bool:
        """Does ``text[lo:hi]`` name another person and never the speaker again? Then
        "The Fenwick Democrat said" after it describes that person, not the one quoted
        before (`Q," Roe said. ¶ Lutz pointed to a clause. The Fenwick Democrat said`)."""
        other = False
        for c in self.candidates(lo, hi):
            if c.kind != "name" or c.mention is None or not self.names.is_person(c.mention):
                continue
            if self.names.resolve(c.mention) == speaker:
                return False
            other = True
        return other

    def _titled_subject(self, lo: int, hi: int) -> tuple[str, bool] | None:
        """ "The mayor brushed off the criticism.": a sentence opened by a role the
        article ties to one person is about that person, so a "the ..." phrase
        pointing back ("the Democrat said") is them, not a name further back."""
        m = _ROLE_OPENS.match(self.text, lo, hi)
        if m is None or not is_role(m.group(1).rsplit(" ", 1)[-1].lower()):
            return None
        name = self.names.by_title(m.group(1), lo)
        return (name, False) if name else None

    def _after_colon_quote(self, s_lo: int, pos: int) -> bool:
        """Does the stretch before ``pos`` hold a cue or end with a quote introduced by a
        colon (`Ines Parra waited to speak: "Q," she said`)? Then the sentence's own
        subject is who the pronoun means."""
        if self.cues_in(s_lo, pos):
            return True
        i = bisect.bisect_right(self.q_starts, pos) - 1
        if i < 0 or self.quotes[i].start < s_lo:
            return False
        return self.text[s_lo : self.quotes[i].start].rstrip().endswith(":")

    def _subject(self, lo: int, hi: int, pronoun: str) -> tuple[str, bool] | None:
        """First mention in ``text[lo:hi]`` the pronoun can stand for (None: none), and
        whether it stands where an object does ("lost to France's Nathalie Dechy").

        Cached: quotes in a row look back over the same sentences."""
        key = (lo, hi, pronoun)
        if key not in self._subjects:
            self._subjects[key] = self._find_subject(lo, hi, pronoun)
        return self._subjects[key]

    def _find_subject(self, lo: int, hi: int, pronoun: str) -> tuple[str, bool] | None:
        fronted = C.FRONTED.match(self.text, lo, hi)
        if fronted:
            # "When Lee beat Ortiz, Kroll sent a note": the main clause's subject first.
            main = self._subject_in(fronted.end(), hi, pronoun)
            if main:
                return main
        return self._subject_in(lo, hi, pronoun)

    def _after_preposition(self, pos: int) -> bool:
        if not (pos and self.text[pos - 1].isspace()):
            return False  # (both patterns end in white space: spares two searches)
        return C.OBJECT_BEFORE.search(self.text, max(0, pos - 30), pos) or (
            C.PREPOSITION_BEFORE.search(self.text, max(0, pos - 6), pos)
        )

    def _subject_in(self, lo: int, hi: int, pronoun: str) -> tuple[str, bool] | None:
        cands = self.candidates(lo, hi, possessors=True)
        if pronoun == "they" and (declared := self._declared_they(cands)):
            return declared, False
        for k, c in enumerate(cands):
            if k + 1 < len(cands) and self.text.endswith(" of ", 0, c.start):
                continue  # "the re-election of George W Bush, Mr Kennedy said"
            if c.kind == "pronoun":
                if c.words.lower() == pronoun and (k == 0 or self.opens_sentence(lo, c.start)):
                    # "He sees Owen as ...", "But he said Mr Blair ...": the same person
                    # is the subject again; look further back.
                    return None
                continue
            if pronoun in ("they", "it"):
                if self.text.endswith(_RELATIVE_OPENERS, 0, c.start):
                    continue  # "The bill, which ministers claim will ...": not the subject
                if _TOLD.search(self.text, max(0, c.start - 14), c.start):
                    continue  # ""Q," he told the BBC.": the listener, not who said it
                if c.mention is not None and c.mention.tokens[-1] in L.STREET_NOUNS:
                    continue  # ("who live on Elm Avenue, Ann and Ed Roe, said they")
                # "it said": the company or body named before, never a person.
                if c.kind == "nominal":
                    return self.resolve_phrase(c.words, c.start), False
                if k == 0 and self._noun_opening(c, lo):
                    return None  # "Demand for the Zenbox has been strong": no body here
                body = self._body(c) or self._person_shaped_body(c, pronoun)
                if c.mention is not None and body:
                    return self.names.resolve(c.mention), False
                continue
            if c.kind == "nominal":
                # "A spokesman for the ministry said ... he said": the spokesman.
                if one_person(c.words):
                    return self.resolve_phrase(c.words, c.start), False
                continue
            m = c.mention  # (a name: pronouns and noun phrases are settled above)
            if m is None or not self.names.is_person(m):
                continue
            name = self.names.resolve(m)
            return name, C.OBJECT_BEFORE.search(self.text, max(lo, c.start - 30), c.start)
        return None

    def _declared_they(self, cands: list[Candidate]) -> str | None:
        """A person the article says goes by "they", named in the sentence before any
        group ("Sam Roe, who uses they/them pronouns, runs a team"; "Her boss, Ed Lutz,
        said Roe was the best"): a "they" looking back is that person, not the team,
        nor a singular role beside them (None: no such person, or a group comes first)."""
        if not self.they_people:
            return None
        for c in cands:
            if c.kind == "nominal" and not one_person(c.words):
                return None  # "a group of volunteers said they": the group
            m = c.mention
            if c.kind != "name" or m is None or not self.names.is_person(m):
                continue
            if (name := self.names.resolve(m)) in self.they_people:
                return name
        return None

    @property
    def they_people(self) -> frozenset[str]:
        """The people the article says go by "they": the last person named before
        "uses they/them" (or "prefers the pronouns they and them") in its sentence."""
        if self._they is None:
            found: set[str] = set()
            for m in _THEY_DECLARED.finditer(self.text):
                lo, _ = self.sentence_span(self.para_of(m.start()), m.start())
                people = [
                    c for c in self.names.mentions_between(lo, m.start()) if self.names.is_person(c)
                ]
                if people:
                    found.add(self.names.resolve(people[-1]))
            self._they = frozenset(found)
        return self._they

    def _body(self, c: Candidate) -> bool:
        """A name "it" or "they" may stand for: an organisation named on its own, not a
        month, a capitalised common word ("Users") or part of a longer name
        ("Distribution and Exhibition")."""
        m = c.mention
        if m is None or self.names.is_person(m) or m.words in L.NOT_BODIES:
            return False
        if C.ACRONYM_PLURAL.fullmatch(m.words):
            return False  # "the three DJs", "MPs": people, not a body
        if len(m.tokens) == 1:
            # One word: "Acme", "IBM"; not a plural opening a sentence ("Users will").
            opening = self.opens_sentence(
                self.sentence_span(self.para_of(c.start), c.start)[0], c.start
            )
            # ("Yukos asked ...": a name all the same when the article also writes it
            # capitalised inside a sentence.)
            plural = m.words.endswith("s") and not m.words.isupper()
            if plural and opening and not _named_inside(m.words).search(self.text):
                return False
            if plural and _singular_named(m.words).search(self.text):
                return False  # "all Zenboxes sold" of "its Zenbox": things, no body
        return not C.JOINED_BEFORE.search(self.text, max(0, c.start - 6), c.start)

    def _noun_opening(self, c: Candidate, lo: int) -> bool:
        """Is ``c`` one capitalised word opening the sentence at ``lo`` with a
        lower-case complement after it ("Demand for the Zenbox", "Sales of its
        phones"), never written capitalised inside a sentence? A common noun, the
        sentence's subject: no body "it" stands for, nor one named in its complement."""
        m = c.mention
        return (
            m is not None
            and len(m.tokens) == 1
            and not self.text[lo : c.start].strip(" \"“‘'")
            and _NOUN_COMPLEMENT.match(self.text, c.end) is not None
            and not _named_inside(m.words).search(self.text)
        )

    def _person_shaped_body(self, c: Candidate, pronoun: str) -> bool:
        """ "Gorley Wimby posted a loss. "Q," it added.": a name shaped like a person's,
        never given an honorific here, is the body "it" stands for (no person is "it")
        when its first word is no known given name or the article trades its shares or
        counts its profits ("shares in Wimby", "Wimby plc")."""
        m = c.mention
        if pronoun != "it" or m is None or m.honorific:
            return False
        name = self.names.resolve(m)
        tokens = name.split()
        if len(tokens) != 2 or tokens[0] in L.HONORIFICS:
            return False
        surname = re.escape(tokens[-1])
        if re.search(rf"\b(?:{'|'.join(L.HONORIFICS)})\.? {surname}\b", self.text):
            return False
        if not (gender_of(tokens[0]) or self.names.gender_of(name)):
            return True
        return re.search(_BODY_MARKS.replace("NAME", surname), self.text) is not None

    def opens_sentence(self, lo: int, pos: int) -> bool:
        """Is ``pos`` among the first three words of the sentence starting at ``lo``?"""
        return len(self.text[lo:pos].split()) < 3

    def para_of(self, pos: int) -> int:
        """The paragraph holding ``pos``: the last starting at or before it (0 before
        the first), found on the starts listed once per article."""
        return max(bisect.bisect_right(self._para_starts, pos) - 1, 0)


# Up to three lower-case words after a name, none a verb or a joining word: the
# nouns a name may modify ("Senate majority leader").
_MODIFIED_NOUNS: Final = re.compile(rf"(?:{C.MODIFIED_NOUN.pattern}){{1,3}}")

_BODY_NOUN: Final = re.compile(L.BODY_NOUNS)
# The article opening a phrase a name modifies, and what stands before the name:
# "a former (Border Patrol agent)".
_ARTICLE_BEFORE: Final = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?|[Oo]ne) (?:[a-z][\w-]* ){0,2})?$")
_INDEFINITE_ENDS: Final = frozenset(("a ", "A ", "n "))  # (a cheap first look for "a"/"an")
# A lower-case plural noun then a verb after a capitalised word ("Rival parties say").
_PLURAL_THEN_CUE: Final = re.compile(r" ([a-z]{3,}[^s\W]s) ([a-z]+)\b")
# What stands just before a sentence's first word: nothing, or a sentence's end.
_SENTENCE_OPEN: Final = re.compile(r"(?:\A|\n|[.!?][\"”’]? )$")
_BODY_JOINERS: Final = frozenset((" and ", " for ", " of ", " of the ", " & "))
# After a title: the person it names ("Oscars host and comedian Chris Rock").
# "(Falcone)'s office", "(Roe)'s campaign": what speaks for the person owning it.
# A possessive right before its reporting verb ("Harrow's said"): it owns no noun.
_FIRM_VERB: Final = re.compile(r"['’]s\s+(?:also\s+)?([a-z]+)\b")
# A partner's name joined by "&" right before a name ("Standard & (Vane's)").
_AMPERSAND_PARTNER: Final = re.compile(r"(?<![\w&])[A-Z][\w.-]*(?: [A-Z][\w.-]*)? & $")
_PARTNER_REACH: Final = 40  # chars before the name read for such a partner
_OWN_VOICE: Final = re.compile(rf"['’]s (?:{'|'.join(sorted(L.OWN_VOICES))})\b(?!['’-])")
# "(ICE)'s Denver field office", "(the FBI)'s Boston bureau": a body's office, named
# by its place.
_UNIT_OWNED: Final = re.compile(
    rf"['’]s (?:[A-Z][\w.-]* ){{1,3}}(?:[a-z]+ )?(?:{'|'.join(sorted(L.UNIT_NOUNS))})\b"
)
# "(Moms for Tarnlight)'s Ely Ridge chapter": a members' group's chapter, by its place.
_LOCAL_CHAPTER: Final = re.compile(rf"['’]s (?:[A-Z][\w.-]* ){{1,3}}(?:{L.LOCAL_UNITS})\b")
_COUNTS: Final = frozenset(("some", "two", "several"))  # article words that count people


def _owns_unit(words: str) -> bool:
    """Does the phrase end on a group's local chapter ("Moms for Tarnlight's Ely
    chapter")? It is the chapter's whole name, not a bare plural with a complement."""
    unit = _LOCAL_CHAPTER.search(words)
    return unit is not None and unit.end() == len(words)


_RELATIVE_OPENERS: Final = (", which ", ", whom ", " which ")  # a relative clause's subject


# A body brought in by its kind, then its name: "a coalition called Tarnians for Plain
# Ballots", "the advocacy group known as Fair Fields Now" (group 1 is the name).
_CALLED_BODY: Final = re.compile(
    rf"\b(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{'|'.join(sorted(L.BODY_REFERENCES))})"
    rf"\s+(?:called|named|known\s+as)\s+({C.ORG_NAME.pattern})"
)


@lru_cache(maxsize=256)
def _described_kind(kind: str) -> re.Pattern[str]:
    """A body's name and its description as ``kind`` ("Tarn Care Association, the
    industry's trade group,"), compiled once per kind (re's own cache is shared with
    every pattern of the package, and this one is long to compile)."""
    return re.compile(
        rf"({C.ORG_NAME.pattern}),\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,3}}?{re.escape(kind)},"
    )


@lru_cache(maxsize=1024)
def _named_inside(word: str) -> re.Pattern[str]:
    """``word`` capitalised after a lower-case word or a comma: inside a sentence, so a
    name ("shares in Yukos", not "Users" opening one)."""
    return re.compile(rf"[a-z,] {re.escape(word)}\b")


# A common noun's complement after it: " for the", " of its", " in a".
_NOUN_COMPLEMENT: Final = re.compile(r" (?:of|for|in|at|from|on) [a-z]")


@lru_cache(maxsize=1024)
def _singular_named(word: str) -> re.Pattern[str]:
    """The singular of the plural name ``word`` ("Zenbox" of "Zenboxes"): when the
    article writes it too, the plural counts things, never a body."""
    stem = word[:-2] if word.endswith("es") else word[:-1]
    return re.compile(rf"\b{re.escape(stem)}(?:{re.escape(word[len(stem) : -1])})?\b")


# What only a company has, around its name ("shares in NAME", "NAME plc", "NAME's
# profits"): a name shaped like a person's that is a firm.
_BODY_MARKS: Final = (
    r"\b[Ss]hares (?:in|of) (?:[A-Z]\w+ )?NAME\b|\bNAME(?:['’]s)? "
    r"(?:plc|Plc|PLC|Ltd|shares|share price|profits?|pre-tax|turnover|revenues?)\b"
)
_TITLES_PERSON: Final = -1  # (_modified_head: the name opens a title before a person's name)
_NAME_NEXT: Final = re.compile(r" (?:and [a-z]+ )?[A-Z]")


# What goes on past a noun phrase's complement when it stopped inside a name: "(the
# Centers) for Medicare", "(Montana Gov). Ray", "(Achebe-Lindell)'s campaign".
_NAME_GOES_ON: Final = re.compile(r" (?:for|of) [A-Z]|['’]s? [a-z]")
_ABBREVIATED_NEXT: Final = re.compile(r"\. [A-Z]")
_NOUN_GOES_ON: Final = re.compile(r" ([a-z][\w-]*)")


# A name set between commas after a noun phrase: "the PAC|, Upstate Forward,".
_APPOSED_FIRST: Final = re.compile(r", ([A-Z][a-z]+),")  # "his wife, Sue,"
# What describes a body after its kind noun: "(union) representing Tarn officers".
_DESCRIBING: Final = re.compile(r" (?:representing|for|of|behind|backing|that represents) ")
_DESCRIBING_TAIL: Final = re.compile(_DESCRIBING.pattern + r"[^,.;:\"“”]{1,60}(?=, )")
_APPOSED_NAME: Final = re.compile(
    r", (?:[Tt]he )?([A-Z][\w&'’.-]*(?: (?:of |for |and |& )?[A-Z][\w&'’.-]*){0,6}),"
)


def _name_cut(text: str, words: str, end: int) -> bool:
    """Does the noun phrase ``words`` ending at ``end`` stop inside a name?"""
    if C.COMPLEMENT_START.search(words) is None:
        return False
    if _NAME_GOES_ON.match(text, end):
        return True
    noun = _NOUN_GOES_ON.match(text, end)
    if noun and C.speaks(noun.group(1)):
        return True  # "a spokeswoman for the Tillage (governor)": the phrase goes on
    last = words.rsplit(" ", 1)[-1]
    return last in L.DOTTED_HONORIFICS and _ABBREVIATED_NEXT.match(text, end) is not None


def _indefinite_before(text: str, pos: int) -> bool:
    """Does "a " or "an " stand right before ``pos`` (a word of its own)? No person's
    name follows an indefinite article: "a (Cincinnati Reds jersey)"."""
    before = text[max(0, pos - 4) : pos]
    if before.endswith(("a ", "A ")):
        return len(before) < 3 or not before[-3].isalnum()
    return before.endswith(("an ", "An ")) and (len(before) < 4 or not before[-4].isalnum())


def _unnamed_head(word: str) -> bool:
    """Can "the <word>" stand for an unnamed source brought in before ("the official",
    "the woman", "the adviser")?"""
    return word == "person" or C.PERSON_NOUN.fullmatch(word) is not None or unnamed_person(word)


@lru_cache(maxsize=4096)
def _person_head(word: str) -> bool:
    """Does a lower-case noun name a person or a job ("governor", "boss", "critics"),
    not a body ("Reuters news agency" is Reuters)?"""
    single = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    if _BODY_NOUN.fullmatch(word) or single in L.AGENT_BODIES:
        return False
    return single in L.CONTENDER_NOUNS or is_role(word) or is_role(single) or unnamed_person(single)


# What may follow an apposition's head before its closing comma: "(a legal aid group)
# based in Las Cruces,", "(a nonprofit) that tracks pollution,".
_APPOSITION_TAIL: Final = re.compile(
    r",| (?:based|that|which|in|of|from|with|founded)\b[^,.;:“”\"]{1,60},"
)


def _closes_apposition(text: str, end: int) -> bool:
    """Does the apposition whose head ends at ``end`` close there, or after a short
    modifier of that head, with a comma?"""
    return _APPOSITION_TAIL.match(text, end) is not None


_BLANK_MAX: Final = 4  # chars: a window this short is checked for holding only white space
_BODY_HEADS: Final = L.NAMED_BODY_HEADS | L.BODY_REFERENCES
# "One of them, (a nurse on the cardiac floor)( who ...|,)": one drawn from a group, described.
_DRAWN_OPENING: Final = re.compile(
    r"[\"“‘']?[Oo]ne\s+of\s+(?P<group>[a-z]+)(?:\s+[\w'’-]+){0,3}?,\s+"
    r"(?P<desc>an?\s+[^,;:\"“”()]{2,100}?)(?=\s+who\b|,)"
)
_UNNAMED_FIRST: Final = frozenset("AaOo\"“‘'")  # how an unnamed person's clause may open
_KIN_FIRST: Final = frozenset("HhTt\"“‘'")  # how a clause opening with "Her husband" may open
# Quote marks none of the candidates' patterns reads through (see _outside_quotes).
_OPENING_MARKS: Final = frozenset('"“')
_CLOSING_MARKS: Final = frozenset('"”.?!')
# What may follow an unnamed source brought in as "a senior official": who they are.
# An unnamed source's introduction, up to its head noun: "one U.S. official", "a
# senior DHS official" ("U.S." but not "a reply. The"); what may follow the head.
# (Or by whose source it is: "the prime minister's spokesman", "the
# mayor's official spokeswoman".)
_INTRO_BEFORE: Final = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he\s+(?:[a-z]+\s+)?[a-z]+['’]s)\s+"
    rf"(?:(?:{L.GROUP_OF_NOUNS})\s+of\s+)?"
    rf"(?:(?!(?:{L.NEW_PHRASE_OPENERS})\s)(?:(?:[A-Z]\.)+|[\w'’-]+)\s+){{0,3}}$"
)
# "One of those (senior) (officials)": the group's determiner, group 1.
_ONE_OF_GROUP: Final = re.compile(r"\b[Oo]ne\s+of\s+([a-z]+)\s+(?:[\w'’-]+\s+){0,2}$")
_INTRO_WORDS: Final = 90  # chars before the head where its article may stand
_INTRO_NEXT: Final = (
    "who|said|says|told|added|speaking|familiar|close|with|at|in|for|from|near|on|outside|"
    "was|is|has|had|would"  # ("One senior aide was skeptical")
)
# ... or a participle telling which one: "a strategist involved in", "a diplomat briefed
# on" (not one naming them: "a man named Ann Roe").
_INTRO_AFTER: Final = re.compile(
    rf"\s*[,.;:]|\s+(?:{_INTRO_NEXT}|(?!named\b|called\b)[a-z]{{3,}}(?:ed|ing))\b"
)
# What tells which one an unnamed source is, kept in its label: a place or group closed
# by a comma ("a strategist in Tarn County,"), or a relative clause up to a comma or the
# main verb ("a senator who has dealt with both officials was blunter").
# " for Darlington Council": the body an unnamed source speaks for, after its head.
_FOR_BODY: Final = re.compile(
    r" for (?:the )?[A-Z][\w'’&.-]*(?:(?: of| for| and| &)? [A-Z][\w'’&.-]*){0,5}"
)


# "A woman, Ann Roe, said": an unnamed source the article names at once.
_NAMED_NEXT: Final = re.compile(r"\s*,\s+[A-Z][\w'’-]+ [A-Z]")
# "(a retired welder from Ostley), who says she": the pronoun a "who" clause gives.
_GENDERED_WHO: Final = re.compile(r",\s+who\s+(?:[a-z]+\s+){0,2}?(?P<pronoun>she|he)\b")
_LOWER_WORD: Final = re.compile(r"\b[a-z]+\b")
_INTRO_REACH: Final = 2500  # chars: "the official" refers to one brought in this close before


def _described(words: str) -> bool:
    """ "the star of Rain Man", "the MP for Sittingbourne": one person described by what
    they are the star or the member of (not an office: "the prime minister of Italy");
    or by their age ("the 61-year-old former Ostley chairman")."""
    if _aged_person(words):
        return True
    m = _DESCRIBED.match(words)
    if m is None:
        return False
    return C.REFERENCE_HEAD.search(m.group(1)) is not None or m.group(2) in L.DESCRIBED_HEADS


_BODY_HEAD: Final = re.compile(rf"(?:{L.BODY_NOUNS})")
_OWN_PRONOUN: Final = re.compile(r"\b(?:[Hh]is|[Hh]er)\b")


def _epithet(rest: str) -> bool:
    """ "(the) Salford MP", "(the) Spectator editor", "(the) Tory leader", "(the) legal
    assistant": a person's job told with what sets it apart, which news copy puts
    for the person just named rather than repeat the name. Not a bare office ("the
    prime minister", "the chief executive": its holder, often someone else), another
    office ("the deputy leader", "the shadow chancellor"), a country's office ("the
    Russian president": often the other side of a meeting), someone's voice ("the
    Tory spokesman", "the rapper's spokesman") or a possessive's job."""
    words = rest.split()
    if not 2 <= len(words) <= 4 or any(w.endswith(("'s", "’s")) for w in words):
        return False
    head, mods = words[-1], [w.lower() for w in words[:-1]]
    low = head.lower()
    if not head.islower() and head not in L.DESCRIBED_HEADS:
        return False  # ("the Lord Chancellor": a title, written before the name)
    if is_role(" ".join(words[-2:]).lower()) or _BODY_HEAD.fullmatch(low):
        return False  # ("the Lib Dem chief executive": an office; "the Times newspaper")
    if low in L.SOURCE_NOUNS or not (
        head in L.DESCRIBED_HEADS or is_role(low) or unnamed_person(low)
    ):
        return False
    if any((w in L.ROLE_QUALIFIERS and w != "former") or w in L.NOT_THE_SAME for w in mods):
        return False
    proper = [w for w in words[:-1] if w[:1].isupper()]
    if not proper:
        return not _office(rest) and not is_role(rest.lower())
    return low not in L.OFFICE_HEADS or not any(_nation_word(w) for w in proper)


def _nation_word(word: str) -> bool:
    """A country's adjective or short name before an office ("Russian", "French",
    "US"): the office is that country's, not a description of the one just named."""
    return (
        word in L.PLAIN_NATIONALITIES
        or word.isupper()
        or (word.endswith(("an", "ese", "ish", "i")) and word.lower() not in L.PARTIES)
    )


def _aged_person(words: str) -> bool:
    """ "the 61-year-old former Ostley chairman": an age set before a person's noun
    describes the one person the text is about, whatever role ends the phrase (not
    "the 100-year-old mill": no person)."""
    if _AGED.search(words) is None:
        return False
    head = words.rsplit(" ", 1)[-1].lower()
    return is_role(head) or unnamed_person(head)


# A listener's verb right before a name: "he told (the BBC)".
_TOLD: Final = re.compile(r"\b(?:told|tells|telling)\s+(?:the\s+)?$")
# "(Ann Roe) has said.", "(Ann Roe) says ...": a reporting verb right after a name.
_REPORTS_NEXT: Final = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?[a-z]+\b")


def _office(role: str) -> bool:
    """ "prime minister", "Russian president": an office one person holds, which in a
    news story names the person it is about; not "spokesman" (someone else's voice),
    nor "deputy leader" or "shadow chancellor" (another office), nor one a possessive
    gives to its owner ("the commission's chairman": the commission's, not the lead's)."""
    words = role.lower().split()
    if not words or len(words) > 3 or words[-1] not in L.OFFICE_HEADS:
        return False
    return not any(w in L.ROLE_QUALIFIERS or w.endswith(("'s", "’s")) for w in words)
