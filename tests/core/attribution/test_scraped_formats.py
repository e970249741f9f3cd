"""Scraped text shapes must not change who said a quote: a paragraph hard-wrapped at
a fixed width (a name or cue broken over two lines), and no-break or thin spaces (after
an honorific, around a dash). Invented names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed
from tui.core.paragraphs import make_article

_WRAPPED = (
    "Orvella Quist, a councilor from the east ward, spoke first at the meeting on\n"
    "Tuesday night, and then the floor went to her longtime rival on the council,\n"
    "Councilor Bramwell Tisdane-Okoro, who had waited two hours for his turn.\n\n"
    "\u201cThe budget is a fiction and everyone in this room knows it,\u201d said\n"
    "Councilor Bramwell Tisdane-Okoro, who chairs the finance panel of the city.\n\n"
    "\u201cWe counted the library twice,\u201d he added with a shrug at the mayor.\n"
)


def test_a_name_broken_over_a_wrapped_line_is_whole() -> None:
    quotes = attributed(_WRAPPED)
    assert [q.speaker for q in quotes] == ["Bramwell Tisdane-Okoro"] * 2


def test_wrapped_lines_are_spaces_in_the_text_with_offsets_kept() -> None:
    article = make_article("t", "t.txt", "Headline\n\n" + _WRAPPED)
    assert len(article.text) == len("Headline\n\n" + _WRAPPED)
    assert [article.text[p.start : p.end].count("\n") for p in article.paragraphs] == [0] * 4


def test_a_short_wrapped_block_ending_a_sentence_is_joined_in_a_wrapped_text() -> None:
    # The second block's first line ends a sentence: alone it could be two one-line
    # paragraphs, but the text is wrapped at 76 and the next word would not have fit.
    text = _WRAPPED.replace(
        "\u201cWe counted",
        "\u201cThe parks department spent its whole reserve on a single bronze fountain.\n"
        "Nobody asked us,\u201d he added.\n\n\u201cWe counted",
    )
    article = make_article("t", "t.txt", "Headline\n\n" + text)
    assert len(article.paragraphs) == 5


def test_one_line_paragraphs_stay_apart_without_wrapping_elsewhere() -> None:
    text = "Headline\n\nThe parks department spent its reserve on one fountain.\nNobody asked.\n"
    assert len(make_article("t", "t.txt", text).paragraphs) == 3


def test_no_break_and_thin_spaces_read_as_spaces() -> None:
    body = (
        "The clinic\u2019s director, Dr.\u00a0Hesper Vantongeren, met the board.\n\n"
        "\u201cWe will open on Sundays,\u201d she said\u00a0\u2014\u2009and the room cheered.\n"
    )
    quotes = attributed(body)
    assert [q.speaker for q in quotes] == ["Hesper Vantongeren"]
    assert "\u00a0" not in make_article("t", "t.txt", body).text
