"""The gold scorer itself, on invented articles: matching, labels, junk, confidence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.core.gold.score import (
    GoldArticle,
    GoldQuote,
    check_gold,
    is_junk,
    is_named,
    near_miss,
    normalise,
    read_gold,
    score_article,
)
from tui.core.model import Article, Paragraph, Quote

TEXT = 'Title\n\n"We won," said Ada Brenner. She called it "a fair fight". "More," she added.'


def _article() -> Article:
    body = TEXT.index('"')
    return Article(
        "a.txt",
        "a.txt",
        "Title",
        TEXT,
        [Paragraph(0, 0, 5, "title"), Paragraph(1, body, len(TEXT))],
    )


def _span(words: str) -> tuple[int, int]:
    start = TEXT.index(words) - 1
    return start, start + len(words) + 2


def _quote(words: str, speaker: str | None, n: int = 0) -> Quote:
    start, end = _span(words)
    return Quote(n, "a.txt", start, end, words, 1, 1, "direct", speaker)


def _gold(*quotes: tuple[str, str, str | None, str]) -> GoldArticle:
    out = []
    for words, kind, speaker, intro in quotes:
        start, end = _span(words)
        out.append(GoldQuote(start, end, kind, speaker, intro))
    return GoldArticle("texts/x/001.txt", out)


def test_normalise_drops_case_dots_honorifics_and_determiners() -> None:
    assert normalise("Mr. Tony  Blair") == normalise("tony blair")
    assert normalise("The Spokesman") == normalise("a spokesman")
    assert normalise("O’Neill") == normalise("O'Neill")
    assert normalise("Blair") != normalise("Tony Blair")


def test_normalise_reads_a_body_named_head_first_or_last_as_one() -> None:
    assert normalise("Department of Fisheries") == normalise("the Fisheries Department")
    assert normalise("Marlow Ministry of Canals") == normalise("Marlow Canals Ministry")
    assert normalise("a spokesman for the Bureau of Tides") == normalise(
        "a spokesman for the Tides Bureau"
    )
    assert normalise("Bank of Quellia") != normalise("Quellia Bank")  # (no such head)
    assert normalise("Department of Fisheries") != normalise("Fisheries")


@pytest.mark.parametrize(
    ("label", "junk"),
    [
        ("Tony Blair", False),
        ("a Rosneft spokesman", False),
        ("4Cast", False),
        ("organisers", False),
        ("the US", False),
        ("Theresa May", False),
        ("Brandt Said", True),
        ("the minister may", True),
        ("Nothing", True),
        ("January", True),
        ("Tony Blair's official", True),
        ("the controversial musical he", True),
        ("Monument Securities told", True),
        ("nine official", True),
        ("the nine official", True),
        ("a FEMA official", False),
        ("one official", False),
        ("another official", False),
        ("another GOP member", False),
        ("another nine official", True),
        ("a senior administration official", False),
        ("the official", False),
        ("the Rovers chief", False),
        ("the police chief", False),
        ("Tony Blair's chief", True),
        ("the nine chief", True),
        ("the nine 2", True),
        ("BBC Radio 1", False),
        ("a Number 10 spokeswoman", False),
        ("the year", True),
        ("she", True),
        ("a person close to her", False),
        ("a former deputy", False),
        ("the former legislative assistant", False),
        ("two other former employees", False),
        ("two road workers at the depot", False),
        ("two people close to her", False),
        ("three members who were present", False),
        ("two official", True),
        ("two officials who said", True),
        ("an aide to him", False),
        ("the house she", True),
        ("the musical with her", True),
    ],
)
def test_junk_labels(label: str, junk: bool) -> None:
    assert is_junk(label) is junk


@pytest.mark.parametrize(
    ("gold", "predicted", "near"),
    [
        ("Guy Chambers", "Songwriter Guy Chambers", True),
        ("Lord Nicholls of Birkenhead", "Lord Nicholls", True),
        ("Finance and Economy Ministry", "Economy Ministry", True),
        ("Tony Blair", "John Prescott", False),
        ("Tony Blair", "Tony Blair", False),
        ("Derek Wyatt", "the MP for Sittingbourne", False),
    ],
)
def test_near_miss_labels(gold: str, predicted: str, near: bool) -> None:
    assert near_miss(gold, predicted) is near


def test_score_counts_right_wrong_missing_and_spurious() -> None:
    gold = _gold(
        ("We won,", "direct", "Ada Brenner", "name"),
        ("a fair fight", "partial", "Ada Brenner", "pronoun"),
        ("More,", "direct", "Ada Brenner", "pronoun"),
    )
    predicted = [
        _quote("We won,", "Brenner", 0),  # right through the merged speaker's alias
        _quote("a fair fight", None, 1),  # missing
        _quote("More,", "Lee Ortiz", 2),  # wrong
    ]
    s = score_article(gold, _article(), predicted, {"Brenner": ["Ada Brenner"]})
    assert (s.matched, s.exact, s.predicted_matched) == (3, 3, 3)
    assert (s.speaker.right, s.speaker.total) == (1, 2)
    assert (s.by_intro["name"].rate, s.by_intro["pronoun"].rate) == (1.0, 0.0)
    assert (s.kind.right, s.kind.total) == (2, 3)  # "a fair fight" is partial, predicted direct
    assert (s.missing.right, s.missing.total) == (2, 3)
    assert {m.what for m in s.mismatches} == {"missing", "wrong", "kind"}


def test_named_sources_are_counted_over_every_intro_direct_quotes_only() -> None:
    gold = _gold(
        ("We won,", "direct", "Ada Brenner", "name"),
        ("a fair fight", "partial", "Ada Brenner", "other"),
        ("More,", "direct", "a spokesman", "pronoun"),
    )
    predicted = [_quote("We won,", "Ada Brenner", 0), _quote("More,", "Ada Brenner", 2)]
    s = score_article(gold, _article(), predicted, {})
    assert (s.named.right, s.named.total) == (1, 1)  # not the partial, not "a spokesman"
    assert is_named("Kettleworth’s campaign") and not is_named("one senior aide")


def test_split_pieces_all_match_and_a_headline_quote_is_ignored() -> None:
    gold = _gold(("We won,", "direct", "Ada Brenner", "name"))
    start, end = _span("We won,")
    pieces = [
        Quote(0, "a.txt", start, start + 4, "We", 1, 1, "direct", "Ada Brenner"),
        Quote(1, "a.txt", start + 4, end, "won", 1, 1, "direct", None),
        Quote(2, "a.txt", 0, 5, "Title", 0, 0, "scare", "Ada Brenner"),
        _quote("More,", None, 3),
    ]
    s = score_article(gold, _article(), pieces, {})
    assert (s.predicted, s.predicted_matched, s.matched, s.exact) == (3, 2, 1, 0)
    assert s.detection[1] == 1.0 and s.detection[0] == pytest.approx(2 / 3)
    assert s.missing.right == 0  # one piece has no speaker
    assert [m.what for m in s.mismatches] == ["span", "missing", "false"]


def test_high_confidence_precision() -> None:
    gold = _gold(
        ("We won,", "direct", "Ada Brenner", "name"),
        ("a fair fight", "partial", "Ada Brenner", "pronoun"),
        ("More,", "direct", "Ada Brenner", "pronoun"),
    )
    predicted = [
        _quote("We won,", "Ada Brenner", 0),
        _quote("a fair fight", "Lee Ortiz", 1),
        _quote("More,", "Lee Ortiz", 2),
    ]
    predicted[0].confidence = predicted[1].confidence = "high"
    predicted[2].confidence = "low"
    s = score_article(gold, _article(), predicted, {})
    assert s.high is not None and (s.high.right, s.high.total) == (1, 2)
    assert [(m.what, m.gold) for m in s.mismatches if m.what == "high-wrong"] == [
        ("high-wrong", "Ada Brenner")
    ]


def test_check_gold_and_read_gold_reject_bad_entries(tmp_path: Path) -> None:
    start, end = _span("We won,")
    bad = GoldArticle(
        "texts/x/001.txt",
        [
            GoldQuote(start + 1, end, "direct", "Ada Brenner", "name"),
            GoldQuote(end + 2, end + 9, "scare", "Ada Brenner", "none"),
            GoldQuote(end + 20, len(TEXT) + 5, "direct", None, "none"),
        ],
    )
    problems = "\n".join(check_gold(_article(), bad))
    assert "does not start at a quotation mark" in problems
    assert "a scare quote has no speaker" in problems
    assert "offsets outside the text" in problems
    line = {"path": "texts/x/001.txt", "quotes": [], "text": "not allowed"}
    (tmp_path / "bbc_x.jsonl").write_text(json.dumps(line, sort_keys=True) + "\n")
    with pytest.raises(ValueError, match=r"bbc_x\.jsonl:1"):
        read_gold(tmp_path / "bbc_x.jsonl")
    good = GoldArticle("texts/x/001.txt", [GoldQuote(start, end, "direct", "Ada Brenner", "name")])
    assert check_gold(_article(), good) == []
