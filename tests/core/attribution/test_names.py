"""Name mentions, in-article resolution and cross-article speaker merging."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed
from tui.core.attribution import merge_speakers
from tui.core.attribution.names import ArticleNames, clean_run, looks_like_person
from tui.core.model import Article, Quote
from tui.core.paragraphs import make_article


def _mention(words: str):
    return clean_run(words, 0, words)


def test_clean_run_strips_titles_and_sentence_words() -> None:
    cases = {
        "Unite General Secretary Len McCluskey": ("Len McCluskey", None),
        "Black Country MP Tom Watson": ("Tom Watson", None),
        "Meanwhile Mr McCluskey": ("Mr McCluskey", "Mr"),
        "Shadow Chancellor John McDonnell": ("John McDonnell", None),
        "Mr. Smith": ("Mr. Smith", "Mr"),
        "President Bush": ("President Bush", "President"),
        "Dutchman Arnoud Okken": ("Arnoud Okken", None),
    }
    for run, (words, honorific) in cases.items():
        m = _mention(run)
        assert m is not None, run
        assert (m.words, m.honorific) == (words, honorific), run


def test_clean_run_marks_organisations_and_drops_stop_words() -> None:
    for org in ("Labour Party", "Birmingham Mail", "WTO", "West Midlands"):
        m = _mention(org)
        assert m is not None and m.org, org
    assert _mention("The") is None
    assert _mention("When") is None
    assert _mention("Secretary") is None


def test_article_names_resolve_short_forms() -> None:
    text = (
        "Gerard Coyne challenged Len McCluskey. Mr Coyne spoke. Coyne smiled. "
        "Mrs May agreed with Mr McCluskey."
    )
    names = ArticleNames(make_article("t", "t.txt", text))
    resolved = {m.words: names.resolve(m) for m in names.mentions_between(0, len(text))}
    assert resolved["Mr Coyne"] == "Gerard Coyne"
    assert resolved["Coyne"] == "Gerard Coyne"
    assert resolved["Mr McCluskey"] == "Len McCluskey"
    assert resolved["Mrs May"] == "Mrs May"  # never introduced: keeps the honorific
    assert names.gender["Gerard Coyne"] == "m" and names.gender["Mrs May"] == "f"


def test_shared_surname_resolves_to_the_latest_before() -> None:
    text = "Ed Miliband met David Miliband. Later Mr Miliband spoke."
    names = ArticleNames(make_article("t", "t.txt", text))
    (mr,) = [m for m in names.mentions_between(0, len(text)) if m.honorific]
    assert names.resolve(mr) == "David Miliband"


def test_looks_like_person() -> None:
    assert looks_like_person("Gerard Coyne")
    assert looks_like_person("Mr Coyne")
    assert not looks_like_person("a spokesman")
    assert not looks_like_person("the company")
    assert not looks_like_person("Microsoft")
    assert not looks_like_person("Labour Party")


def _q(i: int, article: str, speaker: str | None, mention: str | None, text: str) -> Quote:
    return Quote(
        id=i,
        article=article,
        start=0,
        end=1,
        text=text,
        paragraph=0,
        last_paragraph=0,
        speaker=speaker,
        speaker_mention=mention,
    )


def _articles(*ids: str) -> list[Article]:
    return [make_article(i, i, "x") for i in ids]


def test_merge_same_person_across_articles() -> None:
    quotes = [
        _q(0, "a", "Gerard Coyne", "Mr Coyne", "one two three"),
        _q(1, "b", "Gerard Coyne", "he", "four five"),
        _q(2, "c", "Mr Coyne", "Mr Coyne", "six"),
        _q(3, "c", "Coyne", "Coyne", "seven eight"),
        _q(4, "c", "Len McCluskey", "Len McCluskey", "nine"),
        _q(5, "c", None, None, "scare"),
    ]
    speakers = merge_speakers(_articles("a", "b", "c"), quotes)
    assert [s.name for s in speakers] == ["Gerard Coyne", "Len McCluskey"]
    coyne = speakers[0]
    assert coyne.quote_count == 4 and coyne.word_count == 8
    assert coyne.articles == ["a", "b", "c"]
    assert "Mr Coyne" in coyne.aliases and "Coyne" in coyne.aliases
    assert "he" not in coyne.aliases
    assert coyne.is_person
    assert [q.speaker for q in quotes[:4]] == ["Gerard Coyne"] * 4
    assert quotes[5].speaker is None


def test_different_first_names_are_not_merged() -> None:
    quotes = [
        _q(0, "a", "Ed Miliband", "Ed Miliband", "x"),
        _q(1, "b", "David Miliband", "David Miliband", "y"),
        _q(2, "c", "Mr Miliband", "Mr Miliband", "z"),
    ]
    speakers = merge_speakers(_articles("a", "b", "c"), quotes)
    assert sorted(s.name for s in speakers) == ["David Miliband", "Ed Miliband", "Mr Miliband"]
    assert quotes[2].speaker == "Mr Miliband"  # ambiguous: left alone


def test_non_person_speakers_keep_their_words() -> None:
    quotes = [
        _q(0, "a", "a spokesman", "a spokesman", "x y"),
        _q(1, "b", "the company", "the company", "z"),
        _q(2, "b", "the company", "the company", "w"),
    ]
    speakers = merge_speakers(_articles("a", "b"), quotes)
    assert [(s.name, s.is_person, s.quote_count) for s in speakers] == [
        ("the company", False, 2),
        ("a spokesman", False, 1),
    ]
    assert speakers[0].aliases == []


def test_bare_surname_joins_a_dominant_full_name_only() -> None:
    quotes = [_q(i, "a", "Tony Blair", "Tony Blair", "x") for i in range(10)]
    quotes += [
        _q(10, "b", "Cherie Blair", "Cherie Blair", "y"),
        _q(11, "c", "Mr Blair", "Mr Blair", "z"),
    ]
    speakers = merge_speakers(_articles("a", "b", "c"), quotes)
    blair = next(s for s in speakers if s.name == "Tony Blair")
    assert blair.quote_count == 11 and "Mr Blair" in blair.aliases
    assert quotes[11].speaker == "Tony Blair"
    assert quotes[10].speaker == "Cherie Blair"


def test_aliases_are_names_not_pronouns_or_descriptions() -> None:
    quotes = [
        _q(0, "a", "Venus Williams", "the 23-year-old", "x"),
        _q(1, "a", "Venus Williams", "she", "y"),
        _q(2, "a", "Venus Williams", "Williams", "z"),
    ]
    (venus,) = merge_speakers(_articles("a"), quotes)
    assert venus.aliases == ["Williams"]


def test_gendered_honorific_never_joins_a_person_of_the_other_gender() -> None:
    text = "Charles Kennedy spoke. Mr Kennedy left. Baroness Kennedy said no."
    names = ArticleNames(make_article("t", "t.txt", text))
    resolved = {m.words: names.resolve(m) for m in names.mentions_between(0, len(text))}
    assert resolved["Mr Kennedy"] == "Charles Kennedy"
    assert resolved["Baroness Kennedy"] == "Baroness Kennedy"
    quotes = [_q(i, "a", "Charles Kennedy", "Mr Kennedy", "x") for i in range(6)]
    quotes.append(_q(6, "b", "Baroness Kennedy", "Baroness Kennedy", "y"))
    speakers = merge_speakers(_articles("a", "b"), quotes)
    assert sorted(s.name for s in speakers) == ["Baroness Kennedy", "Charles Kennedy"]


def test_sir_goes_with_a_first_name() -> None:
    text = "Alex Ferguson was angry. Sir Alex said the referee was wrong."
    names = ArticleNames(make_article("t", "t.txt", text))
    (sir,) = [m for m in names.mentions_between(0, len(text)) if m.honorific]
    assert names.resolve(sir) == "Alex Ferguson"
    quotes = [_q(i, "a", "Alex Ferguson", "Ferguson", "x") for i in range(3)]
    quotes.append(_q(3, "b", "Sir Alex", "Sir Alex", "y"))
    (fergie,) = merge_speakers(_articles("a", "b"), quotes)
    assert fergie.name == "Alex Ferguson" and "Sir Alex" in fergie.aliases


def test_day_or_month_after_a_given_name_is_a_surname() -> None:
    friday = _mention("Mike Friday")
    assert friday is not None and not friday.org and friday.is_full
    day = _mention("Black Friday")
    assert day is not None and day.org


def test_a_nationality_surname_after_a_given_name_is_a_person() -> None:
    # "Oliver Irish", "Dawn French": a given name makes the nationality word a surname,
    # so "Mr Irish" later resolves to the full name (it stayed "Mr Irish", medium).
    irish = _mention("Martha Irish")
    assert irish is not None and not irish.org and irish.is_full
    union = _mention("Irish Tillers Union")
    assert union is not None and union.org


def test_a_lower_case_label_is_no_surname() -> None:
    """ "lawyers" in one story is not "Flarn's lawyers" of another."""
    quotes = [
        _q(0, "a", "Flarn's lawyers", "Flarn's lawyers", "x"),
        _q(1, "b", "lawyers", "Lawyers", "y"),
    ]
    merge_speakers(_articles("a", "b"), quotes)
    assert [q.speaker for q in quotes] == ["Flarn's lawyers", "lawyers"]


def test_a_number_joins_the_name_it_ends_only_at_a_word_start() -> None:
    text = (
        "Zara Quill of BBC Radio 4 said it. A DJ on XRadio 1 said nothing.\n\n"
        "Number 10 said the Channel 45 plan was fine, but Radio 123 and Radio 4.5 did not."
    )
    names = ArticleNames(make_article("a", "a", text))
    runs = {words for _, words in names.runs}
    assert {"BBC Radio 4", "Number 10", "Channel 45"} <= runs
    assert "XRadio 1" not in runs and "XRadio" in runs
    assert "Radio 123" not in runs and "Radio 4.5" not in runs


def test_whole_word_matches_what_a_word_boundary_pattern_matches() -> None:
    """(And has_word, found without a pattern, finds the same.)"""
    import random
    import re

    from tui.core.attribution.cues import has_word, whole_word

    rng = random.Random(4)
    alphabet = "ab_-' .é1²٣\n"
    for _ in range(3000):
        word = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 4)))
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(30)))
        plain = re.compile(rf"\b{re.escape(word)}\b")
        fast = whole_word(word)
        assert [m.span() for m in fast.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ], (word, text)
        assert has_word(text, word) == (plain.search(text) is not None), (word, text)
    assert whole_word("Kiely").search("for Kiely, we") and not whole_word("Kiel").search("Kiely")
    assert has_word("for Kiely, we", "Kiely") and not has_word("Kiely", "Kiel")


def test_a_name_after_of_is_a_person_when_the_article_calls_them_one() -> None:
    from tui.core.attribution.names import _person_later

    def later(text: str) -> bool:
        m = _mention("Bobbie Jo Sturgill")
        return _person_later(text, m)

    assert later("The house of Bobbie Jo Sturgill burned. Ms. Sturgill, 41, wept.")
    assert later("Sturgill, 41, lost everything.") and later("Then Sturgill said no.")
    assert later("Mrs Sturgill wept.") and later("Mr. Sturgill's van")
    assert not later("Sturgillton said no.") and not later("Mrs. Sturgillton wept.")
    assert not later("Mr \nSturgill wept.") and not later("XMr Sturgill wept.")
    assert not later("Sturgill, 1234, said") and not later("Sturgill saids")


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            'Tarn sports minister Clemence Ross-van Dorp said: "He was the man who made it."',
            "Clemence Ross-van Dorp",
        ),
        ('"It was fine," said Joost Smit-van der Berg, the coach.', "Joost Smit-van der Berg"),
    ],
)
def test_a_particle_after_a_hyphen_keeps_the_family_name_whole(body: str, speaker: str) -> None:
    # ("-van" is no romanised syllable: the run stopped at "Ross" and the name was "Dorp")
    assert attributed(body)[-1].speaker == speaker
