"""A capitalised word is no speaker when it only says which one: the headline's
Title-Case adjective ("Latest Varnex browser gets vocal") is no part of a name, and
the body or field before a title and a person ("Steel analyst Peter Fishwick",
"Varnex spokeswoman Berit Hanlon") never stands for that person (issue 8; invented
names)."""

from __future__ import annotations

import pytest

from tui.core.attribution import attribute_quotes
from tui.core.model import Quote
from tui.core.paragraphs import make_article
from tui.core.quotes import extract_quotes


def _attributed(text: str) -> list[Quote]:
    """The quotes of ``text``, whose first line is its own headline."""
    article = make_article("t", "t.txt", text)
    quotes = extract_quotes(article)
    attribute_quotes(article, quotes)
    return quotes


def test_a_headline_s_title_case_adjective_is_no_first_name() -> None:
    quotes = _attributed(
        "Latest Varnex browser gets vocal\n\nNet browser Varnex 8.0 will read pages "
        "aloud. The latest version is out in May. "
        '"Our mission was always to serve everyone," said Varnex spokeswoman, Berit Hanlon.'
    )
    assert quotes[-1].speaker == "Berit Hanlon"


@pytest.mark.parametrize(
    "body",
    [
        (  # the field is also the last word of a firm named before
            "Ore prices soar\n\nJapan's Tillco Steel slid after it agreed to pay more.\n\n"
            "Analysts had expected Tillco to agree. Steel analyst Peter Fishwick, director "
            'of a consulting group, said the rise was "uncharted territory", adding that '
            'the industry "has not seen an increase like it in 50 years".'
        ),
        (  # the band a singer was in, named in full before
            "Tributes pour in\n\nThe band Tillage Grove split in 1970.\n\nFormer Tillage "
            "Grove singer Peter Fishwick, who sang on their hits, said Roe was a hero. "
            '"My own writing was influenced by him," he said.'
        ),
    ],
)
def test_the_word_before_a_title_and_a_person_is_no_speaker(body: str) -> None:
    assert _attributed(body)[-1].speaker == "Peter Fishwick"
