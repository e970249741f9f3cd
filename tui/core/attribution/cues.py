"""Regular expressions attribution scans text with, built from the lexicon.

Every pattern that scans running text opens with a lookahead on its possible first
letters: Python's regex engine then rejects most positions at once instead of
trying every alternative there, which makes these scans several times faster.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from tui.core.attribution.lexicon import (
    AIDE_NOUNS,
    ASKED_OPENERS,
    ASKED_QUESTION_WORDS,
    BODY_NOUNS,
    COMPLEMENT_PREPOSITIONS,
    DETERMINERS,
    DOTTED_HONORIFICS,
    FINITE_CUES,
    FRONTING,
    KIN_GENDER,
    KIN_NOUNS,
    NEW_PHRASE_OPENERS,
    NOT_AGENT_NOUNS,
    NOT_MODIFIERS,
    PARTICIPLE_CUES,
    PARTY_MEMBERS,
    PERSON_NOUN_TAILS,
    PERSON_NOUNS,
    REFERENCE_HEADS,
    REPLY_NOUNS,
    ROLE_HEADS,
    SAYING_VERBS,
    SPEAKING_HEADS,
    SPEECH_NOUNS,
    TITLE_WORDS,
    VOICED_HOLDERS,
    first_letters,
)


def trie_alternation(words: frozenset[str] | set[str]) -> str:
    """One regular expression matching any of ``words``, shaped as a prefix tree.

    A flat alternation of hundreds of verb forms makes the engine try each in turn at
    every position; a tree shares prefixes ("add", "added", "adding"), so a scan
    costs about as much as with a few words. Longer words are tried first.
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    return build(trie)


def _expand(alternation: str) -> frozenset[str] | None:
    """The words a plain regular-expression alternation matches ("officials?|spokes(?:
    man|woman)" → official, officials, spokesman, spokeswoman), or None when it uses
    more than letters, spaces, hyphens, "?" and "(?:...)" groups."""

    def alternatives(i: int) -> tuple[set[str], int]:
        words: set[str] = set()
        while True:
            seq, i = sequence(i)
            words |= seq
            if i < len(alternation) and alternation[i] == "|":
                i += 1
                continue
            return words, i

    def sequence(i: int) -> tuple[set[str], int]:
        out = {""}
        while i < len(alternation) and alternation[i] not in "|)":
            if alternation.startswith("(?:", i):
                part, i = alternatives(i + 3)
                if i >= len(alternation) or alternation[i] != ")":
                    raise ValueError(alternation)
                i += 1
            elif alternation[i].isalpha() or alternation[i] in " -":
                part, i = {alternation[i]}, i + 1
            else:
                raise ValueError(alternation)
            if alternation[i : i + 1] == "?":
                part, i = part | {""}, i + 1
            out = {a + b for a in out for b in part}
        return out, i

    try:
        words, end = alternatives(0)
    except ValueError:
        return None
    return frozenset(words) if end == len(alternation) and "" not in words else None


def trie_of(alternation: str) -> str:
    """``alternation`` as a prefix tree (:func:`trie_alternation`) when :func:`_expand`
    can read it, else as it is. Only where what follows a word decides which word
    matches (a ``\b`` or a space), so the order of the words does not matter."""
    words = _expand(alternation)
    return alternation if words is None else trie_alternation(words)


FINITE: Final = trie_alternation(FINITE_CUES)
PARTICIPLE: Final = trie_alternation(PARTICIPLE_CUES)
_CUE_STARTS: Final = "".join(sorted({w[0] for w in FINITE_CUES | PARTICIPLE_CUES} | set("aAiI")))

NOUN_BEFORE: Final = re.compile(
    r"(?:['’]s?|\b(?:the|a|an|his|her|its|their|these|those|such|of|in|no|most|many|all|"
    r"some|several|both|other|few|\d[\d,]*))\s+$"
)
# What follows "went on"/"continued" when they report speech: a mark, not an object,
# or "to" and a verb of saying ("went on to criticise "Q"", not "went on to win").
SPEECH_GOES_ON: Final = re.compile(
    r"\s*(?:[:,.;]|[\"“‘']|$)|\s+to\s+(?:"
    + trie_alternation(frozenset(v.replace("_", " ") for v in SAYING_VERBS.split()))
    + r")\b"
)
NOUN_AFTER: Final = re.compile(r"\s+(?:of|about|from|over|were|are|was|by|as)\b")
BY_AGENT: Final = re.compile(r"\s+by\s+")
# The agent of a passive verb after its quote (and one more joined on): `described as
# "irresponsible" and "outrageous" by the IHRC`.
AGENT_AFTER: Final = re.compile(r"(?:\s+(?:and|or)\s+[\"“‘'][^\"”’'\n]{1,80}[\"”’'])?\s+by\s+")
_AS_SAYING: Final = "as saying"
_ACCORDING: Final = "(?:A|a)ccording to|in the words of"
_STATEMENT: Final = "(?:I|i)n a (?:statement|letter|interview|blog|post|speech|tweet)"
CUE: Final = re.compile(
    rf"(?=[{_CUE_STARTS}])\b(?<!-)"
    rf"(?:(?P<as>{_AS_SAYING})|(?P<fin>{FINITE})|(?P<part>{PARTICIPLE})"
    rf"|(?P<acc>{_ACCORDING})|(?P<stmt>{_STATEMENT}))\b"
)
# Where CUE can match, found at a third of its cost: the character before the word (not
# a word character nor a hyphen, so CUE's boundary holds), then any of its words in one
# prefix tree. Opening with a class of characters, it lets the engine skip ahead at C
# speed; CUE itself opens with a lookahead, so the engine tries every position, and its
# five groups make it walk two prefix trees at every word. See :func:`scan_words`.


def _cue_at() -> re.Pattern[str]:
    """:data:`CUE_AT` (an error at import if CUE's phrases could not be read as words)."""
    phrases = _expand(f"{_AS_SAYING}|{_ACCORDING}|{_STATEMENT}")
    words = FINITE_CUES | PARTICIPLE_CUES | (phrases or frozenset())
    if phrases is None or not all(w[:1].isalpha() for w in words):
        raise ValueError("CUE_AT needs CUE's words, each opening with a letter")
    return re.compile(rf"[^\w-](?:{trie_alternation(words)})\b")


CUE_AT: Final = _cue_at()


def ascii_twin(at: re.Pattern[str]) -> re.Pattern[str]:
    """``at`` (of :func:`scan_words`) for a text of ASCII characters only: its opening
    class of non-word characters spelled out, "[^0-9A-Z_a-z]", which the engine tests
    in a bitmap, where ``\\W`` looks every character of the scan up in the Unicode
    tables. In ASCII text ``\\w`` is exactly those characters: the same matches."""
    for opening, spelled in ((r"[^\w-]", "[^0-9A-Z_a-z-]"), (r"\W", "[^0-9A-Z_a-z]")):
        if at.pattern.startswith(opening):
            return re.compile(spelled + at.pattern[len(opening) :], at.flags)
    raise ValueError(f"no class of non-word characters opens {at.pattern[:20]!r}")


CUE_AT_ASCII: Final = ascii_twin(CUE_AT)


class TailPattern:
    """A pattern that opens with a word boundary and a word and ends in "$": the words
    that end a window ("beaten by |Dechy"). ``search`` tells whether it matches in a
    window, found faster: the pattern after one character that is no word character
    (which the boundary needs before the word) opens with a class of characters, so the
    engine skips ahead to those at C speed, where a boundary first makes it try the
    words at every position. A match at the very start of the text has no character
    before it, so it is tried apart."""

    def __init__(self, pattern: str) -> None:
        if not pattern.startswith("\\b") or not pattern.endswith("$"):
            raise ValueError(f"a tail pattern opens with \\b and ends in $: {pattern[:20]!r}")
        self.pattern = re.compile(pattern)
        self.at = re.compile(rf"\W{pattern}")
        self.at_ascii = ascii_twin(self.at)

    def search(self, text: str, lo: int, hi: int) -> bool:
        """``self.pattern.search(text, lo, hi) is not None``."""
        if lo <= 0:
            if self.pattern.match(text, 0, hi) is not None:
                return True
            lo = 1
        at = self.at_ascii if text.isascii() else self.at
        return at.search(text, lo - 1, hi) is not None


def cue_words(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """``list(CUE.finditer(text, lo, hi))``, found faster (:func:`scan_words`)."""
    return scan_words(CUE, CUE_AT_ASCII if text.isascii() else CUE_AT, text, lo, hi)


def first_cue(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """``CUE.search(text, lo, hi)``, found faster (:func:`first_word`)."""
    return first_word(CUE, CUE_AT_ASCII if text.isascii() else CUE_AT, text, lo, hi)


def scan_words(
    pattern: re.Pattern[str], at: re.Pattern[str], text: str, lo: int, hi: int
) -> list[re.Match[str]]:
    """``list(pattern.finditer(text, lo, hi))``, found with ``at``, for a ``pattern`` that
    only matches at the start of a word (its first character a word character and the
    one before it none): ``at`` matches that character before, then what ``pattern``
    matches there (the same text, as far as ``hi``), and opens with a class of
    characters, which the engine skips ahead to at C speed. Each place ``at`` finds is
    matched with ``pattern`` (its groups), and the scan goes on where that match ends,
    as ``finditer`` does; a match at the very start of the text has no character
    before it, so it is tried apart."""
    found: list[re.Match[str]] = []
    m = first_word(pattern, at, text, lo, hi)
    while m is not None:
        found.append(m)
        m = first_word(pattern, at, text, m.end(), hi)
    return found


def first_word(
    pattern: re.Pattern[str], at: re.Pattern[str], text: str, lo: int, hi: int
) -> re.Match[str] | None:
    """``pattern.search(text, lo, hi)`` for a ``pattern`` of :func:`scan_words`, found
    the same faster way: the first of its matches there."""
    if hi <= lo:
        return None
    if lo == 0:
        m = pattern.match(text, 0, hi)
        if m is not None:
            return m
    pos = lo
    while True:
        # (From the character before ``pos``: a match right at ``pos`` is found too.)
        s = at.search(text, pos - 1 if pos > 0 else 0, hi)
        if s is None:
            return None
        m = pattern.match(text, s.start() + 1, hi)
        if m is not None:
            return m
        pos = s.start() + 2  # (never: ``at`` matched the same words there)


_DOTTED: Final = "|".join(sorted(DOTTED_HONORIFICS))  # "a lawyer for Mr. Tillotson"
# (Each pronoun opens with its bare first letter and checks the word boundary before
# it with a lookbehind after it, so the pattern opens with a choice of letters: the
# engine skips ahead to them at C speed, where a lookahead first makes it try every
# position. The same matches as "\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\b".)
PRONOUN: Final = re.compile(
    "|".join(
        rf"{w[0]}(?<!\w{w[0]}){w[1:]}\b"
        for w in ["He", "he", "She", "she", "They", "they", "It", "it"]
    )
)
# Between a role and the name apposed to it: "A spokeswoman| for the governor, |Cara".
APPOSED_GAP: Final = re.compile(r"(?: (?:for|of|at|with|to) [^,.;:“”\"]{0,50}?([\w-]+))?, ")
# "a spokesman for Acme Foods", "lawyers for Mr. Tillotson", "a spokesperson for U.S.
# Customs", "a person close to Roe-Tan": whose voice the noun is.
_COMPLEMENT: Final = (
    rf"(?:\s+(?:for|at|of|from|with|close\s+to)\s+(?:the\s+)?(?:(?:{_DOTTED}|[A-Z]\.[A-Z])\.\s+)?[A-Z][\w&'’-]*"
    # ("for" and "of the" go on inside a body's name: "the Centers for Tillage and
    # Orchard Services", "the Office of the Harbor Inspector")
    r"(?:\s+(?:(?:and|&|of|for|of\s+the)\s+)?[A-Z][\w&'’-]*){0,5}"
    # ("a spokesman for the governor", "an aide to the congressman"; not "for the
    # committee's chairman")
    rf"|\s+(?:for|to)\s+the\s+(?:[a-z][\w-]*\s+)?(?:{'|'.join(sorted(VOICED_HOLDERS))})\b(?!['’])"
    r")?"
)
# (A determiner after others opens a phrase of its own: lexicon.NEW_PHRASE_OPENERS.)
_NEW_PHRASE: Final = rf"(?:{NEW_PHRASE_OPENERS})\s"
# (Its word lists are prefix trees: tried at every word of every window searched.)
_NOUNS: Final = trie_of(f"{PERSON_NOUNS}|{BODY_NOUNS}")
# (not the first part of a hyphened word: "a county judge-executive" is no "judge")
_NOT_CUT: Final = rf"(?!-(?!(?:{'|'.join(PERSON_NOUN_TAILS)})\b)\w)"
NOMINAL: Final = re.compile(
    rf"(?=[{first_letters(PERSON_NOUNS, BODY_NOUNS, DETERMINERS)}])"
    rf"\b(?:(?:{trie_of(DETERMINERS)})\s+"
    rf"(?:(?!(?:{trie_of(NOT_MODIFIERS)})\b|{_NEW_PHRASE})(?:[\w'’-]+|[A-Z]\.[A-Z]\.)\s+){{0,3}})?"
    rf"(?:{_NOUNS})\b{_NOT_CUT}{_COMPLEMENT}"
)


def _noun_word() -> re.Pattern[str]:
    """:data:`NOUN_WORD`: one of NOMINAL's nouns as a word, opening with a lookahead on
    the nouns' own first letters when the lists can be read (else on any word)."""
    nouns = _expand(f"{PERSON_NOUNS}|{BODY_NOUNS}")
    if not nouns or not all(n[:1].isalpha() for n in nouns):
        return re.compile(rf"\b(?:{_NOUNS})\b")
    letters = "".join(sorted({n[0] for n in nouns}))
    return re.compile(rf"(?=[{letters}])\b(?:{_NOUNS})\b")


# The noun every NOMINAL match holds (the same words, a word boundary either side): a
# window with none holds no noun phrase, which this finds at half NOMINAL's cost.
NOUN_WORD: Final = _noun_word()


def _word_start_twin(pattern: re.Pattern[str], letters: str) -> re.Pattern[str] | None:
    """``pattern`` (which opens with a lookahead on ``letters`` and a word boundary)
    after a character that is no word character: the ``at`` of :func:`scan_words`.
    None when one of ``letters`` is no word character (the boundary would not hold)."""
    if not letters or not all(c.isalnum() for c in letters):
        return None
    return re.compile(rf"\W{pattern.pattern}")


_NOUN_LETTERS: Final = "".join(
    sorted({n[0] for n in _expand(f"{PERSON_NOUNS}|{BODY_NOUNS}") or {"-"}})
)
# (NOUN_WORD and NOMINAL after a character before their word, for scan_words and
# has_noun_word: the same matches at about two thirds of the cost.)
NOUN_WORD_AT: Final = _word_start_twin(NOUN_WORD, _NOUN_LETTERS)
NOMINAL_AT: Final = _word_start_twin(NOMINAL, first_letters(PERSON_NOUNS, BODY_NOUNS, DETERMINERS))
NOUN_WORD_AT_ASCII: Final = ascii_twin(NOUN_WORD_AT) if NOUN_WORD_AT else None
NOMINAL_AT_ASCII: Final = ascii_twin(NOMINAL_AT) if NOMINAL_AT else None


def has_noun_word(text: str, lo: int, hi: int) -> bool:
    """``NOUN_WORD.search(text, lo, hi) is not None``, found faster (:func:`scan_words`)."""
    at = NOUN_WORD_AT_ASCII if text.isascii() else NOUN_WORD_AT
    if at is None or lo == 0:
        return NOUN_WORD.search(text, lo, hi) is not None
    return hi > lo and at.search(text, lo - 1, hi) is not None


def nominals(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """``list(NOMINAL.finditer(text, lo, hi))``, found faster (:func:`scan_words`)."""
    at = NOMINAL_AT_ASCII if text.isascii() else NOMINAL_AT
    if at is None:
        return list(NOMINAL.finditer(text, lo, hi))
    return scan_words(NOMINAL, at, text, lo, hi)


def _opening_nominal() -> re.Pattern[str]:
    """:data:`OPENING_NOMINAL`, as one alternative per capital: the letter, the sentence
    start checked behind it, then the rest of the nouns (any case). The pattern so opens
    with a choice of letters, which the engine skips ahead to at C speed, where a
    lookahead first makes it try every position; the same matches."""
    nouns = _expand(f"{PERSON_NOUNS}|{BODY_NOUNS}")
    if not nouns or not all(n[:1].isalpha() for n in nouns):  # (the plain form)
        return re.compile(
            rf"(?=[{first_letters(PERSON_NOUNS, BODY_NOUNS).upper()}])"
            rf"(?:(?<=^)|(?<=\n)|(?<=[.!?\"“”'‘’] ))((?i:{_NOUNS}))\b{_COMPLEMENT}"
        )
    rests: dict[str, set[str]] = {}
    for noun in nouns:
        rests.setdefault(noun[0].upper(), set()).add(noun[1:])
    nouns_at = []
    for c in sorted(rests):
        after_start = rf"(?:(?<=^{c})|(?<=\n{c})|(?<=[.!?\"“”'‘’] {c}))"
        nouns_at.append(f"{c}{after_start}(?i:{trie_alternation(rests[c])})")
    return re.compile(rf"({'|'.join(nouns_at)})\b{_COMPLEMENT}")


# The same bare noun capitalised where it opens a sentence ("Lawyers for Ardo Venn
# said", "Analysts say"): group 1 is the noun.
OPENING_NOMINAL: Final = _opening_nominal()
PERSON_NOUN: Final = re.compile(rf"\b(?:{PERSON_NOUNS})\b")
# "Michael Jackson's mother": what follows a possessive name when it is the speaker.
# Greedy, so "Tony Blair's official spokesman" ends at "spokesman", not "official".
OWNED: Final = re.compile(
    rf"['’]s?\s+(?:[a-z-]+\s+){{0,2}}(?:{PERSON_NOUNS}|{BODY_NOUNS}|{KIN_NOUNS})\b"
)
WORD: Final = re.compile(r"[\w'’-]+")
# "Ms Parra's deputy": a possessive followed by a person it owns.
OWNS_PERSON: Final = re.compile(
    rf"['’]s?\s+(?:[a-z-]+\s+){{0,2}}?(?i:{PERSON_NOUNS}|{KIN_NOUNS}|{AIDE_NOUNS})\b"
)
# The head of a noun phrase that can speak ("the artists", "the Oscar winner").
_HEADS: Final = "|".join(
    sorted(SPEAKING_HEADS | {w.lower() for w in TITLE_WORDS}, key=len, reverse=True)
)
# Heads not in the lists may still name a person by their ending: "the engineer",
# "the scientist", "the historian", "the inspector" (but not "the number", "the other").
_NOT_AGENTS: Final = "|".join(sorted(NOT_AGENT_NOUNS))
_SPEAKERS: Final = trie_of(f"{PERSON_NOUNS}|{BODY_NOUNS}|{KIN_NOUNS}|{_HEADS}")
SPEAKING_HEAD: Final = re.compile(
    rf"(?:\b(?i:{_SPEAKERS})|{REFERENCE_HEADS}"
    rf"|\b(?!(?:{_NOT_AGENTS})\b)[a-z-]{{3,}}(?:er|or|ist|ian|eer))"
    r"(?:e?s)?(?:['’]s?)?$"
)
REFERENCE_HEAD: Final = re.compile(rf"(?:{REFERENCE_HEADS})$")
BOUNDARY: Final = re.compile(r"[.!?][\"”’')]*\s+(?=[\"“‘'(]*[A-Z0-9])")
# The same, one pattern per mark: opening with a plain character, each is scanned for
# at C speed (a character class is tested character by character).
_BOUNDARIES: Final = tuple(
    (mark, re.compile(re.escape(mark) + BOUNDARY.pattern[5:])) for mark in ".!?"
)
# (A reporting verb may stand between it and a venue cue: "X, who chairs the panel,
# said in a statement".)
# (It may close on an aside between dashes: "Ann Roe, director of Tarn Bank - one of
# the creditors - said".)
APPOSITIVE: Final = re.compile(
    r",[^,]{1,120}(?:,|\s[-–—]\s[^,\-–—]{1,80}\s[-–—])\s*"
    r"(?:\w+ly\s+|has\s+|had\s+|have\s+|also\s+)*(?:(?:said|says|wrote|writes)\s+)?$"
)
# A relative clause closing right before a verb, too long for APPOSITIVE: "Sen. Ann Roe
# (D-N.M.), who has introduced legislation directing the Occupational Safety and Health
# Administration to issue a heat standard, posted".
LONG_RELATIVE: Final = re.compile(
    r",\s*(?:who|which)\s[^,;:“”\"]{100,300},\s*(?:\w+ly\s+|has\s+|had\s+|have\s+|also\s+)*$"
)
# "a second-term caucus favorite who": a lower-case noun phrase a relative "who" hangs
# on; group 1 is the phrase.
# "A senior Democrat who": the same with a party member for head, the phrase perhaps
# opening the sentence.
PARTY_WHO: Final = re.compile(
    r"(?<![\w'’-])((?:[Aa]n?|[Tt]he)\s+[^,;:.“”\"()]{0,60}?(?:"
    + "|".join(sorted(w.capitalize() for w in PARTY_MEMBERS))
    + r"))\s+who\s+$"
)
NOUN_WHO: Final = re.compile(
    r"(?<![\w'’-])((?:an?|the)\s+[^,;:.“”\"()]{0,60}?[a-z][\w-]*)\s+who\s+$"
)
# A name joined to the words before it: part of a longer phrase, not a subject.
JOINED_BEFORE: Final = re.compile(rf"(?:\b(?:and|or|{COMPLEMENT_PREPOSITIONS})|&)\s+$")
# A sentence opening with a subordinate clause, up to its comma ("When Lee beat Ortiz,").
FRONTED: Final = re.compile(rf"[\"“‘']?(?:{FRONTING})\b[^,.;:\"“”]{{1,150}},\s*")
# A concessive clause: what follows has a subject of its own ("..., though regulators");
# "but" is left out: "X said ..., but it was \"Q\"" goes on reporting X.
CONTRAST: Final = re.compile(r"[,;:]\s+(?:though|although|whereas|even though|even as)\s+")
# A sentence after a quote naming its speaker: "That was how Lionel Marsh summed up ...".
SUMMED_UP: Final = re.compile(
    r"(?:That|This|Those|These|Such)\s+(?:was|were|is|are)\s+(?:how|what|the\s+"
    r"(?:verdict|view|words?|message|assessment|reaction|response)\s+of)\s+"
)
# A clause verb right after a name: it is the subject of what was said ("said X had").
CLAUSE_VERB_AFTER: Final = re.compile(
    r"\s+(?:(?:still|also|already|now|never|just|[a-z]{3,}ly)\s+)?"  # ("X still had")
    r"(?:was|were|is|are|had|has|have|would|will|could|can|should|might|may)\b"
)
# "the chancellor", "The home secretary", "The Planning Minister" (a title written in
# capitals): a role held by one person, as a sentence's subject may name it (the words
# before it are checked by the caller).
_ROLE_HEAD_FORMS: Final = sorted(ROLE_HEADS | {h.capitalize() for h in ROLE_HEADS})
ROLE_SUBJECT: Final = re.compile(
    rf"(?=[Tt])\b[Tt]he\s+(?:[\w'’-]+\s+){{0,3}}?(?:{'|'.join(_ROLE_HEAD_FORMS)})\b(?![\w'’-])"
)
# A subject acting on someone right after its name ("Nakagawa eventually asked her
# to wrap up", "Hattie Lindqvist, who succeeded him, called him"): "her" only when no
# noun follows it (not "defended her decision").
_ACTS_ON: Final = r"(?:,[^,]{1,80},)?\s+(?:\w+ly\s+)?[a-z]+\s+"
OBJECT_HIM: Final = re.compile(_ACTS_ON + r"him\b")
OBJECT_HER: Final = re.compile(
    _ACTS_ON + r"her(?=\s*[,.;:!?]|\s+(?:to|for|of|in|on|at|with|that|about|as|into|from|"
    r"back|up|out|off|down)\b)"
)
# A transcript line's label at the start of a quote: "THE PRESIDENT: ", "Q. ".
# Or a bare surname in capitals, "WHITMORE-SATO: " (a person's only when the article
# names someone of that surname).
TURN_LABEL: Final = re.compile(
    r"[\"“‘']?(?:(?P<q>Q[.:])|(?P<label>(?:THE|MR\.?|MS\.?|MRS\.?|DR\.?|SEN\.?) [A-Z][A-Z'’-]+"
    r"(?: [A-Z][A-Z'’-]+)?):|(?P<bare>[A-Z][A-Z'’]+(?:-[A-Z][A-Z'’]+)*):)\s"
)
# A relative clause opening after a comma: ", which oversees the Forest Service,".
RELATIVE: Final = re.compile(r",\s*(?:which|who|whose|whom)\b")
# `"Q," Mr Bootle.`: an honorific and a surname, then the sentence ends (no verb).
VERBLESS_TAIL: Final = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr)\.? [A-Z][\w'’-]+\.(?=\s|$)")
# A plural of an acronym: "DJs", "MPs", "CEOs".
ACRONYM_PLURAL: Final = re.compile(r"[A-Z]{2,}s")
# "Ms Parra's response": a possessive followed by the person's own words.
OWNS_WORDS: Final = re.compile(rf"['’]s?\s+(?:[a-z-]+\s+)?(?:{REPLY_NOUNS})\b")
# A quotation opening right after a name: `said Mr Blair "should butt out"`.
QUOTE_NEXT: Final = re.compile(r"\s*[\"“‘']")
# Words before a name that make it an object, not a subject ("lost to France's Dechy").
OBJECT_BEFORE: Final = TailPattern(
    r"\b(?:to|by|against|with|from|over|than|beat|beats|beating|defeated)\s+"
    r"(?:[\w-]+['’]s?\s+)?$"
)
# "Adam Curry's pressing ahead": "'s" for "is"/"has", not a possessive.
CONTRACTED_IS: Final = re.compile(
    r"['’]s\s+(?:\w+ing|been|got|not|also|never|still|already|just|now)\b"
)
# An acronym used as a name ("BBA", "RICS") and capitalised names it may stand for
# ("British Bankers' Association", "Royal Institution of Chartered Surveyors").
ACRONYM: Final = re.compile(r"[A-Z]{2,6}")
ORG_NAME: Final = re.compile(r"[A-Z][\w'’&-]*(?: +(?:(?:of|for|and|the|&) +)*[A-Z][\w'’&-]*){1,7}")
# The rest of an organisation's name after "the X" ("of Commerce", "and Economy Ministry").
ORG_TAIL: Final = re.compile(
    r"(?: +(?:of|and|for|&) +(?:the +)?[A-Z][\w'’&-]*(?: +[A-Z][\w'’&-]*)*)+"
)
# A lower-case noun after "the X": "the Labour peer", "the Tory co-chairman".
MODIFIED_NOUN: Final = re.compile(
    r" +(?!(?:said|says|say|told|added|has|had|have|is|was|were|are|will|would|and|or|"
    r"of|in|on|at|for|to|with|by|from|who|which|that|as|also|later|then)\b)[a-z][\w-]*\b"
)
# Between a person and their outlet in a round-up line ("Tomas Reyes, The Evening Ledger:").
OUTLET_GAP: Final = re.compile(r"\s*,\s*(?:[Tt]he\s+)?")
# Between a name and its verb in a relative clause: "the Flarn Association (FA), which
# has said", "Ardo Venn, who also attacked".
RELATIVE_GAP: Final = re.compile(r"\)?\s*,\s*(?:which|who)\s+(?:(?:has|have|had|also|\w+ly)\s+)*")
# A fronted question put to the sentence's subject, up to its comma ("Asked whether
# Penn had promised it, (he smiled)"): a name or cue inside is the question's, not speech.
ASKED_OPENING: Final = re.compile(
    rf"[\"“‘']?(?:{ASKED_OPENERS})\s+(?:{ASKED_QUESTION_WORDS})\b[^,.;:]*,"
)
# A question a cue reports, up to its subject: "asked why ministers (attacked)".
REPORTED_QUESTION: Final = re.compile(r"\s+(?:why|whether)((?:\s+[\w'’-]+){1,3})\s+")
# A noun of speech owned by its speaker: "Mr Brown's insistence (that)", "the
# minister's claim that"; group 1 is the noun.
OWNED_WORDS: Final = re.compile(rf"['’]s\s+(?:[a-z-]+\s+)?({SPEECH_NOUNS})\b(?:\s+that\b)?")
# The same noun owned by a person's possessive pronoun: "her admission that she",
# "His advice for one entrant was to"; group 1 is the pronoun, group 2 the noun.
PRONOUN_OWNED_WORDS: Final = re.compile(
    rf"\b([Hh]is|[Hh]er)\s+(?:[a-z-]+\s+)?({SPEECH_NOUNS})\b(?:\s+that\b)?"
)
# A name after these is spoken to, not speaking ("her instruction to Patel:").
LISTENER_BEFORE: Final = TailPattern(r"\b(?:to|for|with)\s+$")
COMPLEMENT_START: Final = re.compile(r"\s+(?:for|at|of|from|with)\s+")
# An unnamed person opening a clause, up to the noun ("A forklift driver (who)", "a
# man (in the back)", "An older woman (answered)"); the caller checks the noun is a person.
UNNAMED_OPENING: Final = re.compile(
    r"[\"“‘']?(?P<np>(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?:[A-Za-z][\w'’.-]*\s+){0,3}?"
    # ("A Department for Work and Pensions spokeswoman": a longer body's name before
    # the head, its words capitalised or joining ones)
    r"|(?:(?:[A-Z][\w'’.-]*|for|of|and|the|&)\s+){4,6}?)"
    r"(?P<head>[a-z][\w'’-]*))(?=\s*,|\s+(?:who|whose|in|near|at|from|on|outside|behind|"
    r"beside|by|among|across|inside|with|for|of|said|says|told|tells|[a-z]+ed|[a-z]{2,}ing)\b)"
)
# A relative opening a clause: "Her husband (wants)", "His father (said)".
KIN_OPENING: Final = re.compile(
    rf"[\"“‘']?(?P<np>(?:[Hh]is|[Hh]er|[Tt]he)\s+(?:{'|'.join(KIN_GENDER)})\b)(?!['’])"
)
PREPOSITION_BEFORE: Final = TailPattern(rf"\b(?:{COMPLEMENT_PREPOSITIONS})\s+$")


_WORD_CHAR: Final = re.compile(r"\w")


@lru_cache(maxsize=4096)
def whole_word(word: str) -> re.Pattern[str]:
    """``word`` as a whole word (what ``\\bword\\b`` matches), compiled once (re's own
    cache is small; an article tests hundreds of words). A word that starts and ends
    with a word character opens with its own letters, so the engine finds it by fast
    search for them, the boundaries checked where it stands (twenty times faster than
    a pattern opening with ``\\b``, which is tried at every position of the text)."""
    e = re.escape(word)
    if word and _WORD_CHAR.match(word) and _WORD_CHAR.match(word[-1]):
        return re.compile(rf"{e}(?<!\w{e})(?!\w)")
    return re.compile(rf"\b{e}\b")


def has_word(text: str, word: str) -> bool:
    """Does ``text`` hold ``word`` as a whole word (``whole_word(word).search(text)``)?

    Found with ``str.find`` and a look at the characters either side: no pattern is
    compiled for the word (compiling one costs as much as hundreds of searches, and
    most words are looked for in one article only, so a cache of them thrashes)."""
    if not word:
        return whole_word(word).search(text) is not None
    n, size = len(word), len(text)
    first, last = is_word_char(word[0]), is_word_char(word[-1])
    i = text.find(word)
    while i >= 0:
        # A word boundary at each end: the characters across it differ in wordness.
        if (i > 0 and is_word_char(text[i - 1])) != first and (
            i + n < size and is_word_char(text[i + n])
        ) != last:
            return True
        i = text.find(word, i + 1)
    return False


def is_word_char(c: str) -> bool:
    """Is ``c`` a character ``\\w`` matches (a letter, digit or underscore)?"""
    return c.isalnum() or c == "_"


@lru_cache(maxsize=4096)
def speaks(phrase: str) -> bool:
    """Can a noun phrase ending like this speak ("the artists", "the Oscar winner")?
    Only its last words are read: the regular expression is tried from there."""
    return SPEAKING_HEAD.search(phrase, max(0, len(phrase) - _HEAD_CHARS)) is not None


@lru_cache(maxsize=4096)
def refers_back(phrase: str) -> bool:
    """Does a "the ..." phrase point back to a person ("the Dutchman", "the 23-year-old")?"""
    return REFERENCE_HEAD.search(phrase, max(0, len(phrase) - _HEAD_CHARS)) is not None


_HEAD_CHARS: Final = 32  # longer than any head word or two ("number eight", "chief executive's")


def boundaries(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """``BOUNDARY.finditer(text, lo, hi)``, faster: a match holds one mark, at its
    start, so the three marks' matches never overlap and merge in order."""
    found = [
        m
        for mark, pattern in _BOUNDARIES
        if text.find(mark, lo, hi) >= 0  # (most paragraphs: no "!" or "?" to scan for)
        for m in pattern.finditer(text, lo, hi)
    ]
    if len(found) > 1:
        found.sort(key=_start)
    return found


def _start(m: re.Match[str]) -> int:
    return m.start()
