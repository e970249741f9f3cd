"""Issue 8: "he"/"she" to the article's main person and to people described.

The main person of an obituary or a profile is the headline's person the first body
sentence opens with, or the one the body names most, even when the article ties them
to a role ("a Marrowby Liberal"); a "he" paragraphs later, after others spoke, is theirs
(a guess, low confidence). A description set after a name (", now a harbor engineer")
or before it with a relative clause and a glued head ("A township road-commissioner
who backed him, Ada Roe, said") is that named person, not someone new; an unnamed
speaker whose gender nothing tells yields to the main person of the pronoun's gender.
Invented articles and names.
"""

from __future__ import annotations

from tui.core.attribution import attribute_quotes
from tui.core.attribution.context import ArticleContext
from tui.core.attribution.salience import Choice
from tui.core.model import Quote
from tui.core.paragraphs import make_article
from tui.core.quotes import extract_quotes

_OBITUARY = (
    "Osgood Varnell-Pike, Marrowby mayor who rebuilt the harbor, dies at 90\n\n"
    "Osgood Varnell-Pike, a Marrowby Liberal who served four terms as mayor, died "
    "Friday at his home. He was 90.\n\n"
    "His son, Tobin Varnell-Pike, confirmed the death.\n\n"
    "In office, he fought the shipping board for a decade.\n\n"
)
_PROFILE = (
    "A welder runs for the senate\n\n"
    "Dace Holloran-Vey, 52, a former welder, is the front-runner for the Senate seat. "
    "Mr. Holloran-Vey has never held office. Mr. Holloran-Vey leads his rival, Ines "
    "Morrow, in the polls, and Mr. Holloran-Vey is raising money.\n\n"
    "“He is real. The question is whether real survives a debate,” said a party "
    "strategist who spoke on the condition of anonymity.\n\n"
)


def _article(text: str) -> tuple[ArticleContext, list[Quote]]:
    article = make_article("t", "t.txt", text)
    quotes = extract_quotes(article)
    return ArticleContext(article, quotes), quotes


def _attributed(text: str) -> list[Quote]:
    article = make_article("t", "t.txt", text)
    quotes = extract_quotes(article)
    attribute_quotes(article, quotes)
    return [q for q in quotes if q.kind == "direct"]


def test_the_headline_person_the_lede_opens_with_is_the_main_person() -> None:
    ctx, _ = _article(_OBITUARY)
    assert ctx.names.main_person(len(ctx.text)) == "Osgood Varnell-Pike"


def test_a_headline_naming_someone_else_makes_no_main_person() -> None:
    ctx, _ = _article("Harbor board meets\n\n" + _OBITUARY.split("\n\n", 1)[1])
    assert ctx.names.main_person(len(ctx.text)) is None


def test_a_he_after_others_spoke_is_the_main_person() -> None:
    quotes = _attributed(
        _OBITUARY + "“He would argue with a lighthouse,” said Wilhelmina Strade, now a "
        "harbor engineer in the city. “He usually won.”\n\n"
        "His daughter said that he painted boats until the end. Then, she said, he put "
        "down the brush.\n\n"
        "“It is a good harbor,” he said. “Keep it.”\n"
    )
    assert quotes[0].speaker == "Wilhelmina Strade"
    assert (quotes[-2].speaker, quotes[-2].confidence) == ("Osgood Varnell-Pike", "low")


def test_a_description_after_a_name_and_a_word_of_time_is_that_person() -> None:
    ctx, _ = _article(
        "Headline\n\n“The marsh is shrinking,” said Wilhelmina Strade, now a soil "
        "scientist with the county.\n"
    )
    lo = ctx.text.index("“")
    names = [m.name for m in ctx._salience._read_sentence(lo, len(ctx.text))]
    assert names == ["Wilhelmina Strade"]


def test_a_long_description_with_a_glued_head_then_a_name_is_that_person() -> None:
    quotes = _attributed(
        "Rollo Denk wins the county\n\n"
        "Rollo Denk has been the clerk of Ossory County for years. A township "
        "judge-advocate who has backed him, Corvin Aske, said the county liked him.\n\n"
        "“Everybody knows who fixes the roads,” he said.\n"
    )
    assert quotes[-1].speaker == "Corvin Aske"


def test_an_unnamed_speaker_of_no_known_gender_yields_to_the_main_person() -> None:
    ctx, _ = _article(_PROFILE + "At the hall, he spoke for ten minutes.\n")
    pos = ctx.text.index("he spoke")
    resolver = ctx._salience
    label = Choice("a party strategist", "low", "speaker")
    chosen = resolver._lead_instead(label, "m", pos, {"a party strategist"})
    assert chosen == Choice("Dace Holloran-Vey", "low", "lead")
    man = Choice("a local businessman", "low", "speaker")
    assert resolver._lead_instead(man, "m", pos, {"a local businessman"}) == man


def test_a_he_after_an_unnamed_speaker_goes_on_with_the_main_person() -> None:
    quotes = _attributed(
        _PROFILE + "At the hall, he spoke for ten minutes without notes.\n\n"
        "“My father built ships here,” he told the crowd.\n"
    )
    assert quotes[-1].speaker == "Dace Holloran-Vey"
    assert quotes[-1].confidence != "high"


def test_an_unnamed_speaker_stays_when_the_main_person_is_of_the_other_gender() -> None:
    quotes = _attributed(
        _PROFILE.replace("Mr.", "Ms.").replace(" his ", " her ")
        + "“Ask the people at the dock,” he said.\n"
    )
    assert (quotes[-1].speaker or "").startswith("a party strategist")


def test_a_name_ending_in_jr_is_counted_as_its_surname() -> None:
    ctx, _ = _article(
        "Harbor vote nears\n\n"
        "Tavish Brennock Jr., a ferry captain, wants the harbor seat. Mr. Brennock has "
        "raised money. Critics doubt Mr. Brennock, and Mr. Brennock knows it.\n"
    )
    assert ctx.names.main_person(len(ctx.text)) == "Tavish Brennock Jr."
