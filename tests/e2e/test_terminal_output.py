"""The real app on hostile articles: nothing from an article reaches the terminal as a
control sequence, markup shows literally, and ``q`` quits cleanly.

Two views of the same run: the raw bytes the app writes to a pseudo-terminal (what a
terminal would execute), and the screen tmux draws from them (what a person sees).
The corpus is the small hostile one from ``tests.hostile.generate`` (escapes with
OSC 0/52/8 payloads, markup, controls, a binary file) so these stay quick.
"""

from __future__ import annotations

import fcntl
import os
import random
import re
import select
import shutil
import struct
import subprocess
import sys
import tempfile
import termios
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.hostile.generate import (
    CLIPBOARD_PAYLOAD,
    LINK_TARGET,
    NAME_BINARY,
    NAME_TITLE_PAYLOAD,
    TITLE_PAYLOAD,
    alternating,
    build,
    single_line,
    unbalanced,
)
from tui.core.sanitize import printable

pytestmark = pytest.mark.e2e

QUOTESCOPE = Path(sys.executable).with_name("quotescope")
ROWS, COLS = 40, 120
PAYLOADS = (TITLE_PAYLOAD, CLIPBOARD_PAYLOAD, LINK_TARGET)
# Phrases that must be on screen: article words around the stripped sequences, and
# markup shown as the characters it is made of.
VISIBLE_FIRST = ("[bold]Markup[/bold] in the [red]headline[/]", "[@click=app.quit]")
VISIBLE_SEARCHED = ("not back down", "The harbour board met on Monday. Members voted click here.")
SEARCH = "back down"  # typed at launch (the cursor starts in the search); finds one quote,
# Enter then opens its article (the escapes one)
SEARCHED = r"\b1 of \d+ quotes"  # the finder's count once the search has run
PALETTE_HELP = "[bold]Markup[/bold] in the [red]headline[/] [@click=app.quit]"
# A hostile file name on the problems screen, shown escaped (a visible placeholder).
NAME_SHOWN = printable(NAME_BINARY).split("[bold]")[0]  # "\\x1b]2;NAMETITLE\\x07"
# Remnants of sequences that reached the screen as text. A "]2;" right after a
# visible "\\x1b" placeholder is the escaped file name, not a remnant.
REMNANT = re.compile(r"\x1b|\x07|\ufffd|(?<!\\x1b)\](?:0|1|2|8|52);|\[31;1m|\[2J|\[10;10H")

_OSC = re.compile(rb"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)")
_CSI = re.compile(rb"\x1b\[[0-?]*[ -/]*[@-~]")
_OTHER_ESC = re.compile(rb"\x1b[ -/]*[0-~]")
_C1_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")


@pytest.fixture
def ui_corpus() -> Iterator[Path]:
    """The small hostile corpus at a short path, so problem paths fit on one line."""
    with tempfile.TemporaryDirectory(prefix="qs") as tmp:
        root = Path(tmp) / "hostile"
        build(root, small=True)
        yield root


def _tree(root: Path) -> list[tuple[str, int, int]]:
    return sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in root.rglob("*"))


class PtyApp:
    """quotescope on a pseudo-terminal of a fixed size, every byte it writes kept."""

    def __init__(self, corpus: Path) -> None:
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": str(COLS), "LINES": str(ROWS)}
        for name in ("TEXTUAL", "TMUX", "NO_COLOR", "QUOTESCOPE_DEBUG"):
            env.pop(name, None)
        self.proc = subprocess.Popen(
            [str(QUOTESCOPE), str(corpus)],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            cwd=corpus.parent,
            start_new_session=True,
            # The pty becomes the controlling terminal, as in a real terminal window.
            preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0),
        )
        os.close(slave)
        self.output = bytearray()
        self.closed = False

    def read_until(self, wanted: bytes | None, seconds: float) -> bool:
        """Read output for up to ``seconds``; True as soon as ``wanted`` was written."""
        end = time.monotonic() + seconds
        while time.monotonic() < end and not self.closed:
            if wanted is not None and wanted in self.output:
                return True
            ready, _, _ = select.select([self.master], [], [], 0.1)
            if not ready:
                continue
            try:
                data = os.read(self.master, 65536)
            except OSError:  # EIO: the app exited and closed the terminal
                data = b""
            if not data:
                self.closed = True
            self.output.extend(data)
        return wanted is not None and wanted in self.output

    def wait_visible(self, pattern: str, seconds: float, since: int = 0) -> bool:
        """Like read_until, for text (a regex) the app may split with style changes;
        only output from byte ``since`` on counts."""
        end = time.monotonic() + seconds
        while time.monotonic() < end and not self.closed:
            if re.search(pattern, _visible(bytes(self.output[since:]))):
                return True
            self.read_until(None, 0.3)
        return re.search(pattern, _visible(bytes(self.output[since:]))) is not None

    def send(self, keys: bytes) -> None:
        os.write(self.master, keys)

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(5)
        os.close(self.master)


def _visible(stream: bytes) -> str:
    """The text of the stream with the app's own escape sequences taken out."""
    for pattern in (_OSC, _CSI, _OTHER_ESC):
        stream = pattern.sub(b"", stream)
    return stream.decode("utf-8", errors="replace")


def test_pty_stream_carries_no_article_control_sequences(ui_corpus: Path) -> None:
    before = _tree(ui_corpus)
    app = PtyApp(ui_corpus)
    try:
        # The first article by title (the markup one) opens by itself.
        assert app.read_until(b"[@click=app.quit]", 30), "the app never showed an article"
        app.read_until(b"skipped", 5)
        since = len(app.output)
        app.send(SEARCH.encode())
        assert app.wait_visible(SEARCHED, 15, since), "the search never ran"
        app.send(b"\r")
        assert app.read_until(b"harbour board met on Monday", 10)
        app.read_until(None, 1)
        app.send(b"p")  # the problems screen lists the oddly named binary file
        assert app.wait_visible(re.escape(NAME_SHOWN), 10), "no problems screen"
        app.send(b"\x1b")
        app.read_until(None, 1)
        # The command palette: a quote hit shows its article title as help text.
        since = len(app.output)
        app.send(b"\x10")  # ctrl+p
        app.read_until(None, 1)
        app.send(b"Marker markup loaded")
        assert app.wait_visible(re.escape(PALETTE_HELP), 10, since), "no literal help text"
        app.send(b"\x1b")
        app.read_until(None, 1)
        app.send(b"q")
        app.read_until(None, 10)
        assert app.proc.wait(10) == 0
    finally:
        app.close()
    stream = bytes(app.output)
    # No payload of an article anywhere in what the app wrote.
    for payload in PAYLOADS:
        assert payload.encode() not in stream, payload
    # The app's own OSC sequences only: no title, clipboard or hyperlink ones.
    oscs = _OSC.findall(stream)
    assert not [o for o in oscs if re.match(rb"\x1b\](?:0|1|2|8|52);", o)], oscs
    assert not [o for o in oscs if b"evil.example" in o or NAME_TITLE_PAYLOAD.encode() in o]
    # Outside those sequences: no bell, NUL, C1 control or stray ESC from an article.
    rest = _OTHER_ESC.sub(b"", _CSI.sub(b"", _OSC.sub(b"", stream)))
    assert b"\x07" not in rest and b"\x00" not in rest and b"\x1b" not in rest
    assert _C1_UTF8.search(stream) is None
    # Article words and markup are shown as text.
    visible = _visible(stream)
    for phrase in VISIBLE_FIRST + VISIBLE_SEARCHED:
        assert phrase in visible, phrase
    assert REMNANT.search(visible) is None, REMNANT.search(visible)
    assert "Markup in the headline" not in visible, "a title was read as markup"
    assert _tree(ui_corpus) == before, "the app wrote inside the corpus"


def _tmux(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["tmux", *args], capture_output=True, text=True, timeout=20)


def _wait_for_screen(session: str, wanted: str | tuple[str, ...], seconds: float) -> str:
    """The first screen showing every ``wanted`` phrase at once (or the last one seen)."""
    phrases = (wanted,) if isinstance(wanted, str) else wanted
    end = time.monotonic() + seconds
    screen = ""
    while time.monotonic() < end:
        screen = _tmux("capture-pane", "-p", "-t", session).stdout
        if all(p in screen for p in phrases):
            return screen
        time.sleep(0.3)
    return screen


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_tmux_screen_shows_no_garbage_and_quits(ui_corpus: Path) -> None:
    session = f"quotescope-hostile-{os.getpid()}"
    # A moment for a freshly started tmux server to settle the pane size first.
    command = f"sleep 0.5; cd {ui_corpus.parent} && TERM=xterm-256color {QUOTESCOPE} {ui_corpus}"
    before = _tree(ui_corpus)
    started = _tmux("new", "-d", "-s", session, "-x", str(COLS), "-y", str(ROWS), command)
    assert started.returncode == 0, started.stderr
    try:
        _wait_for_screen(session, "[@click=app.quit]", 30)
        # The notification, the article list and the reader paint separately.
        first = _wait_for_screen(session, ("skipped", *VISIBLE_FIRST), 10)
        _tmux("send-keys", "-t", session, "-l", SEARCH)
        searched = _wait_for_screen(session, "1 of ", 15)
        assert re.search(SEARCHED, searched), searched
        _tmux("send-keys", "-t", session, "Enter")
        second = _wait_for_screen(session, "harbour board met on Monday", 10)
        _tmux("send-keys", "-t", session, "p")
        third = _wait_for_screen(session, NAME_SHOWN, 10)
        assert NAME_SHOWN in third, third
        _tmux("send-keys", "-t", session, "Escape")
        # Let the screen close before q (ESC then q at once reads as alt+q).
        end = time.monotonic() + 10
        while (
            time.monotonic() < end
            and NAME_SHOWN in _tmux("capture-pane", "-p", "-t", session).stdout
        ):
            time.sleep(0.2)
        for screen in (first, second, third):
            assert REMNANT.search(screen) is None, (REMNANT.search(screen), screen)
            for payload in PAYLOADS:
                assert payload not in screen
        for phrase in VISIBLE_FIRST:
            assert phrase in first, (phrase, first)
        for phrase in VISIBLE_SEARCHED:
            assert phrase in second, (phrase, second)
        assert "2 files were skipped" in first + second
        _tmux("send-keys", "-t", session, "q")
        end = time.monotonic() + 10
        while time.monotonic() < end and _tmux("has-session", "-t", session).returncode == 0:
            time.sleep(0.2)
        assert _tmux("has-session", "-t", session).returncode != 0, "q did not end the app"
    finally:
        _tmux("kill-session", "-t", session)
    assert _tree(ui_corpus) == before, "the app wrote inside the corpus"


def test_pty_app_stays_usable_on_pathological_shapes(tmp_path: Path) -> None:
    """A 1 MB single line, a mark every other character, 10,000 unbalanced marks:
    the app loads them, moves between them and quits on ``q``."""
    rng = random.Random(3)
    root = tmp_path / "shapes"
    root.mkdir()
    (root / "single.txt").write_text(single_line(rng, 1_000_000), encoding="utf-8")
    (root / "alternating.txt").write_text(alternating(), encoding="utf-8")
    (root / "unbalanced.txt").write_text(unbalanced(rng), encoding="utf-8")
    app = PtyApp(root)
    try:
        assert app.read_until(b"3 articles", 90), "the corpus never finished loading"
        steps = (
            (b"/Marker single", "single-line loaded fine"),  # search-as-you-type
            (b"\r", r"quote \d+/\d+"),  # open it: the end of a 1 MB line, wrapped lazily
            (b"NNn", None),  # previous, previous, next quote in the reader
            (b"\t", None),
            (b"jjj", None),  # down the list through the other shapes
        )
        for keys, wanted in steps:
            app.send(keys)
            if wanted:
                assert app.wait_visible(wanted, 30), wanted
            app.read_until(None, 1)
            assert app.proc.poll() is None, "the app died"
        app.send(b"q")
        app.read_until(None, 15)
        assert app.proc.wait(15) == 0
    finally:
        app.close()
