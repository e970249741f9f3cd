"""Word lists and patterns attribution looks for: reporting verbs, speakers, sentences.

Kept apart from the attribution logic so the lexicon can grow without touching it.
Every pattern that scans running text opens with a lookahead on its possible first
letters: Python's regex engine then rejects most positions at once instead of
trying every alternative there, which makes these scans several times faster.
"""

from __future__ import annotations

import re

from tui.core.names import word_set


def first_letters(*alternations: str) -> str:
    """The characters an alternation of words can start with, for a lookahead class."""
    starts = {w.lstrip("(?:")[:1] for a in alternations for w in a.split("|")}
    return "".join(sorted(starts - {""}))


FINITE = (
    "said|says|say|told|tells|added|adds|claimed|claims|insisted|insists|warned|warns|"
    "explained|explains|stated|states|argued|argues|noted|notes|commented|comments|"
    "remarked|replied|replies|responded|admitted|admits|acknowledged|declared|declares|"
    "announced|suggested|suggests|urged|urges|wrote|writes|asked|asks|continued|"
    "concluded|stressed|stresses|maintained|maintains|predicted|predicts|described|"
    "describes|confirmed|confirms|denied|denies|revealed|reveals|recalled|recalls|"
    "agreed|agrees|joked|jokes|conceded|concedes|boasted|complained|complains|vowed|"
    "vows|pledged|promised|promises|accused|accuses|called|calls|hailed|criticised|"
    "criticized|mused|observed|observes|emphasised|emphasized|tweeted|"
    "posted|cautioned|explained|believes|feels|felt|thinks|hopes|hoped|expects|fears|"
    "dubbed|branded|labelled|labeled|suggest|warn|claim|insist|argue|admit|describe|"
    "predict|accuse|deny|confirm|reveal|explain|add"
)
PARTICIPLE = (
    "saying|telling|adding|claiming|insisting|warning|explaining|arguing|noting|"
    "stating|writing|describing|declaring|admitting|urging|asking|stressing|"
    "commenting|calling|accusing|vowing|promising|revealing|suggesting|replying|"
    "responding"
)
# Verbs of thinking only attribute words quoted inside their own sentence.
WEAK = word_set("believes feels felt thinks hopes hoped expects fears")
# Naming verbs attribute only in the active voice: "X dubbed it "Q"", not "it was dubbed".
NAMING = word_set("dubbed branded labelled labeled called")
# Cue words that are also plural nouns, and the company that gives the noun away.
NOUN_LIKE = word_set(
    "claims comments notes states calls reports remarks replies promises pledges vows "
    "accuses warns fears hopes"
)
NOUN_BEFORE = re.compile(r"(?:['’]s?|\b(?:the|his|her|its|their|these|those|such|of))\s+$")
NOUN_AFTER = re.compile(r"\s+(?:of|about|from|over|were|are|was|by)\b")
BY_AGENT = re.compile(r"\s+by\s+")
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been|being|so)[\s-]+$")
CUE = re.compile(
    rf"(?=[{first_letters(FINITE, PARTICIPLE, 'according|in|A|I')}])\b(?<!-)"
    rf"(?:(?P<as>as saying)|(?P<fin>{FINITE})|(?P<part>{PARTICIPLE})|(?P<acc>[Aa]ccording to)"
    rf"|(?P<stmt>[Ii]n a (?:statement|letter|interview|blog|post|speech|tweet)))\b"
)
PRONOUN = re.compile(r"(?=[HhSsTtIi])\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\b")
# People who speak without a name ("a spokesman", "officials").
PERSON_NOUNS = (
    "spokes(?:man|woman|person|people)|representatives?|officials?|sources?|ministers?|"
    "manager|boss|coach|analysts?|experts?|lawyers?|chairman|chairwoman|chief executive|"
    "director|judges?|campaigners?|researchers?|scientists?|doctors?|singer|star|actor|"
    "actress|players?|striker|captain|insiders?|aides?|friends?|critics?|residents?|"
    "witness(?:es)?|fans?|observers?|economists?|prosecutors?|investigators?|officers?|"
    "teachers?|parents?|workers?|members?|executives?|employees?|partners?|supporters?|"
    "MPs?|leaders?|organisers|organizers|staff"
)
# Bodies that speak ("the company said", "the report said").
BODY_NOUNS = (
    "company|firm|group|newspaper|paper|report|government|ministry|department|police|"
    "union|club|team|organisation|organization|agency|bank|court|council|charity|"
    "website|magazine|study|survey|band|authorities|regulators?|panel|jury|"
    "broadcaster|network|studio|label|publisher|retailer|airline|carrier|operator|"
    "watchdog|federation|association|committee|body"
)
DETERMINERS = (
    "A|a|An|an|The|the|One|one|His|his|Her|her|Its|its|Their|their|Some|some|Two|two|"
    "Several|several"
)
# Words that never sit between a determiner and its noun ("The newspaper quoted the
# executive" is two phrases, not one).
_NOT_MODIFIER = (
    r"(?:the|a|an|and|or|but|of|to|in|on|at|by|for|with|as|that|which|who|was|were|is|"
    r"are|has|had|have|said|says|told|quoted|added)\b"
)
NOMINAL = re.compile(
    rf"(?=[{first_letters(PERSON_NOUNS, BODY_NOUNS, DETERMINERS)}])"
    rf"\b(?:(?:{DETERMINERS})\s+(?:(?!{_NOT_MODIFIER})[\w'’-]+\s+){{0,3}})?"
    rf"(?:{PERSON_NOUNS}|{BODY_NOUNS})\b"
    r"(?:\s+(?:for|at|of|from|with)\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4})?"
)
PERSON_NOUN = re.compile(rf"\b(?:{PERSON_NOUNS})\b")
# "Michael Jackson's mother": what follows a possessive name when it is the speaker.
OWNED = re.compile(
    rf"['’]s?\s+(?:[a-z-]+\s+){{0,2}}?(?:{PERSON_NOUNS}|{BODY_NOUNS}|mother|father|wife|"
    r"husband|son|daughter|brother|sister|family|agent|widow|girlfriend|boyfriend)\b"
)
PHRASE_ARTICLES = word_set("The the A a An an His his Her her Their their Its its One one")
# Words that cannot sit inside a speaker's noun phrase ("a privileged position and").
NOT_IN_PHRASE = word_set(
    "and or but that which who whom whose was were is are be been has had have will would "
    "can could may might to of in on at by with as if than then so - – —"
)
AUXILIARIES = word_set(
    "has had have also later then previously once again was were is would will earlier"
)
WORD = re.compile(r"[\w'’-]+")
# Head words of "the ..." phrases that point back to a person named earlier:
# "the Dutchman", "the 23-year-old", "the Arsenal boss", "the chancellor".
REFERENCE_HEAD = re.compile(
    r"(?:\d+-year-old|[A-Z][a-z]+(?:man|woman|an|ese|ish|i)|Scot|Briton|Spaniard|Swede|"
    r"Dane|Pole|Finn|Turk|Swiss|Kiwi|Aussie|champion|star|striker|midfielder|defender|"
    r"winger|keeper|goalkeeper|forward|manager|boss|coach|captain|skipper|player|singer|"
    r"actor|actress|veteran|youngster|teenager|rider|driver|rookie|musician|rapper|"
    r"comedian|presenter|author|writer|novelist|designer|artist|producer|frontman|prop|"
    r"hooker|lock|flanker|fly-half|scrum-half|centre|full-back|wing|number eight|batsman|"
    r"bowler|sprinter|runner|athlete|boxer|golfer|jockey|trainer)$"
)
# Offices ("the chancellor", "the prime minister") are left as words: they name
# whoever holds the office, often not the person named just before.
# Verbs after which the speaker is never named ("told the BBC" names the listener).
LISTENER_VERBS = word_set("told tells telling asked asks")
BOUNDARY = re.compile(r"[.!?][\"”’')]*\s+(?=[\"“‘'(]?[A-Z0-9])")
ABBREVIATIONS = word_set(
    "Mr Mrs Ms Dr St Mt Jr Sr No Nos vs Prof Rev Gen Sen Rep Gov Capt Col Sgt Lt Co Corp "
    "Inc Ltd Jan Feb Mar Apr Aug Sept Sep Oct Nov Dec U.S U.K e.g i.e etc"
)
APPOSITIVE = re.compile(r",[^,]{1,120},\s*(?:\w+ly\s+|has\s+|had\s+|have\s+|also\s+)*$")
PREPOSITION_BEFORE = re.compile(r"\b(?:of|from|at|for|with|in)\s+$")
ARTICLE_WORDS = word_set("a an the one his her its their some two several")
