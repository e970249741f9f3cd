"""Is a person's full name written plainly enough to put it under a quote for sure?

A speaker found at a cue is only as sure as the name we print. On text the name
parser was never tuned on, its mistakes are of one kind: where a name starts or ends.
A capitalised word before a name may be a title ("Pastor Eli Munro", "Trooper Vic
Hale"), or the name may go on past what was read ("Juan Carlos | Ortega Vidal",
"Maria de los | Angeles Ruiz", "William Gatesby | Sr."). Nothing in the article tells
the two readings apart, so such a name may stand, at medium confidence, but is never
high. A name the article never writes as printed (rebuilt from parts) is not sure either.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from itertools import islice
from typing import Final

from tui.core.attribution.cues import BOUNDARY, CUE, TailPattern
from tui.core.attribution.lexicon import (
    AUXILIARIES,
    CALENDAR_WORDS,
    CONTRAST_WORDS,
    DETERMINER_WORDS,
    EXTRA_PARTICLES,
    FINITE_REPORTING,
    GENERATIONAL,
    GERUND_OF_OBJECT,
    HOLDING_PREPOSITIONS,
    HONORIFICS,
    JUDGING,
    NAME_PARTICLES,
    NOT_SOURCE_PREPOSITIONS,
    OF_PREPOSITIONS,
    ORG_WORDS,
    OWN_VOICES,
    PASSIVE_AUXILIARIES,
    PLACE_PREPOSITIONS,
    POSTNOMINALS,
    RELAYING,
    RELAYING_FROM,
    SAME_SUBJECT_JOINERS,
    STOP_WORDS,
    SUBJECT_KEEPING,
    SUBJECT_PRONOUNS,
    TITLE_JOINERS,
    TITLE_WORDS,
    TURN_KEEPING,
    VERB_GAP_WORDS,
    VOICE_NOUNS,
    WHILE_WORDS,
)
from tui.core.attribution.names import gender_of

_MAX_PLACES: Final = 12  # occurrences of a name looked at (bounded work on long articles)
# What may continue a name after it: a suffix, a hyphen, or another capitalised word.
_GOES_ON: Final = re.compile(
    r",? (?:Jr|Sr|II|III|IV)\b|[-‐][A-Z]| [A-Z][a-z]| (?:"
    + "|".join(sorted(NAME_PARTICLES))
    + r") [A-Z]"
)
_NEXT_WORD: Final = re.compile(r" ([A-Z][a-z]+)")
# `Alexandra "Sasha" Volkova`: a nickname in quotes inside the name as written.
_NICKNAMED: Final = r"\s+[\"“‘'][^\"”’'\n]{1,20}[\"”’']\s+"


def written_plainly(text: str, speaker: str) -> bool:
    """Is the person's name ``speaker`` written in ``text``, every time, as a whole name,
    its first word a given name (or an initial), nothing before it that could be part
    of it and nothing after it that could carry it on?"""
    tokens = speaker.split()
    if tokens[-1] in GENERATIONAL:
        tokens = tokens[:-1]
    if len(tokens) >= 3 and not _plain_given(tokens):
        return False  # "Pastor Eli Munro": a title, or a three-part name? not sure
    places = _places(text, speaker)
    # Everywhere: one place where a longer name holds it ("Juan Carlos Ortega Vidal"
    # around "Ortega Vidal") leaves its true extent open.
    return bool(places) and all(_bounded(text, at, at + len(speaker)) for at in places)


def _plain_given(tokens: list[str]) -> bool:
    """Does a name of three words or more open with a given name: a known one, an
    initial, or one a middle initial or particle marks as such ("Cordelia R. Price",
    "Eliza ten Brink")?"""
    first = tokens[0]
    if gender_of(first) or len(first.rstrip(".")) == 1 or "." in first:
        return True
    return any(len(t.rstrip(".")) == 1 or t in NAME_PARTICLES for t in tokens[1:-1])


def _places(text: str, speaker: str) -> list[int]:
    """Where ``speaker`` is written (with a nickname inside, as `Ann "Jo" Lee`)."""
    places: list[int] = []
    at = text.find(speaker)
    while at >= 0 and len(places) < _MAX_PLACES:
        places.append(at)
        at = text.find(speaker, at + 1)
    if places or " " not in speaker:
        return places
    first, rest = speaker.split(" ", 1)
    nick = re.compile(re.escape(first) + _NICKNAMED + re.escape(rest))
    return [m.start() for m in islice(nick.finditer(text), _MAX_PLACES)]


def _bounded(text: str, lo: int, hi: int) -> bool:
    """Does the name written at ``text[lo:hi]`` stand alone: nothing carries it on
    after it, and before it a mark, a lower-case word (not a particle), a title or an
    honorific, not another capitalised word or an initial?"""
    if (lo and text[lo - 1].isalnum()) or (hi < len(text) and text[hi].isalnum()):
        return False
    if _GOES_ON.match(text, hi):
        nxt = _NEXT_WORD.match(text, hi)
        after = nxt.group(1) if nxt else ""
        # (A sentence word after a name opens a sentence whose stop was lost only when
        # words follow it: "Tarn Families First, said" is one name.)
        opens = after in STOP_WORDS and nxt is not None and text.startswith(" ", nxt.end())
        if not (after in CALENDAR_WORDS or after in ORG_WORDS or opens):
            return False  # (not "Ann Lee Tuesday", "Ann Lee Party", "Ann Lee The …")
    before = text[max(0, lo - 30) : lo]
    words = before.split()
    if not before.endswith(" ") or not words:
        return True  # the name opens the text or a line, or follows a mark
    word = words[-1]
    if not word[:1].isupper():
        return word not in NAME_PARTICLES and word not in EXTRA_PARTICLES
    if word[-1] == ".":
        return len(word) > 2  # "Sen.", "Washington." end there; an initial "R." does not
    if not word[-1].isalpha() or word.endswith(("'s", "’s")) or word.isupper():
        return True  # "Hale," "Hale:", "Arsenal's", "DJ": a mark, a possessor, letters
    return word in TITLE_WORDS or word in HONORIFICS or word in STOP_WORDS or word in ORG_WORDS


# `Ms. Lee and Mr. Ray said`, `said Ann Lee and Tom Ray`, "Ann Lee and her deputy,
# Tom Ray, said", "Ann Lee and other senators said": one of several speakers.
_AND_AFTER: Final = re.compile(
    r"\s+(?:and|&)\s+(?:[A-Z]|(?:"
    + "|".join(sorted(DETERMINER_WORDS | {"other", "others"}))
    + r")\b)"
)
_AND_BEFORE: Final = re.compile(r"([A-Z][\w'’-]*)\s+(?:and|&)\s+$")
# "an aide to Ms. Lee said", "said the husband of Ms. Lee": a name after a preposition
# completes a noun phrase; that phrase speaks.
_PREPOSITION_BEFORE: Final = TailPattern(r"\b(?:of|to|for|from)\s+(?:the\s+)?$")
_WHO_AFTER: Final = re.compile(r",?\s+who\b")  # "... for Holmes, who has admitted": hers
# "Ms. Lee said Mr. Ray told her", "recalled Mr. Ray saying": a name and a cue of its
# own right after a cue: the words are the second person's, reported.
_NAME_THEN: Final = re.compile(r"\s+(?:that\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}(?=[a-z])")
# "The Lee campaign said": a name that modifies the noun after it.
_THE_BEFORE: Final = TailPattern(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,2}$")  # "a local Lee"
_NOUN_AFTER: Final = re.compile(r"\s+([a-z][a-z-]+)\b")
# Someone else's words in the clause between a cue and a partial quote: "Mr. Ray said
# Ms. Lee's claim that the bill was "dead"", "denied the mayor's charge that".
_OTHERS_WORDS: Final = re.compile(
    r"['’]s\s+(?:[a-z-]+\s+){1,2}that\b|\b(?:who|whom)\s+(?:[a-z]+\s+){0,2}"
)


def one_subject(
    text: str, start: int, end: int, cue: tuple[int, int], people: Collection[str]
) -> bool:
    """Is the name at ``text[start:end]`` the whole subject of the cue at ``cue``
    (start, end)? Not one of several ("Ms. Lee and Mr. Ray said", "said Ann Lee and
    Tom Ray"; the other one of the article's ``people``' surnames, not "in Holland and
    Ms. Lee said"), nor after a preposition ("an aide to Ms. Lee said", but "according
    to Ms. Lee" and "for Ms. Lee, who said"), nor a word before a noun ("the Lee
    campaign said")."""
    if _AND_AFTER.match(text, end):
        return False
    after_cue = 0 <= start - cue[1] <= 1
    if (
        not after_cue
        and _PREPOSITION_BEFORE.search(text, max(0, start - 12), start)
        and not _WHO_AFTER.match(text, end)
    ):
        return False
    other = _AND_BEFORE.search(text, max(0, start - 40), start)
    if other is not None and other.group(1) in people:
        return False
    if _THE_BEFORE.search(text, max(0, start - 40), start):
        noun = _NOUN_AFTER.match(text, end)
        adverb = noun is not None and (noun.group(1).endswith("ly") or noun.group(1) in AUXILIARIES)
        if noun is not None and noun.start(1) < cue[0] and not adverb:
            return False  # (not "the interview Mr Blair also said")
    return True


def others_words_between(text: str, lo: int, hi: int) -> bool:
    """Does ``text[lo:hi]`` (between a cue and its quote) hold someone else's words:
    a possessor's "claim that", or a relative clause with a reporting verb of its own
    ("Mr. Ray, who called it "a fraud"")?"""
    for m in _OTHERS_WORDS.finditer(text, lo, hi):
        if m.group().endswith("that") or CUE.match(text, m.end(), hi):
            return True
    return False


def reports_another(text: str, pos: int, hi: int) -> bool:
    """Does a name and a cue of its own follow right after ``pos`` (the end of a
    cue): `"Q," Ms. Lee said Mr. Ray told her`, "said Mr. Ray had promised", the words
    being Mr. Ray's?"""
    m = _NAME_THEN.match(text, pos, hi)
    if m is None:
        return False
    at = m.end()
    aux = _AUXILIARY_NEXT.match(text, at, hi)  # "Mr. Ray had promised", "would tell"
    return CUE.match(text, aux.end() if aux else at, hi) is not None


# Auxiliaries and adverbs between a name and its verb: "Mr. Ray had (promised)".
_AUXILIARY_NEXT: Final = re.compile(r"(?:(?:" + "|".join(sorted(VERB_GAP_WORDS)) + r")\s+){1,2}")


# A new clause right after a quote: `"Q!" and Ms. Lee called a recess`.
_CLAUSE_NEXT: Final = re.compile(r"[\W_]{0,3}\s*(?:and|but|while|as|before|after|when)\b")


def new_clause(text: str, end: int) -> bool:
    """Does a conjunction open what follows a quote ending at ``end``, so a cue after it
    belongs to a clause of its own?"""
    return _CLAUSE_NEXT.match(text, end) is not None


# Between a name and its cue: a parenthesis ("(D-Vt.)"), an apposition (", a lawyer,",
# ", who has", " - aka Fatboy Slim - "), a "Name of/from/at Place" tail, a time or a
# place ("in 1997", "on Monday"), then only words that leave the name the cue's subject.
_PARENTHESIS: Final = re.compile(r"\s*\([^()\n]{0,80}\)")
_APPOSITION: Final = re.compile(r"\s*(?:,|\s[-–—]\s)(?:.*[,–—]|.*$)")
_OF_PLACE: Final = re.compile(
    r"\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|for|and|the|at|on))*"
)
_WHEN_WHERE: Final = re.compile(
    r"\s+(?:in|on|at|last|this|late|early)\s+(?:the\s+)?(?:[A-Z][a-z]+|\d+|week|night|month|year)\b"
)
# An adverbial clause with a subject of its own, its verb joined by "and" to the cue:
# "when the host opened the envelope and (declared)", "after he sat down and (said)".
_CLAUSE_THEN_AND: Final = re.compile(
    r"\b(?:when|after|before|because|until|once|whereas|while)\s+"
    r"(?:(?:the|a|an|his|her|their|its|he|she|they)\b|[A-Z][a-z])[^,;:()—–]*\s(?:and|then)\s*$"
)
# A relative pronoun right before the cue, after a comma: "..., who (said)". Its
# antecedent is what stands before the comma; when the name is further back than
# that, someone else is the subject.
_WHO_LAST: Final = re.compile(r",\s*who\s+(?:[a-z]+ly\s+)?$")
# A relative clause with a subject of its own still open at the cue: "Ann Lee, whose
# husband said", "Ann Lee, whom the mayor called" (the husband's, the mayor's verb).
_OWN_SUBJECT_RELATIVE: Final = re.compile(r"\s*,\s*(?:whose|whom)\s[^,;:()—–]*$")
_OWN_SUBJECT_OPENS: Final = re.compile(r",\s*(?:whose|whom)\s")
# Coordination, or a participle of the same subject: "X called it a lie and said",
# "X vetoed the bill, saying", "X said Q while stressing".
_JOINER: Final = re.compile(r",|\b(?:and|but|while|then|after|before|by)\b")
_SOFT_WORDS: Final = AUXILIARIES | SUBJECT_KEEPING | POSTNOMINALS


def clause_between(text: str, lo: int, hi: int) -> bool:
    """Does ``text[lo:hi]``, between a name and the cue after it in one sentence, hold
    a clause of its own, so the cue may have another subject ("Ann Lee removed a page
    of her website describing it as "Q"": the website describes; "Ann Lee dismissed
    claims that")? A parenthesis, an apposition, an adverb, an auxiliary, a time or a
    reporting verb ("Ann Lee said in a statement") leave her the subject; so does a
    clause joined to the cue by "and" or a comma ("Ann Lee vetoed it, saying"). Not a
    relative "who" after other words ("That brought Lee on board, according to an aide,
    who said": the aide's), nor one with a subject of its own still open ("Ann Lee,
    whose husband said")."""
    gap = text[lo:hi]
    if not gap.strip() or BOUNDARY.search(gap):
        return False  # "Ann Lee said"; or the name is not in the cue's sentence
    if _OWN_SUBJECT_RELATIVE.match(gap):
        return True  # "Ann Lee, whose husband said": his verb
    if "(" in gap:
        gap = _PARENTHESIS.sub("", gap)
    m = _APPOSITION.match(gap) or _OF_PLACE.match(gap)
    if m is not None:
        gap = gap[m.end() :]
    gap = _WHEN_WHERE.sub("", gap)
    if _WHO_LAST.search(gap) and gap.strip()[:1] != ",":
        return True  # "Lee on board, according to an aide, who said": the aide's verb
    if _CLAUSE_THEN_AND.search(gap):
        return True  # "Ann Lee was away when the host rose and declared": the host's verb?
    for word in _JOINER.split(gap)[-1].split():
        word = word.strip("(),;-–—")
        if word and not (word in _SOFT_WORDS or word.endswith("ly") or CUE.fullmatch(word)):
            return True
    return False


# The quoted words belong to a possessor: "the department's "extraordinary measures"",
# "the bill's definition of "accessible"": its term, not the speaker's words.
# (It opens with the possessive's "s", so the engine finds its places by fast search of
# one letter, where looks behind first make it try them all at every position.)
_POSSESSED: Final = re.compile(
    r"s(?<=\w['’]s)(?<![Hh]e['’]s)(?<![Ii]t['’]s)(?<![Tt]hat['’]s)(?<![Tt]here['’]s)"
    r"(?<![Ww]ho['’]s)(?<![Ww]hat['’]s)\s+(?:[a-z-]+\s+(?:of|for)\s+)?$"
)
_POSSESSED_REACH: Final = 40  # characters before the quote


def possessed_term(text: str, start: int) -> bool:
    """Is the quote opening at ``start`` held by a possessive right before it? (Within
    the reach before it: the "s" before the space that may open the match is one more
    character back.)"""
    return _POSSESSED.search(text, max(0, start - _POSSESSED_REACH - 1), start) is not None


# A quote whose every word is capitalised (small joiners aside) names something: a book,
# a show, a campaign, a coinage ("Boy on the Overpass", "Axis of Evil"), not speech.
_TITLE_WORD: Final = re.compile(r"[A-Za-z][\w'’-]*")


def title_cased(words: str) -> bool:
    """Are ``words`` (two or more) written as a title, each capitalised but joiners?"""
    found = _TITLE_WORD.findall(words)
    return (
        len(found) >= 2
        and found[0][0].isupper()
        and all(w[0].isupper() or w in TITLE_JOINERS for w in found)
    )


def led_by_given_name(tokens: list[str]) -> bool:
    """Does a name the article never gives as a person's (no surname of someone named
    in full) open with a known given name or an initial ("June Albrecht", "J. Roe")?
    Otherwise it names a body, or words the name parser took for one: a body's name
    has no given name and surname to show where it starts and ends, and it is reached
    through roles and appositions ("a spokesperson for U.S. Parks and Wildlife
    Service", "The company, a venture of Acme and Bolt", "Opera spokeswoman Ann Lee"),
    so on text never tuned on it is cut short or the wrong body far more often than a
    person's name: it may stand, but never sure."""
    first = tokens[0]
    return gender_of(first) is not None or len(first.rstrip(".")) == 1


def given_name_only(mention: str, speaker: str) -> bool:
    """Is the person named at the cue by a known given name alone ("Charles said" for
    Charles Kennedy)? The article may hold another Charles (Prince Charles): the full
    name is a guess from the given name, never sure."""
    first, _, rest = speaker.partition(" ")
    return mention == first and bool(rest) and gender_of(first) is not None


# A name that belongs to another noun phrase than the cue's subject: after a
# preposition ("said analyst Tom Ray at Lee Brothers", "Nike, endorsed by Ann Lee,
# said"), or inside a relative clause not yet closed by a comma ("a woman who lives on
# Elm Lane said", "Mr Ray, who wrote about Ann Lee, said"). (The dot of "Mr." or
# "U.S." does not end the clause; "whose real name is Ann Lee" names the subject.)
_ABBREVIATION_DOT: Final = r"(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z]{2})\.|\.(?=\w)"
_RELATIVE_OPEN: Final = re.compile(
    rf"\b(?:who|whose|whom|which)\b(?:[^,;:()—–.!?\n]|{_ABBREVIATION_DOT})*"
    r"(?<!\bis )(?<!\bwas )(?<!\bas )(?<!\bnamed )$"
)
_HELD_REACH: Final = 160  # chars read back from a name for the phrase that holds it


def held_by_another(text: str, at: int, end: int, cue_at: int) -> bool:
    """Is the name written at ``text[at:end]`` part of a phrase inside the subject or
    object of the cue at ``cue_at``, so its subject may be someone else? After a
    preposition ("said an analyst at Lee Brothers"; of place, where the name may be a
    place or a paper: "said a farmer in Harlow"; "A spokesperson for U.S. Customs
    and Border Protection said", past the rest of a longer name, after a common noun,
    not a title: "Secretary of State Ann Lee"), after a participle ("a lawyer
    representing Ann Lee said"), in an open relative clause ("Nike, whose ads star Ann
    Lee, said"). Not "with Ann Lee quoted as saying" or "which Ann Lee called" (the
    verb right after the name is hers), nor "shared by Ann Lee, who said"."""
    adjacent = cue_at >= end and not text[end:cue_at].strip()
    words = text[max(0, at - 60) : at].split()
    longer = False  # the name ends a longer one: "U.S. Customs and | Border Protection"
    joined = len(words) > 1 and words[-1] in ("and", "&") and bool(_NAME_WORD.match(words[-2]))
    if joined:
        words.pop()
        while words and _NAME_WORD.match(words[-1]) and words[-1] not in CALENDAR_WORDS:
            words.pop()
            longer = True
    elif words and (words[-1] in TITLE_WORDS or words[-1] in HONORIFICS):
        words.pop()  # "an adviser to President Ann Lee"
        longer = True
    if words and words[-1] == "the":
        words.pop()
    word = words[-1] if words else ""
    noun_before = (  # a common noun before: "a spokesperson for", "a senator backing"
        len(words) > 1 and words[-2].isalpha() and words[-2].islower()
    ) and words[-2] not in DETERMINER_WORDS
    if word.endswith("ing") and word.isalpha() and noun_before:
        return not CUE.fullmatch(word)  # "a lawyer representing Ann Lee said"
    if (
        word in HOLDING_PREPOSITIONS
        or (word.lower() in PLACE_PREPOSITIONS and not joined)  # ("in Holland and Ray said")
        or (longer and word in OF_PREPOSITIONS and noun_before)
    ):
        if adjacent and word == "with":
            return False  # "with Mr Dixon quoted as saying"
        agent = word == "by" and cue_at < at  # "was described by Ann Lee as"
        return not agent and _WHO_AFTER.match(text, end) is None
    if adjacent:
        return False  # "which Ann Lee described as": her verb
    lo = max(0, at - _HELD_REACH)
    if text.find(" wh", lo, at) < 0:
        return False  # (no "who"/"which" to open a clause: the common case, read fast)
    return _RELATIVE_OPEN.search(text, lo, at) is not None


# A capitalised word of a name, or initials ("U.S."), ending nothing (no sentence end).
_NAME_WORD: Final = re.compile(r"(?:[A-Z][\w'’-]*|(?:[A-Z]\.){2,})$")


# A phrase set off by commas after a name: "Ann Lee, writing in the Post, said".
_SET_OFF: Final = re.compile(r"\s*,[^,]*,")
_VERB_PHRASE_GAP: Final = (
    12  # chars between two cue words of one verb phrase ("alleged to have said")
)


def another_voice(text: str, cues: list[re.Match[str]], lo: int, hi: int) -> bool:
    """Does the verb that reports a quote at ``hi`` (the last cue before it) have
    another subject than the name ending at ``lo``, whose own verb comes first ("Mr
    Ray said the man, who fled, claimed he was "Q"", "Ann Lee told the Post the files
    included a memo describing it as "Q"")? Not when it follows the name (past a
    phrase set off by commas: "Ann Lee, writing in the Post, said"), nor after a
    pronoun ("said he believed"), "and" or "while", nor as a participle after a comma
    ("said, adding that"), nor in one verb phrase with the verb before it ("is alleged
    to have said"). ("In a statement", "according to", "as saying" are no verbs, nor
    is a passive: "said Mr. Ray had been dismissed for "Q"".)"""
    verbs = [
        c
        for c in cues
        if lo <= c.start() < hi
        and not (c.group("acc") or c.group("stmt") or c.group("as"))
        and not _passive_at(text, c)
    ]
    if len(verbs) < 2:
        return False  # the name's own verb
    verb, prev = verbs[-1], verbs[-2].end()
    if (
        verb.start() - prev <= _VERB_PHRASE_GAP
        and "," not in text[prev : verb.start()]
        and verbs[-2].group() not in JUDGING  # ("dismissed claims that": others' words)
    ):
        return False
    m = _SET_OFF.match(text, lo, verb.start())
    gap = text[m.end() if m else lo : verb.start()]
    if all(w in VERB_GAP_WORDS or w.endswith("ly") for w in gap.split()):
        return False  # "Ann Lee, who insists she is calm, has said"
    words = text[max(lo, verb.start() - 40) : verb.start()].split()
    while words and (words[-1] in VERB_GAP_WORDS or words[-1].endswith("ly")):
        words.pop()
    word = words[-1].lower() if words else ""
    if word in SUBJECT_PRONOUNS or word in SAME_SUBJECT_JOINERS:
        return False
    return not (verb.group("part") and word.endswith(","))


def _passive_at(text: str, cue: re.Match[str]) -> bool:
    """Is a past-participle cue passive ("had been dismissed", "was praised")?"""
    if not cue.group().endswith("ed"):
        return False
    words = text[max(0, cue.start() - 30) : cue.start()].split()
    return bool(words) and words[-1] in PASSIVE_AUXILIARIES


_TERM_WORDS: Final = 2  # a partial quote this short may be a term as well as someone's words


def a_term(words: str) -> bool:
    """Is a partial quote a word or two ("the "tartan test"", ""save" websites", "his
    "continued partnership"")? Such words may be the speaker's, or a label, a coinage,
    a nickname or a document's term the writer marks: the article does not say
    plainly that the speaker said them, so they are never sure."""
    return len(words.split()) <= _TERM_WORDS


# A reporting verb right before a quote, leading it in: `A man called out, "Q"`.
_LEAD_REACH: Final = 100  # chars before a lead-in searched for the speaker's name
_LEAD_IN: Final = re.compile(r"([a-z]+(?: out| in| up)?)[,:]\s*$")


def led_in(text: str, start: int, mention: str) -> bool:
    """Does a reporting verb lead in the quote opening at ``start`` (`A man in the back
    called out, "Q?"`), with no ``mention`` of the speaker found after it before it,
    so the cue after the quote (`Lee asked for order.`) has a rival?"""
    if text[max(0, start - 3) : start].rstrip()[-1:] not in (",", ":"):
        return False
    m = _LEAD_IN.search(text, max(0, start - 24), start)
    if m is None or CUE.fullmatch(m.group(1).split()[0]) is None:
        return False
    lo = max(text.rfind("\n", 0, start) + 1, start - _LEAD_REACH)  # (its paragraph)
    return text.find(mention, lo, start) < 0


# A sentence opening with an indefinite role working for one of several bodies, then a
# name set off by commas: "A spokeswoman for one of them, Northbeam Cloud, said". The
# name can only name the "one"; the role speaks. ("A lawyer for the victims, Eduardo
# Lee, said" names the lawyer.)
_ROLE_FOR: Final = re.compile(
    r"(?:(?<=[.!?\"”’]\s)|(?<=\n))[Aa]n?\s+[a-z]+(?:\s+[a-z]+)?\s+(?:for|of|at|from|with)\s+"
    r"(?:one|each|either|neither|any|some|two|three|four)\s+of\s+[^,.;:\n]{1,50},\s*$"
)


def named_for_role(text: str, at: int) -> bool:
    """Is the name at ``at`` set off after "A <role> for <something>," at the opening of
    its sentence, so it names what the role works for, not who speaks?"""
    return text.endswith(", ", 0, at) and _ROLE_FOR.search(text, max(0, at - 120), at) is not None


# An article before a name, maybe with a word between: "the younger Tran", "the
# Birchfield Harrier", "the elder Mr. Roe".
_ARTICLE_BEFORE: Final = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:([a-z][\w'’-]*)\s+)?$")


def described_by(text: str, at: int, mention: str) -> bool:
    """Is the name at ``text[at:]`` (``mention``) part of a description opening with an
    article: "the younger Tran" or "the elder Mr. Roe" (which of the family?), "the
    Birchfield Harrier" (a club's runner, not a name)? A person's name takes an
    article only after a title or a role noun ("the Rev. Trent", "the producer Ann
    Lee"), or a comparative that tells relatives apart ("the younger", "the eldest"):
    such a speaker is a guess at whom the description means."""
    m = _ARTICLE_BEFORE.search(text, max(0, at - 30), at)
    if m is None:
        return False
    tokens = mention.split()
    head = tokens[0].rstrip(".")
    titled = head in HONORIFICS or head in TITLE_WORDS
    if m.group(1) is None:
        return not titled  # (not "the Rev. Trent", "the Mayor Lee")
    if not m.group(1).endswith(("er", "est")):
        return False  # (not "During the interview Ms. Lee said": a phrase ends there)
    return len(tokens) == 1 or (titled and len(tokens) == 2)  # (not "the producer Ann Lee")


# Title words between a verb and the name it governs: "called Sen. Ann Lee".
_OBJECT_REACH: Final = 40  # chars read back from a name for the verb that governs it


def _word_before_name(text: str, at: int) -> str:
    """The word before the name written at ``text[at:]``, past its title words."""
    words = text[max(0, at - _OBJECT_REACH) : at].split()
    while words and (words[-1].rstrip(".") in HONORIFICS or words[-1] in TITLE_WORDS):
        words.pop()  # "called Sen. | Ann Lee", "praised Gov. | Lee"
    return words[-1] if words else ""


def governed_before_colon(text: str, at: int) -> bool:
    """Is the name written at ``text[at:]``, right before a colon, the object of a verb
    or a preposition ("Ray spoke after Ann Lee:", "Ray praised Ann Lee:"), so the
    words after the colon need not be hers?"""
    word = _word_before_name(text, at)
    return word in NOT_SOURCE_PREPOSITIONS or word in FINITE_REPORTING


def object_of_verb(text: str, at: int) -> bool:
    """Is the name written at ``text[at:]`` the object of a reporting verb right before
    it ("The governor, in a statement, called Mr. Lee "a friend" and said he had
    "Q"": "called Mr. Lee"), not the subject of a cue after it? A verb set off by a
    comma ("Asked about it, Lee said") leaves the name the subject (and "quoted Lee as
    saying" is for the caller to allow)."""
    return _word_before_name(text, at) in FINITE_REPORTING


# `said, quoting Ray`, `reading from a letter`, `quoting from`: another's words passed on.
_WHOSE: Final = r"(?:[A-Z]|(?:an?|the|his|her|their)\b)"
_RELAYED: Final = re.compile(
    rf"\b(?:(?:{'|'.join(sorted(RELAYING))})\s+(?:(?:aloud\s+)?from\s+)?"
    rf"|(?:{'|'.join(sorted(RELAYING_FROM))})\s+(?:aloud\s+)?from\s+){_WHOSE}"
)
_RELAY_REACH: Final = 120  # chars after a quote read for a relaying participle


def relays_another(text: str, lo: int, hi: int) -> bool:
    """Does ``text[lo:hi]`` (the speaker's clause around a quote, outside it) say that
    the speaker passes on someone else's words (`"Q," Lee said, quoting Ray`, "Lee,
    reading from a letter by Ray, said:")? The words may be the other's, not theirs."""
    if hi - lo > _RELAY_REACH:
        hi = lo + _RELAY_REACH
    end = BOUNDARY.search(text, lo, hi)
    return _RELAYED.search(text, lo, end.start() if end else hi) is not None


# "accused Ann Lee of calling the quay", "praised Lee for saying": a participle after
# "of"/"for" whose subject is the one spoken of.
_GERUND: Final = re.compile(r"\b(?:" + "|".join(sorted(GERUND_OF_OBJECT)) + r")\s+([a-z]+ing)\b")


def gerund_between(text: str, lo: int, hi: int) -> bool:
    """Does ``text[lo:hi]`` (between a cue and the partial quote it reports) hold a
    reporting participle after "of"/"for" ("Ray accused Lee of calling it "Q""), so
    the words are said to be another's, whom the verb is about?"""
    for m in _GERUND.finditer(text, lo, hi):
        cue = CUE.fullmatch(m.group(1))
        if cue is not None and cue.group("part"):
            return True
    return False


# "Ann Lee's office said", "Lee's campaign said": words issued in her name, by others.
_THROUGH_OWN: Final = re.compile(rf"['’]s (?:{'|'.join(sorted(OWN_VOICES))})\b")


def through_own_voice(text: str, end: int) -> bool:
    """Does the name ending at ``end`` speak through its office or campaign ("Ann Lee's
    office said")? The words are hers only by the convention that they speak for her."""
    return _THROUGH_OWN.match(text, end) is not None


_WORD: Final = re.compile(r"[\w'’-]+")
# "but", "though", "however", a bare "while": a turn of the sentence ("Lee said the plan
# was "Q1," though the river was "Q2""). "Yet" only as a conjunction, after a mark or "and" (not
# "has yet to"); a word of the sentence's own ("Butler") is no turn.
_TURNING: Final = re.compile(
    r"\b(" + "|".join(sorted(CONTRAST_WORDS | WHILE_WORDS)) + r")\b", re.IGNORECASE
)


def turned_by_contrast(text: str, lo: int, hi: int) -> bool:
    """Does a clause of its own turn on a contrast between two quotes (``text[lo:hi]``:
    "Lee said it was "Q1," though the river was "Q2"", "while critics were "Q2"")? The
    second may be the first speaker's words, the other side's or the writer's: carried
    over, it is not sure. Not when the same verb goes on reporting ("called it "Q1" but
    also "Q2"", "said "Q1" but that "Q2"") or the subject stays ("but worried",
    "while insisting")."""
    for m in _TURNING.finditer(text, lo, hi):
        word = m.group(1).lower()
        before = text[lo : m.start()].rstrip()
        if word == "yet" and before and not before.endswith((",", ";", "—", "–", " and")):
            continue  # "had yet to win": an adverb
        rest = _WORD.findall(text, m.end(), hi)
        while rest and (rest[0].lower() in TURN_KEEPING or rest[0].endswith("ly")):
            if rest[0].lower() == "that":
                rest = []  # "but that": the verb's complement goes on
            else:
                rest.pop(0)
        if not rest:
            continue  # the quote right after: the same verb's words
        if word in WHILE_WORDS and (rest[0].endswith("ing") or before.endswith((" a", " the"))):
            continue  # "while insisting it was "Q"": the same subject; "for a while": a noun
        if rest[0].islower() and (rest[0].endswith("ed") or CUE.fullmatch(rest[0])):
            continue  # "but worried about being "Q"": the same subject's verb
        return True
    return False


def verb_after_clause(text: str, cues: list[re.Match[str]], s_lo: int, lo: int, hi: int) -> bool:
    """Does a finite reporting verb right after a comma stand between two quotes
    (``text[lo:hi]``) when the first stands in a relative clause with a subject of its
    own, opened since the sentence's start ``s_lo`` ("Ann Lee, whose rival Ben Ray said
    it was "Q1," called it "Q2"")? The verb is the sentence's own, its subject the
    clause's antecedent, not the first quote's speaker. (Not "and called", nor a
    participle: "Q1," adding it was "Q2""; nor after "who said", the same person.)"""
    if _OWN_SUBJECT_OPENS.search(text, s_lo, lo) is None:
        return False
    for cue in cues:
        if lo <= cue.start() < hi and cue.group("fin"):
            before = text[lo : cue.start()].rstrip()
            if before.endswith(",") or (not before and text[lo - 2 : lo].startswith(",")):
                return True
    return False


# "the cries of", "amid chants of": not "his cries of" (the owner may be the speaker).
_VOICED: Final = re.compile(
    r"(?<![\w'’])(?!(?:his|her|their|its|my|our|your)\b)([\w'’]+)\s+(?:"
    + "|".join(sorted(VOICE_NOUNS))
    + r")\s+(?:of|for)\s+$"
)
_VOICED_REACH: Final = 40  # chars read back from a quote for "the cries of"


def voiced_by_others(text: str, start: int) -> bool:
    """Do the words of the quote opening at ``start`` follow a noun of others' voices
    ("the answer lies between the cries of "Q""), so they are a crowd's or a camp's,
    not surely the speaker's? (Not "his cries of": a possessor, maybe the speaker.)"""
    m = _VOICED.search(text, max(0, start - _VOICED_REACH), start)
    return m is not None and not m.group(1).endswith(("'s", "’s"))


_SENTENCE_ON: Final = re.compile(r"[.!?]\s+[A-Z]")


def swallows_a_sentence(words: str) -> bool:
    """Does a partial quote's text (``words``) run past a sentence's end into a sentence
    with a reporting verb of its own ("only 10% of the agenda. Dr Roe, who ..., said
    staff wanted"): a closing mark the text lost, so the quote carried on from it may
    be that other speaker's?"""
    m = _SENTENCE_ON.search(words)
    return m is not None and any(c.group("fin") for c in CUE.finditer(words, m.end()))
