"""Issue 8, pronouns and doubt: an unnamed source brought in with capitalised words
before its noun ("One GOP consultant who has worked on Ohio House races, and who ...,
said") is the subject of its verb and the next "he" is theirs, not a name inside the
description ("Ohio House"); and a "he"/"she" resolved to a description that tells no
gender ("one customer", "one speaker") is a guess, shown as low confidence (such
resolutions were right half the time on the open sets). Invented articles and names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_an_unnamed_consultant_with_a_party_word_is_the_subject() -> None:
    quotes = attributed(
        "Republicans still consider Pfleger a favorite. The district has grown more "
        "Republican.\n\nBut some Republican strategists privately concede that Tredwell is "
        "a better fit. One GOP consultant who has worked on Ohio House races, and who "
        "requested anonymity to speak candidly about a race his party is trying to win, "
        'said she was "the kind of candidate we worry about" in a district like this.\n\n'
        '"She does not sound like a politician, because she is not one," he said.'
    )
    # (the pronoun's carry takes the same whole label)
    assert [q.speaker for q in quotes] == [
        "one GOP consultant who has worked on Ohio House races",
        "one GOP consultant who has worked on Ohio House races",
    ]


def test_she_resolved_to_a_description_of_no_gender_is_low_confidence() -> None:
    quotes = attributed(
        "Rhiannon and Luis Etxeberra-Clay build cargo bicycles in a converted barn.\n\n"
        "Some of the couple's customers have been understanding. Ms. Etxeberra-Clay said "
        'only two canceled. One customer wrote back: "Keep going. We will pay it." She '
        "printed the email and taped it to the wall above her desk.\n\n"
        '"Everybody in Washington talks about bringing back manufacturing," she said.'
    )
    last = quotes[-1]
    assert last.speaker != "one customer" or last.confidence == "low"


def test_she_resolved_to_a_woman_keeps_medium_confidence() -> None:
    quotes = attributed(
        "A woman loading groceries nearby disagreed with the mayor.\n\n"
        '"We never asked for this," she said.'
    )
    assert (quotes[-1].speaker, quotes[-1].confidence) == (
        "a woman loading groceries nearby",
        "medium",
    )
