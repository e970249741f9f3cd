"""The synthetic US-style news golds: built from their sources, well-formed, and scored.

Our BBC gold is British newswriting; the held-out set of issue 8 is American
(``Ms. Okafor said``, ``Sen. Ines Parra, D-Ore.,``, ``Jr.``, ``said in a statement``,
transcripts, show titles). Sets of invented articles in that style, every
quotation marked, live under ``tests/core/data/``: ``us_news`` (the first 18),
``us_news_dev`` (longer articles in several outlets' styles; attribution work may
look at its failures), ``us_news_dev2`` (a second dev set in the mix of real US
news: pronoun chains, same-gender turns, round-ups, pull-quotes, particles; open to
tuning), ``us_news_dev3`` (a third dev set, 25 articles and 496 quotes written blind,
before their writer read the attribution code or ran the extractor on them: fresh text
to tune on), ``us_news_dev4`` (26 articles, 511 quotes, written blind before the
extractor ran on them, in the styles of Breitbart, HuffPost, USA Today, Fox, CNN, Axios,
NPR/PBS, local papers and TV sites; open to tuning), ``us_news_dev5`` (28 articles, 566
quotes, written blind in the styles of the NYT, the Post, Politico, Axios, AP, USA Today,
Breitbart, Fox, HuffPost, CNN, local papers and TV, transcripts, hearings and courts;
open to tuning), ``us_news_dev6`` (29 articles, 554 quotes, written blind in the styles
of the NYT, the Post, Politico, USA Today, Breitbart, HuffPost, The Hill, Roll Call and
AP: Congress, agencies, governors, campaigns and courts; open to tuning),
``us_news_dev7`` (30 articles, 530 quotes, written blind in the styles of Reuters, AP,
NPR, PBS, Fox, CNN, the Journal, Axios, ProPublica, regional papers and local TV:
families sharing a surname, agencies and companies by short forms, unnamed witnesses;
open to tuning), ``us_news_dev8`` (30 articles, 547 quotes, written blind in the styles
of the NYT, the Post, Politico, USA Today, Breitbart, HuffPost, AP, Reuters, Bloomberg,
The Atlantic and local papers: the Pentagon and State Department, hospitals and health
policy, the Supreme Court, the Fed, strikes, schools and universities, an obituary, a
live blog, a Q&A; open to tuning), ``us_news_dev9`` (28 articles, 521 quotes, written
blind in the styles of the NYT, the Post, Politico, USA Today, AP, Reuters, The Hill,
Axios, CNN, Fox, Breitbart, HuffPost, Mother Jones and The Federalist: Congress, the
White House and national campaigns; open to tuning), ``us_news_dev10`` (30 articles, 490
quotes, written blind in the styles of the Post, the NYT, AP, Reuters, USA Today,
Politico's states coverage, Breitbart, HuffPost, Fox, NPR, nonprofit statehouse
newsrooms and local papers and TV: governors, legislatures, mayors and councils, ballot
measures, prosecutors, trials, recounts, the border and schools; open to tuning), later
dev sets up to ``us_news_dev14`` (24 articles, 493 quotes, written blind as an open proxy
for issue 8's held-out US political news: some 16 outlets' house styles, role nouns for
people already named, colon lead-ins, statements, posts, letters, court opinions and a
hearing transcript quoted, unnamed officials, reaction round-ups; open to tuning) and
``us_news_dev15`` (26 articles, 554 quotes, written blind as a second open proxy for the
same held-out news: hearings, trials, rulings, briefings, round-ups, letters and filings,
unnamed aides, role nouns, pronouns after several people of one gender; open to tuning),
``us_news_dev16`` (26 articles, 493 quotes, written blind and hard on purpose in the
style of ``us_news_heldout9``: pronouns paragraphs after the name, role nouns,
transcript-like exchanges, documents, unnamed sources; open to tuning),
``us_news_dev17`` (25 articles, 452 quotes, written blind and hard on purpose as an open
proxy for issue 8's held-out US political news: pronouns paragraphs after the name,
several people of one gender, role nouns, colon lead-ins, documents, transcript-like
exchanges, unnamed sources, round-ups, lede partials named later, first names only,
couples and nicknames; open to tuning),
``us_news_dev18`` (26 articles, 431 quotes, written blind and hard the same way: cue-less
exchanges, continuation paragraphs, pronouns paragraphs after the name, role nouns,
colon lead-ins, documents, unnamed sources, first-name-only sources, couples; open to
tuning), ``us_news_dev19`` (22 articles, 402 quotes, written blind as an open proxy for
issue 8's held-out US political news, ordinary shapes in realistic proportions: said-after
and said-before, pronouns paragraphs after the name, several people of one gender, role
nouns, colon lead-ins, statements, letters, posts, long unnamed-source labels, partial
quotes, lede partials named later, continuation paragraphs; open to tuning),
``us_news_dev20`` (24 articles, 393 quotes, written blind as a second open proxy of the
same kind: said-after and said-before, pronouns paragraphs after the name, several people
of one gender, role nouns, colon lead-ins, statements, letters, posts, ads and court
filings, long unnamed-source labels, partial quotes, lede partials named later,
continuation paragraphs, a profile, an obituary, a debate, a hearing and a town hall; open
to tuning), ``us_news_dev21`` (24 articles, 386 quotes, written blind as an open proxy of
the same kind made of text as saved from news web pages: photo captions and credits,
advertisement lines, embedded posts, "RELATED:"/"Read more:" lines, bylines, datelines,
an editor's note, corrections, subheads, live blogs, newsletter items and bulleted
round-ups, among ordinary said-after/said-before, pronoun, role, colon, document,
unnamed-source and partial quotes and names of real variety; open to tuning),
``us_news_dev22`` (22 articles, 345 quotes, written blind as an open proxy with
real-world name variety and page clutter: people who share a surname, nicknames and
initials, several people of one gender, hyphenated, particle, suffixed, Spanish double,
Asian and African names, names that are common words, captions, advertisement and related
lines, embedded posts, corrections, courtroom turns and an interview transcript; open to
tuning), ``us_news_dev23`` (22 articles, 314 quotes, written blind as an open proxy aimed at
pronoun quotes: "she said" paragraphs after the name with other people between, kin named
by given name only, people quoted in a story about someone else, pronouns after paraphrase,
after "Asked whether ...", in and after a Q&A and in multi-paragraph quotes, "they" for one
person and for a group, names of real variety and page clutter; open to tuning), and two
HELD-OUT sets,
``us_news_heldout`` and ``us_news_heldout2`` (the
second: 26 articles of 600-1,100 words, 609 quotes, written later and by another
hand, to measure honestly whether attribution work generalises). Both were written
before the extractor ran on them; only their figures are reported, their failures
are never printed and nobody tunes on them; later held-out sets, up to
``us_news_heldout7`` (30 articles, 556 quotes, written blind to be as close to real US
political news as its writer could make it: some 20 outlets' house styles, briefings,
transcripts, round-ups, court opinions, unnamed officials) and ``us_news_heldout8`` (29
articles, 558 quotes, written blind the same way: hearings, a cross-examination, memos,
letters, statements and posts, unnamed aides and officials) and ``us_news_heldout9``
(28 articles, 526 quotes, written blind and made hard on purpose: few plain ``X said``
cues, pronouns paragraphs after the name, role nouns, transcript-like exchanges,
documents and unnamed sources) and ``us_news_heldout10`` (27 articles, 548 quotes,
written blind and hard the same way: several people of one gender, role nouns, colon
lead-ins, documents, posts, transcript-like exchanges, round-ups, unnamed sources)
and ``us_news_heldout11`` (27 articles, 562 quotes, written blind as ordinary US
political news in some 18 outlets' styles: "X said" before and after, pronouns, role
nouns, colon lead-ins, documents, posts, transcripts, unnamed sources, partials)
and ``us_news_heldout12`` (28 articles, 595 quotes, written blind the same way in
some 20 outlets' styles: statehouses, city halls, courts, agencies, campaigns, an
obituary, a profile, a voters' round-up, an interview transcript, a Sunday show)
and ``us_news_heldout13`` (28 articles, 537 quotes, written blind the same way, with
names as US politics has them (hyphens, particles, suffixes, Spanish double surnames,
Asian and African names, one-syllable names that are common words, nicknames, shared
surnames) and text as saved from news pages: captions, "Advertisement" lines, embedded
posts, "RELATED:" lines, bylines, datelines, corrections and editor's notes)
and ``us_news_heldout14`` (27 articles, 587 quotes, written blind the same way in
outlets' house styles and article genres: the NYT's honorifics and "said in an
interview", the Post's "said X, who", Politico and Axios lead-ins and bullets, AP and
Reuters wire copy in straight quotes, Breitbart and HuffPost scare quotes, posts and TV
hosts, Fox and CNN interviews with host turns, NPR's present tense, local papers; a live
blog, a feature with a three-paragraph quote, a court ruling and its dissent, an
explainer quoting documents, a debate recap, an op-ed and an obituary)
and ``us_news_heldout15`` (28 articles, 616 quotes, written blind the same way as
crowded stories of 8-15 speakers: hearings and a markup, council, commission, zoning and
school-board meetings with public commenters, court days, a verdict and a sentencing, an
impeachment trial, press conferences with several officials, rallies, marches, a picket
line, debate and forum recaps, a reaction round-up and an investigation quoting texts),
are kept the same way
(``bench/us_gold.py`` describes each). ``bench/us_gold.py`` strips the markers
into each set's ``texts/`` and ``gold.jsonl``. The figures are those ``python
bench/gold.py score tests/core/data/<set>/gold.jsonl --root tests/core/data/<set>``
prints.

Each set's figures are held at floors set at the level measured when the set was
written (less about one quote), so a change that loses ground fails; issue 8's
targets (named >= 93%, pronoun >= 90%, high confidence right >= 98%) are asserted on
every set, held-out ones included (a set that does not reach one is marked a strict
xfail with ``pytest.mark.xfail(strict=True)`` until a fix reaches it).
"""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.core.gold.score import GoldArticle, Score, by_group, check_gold, read_gold, score
from tui import load_corpus
from tui.core.compiled import compiled_modules

DATA = Path(__file__).resolve().parent / "data"
US_NEWS = DATA / "us_news"
# Issue 8's targets for the held-out US news set.
NAMED = 0.93  # full name right, quotes of a named source
PRONOUN = 0.90  # quotes introduced by he/she
SPAN_F1 = 0.98
DETECTION_F1 = 0.985
HIGH_RIGHT = 0.98  # quotes given a speaker at confidence "high"
# High must stay useful: at least this share of the quotes whose speaker the text makes
# clear are attributed at high confidence (about 24-34% on every set today).
HIGH_SHARE = 0.20


@dataclass(frozen=True, slots=True)
class Floors:
    """The level a set is held at: rates are floors, ``missing`` a ceiling."""

    name_intro: float  # quotes introduced by the person's name
    pronoun: float
    named: float  # quotes of a named source, any intro
    missing: float
    span_f1: float = 0.99
    detection_f1: float = 0.99


# Measured on main at 1143d1e (right/total; the figures are deterministic):
# us_news         name 28/28, pronoun 42/43, named 123/131, missing 3/147
# us_news_dev     name 35/37, pronoun 55/66, named 181/219, missing 4/272
# us_news_heldout name 33/35, pronoun 49/61, named 176/215, missing 6/290
# us_news_dev with branch wrong: name 35/37, pronoun 61/66, named 199/219 (held-out unchanged)
# us_news_heldout2 name 74/78, pronoun 133/145, named 414/465, missing 9/585 (at 0aa6200)
# us_news_dev2    name 72/82, pronoun 65/80, named 257/315, missing 8/400 (at 9200ff0, 26 articles)
# us_news_dev3    name 105/110, pronoun 70/76, named 335/361, missing 3/468 (at 2b56314, 25
#                 articles written blind: before their writer read the attribution code)
# us_news_dev4    name 76/80, pronoun 83/101, named 310/380, missing 15/488 (at 61c484f, blind)
# branch named (family first names, American titles, "St." surnames): us_news_dev2 name
# 80/82, pronoun 78/80, named 302/315; us_news_heldout pronoun 55/61, named 191/215;
# us_news_heldout2 pronoun 135/145, named 425/465; then (ages before an apposition,
# "the Ohio Democrat", colon lead-ins, bodies in apposition) pronoun 137/145, named 431/465;
# then (accents, unnamed sources' labels, dashes, nicknames ...): us_news_dev named 208/219,
# us_news_dev2 305/315, pronoun 79/80; us_news_dev3 name 108/110, named 342/361;
# us_news_dev4 pronoun 86/101, named 320/380; us_news_heldout named 194/215;
# us_news_heldout2 pronoun 138/145, named 434/465 (issue 8's named target met there);
# then (relatives by first name, "Secretary of State X"): us_news_dev4 pronoun 88/101,
# named 325/380
# us_news_dev5    name 66/67, pronoun 116/134, named 357/406, missing 6/532, high right
#                 117/121 (at 0aadea8, 28 articles written blind; after its gold fixes);
#                 branch doubt (cue's subject, possessed terms, titles): high 117/117
# branch phrase (noun-phrase heads, documents' issuers, lede descriptions, surname
# transcript labels, Q&A turns): us_news_dev5 pronoun 117/134, named 369/406, missing
# 5/532, high right 121/124; us_news_dev4 named 336/380, missing 9/488
# branch named (unnamed sources: "A man in the back shouted", "a forklift operator ...
# said he"): us_news_dev5 pronoun 122/134 (held-out figures unchanged); then (no gender
# learnt past "her nephew ... he", a person apposed to an owned noun): us_news_dev2
# pronoun 80/80, named 311/315; us_news_dev3 pronoun 73/76, named 348/361; us_news_dev4
# pronoun 92/101 (issue 8's pronoun target met there), named 353/380
# then (some 400 more common given names by gender): us_news_dev3 pronoun 75/76, named
# 350/361; us_news_dev5 pronoun 123/134, named 384/406; us_news named 129/131, pronoun
# 42/43 (its "Ms. Parra's mother, Estela Parra, watched ... "Q," she said" now goes to
# the mother, the nearer subject: Estela's gender is known now)
# us_news_dev6    name 88/88, pronoun 94/100, named 355/372, missing 9/542, high right
#                 155/159 (at 47fc0d8, 29 articles written blind; after its gold fixes);
#                 branch doubt: high 144/147, its first figures with the doubt rules
#                 before tuning on it, then 144/144; us_news_heldout2 high 136/138
# us_news_dev7    name 113/119, pronoun 96/113, named 367/408, missing 2/508, high right
#                 126/129 (at cb8f15a, 30 articles written blind; the first figures, before
#                 the gold fixes, were the same but for unnamed labels: 382 -> 384 of 441);
#                 branch doubt (a word or two quoted, a name in another phrase): high
#                 124/126, its first figures with those rules, not tuned on it
# branch named (relatives opening a clause, "Her husband wants", and relatives named in
# apposition, "survived by a son, Nnamdi Obi"): us_news_dev5 pronoun 127/134, named
# 392/406; then (a cue leading into a quote beats the next sentence's verb, an unnamed
# source with a relative clause): us_news_dev7 high right 126/128
# branch named on us_news_dev6 (its first figures, nothing tuned on it): name 88/88,
# pronoun 94/100, named 354/372 (main 355/372: one "she" went to a woman now known by
# her given name), high right 155/159
# branch named on us_news_dev7 (its first figures, nothing tuned on it): name 114/119,
# pronoun 99/113, named 373/408 (main: 113/119, 96/113, 367/408), high right 126/129
# branch labels (short forms of bodies, title words, apposed names, "in the words of"):
# us_news_dev named 213/219; us_news_dev3 named 349/361; us_news_dev4 named 351/380;
# us_news_dev7 name 116/119, pronoun 98/113, named 379/408; us_news_heldout named
# 195/215; us_news_heldout2 pronoun 139/145, named 440/465
# us_news_dev8    name 100/102, pronoun 75/82, named 345/373, missing 9/539, high right
#                 145/146 (at 5fbbe6d, 30 articles written blind; after its gold fixes,
#                 which only relabelled unnamed sources and two relayed or coined phrases:
#                 the first figures were the same but for speaker right 355 -> 365 of 404);
#                 then pronoun 76/82, named 347/373 (who: openings past fronted time
#                 phrases, "She" opening the next sentence), issue 8's named target met
# branch qa (a printed interview's quoted answers are the interviewee's): us_news_dev8
# named 352/373, missing 3/539 (issue 8's named target met there); then ("texted" a
# cue, "one Tolliver ally" a speaker): us_news_dev2 name 82/82, named 313/315, missing
# 2/400; then with main's salience openings (branch who), a show's title inside the
# sentence, a unit that warns and words echoed from a quote: us_news_dev2 missing
# 1/400, us_news_dev3 missing 1/468, us_news_dev8 pronoun 76/82, named 354/373,
# missing 1/539
# Raised at 9b4db64 (all of this session's branches together) to one quote below each
# figure (missing: one quote above).
# branch labels, session 8 (a capitalised word modifying a noun that speaks, names after
# "a", unnamed sources kept in the form they came in with, names given by sources, a
# report's issuer, a body's office named by its place, a statement's spokesperson):
# us_news_dev3 named 354/361; us_news_dev4 named 357/380; us_news_dev5 named 393/406;
# us_news_dev6 named 359/372; us_news_dev7 pronoun 103/113
# (issue 8's pronoun target met there), named 389/408; floors one quote below
# Raised again (who, session 8: openings past fronted time and place phrases):
# us_news_dev5 pronoun 128/134; then (a gender learned from "She" opening the next
# sentence): us_news_dev6 pronoun 96/100, named 361/372; then (a name apposed to an
# owned title, "She" opening a sentence going on with the one woman just named, a name
# inside an unnamed source's description): us_news_dev6 pronoun 98/100, named 365/372;
# us_news_dev7 pronoun 102/113 (issue 8's pronoun target met); us_news_dev8 pronoun
# 77/82, named 349/373; then (family: "the son" is the one named as a son; a name that
# only places a relative, "Loretta Haines' son", is not counted for "Haines"; a bare
# surname is the father, not the "Jr."; a relative acting just before a quote speaks it):
# us_news_dev4 pronoun 95/101, named 362/380, missing 7/488; us_news_dev5 pronoun
# 129/134, named 394/406; us_news_dev7 name 117/119, pronoun 104/113, named 391/408.
# sentence): us_news_dev6 pronoun 96/100, named 361/372.
# Both branches together (labels merged with who): us_news_dev4 pronoun 93/101, named
# 358/380; us_news_dev6 named 363/372.
# Raised again (doubt, session 8: fact-check claim subheads, a continuation naming its
# speaker only in words it quotes, crowds' chants speakerless): us_news_dev6 missing
# 6/542; us_news_dev7 named 386/408, missing 1/508.
# us_news_dev9    name 77/79, pronoun 111/115, named 330/343, missing 8/510, high right
#                 124/125 (at 52c179c, 28 articles written blind; after its
#                 gold fixes, which re-kinded four scare quotes that name a source and cut
#                 unnamed sources' labels to their noun phrase: the first figures were the
#                 same but for missing 8/506); floors one quote below
# us_news_dev10   name 103/103, pronoun 94/104, named 371/395, missing 4/487, high right
#                 132/132 (at d0b4ce5, 30 articles written blind; its two gold fixes, an
#                 intro relabelled and a partial given its unnamed speaker, moved none of
#                 these figures); issue 8's three targets met on its first scoring
# branch who2, session 9 (a couple "Herbert and June Albrecht" shares the surname; "her
# husband" is one of her family before one named elsewhere; a pronoun after a fronted
# "When I told Ann Roe," clause; an unnamed person acting; a he/she-tagged quote never
# carried over to the other gender): us_news_dev7 pronoun 107/113, named 397/408;
# us_news_dev8 pronoun 78/82, named 358/373; us_news_heldout pronoun 58/61, named
# 200/215 (issue 8's named target met there: the couples rule, built from dev7's shape);
# then (the owner of a sentence's subject, an object "it", the one addressed answers):
# us_news_dev4 pronoun 97/101, named 366/380; us_news_dev9 pronoun 112/115, named 332/343;
# then ("the elder/younger X" told by how a relative was brought in, "His son, Dan Roe,";
# no lead of unknown gender guessed for a far "she"): us_news_dev7 named 399/408;
# us_news_dev8 pronoun 79/82, named 362/373; us_news_dev10 pronoun 95/104, named 372/395
# (blind); us_news_dev missing 3/272. Then (cues2: a name a quote runs on from is the
# reported clause's subject, `An adviser ... said Hendley "looked tired"`: a wrong HIGH
# on us_news_dev9 becomes a missing one): us_news_dev9 missing 10/510.
# branch labels3, session 10 (a source named by first name only, "a nurse who gave only
# her first name, Rosa"; the person apposed after a possessed role, "The center's
# executive director, Ana Cole,"): us_news_dev10 pronoun 101/104, named 386/395;
# us_news_dev7 named 401/408 ("a rancher who gave his name only as Bud", a set the rule
# was not built from); floors one quote below.
# Session 11: us_news_dev11 (written blind; on the unchanged code: name 83/84, pronoun
# 88/96, named 328/357, missing 13/482), then (who4, labels4) pronoun 89/96, named
# 330/357, missing 14/482; us_news_heldout3 (held out, written blind, measured once its
# writer landed it and again at the session's end): name 83/88, pronoun 75/82, named
# 305/327, missing 7/437. Floors one quote below.
# Session 12: us_news_dev12 (written blind; on the code of its day: pronoun 128/136,
# named 390/425, missing 6/602) and us_news_heldout4 (held out, written blind; on the code
# of its day: pronoun 78/84, named 359/378, missing 14/553). At the session's end (who5,
# names5): us_news_dev12 pronoun 130/136, named 396/425; us_news_heldout4 unchanged;
# us_news_dev11 pronoun 92/96, named 343/357, missing 10/482; us_news_heldout3 name 86/88,
# pronoun 76/82, named 310/327, missing 6/437; us_news pronoun 42/43, missing 1/147;
# us_news_dev pronoun 64/66, named 215/219; us_news_dev4 pronoun 99/101, named 371/380;
# us_news_dev7 pronoun 110/113, named 405/408; us_news_dev9 pronoun 115/115, named
# 341/343; us_news_dev10 named 390/395, missing 0/487. Floors one quote below.
# Session 13: us_news_dev13 (written blind; on the code of its day: name 59/59, pronoun
# 100/108, named 337/369, missing 7/487) and us_news_heldout5 (held out, written blind; on
# the code of its day: name 67/67, pronoun 109/114, named 338/354, missing 8/537). At the
# session's end (who6, names6, conf6): both unchanged.
# Session 16: us_news_heldout6 (held out, written blind; on the code of the session's
# start: name 58/58, pronoun 56/58, named 203/210, missing 5/338, high 95/95). At the
# session's end (who8, names8, orgs8, conf8, miss8, cont8, who9, names9, docs9; right/total):
# us_news named 129/131; us_news_dev name 37/37, named 215/219, missing 2/272; dev2 named
# 314/315, missing 1/400; dev3 name 109/110, pronoun 75/76, named 355/361; dev5 pronoun
# 133/134, named 403/406, missing 1/532; dev6 named 371/372, missing 3/542; dev7 name
# 119/119, named 406/408, missing 1/508; dev8 name 101/102, pronoun 82/82, named 368/373,
# missing 1/539; dev9 named 341/343; dev10 named 392/395; dev11 pronoun 94/96, named
# 350/357, missing 8/482; dev12 pronoun 134/136, named 417/425, missing 5/602; dev13 name
# 59/59, pronoun 105/108, named 356/369 (96.5%, over the named target), missing 3/487;
# us_news_heldout name 35/35, named 200/215, missing 4/290; heldout2 pronoun 141/145, named
# 445/465; heldout3 missing 5/437; heldout4 name 95/96, named 360/378, missing 12/553;
# heldout6 named 205/210, missing 4/338; heldout5 unchanged.
# Floors one quote below.
# Branch writer10: us_news_heldout7 (held out, written blind: its writer never read the
# attribution code nor ran the extractor on it before all 30 articles were committed;
# scored once, on the code of main at 82a50e2): name 86/87, pronoun 95/101, named 350/381
# (91.9%, under issue 8's named target: a strict xfail below), missing 17/537, high right
# 146/147, detection and span F1 0.999. Floors one quote below.
# Branch writer11: us_news_dev14 (open, written blind: its writer never read the attribution
# code nor ran the extractor on it before all 24 articles were committed; first scored on
# the code of main at c9d70a8): name 58/59, pronoun 86/90, named 312/348 (89.7%, under issue
# 8's named target: a strict xfail below), missing 1/483, high right 107/111 (96.4%, under
# the high target: held one quote below), detection and span F1 0.999; by intro: role 13/27,
# colon 20/26, other 15/19, continuation 128/146. Two unnamed labels then set to the text's
# own words ("one of the aides", "one senior administration official"): role 15/27,
# continuation 130/146, the rest unchanged. Floors one quote below.
# Branch dev14fix (party tags, show titles, "a statement from X:", addressees, voiced
# holders, unnamed sources' qualifiers, members of a body): us_news_dev14 name 59/59,
# pronoun 86/90, named 327/348 (94.0%: at the target, its strict xfail gone), missing
# 1/483, high right 110/110; held-out figures unchanged or up. Floors one quote below.
# Branch dev14b ("who worked as a <role>" ties, a case "filed ... by" a body, "member of
# the group" labels, joint statements): us_news_dev14 named 333/348 (95.7%), junk 0;
# others unchanged.
# Session 17, all its branches merged (right/total): heldout named 204/215, pronoun 60/61,
# missing 2/290; heldout2 named 446/465, missing 6/585; heldout3 name 87/88, named 312/327;
# heldout4 named 362/378; heldout6 named 206/210; heldout7 named 352/381 (still under the
# target, nothing tuned on it); dev14 named 333/348 (issue 8's named target met: rules
# built on it); dev, dev3, dev4, dev11, dev12, dev13 raised too. Floors one quote below
# (missing: one quote above), raised only. Then (colon lead-ins after a fronted phrase,
# "her office" telling a gender): heldout4 named 364/378, missing 9/553; dev14 335/348.
# Branch heldout8: us_news_heldout8 (held out, written blind: its writer never read the
# attribution code or the other held-out sets nor ran the extractor on it before all 29
# articles were committed; written blind, held out, first scored at a86407a, on the code of
# main at 1cd2e84): name 128/128, pronoun 90/93, named 416/429 (97.0%), missing 5/547, high
# right 152/154, detection and span F1 1.000. Floors one quote below (missing one above).
# Branch writer15: us_news_dev15 (open, written blind: its writer never read the attribution
# code nor ran the extractor on it before all 26 articles were committed; first scored on
# the code of main at 1cd2e84): name 86/87, pronoun 94/99, named 349/369 (94.6%), missing
# 3/547, high right 149/151, detection and span F1 1.000; by intro: role 15/26, colon 2/3,
# other 3/6, continuation 163/173 (after one gold fix: a partial of soldiers first marked a
# scare quote). Floors one quote below.
# Branch dev15fix: us_news_dev15 name 87/87, pronoun 94/99, named 352/369 (95.4%), missing
# 3/547, high right 151/151 (two confident wrong names fixed); floors one quote below.
# Session 18, all its branches merged (right/total): heldout2 named 448/465, heldout5
# named 339/354, heldout7 missing 16/537, heldout8 missing 3/547; dev11 named 353/357,
# missing 5/482; dev13 named 363/369; dev14 pronoun 87/90, named 338/348; dev15 named
# 354/369. Floors one quote below (missing one above), raised only.
# Branch writer9: us_news_heldout9 (held out, written blind and made hard: its writer never
# read the attribution code or the other held-out sets nor ran the extractor on it before
# all 28 articles were committed at 38e47bf; first scored on the code of main at c23a9ca):
# name 41/45, pronoun 108/117, named 331/367 (90.2%, under issue 8's named target: a
# strict xfail below), missing 11/514, high right 107/107, detection and span F1 0.999.
# Floors one quote below (missing one above).
# Branch dev16: us_news_dev16 (open, written blind and made hard in the style of
# us_news_heldout9: its writer never read the attribution code or the held-out sets nor
# ran the extractor on it before all 26 articles were committed at 5c9540a; first scored
# on the code of main at b8b75bd): name 43/43, pronoun 78/89 (87.6%, under issue 8's
# pronoun target: a strict xfail below), named 276/328 (84.1%, under the named target: a
# strict xfail below), missing 13/481, high right 118/118, detection and span F1 1.000;
# by intro: colon 11/17, continuation 118/138, other 25/52, role 9/19. Then, fixed on the
# same branch (documents named the sentence before, "heard from", a place's where-clause,
# a relative's joined family name, an opener after a far quote, a role asked, a
# description "named" after it): pronoun 81/89 (91.0%: at the target, its strict xfail
# gone), named 295/328 (89.9%: still one), missing 8/481, high right 118/118; others
# unchanged but us_news_heldout named 206/215 (from 204). Branch pron2 (tied office and
# kin nouns read anywhere in a sentence, a dated wire dateline, first-name-only sources,
# a joined family name's husband, the holder an exchange goes on with, the one who
# testified as "the witness"): pronoun 87/89, named 309/328 (94.2%: at the named target,
# its strict xfail gone), missing 4/481.
# Floors one quote below (missing one above).
# Branch writer10: us_news_heldout10 (held out, written blind and made hard: its writer
# never read the attribution code or the other held-out sets nor ran the extractor on it
# before all 27 articles were committed at 163880f; first scored on the code of main at
# eddacde): name 37/38, pronoun 89/97, named 282/337 (83.7%, under issue 8's named
# target: a strict xfail below), missing 18/528, high right 118/119, detection and span
# F1 1.000. Floors one quote below (missing one above).
# Branch dev17: us_news_dev17 (open, written blind and made hard as a proxy for issue 8's
# held-out US political news: its writer never read the attribution code or the held-out
# sets nor ran the extractor on it before all 25 articles were committed at 96081d8; first
# scored on the code of main at eddacde): name 47/48, pronoun 76/87 (87.4%, under the
# pronoun target: a strict xfail below), named 269/306 (87.9%, under the named target: a
# strict xfail below), missing 11/442, high right 121/125 (96.8%, under the high target:
# held one quote below), detection and span F1 1.000; by intro: colon 8/12, continuation
# 109/125, other 28/47, role 13/17. Then one gold fix (the obituary's subject by the
# fullest name the article gives) and, on the same branch, three rules (a place phrase
# fronted before the subject, a nickname the story says a person "goes by", a
# description placed by a phrase then named): name 48/48, pronoun 81/87 (93.1%: at the
# pronoun target, its strict xfail gone), named 280/306 (91.5%: still under the named
# target), missing 10/442, high right 123/125 (98.4%: at the target); every other set
# unchanged. Then a first name whose description says the last was kept back ("Darnell,
# a delivery driver who declined to give his last name,"): pronoun 82/87, named 281/306
# (91.8%). Floors one quote below (missing one above).
# Branch dev18: us_news_dev18 (open, written blind and made hard: its writer never read the
# attribution code or the held-out sets nor ran the extractor on it before all 26 articles
# were committed at f4feeba; first scored on the code of main at 8fc3773): name 13/14,
# pronoun 67/72, named 250/322 (77.6%, under issue 8's named target: a strict xfail
# below), missing 25/425, high right 62/62, detection and span F1 1.000; by intro: colon
# 11/14, continuation 73/81, other 94/155, role 4/7. Floors one quote below (missing one
# above).
# Branch writer11: us_news_heldout11 (held out, written blind: its writer never read the
# attribution code or the other held-out sets nor ran the extractor on it before all 27
# articles were committed at 2eb16f1; first scored on the code of main at c3ae41f): name
# 33/33, pronoun 131/141, named 329/382 (86.1%, under issue 8's named target: a strict
# xfail below), missing 8/549, high right 115/115, detection and span F1 1.000. Floors
# one quote below (missing one above).
# Branch dev19: us_news_dev19 (open, written blind as a proxy for issue 8's held-out US
# political news: its writer never read the attribution code or the held-out sets nor ran
# the extractor on it before all 22 articles were committed at 59b0722; first scored on
# the code of main at c3ae41f): name 25/25, pronoun 121/125, named 296/306 (96.7%, above
# issue 8's named target), missing 2/398, high right 85/85, detection and span F1 1.000;
# by intro: colon 7/7, continuation 132/145, other 9/13, role 13/20. Then one gold fix (a
# partial of "a team of biologists" marked speakerless) and four rules on the same branch
# (a kin's first name takes the family name of a her/his of the right gender, not of the
# man named before her; "Spokesperson" a title; "Midway" opening a sentence no name; an
# object "it" no subject of a participle cue; "declined to comment on" a cue): name
# 25/25, pronoun 122/125, named 298/306 (97.4%), missing 1/399, high right 87/87; every
# other set unchanged. Floors one quote below (missing one above).
# Branch writer12: us_news_heldout12 (held out, written blind: its writer never read the
# attribution code or the other held-out sets nor ran the extractor on it before all 28
# articles were committed at 29de7e1; first scored on the code of main at 830a0b2): name
# 101/101, pronoun 111/118, named 393/408 (96.3%), missing 5/577, high right 239/240,
# detection and span F1 1.000. Floors one quote below (missing one above).
# Branch dev20: us_news_dev20 (open, written blind as a second proxy for issue 8's held-out
# US political news: its writer never read the attribution code or the held-out sets nor
# ran the extractor on it before all 24 articles were committed at 2c4cd8e; first scored
# on the code of main at 830a0b2): name 53/53, pronoun 94/100, named 281/299 (94.0%, above
# issue 8's named target), missing 4/391, high right 124/124, detection and span F1
# 1.000; by intro: colon 1/2, continuation 122/134, other 7/13, role 14/21. Floors one
# quote below (missing one above).
# Then gold fixes (the obituary's subject by the fullest name the article gives; two
# intros; 'one of the former officials said' that label) and three rules on the same
# branch (a newsletter's capital kicker "THE BUZZ —" names no one; "her mother said"
# after "Her mother, X," is X when the "her" fell on X herself; a "her" before the one
# person a sentence names keeps its later "she" from telling that person's gender):
# name 53/53, pronoun 100/101, named 291/299 (97.3%), missing 2/391, high right
# 124/124. Floors one quote below (missing one above).
# Branch writer13: us_news_heldout13 (held out, written blind: its writer never read the
# attribution code or the other held-out sets nor ran the extractor on it before all 28
# articles were committed at 78fc229; first scored on the code of main at 4bc9af3): name
# 62/64, pronoun 111/129, named 333/377 (88.3%), missing 12/520, high right 157/157,
# detection and span F1 1.000. Floors one quote below (missing one above).
# Branch dev21: us_news_dev21 (open, written blind as a proxy for issue 8's held-out US
# political news as saved from news web pages: captions, advertisement lines, embedded
# posts, related-links lines, bylines, notes and corrections, live blogs, newsletters and
# round-ups; its writer never read the attribution code or the held-out sets nor ran the
# extractor on it before all 24 articles were committed at 4660152; first scored on the
# code of main at 4bc9af3): name 59/59, pronoun 72/76, named 235/247 (95.1%, above issue
# 8's named target), missing 5/384, high right 152/152, detection and span F1 1.000; by
# intro: colon 17/17, continuation 76/84, other 6/9, role 19/24. Then one gold fix (a
# source's relative clause with no comma before it kept in its label) and three rules
# on the same branch (a web page's own lines, "Story continues below advertisement",
# "RELATED: ...", are captions; "the senator said" right after an unnamed senator was
# brought in is that source, "the lawmaker" may be "one Republican member"; a statement
# sent after a turn-down, "declined an interview but sent a statement", is the
# sender's; "Registrar" a title): name 59/59, pronoun 73/76, named 238/247 (96.4%),
# missing 5/384, high right 153/153; heldout11 named 88.7 -> 89.3%, pronoun 95.0 ->
# 95.7%; every other set unchanged. Floors one quote below (missing one above).
# Branch dev22: us_news_dev22 (open, written blind as a proxy for us_news_heldout13's
# name variety and page clutter: its writer never read the attribution code nor ran the
# extractor on it before all 22 articles were committed at e3165e2; first scored on the
# code of main at 23292ef): name 52/55, pronoun 94/110 (85.5%, under issue 8's pronoun
# target), named 248/284 (87.3%, under the named target), missing 8/341, high right
# 97/97, detection and span F1 1.000; by intro: colon 1/1, continuation 94/110, other 1/1,
# role 8/12. Floors one quote below (missing one above). After branch dev22's rules
# (pronoun gender read before settling, double given names, "Haskins Sr.", first names of
# a shared surname, quoted nicknames): name 53/55, pronoun 98/110 (89.1%), named 258/284
# (90.8%), missing 6/341, high right 99/99; floors raised, one quote below.
# Branch writer14: us_news_heldout14 (held out, written blind: its writer never read the
# attribution code or the other held-out sets nor ran the extractor on it before all 27
# articles were committed at 3d4693c; first scored on the code of main at a4fc875): name
# 119/120, pronoun 86/93, named 389/404 (96.3%), missing 19/569, high right 247/248,
# detection and span F1 0.999. Floors one quote below (missing one above).
# Branch dev23: us_news_dev23 (open, written blind as a proxy aimed at pronoun quotes in
# real reporting: its writer never read the attribution code nor ran the extractor on it
# before all 22 articles were committed at 715a8a0; first scored on the code of main at
# a4fc875): name 11/12, pronoun 98/132 (74.2%, under issue 8's pronoun target), named
# 212/266 (79.7%, under the named target), missing 7/311, high right 30/30, detection and
# span F1 1.000; by intro: colon 1/3, continuation 103/134, role 2/3. Floors one quote
# below (missing one above). After branch dev23's rules (a person who goes by "they";
# an unnamed source's gender from the clause that brings them in): pronoun 104/132
# (78.8%), named 223/266 (83.8%), missing 7/311, high right 30/30; floors raised.
# Branch writer15: us_news_heldout15 (held out, written blind as crowded stories of 8-15
# speakers: its writer never read the attribution code or the other held-out sets nor ran
# the extractor on it before all 28 articles were committed at 7effe43; first scored on
# the code of main at db3a3bb): name 59/59, pronoun 206/227 (90.7%), named 427/466 (91.6%,
# under the named target), missing 4/601, high right 146/146, detection and span F1 1.000;
# by intro: colon 7/10, continuation 138/149, other 7/9, role 26/39. Floors one quote
# below (missing one above).
FLOORS = {
    "us_news": Floors(name_intro=0.964, pronoun=0.976, named=0.992, missing=0.0069),
    "us_news_dev": Floors(name_intro=0.972, pronoun=0.969, named=0.986, missing=0.0037),
    "us_news_dev2": Floors(name_intro=0.987, pronoun=0.987, named=0.993, missing=0.005),
    "us_news_dev3": Floors(name_intro=0.981, pronoun=0.986, named=0.994, missing=0.0022),
    "us_news_dev4": Floors(name_intro=0.987, pronoun=0.97, named=0.981, missing=0.0103),
    "us_news_dev5": Floors(name_intro=0.985, pronoun=0.992, named=0.99, missing=0.0038),
    "us_news_dev6": Floors(name_intro=0.988, pronoun=0.99, named=0.994, missing=0.0056),
    "us_news_dev7": Floors(name_intro=0.991, pronoun=0.964, named=0.992, missing=0.004),
    "us_news_dev8": Floors(name_intro=0.98, pronoun=0.987, named=0.983, missing=0.0038),
    "us_news_dev9": Floors(name_intro=0.987, pronoun=0.991, named=0.991, missing=0.0079),
    "us_news_dev10": Floors(name_intro=0.99, pronoun=0.98, named=0.992, missing=0.0021),
    "us_news_heldout": Floors(name_intro=0.971, pronoun=0.983, named=0.967, missing=0.0069),
    "us_news_heldout2": Floors(name_intro=0.987, pronoun=0.965, named=0.969, missing=0.0103),
    "us_news_dev11": Floors(name_intro=0.988, pronoun=0.968, named=0.988, missing=0.0104),
    "us_news_heldout3": Floors(name_intro=0.977, pronoun=0.914, named=0.957, missing=0.0138),
    "us_news_dev12": Floors(name_intro=0.986, pronoun=0.992, named=0.992, missing=0.0034),
    "us_news_heldout4": Floors(name_intro=0.979, pronoun=0.94, named=0.973, missing=0.0091),
    "us_news_dev13": Floors(name_intro=0.983, pronoun=0.981, named=0.981, missing=0.0042),
    "us_news_heldout5": Floors(name_intro=0.985, pronoun=0.947, named=0.96, missing=0.0168),
    "us_news_heldout6": Floors(name_intro=0.982, pronoun=0.948, named=0.976, missing=0.0148),
    "us_news_heldout7": Floors(name_intro=0.977, pronoun=0.95, named=0.942, missing=0.0298),
    "us_news_heldout8": Floors(name_intro=0.992, pronoun=0.956, named=0.967, missing=0.0074),
    "us_news_dev14": Floors(name_intro=0.983, pronoun=0.955, named=0.977, missing=0.0042),
    "us_news_dev15": Floors(name_intro=0.988, pronoun=0.989, named=0.986, missing=0.0055),
    "us_news_heldout9": Floors(name_intro=0.888, pronoun=0.923, named=0.904, missing=0.0234),
    "us_news_dev16": Floors(name_intro=0.976, pronoun=0.988, named=0.969, missing=0.0084),
    "us_news_heldout10": Floors(name_intro=0.947, pronoun=0.917, named=0.851, missing=0.0304),
    # (branches exch2 and rolenoun2: dev17 named 287/306, dev18 named 279/322, missing 9/425;
    # floors one quote below; branch exch3: dev18 named 283/322; branch exch5: dev17 named
    # 296/306, dev18 named 301/322, pronoun 70/72, missing 5/425)
    "us_news_dev17": Floors(name_intro=0.979, pronoun=0.988, named=0.973, missing=0.0114),
    "us_news_dev18": Floors(name_intro=0.928, pronoun=0.986, named=0.947, missing=0.0142),
    "us_news_heldout11": Floors(name_intro=0.969, pronoun=0.95, named=0.89, missing=0.0146),
    "us_news_heldout12": Floors(name_intro=0.99, pronoun=0.966, named=0.977, missing=0.0104),
    "us_news_dev19": Floors(name_intro=0.96, pronoun=0.976, named=0.977, missing=0.0051),
    "us_news_dev20": Floors(name_intro=0.981, pronoun=0.99, named=0.979, missing=0.0077),
    "us_news_heldout13": Floors(name_intro=0.968, pronoun=0.86, named=0.891, missing=0.025),
    "us_news_dev21": Floors(name_intro=0.983, pronoun=0.986, named=0.995, missing=0.0131),
    "us_news_dev22": Floors(name_intro=0.963, pronoun=0.9, named=0.926, missing=0.0147),
    "us_news_heldout14": Floors(name_intro=0.983, pronoun=0.913, named=0.96, missing=0.0352),
    "us_news_dev23": Floors(name_intro=0.833, pronoun=0.78, named=0.834, missing=0.0258),
    "us_news_heldout15": Floors(name_intro=0.983, pronoun=0.903, named=0.914, missing=0.0084),
}
SETS = tuple(FLOORS)
HELD_OUT = (
    "us_news_heldout",
    "us_news_heldout2",
    "us_news_heldout3",
    "us_news_heldout4",
    "us_news_heldout5",
    "us_news_heldout6",
    "us_news_heldout7",
    "us_news_heldout8",
    "us_news_heldout9",
    "us_news_heldout10",
    "us_news_heldout11",
    "us_news_heldout12",
    "us_news_heldout13",
    "us_news_heldout14",
    "us_news_heldout15",
)  # figures only
# Sets written blind and built here but not yet measured (their floors come once they are).
UNSCORED: tuple[str, ...] = ()


def _builder():  # bench/ is not a package: load the build script by path
    spec = importlib.util.spec_from_file_location(
        "us_gold", US_NEWS.parents[3] / "bench" / "us_gold.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def golds() -> dict[str, list[GoldArticle]]:
    return {name: read_gold(DATA / name / "gold.jsonl") for name in SETS}


@pytest.fixture(scope="module")
def scores(golds: dict[str, list[GoldArticle]]) -> dict[str, Score]:
    return {name: score(gold, DATA / name) for name, gold in golds.items()}


def test_the_build_script_knows_every_set() -> None:
    assert sorted(_builder().SETS) == sorted(SETS + UNSCORED)


@pytest.mark.parametrize("name", SETS + UNSCORED)
def test_texts_and_gold_are_built_from_the_sources(name: str) -> None:
    """Offsets come from the marker-free text by script: stale files fail here."""
    folder = DATA / name
    texts, gold_text = _builder().build(folder)
    assert len(texts) >= (15 if name == "us_news" else 12)
    assert sorted(p.name for p in (folder / "texts").glob("*.txt")) == sorted(texts)
    for file_name, text in texts.items():
        assert (folder / "texts" / file_name).read_text(encoding="utf-8") == text, file_name
    assert (folder / "gold.jsonl").read_text(encoding="utf-8") == gold_text


def test_a_quote_outside_the_markers_is_refused() -> None:
    builder = _builder()
    text, quotes = builder.strip_markers('Head\n\n⟦Al Roe|name⟧"Yes,"⟦/⟧ Mr. Roe said. "No."')
    assert text == 'Head\n\n"Yes," Mr. Roe said. "No."'
    assert quotes == [
        {"end": 12, "intro": "name", "kind": "direct", "speaker": "Al Roe", "start": 6}
    ]
    assert builder.unmarked_quotes(text, quotes) == [text.index('"No'), len(text) - 1]


def test_an_unknown_set_is_a_command_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert _builder().main(["us_news_nope"]) == 2
    assert "unknown set us_news_nope" in capsys.readouterr().err


@pytest.mark.parametrize("name", SETS)
def test_gold_is_well_formed(name: str, golds: dict[str, list[GoldArticle]]) -> None:
    problems: list[str] = []
    for entry in golds[name]:
        article = load_corpus([DATA / name / entry.path]).articles[0]
        problems += [f"{entry.source}: {p}" for p in check_gold(article, entry)]
    assert not problems, "\n".join(problems)


def _wrong(scored: Score) -> str:
    return "\n".join(str(m) for m in scored.mismatches if m.what in ("wrong", "missing"))


@pytest.mark.parametrize("name", SETS)
def test_figures_hold_their_floors(name: str, scores: dict[str, Score]) -> None:
    """No change may lose ground on any set (held-out failures are not printed)."""
    s, floor = scores[name], FLOORS[name]
    groups = by_group(s.by_intro)
    figures = {
        "name intro": (groups["name"].rate, floor.name_intro),
        "pronoun": (groups["pronoun"].rate, floor.pronoun),
        "named source": (s.named.rate, floor.named),
        "span F1": (s.exact_span[2], floor.span_f1),
        "detection F1": (s.detection[2], floor.detection_f1),
        "not missing": (1.0 - s.missing_rate, 1.0 - floor.missing),
    }
    low = {k: f"{v:.3f} < {f:.3f}" for k, (v, f) in figures.items() if v < f}
    detail = "" if name in HELD_OUT else "\n" + _wrong(s)
    assert not low, f"{low}{detail}"


# Sets still under issue 8's named target, held at their floors meanwhile.
# us_news_dev11 (91.9% on the code of its day, session 11) reached 96.1% and us_news_dev12
# (91.8% on the code of its day, session 12) 96.2% by rules built from the dev sets;
# us_news_dev13 (written blind in session 13 to hold the shapes still missed: 91.3% on the
# code of its day) reached 96.5% in session 16. us_news_heldout7 (held out, written blind
# on branch writer10: 91.9% on the code of its day) is under it: a strict xfail until a fix
# reaches it (held out: only its figure says when). us_news_dev14 (open, written blind on
# branch writer11 as a proxy for issue 8's held-out set: 89.7% on the code of its day) is
# under it too: a strict xfail until rules built on it reach the target (branch dev14fix:
# 94.0%). us_news_heldout9 (held out, written blind and hard on branch writer9: 90.2% on
# the code of its day) is under it too: a strict xfail until a fix reaches it.
# us_news_dev16 (open, written blind and hard on branch dev16: 84.1% on the code of its
# day, 89.9% after branch dev16's fixes) reached it on branch pron2 (94.2%).
# us_news_heldout10 (held out, written blind and hard on branch writer10: 83.7% on the
# code of its day) is under it: a strict xfail until a fix reaches it.
# us_news_dev17 (open, written blind and hard on branch dev17: 87.9% on the code of its
# day, 91.8% after branch dev17's fixes) reached it after branches exch2 (exchanges set up
# by one sentence) and rolenoun2 (couples, the other woman).
# us_news_dev18 (open, written blind and hard on branch dev18: 77.6% on the code of its
# day) reached it after branch exch5 (couples after a connective, scenes of two).
# us_news_heldout11 (held out, written blind on branch writer11: 86.1% on the code of its
# day) is under it too: a strict xfail until a fix reaches it.
# us_news_heldout13 (held out, written blind on branch writer13: 88.3% on the code of its
# day) is under it too: a strict xfail until a fix reaches it.
# us_news_dev22 (open, written blind on branch dev22: 87.3% on the code of its day,
# 90.8% after the branch's fixes).
# us_news_dev23 (open, written blind on branch dev23 aimed at pronoun quotes: 79.7% on the
# code of its day).
# us_news_heldout15 (held out, written blind as crowded stories on branch writer15: 91.6%
# on the code of its day) is under it too: a strict xfail until a fix reaches it.
BELOW_NAMED_TARGET: tuple[str, ...] = (
    "us_news_heldout9",
    "us_news_heldout10",
    "us_news_heldout11",
    "us_news_heldout13",
    "us_news_dev22",
    "us_news_dev23",
    "us_news_heldout15",
)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(s, marks=pytest.mark.xfail(strict=True, reason="under the named target"))
        if s in BELOW_NAMED_TARGET
        else s
        for s in SETS
    ],
)
def test_named_sources_get_their_full_name(name: str, scores: dict[str, Score]) -> None:
    named, by_name = scores[name].named, by_group(scores[name].by_intro)["name"]
    assert by_name.rate >= NAMED
    assert named.rate >= NAMED, f"{named.rate:.1%} of {named.total}"


# Sets still under issue 8's pronoun target, held at their floors meanwhile (a strict
# xfail). us_news_dev16 (open, written blind and hard on branch dev16: 78/89,
# 87.6%, on the code of its day) reached 81/89 on the same branch.
# us_news_dev17 (open, written blind and hard on branch dev17: 76/87, 87.4%, on the code
# of its day) reached 81/87 on the same branch.
# us_news_heldout13 (held out, written blind on branch writer13: 111/129, 86.0%, on the
# code of its day) is under it: a strict xfail until a fix reaches it.
# us_news_dev22 (open, written blind on branch dev22: 94/110, 85.5%, on the code of its
# day; 98/110 after the branch's fixes) reached 99/110 (90.0%) with the session's other
# branches merged.
# us_news_dev23 (open, written blind on branch dev23 aimed at pronoun quotes: 98/132,
# 74.2%, on the code of its day) is under it: a strict xfail until rules reach it.
BELOW_PRONOUN_TARGET: tuple[str, ...] = ("us_news_heldout13", "us_news_dev23")


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(s, marks=pytest.mark.xfail(strict=True, reason="under the pronoun target"))
        if s in BELOW_PRONOUN_TARGET
        else s
        for s in SETS
    ],
)
def test_pronoun_introduced_quotes(name: str, scores: dict[str, Score]) -> None:
    pronoun = by_group(scores[name].by_intro)["pronoun"]
    assert pronoun.rate >= PRONOUN, f"{pronoun.rate:.1%} of {pronoun.total}"


# Sets whose high-confidence speakers are right less often than issue 8's 98%, held at a
# floor one quote below their figure meanwhile: us_news_heldout4 (held out, written blind
# in session 12): 139/142 (97.9%) on the code of its day and at the session's end;
# us_news_dev14 (open, written blind on branch writer11): 107/111 (96.4%) on the code of
# its day, 110/110 on branch dev14fix (at the target).
# us_news_dev17 (open, written blind on branch dev17): 121/125 (96.8%) on the code of its
# day, 123/125 on the same branch (at the target).
HIGH_BELOW_TARGET = {"us_news_heldout4": 0.971}


@pytest.mark.parametrize("name", SETS)  # (us_news_heldout met it in session 8: bodies)
def test_high_confidence_is_right(name: str, scores: dict[str, Score]) -> None:
    high = scores[name].high
    target = HIGH_BELOW_TARGET.get(name, HIGH_RIGHT)
    assert high is not None and high.rate >= target, f"{high.rate:.1%} of {high.total}"


# Sets where fewer quotes are plainly cued than the share asks, held at their figure:
# us_news_dev13 was written blind to hold hard shapes (96 of 487 high on the code of its day);
# us_news_dev18 too, mostly cue-less exchanges and continuations (62 of 425 on its day);
# us_news_dev23 too, mostly pronoun quotes paragraphs after the name (30 of 311 on its day).
HIGH_SHARE_BELOW = {
    "us_news_dev13": 96 / 487,
    "us_news_dev18": 62 / 425,
    "us_news_dev23": 30 / 311,
}


@pytest.mark.parametrize("name", SETS)
def test_high_confidence_covers_the_plain_quotes(name: str, scores: dict[str, Score]) -> None:
    """Doubt must not empty "high": it still holds the bulk of plainly cued quotes."""
    s = scores[name]
    share = HIGH_SHARE_BELOW.get(name, HIGH_SHARE)
    assert s.high is not None and s.high.total >= share * s.missing.total


@pytest.mark.parametrize("name", SETS)
def test_spans_and_detection(name: str, scores: dict[str, Score]) -> None:
    assert scores[name].exact_span[2] >= SPAN_F1
    assert scores[name].detection[2] >= DETECTION_F1


@pytest.fixture
def gold_script(monkeypatch: pytest.MonkeyPatch):
    """bench/gold.py, loaded by path like the build script (with bench/ importable, as
    when it runs as a script)."""
    bench = US_NEWS.parents[3] / "bench"
    monkeypatch.syspath_prepend(str(bench))
    spec = importlib.util.spec_from_file_location("bench_gold", bench / "gold.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_scorer_knows_the_held_out_sets(gold_script) -> None:
    assert set(HELD_OUT) <= set(gold_script.HELD_OUT)


@pytest.mark.parametrize("name", ["us_news_heldout2", "us_news_dev2"])
def test_the_scorer_prints_failures_of_dev_sets_only(
    name: str, scores: dict[str, Score], gold_script, capsys: pytest.CaptureFixture[str]
) -> None:
    """A held-out set's mismatches and predicted junk labels are failure detail: never shown."""
    folder = DATA / name
    args = ["score", str(folder / "gold.jsonl"), "--root", str(folder), "--mismatches"]
    assert gold_script.main(args) == 0
    out = capsys.readouterr().out
    shown = [line for line in out.splitlines() if line.startswith("texts/")]
    junk_line = next(line for line in out.splitlines() if line.startswith("junk names"))
    if name in HELD_OUT:
        assert shown == [] and "is held out" in out
        assert junk_line == f"junk names     {len(scores[name].junk)}"
    else:
        assert len(shown) == len(scores[name].mismatches) > 0


@pytest.mark.skipif(
    bool(compiled_modules()),
    reason="a compiled (mypyc) build: the attribution methods cannot be wrapped to trace paths",
)
def test_the_confidence_table_traces_each_path_and_hides_held_out_rows(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """bench/confidence.py names how each high speaker was found (the attribution
    methods it wraps), and shows a held-out set only as figures per level."""
    bench = US_NEWS.parents[3] / "bench"
    monkeypatch.syspath_prepend(str(bench))
    spec = importlib.util.spec_from_file_location("bench_confidence", bench / "confidence.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "bench_confidence", module)  # (for its dataclass)
    spec.loader.exec_module(module)
    assert module.main(["us_news", "us_news_heldout4", "--wrong", "--level", "medium"]) == 0
    out = capsys.readouterr().out
    table = [line for line in out.splitlines() if line.startswith("high ")]
    assert table and all(not line.endswith(" ?") for line in table)
    assert any("from_own_cues>" in line for line in table)
    assert "us_news_heldout4 texts/" not in out
    assert any(line.startswith("us_news_heldout4 ") for line in out.splitlines())
