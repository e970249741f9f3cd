"""Pattern 11: no junk speakers (fragments, pronoun endings, things that cannot speak)."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed
from tests.core.gold.score import is_junk
from tui.core.attribution.names import find_mentions


def test_a_thing_next_to_a_verb_is_no_speaker() -> None:
    body = (
        "Vantrel said the year had begun well, adding that it expected "
        '"further gradual improvement" in the spring.'
    )
    (q,) = attributed(body)
    assert q.speaker == "Vantrel"


def test_the_subject_of_a_reported_clause_is_no_speaker() -> None:
    body = '"We are pleased," said the report had found, according to nobody.'
    assert attributed(body)[0].speaker != "the report had"


def test_a_bare_job_title_before_a_name_is_not_the_speaker() -> None:
    body = (
        '"Costs fell again," chief executive Lorin Badu said, adding the firm was '
        'beginning "to look beyond recovery".'
    )
    assert [q.speaker for q in attributed(body)] == ["Lorin Badu", "Lorin Badu"]


def test_a_person_named_after_at_is_part_of_the_title() -> None:
    body = (
        "Ines Morrow, a strategist at Kelso Securities told the agency that the rise was "
        '"enough to underline the trend".'
    )
    assert attributed(body)[0].speaker == "Ines Morrow"


def test_speaker_names_never_end_in_a_pronoun() -> None:
    body = 'The controversial musical he wrote opened on Friday. "It was a long road," he said.'
    for q in attributed(body):
        assert q.speaker is None or q.speaker.split()[-1].lower() not in ("he", "she", "it")


def test_an_open_appositive_keeps_the_person() -> None:
    body = (
        '"We are checking," Mirek Halas, a Lufthansa spokesman told the agency.\n\n'
        '"Nothing is decided," Ana Sorel, the broadcaster\'s futurologist told reporters.'
    )
    assert [q.speaker for q in attributed(body)] == ["Mirek Halas", "Ana Sorel"]


def test_a_name_in_an_opening_clause_is_not_the_subject() -> None:
    body = (
        "Reacting to a comment by club chairman Tim Falworth, the American said: "
        '"I think it is insulting."'
    )
    assert attributed(body)[0].speaker != "Tim Falworth"


def test_a_place_after_in_is_not_the_speaker() -> None:
    body = 'Her lawsuit, filed in the court in San Mateo, said she had "never cheated".'
    assert attributed(body)[0].speaker != "San Mateo"


def test_words_ending_like_agents_are_no_speakers_when_they_are_not() -> None:
    body = 'The row is over. A watchdog over the claims says it is "not satisfied".'
    assert attributed(body)[0].speaker != "a watchdog over"


def test_an_acronym_speaker_is_spelled_out_when_the_article_does() -> None:
    body = (
        "The Guild of Tinned Fish Importers (GTFI) met on Monday. "
        '"Prices will rise," the GTFI said.'
    )
    assert attributed(body)[-1].speaker == "Guild of Tinned Fish Importers"


def test_an_organisation_after_the_keeps_its_whole_name() -> None:
    body = '"Rates must not rise," the British Guild of Millers and Bakers said.'
    assert attributed(body)[0].speaker == "the British Guild of Millers and Bakers"


def test_no_fragment_of_a_longer_phrase_speaks() -> None:
    body = 'During the debate, the Labour peer and former minister said: "The law is old."'
    assert attributed(body)[0].speaker != "the Labour"


def test_a_person_named_at_the_end_of_a_title_phrase_speaks() -> None:
    body = 'Shadow leader of the Commons Oliver Heald said: "This is part of our aim."'
    assert attributed(body)[0].speaker == "Oliver Heald"


def test_it_never_stands_for_a_month() -> None:
    body = 'Ada Corp sold the unit last October. "Sales will recover," it said.'
    assert attributed(body)[-1].speaker != "October"


def test_a_phrase_holding_a_preposition_is_no_speaker_for_a_pronoun() -> None:
    body = (
        "Ilse Brandauer wants a new pool. Her rival wants to cut the budget and put the "
        "savings into teacher pay, and he opposes the pool.\n\n"
        '"The pool can wait," he said.'
    )
    assert attributed(body)[-1].speaker != "the savings into teacher"


def test_a_count_of_people_is_no_part_of_the_label() -> None:
    quotes = attributed(
        "The breaking point, several officials said, was a memo that called the plan "
        '"dead on arrival."'
    )
    assert quotes[-1].speaker == "officials"
    assert not is_junk(quotes[-1].speaker)


def test_a_time_opening_a_sentence_is_no_name() -> None:
    # "Late Wednesday," "Early Monday": a day after a time word is no body "it" stands for.
    words = [
        m.words for m in find_mentions("Late Wednesday, the office left. Early Monday we met.")
    ]
    assert words == []
    quotes = attributed(
        "Late Wednesday, the senator's office circulated a revised summary that included "
        'what it called a "pricing pilot," according to a copy.'
    )
    assert "Late Wednesday" not in {q.speaker for q in quotes}


@pytest.mark.parametrize("adverb", ["Possibly", "Perhaps", "Presumably", "Arguably"])
def test_a_sentence_adverb_is_no_speaker(adverb: str) -> None:
    # "Possibly as a result, ... calling it a "serious threat"": the adverb opening the
    # sentence is nobody (it was read as a one-word name).
    quotes = attributed(
        f"Tarn Ledgers surveyed 900 firms. {adverb} as a result, the worry about cheap "
        'rivals has eased, with just half of firms calling it a "serious threat" to growth.'
    )
    assert quotes[-1].speaker != adverb


def test_who_they_say_they_are_is_no_cue_and_no_label() -> None:
    # "whether an individual is who they say they are": "is" was read as the head noun
    # "who" hangs on (the label "an individual is"), and "they say" as a cue.
    quotes = attributed(
        "Velo Ash, from Grellcard, told the BBC there are two parts to the process. The "
        "hardest is to ascertain whether an individual is who they say they are when they "
        'are online.\n\n"The end solution is to combine something the user knows with '
        'something they have."'
    )
    assert quotes[-1].speaker == "Velo Ash"


@pytest.mark.parametrize(
    "aside", ["one of the creditors", "one of the firm's creditors", "a creditor of the firm"]
)
def test_an_aside_between_dashes_closes_an_apposition(aside: str) -> None:
    # "Laah Chong-gyu, executive director of X Bank - one of the firm's creditors - said"
    # gave the fragment "director of X Bank"; the person named before the apposition
    # speaks, as with a comma.
    quotes = attributed(
        f'"No more aid," Ovid Brell, executive director of Quorna Bank - {aside} - said.'
    )
    assert quotes[-1].speaker == "Ovid Brell"


def test_an_ampersand_joins_a_firms_letters_into_one_name() -> None:
    # "But B&B - which has a 22% share - said": the firm, not the letter "B".
    quotes = attributed(
        'But T&Q - which has a 22% share of the market - said the sector "continues to '
        'grow" this year.'
    )
    assert quotes[-1].speaker == "T&Q"


@pytest.mark.parametrize("cue", ["says", "too says"])
def test_a_body_closing_an_inverted_cue_speaks(cue: str) -> None:
    # "... and local authority TV, too says BT.": the body after the verb, not the name
    # ending the words before the comma ("TV").
    quotes = attributed(
        f'But the service could be used for "pet cams", local news and council TV, {cue} Grellcom.'
    )
    assert quotes[-1].speaker == "Grellcom"
