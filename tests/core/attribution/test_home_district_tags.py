"""A party tag spelling out a home district is never a speaker.

Papers tag a lawmaker with party and home town written out: "Del. Mara Quill
(D-Fenwick Hollow)", "Rep. Otis Brand, R-Calder Springs,". The tag reads like a
two-word name, but the speaker is the name before it. Invented names.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def _speakers(body: str) -> list[str | None]:
    return [q.speaker for q in attributed(body)]


def test_a_bracketed_home_tag_after_a_cue_is_not_the_speaker() -> None:
    body = (
        "“I was told this was settled,” said Del. Mara Quill (D-Fenwick Hollow), the "
        "bill’s sponsor. “We will see.”"
    )
    assert _speakers(body) == ["Mara Quill", "Mara Quill"]


def test_a_comma_home_tag_before_a_colon_lead_in_is_not_the_speaker() -> None:
    body = (
        "Rep. Otis Brand, R-Calder Springs, whose district includes the port, posted "
        "online: “The governor is doing the job nobody else will.”"
    )
    assert _speakers(body) == ["Otis Brand"]
