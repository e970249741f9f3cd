"""A capitalised run after "presents", "stars in", "wrote" is a work's title, never a
person who could take a later "she" (invented names)."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize("verb", ["presents", "hosts", "stars in", "wrote"])
def test_title_after_work_verb_is_no_speaker(verb: str) -> None:
    quotes = attributed(
        "Tom Brack was sacked on Monday. "
        f"Ms Lee, who {verb} The Weakest Hour tells Kroll that she despaired at his "
        'image. "I used to bite my tongue because he was so stiff."\n\n'
        '"Yes, it would be fun if I could be the boss," she says.'
    )
    assert [q.speaker for q in quotes] == ["Ms Lee", "Ms Lee"]


def test_named_person_after_directed_stays_a_person() -> None:
    quotes = attributed(
        'Ann Veld directed Tom Brack in the film. "He was superb," Tom Brack said of the cast.'
    )
    assert quotes[0].speaker == "Tom Brack"


@pytest.mark.parametrize("show", ["Dawn & Dusk Weekly", "Farm + Table Tonight"])
def test_show_title_with_an_ampersand_is_a_title(show: str) -> None:
    quotes = attributed(
        "A sheriff spoke on Sunday.\n\n"
        f'"My hands were tied," Sheriff Ann Roe said on "{show}." "We had him in our jail."'
        f'\n\nOn "{show}," co-host Tam Vell asked Roe what she would say.\n\n'
        '"Come to Evans," the sheriff replied.'
    )
    titles = [q for q in quotes if show in q.text]
    assert [q.kind for q in titles] == ["title", "title"]
    assert all(q.speaker is None for q in titles)
    assert quotes[2].speaker == "Ann Roe"
