"""Where a sentence's main clause starts: past what is fronted before its subject.

News sentences often open with where or when ("Two doors down, a younger man said",
"A few hours later, across the state in Wyoming, Mich., Kowalski-Brandt struck a
similar note"). The names in such an opening are not the
sentence's subject; the first phrase after it is. Each opening ends at a comma and
starts with a subordinator, a preposition, a participle with its preposition or its
object ("Realising his error,"), a time adverb or a measure of time or distance ("Two
doors down", "Minutes later").
Several may follow one another; a state abbreviation after a place ("Wyoming,
Mich.,") belongs to the opening. The rarer place prepositions open one only before a
determiner ("Outside a store on Vell Avenue,", not "Outside groups, ..., said", which
opens with its subject); "Near the end of the event," is not read yet (a question asked
there, "a teenager asked Roe ...", then "she said", is Roe's answer, which reading the
asker as the subject loses).
"""

from __future__ import annotations

import re
from typing import Final

from tui.core.attribution.lexicon import FRONTING

_PREPOSITIONS: Final = (
    "To|In|At|On|For|With|From|During|Under|Over|Across|Throughout|Since|After|Before"
)
_ADVERBS: Final = (
    "Later|Earlier|Afterward|Afterwards|Meanwhile|Yesterday|Today|Tonight|Now|Then|"
    "Still|Instead|Finally|Eventually|Privately|Publicly|Separately|Elsewhere|Nearby|"
    "Overnight|Recently|Initially|Ultimately|Previously|Moments later|Minutes later|Back"
)
# "Two doors down", "A few hours later", "Moments after the vote", "Last week",
# "Early Tuesday", "This spring": a measure of time or distance, or a time named.
_MEASURES: Final = (
    r"(?:(?:A\s+few|A\s+couple\s+of|An?|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|"
    r"Several|Some|Many|Just|Only|About)\s+(?:[a-z-]+\s+)?)?"
    r"(?i:minutes?|hours?|days?|weeks?|months?|years?|moments?|seconds?|decades?|nights?|"
    r"doors?|blocks?|miles?|feet|yards|while)\s+(?:later|earlier|ago|down|away|after|before|"
    r"into|on|later)\b"
    r"|(?:Last|This|Next|Early|Late|Every|Each)\s+(?!is\b|was\b|[A-Z][a-z]+\s+[a-z]+ed\b)\w"
)
_PARTICIPLE: Final = (
    r"(?:[A-Z][a-z]+(?:ed|ing)|Told|Known|Seen|Given|Shown|Held|Caught|Left|Met)\s+"
    r"(?:of|about|by|with|to|for|on|in|at|from|after|near|outside|inside|beside|behind|"
    r"alongside|into|through|across|along|around|over)"
    # "Realising his error, Roe ...": a participle with its own object.
    r"|[A-Z][a-z]+ing\s+(?:his|her|their|its|the|a|an)"
)
_TO_COMMA: Final = r"[^,.;:\"“”]{0,150},\s*"
# "Outside a corner store on Vell Avenue,": a place preposition opens an opening only
# before a determiner ("Outside groups, led by Roe, said" opens with its subject).
_PLACE: Final = (
    r"(?:Outside|Inside|Beyond|Behind|Beside|Along|Across from|Off)\s+(?:of\s+)?"
    r"(?:the|a|an|his|her|their|its|this|that|one)\s"
)
# One opening at the start of a sentence (its first letter capital) or after another
# (any case: "A few hours later, across the state, ...").
_FIRST: Final = re.compile(
    rf"[\"“‘']?(?:(?:(?:{FRONTING}|{_PREPOSITIONS})\b|{_MEASURES}|{_PARTICIPLE}\b|{_PLACE})"
    rf"{_TO_COMMA}"
    rf"|(?:{_ADVERBS})(?:\s+[\w'’-]+){{0,3}},\s*"  # "Later that day,", not "Now he fears"
    rf"|An?\s{_TO_COMMA}(?=(?:he|she)\s))"  # "A former teacher who ..., she has made"
)
_NEXT: Final = re.compile(
    # (", where he had appeared for a signing,": a place's relative clause goes with it,
    # and so does one on the opening's last noun: "Asked about the bill, which Roe
    # wrote, the governor ...")
    rf"(?:(?i:{FRONTING}|{_PREPOSITIONS})\b|(?:where|which|who|whom|whose)\b"
    rf"|{_PARTICIPLE.lower()}\b){_TO_COMMA}"
    r"|(?:[A-Z][a-z]{0,4}\.(?:[A-Z]\.)?|\d{4}),\s*"  # "Mich.," "D.C.," "2019,"
)
# Openings start with one of these (spares the match at most sentences).
_STARTS: Final = frozenset("\"“‘'ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def main_clause(text: str, lo: int, hi: int) -> int:
    """Where the main clause of the sentence at ``lo`` starts (``lo`` when nothing is
    fronted); never past ``hi``."""
    if text[lo : lo + 1] not in _STARTS:
        return lo
    m = _FIRST.match(text, lo, hi)
    if m is None:
        return lo
    end = m.end()
    while (m := _NEXT.match(text, end, hi)) is not None:
        end = m.end()
    return end
