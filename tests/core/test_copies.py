"""Copies of articles and quotes that ran in several articles, on real files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.corpus import load_corpus
from tui.core.groups import group_quotes
from tui.core.model import Quote

STORY = (
    "Council backs new bridge\n\n"
    "The council voted on Monday to build a new bridge over the river.\n\n"
    "“This bridge will change the town for a generation,” said Mayor Ann Lee.\n\n"
    "Opposition councillor Tom Hart said: “We will hold the council to every penny.”\n\n"
    "Work is due to start next spring."
)


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_identical_articles_load_once_with_the_other_paths(tmp_path: Path) -> None:
    _write(tmp_path / "a" / "story.txt", STORY)
    # The same words re-wrapped, with straight quotes' spacing and a tag left in.
    rewrapped = STORY.replace("over the river.", "over\nthe  river.<br>")
    _write(tmp_path / "b" / "copy.txt", rewrapped)
    _write(tmp_path / "c" / "other.txt", STORY.replace("Monday", "Tuesday"))
    corpus = load_corpus([tmp_path])
    ids = [a.id for a in corpus.articles]
    assert ids == ["a/story.txt", "c/other.txt"]
    assert corpus.article("a/story.txt").also_at == [str(tmp_path / "b" / "copy.txt")]
    lee = corpus.speaker("Ann Lee")
    assert lee is not None and lee.quote_count == 2  # a/story.txt and c/other.txt, not b
    for speaker in corpus.speakers:  # counted as files come in, the copy's left out
        said = [q.text for q in corpus.quotes if q.speaker == speaker.name]
        assert speaker.word_count == sum(len(text.split()) for text in said) > 0
    assert all(q.article != "b/copy.txt" for q in corpus.quotes)
    assert [q.id for q in corpus.quotes] == list(range(len(corpus.quotes)))


@pytest.mark.parametrize(
    "change",
    [
        lambda s: s.replace("Council backs new bridge", "Town to get £40m bridge"),
        lambda s: s + "\n\nThis story was first published by the Valley Herald.",
        lambda s: s.rsplit("\n\n", 1)[0],
    ],
    ids=["new headline", "extra closing paragraph", "last paragraph cut"],
)
def test_syndicated_near_copy_is_marked_and_not_counted_twice(tmp_path, change) -> None:
    _write(tmp_path / "1-original.txt", STORY)
    _write(tmp_path / "2-syndicated.txt", change(STORY))
    corpus = load_corpus([tmp_path])
    original, copy = corpus.articles
    assert original.copy_of is None and copy.copy_of == original.id
    copied = [q for q in corpus.quotes if q.copy]
    assert {q.article for q in copied} == {copy.id} and len(copied) == 2
    for name in ("Ann Lee", "Tom Hart"):
        speaker = corpus.speaker(name)
        assert speaker is not None and speaker.quote_count == 1, name
    assert corpus.counted_quotes == len(corpus.quotes) - 2


def test_different_stories_sharing_a_paragraph_are_not_copies(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", STORY)
    other = (
        "Bridge plan divides town\n\n"
        "The council voted on Monday to build a new bridge over the river.\n\n"
        "Residents of the east bank say the money should go to schools instead.\n\n"
        "A petition against the plan has 3,000 names, its organisers said.\n\n"
        "The council will publish the full costs in March."
    )
    _write(tmp_path / "b.txt", other)
    corpus = load_corpus([tmp_path])
    assert [a.copy_of for a in corpus.articles] == [None, None]


def test_a_story_is_compared_by_its_lede_only_with_stories_as_long(tmp_path: Path) -> None:
    """A short story (two body paragraphs), then a longer one opening with the same
    two: the longer one's lede is not the short one's whole body, so it is not put
    with the short one, and its own near-copy (an added ending) is found by it."""
    paragraphs = STORY.split("\n\n")
    _write(tmp_path / "1-short.txt", "\n\n".join(["Short headline", *paragraphs[1:3]]))
    _write(tmp_path / "2-story.txt", STORY)
    _write(tmp_path / "3-resent.txt", STORY + "\n\nOk.")
    corpus = load_corpus([tmp_path])
    assert [a.copy_of for a in corpus.articles] == [None, None, corpus.articles[1].id]


def _quote(i: int, article: str, text: str, kind: str = "direct") -> Quote:
    return Quote(i, article, 0, len(text), text, 0, 0, kind=kind)  # type: ignore[arg-type]


def test_same_quote_across_articles_is_grouped_small_edits_allowed() -> None:
    quotes = [
        _quote(0, "a", "We will hold the council to every single penny it spends."),
        _quote(1, "b", "we will hold the council to every single penny it spends"),
        _quote(2, "c", "We will hold this council to every single penny it spends!"),
        _quote(3, "d", "Nobody asked the people who live on the east bank about it."),
        _quote(4, "a", "Nobody asked the people who live on the east bank about it."),
        _quote(5, "e", "terrorists", kind="scare"),
        _quote(6, "f", "terrorists", kind="scare"),
        _quote(7, "g", "Too short to count"),
        _quote(8, "h", "Too short to count"),
        _quote(9, "a", "A quote only one article has, repeated in its headline."),
        _quote(10, "a", "A quote only one article has, repeated in its headline."),
    ]
    groups = group_quotes(quotes)
    assert groups == [[0, 1, 2], [3, 4]]
    assert [q.group for q in quotes] == [0, 0, 0, 1, 1, None, None, None, None, None, None]


def test_grouping_keeps_different_quotes_apart() -> None:
    quotes = [
        _quote(0, "a", "The economy grew by two per cent in the last quarter of the year."),
        _quote(1, "b", "The economy shrank by two per cent in the first quarter of the year."),
    ]
    assert group_quotes(quotes) == []


def test_quote_groups_in_a_corpus_and_the_earliest_article(tmp_path: Path) -> None:
    lines = [
        '{"title": "Later", "date": "2024-05-02", "text": "Later piece\\n\\n'
        "She said: \\u201cWe will rebuild every single home that the floods destroyed "
        'this spring.\\u201d"}',
        '{"title": "Earlier", "date": "2024-05-01", "text": "Earlier piece\\n\\n'
        "\\u201cWe will rebuild every single home the floods destroyed this spring,\\u201d she "
        'told us."}',
    ]
    _write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    corpus = load_corpus([tmp_path])
    assert len(corpus.groups) == 1
    q = corpus.quotes[0]
    members = corpus.group_quotes(q)
    assert [m.article for m in members] == ["feed.jsonl:1", "feed.jsonl:2"]
    assert corpus.earliest(q).article == "feed.jsonl:2"  # by date, not by order


@pytest.mark.bbc
def test_bbc_duplicates_and_groups(bbc_dir: Path) -> None:
    corpus = load_corpus([bbc_dir / "texts"])
    # 98 byte-identical copies, 5 more once wrapping and punctuation are folded away.
    assert len(corpus.articles) == 2225 - 103
    assert sum(len(a.also_at) for a in corpus.articles) == 103
    near = [a for a in corpus.articles if a.copy_of]
    assert len(near) >= 30  # syndicated with a new headline ("Bank holds interest rate...")
    assert all(corpus.article(a.copy_of).copy_of is None for a in near)
    grouped = [q for q in corpus.quotes if q.group is not None]
    assert corpus.groups and len(grouped) >= 2 * len(corpus.groups)
    for group in corpus.groups:
        assert len({corpus.quotes[i].article for i in group}) >= 2


def test_normal_text_folds_case_markup_and_punctuation() -> None:
    from tui.core.normal import normal_text

    assert normal_text("“We <b>WILL</b> win,”  she\nsaid.") == "we will win she said"
    # Case is folded after words are found: "İ" folds to "i" and a combining dot,
    # which stays inside its word.
    assert normal_text("İstanbul, 2005") == "i\u0307stanbul 2005"
    assert normal_text("a < b and c>d") == "a b and c d"


def test_normal_text_of_plain_ascii_keeps_the_words_a_word_pattern_finds() -> None:
    """ASCII text takes a quicker path (gaps mapped to spaces, then split): the same
    words as ``\\w+`` finds, underscores and digits in them, every other mark a gap."""
    import random
    import re

    from tui.core.normal import normal_text

    assert normal_text("snake_case, C3PO--R2 \x1cx\x0by\tz ") == "snake_case c3po r2 x y z"
    rng = random.Random(8)
    for _ in range(2000):
        text = "".join(chr(rng.randrange(128)) for _ in range(rng.randrange(40)))
        if "<" in text:
            continue  # (markup is its own step, before)
        assert normal_text(text) == " ".join(re.findall(r"\w+", text)).casefold()


def _found_words(text: str) -> str:
    import re

    return " ".join(re.findall(r"\w+", text)).casefold()


def test_normal_text_of_any_text_keeps_the_words_a_word_pattern_finds() -> None:
    """Non-ASCII text takes a quicker path too (each distinct character that is not a
    word character made a space in the UTF-8 bytes): the same words as ``\\w+`` finds,
    for every code point (surrogates too) inside a word, between words, at either end."""
    import random

    from tui.core.normal import normal_text, normal_words

    for lo in range(0, 0x110000, 512):
        text = "".join(f"x{chr(c)}Y {chr(c)}" for c in range(lo, lo + 512))
        if "<" in text:
            text = text.replace("<", "(")  # (markup is its own step, before)
        assert normal_text(text) == _found_words(text), hex(lo)
    rng = random.Random(9)
    pool = "aZ_9 \t\n.,’“”—£€éÉßİıΣσς\u0301\u00a0\u3000ǅ²½٣\ud800"
    for _ in range(3000):
        text = "".join(rng.choice(pool) for _ in range(rng.randrange(30)))
        found = _found_words(text)
        assert normal_text(text) == found
        assert normal_words(text) == (found.encode("utf-8", "surrogatepass"), len(found))


@pytest.mark.parametrize("workers", [1, 2])
def test_an_identical_copy_does_not_tie_a_role_to_a_person_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    # A role needs two articles tying it to one person before an untied "the premier"
    # becomes that person: a copy of the one article that ties it is not a second.
    from tui.core import parallel

    monkeypatch.setattr(parallel, "PARALLEL_MIN_FILES", 1)
    tie = (
        "Budget day\n\nPremier Ilsa Marchetti presented the budget. "
        '"It is fair to every region," said Premier Ilsa Marchetti.\n'
    )
    _write(tmp_path / "tie.txt", tie)
    _write(
        tmp_path / "untied.txt",
        (
            "Marchetti under fire\n\nMs Marchetti faced questions on Monday. "
            '"We will not change course," the premier said.\n'
        ),
    )
    _write(tmp_path / "zcopy.txt", tie.replace("the budget.", "the\nbudget."))
    corpus = load_corpus([tmp_path], workers=workers)
    assert [a.id for a in corpus.articles] == ["tie.txt", "untied.txt"]
    (q,) = corpus.quotes_in("untied.txt")
    assert q.speaker == "the premier"
    _write(tmp_path / "tie2.txt", tie.replace("Budget day", "Budget week"))
    (q,) = load_corpus([tmp_path], workers=workers).quotes_in("untied.txt")
    assert q.speaker == "Ilsa Marchetti"  # two articles tie it now


@pytest.mark.parametrize("workers", [1, 2])
def test_near_copies_are_marked_as_the_files_come_in_after_identical_ones_drop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    from tui.core import parallel

    monkeypatch.setattr(parallel, "PARALLEL_MIN_FILES", 1)
    monkeypatch.setattr(parallel, "BATCH_FILES", 1)
    _write(tmp_path / "1.txt", STORY)
    _write(tmp_path / "2.txt", STORY.replace("the river.", "the\nriver."))  # identical
    _write(tmp_path / "3.txt", STORY.replace("Council backs new bridge", "Bridge approved"))
    _write(tmp_path / "4.txt", STORY.replace("Monday", "Friday") + "\n\nMore to follow.")
    _write(tmp_path / "5.txt", "Other news\n\nNothing like the bridge story at all, said Ann Lee.")
    corpus = load_corpus([tmp_path], workers=workers)
    assert [(a.id, a.copy_of) for a in corpus.articles] == [
        ("1.txt", None),
        ("3.txt", "1.txt"),
        ("4.txt", None),  # its body differs from 1.txt's in a paragraph: not a near-copy
        ("5.txt", None),
    ]
    assert corpus.article("1.txt").also_at == [str(tmp_path / "2.txt")]
    assert {q.article for q in corpus.quotes if q.copy} == {"3.txt"}
