"""The real ``quotescope`` command in a real terminal (tmux): search, read, quit.

Runs on a private tmux server (``-L``) so it never touches the user's sessions.
Skipped only when tmux is not installed (CI installs it).
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.hostile.generate import prose_corpus

pytestmark = pytest.mark.e2e

QUOTESCOPE = Path(sys.executable).parent / "quotescope"
TIMEOUT = 30.0


class Tmux:
    """One tmux server and session running a command."""

    def __init__(self, socket: str, session: str, folder: Path) -> None:
        self.socket = socket
        self.session = session
        self.exit_code_file = folder / "exit-code"

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["tmux", "-L", self.socket, *args],
            check=check,
            capture_output=True,
            text=True,
            timeout=10,
        )

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", self.session).stdout

    def alive(self) -> bool:
        return self.run("has-session", "-t", self.session, check=False).returncode == 0

    def keys(self, *keys: str, literal: bool = False) -> None:
        self.run("send-keys", "-t", self.session, *(["-l"] if literal else []), *keys)

    def wait_for(self, test: Callable[[str], bool], what: str) -> str:
        deadline = time.monotonic() + TIMEOUT
        screen = ""
        while time.monotonic() < deadline:
            if not self.alive():
                pytest.fail(f"quotescope exited while waiting for {what}:\n{screen}")
            screen = self.screen()
            if test(screen):
                return screen
            time.sleep(0.2)
        pytest.fail(f"timed out waiting for {what}; screen was:\n{screen}")


def start_tmux(folder: Path, command: str, env: dict[str, str] | None = None) -> Tmux:
    """A private tmux server running ``command`` (a shell line) in ``folder``, 110x32."""
    if shutil.which("tmux") is None:
        pytest.skip("tmux is not installed")
    assert QUOTESCOPE.exists(), f"console script missing: {QUOTESCOPE}"
    term = Tmux(socket=f"quotescope-test-{os.getpid()}", session="qs", folder=folder)
    full_env = {**os.environ, "TERM": "xterm-256color", "COLORTERM": "truecolor", **(env or {})}
    full_env.pop("TMUX", None)
    subprocess.run(
        [
            "tmux", "-L", term.socket, "-f", os.devnull,
            "new-session", "-d", "-s", term.session, "-x", "110", "-y", "32",
            "-c", str(folder), command,
        ],
        check=True,
        env=full_env,
        timeout=10,
    )  # fmt: skip
    return term


@pytest.fixture
def tmux(tmp_path: Path) -> Iterator[Tmux]:
    term = start_tmux(tmp_path, f"{shlex.quote(str(QUOTESCOPE))}; echo $? > exit-code")
    try:
        yield term
    finally:
        term.run("kill-server", check=False)


def quit_and_wait(tmux: Tmux, code: int = 0) -> None:
    """Wait for the app to end (after a quit key) and check its exit status."""
    deadline = time.monotonic() + TIMEOUT
    while tmux.alive() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not tmux.alive(), "quotescope did not quit"
    assert tmux.exit_code_file.read_text().strip() == str(code)


def searched(screen: str) -> bool:
    """The query in the (framed) search box and the count line of its single result
    (the same quote heads the unfiltered list, so it alone proves nothing)."""
    return "│ life blood" in screen and "1 of 14 quotes" in screen


def test_search_read_and_quit_in_tmux(tmux: Tmux) -> None:
    # No argument: the seed corpus that ships with the package.
    tmux.wait_for(lambda s: "3 articles" in s, "the corpus to load")

    # As in fzf: the cursor is in the search box, so a person just types.
    tmux.keys("life blood", literal=True)
    screen = tmux.wait_for(searched, "the search result")
    assert "“You are the very life blood" in screen
    assert "Gerard Coyne" in screen

    tmux.keys("Enter")  # open the quote: the reading view scrolls to it
    screen = tmux.wait_for(lambda s: "quote 1/" in s, "the quote in the reading view")
    assert "NHS pumping" in screen.replace("\n", " ")

    # y: inside tmux the citation lands in tmux's paste buffer, and the app says so.
    tmux.keys("y")
    tmux.wait_for(lambda s: "tmux paste buffer" in s, "the copy notification")
    pasted = tmux.run("show-buffer").stdout
    assert pasted.startswith("“You are the very life blood") and "— Gerard Coyne, " in pasted

    tmux.keys("q")
    quit_and_wait(tmux)


def test_escape_keeps_the_query_and_q_then_quits_in_tmux(tmux: Tmux) -> None:
    """Type, Esc out of the box (the query stays), q quits: no q typed into the box."""
    tmux.wait_for(lambda s: "3 articles" in s, "the corpus to load")
    tmux.keys("life blood", literal=True)
    tmux.wait_for(searched, "the search result")
    tmux.keys("Escape")
    screen = tmux.wait_for(lambda s: "esc Clear " in s, "the list's keys in the footer")
    assert searched(screen), "Esc lost the query"
    tmux.keys("q")
    quit_and_wait(tmux)


def test_ctrl_c_quits_from_the_search_box_in_tmux(tmux: Tmux) -> None:
    tmux.wait_for(lambda s: "3 articles" in s, "the corpus to load")
    tmux.keys("nhs", literal=True)
    tmux.wait_for(lambda s: "│ nhs" in s, "the query typed")
    tmux.keys("C-c")
    quit_and_wait(tmux, 130)  # interrupted, as fzf says it


def test_export_by_file_name_and_n_in_tmux(tmux: Tmux, tmp_path: Path) -> None:
    """A journalist's run: search, open, step with n, export to coyne.csv, quit."""
    tmux.wait_for(lambda s: "3 articles" in s, "the corpus to load")
    tmux.keys("life blood", literal=True)
    tmux.wait_for(searched, "the search result")
    tmux.keys("Enter")
    tmux.wait_for(lambda s: "quote 1/" in s, "the first quote in the reading view")
    tmux.keys("n")
    tmux.wait_for(lambda s: "quote 2/" in s, "n to the next quote")

    tmux.keys("e")
    tmux.wait_for(lambda s: "Export results" in s, "the export dialog")
    tmux.keys("C-u")
    tmux.wait_for(lambda s: "quotes.jsonl" not in s, "the name box to be emptied")
    tmux.keys("coyne.csv", literal=True)
    tmux.wait_for(lambda s: "coyne.csv" in s, "the file name typed")
    tmux.keys("Enter")
    target = tmp_path / "coyne.csv"
    tmux.wait_for(lambda s: "coyne.csv as CSV" in s, "the export notification")
    assert target.read_text(encoding="utf-8-sig").startswith("id,article,title,date,")

    tmux.keys("q")
    quit_and_wait(tmux)


# After the app: its exit status, the terminal's modes as the shell finds them, then a
# pause that keeps the pane (and what the app left on it) for the test to read.
AFTER_THE_APP = "echo $? > exit-code; stty -a > stty.txt; sleep 600"


def _app_pid(tmux: Tmux) -> int:
    """The app's process: the only child of the pane's shell."""
    shell = tmux.run("display", "-p", "-t", tmux.session, "#{pane_pid}").stdout.strip()
    children = Path(f"/proc/{shell}/task/{shell}/children").read_text().split()
    assert len(children) == 1, children
    return int(children[0])


def _loading(screen: str) -> bool:
    return re.search(r"Loading articles… [1-9][\d,]*/", screen) is not None


@pytest.mark.parametrize(
    ("stop", "code"),
    [("C-c", 130), (signal.SIGTERM, 143), (signal.SIGHUP, 129)],
    ids=["ctrl+c", "TERM", "HUP"],
)
def test_stopped_while_loading_in_tmux_leaves_a_clean_terminal_and_cache(
    tmp_path: Path, stop: str | int, code: int
) -> None:
    """Ctrl+C (or SIGTERM, SIGHUP) while the worker still extracts: the app exits with
    its status, the shell gets its terminal back (main screen, cursor shown, no mouse
    reporting, canonical mode and echo), no traceback is printed, no half-written file
    is left in the cache, and the next load through that cache gives what a fresh one
    does."""
    if not Path("/proc/self/task").exists():
        pytest.skip("needs /proc to find the app's process")
    corpus = prose_corpus(tmp_path / "corpus", 400)
    cache_dir = tmp_path / "cache"
    env = {"QUOTESCOPE_CACHE_DIR": str(cache_dir)}
    command = f"{shlex.quote(str(QUOTESCOPE))} corpus; {AFTER_THE_APP}"
    tmux = start_tmux(tmp_path, command, env)
    try:
        screen = tmux.wait_for(_loading, "the load to be under way")
        assert " articles · " not in screen, "loaded before the test could act"
        if isinstance(stop, str):
            tmux.keys(stop)
        else:
            os.kill(_app_pid(tmux), stop)
        deadline = time.monotonic() + 60
        while not (tmp_path / "stty.txt").exists():
            assert time.monotonic() < deadline, f"still running:\n{tmux.screen()}"
            time.sleep(0.2)
        assert tmux.exit_code_file.read_text().strip() == str(code)
        modes = tmux.run(
            "display", "-p", "-t", tmux.session,
            "#{alternate_on} #{cursor_flag} #{mouse_any_flag} #{mouse_standard_flag}",
        ).stdout.split()  # fmt: skip
        assert modes == ["0", "1", "0", "0"], "alternate screen, cursor, mouse: " + str(modes)
        stty = (tmp_path / "stty.txt").read_text().split()
        assert "icanon" in stty and "echo" in stty, "the terminal was left in raw mode"
        history = tmux.run("capture-pane", "-p", "-S", "-", "-t", tmux.session).stdout
        assert "Traceback" not in history and "Error" not in history, history
    finally:
        tmux.run("kill-server", check=False)
    left = sorted(p.name for p in cache_dir.rglob("*") if p.is_file())
    assert not [name for name in left if name.startswith(".tmp-")], left
    export = [str(QUOTESCOPE), "export", str(corpus)]
    again = subprocess.run(export, env={**os.environ, **env}, capture_output=True, timeout=300)
    fresh = subprocess.run([*export, "--no-cache"], capture_output=True, timeout=300)
    assert again.returncode == fresh.returncode == 0, again.stderr[-500:]
    assert again.stdout == fresh.stdout and again.stdout.count(b"\n") > 400
