"""The organisation a short form stands for: "Acme Corp. ... the company said".

A news story names a body once ("Redbud Communities did not send anyone") and then
calls it by what it is: "the company", "the agency", "the group". :func:`short_form_body`
finds the body the article named last, before the short form, as a sentence's subject
or right after a noun of its kind ("catastrophe modeling firm Verisk"), whose name is
of no other kind (a company is no "Department", an agency no "Corp."). The caller
marks it as a guess: nothing but nearness ties the two.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Final

from tui.core.attribution import lexicon as L
from tui.core.attribution.names import gender_of, without_legal_form

if TYPE_CHECKING:
    from tui.core.attribution.context import ArticleContext
    from tui.core.attribution.names import ArticleNames, Mention

_REACH: Final = 1500  # chars looked back for the body (about two paragraphs)
_RUNS: Final = 24  # capitalised runs looked at, at most (bounded work)
# Words joining the parts of one body's name that the name runs split at.
_JOINERS: Final = (" and ", " of ", " for ", " of the ", " & ", "/")
# What may stand between a subject and its verb: ", which handles asylum claims," or
# "(USCIS)"; then the verb, perhaps after an adverb ("Novartis also said").
_TO_VERB: Final = re.compile(
    r"(?:,? \([^)]{1,40}\)|, (?:which|that|the|an?) [^.;]{1,160}?,)? (?:[a-z]+ly |also )?([a-z]+)\b"
)
_VERB_WORDS: Final = L.CLAUSE_VERBS | L.MODALS | L.FINITE_CUES | L.word_set("did does do said says")
_VERB_ENDS: Final = frozenset(("ts", "ds", "ns", "ps"))  # "opposes", "wants", "holds", "plans"
_NOT_NAME_ENDS: Final = ("ed", "ly", "ing", *(f"{end}s" for end in L.ROLE_SUFFIXES), "ers", "ists")
_DEMONYM_ENDS: Final = ("ian", "ese", "ish")  # "Iranian", "Popular Chinese": no body
# The noun right before a body's name: "firm Verisk", "advocacy group, the Keystone".
_KIND_BEFORE: Final = re.compile(r"([A-Za-z]+),? (?:[Tt]he )?$")
# "The (Tillage) secretary of state's office", "the Ochoa campaign" opening a sentence.
_OWNED: Final = re.compile(
    r"\b[Tt]he ((?:[A-Za-z]+ ){0,4}[a-z]+['’]s office|[A-Z][\w-]+ (?:campaign|office))\b"
)
_OWNED_KINDS: Final = frozenset(("office", "campaign"))
# A wire story's dateline before its first sentence: "NEW YORK (Reuters) -".
_DATELINE: Final = re.compile(r"^[A-Z][A-Z .,'’-]*(?:\([A-Za-z ]+\))?\s*(?:—|–|--?)$")
_SAME_SENTENCE: Final = 120  # chars: "In a statement from Lycos Europe ..., the company"
# A paper's issuer before a body's name: "a statement from Lycos Europe".
_SOURCE_BEFORE: Final = re.compile(
    r"\b(?:statement|letter|release|filing|note|email|response|report)(?: issued)? "
    r"(?:by|from) (?:[Tt]he )?$"
)


def short_form_body(ctx: ArticleContext, kind: str, pos: int) -> str | None:
    """The body "the <kind>" at ``pos`` stands for, or None when nothing ties it."""
    if kind in _OWNED_KINDS:
        owned = _owned_subject(ctx, kind, pos)
        if owned:
            return owned
    names = ctx.names
    runs = names.runs
    k = bisect.bisect_left(names.starts, pos)
    lo = max(0, pos - _REACH)
    for i in range(k - 1, max(-1, k - 1 - _RUNS), -1):
        start = runs[i][0]
        if start < lo:
            break
        if ctx.inside_quote(start):
            continue
        first = _joined_start(names, i)
        name = _body_name(ctx, first, i)
        if name is None or not _placed(ctx, runs[first][0], i, kind, pos):
            continue
        if _fits(name, kind):
            return name
    return None


# A body's name, one word or more, perhaps ending in an abbreviation ("Veltro Corp.").
_NAME: Final = r"[A-Z][\w&-]*(?: +(?:(?:of|for|and|&) +)?[A-Z][\w&-]*){0,6}\.?"
# A board named with the body it belongs to: "Veltro Corp.'s board", "Veltro's
# five-member board", "the board of directors of Veltro", "the Veltro board".
_BOARD_OWNED: Final = re.compile(
    rf"(?P<owner>{_NAME})['’]s\s+(?:[a-z][\w-]*\s+){{0,2}}?board\b"
    rf"|\bboard\s+of\s+(?:{'|'.join(sorted(L.BOARD_MEMBERS))})\s+(?:of|at)\s+(?:the\s+)?"
    rf"(?P<of>{_NAME})"
    rf"|\b[Tt]he\s+(?P<modifier>{_NAME})\s+board\b"
)
_BOARD_PHRASE: Final = re.compile(rf"board(?: of (?:{'|'.join(sorted(L.BOARD_MEMBERS))}))?")


def board_owner(ctx: ArticleContext, rest: str, pos: int) -> str | None:
    """ "Veltro Corp.'s board met on Monday. The board of directors said": the body
    whose board the article named last before ``pos`` (``rest`` is the phrase after
    "the"), or None when it never says whose board it is."""
    if not _BOARD_PHRASE.fullmatch(rest):
        return None
    found = None
    for m in _BOARD_OWNED.finditer(ctx.text, max(0, pos - _REACH), pos):
        if not ctx.inside_quote(m.start()):
            found = m
    if found is None:
        return None
    owner = (found.group("owner") or found.group("of") or found.group("modifier")).strip()
    owner = owner.removeprefix("The ")
    words = owner.split()
    if gender_of(words[0]) is not None or words[-1] in ctx.names.full:
        return None  # a person's board seat ("Ann Lee's board"), no body's board
    return owner


def _owned_subject(ctx: ArticleContext, kind: str, pos: int) -> str | None:
    """ "The secretary of state's office said ... the office said": the last sentence
    before ``pos`` opening with such a description of an office or a campaign."""
    text = ctx.text
    lo = max(0, pos - _REACH)
    found = None
    for m in _OWNED.finditer(text, lo, pos):
        if not m.group(1).endswith(kind) or ctx.inside_quote(m.start()):
            continue
        s_lo, _ = ctx.sentence_span(ctx.para_of(m.start()), m.start())
        if not text[s_lo : m.start()].strip():
            found = m
    return "the " + found.group(1) if found else None


def _joined_start(names: ArticleNames, i: int) -> int:
    """The first run of the body name run ``i`` ends ("U.S. Citizenship" of "U.S.
    Citizenship and Immigration Services")."""
    runs, text = names.runs, names.text
    while i > 0:
        start, _ = runs[i]
        prev_start, prev_words = runs[i - 1]
        gap = text[prev_start + len(prev_words) : start]
        if gap not in _JOINERS:
            break
        i -= 1
    return i


def _body_name(ctx: ArticleContext, first: int, last: int) -> str | None:
    """The name of runs ``first``..``last`` when it names a body, not a person."""
    names = ctx.names
    m = names.mention(last)
    if m is None or _person(names, m) or names.mention(first) is None:
        return None  # (a joined name's first part may be a given name: "Cal/OSHA")
    if not L.NOT_BODIES.isdisjoint(m.tokens):
        return None
    if first == last and " " not in names.runs[last][1]:
        whole = names.resolve(m)  # ("Voltaris" → "Voltaris Motors")
        # (No body is named by a demonym, "Iranian"; "Meridian" of "Meridian Group" is.)
        return None if whole == m.words and whole.endswith(_DEMONYM_ENDS) else whole
    if m.tokens[-1].endswith(_DEMONYM_ENDS):
        return None
    start = names.runs[first][0]
    lstart, lwords = names.runs[last]
    words = ctx.text[start : lstart + len(lwords)].split()
    while len(words) > 1 and words[0] in L.STOP_WORDS:
        words.pop(0)  # "But Iressa", "The California Farm Bureau"
    name = without_legal_form(" ".join(words))
    if first == last:
        whole = names.resolve(m)  # "Keystone Vale" of "Keystone Vale Health Partners"
        whole = without_legal_form(whole)
        return whole if whole.startswith(name + " ") else name
    return name


def _person(names: ArticleNames, m: Mention) -> bool:
    """Does ``m`` name a person: an honorific, a given name first, or a last word the
    article calls someone by ("Dana Whitfield": "Whitfield said"); never "Bayou
    Crescent Pipeline"?"""
    tokens = m.tokens
    if m.honorific is not None or gender_of(tokens[0]) is not None:
        return True
    if names.gender.get(" ".join(tokens)):
        return True
    if len(tokens) == 1:
        return tokens[0] in names.full  # a person's surname
    return tokens[-1] in names.full and any(w == tokens[-1] for _, w in names.runs)


def _placed(ctx: ArticleContext, start: int, last: int, kind: str, pos: int) -> bool:
    """Does the body's name stand where a body is named: right after a noun of its kind
    ("firm Verisk", "advocacy group, the Keystone Project"), before the short form in
    its own sentence ("In a statement from Lycos Europe, the company denied"), or as
    the subject opening a body
    paragraph's sentence or clause ("The California Farm Bureau opposes", "but GM
    said")?"""
    text = ctx.text
    kind_noun = _KIND_BEFORE.search(text, max(0, start - 32), start)
    if kind_noun and kind_noun.group(1).lower() == kind:
        return True
    para = ctx.para_of(start)
    if ctx.article.paragraphs[para].kind != "body":
        return False  # the headline: "Weak sales hit Next"
    l_start, l_words = ctx.names.runs[last]
    end = l_start + len(l_words)
    if " " not in text[start:end] and l_words.endswith(_NOT_NAME_ENDS):
        return False  # a capitalised word opening a sentence: "Increased costs saw",
        # people by what they do: "Investors were shaken", "Republicans argued"
    if f" in {l_words}" in text or f" in the {l_words}" in text:
        return False  # a place: "China is believed to"
    lo = start - 4 if text.endswith("The ", 0, start) else start
    s_lo, s_hi = ctx.sentence_span(para, lo)
    if pos < s_hi and pos - start < _SAME_SENTENCE:
        return _SOURCE_BEFORE.search(text, max(0, lo - 24), lo) is not None
    opening = _DATELINE.sub("", text[s_lo:lo].strip())
    if opening and not opening.endswith((", but", " but", ", and", ", while")):
        return False
    return _verb_after(text, end)


def _verb_after(text: str, end: int) -> bool:
    """Does a verb follow the name ending at ``end`` (after a relative clause, perhaps)?"""
    verb = _TO_VERB.match(text, end)
    if verb is None:
        return False
    word = verb.group(1)
    return word in _VERB_WORDS or word.endswith(("ed", "es")) or word[-2:] in _VERB_ENDS


def _fits(name: str, kind: str) -> bool:
    """Is a body of this name one of this kind (no "Department" for "the company")?"""
    words = name.split()
    last = words[-1].rstrip(".,")
    if kind in ("company", "firm"):
        return last not in L.PUBLIC_BODY_WORDS and last not in L.GROUP_WORDS
    if kind == "agency":
        return last not in L.COMPANY_WORDS and last not in L.GROUP_WORDS
    if kind == "office":
        return "Office" in words
    if kind == "campaign":
        return "Campaign" in words or "for" in words
    if kind == "pac":
        return "PAC" in words or "Fund" in words or "Action" in words
    if kind == "group":  # (a firm's group too: "the group said" of Acme Holdings)
        return last not in L.PUBLIC_BODY_WORDS
    return last not in L.PUBLIC_BODY_WORDS and last not in L.COMPANY_WORDS
