"""Text saved from a news web page keeps the page's own lines between paragraphs
("Story continues below advertisement", "CLICK HERE TO GET THE APP", "RELATED: ...").
They are no part of the story: their capital word must not become a speaker. Invented
names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed
from tui.core.paragraphs import make_article


def test_an_ad_slot_line_names_no_one() -> None:
    body = (
        "The Tarrow Guild opposed the levy from the start.\n\n"
        "Story continues below advertisement\n\n"
        "After the vote, the guild posted a note online, saying it was "
        "\u201cweighing every option.\u201d"
    )
    assert attributed(body)[-1].speaker != "Story"


def test_page_prompts_and_links_are_not_body() -> None:
    lines = (
        "Story continues below advertisement",
        "CLICK HERE TO GET THE QUILLBY NEWS APP",
        "SIGN UP FOR OUR MORNING LETTER",
        "RELATED: Marrowby council weighs a ferry levy",
        "Read more: How the ferry levy would work",
        "Related Coverage",
    )
    text = "Headline\n\nMarla Oyen spoke first.\n\n" + "\n\n".join(lines) + "\n\nShe left."
    article = make_article("t", "t.txt", text)
    kinds = {text[p.start : p.end]: p.kind for p in article.paragraphs}
    assert all(kinds[line] == "caption" for line in lines), kinds
    assert kinds["Marla Oyen spoke first."] == "body"
