"""A description pointing back to the person the story is about ("The 22-year-old",
"the Scot") opening a sentence is its subject: a name after the verb is an object
and does not take the "he said" that follows. Invented articles and names.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed

_LEAD = "Tomas Verrell says his Olympic success has made him determined to win world gold.\n\n"
_QUOTE = ' "The gold medal has made me hungry," he said.'


def test_the_object_of_a_described_subject_is_not_he() -> None:
    body = (
        _LEAD + "The 22-year-old pipped Dario Mancelli on the last leg of the relay in Ostley "
        "to take top honours for his team. But individually, the Harrowgate runner has yet "
        "to build on his junior title four years ago." + _QUOTE
    )
    quotes = attributed(body)
    assert quotes[-1].speaker == "Tomas Verrell"
    assert quotes[-1].confidence != "high"


@pytest.mark.parametrize("adverb", ["initially", "also", "then", "later"])
def test_an_adverb_before_the_verb_keeps_the_described_subject(adverb: str) -> None:
    """ "The Scot initially defended Beattie, saying ...": an adverb between the
    description and its verb; the name after the verb is still its object."""
    body = (
        "Harrowfield manager Tomas Varga will discipline striker Joel Brackett after all "
        "for his headbutt on defender Remy Osei.\n\n"
        f"The Dutchman {adverb} defended Brackett, whose dismissal cost Harrowfield the game, "
        "saying Osei overreacted. But he has had a rethink after watching the video again. "
        'He said: "I believe the dismissal was right and I was wrong."'
    )
    quotes = attributed(body)
    assert (quotes[-1].speaker, quotes[-1].speaker_how) == ("Tomas Varga", "pronoun")
