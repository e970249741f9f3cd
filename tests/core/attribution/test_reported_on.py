"""Issue 8, BBC missing speakers: reported speech running on into the next sentence.

BBC copy often reports a speaker's words, then carries on in the next sentence with no
cue of its own ("The foreign secretary said ... the "most important liberty". Law lords
were "simply wrong" to imply ..."). Such a quote is the same speaker's, at low
confidence, when the sentence before reported their words too and nobody else stands
in this one. After a direct quote the writer speaks again; a lone word is a term more
often than speech. Invented names and words.
"""

from __future__ import annotations

from tui.core.attribution import attribute_quotes
from tui.core.paragraphs import make_article
from tui.core.quotes import extract_quotes


def _who(body: str) -> list[tuple[str, str | None, str | None]]:
    article = make_article("t", "t.txt", "Headline of the day\n\n" + body)
    quotes = extract_quotes(article, first_id=1)
    attribute_quotes(article, quotes)
    return [(q.text, q.speaker, q.confidence) for q in quotes]


def test_reported_speech_running_on_keeps_its_speaker_at_low() -> None:
    body = (
        'Orrin Vestal, the harbour master, said the quay was "a fine piece of work" and'
        ' the town owed its builders a debt. The rival plans were "simply mistaken" in'
        " a waste of money."
    )
    assert _who(body)[1] == ("simply mistaken", "Orrin Vestal", "low")


def test_and_that_goes_on_with_the_same_speaker() -> None:
    body = (
        "He will tell the port board that Orrin Vestal was right. And that he wants to"
        ' build a "harbour fit for trawlers" before the winter.'
    )
    body = "Orrin Vestal will speak at the quay on Monday. " + body
    assert _who(body)[-1][1] == "Orrin Vestal"


def test_after_a_direct_quote_the_writer_speaks_again() -> None:
    body = (
        '"The quay is sound," said Orrin Vestal. Many towns now want a "smart harbour'
        ' of their own" built by the same firm.'
    )
    assert _who(body)[-1][1] is None


def test_someone_else_in_the_sentence_may_own_the_words() -> None:
    body = (
        'Orrin Vestal said the quay was "a fine piece of work" for the town. Worries'
        ' were raised by Ida Marsh about its "hidden costs overall" last week.'
    )
    assert _who(body)[-1][1] != "Orrin Vestal"


def test_a_lone_word_is_a_term_not_speech() -> None:
    body = (
        'Orrin Vestal said the quay was "a fine piece of work" for the town. Its'
        ' "smartness" drew visitors from far away.'
    )
    assert _who(body)[-1][1] is None
