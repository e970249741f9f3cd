"""Who "he" or "she" stands for: the most salient person of the pronoun's gender.

A news pronoun means the person the text is about at that point. Each person named
in the sentences before it earns salience from where the name stands (the subject of
the sentence or clause beats an object, a possessor, a name after a preposition or
in a fronted clause; a name inside a quote earns none), from how recent it is (by
sentence, then by paragraph) and from holding the floor (the speaker of a quote just
before). An earlier "he" lends its salience to the person it means. Genders must
agree when both are known; an unknown one costs a little. The margin between the
best person and the next one gives the confidence.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter
from typing import TYPE_CHECKING, Final

from tui.core.attribution import cues as C
from tui.core.attribution import lexicon as L
from tui.core.attribution.given_names import NAME_GIVEN
from tui.core.attribution.heads import label_head, unnamed_label
from tui.core.attribution.names import Mention, honorific_gender
from tui.core.attribution.openings import main_clause
from tui.core.attribution.roles import BODY_MODIFIED, noun_gender, unnamed_person

if TYPE_CHECKING:
    from tui.core.attribution.context import ArticleContext, Candidate
    from tui.core.model import Confidence

# Salience of one mention by where it stands in its sentence.
ROLE_WEIGHT: Final = {
    "subject": 1.0,  # "Kroll sent a note", "The superintendent, Dr. Obi, said"
    "speaker": 1.0,  # the speaker of a quote in that sentence
    "asked": 0.45,  # "Brathwaite asked Okafor whether ...": the one asked
    "other": 0.45,  # a second name in the clause: an object, an embedded subject
    "possessor": 0.5,  # "Ms. Parra's deputy"
    "owner": 0.8,  # "Ms. Parra's deputy is a lawyer": the possessor opening the clause
    "his": 0.25,  # a possessive pronoun: "his daughter", "her arms"
    "fronted": 0.4,  # "When Lee beat Ortiz, ...": the fronted clause's names
    "topic": 0.9,  # "For Roe, the vote was personal": whom the sentence is about
    "object": 0.3,  # after a preposition: "lost to Dechy", "the emails of Brandt"
    "agent": 0.3,  # after "by": "beaten by Dechy", "the cuts proposed by Ivo Marsh"
    "kin": 0.45,  # "Her husband wants ...": a relative as the subject, named elsewhere
}
SAME_SENTENCE: Final = 2.0  # a name earlier in the pronoun's own sentence
# "Brathwaite asked Okafor whether he would": the one asked, in the same sentence.
SAME_SENTENCE_ASKED: Final = 1.6
SENTENCE_DECAY: Final = 0.5  # per sentence further back
PARAGRAPH_DECAY: Final = 0.7  # per paragraph boundary crossed
UNKNOWN_GENDER: Final = 0.8  # a person of unknown gender: possible, but less likely
# A two-word "name" of unknown gender the article never shortens to its surname
# ("Hewlett Packard", "Rain Man"): perhaps no person at all.
UNATTESTED: Final = 0.4
ACCUMULATE: Final = 0.15  # how much a person's further mentions add to the best one
# Bonuses, added once: to the last one who spoke (a quote, or a reporting verb's
# subject), to the subject of a paragraph's first sentence, to the article's lead.
FLOOR: Final = 0.15
TOPIC: Final = 0.1
LEAD: Final = 0.0
CLOSE: Final = 0.75  # a runner-up this close to the best makes the choice a guess
NAMED_IN_QUOTE: Final = 0.3  # a person the attributed quote itself names by name
# A person of unknown gender when the quote speaks of someone of the other gender
# (`"He never called me back," she said`) and no one read is known to be of that
# gender: perhaps the one the quote is about.
QUOTE_OTHER: Final = 0.5
LOOKBACK_SENTENCES: Final = 5
LOOKBACK_PARAGRAPHS: Final = 2
_CHAIN_DEPTH: Final = 1  # earlier pronouns followed back at most this many times
_CUE_GAP: Final = 12  # chars between a name and a reporting verb next to it ("said" + ", ")
_SPAN_CHARS: Final = 400  # chars of one sentence read (bounded work on run-on text)
_TOPIC_GAP: Final = 3  # paragraphs up past which a pronoun's person yields to the story's lead
_LEDE_PARAGRAPHS: Final = 3  # body paragraphs before a pronoun a later name may explain
_AFTER_PARAGRAPHS: Final = 2  # paragraphs after it read for that name
_QUOTE_MARKS: Final = frozenset('"“”')  # (a quote between two names: two voices)
# Joiners after which a second speaker's own clause follows, not a part of the first's
# report ("X said it was sound, while Y said it was reckless").
_TWO_VOICES: Final = (" while ", " whereas ", " and ", " but ", "; ")
_QUOTE_GAP: Final = 40  # chars between a pronoun and the quote it attributes
# A preposition before a name, titles between ("of Judge ", "to "): the name is an object.
_OBJECT_BEFORE: Final = re.compile(
    r"\b(?:of|about|to|for|with|by|from|at|on|against|toward|towards)\s+"
    r"(?:[A-Z][\w.]*\s+){0,2}$"
)
_PRONOUN_GENDER: Final = {"he": "m", "she": "f"}
_WORD_GENDER: Final = {**dict.fromkeys(("he", "his", "him", "himself"), "m"), **_PRONOUN_GENDER}
_WORD_GENDER.update(dict.fromkeys(("her", "herself"), "f"))
_OPENING_MARKS: Final = " \"“‘'"
_DESCRIBING: Final = frozenset(
    ("in", "with", "wearing", "at", "near", "outside", "inside", "behind", "of")
)
# An unnamed source's apposed description, in lower case: a name inside it is where
# they work or live ("One aide, a woman who worked in the Tarn office, said").
_APPOSED_DESCRIPTION: Final = re.compile(r",\s+(?:an?|who|whose)\s")
# "The panel's top Democrat, Rep. ": a description opening the sentence, then the name
# set off after it (perhaps titled): the two are one person.
_DESCRIBED_NAME: Final = re.compile(r"\s*[Tt]he\s[^,.;:\"“”]{1,60},\s+(?:[A-Z][a-z]{0,4}\.\s+)?")
_ACTING: Final = frozenset(("subject", "speaker"))  # a sentence's own subject
# Roles in which an unnamed person of no told gender is only mentioned, never the one
# a later "he"/"she" goes on with: an object, a clause's other person, an owner.
_ASIDE_ROLES: Final = frozenset(("other", "object", "agent", "possessor", "his", "fronted"))
_LOCAL_ROLES: Final = frozenset(("subject", "speaker", "other", "kin", "asked"))


def _words(*words: str) -> re.Pattern[str]:
    """Any of ``words``, whole, in either case of its first letter: each alternative
    opens with its bare letter and checks the word boundary behind it, so the engine
    skips ahead to those letters at C speed (what ``\\b(?:...)\\b`` finds)."""
    forms = [f"{w[0].upper()}{w[1:]}" for w in words] + list(words)
    return re.compile("|".join(rf"{w[0]}(?<!\w{w[0]}){w[1:]}\b" for w in forms))


# Pronouns that tell a person's gender, and the possessives that are mentions too.
# ("him" and "her" are left out: "Hattie Lind called him" is about someone else.)
_GENDERED: Final = _words("he", "his", "himself", "she", "herself")
# Those, and "her" owning her voice ("noting that her office found"): a possessive, no
# object ("X called her"), so it tells the one person a sentence names, as "his" does.
_GENDER_TELLING: Final = re.compile(
    rf"{_GENDERED.pattern}|(?<!\w)[Hh]er(?= (?:{'|'.join(sorted(L.OWN_VOICES))})\b)"
)
_POSSESSIVE: Final = _words("his", "her")
# "her name", "her identity": what a source withholds is her own (lexicon.py).
_HER_OWN: Final = re.compile(rf"\b[Hh]er (?:{'|'.join(L.WITHHELD_OWN)})\b")
# A relative clause set off after a noun phrase and what qualifies it ("on the line,
# who declined to give her name,").
_WHO_CLAUSE: Final = re.compile(r"[^,.;:\"“”]{0,60},\s+who\s[^,.;:\"“”]{1,120},")
_HER: Final = _words("her")  # (object or possessive: someone else either way)
# A quote's words for someone else than its speaker ("He never called me back").
_QUOTE_PRONOUN: Final = _words("he", "him", "his", "himself", "she", "her", "herself")
_ANY_PRONOUN: Final = _words("he", "she", "his", "her", "him", "himself", "herself")
# A "who" clause reporting what its person said, up to its "he"/"she": ", who said (that)",
# ", who told reporters", ", who later testified that".
_WHO_SAID: Final = re.compile(
    rf",\s+who\s+(?:[a-z]+ly\s+|later\s+|also\s+)?(?:{'|'.join(sorted(L.RELATIVE_SAYING))})"
    r"(?:\s+(?:reporters|the\s+\w+|\w+))?(?:\s+that)?\s+$"
)
# A couple named as one: "the couple", "The Roe-Vances" (a plural surname).
_PAIR_MENTION: Final = re.compile(  # (boundary checked behind the "T": a faster scan)
    rf"[Tt](?<!\w[Tt])he (?:(?:{'|'.join(sorted(L.PAIR_NOUNS))})|([A-Z][\w'’-]+[a-z])s)\b"
)
_ACTOR_PRONOUN: Final = re.compile(r"\b(?:[Hh]e|[Ss]he|I|[Ww]e)\b")
_PAIR_REACH: Final = 500  # chars between a couple named as one and a pronoun of one of them
# "pressed the nominee on", "the governor's plan": an office or a contest's noun the
# article may tie to a person, read wherever it stands (or a relative). Not one
# opening a name ("the governor, Ann Roe" reads the name), nor one whose voice is what
# acts ("the governor's office replied").
_TIED_MENTION: Final = re.compile(
    rf"\b((?:[Tt]he)\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{'|'.join(sorted(L.TIED_MENTION_HEADS))}))\b"
    rf"(?![-\w]| [A-Z]|['’]s (?:{'|'.join(sorted(L.OWN_VOICES))})\b)"
    # ("looked at her husband": a relative the article names, "Ann Roe ... her husband")
    rf"|\b([Hh](?:is|er) (?:{'|'.join(sorted(L.KIN_GENDER))}))\b(?![-\w]|['’]s|,? [A-Z])"
)
# A gesture toward someone, right before their mention: "looked at", "turned to".
_GESTURE_BEFORE: Final = re.compile(
    rf"\b(?:{'|'.join(sorted(L.GESTURE_VERBS))}) (?:at|to|toward|towards)\s+$"
)
# A verb that reports what someone said or thought: what follows it is their words.
_SAYS: Final = re.compile(
    r"\b(?:said|says|told|tells|thought|thinks|believes|believed|added|argued|claimed|insisted)\b"
)
# A verb of taking a stand right after a subject's name, ending its clause ("Ida Roe,
# his neighbor, disagreed."): the person speaks up, as with a reporting verb.
_TAKES_A_STAND: Final = re.compile(rf",?\s+(?:{'|'.join(sorted(L.STANCE_VERBS))})(?=\s*[.:;])")
# A pronoun tagging its quote as an answer: "she replied", "he shot back".
_ANSWERS: Final = re.compile(rf"(?:[Hh]e|[Ss]he)\s+(?:{L.ANSWERING_CUES})\b")
# The words after the one asked that report the question ("asked Roe whether").
_REPORTED_AFTER: Final = re.compile(rf"\s(?:{L.ASKED_QUESTION_WORDS}|on)\b")
_REPORTED_REACH: Final = 50  # chars from the one asked to the question's first word
# (not "asked Roe to explain why", nor past a clause's end)
_NOT_REPORTED: Final = re.compile(r"[,;:\"“”]|\sto\s|\.\s")
# (the couple's names may stand between: "asked the couple, Ida and Ben Roe, whether")
_PAIR_ASK_GAP: Final = re.compile(r"[;:\"“”]|\sto\s|\.\s")
_QUESTION_END: Final = re.compile(r"\?[\s\"”’']*$")
_OPENS_PRONOUN: Final = re.compile(r"\s*(He|She)\b")
# An aside summing up its sentence, right before its "he"/"she": ", an arrangement
# (he)", ", a move (she)", ", a decision that (he)".
_SUMMING_ASIDE: Final = re.compile(
    r"[^,;:.!?\"“”]\s*,\s+(?:a|an)\s+(?:[a-z][\w’'-]*\s+){1,3}(?:that\s+)?$"
)
_VERB_AFTER: Final = re.compile(r"[A-Za-z]+\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b")
_SUBJECT_WORD: Final = re.compile(r"(?:[Hh]e|[Ss]he)\b")  # (not "Her lawsuit")
# Between a possessor and the person it owns, named: "'s colleague, nurse (Ida Vance)".
_OWNED_APPOSED: Final = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?[\w-]+,\s+(?:[a-z][\w-]*\s+){0,3}")
# The noun a possessor owns: "'s (son)", "'s (campaign) (manager)".
_OWNED_HEAD: Final = re.compile(r"['’]s?\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?")
# A relative clause ending a description before the name it describes: "A retired
# Acme Water supervisor( who lost his job in the cuts, )Ed Roe, told".
_RELATIVE_GAP: Final = re.compile(
    # (a head noun's glued tail first, "A county judge(-executive who ...), Ann Roe,")
    r"(?:-[a-z]+)?\s+(?:who|that)\s+[^,;:.!?()]{1,120},\s+"
    # or a phrase placing it: "A Democratic senator( on the Finance Committee, )Ann Roe
    # of Michigan, said"
    r"|\s+(?:on|of|at|in|from|with)\s+[^,;:.!?()“”\"]{1,60},\s+"
)
# A name closed off as an apposition: ", Ann Roe (D-N.J.), told", ", Ann Roe, said".
_CLOSED: Final = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?,")
# The same after a long description, its home maybe added: ", Ann Roe of Michigan, said".
_CLOSED_HOME: Final = re.compile(
    r"\s*(?:\([^()]{1,30}\)\s*|\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?,"
)
# A noun phrase opening a clause, read for a name set in apposition after it.
_OPENING_NP_CHARS: Final = 60
_TITLE_WORDS_MAX: Final = 4  # "former casino executive", "Deputy Transportation Secretary"
# A short noun phrase with its determiner or possessor: "The official", "Its manager",
# "Benavides's Republican opponent" (not "Now he fears ... eight players").
_OPENING_NP: Final = re.compile(
    r"(?:(?:The|A|An|His|Her|Its|Their|One|Another)\s|(?:[A-Z][\w.-]*\s){0,2}[A-Z][\w-]*['’]s?\s)"
    r"(?:[\w’'.-]+\s){0,3}[\w’'-]+"
)
# A time phrase closing that noun phrase: "Roe's challenger( next year)".
_TIME_TAIL: Final = re.compile(
    rf"\s+(?:{'|'.join(sorted(L.TIME_TAIL_FIRST))})\s+(?:{'|'.join(sorted(L.TIME_TAIL_UNITS))})$"
)
# A place phrase closing it: "Her neighbor( in the bleachers)", "The man( at the door)".
_PLACE_TAIL: Final = re.compile(
    rf"\s+(?:{'|'.join(sorted(L.PLACE_TAIL_PREPOSITIONS))})\s+(?:the|a|an)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?$"
)
# (Clause words: "A spokesman for Sen. Roe", "The bill, sponsored by": no apposition;
# "the" may stand in a title, "The family's pastor, the Rev. Ann Roe,".)
_CLAUSE_WORD: Final = re.compile(rf"\b(?:{'|'.join(sorted(L.APPOSITION_BREAKERS - {'the'}))})\b")
# A noun that tells its person's gender ("nephew", "wife", "chairwoman").
_GENDERED_NOUN: Final = re.compile(
    rf"\b(?:{'|'.join(sorted(L.MALE_NOUNS | L.FEMALE_NOUNS, key=len, reverse=True))})\b"
)
# An "it" that stands for no one: "It emerged that ...", "It is clear that ...".
_EXPLETIVE: Final = re.compile(
    r"[Ii]t\s+(?:(?:is|was|has|had|been|seems|seemed|appears|appeared|emerged|emerges|"
    r"transpired|now|also|became|become|clear|likely|understood|thought|believed|"
    r"reported)\s+){1,3}that\b"
)
_CLAUSE_ENDS: Final = re.compile(r"\s*(?:[,.;:!?)\"“”]|$)")
_ACCORDING_BEFORE: Final = re.compile(r"\b[Aa]ccording to\s+$")
# "The board also heard from Ann Roe, a retired librarian": the one heard speaks next.
_HEARD_FROM_BEFORE: Final = re.compile(r"\bheard\s+from\s+$")
_ASKED_BEFORE: Final = re.compile(rf"\b(?:{'|'.join(sorted(L.ASKING_VERBS))})\s+$")
_ASKING_ENDS: Final = tuple(sorted(L.ASKING_VERBS))
# A passive that hands words to the name after it: "Those claims were put to (Roe)".
_PUT_TO_BEFORE: Final = re.compile(
    rf"\b(?:was|were|been|being|is|are)\s+(?:{'|'.join(sorted(L.PUT_TO_VERBS))})\s+to\s+$"
)
# A main clause joined to the one before: its subject is the later actor.
# (the comma is often left out before "but")
_NEXT_CLAUSE: Final = (", and ", ", but ", " but ", ", so ", "; ")
# A joined main clause opening with a possessor before the name: "..., but (Acme
# Rugby's )Ann Roe rejected his comments": the name is that clause's subject.
_JOINED_OWNED: Final = re.compile(
    r"(?:, and|, but|, so|;| but)\s+(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*['’]s?\s+$"
)
# After a name: ", a senior project manager at Tessla, was": a description set off by
# commas (its head read with C.speaks), then a verb.
_APPOSED_AFTER: Final = re.compile(
    r", (?P<np>(?:a|an|the|its|his|her) (?:[\w'’-]+ ){0,3}?[a-z][\w-]*)"
    r"(?: (?:at|of|for|with) [^,;:.]{1,40})?,(?=\s+(?:[a-z]+(?:ed|s)|was|were|had|is|are|"
    r"said|told|did|will|would|could|can|felt|thought)\b)"
)
# A joined main clause opening with a short noun phrase, a name set after it:
# ", but (a spokesman), " Ida Vance, said.
# (Also ", though (one), Ann Roe (R-Ohio), told": one drawn from those just named.)
_APPOSED_OPENING: Final = re.compile(
    r"(?:, and |, but |, so |, though |, although |, while |; )"
    r"(?P<np>(?:a|an|the|his|her|their|its) (?:[a-z][\w-]* ){0,2}[a-z][\w-]*|(?P<one>one)), $"
)
# "The 22-year-old pipped", "The confident Scot is", "The Scot initially defended": a
# "the ..." phrase of one to three words, then a lower-case verb, perhaps after an adverb
# (read with C.refers_back: it must point back to a person).
_POINTING_BACK: Final = re.compile(
    r"([Tt]he (?:[\w'’-]+ ){0,2}?[\w'’-]+)\s+(?:(also|then|now|still|later|[a-z]+ly)\s+)?"
    r"(?=(?:[a-z]+(?:ed|s)|had|has|is|was|will|would|"
    r"could|can|took|made|went|got|gave|left|felt|thought|kept|won|lost|beat)\b)"
)
# A reflexive right after a name: "Tait himself, at least outwardly, appeared".
_REFLEXIVE: Final = re.compile(r" (him|her)self\b")
# An age set off after a name: "West, 26, began", "Mutu, 25, sacked".
_AGED: Final = re.compile(r", \d{1,2}, (?=[a-z])")
_VERB_NEXT: Final = re.compile(
    r"\s+(?:[a-z]+(?:ed|s)|had|said|told|did|will|would|could|can|took|made|went|got|gave|"
    r"left|felt|thought|kept|sat|stood|ran|won|lost)\b"
)  # "(Ann Roe) stopped her": a verb follows, not "(Ann Roe), who" or "(Ann Roe) of"
# A fronted clause with a subject of its own ("When I told Ann Roe,"), not a participle
# whose subject is the main one ("Asked about Roe's email, he said": not Roe).
_SUBORDINATE: Final = re.compile(
    r"[\"“‘']?(?:When|Whenever|As|After|Before|While|Once|Until|Because|Although|Though|If|"
    r"Even though|Even as)\s"
)
# A "he said" set inside a clause just opened ("..., where, he said, a farmer"): it
# reports that clause only, and the sentence's own people may be meant.
_INTERRUPTED: Final = re.compile(r",\s+(?:where|when|which|because|whereas)\s*,$")
# A fronted "For"/"To" opening the sentence, a person after it ("For Ann Roe, the vote
# was personal", "To Lee, it made no sense"): the sentence is that person's view.
_TOPIC_OPENING: Final = re.compile(r"[\"“‘']?(?:For|To)\s+(?:[A-Z][a-z]{1,3}\.?\s+)?$")
# "For Jupiter analyst ", "For BBC research director ": a title between "For" and the
# name, its last word a person's noun (read with C.speaks).
_TOPIC_TITLED: Final = re.compile(
    r"[\"“‘']?(?:For|To)\s+(?:[A-Z][\w&.-]*\s+){0,2}(?:[a-z][\w-]*\s+)?(?P<head>[a-z][\w-]*)\s+$"
)
_TOPIC_TITLE_CHARS: Final = 50
_START: Final = attrgetter("start")  # (a sort key read in C)


@dataclass(slots=True)
class SalientMention:
    """A person mentioned in one sentence, with the role the mention plays there."""

    name: str
    gender: str | None
    role: str
    start: int
    pronoun: str = ""  # "he"/"she": the person is found when the sentence is read
    surely: bool = False  # named in apposition to a person ("Her lawyer, Obi Fair")


@dataclass(slots=True)
class _Span:
    """One sentence (or the part of it before the pronoun) to read."""

    lo: int
    hi: int
    weight: float  # recency: by sentence and by paragraph
    crossed: int  # paragraph boundaries between it and the pronoun
    first: bool  # the paragraph's first sentence
    before: int = -1  # in the pronoun's own sentence: where the pronoun stands


@dataclass(slots=True)
class _Person:
    best: float
    total: float
    bonus: float  # from holding the floor, being the paragraph's or the article's topic
    gender: str | None
    role: str  # the role of the best mention
    last: int  # where the latest mention starts (ties go to the latest)
    spoke: bool  # named as a speaker (or apposed to a person): surely a person
    quoted: bool = False  # named inside the quote being attributed: hardly its speaker


@dataclass(slots=True)
class Choice:
    """The person a pronoun means, how sure the choice is, and the winning role."""

    name: str
    confidence: Confidence  # "medium" (a clear winner) or "low" (a close runner-up)
    role: str


def _word_at(text: str, word: str) -> Iterator[int]:
    """Where ``word`` stands as a whole word in ``text`` (a plain search: compiling a
    pattern per name would cost more than the search)."""
    i = text.find(word)
    while i >= 0:
        end = i + len(word)
        if (i == 0 or not text[i - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            yield i
        i = text.find(word, end)


@lru_cache(maxsize=4096)
def one_person(words: str) -> bool:
    """ "a spokesman (for X)", "the official", "Mr Roe's spokesman": one unnamed person
    a pronoun can mean; so is one brought in as "a man", "one voter", "a forklift
    operator" (a person by their head noun)."""
    head = words.split(" for ", 1)[0].split(" at ", 1)[0].split(" of ", 1)[0]
    head = head.split(" on ", 1)[0].split(" in ", 1)[0]  # "a nurse (on the cardiac floor)"
    if BODY_MODIFIED.fullmatch(words):
        head = words  # "a Department for Work and Pensions spokeswoman"
    first, last = head.split()[0].lower(), head.split()[-1]
    single = not last.endswith("s") or last.endswith("ss")
    owned = "'s " in head or "’s " in head  # "Tony Blair's official spokesman"
    determined = first in ("a", "an", "the", "one", "another") or owned
    if not (determined and single):
        return False
    if C.PERSON_NOUN.search(head):
        return True
    return first in _INDEFINITE and len(head.split()) > 1 and unnamed_person(last)


_INDEFINITE: Final = frozenset(("a", "an", "one", "another"))
# "has been the source of speculation": a source named after a copula is what the
# subject is (a cause), no person who speaks.
_PREDICATE_SOURCE: Final = re.compile(
    r"\b(?:is|was|are|were|be|been|remains?|remained|became)\s+(?:the|a|an)\s+"
    r"(?:\w+\s+)?source\s+of\b"
)
_DETERMINERS: Final = frozenset(("the", "a", "an", "his", "her", "their", "its"))
# A capitalised word reporting speech: "Parry said", "Parry also revealed".
# (The word boundary is checked behind the capital, so the engine skips ahead to
# capitals at C speed through the article.)
_SPEAKS_AFTER: Final = re.compile(
    r"([A-Z](?<!\w[A-Z])[\w'’-]+)(?:\s+(?:also|then|later))?\s+(?:said|says|told|tells|added|adds|"
    r"explained|insisted|admitted|revealed|countered|confessed|argued|claimed)\b"
)
# Between a name and the person's name it modifies: a rank ("number one") or lower-case
# words ending in a title's head noun ("producer", "chief executive").
_TITLE_GAP: Final = re.compile(
    r" (?:(number (?:one|two|three|\d+))|(?:[a-z][\w-]* ){0,2}([a-z][\w-]*)) "
)


class PronounResolver:
    """Ranks the people before a pronoun by salience (one per article context)."""

    def __init__(self, ctx: ArticleContext) -> None:
        self.ctx = ctx
        self._sentences: dict[tuple[int, int], list[SalientMention]] = {}
        self._resolved: dict[int, Choice | None] = {}  # a pronoun's place -> its person
        self._learned: dict[str, str | None] = {}  # genders read from pronouns
        self._single: frozenset[str] | None = None  # words written alone as a name
        self._pair_surname: str | None = None  # the surname of the article's one couple
        self._ages: dict[str, bool] = {}  # bare names set off by an age (people)
        # How often each capitalised word reports speech ("Parry said"): read once.
        self._speaking: Counter[str] | None = None

    def resolve(self, pronoun: str, pos: int, depth: int = 0) -> Choice | None:
        """The person "he"/"she" at ``pos`` means (None: nobody fits)."""
        if pos in self._resolved:
            return self._resolved[pos]
        want = _PRONOUN_GENDER[pronoun]
        bound = (
            self._relative_subject(want, pos)
            or self._pair_member(want, pos)
            or self._summing_aside(want, pos, depth)
        )
        if bound is not None:
            self._resolved[pos] = bound
            return bound
        people: dict[str, _Person] = {}
        lead = self.ctx.names.lead_person(pos) if LEAD else None
        if lead:
            _add(people, SalientMention(lead, self.gender_of(lead), "lead", -1), 0.0, LEAD)
        floor = False  # has the nearest speaker been given the floor yet?
        near: set[str] = set()
        local: dict[str, bool] | None = None  # the sentence before's people: strong roles?
        para = self.ctx.para_of(pos)
        quote = self._quote_at(pos, para) if depth == 0 else None
        other = _quote_speaks_of(quote, want)
        answers = quote is not None and _ANSWERS.match(self.ctx.text, pos) is not None
        # (a statement tagged after a question reported in the paragraph before
        # answers it: "X asked the director whether she would resign. ¶ "No," she
        # said."; in one paragraph the asker often goes on)
        reply = quote is not None and not _QUESTION_END.search(quote)
        for span in self._spans(pos, para):
            mentions = self._sentence(span.lo, span.hi)
            if span.before >= 0:
                mentions = [m for m in mentions if m.start < span.before]
            mentions = self._with_pronouns(mentions, depth)
            # (the sentence just before a quote the pronoun tags, in its paragraph)
            beat = quote is not None and span.crossed == 0 and span.before < 0 and local is None
            close = span.crossed <= 1 and span.before < 0 and local is None
            asked = (beat, answers and close, reply and close and span.crossed == 1)
            self._weigh(people, mentions, span, quote, asked, near)
            if quote is not None and span.crossed == 1 and span.first and local is None:
                self._lead_in(people, mentions, span, want, para)
            if span.crossed == 0 and span.before < 0 and local is None:
                local = {m.name: m.role in _LOCAL_ROLES for m in mentions if m.name}
            floor = _bonuses(people, mentions, span, floor)
            # Stop once the sentences further back can hardly change the choice (a
            # paragraph's topic only breaks near ties among those already read).
            rest = span.weight * SENTENCE_DECAY * (1 + ACCUMULATE)
            if _settled(people, want, self, rest + (0.0 if floor else FLOOR), other):
                break
        choice = self._chosen(people, local, (want, pos, para, depth), (quote, other), near)
        self._resolved[pos] = choice
        return choice

    def _chosen(
        self,
        people: dict[str, _Person],
        local: dict[str, bool] | None,
        at: tuple[str, int, int, int],
        tagged: tuple[str | None, bool],
        near: set[str],
    ) -> Choice | None:
        """The person the weighed sentences give (``at``: the pronoun's gender, position,
        paragraph and depth; ``tagged``: the quote it tags and whom that quote speaks
        of), with the fallbacks when they give no one."""
        want, pos, para, depth = at
        quote, other = tagged
        # A person of the pronoun's gender named earlier in its own paragraph, as a
        # subject or a clause's other person, is who the paragraph goes on about:
        # those named only in paragraphs before yield to them.
        choice = _choose(
            self._continued(people, local, want, pos, para) or people, want, self, other
        )
        if choice is None and quote is not None:
            choice = self._addressed(pos, para, want)
        choice = self._lead_instead(choice, want, pos, near)
        if choice is None and depth == 0 and _SUBJECT_WORD.match(self.ctx.text, pos):
            choice = self._named_after(want, pos, para)
        return choice

    def _named_after(self, want: str, pos: int, para: int) -> Choice | None:
        """ "'I waited ten years,' she said. ¶ ... said Ann Lee, a nurse": a "he"/"she"
        in the story's opening paragraphs that no one named before fits is the first
        person of its gender (or of unknown gender, named in full and by surname alone)
        named after it, in its paragraph or the next two (a lede that names its person
        later; a guess)."""
        ctx = self.ctx
        paras = ctx.article.paragraphs
        if sum(p.kind == "body" for p in paras[:para]) > _LEDE_PARAGRAPHS:
            return None
        hi = paras[min(len(paras) - 1, para + _AFTER_PARAGRAPHS)].end
        unknown: tuple[str, int] | None = None  # the first fit of unknown gender, its paragraph
        for m in ctx.names.mentions_between(pos, hi):
            if ctx.inside_quote(m.start) or not ctx.names.is_person(m):
                continue
            at = ctx.para_of(m.start)
            if unknown is not None and at > unknown[1]:
                break
            if paras[at].kind != "body":
                continue
            if _OBJECT_BEFORE.search(ctx.text, max(0, m.start - 40), m.start):
                continue  # (not "she said of Judge Ann Lee": whom the quote is about)
            name = ctx.names.resolve(m)
            gender = self.gender_of(name, m.honorific) or self.learned_gender(name)
            if gender == want:
                return Choice(name, "low", "later")
            if unknown is None and gender is None and " " in name and self.attested(name):
                unknown = (name, at)  # (not "San Mateo": no one)
        # ("Theo and Ida Roe": one of the pronoun's gender named in the same paragraph
        # as one of unknown gender is the likelier.)
        return Choice(unknown[0], "low", "later") if unknown else None

    def _lead_in(
        self,
        people: dict[str, _Person],
        mentions: list[SalientMention],
        span: _Span,
        want: str,
        para: int,
    ) -> None:
        """ "But that was not enough for Mr Roe. ¶ "Q," he said.": a one-sentence
        paragraph just before the quote's own (which the quote opens) that names one
        person, of the pronoun's gender, leads into their words, whatever role the name
        plays there (here the object of "for")."""
        ctx = self.ctx
        if span.hi < ctx.article.paragraphs[para - 1].end - 1:
            return  # (not the paragraph's only sentence)
        if not ctx.text[ctx.article.paragraphs[para].start :].lstrip().startswith(('"', "“")):
            return  # (the quote does not open its paragraph)
        named = {m.name for m in mentions if m.name}
        if len(named) != 1:
            return
        m = next(m for m in mentions if m.name)
        apposed = _DESCRIBED_NAME.fullmatch(ctx.text, span.lo, m.start)
        if not apposed and self._described_subject(span.lo, m.start):
            return  # ("The previous day, the champion lost to Ida Roe": the champion's)
        if m.gender == want and m.role not in _ACTING:
            _add(people, m, ROLE_WEIGHT["subject"] * span.weight)

    def _described_subject(self, lo: int, name_at: int) -> bool:
        """Does a phrase that can speak ("the champion", "the former minister") stand
        before the name: a person described, who may be the one who goes on?"""
        words = self.ctx.text[lo:name_at].lower().split()
        return any(
            C.speaks(" ".join(words[i : i + k]))
            for i, w in enumerate(words)
            if w in _DETERMINERS
            for k in (2, 3)
        )

    def _relative_subject(self, want: str, pos: int) -> Choice | None:
        """ "... was echoed by Vickery, who said she first learned of it": the "he"/"she"
        of a "who said" clause is the person "who" stands for, whatever role the name
        plays in the main clause (None: no such clause, or the genders disagree)."""
        ctx = self.ctx
        mentions = ctx.names.mentions_between(max(0, pos - 80), pos)
        if not mentions or not _WHO_SAID.fullmatch(ctx.text, mentions[-1].end, pos):
            return None
        m = mentions[-1]
        if not ctx.names.is_person(m):
            return None
        name = ctx.names.resolve(m)
        gender = self.gender_of(name, m.honorific) or self.learned_gender(name)
        return Choice(name, "medium", "subject") if gender in (None, want) else None

    def _summing_aside(self, want: str, pos: int, depth: int) -> Choice | None:
        """ "Roe said the caucus would not push him, an arrangement he called "Q"": the
        "he"/"she" of an aside summing up the sentence before it ("a move she", "an
        arrangement he") is the sentence's subject, who made the statement it sums up,
        not the person named last inside it (None: no such aside, or the subject is
        no person of that gender)."""
        ctx = self.ctx
        if not _SUMMING_ASIDE.search(ctx.text, max(0, pos - 60), pos):
            return None
        if not _VERB_AFTER.match(ctx.text, pos):
            return None
        s_lo, _ = ctx.sentence_span(ctx.para_of(pos), pos)
        main = main_clause(ctx.text, s_lo, pos)
        subject = next(iter(ctx.candidates(main, pos)), None)
        if subject is None or not ctx.opens_sentence(main, subject.start):
            return None
        if subject.kind == "pronoun":  # "She said ..., a step she called": whom "she" means
            if _PRONOUN_GENDER.get(subject.words.lower()) != want or depth >= _CHAIN_DEPTH:
                return None
            choice = self.resolve(subject.words.lower(), subject.start, depth + 1)
            return Choice(choice.name, "medium", "subject") if choice else None
        m = subject.mention
        if m is None or not ctx.names.is_person(m):
            return None
        name = ctx.names.resolve(m)
        gender = self.gender_of(name, m.honorific) or self.learned_gender(name)
        return Choice(name, "medium", "subject") if gender == want else None

    def _pair_member(self, want: str, pos: int) -> Choice | None:
        """ "Back at the table, the couple was asked ... ¶ "Q," she said": a "he"/"she"
        after a couple named as one ("the couple", "the Roes"), with no one else named
        since, is the one of the two of that gender (None: no such couple, or not one
        member of that gender)."""
        ctx = self.ctx
        lo = ctx.article.paragraphs[max(0, ctx.para_of(pos) - 2)].start
        found = [m for m in _PAIR_MENTION.finditer(ctx.text, max(lo, pos - _PAIR_REACH), pos)]
        if not found or ctx.inside_quote(found[-1].start()):
            return None
        pair = found[-1]
        if self._pair_acted_on(pair.start()) and not self._pair_asked(pair):
            return None
        members = self._pair_members(pair)
        if not members:
            return None
        for m in ctx.names.mentions_between(pair.end(), pos):
            if ctx.inside_quote(m.start) or not ctx.names.is_person(m):
                continue
            if ctx.names.resolve(m) not in members:
                return None  # (someone else named since)
        if any(not ctx.inside_quote(n.start()) for n in C.nominals(ctx.text, pair.end(), pos)):
            return None  # ("a neighbor said ...")
        fits = [n for n in members if (self.gender_of(n) or self.learned_gender(n)) == want]
        return Choice(fits[0], "medium", "pair") if len(fits) == 1 else None

    def _pair_members(self, pair: re.Match[str]) -> set[str]:
        """The people a couple named as one stands for: those of the surname it gives
        ("the Roes") or of the couple named before, else the article's one couple."""
        ctx = self.ctx
        surname = pair.group(1) or next(
            (c[3] for c in reversed(ctx.names.couples) if c[1] <= pair.start()), None
        )
        surname = surname or self._couple_surname()
        if surname is None or surname not in ctx.names.full:
            return set() if surname or pair.group(1) else self._joined_couple()
        return {n for _, n in ctx.names.full[surname]}

    def _joined_couple(self) -> set[str]:
        """ "Ida Lind-Roe" and "Pieter Roe": a woman and a man, one's family name a part
        of the other's joined one, are the article's couple when they are its only such
        pair (empty: none, or several)."""
        people = {n for names in self.ctx.names.full.values() for _, n in names}
        found = []
        for a in people:
            for b in people:
                if self.gender_of(a) == "f" and self.gender_of(b) == "m":
                    sa, sb = _surname(a), _surname(b)
                    if sa != sb and (sb in sa.split("-") or sa in sb.split("-")):
                        found.append({a, b})
        return found[0] if len(found) == 1 else set()

    def _pair_acted_on(self, at: int) -> bool:
        """ "He said he liked the Roes personally": a couple whom another person (a
        pronoun, a name) before them in their clause acts on is not who goes on (in
        "She sat down, and afterward the couple took questions" the couple acts)."""
        ctx = self.ctx
        lo, _ = ctx.sentence_span(ctx.para_of(at), at)
        lo = max(lo, ctx.text.rfind(",", lo, at) + 1, ctx.text.rfind(";", lo, at) + 1)
        if _ACTOR_PRONOUN.search(ctx.text, lo, at):
            return True
        return any(ctx.names.is_person(m) for m in ctx.names.mentions_between(lo, at))

    def _pair_asked(self, pair: re.Match[str]) -> bool:
        """ "Rep. Ida Roe asked the couple whether they had sought an exception": a
        couple asked a question the reporter words answers it, whoever asks."""
        text = self.ctx.text
        if not _ASKED_BEFORE.search(text, max(0, pair.start() - 14), pair.start()):
            return False
        found = _REPORTED_AFTER.search(text, pair.end(), pair.end() + _REPORTED_REACH)
        return found is not None and not _PAIR_ASK_GAP.search(text, pair.end(), found.start())

    def _couple_surname(self) -> str | None:
        """The one surname the article gives a man and a woman ("Pieter Roe", "Ida Roe"):
        whom "the couple" means when no "X and Y Roe" names them (None: none, or two)."""
        if self._pair_surname is None:
            found = []
            for surname, names in self.ctx.names.full.items():
                genders = {self.gender_of(n) for n in {n for _, n in names}}
                if {"m", "f"} <= genders:
                    found.append(surname)
            self._pair_surname = found[0] if len(found) == 1 else ""
        return self._pair_surname or None

    def _weigh(
        self,
        people: dict[str, _Person],
        mentions: list[SalientMention],
        span: _Span,
        quote: str | None,
        beat: tuple[bool, bool, bool],
        near: set[str],
    ) -> None:
        """Add what each mention of one sentence weighs to its person. ``beat``: is it
        the sentence just before a quote the pronoun tags (a relative acting there
        speaks, not the one whose relative they are, "His father rolled his eyes. "Q,"
        he said"), and the one before a quote tagged as an answer (`Oxley pressed the
        governor on it. "Q," she replied`: the one asked answers, not the asker), and
        the one before a statement, not a question (`Roe asked the director whether
        she would go. "No," she said`: the one asked of a question reported answers)?"""
        kin = {m.start for m in mentions if m.role == "kin"} if beat[0] else ()
        for m in mentions:
            role_weight = ROLE_WEIGHT[m.role]
            if kin and m.role in ("kin", "subject"):
                role_weight = ROLE_WEIGHT["subject" if m.role == "kin" else "his"]
            put = self._put(m, beat[2], span.hi)
            if m.role == "asked" and (span.before >= 0 or beat[1] or put):
                role_weight = SAME_SENTENCE_ASKED
            if m.name not in people and self._named_in(quote, m.name):
                people[m.name] = _Person(0, 0, 0, m.gender, m.role, m.start, False, True)
            _add(people, m, role_weight * span.weight)
            if span.crossed < _TOPIC_GAP - 1:
                near.add(m.name)  # mentioned within the last two paragraphs

    def _put(self, m: SalientMention, reply: bool, hi: int) -> bool:
        """Is the one asked at ``m`` asked a question the reporter words ("asked the
        director whether", "pressed Roe on"), before a reply, with no cue after it in
        the sentence ("Roe, who questioned the nominee about it, said afterward": the
        asker speaks)?"""
        if not reply or m.role != "asked":
            return False
        text = self.ctx.text
        found = _REPORTED_AFTER.search(text, m.start, m.start + _REPORTED_REACH)
        if found is None or _NOT_REPORTED.search(text, m.start, found.start()):
            return False
        return not self.ctx.cues_in(found.end(), hi)

    def _continued(
        self,
        people: dict[str, _Person],
        local: dict[str, bool] | None,
        want: str,
        pos: int,
        para: int,
    ) -> dict[str, _Person] | None:
        """ "... talking with a group that included Pauley. She said afterward": a
        "he"/"she" opening a sentence goes on with the one person of its gender the
        sentence before names as a subject or a clause's person (one who spoke paragraphs
        before yields); None when that sentence names none, or two who may fit."""
        if not local:
            return None
        s_lo, _ = self.ctx.sentence_span(para, pos)
        opener = self.ctx.text[s_lo:pos].strip(_OPENING_MARKS).replace(",", " ").lower()
        if opener and not set(opener.split()) <= L.FRONTED_TIME:
            return None  # (a tag after a quote: who holds the floor counts)
        fits = [n for n in local if n in people and people[n].gender in (None, want)]
        if len(fits) != 1 or not local[fits[0]] or people[fits[0]].gender != want:
            return None
        return {fits[0]: people[fits[0]]}

    def _addressed(self, pos: int, para: int, want: str) -> Choice | None:
        """`"Mr. Fenwick, were all 4,000 our fault?" she asked. ¶ "No," he said.`: when
        no one named fits, the one the quote before addressed by name answers (a guess)."""
        ctx = self.ctx
        k = bisect.bisect_right(ctx.q_starts, pos) - 1
        while k >= 0 and ctx.quotes[k].end > pos - _QUOTE_GAP and ctx.quotes[k].paragraph == para:
            k -= 1  # (the quote the pronoun tags)
        if k < 0 or ctx.quotes[k].last_paragraph < para - 1:
            return None
        q = ctx.quotes[k]
        for m in ctx.names.mentions_between(q.start, min(q.end, q.start + 40))[:1]:
            if m.start - q.start > 2 or not ctx.text.startswith(",", m.end):
                return None  # (a vocative opens the quote: "Mr. Fenwick, ...")
            if not ctx.names.is_person(m):
                return None
            name = ctx.names.resolve(m)
            if self.gender_of(name, m.honorific) in (None, want):
                return Choice(name, "low", "addressed")
        return None

    def _lead_instead(
        self, choice: Choice | None, want: str, pos: int, near: set[str]
    ) -> Choice | None:
        """A pronoun whose person was last named three or more paragraphs up (or not
        at all), or is someone only described whose gender nothing tells ("a party
        strategist said"): the story's main person of that gender goes on being "she"
        (a profile's subject, not the pollster quoted paragraphs before), as a guess."""
        if choice is not None and choice.name in near and not self._genderless_label(choice):
            return choice
        lead = self.ctx.names.main_person(pos)
        if lead is None or (choice is not None and lead == choice.name):
            return choice
        gender = self.gender_of(lead) or self.learned_gender(lead)
        return Choice(lead, "low", "lead") if gender == want else choice

    def _genderless_label(self, choice: Choice) -> bool:
        """Is the chosen one an unnamed person ("a party strategist") whose gender
        neither the noun nor a pronoun for them tells?"""
        name = choice.name
        return not name[:1].isupper() and noun_gender(name) is None and choice.role != "lead"

    def _named_in(self, quote: str | None, name: str) -> bool:
        """Does the quote the pronoun attributes name this person ("I said to Harry
        ...")? Then they are hardly its speaker (people do not name themselves)."""
        if not quote or not name[:1].isupper():
            return False
        words = [t for t in name.split() if len(t) > 2 and t[:1].isupper()]
        return any(next(_word_at(quote, t), None) is not None for t in words)

    def _quote_at(self, pos: int, para: int) -> str | None:
        """The text of the quote a pronoun at ``pos`` attributes: the one just before
        (`"Q," he said`) or just after (`He said: "Q"`) in the same paragraph."""
        ctx = self.ctx
        i = bisect.bisect_right(ctx.q_starts, pos) - 1
        for k in (i, i + 1):
            if 0 <= k < len(ctx.quotes):
                q = ctx.quotes[k]
                near = q.end <= pos < q.end + _QUOTE_GAP or pos < q.start < pos + _QUOTE_GAP
                if near and q.paragraph <= para <= q.last_paragraph:
                    return q.text
        return None

    def gender_of(self, name: str, honorific: str | None = None) -> str | None:
        """A person's gender from an honorific or the first name (None: unknown); a
        first name both sexes bear yields to the article's pronouns for the person."""
        gender = self.ctx.names.gender_of(name) or honorific_gender(honorific)
        unisex = gender and honorific is None and name.split(" ", 1)[0] in L.UNISEX_NAMES
        if unisex and name not in self.ctx.names.gender:  # (no "Mr"/"Ms" in the article)
            return self.learned_gender(name) or gender
        return gender

    def learned_gender(self, name: str) -> str | None:
        """The gender of a person no honorific or first name tells, from the pronouns
        the article uses for them (looked up only for those still in the running)."""
        if not name[:1].isupper():
            return None
        if name not in self._learned:
            self._learned[name] = self._learn_gender(name)
        return self._learned[name]

    def attested(self, name: str) -> bool:
        """Is ``name`` surely a person: its surname also stands alone ("Ms Roe",
        "Roe said"), as a news article shortens people, never films or firms?"""
        if self._single is None:
            self._single = frozenset(w for _, w in self.ctx.names.runs if " " not in w)
        surname = _surname(name)
        if surname in self._single or not name[:1].isupper():
            return True
        # (Of several people sharing a surname, each is shortened to the first name:
        # "Adaobi remembers it" after "Adaobi Okonkwo" and "Chidinma Okonkwo".)
        first = name.split(" ", 1)[0]
        return first in self._single and len(set(self.ctx.names.full_forms(surname))) > 1

    def _learn_gender(self, name: str) -> str | None:
        """ "Van Meter, reached by phone, said she was relieved": in a sentence naming
        one person and no pronoun before them, the pronouns after tell their gender;
        "X asked her to wrap up" tells the other one (a vote over the sentences that
        hold the surname)."""
        ctx = self.ctx
        votes = {"m": 0, "f": 0}
        seen = set()
        surname = _surname(name)
        for pos in _word_at(ctx.text, surname):
            para = ctx.para_of(pos)
            if ctx.article.paragraphs[para].kind != "body":
                continue
            lo, hi = ctx.sentence_span(para, pos)
            # "Hattie Lind, who succeeded him, called him": whom a person acts on is
            # someone else, so likely of the other gender.
            if C.OBJECT_HIM.match(ctx.text, pos + len(surname), hi):
                votes["f"] += 1
            elif C.OBJECT_HER.match(ctx.text, pos + len(surname), hi):
                votes["m"] += 1
            if lo in seen:
                continue
            seen.add(lo)
            found = self._one_named(lo, min(hi, lo + _SPAN_CHARS))
            if found and found[0] == name:
                votes[found[1]] += 1
            elif found is None and (gender := self._next_opens_pronoun(para, hi)):
                # "One borrower, Ida Roe, attended with her children. She said ...":
                # the next sentence goes on with the one person this one names.
                votes[gender] += self._only_person(lo, min(hi, lo + _SPAN_CHARS)) == name
        if votes["m"] == votes["f"]:
            return None
        return "m" if votes["m"] > votes["f"] else "f"

    def _people_in(self, lo: int, hi: int) -> dict[str, int]:
        """The people a sentence names outside quotes, each with their first place."""
        ctx = self.ctx
        return {
            ctx.names.resolve(m): m.start
            for m in ctx.names.mentions_between(lo, hi)
            if ctx.names.is_person(m) and not ctx.inside_quote(m.start)
        }

    def _only_person(self, lo: int, hi: int) -> str | None:
        """The one person a sentence names, no pronoun before them ("her loan servicer
        ... under the Public Service Loan Forgiveness program": someone else's story)."""
        people = self._people_in(lo, hi)
        if len(people) != 1:
            return None
        name, first = next(iter(people.items()))
        return None if _ANY_PRONOUN.search(self.ctx.text, lo, first) else name

    def _next_opens_pronoun(self, para: int, hi: int) -> str | None:
        """The gender of "He"/"She" opening the next sentence of the paragraph."""
        m = _OPENS_PRONOUN.match(self.ctx.text, hi, self.ctx.article.paragraphs[para].end)
        return None if m is None else _PRONOUN_GENDER[m.group(1).lower()]

    def _one_named(self, lo: int, hi: int) -> tuple[str, str] | None:
        """The one person a sentence names and the one gender its later pronouns have."""
        text = self.ctx.text
        if _GENDER_TELLING.search(text, lo, hi) is None:
            return None  # (most sentences: settled by one search)
        people = self._people_in(lo, hi)
        if len(people) != 1:
            return None
        name, first = next(iter(people.items()))
        asked = C.ASKED_OPENING.match(text, lo, hi)
        if asked and first < asked.end():
            return None  # "Asked whether Roe had called, she said": someone else's "she"
        her = _HER.search(text, lo, first)
        if her and not self.ctx.inside_quote(her.start()):
            return None  # "Her rival, Bo Lind, said she faltered": her "she", not his
        # "Roe said her nephew was killed when he found a gun": past a gendered noun
        # ("nephew", "wife"), a pronoun may mean that person instead.
        other = _GENDERED_NOUN.search(text, first, hi)
        genders = set()
        for m in _GENDER_TELLING.finditer(text, lo, other.start() if other else hi):
            if self.ctx.inside_quote(m.start()):
                continue
            if m.start() < first:
                return None  # "Her lawyer, Obi Fair, said she": the pronoun is someone else
            genders.add("f" if m.group().lower() in ("she", "herself", "her") else "m")
        return (name, genders.pop()) if len(genders) == 1 else None

    # -- where to look ---------------------------------------------------------
    def _spans(self, pos: int, para: int) -> Iterator[_Span]:
        """The sentences before ``pos`` (in paragraph ``para``), nearest first, with
        their recency weight."""
        ctx = self.ctx
        paras = ctx.article.paragraphs
        starts = ctx.sentence_starts(para)
        s_lo, s_hi = ctx.sentence_span(para, pos)
        if pos - s_lo > 2 and self._same_sentence_counts(s_lo, pos):
            # (The whole sentence is read, once, and only the names before ``pos`` kept.)
            yield _Span(s_lo, s_hi, SAME_SENTENCE, 0, s_lo == starts[0], before=pos)
        seen, crossed, p = 0, 0, para
        while p >= 0 and seen < LOOKBACK_SENTENCES and crossed <= LOOKBACK_PARAGRAPHS:
            if paras[p].kind == "body":  # (not captions or the headline)
                starts = ctx.sentence_starts(p)
                top = bisect.bisect_right(starts, pos) - 2 if p == para else len(starts) - 1
                for j in range(top, -1, -1):
                    end = starts[j + 1] if j + 1 < len(starts) else paras[p].end
                    weight = SENTENCE_DECAY**seen * PARAGRAPH_DECAY**crossed
                    yield _Span(starts[j], end, weight, crossed, j == 0)
                    seen += 1
                    if seen >= LOOKBACK_SENTENCES:
                        return
                crossed += 1
            p -= 1

    def _same_sentence_counts(self, s_lo: int, pos: int) -> bool:
        """ "Mr Coyne told the paper that he believed": the sentence's own subject may
        be meant; not in "Mr Blair had been hurt, he added" (the pronoun speaks the
        whole sentence), unless a colon led into the quote (`Ines Parra waited to
        speak: "Q," she said`) or the pronoun interrupts a clause just opened ("...,
        where, he said, ...")."""
        text = self.ctx.text
        tail = text[s_lo:pos].rstrip()
        if not tail.endswith((",", '"', "”", "'", "’")):
            return True
        if _INTERRUPTED.search(tail):
            return True  # "Roe flipped through notes from April, where, he said, a farmer"
        if (
            _SUBORDINATE.match(text, s_lo, pos)
            and main_clause(text, s_lo, pos) == pos
            and _GENDERED.search(text, s_lo, pos) is None  # (not "When he met Roe, he")
        ):
            return True  # "When I told Ann Roe, she winced": the fronted clause's person
        return self.ctx._after_colon_quote(s_lo, pos)

    # -- one sentence ----------------------------------------------------------
    def _sentence(self, lo: int, hi: int) -> list[SalientMention]:
        key = (lo, hi)
        found = self._sentences.get(key)
        if found is None:
            self._sentences[key] = []  # (a relative's owner read inside it: no loop)
            found = self._sentences[key] = self._read_sentence(lo, min(hi, lo + _SPAN_CHARS))
        return found

    def _with_pronouns(self, mentions: list[SalientMention], depth: int) -> list[SalientMention]:
        """A sentence's mentions with its "he"/"she" resolved in turn (an earlier
        pronoun lends its place to the person it means), followed back once."""
        for m in mentions:
            if m.pronoun:
                break
        else:
            return mentions  # (most sentences: no "he" or "she" to follow)
        out = []
        unknown: SalientMention | None = None  # a subject "he" left unresolved
        for m in mentions:
            if not m.pronoun:
                if unknown is None or not _bound_by(unknown, m):
                    out.append(m)
                continue
            # (Only a pronoun standing as a subject is followed: it is what counts;
            # past the depth, only one already resolved is used.)
            if m.start in self._resolved:
                choice = self._resolved[m.start]
            elif depth < _CHAIN_DEPTH and m.role in ("subject", "speaker"):
                choice = self.resolve(m.pronoun, m.start, depth + 1)
            else:
                choice = None
            if choice:
                # ("A guard said ... before he died": the "he" tells a description's
                # gender; a name's unknown one is learned from the whole article.)
                gender = self.gender_of(choice.name)
                if gender is None and not choice.name[:1].isupper():
                    gender = _PRONOUN_GENDER[m.pronoun]
                out.append(SalientMention(choice.name, gender, m.role, m.start, m.pronoun))
            elif m.role in _ACTING and unknown is None:
                unknown = m
        return out

    def _read_sentence(self, lo: int, hi: int) -> list[SalientMention]:
        """The people a sentence mentions, each with its role there."""
        ctx = self.ctx
        guess = ctx.lead_guess
        main = main_clause(ctx.text, lo, hi)
        found: list[SalientMention] = []
        subject: Candidate | None = None
        voice = ctx._described_voice(lo, hi)
        if voice:
            # "The former Scotland international added that": the one who spoke before.
            found.append(SalientMention(voice[0], self.gender_of(voice[0]), "subject", lo))
        office = None if voice else self._office_opening(main, hi)
        if office:
            found.append(office[0])
        cands, cues, kin = self._sentence_candidates(lo, hi, main)
        named = self._opening_apposition(cands, main, hi)
        for k, c in enumerate(cands):
            if c.kind == "pronoun" and _EXPLETIVE.match(ctx.text, c.start, hi):
                continue  # "It emerged that Mr Roe had ...": Mr Roe is the subject
            if office and c.start < office[1]:
                continue  # (a word of the office's phrase)
            if self._modifies_next(cands, k):
                continue  # "British number one Tim Henman believes": his phrase's word
            if voice and c.kind == "nominal" and ctx.opens_sentence(lo, c.start):
                continue  # (the description of the voice)
            role = self._role(c, main, subject is not None or bool(voice or office))
            if c.kind == "nominal" and k and self._describes_named(cands[k - 1], c, found):
                if role == "subject":
                    found[-1].role = role  # "That was the view of Ann Roe, a historian who"
                continue
            apposed = False
            if subject is not None:
                found, role, apposed = self._after_subject(
                    c, c is named, subject, role, found, main
                )
            if role in ("subject", "other") and cues is None:
                cues = ctx.cues_in(lo, hi)
            if role == "subject":
                subject = c
                if cues and cues[-1].start() >= c.end:  # (cues stand in text order)
                    role = "speaker"  # "Ann Roe said ...": a reporting verb's subject
                elif _TAKES_A_STAND.match(ctx.text, c.end):
                    role = "speaker"  # "Her neighbor, Ida Roe, disagreed.": she speaks up
            elif role == "other" and self._at_cue(c, cues or []) and not self._reported(c, found):
                role = "speaker"  # "..., the spokesman said", "said Ann Roe"
            if c is kin and role == "subject" and not c.words.startswith("the "):
                role = "kin"  # "His father raised corn": the owner is still the topic
            self._add_mention(found, c, role, apposed, hi)
        ctx.lead_guess = guess  # (reading a role here is no guess for the quote)
        if main > lo and _SUBORDINATE.match(ctx.text, lo, main):
            _bind_to_fronted(found, main)
        if ctx.text.find(" name", lo, hi) >= 0:  # (one look: most sentences name none)
            _name_given(ctx.text, lo, hi, found)
            _named_description(ctx.text, lo, hi, found)
        return self._with_owners_and_voices(lo, hi, found, main)

    def _after_subject(
        self,
        c: Candidate,
        is_named: bool,
        subject: Candidate,
        role: str,
        found: list[SalientMention],
        main: int,
    ) -> tuple[list[SalientMention], str, bool]:
        """Candidate ``c`` read after the sentence's subject: an apposed name replaces the
        phrase before it, a name joined by "and" is a subject too, a later clause's subject
        takes over. Returns the mentions so far, ``c``'s role and whether it was apposed."""
        if self._appositive(subject, c):
            # "Her lawyer, Obi Fair of the project, said"
            return [m for m in found if m.start != subject.start], "subject", True
        if is_named:
            # "Roe's Republican opponent, Ida Vance,": the phrase before is hers (an
            # owner's "her" stays)
            return [m for m in found if m.start < main or m.pronoun], "subject", True
        if self.ctx.text[subject.end : c.start] in (" and ", " & "):
            if subject.kind == "pronoun" and subject.words in ("He", "She"):
                # "He and Whitby-Kane had a tense exchange": the one the story goes on
                # about opens it, the newcomer joined to him is a lesser mention.
                return found, "other", False
            return found, "subject", False  # "Mr Gorra and Mr Holloway met": both subjects
        if role == "subject":
            # "One mother tried to read, and Ann Roe stopped her": the later clause's
            # subject is who the sentence ends on; the first yields.
            for earlier in found:
                if earlier.start == subject.start and earlier.role == "subject":
                    earlier.role = "other"
        return found, role, False

    def _modifies_next(self, cands: list[Candidate], k: int) -> bool:
        """Is candidate ``k`` a name that is no person's, set before a person's name in
        one noun phrase, a title's head noun or a rank between ("British number one Tim
        Henman", "Silver Tides producer Ida Roe")? It opens the person's phrase, so it
        takes no role (the subject is the person)."""
        c = cands[k]
        if c.kind != "name" or k + 1 >= len(cands) or cands[k + 1].kind != "name":
            return False
        nxt, names = cands[k + 1], self.ctx.names
        if c.mention is None or nxt.mention is None or names.is_person(c.mention):
            return False
        gap = _TITLE_GAP.fullmatch(self.ctx.text, c.end, nxt.start)
        if gap is None or not names.is_person(nxt.mention):
            return False
        return gap.group(1) is not None or unnamed_person(gap.group(2))

    def _who_follows(self, c: Candidate) -> bool:
        """ "DiCaprio, who lost out to Foxx, will face him": a bare surname the article
        never gives in full, set off by ", who", is a person's (a body takes "which");
        so is one the article sets off by an age anywhere ("West, 26, began rapping"),
        even a word that may name a place or a body ("West"): only a person has an age."""
        m = c.mention
        if m is None or len(m.tokens) != 1 or m.honorific:
            return False
        if self._aged(m.surname) or _REFLEXIVE.match(self.ctx.text, c.end):
            return True  # (also "Tait himself appeared unmoved": only a person is "himself")
        if m.surname in L.US_STATES and self.ctx.text.endswith(" of ", 0, c.start):
            return False  # "Sen. Ann Roe of Kansas, who sat": the "who" is hers, not a state's
        return not m.org and self.ctx.text.startswith(", who ", c.end)

    def _aged(self, word: str) -> bool:
        """Does the article set ``word`` off by an age somewhere ("West, 26, began")?"""
        if word not in self._ages:
            text, at = self.ctx.text, -1
            found = False
            while not found and (at := text.find(word + ", ", at + 1)) >= 0:
                found = bool(_AGED.match(text, at + len(word))) and not text[at - 1 : at].isalpha()
            self._ages[word] = found
        return self._ages[word]

    def _speaks_alone(self, m: Mention) -> bool:
        """ "But Parry, speaking to BBC Sport, admits ...": a surname the article never
        gives in full is still a person's when it reports speech at least twice ("Parry
        said", "Parry explained"; a firm or a club seldom does so twice)."""
        if m.org or len(m.tokens) != 1 or m.honorific:
            return False
        if self._speaking is None:  # (one scan of the article, not one per surname)
            self._speaking = Counter(_SPEAKS_AFTER.findall(self.ctx.text))
        return self._speaking[m.surname] >= 2

    def _opening_apposition(self, cands: list[Candidate], main: int, hi: int) -> Candidate | None:
        """ "Benavides's Republican opponent, former casino executive Blake Hartigan,
        has denied", "The official, Deputy Transportation Secretary Norman K. Faircloth,
        intervened": a person named, a title before the name, in apposition to the short
        noun phrase that opens the main clause is its subject (not a word inside it)."""
        text = self.ctx.text
        comma = text.find(", ", main, min(hi, main + _OPENING_NP_CHARS))
        if comma < 0 or text.find(" ", main, comma) < 0:
            return None  # (one word before the comma: "Roe, a lawyer, said" is plain)
        phrase = text[main:comma]
        if tail := _TIME_TAIL.search(phrase) or _PLACE_TAIL.search(phrase):
            phrase = phrase[: tail.start()]
        if not _OPENING_NP.fullmatch(phrase) or _CLAUSE_WORD.search(phrase) or not C.speaks(phrase):
            return None
        for c in cands:
            if c.start < comma + 2:
                continue
            gap = text[comma + 2 : c.start]
            if (
                c.kind != "name"
                or c.mention is None
                or len(gap.split()) > _TITLE_WORDS_MAX
                or _CLAUSE_WORD.search(gap)
                or not self.ctx.names.is_person(c.mention)
            ):
                return None
            return c if _CLOSED_HOME.match(text, c.end) else None
        return None

    def _add_mention(
        self, found: list[SalientMention], c: Candidate, role: str, apposed: bool, hi: int
    ) -> None:
        """Add candidate ``c``'s person (in ``role``) to the sentence's ``found``."""
        m = self._mention(c, role)
        if m is not None:
            # (a person, though never named by surname alone: apposed to a person,
            # a "who" after the name, or a person's honorific, "Sen. Ann Roe")
            m.surely = apposed or (
                c.kind == "name"
                and (self._who_follows(c) or bool(c.mention and c.mention.honorific))
            )
            found.append(m)
            if role in _ACTING and c.mention and len(c.mention.tokens) == 1 and m.gender:
                self._twin(found, c.mention, c.end, hi)
        if role == "kin":
            # "His father raised corn": "his" is the one the text is about, as a
            # subject "he" would be.
            owner = "he" if c.words.startswith("his") else "she"
            found.append(SalientMention("", _PRONOUN_GENDER[owner], "subject", c.start, owner))

    def _twin(self, found: list[SalientMention], mention: Mention, end: int, hi: int) -> None:
        """ "Cárdenas pulled a bandana over her neck": of a woman and a man sharing the
        bare surname, the subject is the one the sentence's later pronouns tell (all of
        one gender), whoever the surname alone would go to."""
        twin = self.ctx.names.twin(mention, found[-1].name)
        if twin is None:
            return
        text, told = self.ctx.text, set()
        for p in _ANY_PRONOUN.finditer(text, end, hi):
            if not self.ctx.inside_quote(p.start()):
                told.add(_WORD_GENDER[p.group().lower()])
        gender = self.gender_of(twin)
        if told == {gender}:
            m = found[-1]
            found[-1] = SalientMention(twin, gender, m.role, m.start)

    def _sentence_candidates(
        self, lo: int, hi: int, main: int
    ) -> tuple[list[Candidate], list[re.Match[str]] | None, Candidate | None]:
        """The sentence's candidates, an opening unnamed source ("A forklift driver")
        or relative ("Her husband") put in; its cues when that needed them (else None,
        read later only if a role needs them); the relative, if any."""
        ctx = self.ctx
        cues: list[re.Match[str]] | None = None
        cands = ctx.candidates(lo, hi, possessors=True)
        unnamed = ctx.unnamed_opening(main, hi, fronted=main > lo)
        if unnamed:
            cues = ctx.cues_in(lo, hi)
            if self._stands_alone(unnamed, cands, cues, hi) or self._acts(unnamed, cands, cues):
                cands = sorted([unnamed, *cands], key=lambda c: c.start)  # "A forklift driver"
        if unnamed is None and ctx.text.startswith(("One of", "one of"), main):
            drawn = ctx.partitive_opening(main, hi)  # "One of them, a nurse at Ely, said"
            if drawn is not None:
                cands = sorted([drawn, *cands], key=lambda c: c.start)
        kin = ctx.kin_opening(main, hi)
        if kin and not any(c.start == kin.start for c in cands):
            cands = [kin, *cands]  # "Her husband wants": the husband, if named
        elif unnamed is None and not kin:
            back = self._pointing_back(main, hi)
            if back is not None and not any(c.start <= back.start < c.end for c in cands):
                cands = sorted([back, *cands], key=lambda c: c.start)
        return self._with_tied_mentions(cands, lo, hi), cues, kin

    def _with_tied_mentions(self, cands: list[Candidate], lo: int, hi: int) -> list[Candidate]:
        """``cands`` with the office and contest nouns of ``text[lo:hi]`` no candidate
        covers ("Roe pressed the nominee on his record"): a role the article ties to a
        person is that person, whatever its place in the sentence (one it ties to no one
        is left out when the mention is read). Not one inside what a verb reports ("Ed Roe
        said he thought the mayor had ...": the speaker's topic, not a person who acts)."""
        ctx = self.ctx
        found = [
            m
            for m in _TIED_MENTION.finditer(ctx.text, lo, hi)
            if not ctx.inside_quote(m.start())
            and not any(
                c.start <= m.start() < c.end or m.start() <= c.start < m.end() for c in cands
            )
            and _SAYS.search(ctx.text, lo, m.start()) is None
        ]
        if not found:
            return cands
        from tui.core.attribution.context import Candidate  # (context imports this module)

        extra = [Candidate(m.start(), m.end(), m.group(), "nominal") for m in found]
        return sorted([*cands, *extra], key=lambda c: c.start)

    def _pointing_back(self, main: int, hi: int) -> Candidate | None:
        """ "The 22-year-old pipped Ivo Marsh ...", "The confident Scot is undaunted":
        a description that points back to a person named before ("the 22-year-old",
        "the Dutchman") opening the main clause, a verb after it, is the clause's
        subject; a name after the verb is its object, not who the sentence is about."""
        m = _POINTING_BACK.match(self.ctx.text, main, hi)
        if m is None or not C.refers_back(m.group(1)):
            return None
        if m.group(2) and not self._ties_to_person(m.group(1), m.start(1)):
            return None  # ("The attacking midfielder also claims" tied to a paper: no one)
        from tui.core.attribution.context import Candidate  # (context imports this module)

        return Candidate(m.start(1), m.end(1), m.group(1), "nominal")

    def _ties_to_person(self, words: str, pos: int) -> bool:
        """Does the description stand for a person: a name of known gender or one the
        article shortens to its surname (not a paper's or a club's name it was tied to)?"""
        guess = self.ctx.lead_guess
        name = self.ctx.resolve_phrase(words, pos)
        self.ctx.lead_guess = guess
        if not name[:1].isupper():
            return True  # (left as a description: weighed as one)
        return self.gender_of(name) is not None or self.attested(name)

    def _with_owners_and_voices(
        self, lo: int, hi: int, found: list[SalientMention], main: int = -1
    ) -> list[SalientMention]:
        """The sentence's mentions in text order, then its possessive pronouns and the
        speakers of quotes inside it."""
        chunk = self.ctx.text[lo:hi]
        if ("s " in chunk and ("'" in chunk or "’" in chunk)) or "s' " in chunk or "s’ " in chunk:
            found += self._possessors(lo, hi, found, main)
        found.sort(key=_START)
        found += self._possessive_pronouns(lo, hi, found)
        found += self._quote_speakers(lo, hi, found)
        return found

    def _stands_alone(
        self, unnamed: Candidate, cands: list[Candidate], cues: list[re.Match[str]], hi: int
    ) -> bool:
        """Is the unnamed person opening a clause a source: the subject of a reporting
        verb, no name or other description standing between them and it ("A lawyer
        for Mr. Roe, Ida Vance, said": Ida Vance; "One caller, a retired nurse, said":
        the phrase already read)? (One who only acts, "One man gave twice", is no voice.)"""
        verb = next((cue.start() for cue in cues if cue.start() >= unnamed.end), hi)
        text = self.ctx.text
        return verb < hi and not any(
            c.start == unnamed.start
            or (
                c.kind != "pronoun"
                and unnamed.end <= c.start < verb
                and not _describes(text[unnamed.end : c.start])
            )
            for c in cands
        )

    def _acts(self, unnamed: Candidate, cands: list[Candidate], cues: list[re.Match[str]]) -> bool:
        """ "A woman loading groceries nearby disagreed.": an unnamed person who is the
        subject of a sentence with no reporting verb after them is who it is about (the
        next "she said" may be hers), unless a name stands for them."""
        if any(cue.start() >= unnamed.end for cue in cues):
            return False  # (a reporting verb: :meth:`_stands_alone` judges)
        return not any(c.start == unnamed.start for c in cands)

    def _office_opening(self, main: int, hi: int) -> tuple[SalientMention, int] | None:
        """ "The chancellor said the cuts ...": an office opening the clause, held by a
        person the article names (tied to it, or the story's lead)."""
        m = C.ROLE_SUBJECT.match(self.ctx.text, main, hi)
        if m is None:
            return None
        guess = self.ctx.lead_guess
        name = self.ctx.resolve_phrase(m.group(), m.start())
        self.ctx.lead_guess = guess
        if not name[:1].isupper():
            return None
        role = "speaker" if self.ctx.cues_in(m.end(), hi) else "subject"
        return SalientMention(name, self.gender_of(name), role, m.start()), m.end()

    def _at_cue(self, c: Candidate, cues: list[re.Match[str]]) -> bool:
        """Does a reporting verb of the sentence (``cues``) stand right after or before
        ``c`` ("the spokesman said", "said Ann Roe"; not "told Ann Roe": a listener)?"""
        text = self.ctx.text
        for cue in cues:
            if c.end <= cue.start() and not text[c.end : cue.start()].strip():
                return True
            if (
                cue.end() <= c.start
                and not text[cue.end() : c.start].strip()
                and cue.group().lower() in L.INVERTING  # (not "branded Mr Roe")
                and _CLAUSE_ENDS.match(text, c.end)  # not "said Ann Roe wanted ..."
            ):
                return True
        return False

    def _reported(self, c: Candidate, found: list[SalientMention]) -> bool:
        """Does name ``c`` stand inside what a speaker before it in the sentence said
        ("Ann Roe said she had backed the plan when Ida Vance argued for it")? Its
        verb is part of her report: she holds the floor, not the one she speaks of.
        (Not a tag closing the sentence: "She had been saying so, the spokesman said".)"""
        text = self.ctx.text
        if text.endswith(", ", 0, c.start):
            return False
        for m in found:
            if m.role != "speaker" or m.pronoun or m.start >= c.start:
                continue
            between = text[m.start : c.start]
            if _QUOTE_MARKS.intersection(between) or any(j in between for j in _TWO_VOICES):
                continue  # "X said ..., while Y said ...": two voices, the later one speaks
            if self.ctx.cues_in(m.start, c.start):
                return True
        return False

    def _describes_named(
        self, before: Candidate, c: Candidate, found: list[SalientMention]
    ) -> bool:
        """Is nominal ``c`` an indefinite description set right after the person just
        read ("Ann Roe, a political scientist at Ely who ...", "Ann Roe, now a nurse")?
        It is that person, no one new."""
        gap = self.ctx.text[before.end : c.start]
        if gap != ", " and not (gap[:2] == ", " and gap[2:-1] in L.APPOSED_TIME and gap[-1] == " "):
            return False  # (", now a coastal planner": still hers)
        return (
            before.kind == "name"
            and c.words.startswith(("a ", "an "))
            and bool(found)
            and found[-1].start == before.start
            and bool(found[-1].name)
        )

    def _appositive(self, subject: Candidate, c: Candidate) -> bool:
        """Does person ``c`` name the subject before it: "The superintendent, Dr. Obi,",
        "Tory leader Ann Holt" (a title ending the gap), "Lib Dem Ann Holt"?"""
        if c.kind != "name" or c.mention is None or not self.ctx.names.is_person(c.mention):
            return False
        gap = self.ctx.text[subject.end : c.start]
        if gap == ", ":
            return subject.kind == "nominal"
        if subject.kind == "nominal" and _RELATIVE_GAP.fullmatch(gap):
            # "A retired Acme Water supervisor who lost his job, Ed Roe, told", "A
            # senator on the Finance Committee, Ann Roe of Michigan, said": the name
            # closed off after the long description is its subject.
            closed = _CLOSED_HOME.match(self.ctx.text, c.end)
            return closed is not None and _VERB_NEXT.match(self.ctx.text, closed.end()) is not None
        words = gap.split()
        if subject.kind == "name" and subject.mention and self.ctx.names.is_person(subject.mention):
            # "Roe's colleague, nurse Ida Vance, has worked": the one owned, named.
            return _OWNED_APPOSED.fullmatch(gap) is not None and bool(
                C.OWNS_PERSON.match(self.ctx.text, subject.end, c.start)
            )
        if _OWNED_APPOSED.fullmatch(gap) and _CLOSED.match(self.ctx.text, c.end):
            return True  # "The committee's ranking Democrat, Rep. Ann Roe (D-N.J.), told"
        # ("The center's executive director, Ana Cole,": the phrase's last noun,
        # "director", stands in the gap when its first words filled the phrase.)
        return not words or (len(words) <= 3 and gap.islower() and C.speaks(gap.strip(" ,")))

    def _possessive_pronouns(
        self, lo: int, hi: int, found: list[SalientMention]
    ) -> list[SalientMention]:
        """ "Ann Roe listened with her arms folded", "Mr. Roe's manager is his
        daughter": a possessive pronoun mentions again the nearest person of its gender
        named before it in the sentence (none there: it adds nothing)."""
        out: list[SalientMention] = []
        if not found:
            return out  # (no one named before: no owner for any)
        for m in _POSSESSIVE.finditer(self.ctx.text, lo, hi):
            want = "f" if m.group()[1] == "e" else "m"
            owner = None
            for person in found:
                if person.start < m.start() and person.gender in (None, want) and person.name:
                    owner = person
            if owner is not None and not self.ctx.inside_quote(m.start()):
                out.append(SalientMention(owner.name, owner.gender, "his", m.start()))
        return out

    def _role(self, c: Candidate, main: int, subject_taken: bool) -> str:
        text = self.ctx.text
        if c.start < main:
            return "topic" if self._topic(c, main) else "fronted"
        # (Both look-behinds end in white space: most names follow a space, but the
        # test spares two searches for those that open a quote or follow a bracket.)
        if not (c.start and text[c.start - 1].isspace()):
            return "other" if subject_taken else "subject"  # (no look-behind can match)
        # (A plain substring test first spares most of the searches.)
        before = text[max(0, c.start - 14) : c.start]
        if "ccording" in before and _ACCORDING_BEFORE.search(text, max(0, c.start - 14), c.start):
            return "speaker"  # "according to Ann Roe, ...": the sentence is her account
        if before.endswith(" from ") and _HEARD_FROM_BEFORE.search(before):
            return "speaker"  # "The board also heard from Ann Roe": she has the floor
        if before[-12:].rstrip().endswith(_ASKING_ENDS) and _ASKED_BEFORE.search(
            text, max(0, c.start - 12), c.start
        ):
            return "asked"
        if before.endswith(" by "):
            return "agent"
        if before.endswith(" to ") and _PUT_TO_BEFORE.search(text, max(0, c.start - 30), c.start):
            return "asked"
        if self.ctx._after_preposition(c.start):
            # ("looked at her husband", "turned to Roe": the one a gesture goes to is
            # the next one to act, as a verb's object is, not a phrase's object)
            return "other" if _GESTURE_BEFORE.search(before) else "object"
        if subject_taken and before.endswith(_NEXT_CLAUSE) and _VERB_NEXT.match(text, c.end):
            return "subject"  # "One mother tried to read, and Ann Roe stopped her"
        if (
            subject_taken
            and _VERB_NEXT.match(text, c.end)
            and _JOINED_OWNED.search(text, max(0, c.start - 60), c.start)
        ):
            return "subject"  # "..., but Acme's Ann Roe rejected it"
        if subject_taken and before.endswith(_NEXT_CLAUSE) and self._apposed_verb(c.end):
            return "subject"  # "..., but Ann Roe, a manager at Tessla, was adamant"
        if subject_taken and before.endswith(", ") and self._next_clause_apposed(c):
            return "subject"  # "Roe did not respond, but a spokesman, Ida Vance, said"
        return "other" if subject_taken else "subject"

    def _apposed_verb(self, end: int) -> bool:
        """Does a description set off by commas, then a verb, follow the name ending at
        ``end`` (", a senior manager at Tessla, was adamant")? The name opens a joined
        main clause: its subject."""
        m = _APPOSED_AFTER.match(self.ctx.text, end)
        return m is not None and C.speaks(m.group("np"))

    def _topic(self, c: Candidate, main: int) -> bool:
        """Is name ``c`` the person a fronted "For"/"To" opens the sentence on, closed
        off before the main clause ("For Ann Roe, the vote was personal"; not "For
        years Roe ..." nor "To Roe's dismay, ...")? The sentence tells that person's
        view: the "she said" after is likely theirs. A title may stand before the name
        ("For Jupiter analyst Ann Roe, ...")."""
        if c.kind != "name":
            return False
        text = self.ctx.text
        opening = _TOPIC_OPENING.search(text, max(0, c.start - 12), c.start)
        if opening is None:
            opening = _TOPIC_TITLED.search(text, max(0, c.start - _TOPIC_TITLE_CHARS), c.start)
            if opening is None or not C.speaks("an " + opening.group("head")):
                return False
        before = text[max(0, opening.start() - 3) : opening.start()].rstrip(" ")
        if before and not before.endswith((".", "!", "?", "\n", '"', "”")):
            return False  # (not the sentence's first word)
        return text.startswith(",", c.end) and text.find(",", c.end + 1, main) < 0

    def _next_clause_apposed(self, c: Candidate) -> bool:
        """Is name ``c`` set in apposition to a short noun phrase opening a joined main
        clause, the name closed off and a verb after it ("..., but a spokesman, Ida
        Vance, said")? The later clause's subject is who the sentence ends on."""
        text = self.ctx.text
        m = _APPOSED_OPENING.search(text, max(0, c.start - _OPENING_NP_CHARS), c.start)
        if m is None or not (m.group("one") or C.speaks(m.group("np"))):
            return False
        closed = _CLOSED.match(text, c.end)
        return closed is not None and _VERB_NEXT.match(text, closed.end()) is not None

    def _mention(self, c: Candidate, role: str) -> SalientMention | None:
        ctx = self.ctx
        if c.kind == "name":
            if c.mention is None:
                return None
            if not (
                ctx.names.is_person(c.mention)
                or self._speaks_alone(c.mention)
                or self._who_follows(c)
            ):
                return None
            if ctx.text.endswith(("the ", "The "), 0, c.start) and not c.mention.honorific:
                return None  # "the Bangkok Film Market" (not "the Rev. Ann Roe"): no person
            name = ctx.names.resolve(c.mention)
            gender = self.gender_of(name, c.mention.honorific)
            if gender is None and (own := _REFLEXIVE.match(ctx.text, c.end)):
                gender = "m" if own.group(1) == "him" else "f"  # "Tait himself"
            return SalientMention(name, gender, role, c.start)
        if c.kind == "pronoun":
            word = c.words.lower()
            if word not in _PRONOUN_GENDER:
                return None  # ("they", "it": they hold the subject's place, no more)
            return SalientMention("", _PRONOUN_GENDER[word], role, c.start, pronoun=word)
        if _PREDICATE_SOURCE.search(ctx.text, max(0, c.start - 20), c.end + 4):
            return None  # "Roe's future has been the source of talk": what, not who
        kin = c.words[:4] in ("his ", "her ", "the ") and c.words[4:] in L.KIN_GENDER
        if not (one_person(c.words) or kin or self._may_be_person(c.words)):
            return None  # "officials", "Mr. Roe's aide", "the company": not "he" or "she"
        guess = ctx.lead_guess
        ctx.lead_guess = False
        name = ctx.resolve_phrase(c.words, c.start)
        # "the home secretary": the person the article ties the role to, or (opening
        # the sentence) the story's lead who holds that office.
        tied = name[:1].isupper() and (role in ("subject", "speaker") or not ctx.lead_guess)
        ctx.lead_guess = guess
        if not (tied or one_person(c.words) or C.refers_back(c.words)):
            return None  # "the company": no person ("his wife" the article never names)
        gender = noun_gender(c.words)
        if name[:1].isupper():
            gender = gender or self.gender_of(name)
        elif c.words.split(None, 1)[0].lower() in _INDEFINITE:
            # "A man in a red cap said he ...": a later "he" speaks as the whole label
            name = ctx.resolve_phrase(unnamed_label(ctx.text, c.start, c.end), c.start)
            gender = gender or self._own_clause_gender(c.end)
        return SalientMention(name, gender, role, c.start)

    def _own_clause_gender(self, end: int) -> str | None:
        """ "A teacher on the line, who declined to give her name, said": a pronoun
        telling a gender in the relative clause set off after an unnamed person is
        theirs (None: no such clause or pronoun). Not one after the verb: in "an aide
        said she would vote no" she is often the one the aide serves."""
        text = self.ctx.text
        clause = _WHO_CLAUSE.match(text, end)
        if clause is None:
            return None
        m = _GENDER_TELLING.search(text, clause.start(), clause.end())
        if m is None:  # ("who asked that her name not be used": her own name)
            m = _HER_OWN.search(text, clause.start(), clause.end())
        if m is None or self.ctx.inside_quote(m.start()):
            return None
        return "f" if m.group().lower().startswith(("she", "her")) else "m"

    def _may_be_person(self, words: str) -> bool:
        """ "the Dutchman", "the home secretary" (an office, a role the article ties to
        someone): a "the ..." phrase that may stand for one person."""
        if words[:4] not in ("the ", "The "):
            return False
        rest = words[4:]
        head = rest.rsplit(" ", 1)[-1].lower()
        if head in L.OFFICE_HEADS or C.refers_back(words):
            return True
        lede = self.ctx.lede_tie()
        if lede is not None and lede.holds(rest):
            return True  # "The governor's nominee ... ¶ Ann Roe, ...": "the nominee" is her
        # (Reading the article's role ties costs; only a role's head word is looked up.)
        heads = head in L.ROLE_HEADS or head in L.TIED_MENTION_HEADS  # ("the sheriff")
        return heads and self.ctx.names.by_title(rest) is not None

    def _possessors(
        self, lo: int, hi: int, found: list[SalientMention], main: int = -1
    ) -> list[SalientMention]:
        """ "Mr. Nowakowski's campaign manager is his daughter": the owner is in the
        sentence too, though not its subject."""
        ctx, text = self.ctx, self.ctx.text
        # (An owned phrase read as one, "Mr. Roe's campaign manager", starts where its
        # owner does: the owner is still read.)
        seen = {m.start for m in found if "'s " not in m.name and "’s " not in m.name}
        out = []
        for m in ctx.names.mentions_between(lo, hi):
            if m.start in seen or not _possessive_at(text, m.end):
                continue
            if C.CONTRACTED_IS.match(text, m.end) or ctx.inside_quote(m.start):
                continue
            if not ctx.names.is_person(m):
                continue
            name = ctx.names.resolve(m)
            gender = self.gender_of(name, m.honorific)
            # "Quintanilla's son had taped a drawing": whose son opens the clause is
            # who the sentence is about.
            role = "owner" if self._owns_subject(m.start, m.end, found, main) else "possessor"
            out.append(SalientMention(name, gender, role, m.start))
        return out

    def _owns_subject(self, start: int, end: int, found: list[SalientMention], main: int) -> bool:
        """ "Quintanilla's son had taped a drawing", "Ms. Parra's deputy is a lawyer":
        does the possessor at ``start`` own a person who is the sentence's first (the
        sentence is about the possessor's people), unnamed ("Roe's mother, Ida Roe,": the
        mother is the subject; "Fowler's strike helped": a thing)?"""
        text = self.ctx.text
        if start < main or any(f.start < start for f in found):
            return False
        owned = _OWNED_HEAD.match(text, end)
        if owned is None or not any(
            w in L.KIN_GENDER or unnamed_person(w) for w in owned.groups() if w
        ):
            return False
        return not any(_OWNED_APPOSED.fullmatch(text, end, f.start) for f in found)

    def _voiced(self, m: SalientMention | None, found: list[SalientMention]) -> bool:
        """Is a partial quote's speaker ``m`` named in its sentence in a voice of their
        own, not inside a report a speaker before them makes ("Roe denied Ida Vance said
        the plans "stink"": Roe's report, her reporting verb between them)?"""
        if m is None or m.pronoun:
            return False
        cues = self.ctx.cues_in
        return not any(
            o.role == "speaker" and o.start < m.start and cues(o.start, m.start) for o in found
        )

    def _quote_speakers(
        self, lo: int, hi: int, found: list[SalientMention]
    ) -> list[SalientMention]:
        """The speakers of quotes in the sentence already attributed: they hold the
        floor, named at the cue or not (a quote carried over from the one before). A
        partial quote's speaker named in the sentence holds it too ("..., the producer
        Ida Roe, who described him as "a brother". "Q," he said": Ida Roe)."""
        ctx = self.ctx
        named = {m.name: m for m in found}
        out = []
        i = bisect.bisect_left(ctx.q_starts, lo)
        while i < len(ctx.quotes) and ctx.quotes[i].start < hi:
            q = ctx.quotes[i]
            i += 1
            speaker = q.speaker
            if not speaker or (q.kind != "direct" and not self._voiced(named.get(speaker), found)):
                continue
            if speaker in named:
                _promote(named[speaker], q.speaker_how)
                continue
            if speaker[:1].isupper():
                gender = self.gender_of(speaker)
            elif one_person(speaker):
                gender = noun_gender(speaker)
            else:
                continue
            if gender is None and q.speaker_how == "pronoun":
                # ("Nobody thanks you," she said": one the quote's "she" was given to)
                gender = _PRONOUN_GENDER.get((q.speaker_mention or "").lower())
            named[speaker] = m = SalientMention(speaker, gender, "speaker", q.start)
            out.append(m)
        return out


# How a quote's speaker was found at its own cue (not by a pronoun or carried over).
_AT_CUE: Final = frozenset(("cue-before", "cue-after", "colon"))


def _promote(m: SalientMention, how: str | None) -> None:
    """`"Q," said film producer Ida Roe`: the sentence's reading may give the name a
    weak role (a title word before it read as the subject); the quote's own cue made her
    its speaker, so she holds the floor as one."""
    if how in _AT_CUE and m.role not in _ACTING and not m.pronoun:
        m.role = "speaker"


def _possessive_at(text: str, end: int) -> bool:
    """Does a possessive close the name ending at ``end``: "Roe's", or the bare mark
    after a name ending in "s" ("Williams' record beat ...")?"""
    if text.startswith(("'s", "’s"), end):
        return True
    return text[end - 1 : end] == "s" and text.startswith(("' ", "’ "), end)


def _bound_by(pronoun: SalientMention, m: SalientMention) -> bool:
    """ "He returned to the farm his grandson, Ed Roe, runs": a person named after a
    subject "he" in its own sentence, not a subject there, is someone else than that
    "he" (so not who a later "he" goes on with, when that "he" is left unresolved)."""
    return (
        m.start > pronoun.start
        and m.role not in _ACTING
        and m.gender in (None, pronoun.gender)
        and m.role != "kin"
    )


def _bind_to_fronted(found: list[SalientMention], main: int) -> None:
    """ "When I told Ann Roe the news, she winced": a "he"/"she" opening the main
    clause after a fronted one means the one person of its gender that clause names
    (read here, so a chain of pronouns after it needs no deeper search)."""
    for k, m in enumerate(found):
        if m.start < main or not m.pronoun:
            continue
        if m.start == main and m.role in ("subject", "speaker"):
            fits = {
                f.name for f in found[:k] if f.role == "fronted" and f.gender in (None, m.gender)
            }
            if len(fits) == 1 and "" not in fits:  # (not "When she ..., she")
                found[k] = SalientMention(fits.pop(), m.gender, m.role, m.start)
        return


def _name_given(text: str, lo: int, hi: int, found: list[SalientMention]) -> None:
    """ "Another speaker, a home health aide who gave only her first name, Rosa, said",
    "The man, who gave his name as Ed Roe, looked up": the source left unnamed (or the
    "she" standing for them) that the sentence names by the name they gave is called
    by it, as the article calls them (given_names.NAME_GIVEN)."""
    given = NAME_GIVEN.search(text, lo, hi)
    if given is None:
        return
    name = given.group("name")
    want = "m" if given.group("own") == "his" else "f"
    for k in range(len(found) - 1, -1, -1):
        m = found[k]
        if m.start >= given.start() or m.role not in ("subject", "speaker"):
            continue
        if m.name[:1].isupper() or m.gender not in (None, want):
            return  # (a person named already, or one of the other gender)
        found[k] = SalientMention(name, m.gender or want, m.role, m.start, surely=True)
        return
    # ("One speaker, a retired welder who gave only his first name, Dario, said he
    # left": no subject read before the name, so it is the subject's, and the "he"
    # after it is that person; not "One mother, who gave her name only as Krys, tried
    # to read, and Ann Roe stopped her".)
    after = given.end("name")
    if any(
        m.role in ("subject", "speaker") and not (m.pronoun and m.start > after)
        for m in found
        if m.name != name
    ):
        return
    for k, m in enumerate(found):
        if m.pronoun and m.start > after and m.gender == want:
            found[k] = SalientMention(name, want, m.role, m.start, surely=True)
    found.append(SalientMention(name, want, "subject", given.start("name"), surely=True))
    found.sort(key=_START)


# "a retired farmer named Gus Roe": the name a description is given right after it.
_NAMED_AFTER: Final = re.compile(r" named (?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'.-]+){1,3})\b")


def _named_description(text: str, lo: int, hi: int, found: list[SalientMention]) -> None:
    """ "A retired farmer named Gus Roe approached the couple. ... he said": the subject
    a description stands for is the person named right after it, and is called by that
    name (not "a retired farmer")."""
    named = _NAMED_AFTER.search(text, lo, hi)
    if named is None:
        return
    for k in range(len(found) - 1, -1, -1):
        m = found[k]
        if m.start >= named.start():
            continue
        described = " ".join(text[m.start : named.start()].split()).lower()
        if m.role in ("subject", "speaker") and not m.pronoun and m.name.lower() == described:
            found[k] = SalientMention(named.group("name"), m.gender, m.role, m.start, surely=True)
        return


def _describes(between: str) -> bool:
    """Is a name after an unnamed source part of how they look or where they are ("A
    man in a Saints cap said", "A woman at the Kroger on Elm said"), not a second
    person ("A lawyer for Mr. Roe said", "One caller, Ida Vance, said")?"""
    words = between.split(None, 1)
    if _APPOSED_DESCRIPTION.match(between) and "," not in between[1:]:
        return True  # "Another aide, a woman who worked in the Tarn office, said"
    return "," not in between and bool(words) and words[0] in _DESCRIBING


def _surname(name: str) -> str:
    """ "Jansen" of "Walt Jansen Jr." (the suffix never stands alone for the person)."""
    words = name.split()
    return words[-2] if len(words) > 2 and words[-1] in L.GENERATIONAL else words[-1]


def _bonuses(
    people: dict[str, _Person], mentions: list[SalientMention], span: _Span, floor: bool
) -> bool:
    """Add the floor bonus to the last one who spoke, directly or reported, in the
    nearest sentence that has one (not yet given: ``floor`` false), and the topic bonus
    to the person a paragraph opens on; whether the floor is given now."""
    paragraph = PARAGRAPH_DECAY**span.crossed
    speakers = [m for m in mentions if m.role == "speaker"]
    if speakers and not floor:
        floor = True
        _add(people, speakers[-1], 0.0, FLOOR * paragraph)
    if span.first and span.crossed <= 1:
        topic = next((m for m in mentions if m.role in ("subject", "speaker")), None)
        if topic:  # the person the paragraph is about
            _add(people, topic, 0.0, TOPIC * paragraph)
    return floor


def _add(people: dict[str, _Person], m: SalientMention, score: float, bonus: float = 0) -> None:
    p = people.get(m.name)
    if p is not None and p.quoted:
        score, bonus = score * NAMED_IN_QUOTE, bonus * NAMED_IN_QUOTE
    if p is None:
        people[m.name] = _Person(
            score, score, bonus, m.gender, m.role, m.start, m.role == "speaker" or m.surely
        )
        return
    p.total += score
    p.bonus += bonus
    p.spoke = p.spoke or m.role == "speaker" or m.surely
    p.gender = p.gender or m.gender
    p.last = max(p.last, m.start)
    if score > p.best:
        p.best, p.role = score, m.role


def _quote_speaks_of(quote: str | None, want: str) -> bool:
    """Does the quote a "he"/"she" tags speak of someone of the other gender ("He never
    called me back," she said)? Then a person of unknown gender may be that one."""
    if not quote:
        return False
    return any(_WORD_GENDER[m.group().lower()] != want for m in _QUOTE_PRONOUN.finditer(quote))


def _best(
    people: dict[str, _Person],
    want: str,
    resolver: PronounResolver,
    learn: bool,
    other: bool = False,
) -> tuple[tuple[float, int, str, str] | None, float]:
    """The best person's (score, last place, name, role) and the runner-up's score, over
    the people of the wanted gender (or of unknown gender); with ``learn``, unknown
    genders are read from the article's pronouns first; with ``other`` (the quote
    speaks of someone of the other gender, and no one read is known to be of it),
    those still unknown count less. (One pass, no list: this runs after every
    sentence read.)"""
    best: tuple[float, int, str, str] | None = None
    runner_up = 0.0
    if other:
        # ("Ms. Marsh-Vane ..., but a spokesman, X, said ... "She has been clear," he
        # said": a woman read here explains the quote's "she"; X stays who he was.)
        other = not any(p.gender not in (None, want) for p in people.values())
    for name, p in people.items():
        if p.gender is None and learn:
            p.gender = resolver.learned_gender(name)
        if p.gender not in (None, want):
            continue
        score = p.best + ACCUMULATE * (p.total - p.best) + p.bonus
        if p.gender is None and p.role in _ASIDE_ROLES and _unsexed_label(name):
            continue  # "tags for a school, a doctor in Ely": a thing listed, no voice
        if p.gender is None and not (p.spoke or resolver.attested(name)):
            if p.role in ("object", "possessor", "owner", "fronted"):
                continue  # "linked with Real Madrid": maybe no person at all
            score *= UNATTESTED
        elif p.gender is None:
            score *= UNKNOWN_GENDER
        if p.gender is None and other:
            score *= QUOTE_OTHER
        entry = (score, p.last, name, p.role)
        if best is None:
            best = entry
        elif entry > best:
            best, runner_up = entry, best[0]
        elif score > runner_up:
            runner_up = score
    return best, runner_up


def _settled(
    people: dict[str, _Person], want: str, resolver: PronounResolver, rest: float, other: bool
) -> bool:
    """Is the best person ahead of the next by more than ``rest`` could still add? A
    leader of unknown gender has it read first: one the article's pronouns show to be of
    the other gender settles nothing (`Bao Roe backs it. Thuy Roe says no. ¶ "Q," he
    said`: she would stop the reading before him, then be ruled out, leaving no one)."""
    for _ in range(len(people)):
        best, runner_up = _best(people, want, resolver, learn=False, other=other)
        if best is None or people[best[2]].gender is not None:
            break
        learned = resolver.learned_gender(best[2])
        if learned in (None, want):
            break
        people[best[2]].gender = learned
    else:
        return False
    return best is not None and best[0] - runner_up > rest


def _unsexed_label(name: str) -> bool:
    """Is ``name`` an unnamed person's label whose words tell no gender ("a neighbor",
    "one of the freshmen")?"""
    return name[:1].islower() and (noun_gender(name) or noun_gender(label_head(name))) is None


def _choose(
    people: dict[str, _Person], want: str, resolver: PronounResolver, other: bool = False
) -> Choice | None:
    """The most salient person of the wanted gender (or of unknown gender)."""
    top, runner_up = _best(people, want, resolver, learn=True, other=other)
    if top is None:
        return None
    best, _, name, role = top
    confidence: Confidence = "low" if runner_up > CLOSE * best else "medium"
    if name[:1].islower() and (noun_gender(name) or noun_gender(label_head(name))) is None:
        # "One customer wrote back ... she said": a description that tells no gender
        # fits "he" and "she" alike (right half the time on the open sets): a guess.
        confidence = "low"
    return Choice(name, confidence, role)
