"""Issue 8, scenes: a one-sentence paragraph opening on a description with a name set
off after it ("The panel's senior Democrat, Rep. Mirela Vantreight, was gentler.")
brings in that person, and the "she" of the quote opening the next paragraph is her,
not the woman who spoke before (the description is the name, not someone else).
Invented names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_described_and_named_newcomer_takes_the_next_she() -> None:
    body = (
        "Harbor Chief Odette Lanworth faced the panel on Monday.\n\n"
        "Rep. Sabine Quillort, a Republican from Maine, was blunt.\n\n"
        "“Who signed off on the dredging?” she said.\n\n"
        "Quillort shook her head. She later said the chief had “lost the room.”\n\n"
        "The panel's senior Democrat, Rep. Mirela Vantreight of Oregon, was gentler "
        "in tone but no less critical.\n\n"
        "“I want the logs,” she said. “All of them.”"
    )
    quotes = [q for q in attributed(body) if q.kind == "direct"]
    assert quotes[0].speaker == "Sabine Quillort"
    assert [q.speaker for q in quotes[1:]] == ["Mirela Vantreight"] * 2
