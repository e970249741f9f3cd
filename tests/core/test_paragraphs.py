"""Paragraph splitting, headline detection, derived titles and captions."""

from __future__ import annotations

from tui.core.paragraphs import derive_title, make_article


def _paras(text: str) -> list[tuple[str, str]]:
    article = make_article("t", "t.txt", text)
    return [(article.paragraph_text(p.index), p.kind) for p in article.paragraphs]


def test_blank_line_paragraphs_with_stripped_spans() -> None:
    text = "  Headline here  \n\n  First para.  \n\n\n\tSecond para.\n"
    article = make_article("t", "t.txt", text)
    assert [article.paragraph_text(p.index) for p in article.paragraphs] == [
        "Headline here",
        "First para.",
        "Second para.",
    ]
    for p in article.paragraphs:
        assert p.index == article.paragraphs.index(p)
        assert not text[p.start].isspace() and not text[p.end - 1].isspace()


def test_one_paragraph_per_line() -> None:
    text = "Lede sentence one.\nSecond paragraph here.\nThird paragraph here."
    assert [t for t, _ in _paras(text)] == text.split("\n")


def test_hard_wrapped_block_is_joined() -> None:
    text = (
        "Title line\n\n"
        "This paragraph was wrapped at a fixed width by some old\n"
        "newswire system so every line is about the same length\n"
        "and only the last one ends the sentence.\n\n"
        "Next paragraph."
    )
    paras = _paras(text)
    assert len(paras) == 3
    assert paras[1][0].startswith("This paragraph was wrapped") and paras[1][0].endswith(
        "ends the sentence."
    )


def test_headline_title() -> None:
    article = make_article("t", "t.txt", "Ad sales boost Time Warner profit\n\nProfits rose 76%.")
    assert article.title == "Ad sales boost Time Warner profit"
    assert not article.title_derived
    assert article.paragraphs[0].kind == "title"


def test_lede_is_not_a_title_derived_instead() -> None:
    lede = (
        "When junior doctors went on strike in April, Gerard Coyne was there to back them "
        "and to speak at the rally."
    )
    article = make_article("t", "t.txt", lede + "\n\nMore text follows here.")
    assert article.title_derived
    assert article.paragraphs[0].kind == "body"
    assert article.title.endswith("…") and len(article.title) <= 81
    assert lede.startswith(article.title[:-1])
    assert not article.title[:-1].endswith(" ")


def test_derive_title_short_sentence_and_long_word() -> None:
    assert derive_title("Short lede here. Another sentence.") == "Short lede here"
    assert derive_title("x" * 200).endswith("…")
    assert len(derive_title("x" * 200)) == 81


def test_given_title_wins() -> None:
    article = make_article("t", "t.txt", "Some headline\n\nBody.", title="From JSON")
    assert article.title == "From JSON" and not article.title_derived
    # The first line is not that title: it is read like any other line.
    assert article.paragraphs[0].kind == "body"
    article = make_article("t", "t.txt", "Some  headline\n\nBody.", title="Some headline")
    assert article.title == "Some headline"
    assert article.paragraphs[0].kind == "title"


def test_single_line_article_keeps_body() -> None:
    article = make_article("t", "t.txt", "Only one line without a stop")
    assert [p.kind for p in article.paragraphs] == ["body"]
    assert article.title_derived and article.title == "Only one line without a stop"


def test_empty_text() -> None:
    article = make_article("empty", "e.txt", "")
    assert article.paragraphs == [] and article.title == "empty" and article.title_derived


def test_captions_and_credits() -> None:
    text = (
        "Union boss says rival is desperate\n\n"
        "Unite West Midlands regional secretary Gerard Coyne\n\n"
        "Mr Coyne spoke to reporters on Monday.\n\n"
        "Victoria Jones/PA Wire\n"
        "Len McCluskey\n\n"
        "Unite the Union leader Len McCluskey.\n"
        "Unite the Union leader Len McCluskey.\n\n"
        "Photo: Getty Images\n\n"
        "He said it was over.\n\n"
        "It rained.\n\n"
        "The end"
    )
    kinds = dict(_paras(text))
    assert kinds["Union boss says rival is desperate"] == "title"
    for caption in (
        "Unite West Midlands regional secretary Gerard Coyne",
        "Victoria Jones/PA Wire",
        "Len McCluskey",
        "Unite the Union leader Len McCluskey.",
        "Photo: Getty Images",
    ):
        assert kinds[caption] == "caption", caption
    # Real short body paragraphs, and a closing line, stay body text.
    for body in ("Mr Coyne spoke to reporters on Monday.", "It rained.", "The end"):
        assert kinds[body] == "body", body


def test_short_quoted_line_is_not_a_caption() -> None:
    kinds = dict(_paras('Headline\n\n"We will win"\n\nMore text here.'))
    assert kinds['"We will win"'] == "body"


def test_sentence_cut_short_by_a_lost_line_break_is_not_a_caption() -> None:
    text = (
        "Headline here\n\n"
        "The men's 800m went to form in Sheffield as\n\n"
        "Sam Ellis won the final.\n\n"
        "Drama - Featherboy\n\n"
        "The end."
    )
    kinds = dict(_paras(text))
    assert kinds["The men's 800m went to form in Sheffield as"] == "body"
    assert kinds["Drama - Featherboy"] == "caption"


def test_a_quote_open_at_a_line_end_runs_on_into_the_next_line() -> None:
    # one sentence a line, no blank lines: the quote's sentences are one paragraph,
    # its next paragraph (reopened with a mark) stays apart, as does what follows
    text = (
        "Ferry Fares Rise Again\n"
        "“We waited for years.\n"
        "We asked nicely, and nothing moved.\n"
        "“So now we vote.”\n"
        "The vote is on Friday.\n"
        "Don't expect 'magic' from it."
    )
    assert [t for t, _ in _paras(text)] == [
        "Ferry Fares Rise Again",
        "“We waited for years. We asked nicely, and nothing moved.",
        "“So now we vote.”",
        "The vote is on Friday.",
        "Don't expect 'magic' from it.",
    ]


def test_a_paragraph_initial_dialogue_dash_is_left_out() -> None:
    text = "Title line\n\n— “We vote on Friday,” she said.\n\n– Not a quote follows."
    assert [t for t, _ in _paras(text)] == [
        "Title line",
        "“We vote on Friday,” she said.",
        "– Not a quote follows.",
    ]
