"""Finding and reading article files: real files in tmp_path, every way they go wrong."""

from __future__ import annotations

import codecs
import errno
import json
import os
import struct
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.privileges import skip_reason
from tui.core import jsonl, loader
from tui.core.loader import discover, load_file
from tui.core.sanitize import is_clean

ARTICLE = (
    "Minister rejects strike call\n\n"
    "The minister said on Monday: “We will not back down.”\n\n"
    "Union leaders were unmoved."
)


def _write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def _load(path: Path, article_id: str | None = None):
    return load_file(path, article_id or path.name)


def _reasons(problems) -> list[str]:
    return [p.reason for p in problems]


# --- discover ----------------------------------------------------------------------


def test_discover_walks_folders_with_relative_posix_ids(tmp_path: Path) -> None:
    _write(tmp_path / "business" / "001.txt", ARTICLE)
    _write(tmp_path / "business" / "002.md", ARTICLE)
    _write(tmp_path / "sport" / "deep" / "x.jsonl", '{"text": "hi"}')
    _write(tmp_path / "sport" / "photo.png", b"\x89PNG\r\n\x1a\n")
    _write(tmp_path / "notes.docx", b"PK\x03\x04")
    _write(tmp_path / ".git" / "HEAD.txt", "hidden")
    _write(tmp_path / ".hidden.txt", "hidden")
    files, problems = discover([tmp_path])
    # The files of other types are not read, and one warning per folder says so.
    assert [(p.path, p.reason, p.skipped) for p in problems] == [
        (
            str(tmp_path),
            "2 other files not read (.docx ×1, .png ×1); articles are .txt, .md, .jsonl, .html",
            False,
        )
    ]
    assert [i for _, i in files] == ["business/001.txt", "business/002.md", "sport/deep/x.jsonl"]
    assert all(p.is_file() for p, _ in files)


def test_file_named_with_another_suffix_is_skipped_unless_read_as(tmp_path: Path) -> None:
    table = _write(tmp_path / "manifest.tsv", "id\ttitle\n1\t“Quoted” title\n")
    files, problems = discover([str(table)])
    assert files == []
    assert _reasons(problems) == [
        "not an article file type (.tsv; read: .txt, .md, .jsonl, .html; "
        "--as FORMAT reads it anyway)"
    ]
    assert _reasons(load_file(table, "manifest.tsv")[1]) == _reasons(problems)
    story = _write(tmp_path / "story.log", ARTICLE)
    files, problems = discover([str(story)], read_as="txt")
    assert files == [(story, "story.log")] and problems == []
    articles, problems = load_file(*files[0], read_as="txt")
    assert problems == [] and articles[0].text == ARTICLE
    # A file without a suffix named directly is plain text.
    bare = _write(tmp_path / "story", ARTICLE)
    articles, problems = load_file(*discover([bare])[0][0])
    assert problems == [] and articles[0].title == "Minister rejects strike call"


def test_read_as_jsonl_reads_lines(tmp_path: Path) -> None:
    feed = _write(tmp_path / "feed.ndjson", '{"text": "He said: “Yes.”", "title": "T"}\n')
    articles, problems = load_file(feed, "feed.ndjson", read_as="jsonl")
    assert problems == [] and [a.id for a in articles] == ["feed.ndjson:1"]


PAGE = """<!DOCTYPE html><html><head><title>Mayor quits over &quot;budget&quot; | Town Post</title>
<meta name="author" content="Ann Writer">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
<meta property="og:site_name" content="Town Post"></head>
<body><nav><a href="/">Home</a> <a href="/sport">Sport</a> <a href="/news">News</a></nav>
<div class="cookie-banner">We use cookies. Accept all cookies to continue reading.</div>
<article><h1>Mayor quits over budget</h1>
<p>The mayor resigned on Tuesday after weeks of pressure from the council over the budget.</p>
<p>"I have done nothing wrong, but I cannot stay," she said in a statement on Tuesday.</p>
<p>Council leader Tom Barnes said: "This was long overdue and the town deserved better."</p>
</article>
<footer>Copyright 2024 Town Post. All rights reserved. Privacy policy. Terms of use.</footer>
</body></html>"""


@pytest.mark.parametrize("name", ["page.html", "PAGE.HTM"])
def test_saved_web_page_gives_main_text_and_metadata(tmp_path: Path, name: str) -> None:
    articles, problems = _load(_write(tmp_path / name, PAGE))
    assert problems == []
    (article,) = articles
    assert (article.title, article.date, article.author, article.source) == (
        "Mayor quits over budget",
        "2024-03-05",
        "Ann Writer",
        "Town Post",
    )
    assert article.paragraphs[0].kind == "title"
    body = [article.paragraph_text(p.index) for p in article.paragraphs[1:]]
    assert body[0].startswith("The mayor resigned on Tuesday")
    assert body[-1].startswith("Council leader Tom Barnes said:")
    for boilerplate in ("cookies", "Copyright", "Home", "Privacy"):
        assert boilerplate not in article.text


def test_page_without_article_text_is_skipped(tmp_path: Path) -> None:
    markup = "<html><body><script>go()</script><img src=a.png></body>"
    page = _write(tmp_path / "index.html", markup)
    assert _load(page) == ([], [loader.Problem(str(page), "no article text found in the page")])


def test_missing_path_and_empty_folder_are_problems(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    _write(tmp_path / "empty" / "image.png", b"\x89PNG\r\n\x1a\n")
    files, problems = discover([tmp_path / "nope.txt", tmp_path / "empty"])
    assert files == []
    assert [(Path(p.path).name, p.reason) for p in problems] == [
        ("nope.txt", "no such file or directory"),
        ("empty", "no articles (.txt, .md, .jsonl, .html) found"),
    ]
    assert all(p.skipped for p in problems)


def test_odd_path_strings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    _write(tmp_path / "news" / "a.txt", ARTICLE)
    files, problems = discover(["", "bad\x00name", "~/news"])
    assert files == [(tmp_path / "news" / "a.txt", "a.txt")]
    assert [(p.path, p.reason) for p in problems] == [
        ("''", "empty path"),
        ("'bad\\x00name'", "invalid path"),
    ]


def test_symlink_loop_ends_and_files_are_listed_once(tmp_path: Path) -> None:
    _write(tmp_path / "a" / "one.txt", ARTICLE)
    (tmp_path / "a" / "loop").symlink_to(tmp_path / "a", target_is_directory=True)
    (tmp_path / "a" / "self").symlink_to(tmp_path / "a" / "self")  # dangling self-loop
    (tmp_path / "a" / "alias.txt").symlink_to(tmp_path / "a" / "one.txt")
    files, problems = discover([tmp_path, tmp_path / "a" / "one.txt"])
    # alias.txt sorts first and stands for one.txt; the loop is entered once.
    assert [i for _, i in files] == ["a/alias.txt"]
    assert problems == []


def test_self_symlink_named_directly_is_a_problem(tmp_path: Path) -> None:
    link = tmp_path / "self.txt"
    link.symlink_to(link)
    files, problems = discover([link])
    assert files == [] and _reasons(problems) == ["symlink loop"]


def test_unreadable_folder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # We run as root, where chmod 000 does not stop reads; make the OS refuse instead.
    _write(tmp_path / "ok" / "a.txt", ARTICLE)
    _write(tmp_path / "locked" / "b.txt", ARTICLE)
    real_scandir = os.scandir

    def scandir(path):
        if Path(path).name == "locked":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    files, problems = discover([tmp_path])
    assert [i for _, i in files] == ["ok/a.txt"]
    assert [(Path(p.path).name, p.reason) for p in problems] == [("locked", "permission denied")]


# --- load_file: encodings --------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        ARTICLE.encode("utf-8"),
        codecs.BOM_UTF8 + ARTICLE.encode("utf-8"),
        ARTICLE.encode("utf-16"),
        ARTICLE.replace("\n", "\r\n").encode("utf-8"),
        ARTICLE.replace("\n", "\r").encode("utf-8"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "crlf", "cr"],
)
def test_encodings_and_newlines_load_cleanly(tmp_path: Path, data: bytes) -> None:
    articles, problems = _load(_write(tmp_path / "a.txt", data))
    assert problems == []
    (article,) = articles
    assert article.text == ARTICLE
    assert article.id == "a.txt" and article.path == str(tmp_path / "a.txt")
    assert article.title == "Minister rejects strike call"


def test_cp1252_file_loads_with_a_warning(tmp_path: Path) -> None:
    articles, problems = _load(_write(tmp_path / "old.txt", ARTICLE.encode("cp1252")))
    assert articles[0].text == ARTICLE
    assert [(p.reason, p.skipped) for p in problems] == [
        ("not valid UTF-8; decoded as cp1252", False)
    ]
    assert str(problems[0]).endswith("old.txt: warning: not valid UTF-8; decoded as cp1252")


def test_mojibake_file_is_repaired_with_a_warning(tmp_path: Path) -> None:
    broken = "François Müller said: “It’s fine.”\n".encode().decode("cp1252", errors="replace")
    # The sample avoids the five bytes cp1252 leaves undefined except 0x9D in ”.
    broken = broken.replace("\ufffd", "\x9d")
    articles, problems = _load(_write(tmp_path / "m.txt", broken))
    assert articles[0].text == "François Müller said: “It’s fine.”\n"
    assert len(problems) == 1 and not problems[0].skipped and "repaired" in problems[0].reason


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 14))
        + chunk(b"IEND", b"")
    )


def test_binary_files_are_skipped(tmp_path: Path) -> None:
    _, problems = _load(_write(tmp_path / "photo.txt", _png()))
    assert _reasons(problems) == ["not a text file (PNG image)"]
    _, problems = _load(_write(tmp_path / "blob.txt", bytes(range(256)) * 8))
    assert _reasons(problems) == ["not a text file (binary data (NUL or control bytes))"]


@pytest.mark.parametrize("data", [b"", b"   \n\n\t \r\n", b"\x1b[31m\x1b[0m\n"])
def test_empty_files_are_skipped(tmp_path: Path, data: bytes) -> None:
    articles, problems = _load(_write(tmp_path / "e.txt", data))
    assert articles == [] and _reasons(problems) == ["empty"]
    assert problems[0].skipped


# --- load_file: unusual files -------------------------------------------------------


def test_fifo_is_never_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    files, problems = discover([tmp_path])
    assert [i for _, i in files] == ["pipe.txt"]
    # Opening a FIFO for reading blocks until a writer comes; reaching the assert
    # at all shows load_file did not open it.
    articles, problems = load_file(*files[0])
    assert articles == []
    assert _reasons(problems) == ["not a regular file (FIFO, socket or device)"]


def test_device_file_is_refused() -> None:
    articles, problems = load_file(Path("/dev/zero"), "zero")
    assert articles == [] and _reasons(problems) == ["not a regular file (FIFO, socket or device)"]


def test_folder_given_to_load_file(tmp_path: Path) -> None:
    assert _reasons(load_file(tmp_path, "x")[1]) == ["is a folder"]


_PROBE = """
import sys
from pathlib import Path
from tui.core.loader import discover, load_file
files, problems = discover([sys.argv[1]])
print([p.reason for p in problems] + [p.reason for f in files for p in load_file(*f)[1]])
"""


def _run_unprivileged(args: list[str]) -> subprocess.CompletedProcess[str] | None:
    """Run Python ``args`` as user ``nobody`` when we are root (else as ourselves).

    The venv's interpreter may sit under a folder ``nobody`` cannot enter (/root), so
    a system Python >= 3.11 is tried too, with the repo on PYTHONPATH (the loader is
    pure standard library). The first run that succeeds, else the last that ran (for
    its error output); None when no interpreter could be started at all.
    """
    last = None
    as_user: dict = {}
    if os.geteuid() == 0:
        as_user = {"user": 65534, "group": 65534, "extra_groups": []}
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    for python in (sys.executable, "/usr/bin/python3", "/usr/local/bin/python3"):
        try:
            done = subprocess.run(
                [python, *args],
                capture_output=True,
                text=True,
                timeout=60,
                cwd="/",
                env=env,
                **as_user,
            )
        except OSError:
            continue
        if done.returncode == 0:
            return done
        last = done
    return last


def test_permission_denied_real() -> None:
    """A real chmod 000 file and folder, read by an unprivileged process (root reads
    anything, so as root the probe runs as ``nobody`` on a world-traversable folder)."""
    with tempfile.TemporaryDirectory() as raw:
        root = Path(raw)
        root.chmod(0o755)
        _write(root / "secret.txt", ARTICLE).chmod(0)
        _write(root / "locked" / "x.txt", ARTICLE)
        (root / "locked").chmod(0)
        try:
            probe = _run_unprivileged(["-c", _PROBE, str(root)])
        finally:
            (root / "locked").chmod(0o755)
    if probe is None:
        pytest.skip("no Python could be started as an unprivileged user")
    reason = skip_reason([Path(__file__).resolve().parents[2] / "tui"])
    if probe.returncode != 0 and reason is not None:
        pytest.skip(reason)
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.strip() == "['permission denied', 'permission denied']"


def test_permission_denied_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = _write(tmp_path / "secret.txt", ARTICLE)
    real_open = os.open

    def deny(path, flags, *args):
        if Path(path) == f:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", deny)
    articles, problems = _load(f)
    assert articles == [] and _reasons(problems) == ["permission denied"]
    assert problems[0].path == str(f)


def test_file_over_the_size_cap_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loader, "MAX_FILE_BYTES", 3 * 1024 * 1024)
    big = _write(tmp_path / "big.txt", b"word " * (4 * 1024 * 1024 // 5 + 1))
    articles, problems = _load(big)
    assert articles == []
    assert _reasons(problems) == ["too large (4 MB; the limit is 3 MB)"]


@pytest.mark.parametrize(
    "limit, reasons", [(1024 * 1024, []), (600, ["too large (grew while reading)"])]
)
def test_a_file_that_grew_after_its_stat_is_read_to_its_end_or_the_cap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: int, reasons: list[str]
) -> None:
    # Only what the stat said (plus a byte) is asked for first: a file appended to
    # since is read on to its end, and past the cap it is skipped.
    f = _write(tmp_path / "grew.txt", ARTICLE.encode() + b"\n\nMore text." * 80)
    real_fstat, real_stat = os.fstat, os.stat

    def earlier(st: os.stat_result) -> os.stat_result:  # the size before the appends
        values = list(st)
        values[6] = 100
        return os.stat_result(values)

    def stat(path, *args, **kwargs):
        st = real_stat(path, *args, **kwargs)
        return earlier(st) if str(path) == str(f) else st

    monkeypatch.setattr(loader, "MAX_FILE_BYTES", limit)
    monkeypatch.setattr(os, "fstat", lambda fd: earlier(real_fstat(fd)))
    monkeypatch.setattr(os, "stat", stat)
    articles, problems = _load(f)
    assert _reasons(problems) == reasons
    if not reasons:
        assert articles[0].text.endswith("More text.") and len(articles[0].paragraphs) > 80


def test_long_article_loads_and_cap_admits_50_mb(tmp_path: Path) -> None:
    # A 50 MB file is too slow to build in a unit test (measured by hand: ~3.5 s to
    # load); the cap is the only size check, so it must sit above 50 MB.
    assert loader.MAX_FILE_BYTES > 50 * 1024 * 1024
    articles, _ = _load(_write(tmp_path / "long.txt", ARTICLE + "\n\nMore text." * 100_000))
    assert len(articles[0].paragraphs) > 100_000


def test_markdown_headings_and_rules_are_dropped(tmp_path: Path) -> None:
    md = (
        "# Minister rejects strike call\n\nThe minister said: “No.”\n\n"
        "---\n\n## Background\n\nText.\n"
    )
    (article,), problems = _load(_write(tmp_path / "a.md", md))
    assert problems == [] and article.title == "Minister rejects strike call"
    assert article.text.split("\n\n") == [
        "Minister rejects strike call",
        "The minister said: “No.”",
        "",
        "Background",
        "Text.\n",
    ]
    # Only .md files: a .txt keeps its # characters.
    (plain,), _ = _load(_write(tmp_path / "a.txt", md))
    assert plain.text == md


# --- load_file: sanitising ----------------------------------------------------------


def test_escape_sequences_are_stripped_and_markup_kept(tmp_path: Path) -> None:
    raw = (
        "\x1b]0;pwned\x07Title [bold]here[/bold]\n\n"
        "\x1b[31mRed\x1b[0m text\x07 and \x1b]52;c;SGVsbG8=\x07 clipboard \u202eevil\n\n"
        "Last\tline [link=https://x.example]click[/link]"
    )
    articles, problems = _load(_write(tmp_path / "ansi.txt", raw))
    assert problems == []
    assert articles[0].text == (
        "Title [bold]here[/bold]\n\n"
        "Red text and  clipboard evil\n\n"
        "Last line [link=https://x.example]click[/link]"
    )


def test_hostile_file_names_are_shown_escaped(tmp_path: Path) -> None:
    name = "a\x1b]0;pwned\x07\u202e.txt"
    _write(tmp_path / "sub\x1b[2J" / name, ARTICLE)
    _write(tmp_path / ("bin\x1b[31m.txt"), b"\x89PNG\r\n\x1a\n\x00\x00")
    files, problems = discover([tmp_path])
    assert problems == []
    ids = [i for _, i in files]
    assert ids == ["bin\\x1b[31m.txt", "sub\\x1b[2J/a\\x1b]0;pwned\\x07\\u202e.txt"]
    (article,), _ = load_file(*files[1])
    assert article.id == ids[1]
    assert is_clean(article.path) and article.path.endswith("a\\x1b]0;pwned\\x07\\u202e.txt")
    _, (problem,) = load_file(*files[0])
    assert is_clean(problem.path) and problem.path.endswith("bin\\x1b[31m.txt")


# --- jsonl --------------------------------------------------------------------------


def test_jsonl_good_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"title": "First", "text": "He said: “Yes.”\n\nMore.", "date": "2024-01-02"}),
        "{not json",
        "",
        json.dumps({"title": "No text"}),
        json.dumps(["a", "list"]),
        json.dumps(
            {
                "title": "Second\x1b]0;x\x07\nline",
                "text": "Body \x1b[1mbold\x1b[0m text.",
                "source": "BBC",
                "url": "https://example.org/a",
                "date": 20240103,
            },
            ensure_ascii=False,
        ),
        json.dumps({"text": "   "}),
        "[" * 100_000,
        '{"text": "x", "date": ' + "9" * 5000 + "}",
    ]
    f = _write(tmp_path / "sub" / "feed.jsonl", "\n".join(lines) + "\n")
    files, _ = discover([tmp_path])
    assert files == [(f, "sub/feed.jsonl")]
    articles, problems = load_file(*files[0])
    assert [a.id for a in articles] == ["sub/feed.jsonl:1", "sub/feed.jsonl:6"]
    assert {a.path for a in articles} == {str(f)}
    first, second = articles
    assert (first.title, first.date, first.text) == (
        "First",
        "2024-01-02",
        "He said: “Yes.”\n\nMore.",
    )
    assert first.title_derived is False
    assert (second.title, second.text) == ("Second line", "Body bold text.")
    assert (second.source, second.url, second.date) == ("BBC", "https://example.org/a", "20240103")
    assert [(p.path, p.reason.split(" (")[0]) for p in problems] == [
        (f"{f}:2", "invalid JSON"),
        (f"{f}:4", 'no "text" string field'),
        (f"{f}:5", "not a JSON object"),
        (f"{f}:7", "empty"),
        (f"{f}:8", "unusable JSON"),
        (f"{f}:9", "unusable JSON"),
    ]
    assert all(p.skipped for p in problems)


def test_a_failing_article_does_not_stop_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = loader.make_article

    def picky(article_id: str, path: str, text: str, **meta):
        if "boom" in text:
            raise RuntimeError("boom")
        return real(article_id, path, text, **meta)

    monkeypatch.setattr(jsonl, "make_article", picky)
    f = _write(tmp_path / "x.jsonl", '{"text": "boom"}\n{"text": "Fine."}\n')
    articles, problems = _load(f)
    assert [(a.id, a.path) for a in articles] == [("x.jsonl:2", str(f))]
    assert [(p.path, p.reason) for p in problems] == [
        (f"{f}:1", "could not be read as an article (RuntimeError('boom'))")
    ]


def test_jsonl_without_title_derives_one(tmp_path: Path) -> None:
    f = _write(tmp_path / "x.jsonl", json.dumps({"text": "Prices rose sharply in May."}))
    (article,), problems = _load(f)
    assert (
        problems == [] and article.title_derived and article.title == "Prices rose sharply in May"
    )


def test_empty_jsonl_is_reported(tmp_path: Path) -> None:
    _, problems = _load(_write(tmp_path / "x.jsonl", "\n\n  \n"))
    assert _reasons(problems) == ["empty"]


# --- the corpus folder is never written -------------------------------------------


def _snapshot(root: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(root)): (p.lstat().st_size, p.lstat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
    }


def test_loading_writes_nothing_in_the_corpus(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", ARTICLE)
    _write(tmp_path / "b.jsonl", json.dumps({"text": "x"}) + "\nbad\n")
    _write(tmp_path / "c.txt", ARTICLE.encode("cp1252"))
    before = _snapshot(tmp_path)
    files, _ = discover([tmp_path])
    for path, article_id in files:
        load_file(path, article_id)
    assert _snapshot(tmp_path) == before


def test_seeds_load_without_problems(seeds_dir: Path) -> None:
    files, problems = discover([seeds_dir])
    assert len(files) == 3 and problems == []
    for path, article_id in files:
        articles, problems = load_file(path, article_id)
        assert problems == [] and len(articles) == 1
        assert articles[0].paragraphs


@pytest.mark.bbc
def test_bbc_corpus_loads_without_problems(bbc_dir: Path) -> None:
    files, problems = discover([bbc_dir / "texts"])
    assert len(files) == 2225 and problems == []
    assert files[0][1] == "business/001.txt"
    path, article_id = files[0]
    (article,), problems = load_file(path, article_id)
    assert problems == [] and article.title == "Ad sales boost Time Warner profit"


# --- whatever the bytes, nothing unsafe comes out ----------------------------------

_PIECES = st.sampled_from(
    [
        b"\x1b[31m",
        b"\x1b]52;c;aGk=\x07",
        b"\x1b]8;;http://x\x1b\\",
        b"\x9b",
        b"\xc2\x9b",
        b"\x00",
        b"\r\n",
        b"\n\n",
        "“Said,” he said.".encode(),
        "Ã©â€™".encode(),
        "\u202e\u2066".encode(),
        b"\xff\xfe",
        b"\xef\xbb\xbf",
        b'{"text": "\\u001b[2J\\ud800"}',
        b"plain words ",
    ]
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    parts=st.lists(st.one_of(_PIECES, st.binary(max_size=20)), max_size=30),
    suffix=st.sampled_from([".txt", ".jsonl"]),
)
def test_any_bytes_load_safely(tmp_path: Path, parts: list[bytes], suffix: str) -> None:
    path = _write(tmp_path / f"fuzz{suffix}", b"".join(parts))
    articles, problems = load_file(path, path.name)
    assert articles or problems
    for article in articles:
        for text in (article.text, article.title):
            assert is_clean(text), repr(text)
            text.encode("utf-8")


def test_html_references_are_decoded_before_controls_are_stripped(tmp_path: Path) -> None:
    path = tmp_path / "entities.txt"
    path.write_text(
        "Shares fall to &#163;1.8m\n\n"
        "The caf&#233; owner said: &#8220;We are fine.&#8221;&#27;]0;pwned&#7;\n",
        encoding="utf-8",
    )
    (article,), problems = load_file(path, "entities.txt")
    assert problems == []
    assert article.title == "Shares fall to £1.8m"
    assert "café owner said: “We are fine.”" in article.text
    assert is_clean(article.text)
    # html.unescape maps a reference to a control character to nothing, so no ESC or BEL
    # survives; what followed it is plain text.
    assert "\x1b" not in article.text and "\x07" not in article.text
    assert article.text.rstrip().endswith("]0;pwned")


def test_discover_tells_how_many_files_it_has_listed_as_it_walks(tmp_path: Path) -> None:
    """A load starts its workers from these counts, before the last folder is walked."""
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        for n in range(3):
            (tmp_path / folder / f"{n}.txt").write_text("Words here.\n", encoding="utf-8")
    single = tmp_path / "single.txt"
    single.write_text("One more.\n", encoding="utf-8")
    told: list[int] = []
    files, _ = discover([tmp_path / "a", tmp_path / "b", single], found=told.append)
    assert len(files) == 7
    assert told == [3, 6, 7]  # after each folder, counting what came before


def test_a_page_headline_repeating_its_title_stays_the_first_paragraph(tmp_path: Path) -> None:
    # trafilatura leaves out an <h1> equal to the <title>; the text keeps its headline
    # as a .txt file would, for the attribution to read (invented names)
    lede = "Quarry owners met the county on Monday to settle the dispute over the haul road."
    markup = (
        "<html><head><title>Brindle Stoneworks settles haul road dispute</title></head>"
        "<body><article><h1>Brindle Stoneworks settles haul road dispute</h1>"
        '<div class="byline">By Ona Petrel</div><div class="article-body">'
        f"<p>{lede}</p><p>“We are glad it is over,” the company said.</p>"
        "<p>The road reopens to trucks next week.</p></div></article></body></html>"
    )
    (article,), _ = _load(_write(tmp_path / "quarry.html", markup))
    assert article.paragraphs[0].kind == "title"
    assert article.paragraph_text(0) == "Brindle Stoneworks settles haul road dispute"
    assert article.paragraph_text(1) == lede
