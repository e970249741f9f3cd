"""A home state after a name ("Sen. Orrin Blaskett of Kansas, who sat two seats away")
takes no "who" of its own: the clause is the senator's, so "Kansas" is no person a
later "she" or a bare quote could go to."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_home_state_is_no_person() -> None:
    body = (
        "The nominee did not satisfy Sen. Orrin Blaskett of Kansas, who sat two seats "
        "away and who had told reporters that he expected to vote for her.\n\n"
        "Mr. Blaskett waited until the end of the hearing. He then asked the nominee "
        "whether she had discussed the note with anyone. She said she had, briefly.\n\n"
        "“And what did they tell you?”\n\n"
        "“That it would probably come up.”"
    )
    assert "Kansas" not in {q.speaker for q in attributed(body)}
