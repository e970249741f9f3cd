"""Writes that never damage what the user has: FIFOs and devices, modes and owners,
read-only files, long names, interrupted writes, and the corpus by identity."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tui.core.export import ExportError, check_destination, write_atomic


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def _read_fifo(fifo: Path, got: list[bytes]) -> threading.Thread:
    def read() -> None:
        with open(fifo, "rb") as handle:
            got.append(handle.read())

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    return thread


def test_a_fifo_is_written_into_never_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "f"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = _read_fifo(fifo, got)
    # The reader's open() blocks until a writer opens the FIFO; give it a moment.
    for _ in range(100):
        try:
            write_atomic(fifo, "quotes\n", overwrite=True)
            break
        except ExportError as exc:
            assert "nothing is reading" in str(exc)
            threading.Event().wait(0.02)
    reader.join(5)
    assert got == [b"quotes\n"]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode), "the FIFO was replaced by a file"
    assert _leftovers(tmp_path) == []


def test_a_fifo_without_reader_is_refused_in_one_line(tmp_path: Path) -> None:
    fifo = tmp_path / "f"
    os.mkfifo(fifo)
    with pytest.raises(ExportError, match="nothing is reading from it"):
        write_atomic(fifo, "x", overwrite=True)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert _leftovers(tmp_path) == []


def test_a_character_device_is_written_into_never_replaced(tmp_path: Path) -> None:
    """A private copy of /dev/null (the real one is never touched)."""
    null = tmp_path / "null"
    try:
        os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (PermissionError, AttributeError):
        pytest.skip("cannot make a device node here")
    write_atomic(null, "x" * 100_000, overwrite=True)
    assert stat.S_ISCHR(os.lstat(null).st_mode), "the device was replaced by a file"
    os.symlink(null, tmp_path / "via-link")
    write_atomic(tmp_path / "via-link", "y", overwrite=True)
    assert stat.S_ISCHR(os.lstat(null).st_mode) and os.path.islink(tmp_path / "via-link")
    assert _leftovers(tmp_path) == []


def test_a_socket_is_refused(tmp_path: Path) -> None:
    import socket

    path = tmp_path / "s"
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(path))
        with pytest.raises(ExportError, match="not a regular file"):
            write_atomic(path, "x", overwrite=True)
    assert stat.S_ISSOCK(os.lstat(path).st_mode)


def test_replacing_keeps_mode_and_owner(tmp_path: Path) -> None:
    out = tmp_path / "private.csv"
    out.write_text("old")
    out.chmod(0o600)
    if os.geteuid() == 0:
        os.chown(out, 65534, 65534)
    before = out.stat()
    write_atomic(out, "new", overwrite=True)
    after = out.stat()
    assert out.read_text() == "new"
    assert stat.S_IMODE(after.st_mode) == 0o600
    assert (after.st_uid, after.st_gid) == (before.st_uid, before.st_gid)
    assert after.st_ino != before.st_ino, "replaced atomically, not rewritten in place"


def test_read_only_files_need_an_explicit_yes(tmp_path: Path) -> None:
    out = tmp_path / "kept.md"
    out.write_text("old")
    out.chmod(0o444)
    with pytest.raises(ExportError, match="read-only"):
        write_atomic(out, "new", overwrite=True)
    with pytest.raises(ExportError, match="read-only"):
        check_destination(out, overwrite=True)
    assert out.read_text() == "old"
    write_atomic(out, "new", overwrite=True, replace_readonly=True)
    assert out.read_text() == "new" and stat.S_IMODE(out.stat().st_mode) == 0o444
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("length", [241, 250, 255])
def test_names_up_to_255_bytes_can_be_written(tmp_path: Path, length: int) -> None:
    stem = "é" * ((length - 4) // 2) + "x" * ((length - 4) % 2)
    out = tmp_path / f"{stem}.csv"
    assert len(os.fsencode(out.name)) == length
    write_atomic(out, "one")
    write_atomic(out, "two", overwrite=True)
    assert out.read_text() == "two" and _leftovers(tmp_path) == []


def test_an_interrupted_write_leaves_the_old_file_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "quotes.jsonl"
    out.write_text("old")

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(out, "new" * 1000, overwrite=True)
    assert out.read_text() == "old" and _leftovers(tmp_path) == []


def test_a_hard_link_of_an_article_is_refused(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    article = corpus / "a.txt"
    article.write_text("article")
    loose = tmp_path / "loose.txt"
    loose.write_text("loose article")
    os.link(article, tmp_path / "out.txt")
    os.link(loose, tmp_path / "out2.txt")
    for target in ("out.txt", "out2.txt"):
        with pytest.raises(ExportError, match="overwrite the article file"):
            write_atomic(tmp_path / target, "x", protected=[corpus, loose], overwrite=True)
    assert article.read_text() == "article" and loose.read_text() == "loose article"
    assert (tmp_path / "out.txt").stat().st_ino == article.stat().st_ino


def test_a_bind_mount_of_the_corpus_is_refused(tmp_path: Path) -> None:
    """The corpus folder mounted again elsewhere (a private mount namespace)."""
    if shutil.which("unshare") is None or os.geteuid() != 0:
        pytest.skip("needs root and unshare for a private bind mount")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("article")
    view = tmp_path / "view"
    view.mkdir()
    code = (
        "import sys; from tui.core.export import write_atomic, ExportError\n"
        "try:\n"
        f"    write_atomic({str(view / 'out.jsonl')!r}, 'x', protected=[{str(corpus)!r}])\n"
        "except ExportError as exc:\n"
        "    print(exc); sys.exit(3)\n"
    )
    script = f'mount --bind {corpus} {view} && {sys.executable} -c "$0"'
    run = subprocess.run(
        ["unshare", "-m", "sh", "-c", script, code], capture_output=True, text=True, timeout=60
    )
    if "mount" in run.stderr and run.returncode not in (0, 3):
        pytest.skip(f"bind mount not possible here: {run.stderr.strip()}")
    assert run.returncode == 3, run
    assert "inside the corpus folder" in run.stdout
    assert sorted(p.name for p in corpus.iterdir()) == ["a.txt"]
