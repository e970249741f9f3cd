"""Issue 8 (missing speakers): quoted words with no reporting verb whose owner the
sentence makes plain, and crowds' chants. Invented articles and names."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


def test_words_by_a_persons_own_description_are_theirs() -> None:
    body = (
        "Ena Colt sat on the Varn council for years. She was, by her own description, "
        '"a terrible public speaker." She preferred quiet work.'
    )
    assert attributed(body)[0].speaker == "Ena Colt"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Finance minister Ola Brenn spoke on Monday. "
            'His main worry is "cost overruns in the rail plan".',
            "Ola Brenn",
        ),
        (
            "The Varnish government unveiled its budget. The government's main problems "
            'are "slumping sales and a weak building trade". It aims to create jobs.',
            "the government",
        ),
    ],
)
def test_the_owner_of_a_worry_says_what_it_is(body: str, speaker: str) -> None:
    assert attributed(body)[-1].speaker == speaker


@pytest.mark.parametrize(
    "body",
    [
        'The Tolm plan was called a "quick fix" by nobody in particular.',
        'Its nickname is "the Rock" and its roof leaks.',  # no worry or aim: a name
        'The main problem is "cost", according to nobody.',  # no owner
    ],
)
def test_scare_quotes_with_no_owner_stay_speakerless(body: str) -> None:
    assert attributed(body)[0].speaker is None


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Strikers marched on the Varn depot on Monday. "
            'A shout of "free lunches for all" went up from the strikers.',
            "the strikers",
        ),
        (
            'The rally was loud, with audience members chanting "Do your job!" and waving signs.',
            "the audience members",
        ),
        ('Tam Orl asked the crowd, which responded with chants of "Nothing!"', "the crowd"),
        ('Outside the depot, the nurses chanted "Fair pay now!" as managers left.', "the nurses"),
    ],
)
def test_a_crowd_named_as_a_group_speaks_its_chant(body: str, speaker: str) -> None:
    assert attributed(body)[-1].speaker == speaker


@pytest.mark.parametrize(
    "body",
    [
        'The board filed out. Someone in the audience shouted, "Resign!"',
        'Several dozen protesters chanted "No more tolls" outside the Kelbrook office.',
        'People chanted "Out, out, out!" in the square.',
    ],
)
def test_a_counted_crowd_or_one_of_it_is_left_unnamed(body: str) -> None:
    assert attributed(body)[-1].speaker is None


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Rep. Dal Ferrow (R-VT) opened the hearing by accusing the agency of "
            '"hiding the money from taxpayers."',
            "Dal Ferrow",
        ),
        (
            "Several Varn MPs joined him on stage, including Rep. Dal Ferrow, who "
            'introduced him as "the next leader of the Varn party."',
            "Dal Ferrow",
        ),
        (
            "When Alderman Kip Norr hired Ada Vell in 2016, he introduced her at a meeting "
            'as "the person who actually reads the bills." Now she is running.',
            "Kip Norr",
        ),
    ],
)
def test_who_names_someone_as_the_words_speaks_them(body: str, speaker: str) -> None:
    quote = attributed(body)[0]
    assert (quote.speaker, quote.confidence) == (speaker, "low")


@pytest.mark.parametrize(
    "body",
    [
        'Ada Vell was described by rivals as "a lightweight".',  # passive: the rivals'
        'Ada Vell was dismissed as "a lightweight" by nobody in particular.',
    ],
)
def test_a_passive_naming_verb_gives_the_words_to_no_subject(body: str) -> None:
    assert attributed(body)[0].speaker is None
