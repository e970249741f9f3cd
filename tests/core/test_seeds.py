"""Ground truth on the three seed articles, through the whole load_corpus pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui import Corpus, Quote, load_corpus

COYNE = "Gerard Coyne"
MCCLUSKEY = "Len McCluskey"


@pytest.fixture(scope="module")
def corpus(seeds_dir: Path) -> Corpus:
    return load_corpus([seeds_dir])


def _article(corpus: Corpus, prefix: str):
    return next(a for a in corpus.articles if a.id.startswith(prefix))


def _quotes(corpus: Corpus, prefix: str) -> list[Quote]:
    return corpus.quotes_in(_article(corpus, prefix).id)


def _find(corpus: Corpus, prefix: str, words: str) -> Quote:
    found = [q for q in _quotes(corpus, prefix) if q.text.startswith(words)]
    assert len(found) == 1, [q.text[:40] for q in _quotes(corpus, prefix)]
    return found[0]


def test_three_articles_no_problems(corpus: Corpus) -> None:
    assert len(corpus.articles) == 3
    assert corpus.problems == []


def test_every_non_scare_quote_is_coyne_except_two(corpus: Corpus) -> None:
    by_speaker = {}
    for q in corpus.quotes:
        if q.kind != "scare":
            by_speaker.setdefault(q.speaker, []).append(q.text)
    assert set(by_speaker) == {COYNE, MCCLUSKEY}
    mcc = sorted(t[:30] for t in by_speaker[MCCLUSKEY])
    assert mcc == ["I made it absolutely clear fro", "not to offer a positive vision"]
    assert len(by_speaker[COYNE]) == 9


def test_scare_quotes_have_no_speaker(corpus: Corpus) -> None:
    scare = [q for q in corpus.quotes if q.kind == "scare"]
    assert sorted(q.text for q in scare) == ["moderates", "moderates", "true socialist"]
    assert all(q.article.startswith("000") for q in scare)
    assert all(q.speaker is None and q.cue is None for q in scare)


def test_multi_paragraph_quotes_are_one_quote(corpus: Corpus) -> None:
    def spans(prefix: str) -> list[int]:
        return sorted(q.last_paragraph - q.paragraph + 1 for q in _quotes(corpus, prefix))

    assert spans("001").count(6) == 1
    assert spans("001").count(4) == 1
    assert [n for n in spans("002") if n > 1] == [2, 3]
    six = next(q for q in _quotes(corpus, "001") if q.last_paragraph - q.paragraph == 5)
    lines = six.text.split("\n")
    assert len(lines) == 6
    assert lines[1] == "I always knew that would be the case."
    assert not any(line.startswith(("“", '"')) for line in lines)
    assert six.speaker == COYNE and six.speaker_mention == "Mr Coyne" and six.cue == "said"


def test_quote_offsets_span_the_marks(corpus: Corpus) -> None:
    for q in corpus.quotes:
        text = corpus.article(q.article).text
        assert text[q.start] in "“\"'‘"
        assert text[q.end - 1] in "”\"'’"
        assert q.text.split("\n")[0] in text[q.start : q.end]


def test_four_paragraph_quote_continues_previous_cue(corpus: Corpus) -> None:
    q = _find(corpus, "001", "We have enormous challenges")
    assert q.last_paragraph - q.paragraph == 3
    assert q.speaker == COYNE
    assert q.speaker_mention == "Mr Coyne"
    assert q.cue == "told"


def test_pronoun_after_statement_is_mccluskey_not_watson(corpus: Corpus) -> None:
    q = _find(corpus, "000", "I made it absolutely clear")
    assert (q.speaker, q.speaker_mention, q.cue, q.kind) == (MCCLUSKEY, "He", "saying", "direct")


def test_pronoun_telling_them_is_coyne(corpus: Corpus) -> None:
    q = _find(corpus, "000", "You are the very life blood")
    assert (q.speaker, q.speaker_mention, q.cue) == (COYNE, "He", "telling")


def test_degree_of_pressure_is_a_partial_quote_by_coyne(corpus: Corpus) -> None:
    q = _find(corpus, "001", "a degree of pressure")
    assert (q.kind, q.speaker, q.speaker_mention, q.cue) == ("partial", COYNE, "He", "said")


def test_copeland_quote_saying_continues_subject(corpus: Corpus) -> None:
    q = _find(corpus, "001", "The Copeland meltdown is at Len McCluskey’s door.")
    assert (q.speaker, q.speaker_mention, q.cue) == (COYNE, "Mr Coyne", "saying")


def test_mccluskey_partial_claimed(corpus: Corpus) -> None:
    q = _find(corpus, "001", "not to offer a positive vision")
    assert (q.kind, q.speaker, q.speaker_mention, q.cue) == (
        "partial",
        MCCLUSKEY,
        "Mr McCluskey",
        "claimed",
    )


def test_desperate_quotes_are_coynes(corpus: Corpus) -> None:
    headline = _find(corpus, "002", "desperate to save his job")
    assert headline.paragraph == 0
    assert (headline.kind, headline.speaker, headline.cue) == ("partial", COYNE, "says")
    single = next(q for q in _quotes(corpus, "002") if q.text == "desperate")
    assert (single.kind, single.speaker, single.cue) == ("partial", COYNE, "claimed")


def test_apostrophes_are_not_quotes(corpus: Corpus) -> None:
    for q in corpus.quotes:
        assert not q.text.startswith(("s ", "t ", "ll "))
    q = _find(corpus, "002", "Len McCluskey's remarks")
    assert "Len McCluskey's remarks tell you nothing about me" in q.text


def test_titles_and_captions(corpus: Corpus) -> None:
    a0, a1, a2 = (_article(corpus, p) for p in ("000", "001", "002"))
    assert a0.title_derived and a1.title_derived and not a2.title_derived
    assert a0.title.startswith("When junior doctors went on strike")
    assert len(a0.title) <= 81 and a1.title.endswith("…")
    assert a2.title == (
        "Unite challenger Gerard Coyne says Len McCluskey is 'desperate to save his job'"
    )
    assert a2.paragraphs[0].kind == "title"
    assert a0.paragraphs[0].kind == "body" and a1.paragraphs[0].kind == "body"
    captions = {
        a.paragraph_text(p.index) for a in (a0, a1, a2) for p in a.paragraphs if p.kind == "caption"
    }
    assert captions == {
        "Unite the Union leader Len McCluskey.",
        "Unite West Midlands regional secretary Gerard Coyne",
        "Victoria Jones/PA Wire",
        "Len McCluskey",
    }
    for a in (a0, a1):
        assert sum(p.kind == "caption" for p in a.paragraphs) == 2


def test_speakers_merged_across_articles(corpus: Corpus) -> None:
    names = [s.name for s in corpus.speakers]
    assert names == [COYNE, MCCLUSKEY]
    coyne = corpus.speaker("Mr Coyne")
    assert coyne is not None and coyne.name == COYNE
    assert coyne.is_person and "Mr Coyne" in coyne.aliases
    assert sorted(coyne.articles) == sorted(a.id for a in corpus.articles)
    assert coyne.quote_count == 9
    words = sum(len(q.text.split()) for q in corpus.quotes if q.speaker == COYNE)
    assert coyne.word_count == words
    mcc = corpus.speaker(MCCLUSKEY)
    assert mcc is not None and mcc.quote_count == 2 and "Mr McCluskey" in mcc.aliases
