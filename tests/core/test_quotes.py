"""Quote extraction: marks, apostrophes, multi-paragraph quotes, kinds, hostile input."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.model import Article, Quote
from tui.core.paragraphs import make_article
from tui.core.quotes import extract_quotes


def _quotes(text: str, first_id: int = 0) -> tuple[Article, list[Quote]]:
    article = make_article("t", "t.txt", text)
    return article, extract_quotes(article, first_id)


def _texts(text: str) -> list[str]:
    return [q.text for q in _quotes(text)[1]]


def _check_invariants(article: Article, quotes: list[Quote]) -> None:
    """Offsets inside the text, in order, never overlapping, paragraphs consistent."""
    text = article.text
    end = 0
    for q in quotes:
        assert 0 <= end <= q.start < q.end <= len(text)
        end = q.end
        assert q.text and q.text == q.text.strip()
        first, last = article.paragraphs[q.paragraph], article.paragraphs[q.last_paragraph]
        assert first.start <= q.start and q.end <= last.end
        assert q.paragraph <= q.last_paragraph
        for i in range(q.paragraph + 1, q.last_paragraph + 1):
            # A quote only runs on into a paragraph that opens with a mark.
            assert text[article.paragraphs[i].start] in "“\"'‘«„`"
        assert len(q.text.split("\n")) <= q.last_paragraph - q.paragraph + 1


def test_curly_straight_single_and_doubled_marks() -> None:
    assert _texts("He said “curly one” today.") == ["curly one"]
    assert _texts('He said "straight one" today.') == ["straight one"]
    assert _texts("He said ‘single curly’ today.") == ["single curly"]
    assert _texts("He said 'single straight' today.") == ["single straight"]
    assert _texts("''We are happy,'' said the coach.") == ["We are happy,"]
    assert _texts("``Tex style,'' he wrote.") == ["Tex style,"]


def test_offsets_cover_marks() -> None:
    article, quotes = _quotes('Mr Smith said: "We will win." Then he left.')
    (q,) = quotes
    assert article.text[q.start : q.end] == '"We will win."'
    assert (q.paragraph, q.last_paragraph, q.kind) == (0, 0, "direct")


def test_ids_start_at_first_id() -> None:
    _, quotes = _quotes('"One," he said. "Two," she said.', first_id=41)
    assert [q.id for q in quotes] == [41, 42]
    assert all(q.article == "t" for q in quotes)


def test_apostrophes_are_not_quote_marks() -> None:
    text = "It's Len McCluskey's call, and members’ jobs matter in the ’90s, rock 'n' roll."
    assert _texts(text) == []
    assert _texts("The union's leader said the workers' pay was 'a disgrace' and it's wrong.") == [
        "a disgrace"
    ]


def test_plural_possessive_inside_single_quote() -> None:
    assert _texts("He called it ‘the members’ money, not ours’ in a speech.") == [
        "the members’ money, not ours"
    ]


def test_unclosed_single_mark_is_an_apostrophe_and_does_not_hide_later_quotes() -> None:
    text = 'Fans of \'em say the side was "superb" on the night.'
    assert _texts(text) == ["superb"]


def test_nested_quotes_stay_inside_outer_quote() -> None:
    assert _texts("He said: “They told me ‘no’ twice.” Then he left.") == [
        "They told me ‘no’ twice."
    ]
    assert _texts("The headline read 'He said \"never\" again' yesterday.") == [
        'He said "never" again'
    ]


def test_multi_paragraph_quote_is_one_quote() -> None:
    text = (
        "Mr Smith said: “First part of it.\n\n"
        "“Second part.\n\n"
        "“Third and last part.”\n\n"
        "After that, nothing."
    )
    article, quotes = _quotes(text)
    (q,) = quotes
    assert (q.paragraph, q.last_paragraph) == (0, 2)
    assert q.text == "First part of it.\nSecond part.\nThird and last part."
    assert article.text[q.start] == "“" and article.text[q.end - 1] == "”"
    assert q.end == article.paragraphs[2].end


def test_multi_paragraph_straight_quotes() -> None:
    text = 'She said: "One.\n\n"Two.\n\n"Three."\n\n"A new quote," she added.'
    _, quotes = _quotes(text)
    assert [q.text for q in quotes] == ["One.\nTwo.\nThree.", "A new quote,"]
    assert [(q.paragraph, q.last_paragraph) for q in quotes] == [(0, 2), (3, 3)]


def test_unclosed_quote_stops_at_paragraph_end_without_continuation() -> None:
    text = "He said: “This never closes.\n\nThe next paragraph is plain text.\n\n“Fresh,” he said."
    article, quotes = _quotes(text)
    assert [q.text for q in quotes] == ["This never closes.", "Fresh,"]
    assert quotes[0].end == article.paragraphs[0].end
    assert quotes[0].last_paragraph == 0


def test_continuation_does_not_cross_a_caption() -> None:
    text = "He said: “Open quote.\n\nVictoria Jones/PA Wire\n\n“Another one.”"
    article, quotes = _quotes(text)
    assert article.paragraphs[1].kind == "caption"
    assert [(q.paragraph, q.last_paragraph) for q in quotes] == [(0, 0), (2, 2)]


def test_lost_paragraph_break_inside_paragraph_splits_quotes() -> None:
    text = '"We lost. "It hurts a lot," he said. "We go again."'
    assert _texts(text) == ["We lost.", "It hurts a lot,", "We go again."]


def test_mid_paragraph_open_and_close() -> None:
    text = 'Prices rose. "It is bad," said Mr Jones, of the bank. "Very bad." Shares fell.'
    assert _texts(text) == ["It is bad,", "Very bad."]


def test_kinds_direct_and_partial() -> None:
    _, quotes = _quotes(
        'He said: "We are ready." Analysts called the plan "a bold move" on Monday. '
        '"Yes," he added, "absolutely."'
    )
    assert [(q.text, q.kind) for q in quotes] == [
        ("We are ready.", "direct"),
        ("a bold move", "partial"),
        ("Yes,", "direct"),
        ("absolutely.", "partial"),
    ]


def test_captions_are_ignored_title_is_read() -> None:
    text = "Coyne says rival is 'desperate'\n\nLen McCluskey\n\nHe called him “desperate”."
    article, quotes = _quotes(text)
    assert [p.kind for p in article.paragraphs] == ["title", "caption", "body"]
    assert [(q.text, q.paragraph) for q in quotes] == [("desperate", 0), ("desperate", 2)]


def test_empty_marks_make_no_quote() -> None:
    assert _texts('He said "" and “ ” then left.') == []


def test_hostile_inputs_stay_linear_and_valid() -> None:
    cases = [
        "He said “ " * 10_000,
        'a "b ' * 10_000,
        '"a' * 50_000,
        "'a " * 50_000,
        "“‘\"'a ” ’ ' \" " * 5_000,
        "\n\n".join(["“open quote"] * 5_000),
        ("Mr Smith said: “We are fine,” he added. It's Labour’s. " * 20_000),
    ]
    for text in cases:
        article, quotes = _quotes(text)
        _check_invariants(article, quotes)
    _, many = _quotes("He said “ " * 10_000)
    assert len(many) == 9_999  # each unclosed opener ends where the next begins


def test_five_megabyte_single_line() -> None:
    line = ('Officials said "things are fine" and it\'s true. ' * 110_000)[:5_000_000]
    article, quotes = _quotes(line)
    assert len(article.paragraphs) == 1
    assert len(quotes) > 100_000
    _check_invariants(article, quotes)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab “”‘’\"'\n.,:", max_size=300))
def test_random_text_invariants(text: str) -> None:
    article, quotes = _quotes(text)
    _check_invariants(article, quotes)


def test_whole_sentence_without_colon_is_direct() -> None:
    _, quotes = _quotes('He said "We will win this." and left. She called it "quite good".')
    assert [(q.text, q.kind) for q in quotes] == [
        ("We will win this.", "direct"),
        ("quite good", "partial"),
    ]


def test_guillemets_and_low_opening_marks() -> None:
    assert _texts("Il a dit «Nous gagnerons» hier.") == ["Nous gagnerons"]
    assert _texts("Er sagte „Wir gewinnen“ gestern.") == ["Wir gewinnen"]


def test_line_breaks_of_hard_wrapped_text_become_spaces_in_the_quote_text() -> None:
    text = (
        "Title here\n\n"
        "The minister spoke to reporters outside the building on Tuesday and said:\n"
        '"This is a wrapped quote that goes on for a while, as wrapped text does in\n'
        'old archives, and it keeps going," before walking off into the cold night.\n'
    )
    article = make_article("w.txt", "w.txt", text)
    (quote,) = extract_quotes(article)
    assert quote.text == (
        "This is a wrapped quote that goes on for a while, as wrapped text does in "
        "old archives, and it keeps going,"
    )
    assert article.text[quote.start] == '"' and article.text[quote.end - 1] == '"'


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.kind) for q in _quotes(text)[1]]


def test_titles_of_works_are_their_own_kind() -> None:
    text = (
        "Dara Quill, the host, said on “Sunday Table.” that the vote was close. "
        "His album “Blue Skies” sold well, and the film 'Harbour Lights' opens soon. "
        "She starred in “The Long Road” and appeared on the “Morning Brew” show. "
        "A documentary called “No More Mr Bland” airs next week. "
        "The party fought under the slogan “Say no to Brindle”."
    )
    assert _kinds(text) == [
        ("Sunday Table.", "title"),
        ("Blue Skies", "title"),
        ("Harbour Lights", "title"),
        ("The Long Road", "title"),
        ("Morning Brew", "title"),
        ("No More Mr Bland", "title"),
        ("Say no to Brindle", "title"),
    ]


def test_quotes_next_to_work_words_stay_quotes() -> None:
    text = (
        "He told the programme: “We will win the vote.” "
        "He told the show “I never signed the papers.” "
        "Critics said the film “was a muddle” and the album “lacks any spark”. "
        "“Tremendous,” the film's director said on Monday."
    )
    assert _kinds(text) == [
        ("We will win the vote.", "direct"),
        ("I never signed the papers.", "direct"),
        ("was a muddle", "partial"),
        ("lacks any spark", "partial"),
        ("Tremendous,", "direct"),
    ]


def test_capitalised_words_opening_a_headline_are_not_a_title() -> None:
    assert _kinds("'Comeback' show for Quill\n\nQuill returns.")[0][1] != "title"


def test_straight_quote_inside_curly_quote_does_not_end_it() -> None:
    text = 'Pell Varga said: “They told me "never again" and I believed them.” Then he left.'
    article, quotes = _quotes(text)
    (q,) = quotes
    assert q.text == 'They told me "never again" and I believed them.'
    assert article.text[q.end - 1] == "”"
    # A source mixing “ and " still closes the quote at the straight mark.
    assert _texts('“We won," said Varga. “It was close," he added.') == ["We won,", "It was close,"]


def test_quoted_transcript_is_split_by_turn() -> None:
    text = (
        "The record shows: “MS. LEE: Did you sign the order? MR. ORTIZ: I did not. "
        "MS. LEE: Who did?” The hearing went on."
    )
    article, quotes = _quotes(text)
    assert [(q.text, q.speaker_mention) for q in quotes] == [
        ("Did you sign the order?", "Ms. Lee"),
        ("I did not.", "Mr. Ortiz"),
        ("Who did?", "Ms. Lee"),
    ]
    assert article.text[quotes[0].start] == "“" and article.text[quotes[-1].end - 1] == "”"
    _check_invariants(article, quotes)


def test_one_capitalised_word_and_colon_is_not_a_transcript() -> None:
    assert _texts("He wrote: “NATO: a new era begins.”") == ["NATO: a new era begins."]


_PIECES = ["MR. ", "LEE", "ORTIZ", ": ", "“", "”", '"', "a ", ". ", "\n\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_random_transcripts_keep_the_invariants(text: str) -> None:
    article, quotes = _quotes(text)
    _check_invariants(article, quotes)


def test_transcript_turns_end_in_their_own_paragraphs() -> None:
    # Found by Hypothesis: the last turn's closing mark alone in the next paragraph.
    article, quotes = _quotes("“MR. LEE: MR. \n\n“")
    (q,) = quotes
    assert (q.text, q.speaker_mention, q.paragraph, q.last_paragraph) == ("MR.", "Mr. Lee", 0, 1)
    _check_invariants(article, quotes)
    # A turn that runs to its paragraph's end stops there, before the next label's mark.
    article, quotes = _quotes("“MS. LEE: We agree\n\n“MR. ORTIZ: We do not.”")
    assert [(q.text, q.speaker_mention, q.last_paragraph) for q in quotes] == [
        ("We agree", "Ms. Lee", 0),
        ("We do not.", "Mr. Ortiz", 1),
    ]
    assert article.text[quotes[0].start : quotes[0].end] == "“MS. LEE: We agree"
    _check_invariants(article, quotes)


# Marks, apostrophes between word characters and not, letters of several scripts,
# digits, spaces: what the mark scan's lookbehind reads.
_MARK_PIECES = [*"\"“”„«»'‘’`", "a", "é", "_", "7", " ", "\n", "''", "it's", "Coyne’s"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_MARK_PIECES), max_size=30).map("".join),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_mark_scan_finds_what_the_one_class_finds(text: str, lo: int, hi: int) -> None:
    # The per-mark scans (_marks) give _MARK's matches, in order, for any window
    # (a lookbehind reads before ``lo``, a lookahead stops at ``hi``).
    from tui.core.quotes import _MARK, _marks

    def spans(ms: list[re.Match[str]]) -> list[tuple[int, int, str]]:
        return [(m.start(), m.end(), m.group()) for m in ms]

    assert spans(_marks(text, lo, hi)) == spans(list(_MARK.finditer(text, lo, hi)))


def test_mark_scan_on_the_seeds() -> None:
    from tui.core.quotes import _MARK, _marks

    seeds = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
    assert seeds
    for f in seeds:
        text = f.read_text(encoding="utf-8")
        for lo, hi in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):
            new = [(m.start(), m.group()) for m in _marks(text, lo, hi)]
            assert new == [(m.start(), m.group()) for m in _MARK.finditer(text, lo, hi)]


def test_a_straight_mark_glued_to_the_word_before_opens_a_quote() -> None:
    # A space lost in the source: `of"squabbling`, closed later in the paragraph.
    text = 'Tobin Marsh accused the council of"squabbling like children". Others agreed.'
    assert _texts(text) == ["squabbling like children"]


def test_a_glued_mark_without_a_later_close_opens_nothing() -> None:
    assert _texts('The council of"squabbling ended in May.') == []


def test_a_glued_closing_mark_still_closes() -> None:
    assert _texts('Ivo Marsh called it "weak"and left. Others stayed.') == ["weak"]
