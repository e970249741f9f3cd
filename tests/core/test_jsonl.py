"""JSON lines files: every field checked once at load, streamed at any size, the size
limit per article, and problems summed up per file instead of one per line."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest

from tui.core import jsonl
from tui.core.corpus import load_corpus
from tui.core.export import citation, render_string
from tui.core.loader import MAX_FILE_BYTES, load_file
from tui.core.problems import skipped_summary

BODY = "The council met on Monday.\n\n“We will fix the bridge,” said Ann Example."


def _write_lines(path: Path, records: list[object]) -> Path:
    path.write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n",
        encoding="utf-8",
    )
    return path


def test_news_api_source_object_gives_its_name(tmp_path: Path) -> None:
    f = _write_lines(
        tmp_path / "api.jsonl",
        [{"title": "Bridge", "text": BODY, "source": {"id": None, "name": "BBC News"}}],
    )
    (article,), problems = load_file(f, "api.jsonl")
    assert article.source == "BBC News" and problems == []


@pytest.mark.parametrize(
    ("field", "value", "shown"),
    [
        ("source", True, "true"),
        ("date", ["2024", "01"], "a list"),
        ("url", {"href": "x"}, "an object"),
        ("title", ["a", "list"], "a list"),
        ("title", {"main": "x"}, "an object"),
        ("source", {"id": "bbc"}, None),  # an object without a name: no source, no fuss
    ],
)
def test_non_string_fields_are_dropped_with_a_warning_never_a_crash(
    tmp_path: Path, field: str, value: object, shown: str | None
) -> None:
    f = _write_lines(tmp_path / "odd.jsonl", [{"text": BODY, "title": "Bridge", field: value}])
    corpus = load_corpus([f])
    (article,) = corpus.articles
    assert getattr(article, field) is None or field == "title"
    assert all(isinstance(getattr(article, n), str | None) for n in jsonl.FIELDS)
    if field == "title":
        assert article.title_derived and article.title  # derived from the text instead
    if shown is None:
        assert corpus.problems == []
    else:
        (problem,) = corpus.problems
        assert problem.path == f"{f}:1" and not problem.skipped
        assert problem.reason == f"`{field}` ignored: {shown}, not text"
    # What `y` and an export do with the article's metadata (once an AttributeError).
    quote = corpus.quotes[0]
    assert citation(quote, article).startswith("“We will fix the bridge,” — Ann Example")
    assert render_string(corpus, "markdown").startswith("# Quotes")


def test_problems_are_summed_up_per_kind_and_file(tmp_path: Path) -> None:
    """50,000 lines using ``body`` for ``text``: one problem, not 50,000."""
    records: list[object] = [{"title": f"T{n}", "body": BODY} for n in range(50_000)]
    records += ["{broken", "{broken too", {"text": BODY, "date": True}]
    f = _write_lines(tmp_path / "big.jsonl", records)
    articles, problems = load_file(f, "big.jsonl")
    assert [a.id for a in articles] == ["big.jsonl:50003"]
    assert [str(p) for p in problems] == [
        f"{f}: skipped: 50,000 lines without `text`, e.g. line 1",
        f"{f}: skipped: 2 lines of invalid JSON, e.g. line 50001 "
        "(Expecting property name enclosed in double quotes, column 2)",
        f"{f}:50003: warning: `date` ignored: true, not text",
    ]
    assert [p.count for p in problems] == [50_000, 2, 1] and all(p.line for p in problems)
    assert skipped_summary(problems) == "50,002 lines of a JSON lines file were skipped"


def test_a_file_over_the_file_limit_streams(tmp_path: Path) -> None:
    """The size limit is per article: a .jsonl bigger than MAX_FILE_BYTES loads."""
    filler = "Words about the council budget and the harbour. " * 2_000  # ~100 KB
    record = json.dumps({"title": "Long", "text": filler + "\n\n" + BODY})
    count = MAX_FILE_BYTES // len(record) + 20
    f = tmp_path / "large.jsonl"
    with f.open("w", encoding="utf-8") as out:
        for _ in range(count):
            out.write(record + "\n")
    assert f.stat().st_size > MAX_FILE_BYTES
    articles, problems = load_file(f, "large.jsonl")
    assert problems == [] and len(articles) == count
    assert articles[-1].id == f"large.jsonl:{count}"


def test_an_oversized_line_is_one_refused_article_read_in_small_memory(tmp_path: Path) -> None:
    f = tmp_path / "huge.jsonl"
    huge = jsonl.MAX_LINE_BYTES * 3  # like the 60 MB single line
    with f.open("w", encoding="utf-8") as out:
        out.write(json.dumps({"title": "First", "text": BODY}) + "\n")
        out.write('{"title": "Huge", "text": "' + "x" * huge + '"}\n')
        out.write(json.dumps({"title": "Last", "text": BODY}) + "\n")
    tracemalloc.start()
    try:
        articles, problems = load_file(f, "huge.jsonl")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [a.title for a in articles] == ["First", "Last"]
    assert [str(p) for p in problems] == [f"{f}:2: skipped: article too large (over 16 MB)"]
    # The refused line is skipped a chunk at a time: never held whole, never parsed.
    assert peak < jsonl.MAX_LINE_BYTES * 1.5, peak


def test_utf16_bom_and_old_line_ends_still_load(tmp_path: Path) -> None:
    text = json.dumps({"title": "Wide", "text": BODY}, ensure_ascii=False) + "\n"
    (tmp_path / "wide.jsonl").write_bytes(text.encode("utf-16"))
    (tmp_path / "bom.jsonl").write_bytes(b"\xef\xbb\xbf" + text.encode())
    (tmp_path / "crlf.jsonl").write_bytes(text.replace("\n", "\r\n").encode() * 2)
    (tmp_path / "cr.jsonl").write_bytes(text.replace("\n", "\r").encode() * 2)
    for name in ("wide.jsonl", "bom.jsonl", "crlf.jsonl", "cr.jsonl"):
        articles, problems = load_file(tmp_path / name, name)
        assert [a.title for a in articles] in (["Wide"], ["Wide", "Wide"]), name
        assert problems == [], (name, problems)


def test_a_binary_file_named_jsonl_is_one_problem(tmp_path: Path) -> None:
    f = tmp_path / "photo.jsonl"
    f.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 100)
    articles, problems = load_file(f, "photo.jsonl")
    assert articles == [] and [str(p) for p in problems] == [
        f"{f}: skipped: not a text file (PNG image)"
    ]
