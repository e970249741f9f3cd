"""Issue 8, pattern 12: what is a quote of someone, and how quotes are cut.

Titles are nobody's words; a quoted transcript is one quote per turn, each with its
speaker; a paragraph with its own cue and another speaker is not run on into the
quote before. Short articles written here (invented names and words).
"""

from __future__ import annotations

from tui.core.attribution import attribute_quotes
from tui.core.model import Quote
from tui.core.paragraphs import make_article
from tui.core.query import parse_query
from tui.core.quotes import extract_quotes


def _attributed(body: str) -> list[Quote]:
    article = make_article("t", "t.txt", "Headline of the day\n\n" + body)
    quotes = extract_quotes(article, first_id=7)
    attribute_quotes(article, quotes)
    return quotes


def test_a_title_is_nobodys_quote() -> None:
    quotes = _attributed(
        "Dara Quill, the host, said on “Sunday Table.” that the count was close. "
        "“We expect a long night,” Quill said. Her memoir “Salt and Iron” is out."
    )
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [
        ("Sunday Table.", "title", None),
        ("We expect a long night,", "direct", "Dara Quill"),
        ("Salt and Iron", "title", None),
    ]


def test_a_title_does_not_pass_a_speaker_on() -> None:
    quotes = _attributed(
        "“The tide is turning,” said Noor Hallam. She then played the song “Green Harbour”.\n\n"
        "“We have the numbers.”"
    )
    assert [(q.kind, q.speaker) for q in quotes] == [
        ("direct", "Noor Hallam"),
        ("title", None),
        ("direct", "Noor Hallam"),
    ]


def test_titles_are_hidden_like_scare_quotes() -> None:
    assert "title" not in parse_query("blue skies").allowed_kinds()
    assert "title" in parse_query("kind:all").allowed_kinds()
    assert parse_query("kind:title").allowed_kinds() == {"title"}


def test_transcript_turns_go_to_the_people_their_labels_name() -> None:
    quotes = _attributed(
        "Senator Ann Lee questioned the contractor, Tom Ortiz, for an hour. "
        "The record shows: “MS. LEE: Did you sign the order? MR. ORTIZ: I did not. "
        "MS. LEE: Who did? MR. GRABOWSKI: I object.”"
    )
    assert [(q.text, q.speaker, q.speaker_mention) for q in quotes] == [
        ("Did you sign the order?", "Ann Lee", "Ms. Lee"),
        ("I did not.", "Tom Ortiz", "Mr. Ortiz"),
        ("Who did?", "Ann Lee", "Ms. Lee"),
        ("I object.", "Mr. Grabowski", "Mr. Grabowski"),  # never named in full
    ]
    assert [q.id for q in quotes] == [7, 8, 9, 10]


def test_paragraph_with_its_own_cue_and_speaker_is_a_new_quote() -> None:
    quotes = _attributed(
        "Ann Bell, who chairs the board, said: “We will fight on.\n\n"
        "“The rules are unfair to everyone,” said Tom Ray, her rival.\n\n"
        "“So be it,” Bell said."
    )
    assert [(q.text, q.speaker, q.paragraph, q.last_paragraph) for q in quotes] == [
        ("We will fight on.", "Ann Bell", 1, 1),
        ("The rules are unfair to everyone,", "Tom Ray", 2, 2),
        ("So be it,", "Ann Bell", 3, 3),
    ]
    assert [q.id for q in quotes] == [7, 8, 9]


def test_paragraph_continuing_the_same_speaker_stays_one_quote() -> None:
    quotes = _attributed(
        "Ann Bell said: “We will fight on.\n\n“And we will win,” Bell added.\n\n"
        "Tom Ray said: “No.\n\n“Never,” he said."
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We will fight on.\nAnd we will win,", "Ann Bell"),
        ("No.\nNever,", "Tom Ray"),
    ]
