"""Export formats round-trip to the loaded quotes; writes are atomic and spare the corpus."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest

from tui.core import safe_write
from tui.core.corpus import Corpus, load_corpus
from tui.core.export import (
    FIELDS,
    ExportError,
    check_destination,
    citation,
    format_for,
    md_escape,
    name_problem,
    render,
    render_string,
    write_atomic,
)
from tui.core.model import Article, Quote

OPENING = "“‘\"'"
CLOSING = "”’\"'"


@pytest.fixture(scope="module")
def seeds(seeds_dir: Path) -> Corpus:
    corpus = load_corpus([seeds_dir])
    assert corpus.quotes, "the seeds have quotes"
    return corpus


ARTICLE_FIELDS = ("title", "date", "source", "url")
NUMBERED = ("paragraph", "last_paragraph")


def _expected(corpus: Corpus) -> list[dict]:
    """What each record must hold: the Quote's own fields (paragraphs counted from 1)
    plus its article's title, date, source and url."""
    return [
        {name: getattr(q, name) for name in FIELDS if name not in ARTICLE_FIELDS}
        | {name: getattr(q, name) + 1 for name in NUMBERED}
        | {name: getattr(corpus.article(q.article), name) for name in ARTICLE_FIELDS}
        for q in corpus.quotes
    ]


def test_jsonl_round_trip(seeds: Corpus) -> None:
    text = render_string(seeds, "jsonl")
    assert "\\u201c" not in text  # ensure_ascii=False keeps curly quotes readable
    records = [json.loads(line) for line in text.splitlines()]
    assert records == _expected(seeds)
    assert {r["kind"] for r in records} >= {"direct", "scare"}
    for r in records:
        span = seeds.article(r["article"]).text[r["start"] : r["end"]]
        assert span[0] in OPENING and span[-1] in CLOSING
        # A multi-paragraph quote's text joins its paragraphs; each part is in the span.
        assert all(part in span for part in r["text"].split("\n"))


def test_csv_round_trip(seeds: Corpus) -> None:
    text = render_string(seeds, "csv")
    assert text.startswith("\ufeffid,")  # a BOM: Excel reads the file as UTF-8
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    expected = [
        {k: "" if v is None else str(v) for k, v in record.items()} for record in _expected(seeds)
    ]
    assert rows == expected
    assert list(rows[0]) == list(FIELDS)


def test_render_to_stream_matches_string(seeds: Corpus) -> None:
    stream = io.StringIO()
    render(seeds, "markdown", stream)
    assert stream.getvalue() == render_string(seeds, "markdown")


def test_subset_of_quotes(seeds: Corpus) -> None:
    chosen = [q for q in seeds.quotes if q.kind == "direct"][:2]
    records = [json.loads(line) for line in render_string(seeds, "jsonl", chosen).splitlines()]
    assert [r["id"] for r in records] == [q.id for q in chosen]


def test_unknown_format_is_an_error(seeds: Corpus) -> None:
    with pytest.raises(ExportError, match="unknown format 'xml'"):
        render_string(seeds, "xml")  # type: ignore[arg-type]


def test_markdown_groups_by_article_and_escapes(tmp_path: Path) -> None:
    corpus_dir = tmp_path / "corpus"
    corpus_dir.mkdir()
    (corpus_dir / "pipes_1.txt").write_text(
        "Pipes | and *stars* in a headline\n\n"
        "The chairman said: “Costs | rose by *10%* and <b>bold</b> [x](y) plans failed.”\n\n"
        "“We will go on,” he added. “Nothing changes.\n\n"
        "“We go on regardless.”\n",
        encoding="utf-8",
    )
    (corpus_dir / "plain.txt").write_text(
        "Plain story\n\nShe said: “All is well here.”\n", encoding="utf-8"
    )
    corpus = load_corpus([corpus_dir])
    md = render_string(corpus, "markdown")
    lines = md.splitlines()
    headings = [line for line in lines if line.startswith("## ")]
    assert headings == [r"## Pipes \| and \*stars\* in a headline", "## Plain story"]
    assert [line for line in lines if line.startswith("Article: ")] == [
        r"Article: pipes\_1.txt",
        "Article: plain.txt",
    ]
    rows = [line for line in lines if line.startswith("| ") and not line.startswith("| ¶")]
    assert len(rows) == len(corpus.quotes)
    for row in rows:
        # Every row has exactly the seven cells: no unescaped | leaked from the text.
        assert len(row.replace("\\|", "").split("|")) == 9
    assert r"Costs \| rose by \*10%\* and \<b\>bold\</b\> \[x\](y)" in md
    multi = [q for q in corpus.quotes if q.last_paragraph > q.paragraph]
    assert multi, "the extractor joins the two-paragraph quote"
    assert "<br>" in md


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("quotes.jsonl", None),
        ("~/quotes.csv", None),
        ("n" * 255, None),
        ("", "Type a file name first."),
        ("~nosuchuser/x", "No home folder for ~nosuchuser: type the full path."),
        (".", ". is a folder: add a file name (like quotes.jsonl)."),
        ("a/..", "a/.. is a folder: add a file name (like quotes.jsonl)."),
        ("n" * 256, "Name too long: 256 bytes, at most 255 per name."),
        ("d" * 300 + "/x", "Name too long: 300 bytes, at most 255 per name."),
    ],
)
def test_name_problem(name: str, problem: str | None) -> None:
    assert name_problem(name) == problem


def test_md_escape() -> None:
    assert md_escape("a|b\nc_d `e` #f \\g") == "a\\|b<br>c\\_d \\`e\\` \\#f \\\\g"


def test_md_escape_strike_through_and_character_references() -> None:
    """``~~gone~~`` must not strike text out, ``&amp;``/``&#60;`` must not turn into & or <."""
    assert md_escape("~~gone~~") == "\\~\\~gone\\~\\~"
    assert md_escape("AT&amp;T &#60;b") == "AT&amp;amp;T &amp;\\#60;b"


def _article_with(tmp_path: Path, body: str, **meta: str) -> Corpus:
    """A one-article corpus from a .jsonl line holding ``meta`` (date, source, url)."""
    line = {"id": "a1", "title": "A title", "text": body, **meta}
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    corpus = load_corpus([path])
    assert corpus.quotes, corpus.problems
    return corpus


META = {"date": "2024-05-01", "source": "The Paper", "url": "https://example.org/a1"}


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "markdown"])
def test_every_format_carries_date_source_and_url(tmp_path: Path, fmt: str) -> None:
    corpus = _article_with(tmp_path, "Intro.\n\n“We will win,” Ann Lee said.", **META)
    text = render_string(corpus, fmt)  # type: ignore[arg-type]
    for value in META.values():
        shown = md_escape(value) if fmt == "markdown" else value
        assert shown in text, (fmt, value)


def test_paragraph_numbers_are_the_same_in_every_format(tmp_path: Path) -> None:
    corpus = _article_with(tmp_path, "Intro.\n\nMiddle.\n\n“We will win,” Ann Lee said.")
    (quote,) = corpus.quotes
    assert quote.paragraph == 2  # 0-based in the model: the third paragraph
    record = json.loads(render_string(corpus, "jsonl"))
    row = next(csv.DictReader(io.StringIO(render_string(corpus, "csv").removeprefix("\ufeff"))))
    md_row = next(
        line for line in render_string(corpus, "markdown").splitlines() if "We will win" in line
    )
    assert record["paragraph"] == 3
    assert row["paragraph"] == "3"
    assert md_row.startswith("| 3 |")


def test_csv_defuses_cells_a_spreadsheet_would_run(tmp_path: Path) -> None:
    """OWASP CSV injection: text cells starting with = + - @ get a leading '."""
    corpus = _article_with(
        tmp_path,
        'Intro.\n\n“=HYPERLINK("http://x","y")” said Ann Lee.\n\n'
        "“+1 more,” said Ann Lee.\n\n“-5 is cold,” said Ann Lee.\n\n“@home now,” said Ann Lee.",
        source="=cmd|' /C calc'!A0",
    )
    rows = list(csv.DictReader(io.StringIO(render_string(corpus, "csv").removeprefix("\ufeff"))))
    texts = [row["text"] for row in rows]
    assert texts == ['\'=HYPERLINK("http://x","y")', "'+1 more,", "'-5 is cold,", "'@home now,"]
    assert {row["source"] for row in rows} == {"'=cmd|' /C calc'!A0"}
    assert all(not row["start"].startswith("'") for row in rows)  # numbers stay numbers
    # JSON lines keep the words as they are.
    first = json.loads(render_string(corpus, "jsonl").splitlines()[0])
    assert first["text"].startswith("=HYPERLINK")


def test_citation_carries_source_date_and_url() -> None:
    article = Article(
        "a1",
        "a1.txt",
        "A  title",
        "",
        source="The Paper",
        date="2024-05-01",
        url="https://example.org/a1",
    )
    quote = Quote(0, "a1", 0, 10, "We will\nwin", 0, 0, speaker="Ann Lee")
    assert citation(quote, article) == (
        "“We will win” — Ann Lee, A title (The Paper, 2024-05-01) https://example.org/a1"
    )


# --- writing ------------------------------------------------------------------------


def _no_temp_files(folder: Path) -> bool:
    return not [p for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_write_atomic_writes_and_refuses_to_overwrite(tmp_path: Path) -> None:
    out = tmp_path / "quotes.jsonl"
    assert write_atomic(out, "one\n") == out.resolve()
    assert out.read_text() == "one\n"
    with pytest.raises(ExportError, match="already exists"):
        write_atomic(out, "two\n")
    assert out.read_text() == "one\n"
    write_atomic(out, "two “x”\n".encode(), overwrite=True)
    assert out.read_text(encoding="utf-8") == "two “x”\n"
    assert _no_temp_files(tmp_path)
    assert oct(out.stat().st_mode & 0o777) == oct(0o666 & ~_umask())


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def test_write_atomic_refuses_corpus_folder_and_files(tmp_path: Path) -> None:
    corpus_dir = tmp_path / "corpus"
    (corpus_dir / "sub").mkdir(parents=True)
    article = corpus_dir / "sub" / "a.txt"
    article.write_text("text")
    loose = tmp_path / "loose.txt"
    loose.write_text("article given directly")
    protected = [corpus_dir, loose]
    for target in (corpus_dir / "out.jsonl", corpus_dir / "sub" / "x.csv", article):
        with pytest.raises(ExportError, match="inside the corpus folder"):
            write_atomic(target, "x", protected=protected, overwrite=True)
    with pytest.raises(ExportError, match="overwrite the article file"):
        write_atomic(loose, "x", protected=protected, overwrite=True)
    link = tmp_path / "link.jsonl"
    link.symlink_to(loose)
    with pytest.raises(ExportError, match="overwrite the article file"):
        write_atomic(link, "x", protected=protected, overwrite=True)
    assert loose.read_text() == "article given directly" and article.read_text() == "text"
    assert sorted(p.name for p in corpus_dir.rglob("*")) == ["a.txt", "sub"]
    # Next to a loose article (not inside a corpus folder) is fine.
    assert check_destination(tmp_path / "out.md", protected) == (tmp_path / "out.md").resolve()


def test_seed_folder_is_always_protected(seeds_dir: Path) -> None:
    with pytest.raises(ExportError, match="inside the corpus folder"):
        write_atomic(seeds_dir / "quotes.jsonl", "x")
    assert not (seeds_dir / "quotes.jsonl").exists()


def test_write_atomic_reports_unwritable_destinations(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        write_atomic(tmp_path / "missing" / "out.csv", "x")
    with pytest.raises(ExportError, match="is a folder"):
        write_atomic(tmp_path, "x", overwrite=True)


def test_failed_write_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "quotes.csv"
    out.write_text("old")

    def fail(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(safe_write.os, "replace", fail)
    with pytest.raises(ExportError, match="No space left on device"):
        write_atomic(out, "new", overwrite=True)
    assert out.read_text() == "old"
    assert _no_temp_files(tmp_path)


def test_citation_of_coynes_quote_on_the_seeds(seeds: Corpus) -> None:
    quote = next(q for q in seeds.quotes if "life blood" in q.text)
    article = seeds.article(quote.article)
    cited = citation(quote, article)
    title = " ".join(article.title.split())
    assert cited.startswith("“You are the very life blood, keeping the heart of the NHS")
    assert cited.endswith(f"nothing.” — Gerard Coyne, {title}")


def test_citation_flattens_whitespace_and_names_source_and_date() -> None:
    article = Article("a.txt", "a.txt", "Budget\n  day", "x", date="2017-03-08", source="The Paper")
    quote = Quote(0, "a.txt", 0, 1, "We will\n\n  deliver.", 0, 1, speaker="Alice Walker")
    assert citation(quote, article) == (
        "“We will deliver.” — Alice Walker, Budget day (The Paper, 2017-03-08)"
    )
    unattributed = Quote(1, "a.txt", 0, 1, "Maybe", 0, 0)
    plain = Article("b.txt", "b.txt", "Title", "x")
    assert citation(unattributed, plain) == "“Maybe” — unattributed, Title"


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("quotes.jsonl", "jsonl"),
        ("out/Coyne.CSV", "csv"),
        ("notes.md", "markdown"),
        ("notes.markdown", "markdown"),
        ("quotes.txt", None),
        ("quotes", None),
        ("archive.md.bak", None),
    ],
)
def test_format_for_reads_the_file_name_suffix(name: str, fmt: str | None) -> None:
    assert format_for(name) == fmt
