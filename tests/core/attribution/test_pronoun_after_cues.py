"""Pronoun shapes seen on real British news (invented articles and names).

- `"Q," said Silver Tides producer Quillon Vestergaard. "Q," he added.`: a title before
  the name read as the sentence's subject leaves the name a weak role, but the quote's
  own cue made him its speaker, so the "he" that goes on is his (not the title, nor "an
  actor" named before).
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_he_added_goes_on_with_the_speaker_named_after_a_title() -> None:
    quotes = attributed(
        "An actor dressed as a giant heron breathed smoke over the crowd on Friday as the "
        "heron received a plaque on Marlow Quay.\n\n"
        '"The heron should thank you for this lovely plaque," said Silver Tides producer '
        'Quillon Vestergaard. "But sadly, he cannot speak English," he added.'
    )
    assert [(q.speaker, q.speaker_how) for q in quotes] == [
        ("Quillon Vestergaard", "cue-after"),
        ("Quillon Vestergaard", "pronoun"),
    ]
