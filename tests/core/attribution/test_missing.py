"""Quotes whose speaker the article makes clear but that were left with none (issue 8,
"every quote whose speaker the article makes clear is attributed"). Invented articles
and names, one shape per test."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def _last(body: str) -> tuple[str | None, str | None]:
    q = attributed(body)[-1]
    return q.speaker, q.confidence


# -- "attacked" reports words, in its finite forms only ------------------------
def test_attacked_reports_the_words_it_quotes() -> None:
    body = 'Dorin Vasca also attacked the council over its "lazy" planning.'
    assert _last(body) == ("Dorin Vasca", "medium")  # a judging verb: never high


def test_will_attack_reports_them_too() -> None:
    body = (
        "Ilse Varro spoke on Monday. Ms Varro will also attack the Greens for wanting to "
        '"tax every kettle".'
    )
    assert _last(body) == ("Ilse Varro", "medium")


def test_attacking_is_no_cue() -> None:
    """ "Villagers attacking the raiders": a fight, not words."""
    quotes = attributed('Villagers attacking the raiders were "brave and calm".')
    assert (quotes[0].speaker, quotes[0].kind) == (None, "scare")


# -- a relative clause's verb belongs to what the clause hangs on --------------
def test_which_has_said_is_the_body_before_it() -> None:
    body = (
        "The Borel Commission faces a challenge from the Flarn Carriers Association "
        '(FCA), which has attacked the package as a "bad piece of law".'
    )
    assert _last(body)[0] == "Flarn Carriers Association"


def test_who_has_said_is_the_person_before_it() -> None:
    body = (
        "The Borel Commission faces a challenge from Tam Quill, who has said the "
        'package is a "bad piece of law".'
    )
    assert _last(body) == ("Tam Quill", "high")


# -- a verb inside a reported question is not the speaker's ---------------------
def test_the_subject_of_a_reported_question_does_not_speak() -> None:
    body = (
        "Ardo Venn spoke in the debate. Mr Venn asked why ministers attacked his plans "
        'for the "very rich".'
    )
    assert _last(body)[0] == "Ardo Venn"


def test_a_verb_after_the_question_still_counts() -> None:
    body = (
        "Ardo Venn spoke in the debate. When asked whether he would stand again Mr Venn "
        'replied: "Only if they ask me."'
    )
    assert _last(body)[0] == "Ardo Venn"


# -- a people noun opening a sentence, capitalised there ------------------------
def test_a_capitalised_plural_opening_the_sentence_speaks() -> None:
    """ "Lawyers" is written in lower case elsewhere, so it is no name: still the
    speakers, and of the second quote in the sentence too."""
    quotes = attributed(
        "Reporters asked to see the forms. Lawyers for news groups said it was "
        '"really vital" for the forms to be public "to serve as a check". The lawyers met.'
    )
    assert [(q.speaker, q.confidence) for q in quotes] == [("lawyers", "low")] * 2


def test_the_person_they_act_for_is_not_the_speaker() -> None:
    """ "Lawyers for Ardo Venn": the lawyers speak (the bare plural's label keeps no
    complement: "lawyers for Ardo Venn" would read as a fragment)."""
    body = 'Reporters asked to see forms. Lawyers for Ardo Venn said it was "really vital".'
    assert _last(body) == ("lawyers", "low")
    body = 'The plan was shelved. But researchers at Ely College said it was "a loss".'
    assert _last(body) == ("researchers", "low")


def test_police_speak_without_an_article() -> None:
    assert _last('The shop was shut. "He is very dangerous," said police.')[0] == "police"


def test_an_unresolved_pronoun_at_the_cue_does_not_pass_to_an_earlier_noun() -> None:
    """ "Doctors had wanted to operate but he insisted on waiting": whoever "he" is,
    not the doctors."""
    body = (
        'Ann Roe spoke. "I knew it," said Ann Roe.\n\n'
        "Doctors in Athens had wanted to operate on Jo's back but he insisted on waiting. "
        '"The doctors there wanted rods in my back."'
    )
    assert _last(body)[0] != "doctors"


# -- a passive verb before the quote, its agent after it -----------------------
def test_the_agent_after_a_passive_quote_speaks() -> None:
    quotes = attributed(
        "Ardo Venn spoke on Monday. His plans have been described as "
        '"reckless" and "unfair" by the Flarn Taxpayers Union.'
    )
    assert [(q.speaker, q.confidence) for q in quotes] == [
        ("the Flarn Taxpayers Union", "medium")
    ] * 2


def test_a_passive_quote_with_no_agent_has_no_speaker() -> None:
    quotes = attributed('Ardo Venn spoke on Monday. His plans have been described as "reckless".')
    assert quotes[-1].speaker is None


# -- a noun of speech names whose words the quote is -----------------------------
def test_the_owner_of_an_insistence_speaks() -> None:
    body = (
        "Ardo Venn presented the budget. Mr Venn's insistence he was not "
        '"gloating" was a rebuttal of his rivals.'
    )
    assert _last(body) == ("Ardo Venn", "medium")


def test_a_noun_of_speech_far_from_the_quote_names_no_one() -> None:
    body = (
        "Ardo Venn presented the budget. Mr Venn's statement came after a week in which "
        'the markets had fallen on every single day and analysts saw "panic".'
    )
    assert _last(body)[0] != "Ardo Venn"


# -- names that end in a number ------------------------------------------------
def test_a_station_named_with_a_number_speaks_in_its_full_name() -> None:
    body = (
        "The late host's Flarn Radio 4 show will be shared by three presenters.\n\n"
        'Radio 4 said the show would rise to the "challenge" of "keeping it alive".'
    )
    assert [q.speaker for q in attributed(body)] == ["Flarn Radio 4"] * 2


def test_a_noun_phrase_joined_by_and_speaks_for_a_partial_quote() -> None:
    """ "The feminist writer and broadcaster said ... "Q"": one phrase, the only cue of a
    partial quote (no quote around to carry a speaker over)."""
    quotes = attributed(
        "Orla Fenn walked out of the show on Monday. The feminist writer and broadcaster "
        "said the producers had behaved “like a spoilt child” all week."
    )
    assert [(q.speaker, q.confidence) for q in quotes] == [
        ("the feminist writer and broadcaster", "low")
    ]


# -- a text message is a cue; an ally is someone who speaks ----------------------
def test_texted_after_the_quote_is_a_cue() -> None:
    body = (
        "The vote is on Thursday.\n\n"
        '"We are not doing boring," Rep. Lorna Quaye-Fitch texted the paper on Monday.'
    )
    assert _last(body)[0] == "Lorna Quaye-Fitch"


def test_one_named_mans_ally_is_the_speaker_not_the_man() -> None:
    body = (
        "Sen. Ada Halvard spoke on Monday. One senior aide called it "
        '"the classic move."\n\n'
        '"A study is how you close a clinic slowly," texted one Halvard ally.'
    )
    assert _last(body)[0] == "one Halvard ally"


def test_the_texts_are_no_cue() -> None:
    body = 'The texts show nothing of the kind. "It was fine," Bo Lindqvar said.'
    assert _last(body) == ("Bo Lindqvar", "high")


# -- coined words: "what he calls "X."" is a partial of "he" ----------------------
_COINED = (
    "Such arguments are heard all over Quillon Falls, and they are shaping the race.\n\n"
    "The Republican incumbent, Representative Garret Ollenby, has made the mill a "
    "centerpiece of his campaign, blaming what he calls \u201cAlbany\u2019s war on farms.\u201d "
    "His challenger disagrees."
)


def test_a_capitalised_name_given_by_calls_is_a_partial_quote() -> None:
    assert attributed(_COINED)[-1].kind == "partial"


def test_he_who_calls_it_is_the_apposed_incumbent_not_a_place() -> None:
    assert _last(_COINED)[0] == "Garret Ollenby"


# -- a unit of a body speaks; words echoed from a quote are its speaker's ------------
def test_a_unit_warned_that_is_the_speaker() -> None:
    body = (
        "Enrolment grew from 40 to 112, even as a visa fraud unit in the ministry "
        'warned that checks had become "effectively optional."'
    )
    assert _last(body)[0] == "a visa fraud unit"


def test_words_echoed_from_a_quote_before_are_its_speakers() -> None:
    body = (
        '"We needed someone who could handle it less badly," said Osric Vantongeren, '
        "a trustee.\n\n"
        'I asked Vantongeren what "less badly" would have looked like. He thought.'
    )
    assert _last(body) == ("Osric Vantongeren", "medium")


def test_a_fragment_no_quote_before_holds_keeps_no_speaker() -> None:
    body = (
        '"We needed someone faster," said Osric Vantongeren, a trustee.\n\n'
        'I asked Vantongeren what "less badly" would have looked like. He thought.'
    )
    assert _last(body)[0] is None


# -- a show's title inside the sentence does not cut its subject off -----------------
def test_a_title_between_subject_and_cue_leaves_the_subject_the_speaker() -> None:
    body = (
        "Treasury Secretary Joanna Pereda-Whitlow, appearing on \u201cThis Week in "
        "Harbor City,\u201d said the department had begun using \u201cextraordinary "
        "measures\u201d to stay under the limit."
    )
    assert _last(body)[0] == "Joanna Pereda-Whitlow"


def test_a_title_in_a_relative_clause_of_the_subject() -> None:
    body = (
        "Grant Easterling-Moss, who hosts the podcast \u201cThe Grant Hour,\u201d called "
        "the decision \u201ccowardice dressed up as a budget line.\u201d"
    )
    assert _last(body)[0] == "Grant Easterling-Moss"


def test_a_name_in_words_quoted_inside_the_quote_does_not_stop_a_continuation() -> None:
    # The neighbour speaks to Quarnell inside his quote: still his words, carried over.
    first, second = attributed(
        "Dov Quarnell lives by the lot.\n\n"
        "“I pointed at my house,” Quarnell, 78, recalled. “She was very nice about it. "
        "She said, ‘I know, Mr. Quarnell. I don’t know what happened.’”"
    )
    assert first.speaker == second.speaker == "Dov Quarnell"
    # Named outside the words it quotes, the quote speaks of him: not his.
    _, other = attributed(
        "Dov Quarnell lives by the lot.\n\n"
        "“I pointed at my house,” Quarnell, 78, recalled. “Without Quarnell we had nothing.”"
    )
    assert other.speaker is None


_FACT_CHECK = (
    "Ilka Fenwick and Dov Quarnell debated for an hour. We checked their claims.\n\n"
    "Claim: Crime has “doubled” in Varno\n\n"
    "“Violent crime in Varno has doubled since my opponent took office,” Fenwick said.\n\n"
    "That is false. Police figures show a rise of 12%.\n\n"
    "Claim: Quarnell “wants to ban” chickens\n\n"
)


def test_a_fact_checks_claim_subhead_is_the_claimants_words() -> None:
    quotes = attributed(_FACT_CHECK + "“My opponent backs a bill to ban chickens,” Quarnell said.")
    assert [(q.kind, q.speaker) for q in quotes] == [
        ("partial", "Ilka Fenwick"),
        ("direct", "Ilka Fenwick"),
        ("partial", "Dov Quarnell"),
        ("direct", "Dov Quarnell"),
    ]
    assert quotes[0].confidence == "medium"  # a guess from the layout
    # With no one quoted right after it, the subhead's words stay the writer's.
    quotes = attributed(_FACT_CHECK + "Records show no such bill.")
    assert (quotes[-1].kind, quotes[-1].speaker) == ("scare", None)


def test_a_crowds_chant_is_nobodys_to_name() -> None:
    intro = "Ilka Fenwick said her office would “follow the law to the letter.”\n\n"
    for line in (
        "After the vote, several dozen protesters chanted “Stop the steal of Varno.”",
        "Fenwick said the map was fair. Several people in the crowd shouted, “That’s not true!”",
    ):
        quotes = attributed(intro + line)
        assert quotes[0].speaker == "Ilka Fenwick"
        assert quotes[-1].speaker is None, line
    # A person shouting is still named.
    quotes = attributed(intro + "Fenwick shouted, “That is not true!”")
    assert quotes[-1].speaker == "Ilka Fenwick"


# -- a sentence after a quote reports "that" ------------------------------------
def test_a_name_reporting_that_after_a_quote_speaks_it() -> None:
    """`"Q." ¶ Pemberly-Ruiz wrote that on X on Sunday.`: "that" is the words just
    quoted (a place and time follow, not a clause)."""
    body = (
        "Rep. Augustin Pemberly-Ruiz introduced a bill in June.\n\n"
        '"Cartels have an air force now. Pass my bill."\n\n'
        "Pemberly-Ruiz wrote that on X on Sunday, tagging the committee."
    )
    assert _last(body) == ("Augustin Pemberly-Ruiz", "medium")


def test_a_name_reporting_a_that_clause_after_a_quote_does_not() -> None:
    body = (
        "Rep. Augustin Pemberly-Ruiz introduced a bill in June.\n\n"
        '"Cartels have an air force now. Pass my bill."\n\n'
        "Pemberly-Ruiz said that on Monday he would press for a vote."
    )
    q = attributed(body)[-1]
    assert (q.speaker_how, q.cue) != ("cue-after", "said")  # (a guess at most)


def test_a_participle_reports_for_a_role_opening_its_sentence() -> None:
    """ "But the governor defended the list, calling critics "Q"": the role opening the
    sentence is the participle's subject (and the governor is Thad Wingrove)."""
    body = (
        "Governor Thad Wingrove released the list on Monday.\n\n"
        "His office did not respond. But the governor defended the list in a post late "
        'Tuesday, calling critics "the usual crowd of activists."'
    )
    assert _last(body) == ("Thad Wingrove", "medium")


def test_an_abbreviation_before_a_number_does_not_end_the_sentence() -> None:
    """ "said in a statement that Prop. 41 "Q"": "Prop." is no sentence end."""
    body = (
        "The League of Towns objects to the measure. Its executive director, Franklin "
        'Odum, said in a statement that Prop. 41 "hands Sacramento a bulldozer."'
    )
    assert _last(body)[0] == "Franklin Odum"


def test_a_month_s_abbreviation_never_speaks() -> None:
    body = (
        "The session will begin Oct. 14. It directs legislators to consider a single "
        'subject: "the apportionment of the state into districts."'
    )
    assert _last(body)[0] != "Oct"


def test_a_name_after_to_is_a_recipient_not_the_speaker() -> None:
    body = (
        "What did the amendment do?\n\nAmendment 3, approved by 51.6% of voters in "
        "November, added language to the Verona Constitution guaranteeing a right to "
        '"reproductive freedom," including abortion.'
    )
    assert _last(body)[0] != "Verona Constitution"
