"""Issue 8: `Lt. Gov. Robert "Bobby" Quillane` and "Bobby Quillane" in a headline or a
caption: the nickname with the surname is the same person, named by the full name, and
so is "Bobby" alone. Invented names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed

_BODY = (
    "Lt. Gov. Robert \u201cBobby\u201d Quillane launched his campaign on Tuesday.\n\n"
    "WATCH: Bobby Quillane on the morning show\n\n"
    "\u201cI know where the money went,\u201d Quillane said.\n\n"
    "Bobby has made prices the center of his pitch. \u201cThat is a shakedown,\u201d he "
    "said."
)


def test_the_nickname_is_the_full_name() -> None:
    speakers = [q.speaker for q in attributed(_BODY)]
    assert speakers[-2:] == ["Robert Quillane", "Robert Quillane"]
