"""A lede that describes its person and a second paragraph that names them.

News stories often open on a description ("The president's nominee to lead the Energy
Department faced questions ...", "A border county sheriff is accusing ...") and name
the person only as the next paragraph's subject ("Ann Roe, who served ..., told").
Later "the nominee said" is that person. :func:`lede_holder` reads the tie once per
article: the description's head noun and words, and the person's full name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from tui.core.attribution import cues as C
from tui.core.attribution import lexicon as L
from tui.core.attribution.names import ArticleNames, Mention, dateline_end
from tui.core.attribution.roles import is_role, unnamed_person
from tui.core.model import Paragraph

# "The president's nominee to lead ...", "A Colorado sheriff who ...": a determiner
# and up to six words opening the lede, the description's words to read.
# (Or a possessive name: "President Ann Roe's pick for the court ...".)
_OPENING: Final = re.compile(
    r"(?:(?:The|A|An)\s+|(?=(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s\s))"
    r"((?:[\w'’.-]+[ ,]\s*){1,7})"
)
# Words that end the description's head: a complement, a clause or a verb follows.
_STOPS: Final = frozenset(("to", "who", "that", "whose", "is", "was", "has", "on", "and", "or"))
_BYLINE: Final = re.compile(r"[Bb]y\s+[A-Z]")
_NAME_REACH: Final = 60  # chars of title words a name may stand after, opening paragraph 2


@dataclass(slots=True)
class LedeTie:
    """The role a lede describes and the person the next paragraph names for it."""

    head: str  # "nominee"
    words: frozenset[str]  # the description's words in lower case
    person: str  # the full name

    def holds(self, phrase: str) -> bool:
        """Does "the <phrase>" ("nominee", "new nominee") mean the lede's person: its
        head the description's, every other word one of the description's?"""
        words = phrase.lower().split()
        if words and words[-1] in L.ROLE_SYNONYMS.get(self.head, ()):
            words[-1] = self.head  # "President Ann Roe's pick ..." ... "the nominee"
        return bool(words) and words[-1] == self.head and all(w in self.words for w in words)


def lede_holder(names: ArticleNames) -> LedeTie | None:
    """The lede's described person, named as the second paragraph's subject (None: the
    lede names someone, describes no one, or the next paragraph opens otherwise)."""
    body = [p for p in names.article.paragraphs if p.kind == "body"]
    text = names.text
    if body and body[0].end - body[0].start <= 64 and _BYLINE.match(text, body[0].start):
        body = body[1:]  # ("By Ana Roe" before the lede)
    if len(body) < 2:
        return None
    described = _described_head(names, body[0])
    if described is None:
        return None
    head, words = described
    person = _named_subject(names, body[1]) or _office_holder(names, body[1], head)
    if person is None:
        return None
    mention, name = person
    if C.whole_word(mention.surname).search(text, body[0].start, body[0].end):
        return None  # (named in the lede too: the description is someone else)
    if not _fits(names, mention, name, head):
        return None
    return LedeTie(head, words, name)


def _described_head(names: ArticleNames, p: Paragraph) -> tuple[str, frozenset[str]] | None:
    """The head noun ("nominee", "sheriff") and the words of the description opening
    the lede's first sentence, when it names a single person by a role (no name of
    one inside it)."""
    text = names.text
    start = max(p.start, dateline_end(names.article))
    m = _OPENING.match(text, start, min(p.end, start + 120))
    if m is None:
        return None
    tokens = [t.strip(",") for t in m.group(1).split()]
    stop = next((i for i, t in enumerate(tokens) if t in L.NAME_JOINERS or t in _STOPS), None)
    tokens = tokens[:stop]  # ("Two candidates for governor": no head after "for")
    k = next((i for i, t in enumerate(tokens) if _role_word(t) or _owned(tokens, i)), -1)
    if k < 0:
        return None
    while k + 1 < len(tokens) and _role_word(tokens[k + 1]):
        k += 1  # "a county sheriff deputy": the last role word is the head
    head = tokens[k].lower()
    after = tokens[k + 1] if k + 1 < len(tokens) else ""
    if head.endswith("s") and not head.endswith("ss"):
        return None  # a plural: no one person
    end = m.start(1) + len(" ".join(tokens[: k + 1]))
    if after[:1].isupper() or "," in text[m.start(1) : end]:
        return None  # "A sheriff Ann Roe": a name; "A judge, ...": not a plain phrase
    owner = _owned(tokens, k)
    if any(names.is_person(x) and not owner for x in names.mentions_between(m.start(), end)):
        return None  # "Ann Roe's aide": someone named ("Ann Roe's pick" is the pick)
    return head, frozenset(t.lower() for t in tokens[: k + 1])


def _owned(tokens: list[str], k: int) -> bool:
    """Is ``tokens[k]`` an appointee's noun after a possessive ("Ann Roe's pick")?"""
    return k > 0 and tokens[k] in L.APPOINTEE_HEADS and tokens[k - 1].endswith(("'s", "’s"))


def _role_word(token: str) -> bool:
    """A lower-case head naming one person by role ("sheriff", "nominee", "woman"),
    not a source left unnamed on purpose ("official", "aide")."""
    word = token.lower()
    if not (word.isalpha() and token.islower()) or word in L.SOURCE_NOUNS:
        return False
    if word in L.ROLE_QUALIFIERS:  # "former" qualifies the head after it
        return False
    return is_role(word) or word in L.CONTEST_HEADS or unnamed_person(word)


def _named_subject(names: ArticleNames, p: Paragraph) -> tuple[Mention, str] | None:
    """A person named in full opening paragraph ``p`` (after capitalised title words,
    perhaps: "State Sen. Ann Roe"), as its first sentence's subject."""
    text = names.text
    for m in names.mentions_between(p.start, min(p.end, p.start + _NAME_REACH + 40)):
        title = text[p.start : m.start].split()
        if len(text[p.start : m.start]) > _NAME_REACH or not all(w[:1].isupper() for w in title):
            return None
        if not m.is_full or not names.is_person(m):
            continue  # (a title read as a name: "State")
        nxt = text[m.end : m.end + 2]
        if nxt[:1] not in (",", " ", "(") or nxt == " a":
            return None
        return m, names.resolve(m)
    return None


def _office_holder(names: ArticleNames, p: Paragraph, head: str) -> tuple[Mention, str] | None:
    """The one person paragraph ``p`` names with an office honorific holding the lede's
    head ("A Republican state senator told ..." ¶ "The exchange came ... State Sen. Ann
    Roe, the bill's sponsor, ..."); None when no one or several are."""
    found = {
        names.resolve(m): m
        for m in names.mentions_between(p.start, p.end)
        if m.honorific in L.ROLE_HONORIFICS
        and head in L.ROLE_HONORIFICS[m.honorific]
        and names.is_person(m)
    }
    if len(found) != 1:
        return None
    name, m = next(iter(found.items()))
    return (m, name) if len(name.split()) >= 2 else None


def _fits(names: ArticleNames, m: Mention, name: str, head: str) -> bool:
    """Can the person hold the lede's role: an office honorific or title word before
    the name is that role ("Sheriff Ann Roe" for "a sheriff"), and no other role the
    article ties to them ("Ann Roe, a spokeswoman," is not "the president")?"""
    if m.honorific in L.ROLE_HONORIFICS and head not in L.ROLE_HONORIFICS[m.honorific]:
        return False
    held = [role.split()[-1] for role, people in names.ties().items() if name in people]
    if head in L.APPOINTEE_HEADS or head in L.CONTEST_HEADS:
        # (A nominee or a candidate has a job too, "a partner at a law firm"; not
        # someone's voice, "a spokeswoman for the governor", nor an office.)
        return not any(h in L.SOURCE_NOUNS or h in L.OFFICE_HEADS for h in held)
    # (A party is no other role: "Ann Roe of Quarry County, a Republican,"; nor the
    # office's own nouns: "Sen. Ann Roe" is "the lawmaker" too.)
    own = L.ROLE_HONORIFICS.get(m.honorific or "", ())
    return all(h == head or h in own or h in L.PARTY_MEMBERS or not is_role(h) for h in held)
