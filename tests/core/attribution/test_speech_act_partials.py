"""Issue 8: a short partial quote governed by a verb of speech is its subject's words,
not a scare quote. Apologising for words, likening or rejecting a thing as words, a
court's ruling and informing a listener report speech as "called" and "described as"
do (`Ann Roe apologised for her "rash remarks"`, `a court ruled the film "too
foreign"`); the so-called term of a writer stays nobody's. A quote ending in a comma
before a capitalised "On Monday," is not tied to the verb of that new sentence.
Invented names and words.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('Cal Dorne apologised for his "rash remarks" at the rally.', "Cal Dorne"),
        ('Cal Dorne apologizes for repeating an "old slur" about Brenmoor.', "Cal Dorne"),
        ('Wenna Tull rejected the plan as "unworkable" on Monday.', "Wenna Tull"),
        ('Wenna Tull has likened the merger to "a bad marriage".', "Wenna Tull"),
        ('Judge Orla Fenck ruled that the claim was "without merit".', "Orla Fenck"),
        ('The film was ruled "too foreign" by Judge Orla Fenck.', "Orla Fenck"),
        ('Drummer Hal Tobin informed the crowd the singer was "in the bath".', "Hal Tobin"),
    ],
)
def test_a_verb_of_speech_owns_its_short_partial(body: str, speaker: str) -> None:
    (q,) = attributed(body)
    assert (q.kind, q.speaker) == ("partial", speaker)


def test_a_writers_so_called_term_stays_a_scare_quote() -> None:
    (q,) = attributed('Brenmoor is known for its so-called "quiet hours" in summer.')
    assert (q.kind, q.speaker) == ("scare", None)


def test_a_capital_scene_opener_after_a_comma_starts_another_sentence() -> None:
    body = (
        '"We will go to court over this," said Vellan Rovers manager Ivo Trask. '
        '"It is a big issue for the club," On Tuesday, a panel hearing into the '
        "Osk Marlo case ruled that the ban stood."
    )
    first, second = attributed(body)
    assert first.speaker == "Ivo Trask"
    assert second.speaker == "Ivo Trask"


@pytest.mark.parametrize(
    "body",
    [
        'Vane Oduya has resigned after admitting a "brief flirtation" with the Lurk Party.',
        'Vane Oduya was fined for calling a referee "a disgrace".',
        'Vane Oduya was banned after branding the panel "a joke".',
    ],
)
def test_owning_or_naming_words_after_a_preposition_reports_speech(body: str) -> None:
    (q,) = attributed(body)
    assert (q.kind, q.speaker) == ("partial", "Vane Oduya")


def test_calling_someone_to_a_place_is_an_action() -> None:
    (q,) = attributed('Vane Oduya was fined after calling police to the "rowdy" party.')
    assert (q.kind, q.speaker) == ("scare", None)


def test_a_bare_accuse_after_a_plural_subject_is_a_cue() -> None:
    (q,) = attributed('The Lurk Party accuse Mr Dorne of making a "cosy" deal with the banks.')
    assert (q.kind, (q.speaker or "").lower()) == ("partial", "the lurk party")
