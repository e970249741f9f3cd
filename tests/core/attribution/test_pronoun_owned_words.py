"""A noun of speech owned by a possessive pronoun governs the quote after it: the
pronoun's person spoke the words ("her admission that she "Q"", "His advice for one
entrant was to "Q""), as a name's does ("Mr Brown's insistence he was not "Q"").
Invented articles and names."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Tova Brennick was left out of the side on Sunday. Brennick denied any row "
            'with the coach. But her admission that she "half expected to be dropped '
            'this week", will do little to quiet talk of a split.',
            "Tova Brennick",
        ),
        (
            "The panel was chaired by Edda Morrow. The broadcaster Ludo Varnham handed "
            "out blunt verdicts all evening. His advice for one nervous entrant "
            'was to "find a quieter hobby and a louder voice".',
            "Ludo Varnham",
        ),
    ],
)
def test_a_pronouns_noun_of_speech_gives_its_person_the_words(body: str, speaker: str) -> None:
    q = attributed(body)[-1]
    assert q.speaker == speaker
    assert q.confidence == "medium"


def test_a_pronouns_noun_of_speech_with_no_person_before_names_no_one() -> None:
    body = 'Her admission that she "half expected to be dropped" surprised the club.'
    assert attributed(body)[-1].speaker is None


def test_a_pronoun_past_a_description_is_left_alone() -> None:
    # The person "His" means is named only before a describing sentence: too far to
    # trust the pronoun's reading.
    body = (
        "The panel was chaired by Edvard Sollis. But the real draw was Ludo Varnham. "
        "The former presenter handed out blunt verdicts all evening. His advice for one "
        'nervous entrant was to "find a quieter hobby and a louder voice".'
    )
    assert attributed(body)[-1].speaker in (None, "Ludo Varnham")


def test_a_pronouns_noun_of_speech_after_a_cue_is_the_reported_topic() -> None:
    # "his comments" are the senator's, but the words are the aide's, who said them.
    body = (
        "Senator Ivo Brask was heard on the tape. His aide, Pell Okonjo, said the senator "
        '"has always cared for farmers" and that his comments were "a joke about '
        'the weather".'
    )
    q = attributed(body)[-1]
    assert q.speaker == "Pell Okonjo"


def test_a_names_noun_of_speech_still_speaks_for_the_name() -> None:
    body = (
        "Orla Penhallow left the board in May. Penhallow's insistence that she was "
        '"never told of the losses" was met with doubt.'
    )
    assert attributed(body)[-1].speaker == "Orla Penhallow"
