"""A capitalised word before a noun that speaks only says which one: in "Tarrow's
Republican governor", "a Velmark spokesman" or "Quill majority leader" the speaker is
the governor, the spokesman, the leader, never "Republican", "Velmark" or "Quill"
(issue 8, label shapes; invented names)."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed
from tui.core.attribution.context import ArticleContext
from tui.core.paragraphs import make_article
from tui.core.quotes import extract_quotes


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (  # the office the article ties to a person after the quote
            "Tarrow's Republican governor on Monday sent troops north, saying the towns "
            'were "outnumbered and outrun." \n\nGov. Edvin Solberg, speaking at the '
            'capitol, said more would follow. "We act now," Solberg said.',
            "Edvin Solberg",
        ),
        (  # a body's title before its holder, named earlier
            "Quill Majority Leader Odile Brannock met donors. \n\nQuill majority leader "
            'says he would not hold a vote "until something changes" this week.',
            "Odile Brannock",
        ),
    ],
)
def test_the_noun_after_a_capitalised_word_is_the_speaker(body: str, speaker: str) -> None:
    q = attributed(body)[0]
    assert q.speaker == speaker


def test_an_unnamed_source_keeps_its_body_word() -> None:
    quotes = attributed(
        "The Velmark party released its plans on Tuesday. A Velmark spokesman said the "
        'plans were "fully costed and ready."'
    )
    assert quotes[0].speaker == "a Velmark spokesman"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (  # a title right before the person it names
            "Gala host and comedian Brisk Talloway said award shows were "
            '"idiotic and far too long for anyone."',
            "Brisk Talloway",
        ),
        (  # a body with its kind noun after its name is the body
            'Pellam news agency said the talks had "stalled for good."',
            "Pellam",
        ),
    ],
)
def test_a_title_before_a_name_or_a_kind_noun_keeps_the_name(body: str, speaker: str) -> None:
    assert attributed(body)[0].speaker == speaker


def test_a_name_after_an_indefinite_article_names_a_thing_not_a_speaker() -> None:
    text = (
        "Headline\n\nNear the end, a man in a Tollbridge Owls jersey stood up and asked "
        'Venn whether she would vote no.\n\n"I will read every page of it," she said.'
    )
    article = make_article("t", "t.txt", text)
    ctx = ArticleContext(article, extract_quotes(article))
    words = [c.words for c in ctx.candidates(0, text.index("Venn") + 4)]
    assert "Tollbridge Owls" not in words
    assert "Venn" in words


def test_a_body_office_named_by_a_place_speaks_as_that_office() -> None:
    quotes = attributed(
        "Tillage Border Enforcement (TBE) lodged a request in May.\n\nTBE's Marlow field "
        'office said in a statement that it had "warned the town repeatedly."'
    )
    # (the office as the article names it, not the place "Marlow": tests/core/gold/README.md)
    assert quotes[-1].speaker == "TBE's Marlow field office"
