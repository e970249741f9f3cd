"""Who said each quote: reporting verbs, the words around them, pronouns, continuation.

For each quote we look at the sentence around it: first the words after it
(`"Q," said Mr X` / `"Q," Mr X said`), then the words before it (`Mr X said: "Q"`,
`according to X`, `He issued a statement saying: "Q"`). The speaker is the name,
pronoun or noun phrase next to the reporting verb ("cue"); pronouns go back to the
subject of an earlier sentence; a quote with no cue that opens a paragraph continues
the previous speaker. Partial quotes with no cue in their sentence are scare quotes.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from tui.core.model import Article, Quote
from tui.core.names import FEMALE, MALE, ArticleNames, Mention, word_set


def _first_letters(*alternations: str) -> str:
    """The characters an alternation of words can start with, for a lookahead class."""
    return "".join(sorted({w.lstrip("(?:")[:1] for a in alternations for w in a.split("|")} - {""}))


_FINITE = (
    "said|says|say|told|tells|added|adds|claimed|claims|insisted|insists|warned|warns|"
    "explained|explains|stated|states|argued|argues|noted|notes|commented|comments|"
    "remarked|replied|replies|responded|admitted|admits|acknowledged|declared|declares|"
    "announced|suggested|suggests|urged|urges|wrote|writes|asked|asks|continued|"
    "concluded|stressed|stresses|maintained|maintains|predicted|predicts|described|"
    "describes|confirmed|confirms|denied|denies|revealed|reveals|"
    "recalled|recalls|agreed|agrees|joked|jokes|added|conceded|concedes|boasted|"
    "complained|complains|vowed|vows|pledged|promised|promises|accused|accuses|"
    "called|calls|dubbed|labelled|labeled|branded|hailed|criticised|criticized|"
    "announced|reported|quoted|mused|observed|observes|emphasised|emphasized|"
    "tweeted|posted|cautioned"
)
_PARTICIPLE = (
    "saying|telling|adding|claiming|insisting|warning|explaining|arguing|noting|"
    "stating|writing|describing|declaring|admitting|urging|asking|stressing|"
    "commenting|calling|accusing|vowing|promising|revealing|suggesting|replying|"
    "responding|speaking|quoted as saying"
)
# Each pattern opens with a lookahead on the possible first letters: Python's regex
# engine then rejects most positions at once instead of trying every alternative.
_CUE = re.compile(
    rf"(?=[{_first_letters(_FINITE, _PARTICIPLE, 'according|in|A|I')}])\b(?<!-)"
    rf"(?:(?P<fin>{_FINITE})|(?P<part>{_PARTICIPLE})|(?P<acc>[Aa]ccording to)"
    rf"|(?P<stmt>[Ii]n a (?:statement|letter|interview|blog|post|speech|tweet)))\b"
)
_PRONOUN = re.compile(r"(?=[HhSsTtIi])\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\b")
_NOUNS = (
    "spokes(?:man|woman|person|people)|representative|company|firm|group|"
    "newspaper|paper|report|government|ministry|department|police|union|club|team|"
    "officials?|sources?|minister|manager|boss|coach|analysts?|experts?|lawyers?|"
    "chairman|chairwoman|chief executive|director|organisers|organizers|organisation|"
    "organization|agency|bank|court|judge|council|campaigners?|charity|website|"
    "magazine|study|survey|researchers?|scientists?|doctors?|band|singer|star|actor|"
    "actress|players?|striker|captain|insiders?|aides?|friends?|critics?|residents?|"
    "witness(?:es)?|fans?|observers?|economists?|regulators?|authorities|prosecutors?|"
    "investigators?|officers?|teachers?|parents?|workers?|members?|executives?|"
    "employees?|staff|partners?|supporters?|MPs?|leaders?|judges?|panel|jury|"
    "broadcaster|network|studio|label|publisher|retailer|airline|carrier|operator|"
    "watchdog|regulator|federation|association|committee|body|organisers|ministers?"
)
_DETERMINER_WORDS = (
    "A|a|An|an|The|the|One|one|His|his|Her|her|Its|its|Their|their|Some|some|Two|two|"
    "Several|several"
)
_NOMINAL = re.compile(
    rf"(?=[{_first_letters(_NOUNS, _DETERMINER_WORDS)}])"
    rf"\b(?:(?:{_DETERMINER_WORDS})"
    rf"\s+(?:[\w'’-]+\s+){{0,3}}?)?(?:{_NOUNS})\b"
    r"(?:\s+(?:for|at|of|from|with)\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4})?"
)
_OWNED = re.compile(
    rf"['’]s?\s+(?:[a-z-]+\s+){{0,2}}?(?:{_NOUNS}|mother|father|wife|husband|son|daughter|"
    r"brother|sister|family|agent|manager|parents|widow|girlfriend|boyfriend|partner)\b"
)
_BOUNDARY = re.compile(r"[.!?][\"”’')]*\s+(?=[\"“‘'(]?[A-Z0-9])")
_ABBREV = word_set(
    "Mr Mrs Ms Dr St Mt Jr Sr No Nos vs Prof Rev Gen Sen Rep Gov Capt Col Sgt Lt Co Corp "
    "Inc Ltd Jan Feb Mar Apr Aug Sept Sep Oct Nov Dec U.S U.K e.g i.e etc"
)
_APPOSITIVE = re.compile(r",[^,]{1,120},\s*(?:\w+ly\s+|has\s+|had\s+|have\s+|also\s+)*$")
_DETERMINERS = word_set("a an the one his her its their some two several")
_SCARE_MAX_WORDS = 4
_WINDOW = 400  # chars of context searched for a cue or a sentence subject
_AFTER_CUE_MAX_WORDS = 5  # "said Sony's chief operating officer Ken Kutaragi"
_SUBJECT_LOOKBACK = 8  # sentences searched back to resolve a pronoun


@dataclass(slots=True)
class _Candidate:
    """A possible speaker in the text: a name, a pronoun or a noun phrase."""

    start: int
    end: int
    words: str
    kind: str  # "name", "pronoun", "nominal"
    mention: Mention | None = None


class _Context:
    """Per-article state: names, sentence boundaries, quote spans."""

    def __init__(self, article: Article, quotes: list[Quote]) -> None:
        self.article = article
        self.text = article.text
        self.names = ArticleNames(article)
        self.quotes = quotes
        self.q_starts = [q.start for q in quotes]
        self._sentences: dict[int, list[int]] = {}

    # -- text geometry -------------------------------------------------------
    def sentence_starts(self, para: int) -> list[int]:
        """Start offsets of the sentences of one paragraph (cached)."""
        cached = self._sentences.get(para)
        if cached is not None:
            return cached
        p = self.article.paragraphs[para]
        text = self.text
        starts = [p.start]
        for m in _BOUNDARY.finditer(text, p.start, p.end):
            i = m.start()
            j = i
            while j > p.start and (text[j - 1].isalpha() or text[j - 1] == "."):
                j -= 1
            word = text[j:i]
            if word in _ABBREV or (len(word) == 1 and word.isupper()):
                continue
            if self.inside_quote(m.end() - 1):
                continue  # a full stop inside a quote, the quote going on
            starts.append(m.end())
        self._sentences[para] = starts
        return starts

    def inside_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.q_starts, pos) - 1
        return i >= 0 and self.quotes[i].start < pos < self.quotes[i].end

    def sentence_span(self, para: int, pos: int) -> tuple[int, int]:
        starts = self.sentence_starts(para)
        i = bisect.bisect_right(starts, pos) - 1
        end = starts[i + 1] if i + 1 < len(starts) else self.article.paragraphs[para].end
        return starts[max(i, 0)], end

    # -- candidates ------------------------------------------------------------
    def candidates(self, lo: int, hi: int) -> list[_Candidate]:
        """Possible speakers in ``text[lo:hi]`` outside quotes, in text order."""
        text = self.text
        found = []
        for m in self.names.mentions_between(lo, hi):
            if text.startswith(("'s", "’s", "' ", "’ "), m.end):
                # "Michael Jackson's mother said": the possessor is not the speaker.
                owned = _OWNED.match(text, m.end, hi)
                if owned:
                    words = text[m.start : owned.end()]
                    found.append(_Candidate(m.start, owned.end(), words, "nominal"))
                continue
            found.append(_Candidate(m.start, m.end, m.words, "name", m))
        found += [
            _Candidate(m.start(), m.end(), m.group(), "pronoun")
            for m in _PRONOUN.finditer(text, lo, hi)
        ]
        found += [
            _Candidate(m.start(), m.end(), m.group(), "nominal")
            for m in _NOMINAL.finditer(text, lo, hi)
        ]
        if len(found) > 1:
            found.sort(key=lambda c: (c.start, -c.end))
        # Drop candidates in quotes or nested in a longer one ("Unite" in "a
        # spokesman for Unite").
        kept: list[_Candidate] = []
        for c in found:
            if (kept and c.start < kept[-1].end) or self.inside_quote(c.start):
                continue
            kept.append(c)
        return kept

    def cues(self, lo: int, hi: int) -> list[re.Match[str]]:
        """Reporting cues in ``text[lo:hi]``."""
        return list(_CUE.finditer(self.text, lo, hi)) if hi > lo else []

    def strong(self, c: _Candidate) -> bool:
        """A candidate that can speak: a person, a pronoun or a noun phrase."""
        if c.kind == "name":
            return c.mention is not None and self.names.is_person(c.mention)
        return c.kind in ("nominal", "pronoun")

    # -- resolution ------------------------------------------------------------
    def resolve(self, c: _Candidate, para: int) -> str | None:
        """The full name (or noun phrase) a candidate stands for."""
        if c.kind == "name" and c.mention is not None:
            return self.names.resolve(c.mention)
        if c.kind == "nominal":
            words = " ".join(c.words.split())
            if words.split()[0].lower() in _DETERMINERS:
                words = words[0].lower() + words[1:]
            return words
        return self.resolve_pronoun(c.words.lower(), c.start, para)

    def resolve_pronoun(self, pronoun: str, pos: int, para: int) -> str | None:
        """he/she/they → the subject of the nearest earlier sentence that names one."""
        want = {"he": "m", "she": "f"}.get(pronoun)
        # "Mr Coyne told the paper that he believed": the subject of the same sentence.
        s_lo, _ = self.sentence_span(para, pos)
        same = self._subject(s_lo, min(pos, s_lo + _WINDOW), want, pronoun)
        if same:
            return same
        looked = 0
        p = para
        limit = pos
        while p >= 0 and looked < _SUBJECT_LOOKBACK:
            if self.article.paragraphs[p].kind == "caption":
                p -= 1
                continue
            starts = self.sentence_starts(p)
            i = bisect.bisect_right(starts, limit) - 1
            # Sentences strictly before the one holding ``limit``.
            for j in range(i - 1 if p == para else len(starts) - 1, -1, -1):
                looked += 1
                s = starts[j]
                e = starts[j + 1] if j + 1 < len(starts) else self.article.paragraphs[p].end
                subject = self._subject(s, min(e, s + _WINDOW), want, pronoun)
                if subject is not None:
                    return subject or None
                if looked >= _SUBJECT_LOOKBACK:
                    break
            p -= 1
        return None

    def _subject(self, lo: int, hi: int, want: str | None, pronoun: str) -> str | None:
        """First compatible speaker-like mention of a sentence (None: keep looking)."""
        for c in self.candidates(lo, hi):
            if c.kind == "pronoun":
                if c.words.lower() == pronoun:
                    return None  # the same person again: look further back
                continue
            if pronoun in ("they", "it"):
                # "it said": the company or body named before, never a person.
                if c.kind == "nominal" or (
                    c.kind == "name" and c.mention and not self.names.is_person(c.mention)
                ):
                    return self.resolve(c, 0)
                continue
            if c.kind != "name" or c.mention is None or not self.names.is_person(c.mention):
                continue
            name = self.names.resolve(c.mention)
            gender = self.names.gender.get(name) or _gender(c.mention)
            if want and gender and gender != want:
                continue
            return name
        return None


def _gender(m: Mention) -> str | None:
    if m.honorific in MALE:
        return "m"
    if m.honorific in FEMALE:
        return "f"
    return None


@dataclass(slots=True)
class _Found:
    speaker: str | None
    mention: str | None
    cue: str


def _cue_word(m: re.Match[str]) -> str:
    return " ".join(m.group().split()).lower()


class _Attributor:
    def __init__(self, article: Article, quotes: list[Quote]) -> None:
        self.ctx = _Context(article, quotes)
        self.article = article
        self.text = article.text

    def speaker_after_cue(self, cue: re.Match[str], hi: int, para: int) -> _Found | None:
        """`said Mr X` / `according to X`: the first speaker right after the cue."""
        text = self.text
        stop = hi
        comma = text.find(",", cue.end(), hi)
        if comma >= 0:
            stop = comma
        cands = [
            c
            for c in self.ctx.candidates(cue.end(), stop)
            if len(text[cue.end() : c.start].split()) <= _AFTER_CUE_MAX_WORDS
        ]
        # "said chief executive Sam Yagan": a person's name beats the job title.
        people = [c for c in cands if c.kind == "name" and self.ctx.strong(c)]
        for c in people + [c for c in cands if c not in people]:
            if c.kind == "pronoun" and c.start > cue.end() + 1:
                continue
            name = self.ctx.resolve(c, para)
            if name:
                return _Found(name, c.words, _cue_word(cue))
        return None

    def speaker_before_cue(
        self, cue: re.Match[str], lo: int, para: int, participle: bool
    ) -> _Found | None:
        """`Mr X said` / `X, a title, said` / `He ..., saying`: the subject."""
        text = self.text
        cands = self.ctx.candidates(lo, cue.start())
        if not cands:
            return None
        if participle:
            order = cands
        else:
            order = list(reversed(cands))
            app = _APPOSITIVE.search(text, lo, cue.start())
            if app:
                # "Mr X, a title, said" and "LTA chief executive, John Crowther, added":
                # a person named before or inside the appositive beats a job title.
                cut = app.start()
                people = [c for c in order if c.kind == "name" and self.ctx.strong(c)]
                before = [c for c in people if c.end <= cut]
                inside = [c for c in people if c.end > cut]
                order = before + inside + [c for c in order if c not in people]
        for c in order:
            if self.ctx.strong(c):
                name = self.ctx.resolve(c, para)
                if name:
                    return _Found(name, c.words, _cue_word(cue))
        if not participle:
            for c in order:
                if c.kind == "name":
                    return _Found(self.ctx.resolve(c, para), c.words, _cue_word(cue))
        return None

    def from_cue(self, cue: re.Match[str], lo: int, hi: int, para: int) -> _Found | None:
        if cue.group("acc"):
            return self.speaker_after_cue(cue, hi, para)
        found = None
        if cue.group("fin") or cue.group("part"):
            found = self.speaker_before_cue(cue, lo, para, bool(cue.group("part")))
        if found is None and not cue.group("part"):
            found = self.speaker_after_cue(cue, hi, para)
        return found

    def attribute(self, q: Quote, prev: Quote | None) -> None:
        text = self.text
        para = self.article.paragraphs[q.paragraph]
        last = self.article.paragraphs[q.last_paragraph]
        s_lo, _ = self.ctx.sentence_span(q.paragraph, q.start)
        i = bisect.bisect_left(self.ctx.q_starts, q.start) - 1
        before = self.ctx.quotes[i].end if i >= 0 else para.start
        # Windows are capped so a huge run-on "sentence" cannot make this quadratic.
        pre_lo = max(s_lo, before, para.start, q.start - _WINDOW)
        _, s_hi = self.ctx.sentence_span(q.last_paragraph, max(q.end - 1, last.start))
        nxt = bisect.bisect_left(self.ctx.q_starts, q.end)
        post_hi = min(s_hi, last.end, q.end + _WINDOW)
        if nxt < len(self.ctx.quotes):
            post_hi = min(post_hi, max(self.ctx.quotes[nxt].start, q.end))
        if q.text[-1:] in ".!?" and not _lowercase_next(text, q.end, post_hi):
            post_hi = q.end  # the sentence ended inside the quote
        pre_cues = self.ctx.cues(pre_lo, q.start)
        post_cues = self.ctx.cues(q.end, post_hi)
        found = None
        order = (
            (pre_cues[::-1] + post_cues) if q.kind == "partial" else (post_cues + pre_cues[::-1])
        )
        for cue in order:
            if cue.start() >= q.end:
                found = self.from_cue(cue, q.end, post_hi, q.last_paragraph)
            else:
                found = self.from_cue(cue, pre_lo, q.start, q.paragraph)
            if found:
                break
        short = len(q.text.split()) <= _SCARE_MAX_WORDS
        if found is None and q.kind == "partial" and short and not (pre_cues or post_cues):
            q.kind = "scare"
            return
        if found is None and q.kind == "direct":
            found = self.continuation(q, prev)
        if found is not None:
            q.speaker, q.speaker_mention, q.cue = found.speaker, found.mention, found.cue

    def continuation(self, q: Quote, prev: Quote | None) -> _Found | None:
        """A quote with no cue of its own: the speaker of the quote or cue just before."""
        if prev is not None and prev.speaker and prev.last_paragraph >= q.paragraph - 1:
            return _Found(prev.speaker, prev.speaker_mention, prev.cue or "continued")
        idx = q.paragraph - 1
        paras = self.article.paragraphs
        while idx >= 0 and paras[idx].kind == "caption":
            idx -= 1
        if idx < 0 or paras[idx].kind == "title":
            return None
        p = paras[idx]
        lo = p.start
        if prev is not None and prev.end > lo:
            lo = prev.end
        lo = max(lo, p.end - 2 * _WINDOW)
        for cue in reversed(self.ctx.cues(lo, p.end)):
            found = self.from_cue(cue, lo, p.end, idx)
            if found:
                return found
        return None


def _lowercase_next(text: str, pos: int, hi: int) -> bool:
    while pos < hi and text[pos] in " \t":
        pos += 1
    return pos < hi and text[pos].islower()


def attribute_quotes(article: Article, quotes: list[Quote]) -> None:
    """Fill speaker, speaker_mention and cue of each quote (in place); refine kind."""
    if not quotes:
        return
    att = _Attributor(article, quotes)
    prev: Quote | None = None
    for q in quotes:
        att.attribute(q, prev)
        if q.kind != "scare":
            prev = q
