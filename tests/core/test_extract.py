"""One file in, its quotes out: a bug on one article costs its speakers, never its quotes
nor the other articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.core import extract
from tui.core.extract import extract_file
from tui.core.model import Article, Quote

STORY = (
    "Harbour plan approved\n\n"
    "“The harbour will be open to every boat by spring,” said Councillor Ines Varga.\n\n"
    "Tomas Reyl, a fisherman, said the plan was “long overdue and far too small for us”."
)


def test_an_article_whose_attribution_fails_keeps_its_quotes_without_speakers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "harbour.jsonl"
    path.write_text("".join(json.dumps({"id": name, "text": STORY}) + "\n" for name in "ab"))
    good = extract_file(path, "harbour")
    assert [q.speaker for q in good.quotes] == ["Ines Varga", "Tomas Reyl"] * 2

    def half_done(article: Article, quotes: list[Quote]) -> dict[str, str]:
        if article.id == good.articles[1].id:
            quotes[0].speaker = "Ines Varga"  # (as a run that failed half-way leaves it)
            raise TypeError("str object expected; got None")
        return attribute(article, quotes)

    attribute = extract.attribute_quotes
    monkeypatch.setattr(extract, "attribute_quotes", half_done)
    found = extract_file(path, "harbour")
    assert [q.speaker for q in found.quotes] == ["Ines Varga", "Tomas Reyl", None, None]
    assert [q.text for q in found.quotes] == [q.text for q in good.quotes]
    assert [q.id for q in found.quotes] == [0, 1, 2, 3]
    (problem,) = found.problems
    assert problem.path == str(path)
    assert "speakers not attributed (TypeError: str object expected; got None)" in problem.reason
    assert not problem.skipped
