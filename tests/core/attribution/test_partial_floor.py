"""Issue 8: a partial quote's speaker holds the floor. "..., the arranger Ida Roe, who
described him as "a lighthouse". "Q," he said": the one who spoke the partial quote,
named in a voice of her own, is a speaker of that sentence (as a direct quote's is),
not just a name in it, so the next "he"/"she" weighs her as the last voice. Inside
another speaker's report ("Roe denied Vance said the plans "stink". He also said")
the partial's speaker stays a name in Roe's report. Invented names and words.
"""

from __future__ import annotations

from tui.core.attribution import attribute_quotes
from tui.core.attribution.context import ArticleContext
from tui.core.attribution.salience import PronounResolver
from tui.core.paragraphs import make_article
from tui.core.quotes import extract_quotes

_TRIBUTE = (
    "Corwin Haldane died on Sunday aged 80. Among the tributes that poured in when "
    "Haldane died was one from his friend, the arranger Tobias Welk, who described him "
    'as a "lighthouse for every young player". "No one ever sang a ballad the way he '
    'did," he said.'
)

_REPORT = (
    "Senior figures included Piers Ashworth and Dalton Crewe. But Mr Ashworth denied "
    'Mr Crewe, his housing spokesman, said the plans "stink". He also said he was '
    'confident the party would "hold together when the vote comes".'
)


def _roles(body: str, opening: str) -> dict[str, str]:
    """The people of the sentence opening with ``opening``, each with its role."""
    article = make_article("t", "t.txt", "Headline\n\n" + body)
    quotes = extract_quotes(article)
    attribute_quotes(article, quotes)
    ctx = ArticleContext(article, quotes)
    pos = ctx.text.index(opening)
    lo, hi = ctx.sentence_span(ctx.para_of(pos), pos)
    return {m.name: m.role for m in PronounResolver(ctx)._read_sentence(lo, hi) if m.name}


def test_a_partial_quotes_speaker_holds_the_floor() -> None:
    assert _roles(_TRIBUTE, "Among the tributes")["Tobias Welk"] == "speaker"


def test_a_partial_inside_anothers_report_leaves_the_floor() -> None:
    roles = _roles(_REPORT, "But Mr Ashworth")
    assert roles["Piers Ashworth"] == "speaker"
    assert roles["Dalton Crewe"] != "speaker"
