"""A statement, letter or memo speaks for whoever issued it.

"Pruitt, in a statement, said he backed "the concept". "Q," the statement said.": the
quote is Pruitt's. The issuer is read where the article names the document: the
speaker of a quote or cue in that sentence ("X said in a statement"), or the body or
person written right after it ("a memo from the Legislative Service Commission", "The
report, from the Office of Health Program Integrity,", "said the statement, attributed
to his communications director, Ann Roe"). The article may name the document several
times ("The statement added that ..."): the earlier mentions are read too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from tui.core.attribution import cues as C
from tui.core.attribution import lexicon as L
from tui.core.attribution.context import WINDOW, ArticleContext
from tui.core.attribution.joint import joint_label, joint_writers
from tui.core.attribution.owners import programme_owner
from tui.core.attribution.writers import body_of_kind
from tui.core.model import Quote, SpeakerHow

if TYPE_CHECKING:
    from tui.core.attribution.names import Mention

# After the document's noun: who issued it, perhaps after a date and a role ("attributed
# to his communications director, ", ", dated July 14 and written by deputy chief of
# staff Ann Roe").
_ISSUED: Final = re.compile(
    r",?\s+(?:from|by|attributed\s+to"
    # ("A report released last month by the Tarn Institute")
    r"|(?:issued|released|published)\s+(?:[^,.;:\"“”]{1,30}?\s+)?by"
    # ("The memo, dated July 14 and written by deputy chief of staff Ann Roe,")
    r"|(?:[^,.;:\"“”]{1,40},?\s+)?(?:and\s+)?"
    r"(?:written|signed|drafted|authored|sent|conducted|prepared|compiled|produced|"
    r"published|commissioned)\s+by"
    # ("The lawsuit, filed in the U.S. Court of Claims in Tarnby by the Alliance")
    r"|filed\s+(?:[^,;:\"“”]{1,80}?\s+)?by)\s+"
    # ("by (UK-based research firm )Ann Roe Associates")
    # ("by the council's chair, Bo Lind")
    r"(?:(?:his|her|its|their|the)\s+(?:[a-z]+['’]s\s+)?[a-z][a-z -]{0,40},\s+"
    r"|(?:[\w.]+-based\s+)?[a-z][a-z -]{0,40}\s+(?=[A-Z]))?"
    r"(?:the\s+)?"
)
_BY_END: Final = re.compile(r"\bby\s+(?:[\w.]+-based\s+)?(?:[a-z][a-z -]{0,40}\s+)?$")
# A name owning the document: "The Office of Congressional Conduct's (report)".
_OWNER: Final = re.compile(rf"({C.ORG_NAME.pattern})['’]s (?:[a-z][\w-]* )?$")
_OWNER_REACH: Final = 90  # chars
_SPOKES_BEFORE: Final = re.compile(r"[Ss]pokes(?:man|woman|person),? $")
# A sentence whose subject is a document: "The four-page memo", "Its latest letter".
_DOCUMENT_OPENS: Final = re.compile(
    rf"\s*(?:The|Its|This|That)\s+(?:[\w'’-]+\s+){{0,3}}?({'|'.join(sorted(L.DOCUMENT_HEADS))})\b"
)
# A verb issuing the document that ends the text searched: "issued a", "put out its
# own".
_ISSUING: Final = re.compile(
    r"\s+(?:issued|released|put\s+out|sent\s+out|sent|published|posted|distributed|filed"
    # ("Ann Roe made the remark in a written statement")
    r"|made\s+(?:the|his|her|its|their)\s+(?:remarks?|comments?|announcement)\s+in)\s+"
    r"(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}$"
)
# Between a person and that verb: nothing, or what speaks for them ("'s campaign").
_OWN_VOICE_GAP: Final = re.compile(rf"(?:['’]s (?:{'|'.join(sorted(L.OWN_VOICES))}))?")
# A name of one capitalised word or more ("Harrowfield", "Mr Roe", "The Tarn Board").
_ONE_OR_MORE_NAMES: Final = C.ORG_NAME.pattern.replace("{1,7}", "{0,7}")
# Between the issuer and its verb, set aside: an apposition ("The Tarn Board, which
# backed Roe, sent a letter"), a time ("The Tarn Board on Tuesday released a report") or
# a turn-down before it ("Roe declined an interview but sent a statement": hers).
_ISSUER_ASIDE: Final = re.compile(
    r"(?:,[^,;:\"“”]{1,90},|\s+(?:on|last|this|late|early)\s+"
    r"(?:[A-Z][a-z]+|week|month|year|night|morning)"
    r"|\s+(?:declined|refused|did\s+not|didn['’]t|would\s+not|wouldn['’]t)\b[^,;:.\"“”]{1,90}?"
    r"\s+(?:but|and)(?:\s+(?:instead|later))?)\s*$"
)
# A sentence opening with a document, up to its issuer: "A two-page memo (from)",
# "The Tarn Water Board's memo", "Harrowfield's statement".
_SUBJECT_DOCUMENT: Final = re.compile(
    rf"\s*(?:(?:A|An|The)\s+(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(sorted(L.DOCUMENT_HEADS))})(?=,?\s+"
    r"(?:from|by|issued|released|sent|written|signed)\b)"
    rf"|(?P<owner>{_ONE_OR_MORE_NAMES})['’]s\s+(?:[a-z][\w-]*\s+)?"
    rf"(?:{'|'.join(sorted(L.DOCUMENT_HEADS))})\b)"
)
# After the issuer, up to the document's verb: "to the city council said".
_DOCUMENT_VERB: Final = re.compile(
    # (",": the close of an aside naming the issuer, "A memo sent by its chair, Bo Lind,")
    # (a participle's phrase: "A statement from Tarn Mills explaining the delay read")
    r"(?:\s+to\s+[^,.;\"“”]{1,60}?|,[^,.;\"“”]{1,80},|\s+[a-z]+ing\s+[^,.;:\"“”]{1,60}?)?,?\s+"
    r"(?:said|says|stated|states|read|reads|warned|warns|noted|notes|added|adds)\b"
)
# "According to the release, ...": a document named before, left unnamed by the cue
# (its speaker is whoever issued it).
_ACCORDING_TO_DOCUMENT: Final = re.compile(
    r"\b[Aa]ccording\s+to\s+(?:the|its|their)\s+(?:[a-z][\w-]*\s+){0,2}?"
    rf"({'|'.join(sorted(L.DOCUMENT_HEADS))})\b"
)
# "It issued a statement that the bank would "Q"", "The Tarn Board released a report
# finding "Q"": the document's words follow "that" or a participle; its subject (a
# pronoun or a name) opens the sentence.
_ISSUED_THAT: Final = re.compile(
    # (a short phrase set before the subject: "Within an hour, the mayor's office had")
    r"\s*(?:[A-Z][a-z]+\s[^,.;:\"“”]{1,30},\s+)?"
    r"(?P<subject>It|They|He|She|(?:The\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of\s+)?[A-Z][\w'’&.-]*){0,5}"
    # ("The center issued a statement": a body named before by its kind)
    rf"|The\s+(?P<kind>{'|'.join(sorted(L.NAMED_BODY_HEADS | L.SHORT_BODY_KINDS))})"
    # ("the mayor's office released a statement": it speaks for the mayor)
    rf"|[Tt]he\s+(?P<title>[a-z]+)['’]s\s+(?:{'|'.join(sorted(L.OWN_VOICES))}))"
    # (a time between: "The Tarn Board on Friday released a report finding")
    r"(?:\s+(?:on|last|this|late|early)\s+(?:[A-Z][a-z]+|week|month|year|night|morning))?"
    r"\s+(?:has\s+|have\s+|had\s+)?(?:issued|released|put\s+out|published|sent\s+out)\s+"
    rf"(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){{0,2}}?(?P<doc>{'|'.join(sorted(L.DOCUMENT_HEADS))})"
    # (when, between: "a statement after the hearing saying")
    r"(?:\s+(?:after|on|late|earlier|following|at)\s+[^.;:\"“”,]{1,40}?)?,?"
    rf"\s+(?P<how>that|{'|'.join(sorted(L.DOCUMENT_FINDINGS))})\s+[^.;:]*$"
)
_MENTIONS_READ: Final = 3  # earlier mentions of the same document looked at
_DOCUMENT_WORDS: Final = 4  # words of "the 61-page audit report" read as a document's label
_REPORT_NOUN: Final = re.compile(rf"\b(?:{'|'.join(sorted(L.REPORT_HEADS))})\b")
_SUIT_NOUN: Final = re.compile(rf"\b(?:{'|'.join(sorted(L.SUIT_HEADS))})\b")
_REPORT_REACH: Final = 2_500  # chars back where a report named again was first named
_REPORTS_READ: Final = 6
_AFTER_QUOTE: Final = 40  # chars after a quote where "the statement, attributed to" may stand


def document_issuers(
    ctx: ArticleContext,
    quotes: list[Quote],
    cue_speaker: Callable[[int, int], str | None],
) -> None:
    """Give each quote whose speaker is "the statement/letter/memo" (and the quotes
    carrying that label on after it) to the document's issuer, at medium confidence.
    ``cue_speaker(lo, hi)`` is the speaker of the last cue in ``text[lo:hi]``."""
    joint_writers(ctx, quotes)
    _it_read(ctx, quotes, cue_speaker)
    _said_paper(ctx, quotes, cue_speaker)
    last: Quote | None = None  # the last quote a document spoke
    for k, q in enumerate(quotes):
        if q.speaker is None and q.kind in ("direct", "partial"):
            _speakerless(ctx, quotes, k, cue_speaker)
            continue
        if q.speaker is None and q.kind == "scare":
            _found_in_report(ctx, q)
            continue
        if last is not None and q.speaker == last.speaker:
            last = q
            continue
        words = (q.speaker or "").split()
        named = (
            _named_document(words)
            or _subject_document(ctx, q)
            or _owners_document(ctx, q)
            or _programme_subject(ctx, q)
            or _kind_owned_document(ctx, quotes, k, cue_speaker)
            or _role_owned_document(ctx, q)
        )
        if named:
            _issued_by(quotes, k, q.speaker, named)  # "a Lumen TV statement": Lumen TV's
            last = q  # (an "It added" right after is the document still)
            continue
        noun: str | None = None
        if _it(q) and last is not None and _nothing_between(ctx, last, q):
            # "… ," the memo reads. ¶ It goes on to suggest citing "…"": the memo still.
            _issued_by(quotes, k, q.speaker, last.speaker or "")
            last = q
            continue
        if _the_document(words):
            noun = words[-1]
        elif _it(q):
            noun = _opening_document(ctx, q)  # "The memo ... lays out what it calls"
            owner = None if noun else _owned_before(ctx, q)
            if owner:  # "Ann Roe's statement ended on a vow. "Q," it read.": hers
                _issued_by(quotes, k, q.speaker, owner)
                last = q
                continue
        if noun is None:
            continue
        issuer = _issuer(ctx, quotes, k, noun, cue_speaker)
        if issuer and issuer.split()[-1] not in L.DOCUMENT_HEADS:
            _issued_by(quotes, k, q.speaker, issuer)
            last = q


# A cue inverted before its quote: "Said the Tarn report: ", "Reads the letter: ".
_SAID_PAPER: Final = re.compile(
    r"\s*(?:Said|Says|Reads|Read|Added|Adds|Stated|States)\s+(?P<phrase>(?:the|a|an)\s+"
    rf"(?:[\w&-]+\s+){{0,3}}?(?P<noun>{'|'.join(sorted(L.DOCUMENT_HEADS))}))\s*:\s*$"
)


def _said_paper(
    ctx: ArticleContext,
    quotes: list[Quote],
    cue_speaker: Callable[[int, int], str | None],
) -> None:
    """ "Said the Tarn report: "Q"": a quote after a cue put before its subject, a
    document, is the document's issuer's (medium), or, none found, the document's
    (low), never the voice before carried on."""
    for k, q in enumerate(quotes):
        if q.kind != "direct" or q.speaker_how not in (None, "carry-over"):
            continue
        s_lo, _ = ctx.sentence_span(q.paragraph, q.start)
        m = _SAID_PAPER.match(ctx.text, s_lo, q.start)
        if m is None:
            continue
        words = m.group("phrase").split()
        issuer = _named_document(words) or _named_after(ctx, m.end("noun"))
        if issuer is None and words[0] == "the":
            issuer = _issuer(ctx, quotes, k, m.group("noun"), cue_speaker)
        if issuer and issuer.split()[-1] in L.DOCUMENT_HEADS:
            issuer = None
        q.speaker, q.speaker_mention = issuer or " ".join(words), " ".join(words)
        q.cue, q.speaker_how = m.group().split()[0].lower(), "role"
        q.confidence = "medium" if issuer else "low"


# "It read:" before a quote, `," it read` after it: only a paper "reads".
_IT_READS_BEFORE: Final = re.compile(r"\bIt\s+(?:read|reads)(?:,\s+in\s+part,?)?\s*:\s*$")
_IT_READS_AFTER: Final = re.compile(r"[,.!?]?\s*it\s+(?:read|reads)\b")
_PAPER_NOUN: Final = re.compile(rf"\b(?:{'|'.join(sorted(L.DOCUMENT_HEADS))})\b")


def _it_read(
    ctx: ArticleContext,
    quotes: list[Quote],
    cue_speaker: Callable[[int, int], str | None],
) -> None:
    """ "The Tarn Board put out a statement on Tuesday. "Q," it read.": what "it"
    reads out is the document named last, in the sentence before or the quote's own,
    so its issuer's (medium), not the voice before carried on."""
    text = ctx.text
    for k, q in enumerate(quotes):
        if q.kind != "direct" or q.speaker_how not in (None, "carry-over", "pronoun", "colon"):
            continue
        s_lo, _ = ctx.sentence_span(q.paragraph, q.start)
        before = _IT_READS_BEFORE.search(text, s_lo, q.start)
        if before is None and not _IT_READS_AFTER.match(text, q.end):
            continue
        lo = (_sentence_before(ctx, q.paragraph, s_lo) or (s_lo, s_lo))[0]
        nouns = [
            m for m in _PAPER_NOUN.finditer(text, lo, q.start) if not ctx.inside_quote(m.start())
        ]
        if not nouns:
            continue
        issuer = _issuer(ctx, quotes, k, nouns[-1].group(), cue_speaker)
        if issuer is None or issuer.split()[-1] in L.DOCUMENT_HEADS:
            continue
        label = q.speaker
        q.speaker, q.speaker_mention, q.cue = issuer, "it", "read"
        q.speaker_how, q.confidence = "pronoun", "medium"
        for after in quotes[k + 1 :]:  # ("Q2" carried on after it: the document still)
            if label is None or after.speaker != label or after.speaker_how != "carry-over":
                break
            after.speaker = issuer


# A paper someone else issued, passed on by the cue's subject right before a colon:
# "Ann Lee posted a message from Tom Ray on Facebook: ", "read a letter by".
_PASSED_ON: Final = re.compile(
    r"\b(?:a|an|the|this|that)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{'|'.join(sorted(L.DOCUMENT_HEADS | L.WRITTEN_HEADS))}|message|note|email|e-mail|text)"
    r"(?=,?\s+(?:from|by|signed\s+by|written\s+by)\s)"
)
_PASSED_TAIL: Final = 60  # chars from the issuer's name to the colon before the quote


def passed_on_papers(ctx: ArticleContext, quotes: list[Quote]) -> None:
    """ "Ann Lee posted a message from Tom Ray on Facebook: "Q"": the words after the
    colon are the paper's, so its issuer's (medium), not those of the one passing it
    on."""
    text = ctx.text
    for q in quotes:
        if q.speaker is None or q.speaker_how not in ("cue-before", "colon"):
            continue
        if not text[max(0, q.start - 3) : q.start].rstrip().endswith(":"):
            continue
        s_lo, _ = ctx.sentence_span(q.paragraph, q.start)
        papers = list(_PASSED_ON.finditer(text, s_lo, q.start))
        paper = papers[-1] if papers else None
        if paper is None or ctx.inside_quote(paper.start()):
            continue
        issuer = _named_after(ctx, paper.end())
        if issuer is None or issuer == q.speaker:
            continue
        tail = text.find(issuer.split()[-1], paper.end()) + len(issuer.split()[-1])
        between = text[tail : q.start]
        if q.start - tail > _PASSED_TAIL or any(m in between for m in '.;"“”'):
            continue
        if C.CUE.search(between):
            continue  # "Ann Lee, who got a letter from Tom Ray, said:": her own words
        q.speaker, q.speaker_mention, q.confidence = issuer, issuer, "medium"


def _speakerless(
    ctx: ArticleContext,
    quotes: list[Quote],
    k: int,
    cue_speaker: Callable[[int, int], str | None],
) -> None:
    """A quote left without a speaker in a sentence opening on a document: "according
    to" it, "X issued a statement that", "Her lawsuit said", "according to her plea
    agreement"."""
    q = quotes[k]
    _ = (
        _according_to_issuer(ctx, quotes, k, cue_speaker)
        or _issued_that(ctx, q)
        or _owned_opening(ctx, q)
        or _according_to_owner(ctx, q)
        or _subject_paper_speaks(ctx, q)
    )


def _according_to_issuer(
    ctx: ArticleContext,
    quotes: list[Quote],
    k: int,
    cue_speaker: Callable[[int, int], str | None],
) -> bool:
    """ "The Kelmar Bank issued a release. According to the release, the board "will
    not budge"": a quote left without a speaker in a sentence opening with "according
    to" a document named before is its issuer's (not when the document is first named
    there: "according to its statement" may be anyone's)."""
    q = quotes[k]
    s_lo, _ = ctx.sentence_span(q.paragraph, q.start)
    m = _ACCORDING_TO_DOCUMENT.search(ctx.text, s_lo, q.start)
    if m is None or ctx.text[m.end() : q.start].count(",") > 3:
        return False
    if all(at >= s_lo for at, _ in _earlier_mentions(ctx, q, m.group(1))):
        return False
    issuer = _issuer(ctx, quotes, k, m.group(1), cue_speaker)
    if issuer and issuer.split()[-1] not in L.DOCUMENT_HEADS:
        q.speaker, q.speaker_mention, q.cue = issuer, m.group(1), "according to"
        q.speaker_how, q.confidence = "according-to", "medium"
        return True
    return False


# "According to his plea agreement, ...": a paper the pronoun's antecedent owns.
_ACCORDING_TO_OWNED: Final = re.compile(
    r"\b[Aa]ccording\s+to\s+(?P<owner>his|her|their)\s+(?:[a-z][\w-]*\s+){0,2}?"
    rf"(?P<doc>{'|'.join(sorted(L.DOCUMENT_HEADS | L.WRITTEN_HEADS | L.OWNED_PAPERS))})\b"
)


def _according_to_owner(ctx: ArticleContext, q: Quote) -> bool:
    """ "Ann Roe pleaded guilty. According to her plea agreement, the money was for
    "Q"": a quote left without a speaker in a sentence opening "according to" a
    person's paper is that person's (medium), as "her letter said" would be."""
    s_lo, _ = ctx.sentence_span(q.paragraph, q.start)
    m = _ACCORDING_TO_OWNED.search(ctx.text, s_lo, q.start)
    if m is None or ctx.text[s_lo : m.start()].strip() or ctx.inside_quote(m.start()):
        return False
    owner = ctx.resolve_pronoun(_OWNER_PRONOUNS[m.group("owner")], m.start("owner"))
    if owner is None or not owner[:1].isupper():
        return False
    q.speaker, q.speaker_mention = owner, f"{m.group('owner')} {m.group('doc')}"
    q.cue, q.speaker_how, q.confidence = "according to", "according-to", "medium"
    return True


def _owned_opening(ctx: ArticleContext, q: Quote) -> bool:
    """ "Her lawsuit, filed in the US District Court in Tarnby, said she "Q"": a quote
    left without a speaker in a sentence opening with a pronoun's document and its
    verb is whom the pronoun stands for."""
    s_lo, _ = ctx.sentence_span(q.paragraph, q.start)
    m = _OWNED_OPENS.match(ctx.text, s_lo, q.start)
    if m is None:
        return False
    if m.group("named"):
        owner = _named_owner(ctx, *m.span("named"))
    else:
        owner = ctx.resolve_pronoun(_OWNER_PRONOUNS[m.group("owner").lower()], m.start("owner"))
    if owner is None or owner.split()[-1].lower() in L.DOCUMENT_HEADS | L.WRITTEN_HEADS:
        return False
    q.speaker, q.speaker_mention = owner, f"{m.group('owner') or m.group('named')} {m.group('doc')}"
    q.cue, q.speaker_how, q.confidence = m.group("verb"), "role", "medium"
    return True


def _named_owner(ctx: ArticleContext, lo: int, hi: int) -> str | None:
    """The person or body a name owning a document stands for, read as the name ends
    the words ("The Tarn Water Board's"), or None when no name the article knows."""
    mentions = list(ctx.names.mentions_between(lo, hi))
    if not mentions or mentions[-1].end != hi:
        return None
    m = mentions[-1]
    names = ctx.names
    return names.whole_body(m) or names.body_ahead(m) or names.resolve(m)


def _found_in_report(ctx: ArticleContext, q: Quote) -> None:
    """ "The Tarn Board released a report finding "clear evidence" of waste": words a
    document's participle takes are what it found or said, a partial quote of its
    issuer, not scare quotes; so are words anywhere in what it is "saying" ("issued a
    statement saying it "regrets" the errors and had "Q"")."""
    s_lo, _ = ctx.sentence_span(q.paragraph, q.start)
    m = _ISSUED_THAT.match(ctx.text, s_lo, q.start)
    if m is None or m.group("how") == "that":
        return
    if m.group("how") != "saying" and ctx.text[m.end("how") : q.start].strip():
        return
    if _issued_that(ctx, q):
        q.kind = "partial"


def _issued_that(ctx: ArticleContext, q: Quote) -> bool:
    """ "The Bank of Tarn held firm. It issued a statement that "Q"": a quote left
    without a speaker after "issued a statement that" is the sentence subject's, a
    pronoun resolved as a cue's would be, or a name."""
    s_lo, _ = ctx.sentence_span(q.paragraph, q.start)
    m = _ISSUED_THAT.match(ctx.text, s_lo, q.start)
    if m is None or ctx.inside_quote(m.start("subject")):
        return False
    subject = m.group("subject")
    if subject in ("It", "They", "He", "She"):
        speaker = ctx.resolve_pronoun(subject.lower(), m.start("subject"))
        how: SpeakerHow = "pronoun"
    elif m.group("kind"):
        speaker = body_of_kind(ctx, subject.lower(), m.start("subject"))
        how = "role"
    elif m.group("title"):
        # (the holder the article names by that title, else no one: the office alone
        # is no label)
        speaker = ctx.names.by_title(m.group("title"), m.start("subject"))
        how = "role"
    else:
        speaker = _issuing_subject(ctx, s_lo, m.start("doc"))
        how = "cue-before"
    if not speaker:
        return False
    q.speaker, q.speaker_mention, q.cue = speaker, subject, "issued"
    q.speaker_how, q.confidence = how, "medium"
    return True


def _nothing_between(ctx: ArticleContext, last: Quote, q: Quote) -> bool:
    """Does ``q`` follow ``last`` in the same or the next paragraph, with no name
    between them that "it" might stand for instead?"""
    if q.paragraph - last.last_paragraph > 1:
        return False
    return not any(True for _ in ctx.names.mentions_between(last.end, q.start))


def _it(q: Quote) -> bool:
    """Is ``q`` given to what "it" stands for at its cue?"""
    return q.speaker_how == "pronoun" and q.speaker_mention in ("it", "It")


def _opening_document(ctx: ArticleContext, q: Quote) -> str | None:
    """ "The four-page memo, dated ..., lays out what it calls "…"": the document
    opening the quote's sentence, which its "it" stands for; or, for a quote opening
    its sentence, the one opening the sentence right before ("The statement ran to
    four pages. ¶ "Q," it said.")."""
    s_lo, _ = ctx.sentence_span(q.paragraph, q.start)
    m = _DOCUMENT_OPENS.match(ctx.text, s_lo, q.start)
    if m is None and not ctx.text[s_lo : q.start].strip():
        before = _sentence_before(ctx, q.paragraph, s_lo)
        m = _DOCUMENT_OPENS.match(ctx.text, *before) if before else None
    return m.group(1).lower() if m else None


def _sentence_before(ctx: ArticleContext, para: int, s_lo: int) -> tuple[int, int] | None:
    """The sentence ending right before ``s_lo`` (which opens a sentence of paragraph
    ``para``): in the same paragraph or the last of the body paragraph before."""
    p = ctx.article.paragraphs[para]
    if ctx.text[p.start : s_lo].strip():
        return ctx.sentence_span(para, max(p.start, s_lo - 2))[0], s_lo
    if para == 0:
        return None
    prev = ctx.article.paragraphs[para - 1]
    if prev.kind != "body" or ctx.inside_quote(prev.end - 2):
        return None
    return ctx.sentence_span(para - 1, max(prev.start, prev.end - 2))[0], prev.end


def _subject_document(ctx: ArticleContext, q: Quote) -> str | None:
    """The issuer of a document that is the subject of ``q``'s sentence, when the
    quote was given to another name in it: "A memo from the Tarn Water Board to the
    city council said the pipes were "…"" (not the council's), "The Tarn Water
    Board's memo said" (not "Tarn Water Board's"), or carried on from the quote
    before: `Mr Roe's statement said: "Q"` is Mr Roe's, not the last speaker's."""
    if q.speaker is None or q.speaker_how not in ("role", "cue-before", "carry-over"):
        return None
    found = _subject_issuer(ctx, q)
    if found is None or found[0] == q.speaker.removeprefix("the "):
        return None
    issuer, owned, straight, _ = found
    if q.speaker_how == "carry-over" and not owned and not straight:
        return None  # (carried on: only a paper whose verb leads straight into the quote)
    return issuer


def _subject_paper_speaks(ctx: ArticleContext, q: Quote) -> bool:
    """ "A statement from Orbury explaining the decision read: "Q"": a quote left
    without a speaker right after the verb of a document opening its sentence is the
    document's issuer's (medium)."""
    found = _subject_issuer(ctx, q)
    if found is None or not found[2]:
        return False
    q.speaker, q.speaker_mention, q.cue = found[0], found[0], found[3]
    q.speaker_how, q.confidence = "cue-before", "medium"
    return True


def _subject_issuer(ctx: ArticleContext, q: Quote) -> tuple[str, bool, bool, str] | None:
    """The issuer of a document opening ``q``'s sentence and speaking at a verb before
    the quote; whether an owner's name opens it ("The Tarn Board's memo"); whether
    the verb leads straight into the quote; the verb."""
    s_lo, _ = ctx.sentence_span(q.paragraph, q.start)
    opening = _SUBJECT_DOCUMENT.match(ctx.text, s_lo, q.start)
    if opening is None:
        return None
    if opening.group("owner"):
        issuer: str | None = _owner_name(ctx, opening)
        if issuer is None:
            return None
        end = opening.end()
    else:
        mention = next(iter(ctx.names.mentions_between(opening.end(), q.start)), None)
        issuer = _named_after(ctx, opening.end()) or _statement_from(ctx, opening, mention)
        if issuer is None or mention is None:
            return None
        end = ctx.text.find(issuer.split()[-1], mention.start) + len(issuer.split()[-1])
    verb = _DOCUMENT_VERB.match(ctx.text, end, q.start)
    if verb is None:
        return None
    straight = ctx.text[verb.end() : q.start].strip() in (":", ",", "")
    return issuer, bool(opening.group("owner")), straight, verb.group().split()[-1]


_FROM: Final = re.compile(r"\s+from\s+")


def _statement_from(
    ctx: ArticleContext, opening: re.Match[str], mention: Mention | None
) -> str | None:
    """ "A statement from Orbury explaining the decision read": the name right after
    "from" issued a statement or release opening the sentence, though the article
    never says it is a body (a club, a team); a paper "from" a place is another matter
    ("documents from Tarnby")."""
    if opening.group().split()[-1] not in ("statement", "release"):
        return None
    m = _FROM.match(ctx.text, opening.end())
    if m is None or mention is None or mention.start != m.end():
        return None
    return ctx.names.resolve(mention)


def _owner_name(ctx: ArticleContext, opening: re.Match[str]) -> str | None:
    """The owner of a document opening a sentence ("The Tarn Board's memo"), a person
    by their full name ("Mr Roe's statement": Ann Roe's); None for a one-word owner
    that names no one ("Wednesday's statement": a day)."""
    written = opening.group("owner").removeprefix("The ")
    owner = next(iter(ctx.names.mentions_between(*opening.span("owner"))), None)
    if " " not in opening.group("owner") and (owner is None or written in L.CALENDAR_WORDS):
        return None
    if owner is not None and ctx.names.is_person(owner):
        return ctx.names.resolve(owner)
    return written


# A sentence opening with a named owner's document: "Roe's statement", "The Tarn
# Board's latest letter".
_OWNED_DOCUMENT_OPENS: Final = re.compile(
    r"\s*(?P<owner>[A-Z][\w.&’'-]*(?:\s+(?:of\s+)?[A-Z][\w.&’'-]*){0,4}?)['’]s\s+"
    rf"(?:[a-z][\w-]*\s+)?(?:{'|'.join(sorted(L.DOCUMENT_HEADS | L.WRITTEN_HEADS))})\b"
)


def _owned_before(ctx: ArticleContext, q: Quote) -> str | None:
    """ "Ann Roe's statement ended on a vow. "Q," it read.": the owner of the document
    opening the sentence right before a quote that opens its own sentence."""
    s_lo, _ = ctx.sentence_span(q.paragraph, q.start)
    if ctx.text[s_lo : q.start].strip():
        return None
    before = _sentence_before(ctx, q.paragraph, s_lo)
    opening = _OWNED_DOCUMENT_OPENS.match(ctx.text, *before) if before else None
    if opening is None:
        return None
    owner = next(iter(ctx.names.mentions_between(*opening.span("owner"))), None)
    if owner is not None and ctx.names.is_person(owner):
        return ctx.names.resolve(owner)
    body = opening.group("owner")
    return body.removeprefix("The ") if C.ORG_NAME.fullmatch(body) else None


# A sentence opening with a party's or a body's programme: "The Labour manifesto",
# "Tarn Foods' new plan".
_PROGRAMME_OPENS: Final = re.compile(
    r"\s*(?:The\s+(?P<modifier>(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)"
    r"|(?P<named>(?:The\s+)?(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)(?:['’]s|(?<=s)['’]))"
    rf"\s+(?:new\s+|latest\s+|own\s+|draft\s+)?(?P<noun>{L.PLAN_NOUNS})\b"
)


def _programme_subject(ctx: ArticleContext, q: Quote) -> str | None:
    """ "The Labour plan says it will "Q"": a programme opening the sentence and
    speaking at its verb is its party's or body's, when the quote went to the words
    naming it ("the Labour", "the Labour plan")."""
    if q.speaker is None or q.speaker_how not in ("role", "cue-before"):
        return None
    s_lo, _ = ctx.sentence_span(q.paragraph, q.start)
    m = _PROGRAMME_OPENS.match(ctx.text, s_lo, q.start)
    if m is None or not _DOCUMENT_VERB.match(ctx.text, m.end(), q.start):
        return None
    group = "modifier" if m.group("modifier") else "named"
    words = " ".join(m.group(group).split()).removeprefix("The ")
    if q.speaker.removeprefix("the ") not in (words, f"{words} {m.group('noun')}"):
        return None  # (another subject spoke: "The Labour plan, Ann Lee said, is ...")
    return programme_owner(ctx, words, m.start(group))


_OWNER_PRONOUNS: Final = {"his": "he", "her": "she", "their": "they", "its": "it"}
# A sentence opening with a pronoun's document and its verb, perhaps past an aside: "Her
# lawsuit, filed in the US District Court in Tarnby, said".
_OWNED_OPENS: Final = re.compile(
    r"\s*(?:(?P<owner>His|Her|Their|Its)"
    # ("Tarn County's first denial letter said": a name's)
    r"|(?P<named>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,5})['’]s)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?P<doc>{'|'.join(sorted(L.DOCUMENT_HEADS | L.WRITTEN_HEADS))})\b"
    r"(?:,[^,.;\"“”]{1,80},)?\s+(?P<verb>said|says|stated|states|added|adds|claimed|claims|alleged|alleges)\b"
)


def _owners_document(ctx: ArticleContext, q: Quote) -> str | None:
    """ "Ann Roe wrote to the council. Her letter said the plan was "Q"": a document
    owned by a pronoun speaks for whom the pronoun stands for (one word may come
    between: "His campaign website says he will "Q"")."""
    words = (q.speaker or "").split()
    if len(words) not in (2, 3) or words[0] not in _OWNER_PRONOUNS:
        return None
    if words[-1] not in L.DOCUMENT_HEADS and words[-1] not in L.WRITTEN_HEADS:
        return None
    s_lo, _ = ctx.sentence_span(q.paragraph, q.start)
    at = ctx.text.lower().find(" ".join(words), s_lo, q.end + _AFTER_QUOTE)
    if at < 0:
        return None
    if words[-1] in L.SUIT_HEADS and words[0] in ("their", "its"):
        suing = _suing_description(ctx, q.paragraph, s_lo)
        if suing:
            return suing  # "A coalition of groups filed suit. Their complaint says"
    owner = ctx.resolve_pronoun(_OWNER_PRONOUNS[words[0]], at)
    if owner is None or owner.split()[-1].lower() in L.DOCUMENT_HEADS | L.WRITTEN_HEADS:
        return None  # ("its report" is no report's: "it" read as "the report")
    return owner


# A sentence opening with an unnamed party that sued: "A coalition of civil rights
# groups filed suit", "Three clinics, all in Tarnby, have sued".
_SUING_OPENS: Final = re.compile(
    r"\s*(?P<np>(?:A|An|Several|Two|Three|Four|Five)\s+[a-z][^,.;:\"“”]{0,60}?)"
    r"(?:,[^,.;\"“”]{1,80},)?\s+(?:has\s+|have\s+)?(?:sued\b|(?:filed|brought)\s+"
    r"(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:suit|lawsuit|complaint)\b)"
)


def _suing_description(ctx: ArticleContext, para: int, s_lo: int) -> str | None:
    """The unnamed party ("a coalition of civil rights groups") that the sentence right
    before ``s_lo`` opens with as suing: whom "their complaint" speaks for (the
    pronoun would reach past it to a person named earlier)."""
    before = _sentence_before(ctx, para, s_lo)
    m = _SUING_OPENS.match(ctx.text, *before) if before else None
    if m is None:
        return None
    np = " ".join(m.group("np").split())
    return np[:1].lower() + np[1:]


def _kind_owned_document(
    ctx: ArticleContext,
    quotes: list[Quote],
    k: int,
    cue_speaker: Callable[[int, int], str | None],
) -> str | None:
    """ "The Tarn Growers Federation said in a statement ... "Q," the federation's
    statement said": a document owned by "the <kind of body>" is the body's that the
    phrase stands for, else (a kind its name does not hold) the issuer of that
    document named before, when a name."""
    q = quotes[k]
    words = (q.speaker or "").split()
    if len(words) != 3 or words[0] != "the" or words[1][-2:] not in ("'s", "’s"):
        return None
    kind, noun = words[1][:-2], words[2]
    if kind not in L.NAMED_BODY_HEADS | L.SHORT_BODY_KINDS | L.BODY_REFERENCES:
        return None
    if noun not in L.DOCUMENT_HEADS | L.WRITTEN_HEADS:
        return None
    s_lo, _ = ctx.sentence_span(q.paragraph, q.start)
    at = ctx.text.lower().find(f"the {kind}", s_lo, q.end + _AFTER_QUOTE)
    body = body_of_kind(ctx, f"the {kind}", max(at, s_lo))
    if body:
        return body
    issuer = _issuer(ctx, quotes, k, noun, cue_speaker) if noun in L.DOCUMENT_HEADS else None
    issuer = issuer.removeprefix("the ") if issuer else None  # ("the AFL-CIO")
    if issuer and issuer[:1].isupper() and issuer.split()[-1] not in L.DOCUMENT_HEADS:
        return issuer
    return None


# A role's paper: "the governor's office's reply", "the mayor's letter" (the owner in
# lower case, one or two possessives).
_ROLE_OWNED: Final = re.compile(r"the (?:[a-z][\w-]* ){0,2}?[a-z][\w-]*['’]s(?: [a-z][\w-]*['’]s)?")
_ROLE_PAPERS: Final = L.DOCUMENT_HEADS | L.WRITTEN_HEADS | L.READ_SUBJECTS


def _role_owned_document(ctx: ArticleContext, q: Quote) -> str | None:
    """ "The governor's office's reply read: "Q"": a paper owned by a role speaks for
    whom that role names ("the governor's office" as the article has it; "the mayor"
    → the mayor the article names), not for the paper."""
    label = q.speaker or ""
    owner, _, noun = label.rpartition(" ")
    if noun not in _ROLE_PAPERS or not _ROLE_OWNED.fullmatch(owner):
        return None
    phrase = owner[:-2]
    at = ctx.text.lower().find(phrase, max(0, q.start - WINDOW), q.end + _AFTER_QUOTE)
    if at < 0:
        return None
    named = ctx.resolve_phrase(ctx.text[at : at + len(phrase)], at)
    return named if named and named.split()[-1] not in _ROLE_PAPERS else None


def _the_document(words: list[str]) -> bool:
    """ "the statement", "the 61-page report", "the final audit report": a document
    by its noun, perhaps after plain modifiers (a name among them is
    :func:`_named_document`'s)."""
    if not 2 <= len(words) <= _DOCUMENT_WORDS or words[0] != "the":
        return False
    return words[-1] in L.DOCUMENT_HEADS and not any(w[:1].isupper() for w in words[1:-1])


def _named_document(words: list[str]) -> str | None:
    """The name a document's label is made of ("a Lumen TV statement" → Lumen TV)."""
    if len(words) < 3 or words[0] not in ("a", "an", "the") or words[-1] not in L.DOCUMENT_HEADS:
        return None
    name = words[1:-1]
    if not all(w[:1].isupper() for w in name):
        return None
    return " ".join(name).removesuffix("'s").removesuffix("’s")  # ("the Tarn Board's memo")


def _issuer(
    ctx: ArticleContext,
    quotes: list[Quote],
    k: int,
    noun: str,
    cue_speaker: Callable[[int, int], str | None],
) -> str | None:
    """Who issued the document ``noun`` that quote ``k`` is given to."""
    text, q = ctx.text, quotes[k]
    after = text.find(noun, q.end, q.end + _AFTER_QUOTE)
    if after >= 0 and (named := _named_after(ctx, after + len(noun))):
        return named  # `"Q," said the statement, attributed to its director, Ann Roe.`
    if noun == "minutes" and (body := _meeting_body(ctx, q.start)):
        return body  # "The minutes of the Tarnby Council meeting": the body that met
    mentions = _earlier_mentions(ctx, q, noun)
    s_lo, _ = ctx.sentence_span(q.paragraph, q.start)
    named = _issued_with(ctx, mentions, s_lo) or _introduced_issuer(ctx, noun, q.start)
    if named:
        return named
    plaintiff = _plaintiff(ctx, q.start) if noun in L.SUIT_HEADS else None
    if all(at >= s_lo for at, _ in mentions):
        # named first in the quote's own cue: "A spokesman denied it: "Q." The
        # statement added: "Q2."" ("Ann Lee sued Tarn Foods. The lawsuit said": hers)
        if noun == "minutes":
            return None  # (a meeting's record, not the last voice's)
        if q.cue in L.READ_FORMS:
            return plaintiff  # (what a paper "reads" is not the last voice's)
        return plaintiff or _previous_voice(quotes, k)
    for at, noun_end in mentions:
        if ctx.inside_quote(at):
            continue  # ("his campaign finance reports" in a quote names no document)
        if at >= s_lo and _DOCUMENT_VERB.match(ctx.text, noun_end, q.start):
            continue  # (the document speaking in the quote's own sentence: "The complaint said")
        named = _named_after(ctx, noun_end) or _owner_before(ctx.text, at)
        if named:
            return named
        lo, end = ctx.sentence_span(ctx.para_of(at), at)
        if noun in L.REPORT_HEADS:
            # (a report's issuer is named with it, not by a cue near it: "The Tillage
            # Institute published a report")
            named = _issuing_subject(ctx, lo, at) or _plan_owner(ctx, lo, at)
            if named:
                return named
            continue
        issuer = next(
            (p.speaker for p in quotes[:k] if p.speaker and p.start < end and p.end > lo), None
        )
        if issuer is None:
            # the cue that names the document first ("X said in a release that officers
            # responded": X's, not the officers'), or whoever issued it ("X put out a
            # statement")
            issuer = cue_speaker(lo, at) or _issuing_subject(ctx, lo, at) or cue_speaker(lo, end)
        if issuer and issuer.split()[-1] not in L.DOCUMENT_HEADS:
            # (not "the statement" of "The statement added that"; a spokesperson
            # named after the document delivered it)
            return _spokesperson(ctx, end, q.start) or joint_label(ctx, issuer, lo, end) or issuer
    return None


def _issued_with(ctx: ArticleContext, mentions: list[tuple[int, int]], s_lo: int) -> str | None:
    """ "The 30-page report, prepared by the Office of Tarn Reviews, said the county
    had "Q"": the issuer named with the document in the quote's own sentence."""
    for at, noun_end in mentions:
        if at >= s_lo and not ctx.inside_quote(at):
            named = _named_after(ctx, noun_end)
            if named:
                return named
    return None


# A report that sets out a plan named before: "The proposal, outlined in a 40-page
# report sent to ministers, (says)".
_PLAN_IN_REPORT: Final = re.compile(
    rf"\s*The\s+(?:[a-z][\w-]*\s+)?(?P<noun>{L.PLAN_NOUNS}),\s+(?:[a-z]+\s+)?"
    r"(?:outlined|set\s+out|laid\s+out|detailed|described|spelled\s+out|contained)\s+in\s+"
    r"(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?$"
)
_PLAN_REACH: Final = 1_500  # chars back where the plan's owner was named with it
# The plan named with its owner: "A Tarn Board proposal", "the Tarn Board's plan".
_OWNED_PLAN_NAMED: Final = (
    rf"\b(?:[Aa]n?|[Tt]he)\s+(?P<by>{C.ORG_NAME.pattern})\s+(?:[a-z][\w-]*\s+)?NOUN\b"
    rf"|(?P<owner>{C.ORG_NAME.pattern})['’]s\s+(?:[a-z][\w-]*\s+)?NOUN\b"
)


def _plan_owner(ctx: ArticleContext, lo: int, at: int) -> str | None:
    """ "A Tarn Board proposal to shut 30 halls ... The proposal, outlined in a report
    sent to ministers, ...": the report sets out the plan, so speaks for its owner,
    named with the plan before (a body or a party)."""
    m = _PLAN_IN_REPORT.match(ctx.text, lo, at)
    if m is None:
        return None
    noun = m.group("noun")
    named = re.compile(_OWNED_PLAN_NAMED.replace("NOUN", noun))
    found = [
        f
        for f in named.finditer(ctx.text, max(0, lo - _PLAN_REACH), lo)
        if not ctx.inside_quote(f.start())
    ]
    if not found:
        return None
    group = "by" if found[-1].group("by") else "owner"
    words = found[-1].group(group).removeprefix("The ").removesuffix("'s").removesuffix("’s")
    owner = programme_owner(ctx, words, found[-1].start())  # (a name run may hold "A")
    return words if owner and owner in words else owner  # (the name whole: "Department of")


# "Ann Lee sued", "Ann Lee, a former engineer, has sued", "was sued by Ann Lee".
# (Not a passive's subject: "Tarn Foods was sued in March" names the one sued.)
_SUED: Final = re.compile(
    r"(?:,[^,.;:\"“”]{1,80},|\s+(?:has|have|had|also|then|later|first))?\s+"
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)"
    r"sued\b(?!\s+by\b)|\bsued\s+by\s+"
)


def _plaintiff(ctx: ArticleContext, pos: int) -> str | None:
    """Who sued, in the last sentence before ``pos`` (within a window) that says so:
    the person or body right before "sued" (past an apposition), or after "sued by"."""
    found = None
    for m in _SUED.finditer(ctx.text, max(0, pos - WINDOW), pos):
        if not ctx.inside_quote(m.start()):
            found = m
    if found is None:
        return None
    if found.group().endswith("by "):
        mentions = ctx.names.mentions_between(found.end(), found.end() + 80)
        mention = next(iter(mentions), None)
        if mention is None or mention.start != found.end():
            return None
    else:
        mention = next(
            reversed(ctx.names.mentions_between(found.start() - 80, found.start())), None
        )
        if mention is None or mention.end != found.start():
            return None
    if mention.org:
        whole = C.ORG_NAME.match(ctx.text, mention.start)
        return whole.group() if whole and whole.group().startswith(mention.words) else None
    return ctx.names.resolve(mention) if ctx.names.is_person(mention) else None


# The body whose meeting minutes record: "The Tarnby Council met in March", "the
# Tarnby Council's meeting", "a meeting of the Tarnby Council".
_MEETING_BODY: Final = re.compile(
    rf"(?P<met>{C.ORG_NAME.pattern})(?:['’]s)?\s+(?:(?:had\s+)?met|meets|meeting)\b"
    rf"|\bmeeting\s+of\s+(?:the\s+)?(?P<of>{C.ORG_NAME.pattern})"
)


def _meeting_body(ctx: ArticleContext, pos: int) -> str | None:
    """The body whose meeting was last named before ``pos`` (within a window): whom
    minutes first named at their quote speak for ("The Tarnby Council met in March.
    "Q," the minutes say."), never the last voice."""
    found = None
    for m in _MEETING_BODY.finditer(ctx.text, max(0, pos - WINDOW), pos):
        if not ctx.inside_quote(m.start()):
            found = m
    if found is None:
        return None
    return (found.group("met") or found.group("of")).removeprefix("The ").removeprefix("the ")


def _previous_voice(quotes: list[Quote], k: int) -> str | None:
    """The speaker of the quote before quote ``k``, in its paragraph or the one before:
    what a document named for the first time ("The statement added") stands for."""
    if k == 0:
        return None
    prev, q = quotes[k - 1], quotes[k]
    if prev.speaker is None or q.paragraph - prev.last_paragraph > 1:
        return None
    return prev.speaker


def _introduced_issuer(ctx: ArticleContext, noun: str, pos: int) -> str | None:
    """Who issued the document first brought in with its issuer ("after receiving a
    referral from the Office of Tarn Audits") and since taken up only as "the" one: a
    later sentence where someone else handles it ("which the board released") does not
    make it theirs. None if another such document was brought in after it."""
    lo = max(0, pos - _REPORT_REACH)
    brought = list(re.finditer(rf"\b(?:a|an)\s+{noun}\b", ctx.text[lo:pos]))
    if not brought or ctx.inside_quote(lo + brought[-1].start()):
        return None
    return _named_after(ctx, lo + brought[-1].end())


def _earlier_mentions(ctx: ArticleContext, q: Quote, noun: str) -> list[tuple[int, int]]:
    """Where the article names the document ``noun`` before ``q`` (start and end of
    the noun), the nearest first: a few mentions within a window, more and further
    back for a report, which may first be named as an audit or a study ("The audit,
    conducted by ... . The report called"); a case's papers by any of their nouns."""
    if noun in L.REPORT_HEADS:
        found = _REPORT_NOUN.finditer(ctx.text, max(0, q.start - _REPORT_REACH), q.start)
        reads = _REPORTS_READ
    elif noun in L.SUIT_HEADS:  # ("The lawsuit, filed by ... . The complaint said")
        found = _SUIT_NOUN.finditer(ctx.text, max(0, q.start - WINDOW), q.start)
        reads = _MENTIONS_READ
    else:
        found = re.finditer(rf"\b{noun}\b", ctx.text[: q.start])
        found = (m for m in found if m.start() >= q.start - WINDOW)
        reads = _MENTIONS_READ
    spans = [(m.start(), m.end()) for m in found if not _time_span(ctx.text, m.start())]
    return spans[::-1][:reads]


def _time_span(text: str, at: int) -> bool:
    """Is the "minutes" at ``at`` a span of time ("for 40 minutes", "the final
    minutes"), not a meeting's record?"""
    if not text.startswith("minutes", at):
        return False
    word = text[max(0, at - 20) : at].split()[-1:] or [""]
    return word[0][:1].isdigit() or word[0].lower() in L.TIME_MINUTES_BEFORE


# "according to the documents released at ...": the papers named right after the cue
# (not "the report's author": a person).
_ACCORDING_PAPERS: Final = re.compile(
    r"\s*(?:(?:the|a|an|these|those|its|their|his|her|newly|recently|some|several)\s+)*"
    r"(?:[\w-]+\s+){0,3}?"
    rf"(?:{'|'.join(sorted(L.DOCUMENT_HEADS | L.WRITTEN_HEADS | L.ARCHIVE_PAPERS))})\b(?!['’])"
)


def according_to_papers(ctx: ArticleContext, after: int) -> tuple[str | None] | None:
    """ "According to the documents released at the National Archives, officials were
    "Q"": papers named after "according to" speak only for an issuer named with them
    ("documents from the Home Office"), never for where they are kept or published.
    None when no paper follows the cue, else a 1-tuple of the issuer (or None)."""
    m = _ACCORDING_PAPERS.match(ctx.text, after)
    if m is None:
        return None
    named = _named_after(ctx, m.end()) or _issuer_before_paper(m.group().split())
    if named is None and _ISSUED.match(ctx.text, m.end()):
        return None  # "a statement released by the department": the cue's own reading
    return (named,)


def _issuer_before_paper(words: list[str]) -> str | None:
    """ "according to Tarnby Home Office documents": the capitalised words before the
    paper name its issuer, unless they name where papers are kept ("the Vellmoor
    Archives files" are no more the archives' than papers released there)."""
    while words and words[0].islower():
        words = words[1:]
    name = words[:-1]
    if not name or not all(w[:1].isupper() for w in name):
        return None
    owner = " ".join(name).removesuffix("'s").removesuffix("’s")
    return None if owner.split()[-1].lower() in L.PAPER_KEEPERS else owner


# A paper that is the subject of a cue inverted after its quote: `"Q," reads a
# telephone memo from 1975`, `"Q," states the letter`.
_PAPER_AFTER: Final = re.compile(
    r"\s*(?P<phrase>(?P<det>the|a|an|this|that)\s+(?:[\w-]+\s+){0,3}?"
    rf"(?P<noun>{'|'.join(sorted(L.DOCUMENT_HEADS | L.WRITTEN_HEADS | L.ARCHIVE_PAPERS))}))"
    r"\b(?!['’])"
)


def paper_after_cue(ctx: ArticleContext, after: int) -> tuple[str, str | None] | None:
    """`"Q," reads a memo from Ada Roe`: the paper right after an inverted cue speaks,
    not the speaker before it. Its label ("the letter": the article may have named it
    before, read by :func:`document_issuers`; "a telephone memo": a new one) and the
    issuer named with it, if any."""
    m = _PAPER_AFTER.match(ctx.text, after)
    if m is None:
        return None
    label = " ".join(m.group("phrase").split())
    if m.group("det") in ("the", "this", "that"):
        label = f"the {m.group('noun')}"
    return label, _named_after(ctx, m.end())


# A body's whole name led by its kind: "Office of Tarn Audits", "Center for Fair Pay".
_HEADED_BODY: Final = re.compile(rf"[A-Z][a-z]+ (?:of|for) (?:the )?{C.ORG_NAME.pattern}")


def _named_after(ctx: ArticleContext, pos: int) -> str | None:
    """The person or body named right after "from/by/attributed to" at ``pos``."""
    m = _ISSUED.match(ctx.text, pos)
    if m is None:
        return None
    mention = next(iter(ctx.names.mentions_between(m.end(), m.end() + 80)), None)
    if mention is not None and mention.org and mention.start != m.end():
        whole = _HEADED_BODY.match(ctx.text, m.end())
        if whole and whole.end() >= mention.end:
            # "prepared by the Office of Tarn Audits" where "office" is also a plain word
            # of the article ("took office"): the index knows only "Tarn Audits"
            return whole.group()
    if mention is None or mention.start != m.end():
        return None
    if not (mention.org or ctx.names.is_person(mention)):
        # "a report published by (research firm) Trellix": what a paper is "by" and
        # no person is the body that issued it (not "documents from Tarnby": a place).
        return mention.words if _BY_END.search(m.group()) else None
    if mention.org:  # "the Office of Health Program Integrity": the body's whole name
        whole = C.ORG_NAME.match(ctx.text, mention.start)
        if whole and whole.group().startswith(mention.words):
            return whole.group()
    return ctx.names.resolve(mention)


def _issuing_subject(ctx: ArticleContext, lo: int, at: int) -> str | None:
    """The subject of "issued/put out a statement" ending at ``at``, in ``text[lo:at]``:
    "The Tillman Board issued a release", "Roe's campaign put out a statement" (Roe)."""
    verb = _ISSUING.search(ctx.text, lo, at)
    if verb is None:
        return None
    found = _issuer_before(ctx, lo, verb.start())
    aside = _ISSUER_ASIDE.search(ctx.text, lo, verb.start())
    if found is None and aside is not None:
        found = _issuer_before(ctx, lo, aside.start())
    return found


def _issuer_before(ctx: ArticleContext, lo: int, end: int) -> str | None:
    """The body, or the person (perhaps set off by commas: "The mayor, Ann Roe,"), whose
    name ends right before ``end``, the issuing verb or an aside before it."""
    mention = next(reversed(ctx.names.mentions_between(lo, end)), None)
    if mention is None:
        return None
    gap = ctx.text[mention.end : end]
    if gap.startswith(".") and mention.words.split()[-1] in L.COMPANY_WORDS:
        gap = gap[1:]  # "Corvane Mining Co. put out a statement"
    if mention.org:
        whole = C.ORG_NAME.match(ctx.text, mention.start)
        if gap.strip() or whole is None or not whole.group().startswith(mention.words):
            return None
        return whole.group()
    if gap.startswith(",") and ctx.text[mention.start - 2 : mention.start] == ", ":
        gap = gap[1:]  # (a name set off by commas: "The mayor, Ann Roe, made")
    if ctx.names.is_person(mention) and _OWN_VOICE_GAP.fullmatch(gap):
        return ctx.names.resolve(mention)
    return None


def _spokesperson(ctx: ArticleContext, lo: int, hi: int) -> str | None:
    """The spokesperson named in ``text[lo:hi]`` ("The campaign fired back in a
    statement. Campaign spokeswoman Ann Roe said ..."), who delivered the document."""
    for m in ctx.names.mentions_between(lo, hi):
        if _SPOKES_BEFORE.search(ctx.text, max(0, m.start - 16), m.start) and (
            ctx.names.is_person(m)
        ):
            return ctx.names.resolve(m)
    return None


def _owner_before(text: str, at: int) -> str | None:
    """The body or person whose document stands at ``at``: "The Office of
    Congressional Conduct's report"."""
    m = _OWNER.search(text, max(0, at - _OWNER_REACH), at)
    return m.group(1).removeprefix("The ") if m else None


def _issued_by(quotes: list[Quote], k: int, label: str | None, issuer: str) -> None:
    """Give quote ``k`` and the quotes right after it that carry its label on to
    ``issuer``."""
    for n, q in enumerate(quotes[k:]):
        if q.speaker != label or (n and q.speaker_how != "carry-over"):
            break  # (a new "the statement said" may be another statement's)
        q.speaker, q.confidence = issuer, "medium"
