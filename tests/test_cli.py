"""The quotescope command: sub-commands, paths, exit codes and one-line errors."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import ClassVar

import pytest

import tui.app
from tui import cli
from tui.cli import main
from tui.core.corpus import load_corpus

ARTICLE = 'Strike vote\n\nThe leader said: “We will not back down.”\n\n"Never," she added.\n'


class FakeApp:
    """Stands in for QuotescopeApp: records what the CLI asked it to open."""

    opened: ClassVar[list[list[str] | None]] = []
    read_as: ClassVar[list[str | None]] = []
    cache: ClassVar[list[bool]] = []

    def __init__(
        self, paths: list[str] | None = None, read_as: str | None = None, cache: bool = True
    ) -> None:
        FakeApp.opened.append(paths)
        FakeApp.read_as.append(read_as)
        FakeApp.cache.append(cache)
        self.return_code = None

    def run(self) -> None:
        pass


@pytest.fixture
def fake_app(monkeypatch: pytest.MonkeyPatch) -> list[list[str] | None]:
    FakeApp.opened = []
    monkeypatch.setattr(tui.app, "QuotescopeApp", FakeApp)
    monkeypatch.setattr(cli, "terminal_problem", lambda: None)  # pytest captures stdout
    return FakeApp.opened


def _err_lines(capsys: pytest.CaptureFixture[str]) -> tuple[str, list[str]]:
    out, err = capsys.readouterr()
    return out, err.splitlines()


# --- opening the app ----------------------------------------------------------------


def test_no_arguments_opens_the_seeds(fake_app: list, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    assert fake_app == [None]


def test_folder_named_like_a_subcommand(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fake_app: list,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (tmp_path / "export").mkdir()
    (tmp_path / "export" / "a.txt").write_text(ARTICLE)
    monkeypatch.chdir(tmp_path)
    assert main(["./export"]) == 0
    assert main(["--", "export"]) == 0
    assert fake_app == [["./export"], ["export"]]


def test_missing_path_is_a_usage_error(
    tmp_path: Path, fake_app: list, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(tmp_path / "nope")]) == 2
    out, err = _err_lines(capsys)
    assert out == "" and fake_app == []
    assert err == [f"quotescope: error: {tmp_path / 'nope'}: no such file or directory"]


def test_odd_paths_are_usage_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    for argv, message in [
        (["export", "~/nope"], f"{tmp_path / 'nope'}: no such file or directory"),
        (["export", ""], "'': empty path"),
        (["search", "x", "a\x00b"], "'a\\x00b': invalid path"),
    ]:
        assert main(argv) == 2
        assert capsys.readouterr().err == f"quotescope: error: {message}\n"


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"quotescope {tui.__version__}\n"
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "quotescope export" in out and "./export" in out
    assert main(["export", "--help"]) == 0
    assert "--force" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv",
    [["--bogus"], ["export", "--format", "xml"], ["search"], ["search", "x", "--limit", "0"]],
)
def test_bad_command_lines_exit_2_with_one_line(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    out, err = _err_lines(capsys)
    assert out == ""
    assert len(err) == 1 and err[0].startswith("quotescope: error: ")


# --- export ---------------------------------------------------------------------------


def test_export_defaults_to_seed_jsonl(seeds_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export"]) == 0
    out, err = _err_lines(capsys)
    assert err == []
    records = [json.loads(line) for line in out.splitlines()]
    corpus = load_corpus([seeds_dir])
    assert [(r["article"], r["start"], r["end"], r["speaker"]) for r in records] == [
        (q.article, q.start, q.end, q.speaker) for q in corpus.quotes
    ]
    assert "scare" in {r["kind"] for r in records}


def test_options_may_come_between_paths(
    seeds_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    assert main(["export", str(seeds_dir), "--format", "csv", str(tmp_path)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {r["article"] for r in rows} >= {"a.txt", "000_f78e7a748ef7bc42.txt"}
    assert main(["search", "back", "--limit", "1", str(tmp_path)]) == 0
    assert capsys.readouterr().out.endswith(" — “We will not back down.” (Strike vote)\n")


def test_export_csv_and_markdown(seeds_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(seeds_dir), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == len(load_corpus([seeds_dir]).quotes)
    assert main(["export", "--format", "markdown"]) == 0
    assert capsys.readouterr().out.startswith("# Quotes\n")


def test_export_to_file_and_overwrite_rules(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "quotes.csv"
    assert main(["export", "-o", str(out)]) == 0
    _, err = _err_lines(capsys)
    assert err == [f"quotescope: wrote {len(load_corpus().quotes)} quotes to {out}"]
    assert out.read_text(encoding="utf-8-sig").startswith("id,article,title,")  # csv by suffix
    before = out.read_bytes()
    assert main(["export", "-o", str(out), "--format", "jsonl"]) == 1
    _, err = _err_lines(capsys)
    assert err == [f"quotescope: error: {out} already exists (use --force to overwrite)"]
    assert out.read_bytes() == before
    assert main(["export", "-o", str(out), "--format", "jsonl", "--force"]) == 0
    assert out.read_text(encoding="utf-8").startswith('{"id": 0,')


def test_export_never_writes_into_the_corpus(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ARTICLE)
    for target in (corpus / "out.jsonl", corpus / "a.txt"):
        assert main(["export", str(corpus), "-o", str(target), "--force"]) == 1
        _, err = _err_lines(capsys)
        assert len(err) == 1 and "inside the corpus folder" in err[0]
    assert [p.name for p in corpus.iterdir()] == ["a.txt"]
    assert (corpus / "a.txt").read_text() == ARTICLE


def test_corpus_given_with_tilde_is_protected(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text(ARTICLE)
    assert main(["export", "~/corpus", "-o", str(tmp_path / "corpus" / "out.md")]) == 1
    assert "inside the corpus folder" in capsys.readouterr().err
    assert not (tmp_path / "corpus" / "out.md").exists()


def test_dash_output_is_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "-o", "-", "--format", "csv"]) == 0
    assert capsys.readouterr().out.startswith("id,article,title,")


def test_unwritable_output_exits_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def no_load(*args, **kwargs):
        raise AssertionError("a bad destination is refused before loading")

    monkeypatch.setattr(cli, "load_corpus", no_load)
    assert main(["export", "-o", str(tmp_path / "no" / "such" / "dir.jsonl")]) == 1
    _, err = _err_lines(capsys)
    assert err == [
        f"quotescope: error: cannot write {tmp_path / 'no' / 'such' / 'dir.jsonl'}: "
        f"folder {tmp_path / 'no' / 'such'} does not exist"
    ]


def test_problems_go_to_stderr_one_line_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE)
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / "old.txt").write_bytes(ARTICLE.encode("cp1252"))
    (tmp_path / "feed.jsonl").write_text('{"text": "Fine."}\n{broken\n')
    evil = tmp_path / "evil\x1b]0;pwned\x07.txt"
    evil.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert main(["export", str(tmp_path)]) == 0
    out, err = _err_lines(capsys)
    assert len(out.splitlines()) >= 2
    assert sorted(err) == sorted(
        [
            f"quotescope: {tmp_path / 'empty.txt'}: skipped: empty",
            f"quotescope: {tmp_path / 'evil'}\\x1b]0;pwned\\x07.txt: skipped: "
            "not a text file (PNG image)",
            f"quotescope: {tmp_path / 'feed.jsonl'}:2: skipped: invalid JSON (Expecting property "
            "name enclosed in double quotes, column 2)",
            f"quotescope: {tmp_path / 'old.txt'}: warning: not valid UTF-8; decoded as cp1252",
        ]
    )
    assert "\x1b" not in "".join(err)


def test_other_file_types_are_refused_unless_read_as(
    tmp_path: Path, fake_app: list, capsys: pytest.CaptureFixture[str]
) -> None:
    table = tmp_path / "manifest.tsv"
    table.write_text("id\ttitle\n1\t“Quoted” headline\n" + ARTICLE)
    for args in (["export", str(table)], [str(table)]):
        assert main(args) == 2
        _, err = _err_lines(capsys)
        assert err == [
            f"quotescope: error: {table}: not an article file type (.tsv; read: .txt, .md, "
            ".jsonl, .html; --as FORMAT reads it anyway)"
        ]
    assert fake_app == []
    assert main(["--as", "txt", str(table)]) == 0
    assert fake_app == [[str(table)]] and FakeApp.read_as[-1] == "txt"
    assert main(["export", str(table), "--as", "txt"]) == 0
    out, _ = _err_lines(capsys)
    assert json.loads(out.splitlines()[0])["article"] == "manifest.tsv"


def test_nothing_loadable_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty").mkdir()
    assert main(["export", str(tmp_path / "empty")]) == 2
    _, err = _err_lines(capsys)
    assert err == [
        f"quotescope: error: {tmp_path / 'empty'}: no articles (.txt, .md, .jsonl, .html) found"
    ]
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "x.txt").write_text("")
    assert main(["export", str(tmp_path / "bad")]) == 2
    _, err = _err_lines(capsys)
    assert err == [
        f"quotescope: {tmp_path / 'bad' / 'x.txt'}: skipped: empty",
        f"quotescope: error: no articles could be loaded from {tmp_path / 'bad'}",
    ]


# --- search ---------------------------------------------------------------------------


def test_search_text_and_jsonl(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "life blood"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Gerard Coyne — “You are the very life blood")
    assert lines[0].endswith(")")
    assert main(["search", "life blood", "--format", "jsonl", "--limit", "1"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    record = json.loads(line)
    assert record["speaker"] == "Gerard Coyne" and "score" in record


def test_search_limit_and_no_match(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "Labour", "--limit", "1"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1
    assert main(["search", "zzqqxxyy"]) == 0
    out, err = _err_lines(capsys)
    assert out == "" and err == ["quotescope: no quotes match 'zzqqxxyy'"]


def test_search_query_starting_with_dash_after_double_dash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.txt"
    article.write_text('X-ray\n\nThe nurse said: "The X-ray machine broke again today."\n')
    assert main(["search", "--", "-ray", str(article)]) == 0
    assert "X-ray machine" in capsys.readouterr().out
    assert main(["search", "--format", "jsonl", "--", "-ray", str(article)]) == 0
    assert json.loads(capsys.readouterr().out)["text"].startswith("The X-ray")
    assert main(["search", "--"]) == 2  # still needs a query
    assert "required: QUERY" in capsys.readouterr().err


def test_search_prints_the_notice_for_a_query_without_words(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["search", "😀"]) == 0
    out, err = _err_lines(capsys)
    assert out == "" and err[-1] == "quotescope: nothing to search for: type letters or numbers"


# --- failures never show a traceback ---------------------------------------------


def _raise(exc: BaseException):
    def boom(*args, **kwargs):
        raise exc

    return boom


@pytest.mark.parametrize(
    ("exc", "code", "message"),
    [
        (KeyboardInterrupt(), 130, ["quotescope: interrupted"]),
        (BrokenPipeError(), 0, []),
        (RuntimeError("oops"), 1, ["quotescope: error: unexpected RuntimeError: oops"]),
    ],
)
def test_interrupts_and_surprises(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    exc: BaseException,
    code: int,
    message: list[str],
) -> None:
    monkeypatch.setattr(cli, "render", _raise(exc))
    assert main(["export"]) == code
    _, err = _err_lines(capsys)
    assert err == message


def test_python_m_tui_subprocess(tmp_path: Path) -> None:
    run = [sys.executable, "-m", "tui"]
    ok = subprocess.run([*run, "export"], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert ok.returncode == 0 and ok.stderr == ""
    assert all(json.loads(line)["article"] for line in ok.stdout.splitlines())
    bad = subprocess.run(
        [*run, "export", "missing"], capture_output=True, text=True, cwd=tmp_path, timeout=60
    )
    assert bad.returncode == 2 and bad.stdout == ""
    assert bad.stderr == "quotescope: error: missing: no such file or directory\n"
    # A reader that goes away (like `| head`): quiet exit, no BrokenPipeError trace.
    proc = subprocess.Popen(
        [*run, "export"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    assert proc.wait(timeout=60) == 0
    assert proc.stderr.read() == b""
    # A non-UTF-8 locale: export stays UTF-8, search text degrades instead of crashing.
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    ascii_run = subprocess.run([*run, "export"], capture_output=True, cwd=tmp_path, env=env)
    assert ascii_run.returncode == 0 and ascii_run.stdout.decode("utf-8") == ok.stdout
    found = subprocess.run(
        [*run, "search", "life blood"], capture_output=True, cwd=tmp_path, env=env, timeout=60
    )
    assert found.returncode == 0 and found.stdout.startswith(b"Gerard Coyne ? ?You are")
    # The core CLI never imports Textual.
    code = "import sys, tui.cli; tui.cli.main(['export']); print('textual' in sys.modules)"
    probe = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=60
    )
    assert probe.stdout.splitlines()[-1] == "False"


def test_export_to_a_fifo_writes_into_it_or_refuses_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`mkfifo f; quotescope export a.txt -o f --force` once renamed a file over f."""
    (tmp_path / "a.txt").write_text(ARTICLE)
    fifo = tmp_path / "f"
    os.mkfifo(fifo)
    assert main(["export", str(tmp_path / "a.txt"), "-o", str(fifo), "--force"]) == 1
    _, err = _err_lines(capsys)
    assert err == [f"quotescope: error: cannot write {fifo}: nothing is reading from it"]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    # With a reader (`cat f`), the quotes go through the FIFO; no --force needed.
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    try:
        for _ in range(200):
            code = main(["export", str(tmp_path / "a.txt"), "-o", str(fifo)])
            if code == 0:
                break
            capsys.readouterr()
            time.sleep(0.02)
        out, _ = reader.communicate(timeout=20)
    finally:
        reader.kill()
    assert code == 0 and json.loads(out.splitlines()[0])["article"] == "a.txt"
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "f"]


def test_export_over_a_read_only_file_needs_force_and_keeps_its_mode(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "kept.jsonl"
    out.write_text("old\n")
    out.chmod(0o440)
    assert main(["export", "-o", str(out)]) == 1
    _, err = _err_lines(capsys)
    assert err == [f"quotescope: error: {out} is read-only (use --force to replace it)"]
    assert out.read_text() == "old\n"
    assert main(["export", "-o", str(out), "--force"]) == 0
    assert out.read_text().startswith('{"id": 0,') and stat.S_IMODE(out.stat().st_mode) == 0o440


def test_cache_info_clear_and_no_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("QUOTESCOPE_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(ARTICLE)
    assert main(["export", str(tmp_path / "news"), "--no-cache"]) == 0
    assert main(["cache", "info"]) == 0
    out, _ = capsys.readouterr()
    assert f"cache folder: {tmp_path / 'cache'}" in out and "0 corpora cached" in out
    assert main(["export", str(tmp_path / "news")]) == 0
    first, _ = capsys.readouterr()
    assert main(["cache", "info"]) == 0
    assert "1 corpus cached" in capsys.readouterr()[0]
    assert main(["export", str(tmp_path / "news")]) == 0
    assert capsys.readouterr()[0] == first  # read back from the cache: the same records
    assert main(["cache", "clear"]) == 0
    assert "removed the cache of 1 corpus" in capsys.readouterr()[0]
    assert not list((tmp_path / "news").iterdir())[1:]  # nothing written in the corpus
    assert main(["cache", "wipe"]) == 2


@pytest.mark.parametrize(
    ("term", "stdin_tty", "stdout_tty", "message"),
    [
        ("xterm", False, True, "the explorer needs a terminal (stdin and stdout are not one)"),
        ("xterm", True, False, "the explorer needs a terminal (stdin and stdout are not one)"),
        ("dumb", True, True, "TERM=dumb cannot show the explorer"),
    ],
)
def test_no_terminal_is_one_line_and_exit_2(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    term: str,
    stdin_tty: bool,
    stdout_tty: bool,
    message: str,
) -> None:
    """cron, CI, a pipe: once a full-screen app writing escape codes forever."""

    class Stream(io.StringIO):
        def __init__(self, tty: bool) -> None:
            super().__init__()
            self.tty = tty

        def isatty(self) -> bool:
            return self.tty

    FakeApp.opened = []
    monkeypatch.setattr(tui.app, "QuotescopeApp", FakeApp)
    monkeypatch.setenv("TERM", term)
    monkeypatch.setattr(sys, "stdin", Stream(stdin_tty))
    monkeypatch.setattr(sys, "stdout", Stream(stdout_tty))
    assert main([]) == 2
    err = capsys.readouterr().err
    assert err == (
        f"quotescope: error: {message}; in scripts use 'quotescope export' or 'quotescope search'\n"
    )
    assert FakeApp.opened == []


@pytest.mark.parametrize("argv", [["export", "--format", "csv"], ["search", "x", "--limit", "2"]])
def test_sigterm_while_the_command_line_is_parsed(
    argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A SIGTERM landing inside argparse ends the command as terminated (143), not with
    an argparse error: argparse's intermixed parsing cannot be interrupted half-way."""
    import argparse
    import signal

    real = argparse.ArgumentParser.format_usage

    def usage_and_get_killed(self):  # type: ignore[no-untyped-def]
        os.kill(os.getpid(), signal.SIGTERM)  # as intermixed parsing starts
        return real(self)

    monkeypatch.setattr(argparse.ArgumentParser, "format_usage", usage_and_get_killed)
    old = signal.getsignal(signal.SIGTERM)
    try:
        code = main(argv)
        assert code == 128 + signal.SIGTERM, capsys.readouterr().err
    finally:
        signal.signal(signal.SIGTERM, old)
    err = capsys.readouterr().err
    assert err == "quotescope: stopped by SIGTERM\n", err
