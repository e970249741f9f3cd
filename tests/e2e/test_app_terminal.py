"""The real app on a pseudo-terminal: signals give the terminal back, keys typed while
it starts are kept, and without a usable terminal it says so instead of drawing.

"Given back" means what a shell needs after the app: canonical mode and echo on (the
pty's own settings, read back), the main screen, mouse reporting off, cursor shown.
"""

from __future__ import annotations

import fcntl
import os
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from tests.e2e.child import as_foreground_job
from tests.hostile.generate import prose_corpus
from tui.core import parallel

pytestmark = pytest.mark.e2e

QUOTESCOPE = Path(sys.executable).with_name("quotescope")
LEAVE = (b"\x1b[?1049l", b"\x1b[?25h", b"\x1b[?1000l", b"\x1b[?1003l", b"\x1b[?1006l")


def _on_this_terminal() -> None:
    """In the child: a foreground job whose controlling terminal is the pty."""
    as_foreground_job()
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


class Pty:
    """``quotescope ARGS`` on a 100x30 pseudo-terminal, its output kept."""

    def __init__(
        self,
        *args: str | Path,
        env: dict[str, str] | None = None,
        command: list[str] | None = None,
    ) -> None:
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
        self.before = termios.tcgetattr(slave)
        base = {**os.environ, "TERM": "xterm-256color"}
        for name in ("TEXTUAL", "TMUX", "QUOTESCOPE_DEBUG"):
            base.pop(name, None)
        self.proc = subprocess.Popen(
            command or [str(QUOTESCOPE), *map(str, args)],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env={**base, **(env or {})},
            start_new_session=True,
            preexec_fn=_on_this_terminal,
        )
        os.close(slave)
        self.output = bytearray()

    def read(self, seconds: float, until: bytes | None = None) -> bool:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if until is not None and until in self.output:
                return True
            if not select.select([self.master], [], [], 0.05)[0]:
                if self.proc.poll() is not None:
                    break
                continue
            try:
                data = os.read(self.master, 65536)
            except OSError:
                break
            if not data:
                break
            self.output.extend(data)
        return until is not None and until in self.output

    def finish(self, seconds: float = 60) -> int:
        """The exit code, once the app is gone (its last output read). Fails if it still
        runs after ``seconds``: generous, as a loaded machine is slow, but a hang fails."""
        end = time.monotonic() + seconds
        # Keep reading: an app whose output nobody reads blocks on a full pty.
        while self.proc.poll() is None and time.monotonic() < end:
            self.read(0.1)
        hung = self.proc.poll() is None
        if hung:
            self.proc.kill()
            self.proc.wait(5)
        self.read(0.5)
        assert not hung, f"still running {seconds} s on: {bytes(self.output[-800:])!r}"
        return self.proc.returncode

    def modes_restored(self) -> bool:
        attrs = termios.tcgetattr(self.master)
        return attrs[3] & (termios.ICANON | termios.ECHO) == self.before[3] & (
            termios.ICANON | termios.ECHO
        ) and bool(attrs[3] & termios.ICANON)

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(5)
        os.close(self.master)


@pytest.mark.parametrize(
    ("signum", "code"),
    [(signal.SIGTERM, 143), (signal.SIGHUP, 129), (signal.SIGINT, 130)],
    ids=["TERM", "HUP", "INT"],
)
@pytest.mark.parametrize("when", ["loading", "loaded"])
def test_a_signal_gives_the_terminal_back(
    tmp_path: Path, signum: int, code: int, when: str
) -> None:
    corpus = prose_corpus(tmp_path / "corpus", 400 if when == "loading" else 3)
    app = Pty(corpus)
    try:
        wanted = b"Loading articles" if when == "loading" else b"3 articles"
        assert app.read(60, wanted), bytes(app.output[-500:])
        if when == "loading":
            assert b" articles \xc2\xb7 " not in app.output, "loaded before the signal"
        app.proc.send_signal(signum)
        assert app.finish() == code
        entered = app.output.rfind(b"\x1b[?1049h")
        assert entered >= 0
        after = bytes(app.output[entered:])
        for sequence in LEAVE:
            assert sequence in after, sequence
        assert app.modes_restored(), "the terminal was left in raw mode"
        assert b"Traceback" not in app.output
    finally:
        app.close()


def _group_gone(app: Pty, seconds: float = 30) -> bool:
    """Whether every process of the app's group (its session: the workers, the
    forkserver, multiprocessing's resource tracker) has ended, reading what they write."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.read(0.2)
        try:
            os.killpg(app.proc.pid, 0)
        except ProcessLookupError:
            app.read(0.2)
            return True
    return False


def _cold_load_in_workers(tmp_path: Path) -> Pty:
    """The app cold-loading enough files for worker processes, caught while it loads."""
    if parallel.default_workers() < 2:
        pytest.skip("one core: the load runs in the app's own process")
    corpus = prose_corpus(tmp_path / "corpus", 5 * parallel.PARALLEL_MIN_FILES)
    app = Pty(corpus, "--no-cache")
    end = time.monotonic() + 60
    # A first batch is in: the workers run (and more batches wait for them).
    while not re.search(rb"Loading articles\xe2\x80\xa6 [1-9][\d,]*/", app.output):
        assert app.proc.poll() is None and time.monotonic() < end, bytes(app.output[-500:])
        app.read(0.05)
    assert b" articles \xc2\xb7 " not in app.output, "loaded before the test could act"
    return app


@pytest.mark.parametrize(
    ("signum", "code"), [(signal.SIGHUP, 129), (signal.SIGTERM, 143)], ids=["HUP", "TERM"]
)
def test_a_signal_to_the_whole_group_during_a_cold_load_leaves_nothing_behind(
    tmp_path: Path, signum: int, code: int
) -> None:
    """A closed terminal sends SIGHUP to the whole process group, ``kill -TERM -PGID``,
    systemd and ``tmux kill-session`` SIGTERM: the resource tracker died of it, and the
    one the app started in its place on the way out printed a KeyError traceback for
    each of the pool's semaphores."""
    app = _cold_load_in_workers(tmp_path)
    try:
        os.killpg(app.proc.pid, signum)
        assert app.finish() == code
        entered = app.output.rfind(b"\x1b[?1049h")
        assert entered >= 0
        for sequence in LEAVE:
            assert sequence in app.output[entered:], sequence
        assert _group_gone(app), "a worker, the forkserver or the tracker outlived the app"
        assert b"Traceback" not in app.output and b"KeyError" not in app.output, bytes(
            app.output[-1500:]
        )
        assert b"resource_tracker" not in app.output
        assert app.modes_restored()
    finally:
        app.close()


@pytest.mark.parametrize(("key", "code"), [(b"\x03", 130), (b"\x11", 0)], ids=["ctrl+c", "ctrl+q"])
def test_quitting_during_a_cold_load_ends_the_workers(
    tmp_path: Path, key: bytes, code: int
) -> None:
    """Ctrl+C is an interruption (130, as fzf and the command line say it), Ctrl+Q a
    quit (0); either leaves at once, its worker processes ended, not waited for."""
    app = _cold_load_in_workers(tmp_path)
    try:
        os.write(app.master, key)
        assert app.finish() == code
        assert _group_gone(app), "a worker, the forkserver or the tracker outlived the app"
        assert b"Traceback" not in app.output
    finally:
        app.close()


# The real app writing a cache shard every 5 files (so a load quit part-way has written
# some), its speaker merge stuck for ever when asked ("assembling": every file is in,
# the texts file not yet kept), or not ("extracting").
ABANDONED = """
import sys, threading
from tui.core import cache, corpus
from tui.launch import main

cache.FILES_PER_SHARD = 5
if sys.argv[1] == "assembling":
    corpus.merge_speakers = lambda *args, **kwargs: threading.Event().wait()
del sys.argv[1]
sys.exit(main())
"""


def _quit_at(app: Pty, stage: str, files: int) -> None:
    """Ctrl+Q once the load is at ``stage`` (a fifth of the files in, or all of them)."""
    end = time.monotonic() + 60
    while True:
        done = re.findall(rb"Loading articles\xe2\x80\xa6 ([\d,]+)/", app.output)
        wanted = files if stage == "assembling" else files // 5
        if done and int(done[-1].replace(b",", b"")) >= wanted:
            break
        assert app.proc.poll() is None and time.monotonic() < end, bytes(app.output[-500:])
        app.read(0.05)
    if stage == "assembling":
        app.read(0.3)
    assert b" articles \xc2\xb7 " not in app.output, "loaded before the test could act"
    os.write(app.master, b"\x11")
    assert app.finish() == 0
    assert b"Traceback" not in app.output


@pytest.mark.parametrize("stage", ["extracting", "assembling"])
def test_quitting_during_a_cold_load_leaves_no_partial_file_in_the_cache(
    tmp_path: Path, stage: str
) -> None:
    """Quitting leaves the load behind: its temporary files (the texts file of a cold
    load, a shard being written) stayed in the cache folder, the texts file for a day.
    None is left now, and the next launch trusts nothing partial: an export through
    the cache holds exactly what one without it does."""
    files = 300
    corpus = prose_corpus(tmp_path / "corpus", files)
    env = {"QUOTESCOPE_CACHE_DIR": str(tmp_path / "cache")}
    app = Pty(command=[sys.executable, "-c", ABANDONED, stage, str(corpus)], env=env)
    try:
        _quit_at(app, stage, files)
    finally:
        app.close()
    left = sorted(p.name for p in (tmp_path / "cache").rglob("*") if p.is_file())
    assert left and not [name for name in left if name.startswith(".tmp-")], left
    if stage == "extracting":  # shards written, and their layout: the next load reads them
        assert "shards" in left and "0000.qsc" in left, left
    export = [sys.executable, "-c", ABANDONED, "extracting", "export", str(corpus)]
    again = subprocess.run(export, env={**os.environ, **env}, capture_output=True, timeout=300)
    fresh = subprocess.run([*export, "--no-cache"], capture_output=True, timeout=300)
    assert again.returncode == fresh.returncode == 0, again.stderr[-500:]
    assert again.stdout == fresh.stdout and again.stdout.count(b"\n") > files


# The real app, one stage of its load stuck for ever (as a stage that never stops to
# look, the speaker merge or the index of a very large corpus, is for seconds).
STUCK = """
import sys, threading
from tui import app
from tui.core import corpus
from tui.launch import main

owner, name = {"merge": (corpus, "merge_speakers"), "index": (app.QuoteIndex, "from_corpus")}[
    sys.argv[1]
]

def stuck(*args, **kwargs):
    threading.Event().wait()

setattr(owner, name, stuck)
del sys.argv[1]
sys.exit(main())
"""


@pytest.mark.parametrize(
    ("stage", "shown"),
    [("merge", b"3/3 files"), ("index", b"Indexing ")],
    ids=["assembling", "indexing"],
)
@pytest.mark.parametrize(("key", "code"), [(b"\x11", 0), (b"\x03", 130)], ids=["ctrl+q", "ctrl+c"])
def test_quitting_while_the_load_does_not_look_up_leaves_at_once(
    stage: str, shown: bytes, key: bytes, code: int
) -> None:
    """Between files a load stops when the app closes, but the stages after the last
    file (speaker merge, quote grouping, the index) never look: quitting there waited
    for them to end (seconds on a large corpus; here, stuck, for ever)."""
    app = Pty(command=[sys.executable, "-c", STUCK, stage, "--no-cache"])
    try:
        assert app.read(60, shown), bytes(app.output[-500:])
        app.read(0.3)
        assert b" articles \xc2\xb7 " not in app.output
        os.write(app.master, key)
        assert app.finish(20) == code
        assert b"Traceback" not in app.output
        assert LEAVE[0] in app.output and app.modes_restored()
    finally:
        app.close()


# The real app, a signal raised at the last moment before its own handlers go in (the
# loop runs, the terminal is not taken over yet: on a loaded machine a second or more).
EARLY_SIGNAL = """
import signal, sys
from tui import app
from tui.launch import main

entered, signum = app.QuotescopeApp.on_load, signal.Signals[sys.argv[1]]

def on_load(self):
    signal.raise_signal(signum)
    entered(self)

app.QuotescopeApp.on_load = on_load
del sys.argv[1:]
sys.exit(main())
"""


@pytest.mark.parametrize(
    ("name", "code"), [("SIGINT", 130), ("SIGTERM", 143), ("SIGHUP", 129)], ids=str
)
def test_a_signal_as_the_app_starts_stops_it_before_it_draws(name: str, code: int) -> None:
    """Until the loop's handlers were in, ``asyncio.run`` handled Ctrl+C by cancelling
    the app's task: the app drew its screen anyway and tore it down half-mounted with a
    NoMatches traceback, and where Textual swallows a cancel it ran on, deaf to that
    Ctrl+C (the ``q`` pressed next only typed into the search box)."""
    app = Pty(command=[sys.executable, "-c", EARLY_SIGNAL, name])
    try:
        assert app.finish() == code
        assert b"Traceback" not in app.output, bytes(app.output[-800:])
        assert b"\x1b[?1049h" not in app.output, "the app took the terminal over"
        assert app.modes_restored()
    finally:
        app.close()


@pytest.mark.parametrize("delay", [0.0, 0.3])
def test_keys_typed_while_the_app_starts_are_not_lost(delay: float) -> None:
    """Keys sent at once (or 0.3 s in) wait in the terminal until the app reads them:
    the cursor starts in the quote search (as in fzf), so they are a search, whole;
    then Esc and ``q`` quit."""
    app = Pty()
    try:
        app.read(delay)
        os.write(app.master, b"life blood")
        assert app.read(30, b"1 of 14 quotes"), bytes(app.output[-800:])
        os.write(app.master, b"\x1b")
        app.read(1)
        os.write(app.master, b"q")
        assert app.finish() == 0
        assert app.modes_restored()
    finally:
        app.close()


def in_python_start_up(output: bytes) -> bool:
    """A KeyboardInterrupt traceback from before any line of quotescope ran: inside
    Python's own start-up (site.py running the environment's .pth files, or the imports
    before it: frozen modules only; seen under load: 2 of 90 Ctrl+C sent 0.05-0.6 s in),
    or at the check the interpreter makes as the command's script starts ("line 0",
    before its first line: 2 of 150 sent 0.02-0.15 s in)."""
    tail = output[output.rfind(b"Traceback") :]
    ours = re.search(rb'File "[^"]*/tui/', tail)  # a frame in quotescope's package
    if b"Traceback" in output and b'File "<frozen site>"' in tail and ours is None:
        return True
    frames = re.findall(rb'File "([^"]+)", line (\d+)', tail)
    return bool(frames) and all(
        name.startswith(b"<frozen ") or (name.endswith(b"/quotescope") and line == b"0")
        for name, line in frames
    )


@pytest.mark.parametrize("delay", [0.1, 0.2, 0.5])
def test_ctrl_c_while_the_app_starts_prints_no_traceback(delay: float) -> None:
    if "tui.launch" not in QUOTESCOPE.read_text(encoding="utf-8", errors="replace"):
        pytest.skip("the quotescope script predates tui.launch: run pip install -e '.[test]'")
    app = Pty()
    try:
        app.read(delay)
        # Before raw mode the terminal turns it into SIGINT, after it is the Ctrl+C key:
        # either way the app stops by itself (a "q" would only type into the search box).
        os.write(app.master, b"\x03")
        # -SIGINT: the signal came before Python installed its handler (a loaded machine
        # can take 0.1 s to start the interpreter); the process just ends, printing nothing.
        code = app.finish()
        if in_python_start_up(app.output):
            # Just after: Python's own start-up (site.py running the environment's .pth
            # files) was interrupted, before any line of quotescope ran. Python prints
            # that traceback and exits 1 for every Python command; nothing was drawn.
            assert code == 1 and b"\x1b[?1049h" not in app.output
        else:
            assert code in (0, 130, -signal.SIGINT)
            assert b"Traceback" not in app.output and b"KeyboardInterrupt" not in app.output
        assert app.modes_restored()
    finally:
        app.close()


def test_without_a_terminal_the_app_says_so(tmp_path: Path) -> None:
    """cron, CI, a pipe: once a full-screen app writing escape codes forever."""
    result = subprocess.run(
        [str(QUOTESCOPE)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == (
        "quotescope: error: the explorer needs a terminal (stdin and stdout are not one); "
        "in scripts use 'quotescope export' or 'quotescope search'\n"
    )


def test_term_dumb_gets_one_line_not_the_full_screen_app() -> None:
    app = Pty(env={"TERM": "dumb"})
    try:
        assert app.finish() == 2
        assert b"TERM=dumb cannot show the explorer" in app.output
        assert b"\x1b[?1049h" not in app.output
    finally:
        app.close()
