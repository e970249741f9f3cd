"""A noun phrase that can speak, after a short scene-setting opening ("In a written
statement, the mayor thanked Orlo Brem ... and called Tilda Quay "Q""), is the subject of
the verbs joined to it by "and": the one thanked and the one named are its objects, not
the speaker. Invented names."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize(
    "body",
    [
        "In a written statement, the mayor thanked Orlo Brem for his work and called "
        "Tilda Quay “a calm voice in a loud room.”",
        "On Friday, the coach praised Orlo Brem at length and called Tilda Quay "
        "“the best we have.”",
    ],
)
def test_the_phrase_after_a_scene_opening_calls_the_object_something(body: str) -> None:
    q = attributed(body)[-1]
    assert q.speaker_mention is not None
    assert q.speaker_mention.lower().startswith("the ")
    assert q.speaker not in ("Orlo Brem", "Tilda Quay")


def test_a_name_after_the_scene_opening_still_speaks() -> None:
    body = (
        "In a written statement, Mayor Ada Lusk thanked Orlo Brem for his work and called "
        "Tilda Quay “a calm voice in a loud room.”"
    )
    assert attributed(body)[-1].speaker == "Ada Lusk"
