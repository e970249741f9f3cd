"""Quoted fragments in a reporter's sentence: whose words, or nobody's (issue 8,
"every quote whose speaker the article makes clear is attributed" and no speaker for
scare quotes and names). Invented articles and names, one mechanism per test."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def _kinds_and_speakers(body: str) -> list[tuple[str, str | None]]:
    return [(q.kind, q.speaker) for q in attributed(body)]


# -- a reporting clause at the end of a sentence governs all of it ----------------
def test_a_cue_at_the_end_of_the_sentence_covers_every_fragment_in_it() -> None:
    body = (
        'Ilsa Marchetti spoke in Dunmore. Voters would face a "clear choice" at the poll, '
        'either "more waste" or "lower bills", Ms Marchetti said.'
    )
    assert _kinds_and_speakers(body) == [("partial", "Ilsa Marchetti")] * 3


def test_the_first_fragment_is_never_surer_than_the_cue_next_to_the_last() -> None:
    body = 'Ilsa Marchetti spoke. The plan was "mean" and "a sham", Ilsa Marchetti said.'
    first, last = attributed(body)
    assert (first.speaker, first.confidence) == ("Ilsa Marchetti", "medium")
    assert last.speaker == "Ilsa Marchetti"


def test_a_fragment_before_a_clause_with_its_own_subject_stays_nobodys() -> None:
    """ "though X" starts a clause of its own: the cue after it is not the first
    fragment's."""
    body = (
        'The rules were "tight", though the inspectors thought the scheme "a sham", '
        "Dorin Vasca said."
    )
    first = attributed(body)[0]
    assert (first.kind, first.speaker) == ("scare", None)


def test_a_fragment_in_the_sentence_before_the_cue_stays_nobodys() -> None:
    body = 'The word was "grim". The plan was "a sham and a disgrace", Dorin Vasca said.'
    first = attributed(body)[0]
    assert first.speaker is None


# -- words set apart as a name or a term are nobody's ------------------------------
def test_a_nickname_after_dubbing_is_a_scare_quote() -> None:
    body = 'Dorin Vasca attacked the budget, dubbing the minister "Sir Spendalot".'
    assert _kinds_and_speakers(body) == [("scare", None)]


def test_a_so_called_term_is_a_scare_quote_even_with_a_cue() -> None:
    body = 'Ilsa Marchetti said the so-called "grey tax" would hit pensioners.'
    assert _kinds_and_speakers(body) == [("scare", None)]


def test_a_capitalised_name_after_called_is_a_scare_quote() -> None:
    body = 'Ilsa Marchetti said critics had called him "Minister of Mischief" for years.'
    assert _kinds_and_speakers(body) == [("scare", None)]


def test_a_judgement_after_called_is_the_speakers_words() -> None:
    body = 'Ilsa Marchetti called the budget "a reckless gamble with our savings".'
    assert _kinds_and_speakers(body) == [("partial", "Ilsa Marchetti")]


def test_a_surname_like_a_naming_verb_sets_nothing_apart() -> None:
    """ "Lord Dubs" is a name, not "dubs"."""
    body = 'Lord Dubs spoke. The changes of Lord Dubs were a "bold step", he said.'
    assert attributed(body)[0].speaker == "Lord Dubs"


# -- "according to" a phrase no name stands in ----------------------------------------
def test_according_to_an_unnamed_adviser_is_that_adviser() -> None:
    body = (
        'Chancellor Tomas Reyes will meet his target "with room to spare", according to '
        "his former chief economic adviser."
    )
    q = attributed(body)[0]
    assert (q.speaker, q.speaker_how) == ("his former chief economic adviser", "according-to")


def test_according_to_a_statement_is_not_the_statement() -> None:
    body = 'Rep. Ann Bell spoke on Monday. "We will win," according to a statement.'
    assert attributed(body)[0].speaker == "Ann Bell"


# -- a short label for a body named before ---------------------------------------------
def test_the_ministry_is_the_ministry_named_before() -> None:
    body = (
        "The Ministry of Tillage issued figures on Monday. The harvest was "
        '"broadly encouraging", the ministry said.'
    )
    q = attributed(body)[0]
    assert (q.speaker, q.confidence) == ("Ministry of Tillage", "medium")


def test_the_committee_is_the_committee_named_before_not_its_chair() -> None:
    body = (
        "Ardo Venn chairs the Orvane Audit Committee. Its report came out on Monday. "
        '"We are worried," the committee said.'
    )
    assert attributed(body)[0].speaker == "Orvane Audit Committee"


def test_a_label_with_no_body_named_keeps_its_words() -> None:
    body = 'Labour and the Greens clashed again. "We are worried," the party said.'
    assert attributed(body)[0].speaker == "the party"


# -- a title set in apposition keeps its comma inside the marks (US style) ----------
def test_a_podcast_title_with_its_comma_inside_is_a_title() -> None:
    body = 'Ona Pike hosts the podcast "Prairie Talk," which airs weekly.'
    assert _kinds_and_speakers(body) == [("title", None)]


def test_a_show_opening_the_sentence_after_on_is_a_title() -> None:
    body = 'On "State of the Week," Sen. Ona Pike blamed the White House.'
    assert _kinds_and_speakers(body) == [("title", None)]


def test_a_law_named_in_apposition_is_a_title() -> None:
    body = 'Rep. Ona Pike filed a bill, the "Clean Rivers Act," on Monday.'
    assert _kinds_and_speakers(body) == [("title", None)]


def test_a_show_after_an_outlets_possessive_is_a_title() -> None:
    body = '"We will win," Ona Pike said on Channel 6\'s "Sunday Roundtable."'
    assert _kinds_and_speakers(body) == [("direct", "Ona Pike"), ("title", None)]


def test_title_cased_words_before_a_cue_are_still_a_quote() -> None:
    body = '"Thank You Very Much," Ona Pike said, "is all I want to hear."'
    assert _kinds_and_speakers(body)[0] == ("direct", "Ona Pike")


# -- "what he called" reports his words; "a thing called" names a thing ------------
def test_what_he_called_is_his_words() -> None:
    body = (
        'Amos Whitby farmed for fifty years. He wrote a memoir, "Rows," in which he '
        'reflected on what he called "the slow death of the handshake."'
    )
    assert _kinds_and_speakers(body) == [("title", None), ("partial", "Amos Whitby")]


def test_a_thing_called_is_nobodys() -> None:
    body = 'Amos Whitby said lead stopped a problem called "knocking" in engines.'
    assert _kinds_and_speakers(body) == [("scare", None)]


def test_a_thing_its_critics_called_is_their_words() -> None:
    """ "a move critics called ..." holds a subject of its own: the critics speak."""
    body = 'Ona Pike backed a move her rivals called "a cynical power grab" on Monday.'
    assert _kinds_and_speakers(body)[0][0] == "partial"


# -- what a study, report or inquiry found -------------------------------------------
def test_what_the_mps_found_is_theirs() -> None:
    body = 'The MPs found the new system was "nowhere near being fully functional".'
    q = attributed(body)[0]
    assert (q.kind, q.speaker, q.confidence) == ("partial", "the MPs", "low")


def test_a_named_commission_that_found_speaks_by_its_name() -> None:
    body = (
        'The Orvane Audit Commission found the tax was "fundamentally flawed" and the '
        "parties have said it must change."
    )
    assert attributed(body)[0].speaker == "Orvane Audit Commission"


def test_a_report_found_after_an_appositive() -> None:
    body = (
        "The report, which followed a year-long inquiry, found the death rate "
        '"amounts to a serious failure to protect the vulnerable".'
    )
    assert attributed(body)[0].speaker == "the report"


def test_what_police_found_is_nobodys_words() -> None:
    body = 'Police found the stolen car "burnt out and stripped of its wheels" on Monday.'
    assert attributed(body)[0].speaker is None


# -- a subject phrase opened by "another" or "our" -------------------------------------
def test_another_adviser_who_called_it_so_speaks() -> None:
    body = 'Later another senior economic adviser called the sale "the swindle of the century".'
    assert attributed(body)[0].speaker == "another senior economic adviser"


def test_our_correspondent_is_the_correspondent_named() -> None:
    body = (
        "BBC correspondent Edda Morrow reported from Dunmore. Ministers think this is the "
        '"less painful" way out, our correspondent added.'
    )
    assert attributed(body)[0].speaker == "Edda Morrow"


# -- a term being defined, a capitalised nickname that ends its sentence ---------------
def test_a_defined_term_is_nobodys() -> None:
    body = 'Ona Pike spoke. Page 12 defines "premises" as any site where a flock is kept.'
    assert _kinds_and_speakers(body) == [("scare", None)]


def test_a_nickname_ending_its_sentence_is_nobodys() -> None:
    body = 'Holly Bram grew up in Great Falls. One of the ads calls her "Holly From the Lobby."'
    assert _kinds_and_speakers(body) == [("scare", None)]


# -- a word or two inside a noun phrase is never a sure quote -------------------------
def test_a_quoted_modifier_of_a_noun_is_not_high_confidence() -> None:
    body = 'Ardo Venn said the "smear" tactics were a sign of panic.'
    q = attributed(body)[0]
    assert (q.speaker, q.confidence) == ("Ardo Venn", "medium")


def test_a_quoted_adjective_after_a_verb_keeps_its_confidence() -> None:
    # (Three words: a word or two alone is never sure, see test_doubt_subject.)
    body = 'Ardo Venn said the figures were "frankly quite lamentable" on Monday.'
    assert attributed(body)[0].confidence == "high"


def test_a_nickname_inside_a_name_is_nobodys_words() -> None:
    """`Patrick "Packy" Dunmore said ...`: the nickname is part of the name as written,
    not a fragment of what he said (nor of anyone else's words)."""
    quotes = attributed(
        'Former Mayor Patrick "Packy" Dunmore said on Monday that the plan was "dead on '
        'arrival." His rival, Sen. Roderick "Rod" Van der Molen, said nothing.'
    )
    assert [(q.text.strip('"'), q.kind, q.speaker) for q in quotes] == [
        ("Packy", "scare", None),
        ("dead on arrival.", "partial", "Patrick Dunmore"),
        ("Rod", "scare", None),
    ]
