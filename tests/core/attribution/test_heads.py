"""Issue 8: the speaker is the head of the subject's noun phrase, not a word hanging on
it: the person an apposition or a relative clause describes, not the committee or the
body it names; the phrase a relative clause follows, not the street in it; the noun a
capitalised word modifies, not that word. Invented articles and names.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize(
    "sentence",
    [
        # a relative clause, then a venue cue after "said"
        "Rep. Oskar Lindqvist-Amara (R-Ore.), who chairs the House panel on rail safety, "
        'said in a statement that the plan was "a good first step" for riders.',
        # an apposition naming a body, then "who" and the verb
        "The host spoke to Rep. Oskar Lindqvist-Amara, D-Ore., the top Democrat on the "
        'House Rail Committee, who called the plan "a good first step" for riders.',
        # a person whose apposition ends in a capitalised word, then a venue cue
        "Rep. Oskar Lindqvist-Amara of Oregon, a member of the Democratic leadership, "
        'said in a post that the plan was "a good first step" for riders.',
        # "The head of <body>, Name, said"
        "The head of the Oregon Rail Integrity Alliance, Oskar Lindqvist-Amara, said the plan "
        'was "a good first step" for riders.',
    ],
)
def test_the_person_not_the_body_the_phrase_names(sentence: str) -> None:
    q = attributed(sentence)[-1]
    assert q.speaker == "Oskar Lindqvist-Amara"


def test_the_phrase_a_relative_clause_follows_not_a_street_in_it() -> None:
    body = (
        "A woman who lives on Juniper Lane and asked not to be named said the town "
        'should get "an independent study, not one the builder paid for."'
    )
    assert attributed(body)[-1].speaker == "a woman who lives on Juniper Lane"


def test_a_relative_clause_after_a_comma_keeps_the_named_person() -> None:
    body = (
        "The nurse who treated him, Delia Marchbank-Oyo, said the ward was "
        '"stretched beyond anything I have seen."'
    )
    assert attributed(body)[-1].speaker == "Delia Marchbank-Oyo"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            'Her Republican opponent, a two-term incumbent, called her "a city lawyer '
            'who has never planted a field."',
            "her republican opponent",
        ),
        (
            'Business groups have fought the rule, calling it "one-size-fits-all" regulation.',
            "business groups",
        ),
        (
            "A Republican state lawmaker in Idaho is threatening to cut funds over a policy on "
            '"harmful speech" at the college.',
            "a republican state lawmaker",
        ),
    ],
)
def test_the_noun_a_capitalised_word_modifies(sentence: str, speaker: str) -> None:
    q = attributed(sentence)[-1]
    assert (q.speaker or "").lower() == speaker


def test_a_company_opening_the_sentence_with_a_verb_keeps_its_name() -> None:
    body = (
        "Korvana Music already sells a cheaper plan. Korvana claims the higher price "
        'is a result of label fees and says it offers "greater value" for listeners.'
    )
    assert attributed(body)[-1].speaker == "Korvana Music"


@pytest.mark.parametrize("byline", ["", "by Tamsin Oduya-Reyes\n\n"])
def test_a_lede_describing_the_speaker_whom_the_next_sentence_names(byline: str) -> None:
    body = byline + (
        "A Nevada county sheriff told reporters on Monday that smugglers cross his land "
        '"every single week" and that no one listens.\n\n'
        "Esmeralda County Sheriff Orrin Vasquez-Tull, a Democrat who has served since "
        "2018, said deputies logged 90 crossings."
    )
    q = attributed(body)[0]
    assert (q.speaker, q.confidence) == ("Orrin Vasquez-Tull", "low")


def test_not_the_person_the_lede_is_about_when_the_description_is_not_its_subject() -> None:
    body = (
        "The former county clerk testified that a county supervisor told her to "
        '"find a reason" to reject ballots.\n\n'
        "Odalys Brightwater-Ng, who ran the office for nine years, said the supervisor "
        "called her at home."
    )
    assert attributed(body)[0].speaker == "a county supervisor"


def test_transcript_turns_labelled_by_a_bare_surname_in_capitals() -> None:
    body = (
        "Gov. Tobias Ferrante-Lowe, a Democrat, and Sheriff Marisol Quade-Ibarra met on "
        "Tuesday. The moderator, Lionel Sato-Park, asked about rents.\n\n"
        "“QUADE-IBARRA: Rents went up 40 percent on his watch.”\n\n"
        "“FERRANTE-LOWE: Sheriff, I agree with you on land.”\n\n"
        "“SATO-PARK: Sheriff, do you support rent control?”\n\n"
        "“QUADE-IBARRA: No. It has never worked.”"
    )
    assert [q.speaker for q in attributed(body)] == [
        "Marisol Quade-Ibarra",
        "Tobias Ferrante-Lowe",
        "Lionel Sato-Park",
        "Marisol Quade-Ibarra",
    ]


def test_a_capitalised_word_no_one_is_called_is_no_turn_label() -> None:
    body = (
        "Gov. Tobias Ferrante-Lowe spoke on Tuesday.\n\n"
        "“WARNING: the figures below are provisional,” the report said."
    )
    assert attributed(body)[-1].speaker == "the report"


def test_a_role_without_an_article_before_of_ties_the_person() -> None:
    body = (
        "Hendrik Aalberg-Mensah, chief executive of Calloway Pharmaceuticals, told the "
        "committee the pen was new.\n\n"
        "Sen. Ada Kowalczyk-Roe asked about prices. “What do I tell her?” she said.\n\n"
        "“Senator, I would ask that she call our line,” the executive replied."
    )
    assert attributed(body)[-1].speaker == "Hendrik Aalberg-Mensah"
