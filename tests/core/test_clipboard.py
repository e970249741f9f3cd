"""The clipboard reports where text went: the system clipboard, tmux's buffer, or nowhere."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import types
from collections.abc import Iterator
from pathlib import Path

import pytest

from tui.core.clipboard import Copied, copy_text


class FakePyperclip(types.ModuleType):
    """pyperclip as it behaves with (``works``) or without a copy mechanism."""

    class PyperclipException(RuntimeError):
        pass

    def __init__(self, works: bool) -> None:
        super().__init__("pyperclip")
        self.works = works
        self.copied: list[str] = []

    def copy(self, text: str) -> None:
        if not self.works:
            raise self.PyperclipException(
                "Pyperclip could not find a copy/paste mechanism for your system. See ..."
            )
        self.copied.append(text)


@pytest.fixture
def clip(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> FakePyperclip:
    fake = FakePyperclip(works=request.param)
    monkeypatch.setitem(sys.modules, "pyperclip", fake)
    return fake


NO_TMUX = {"PATH": os.environ.get("PATH", "")}


@pytest.mark.parametrize("clip", [True], indirect=True)
def test_system_clipboard_reachable(clip: FakePyperclip) -> None:
    assert copy_text("“Hi” — Ann", NO_TMUX) == Copied(("the system clipboard",))
    assert clip.copied == ["“Hi” — Ann"]


@pytest.mark.parametrize("clip", [False], indirect=True)
def test_no_clipboard_anywhere_says_why(clip: FakePyperclip) -> None:
    copied = copy_text("x", NO_TMUX)
    assert copied.places == ()
    assert copied.problem == (
        "no system clipboard (Pyperclip could not find a copy/paste mechanism for your system)"
    )


def test_pyperclip_on_this_machine_never_raises() -> None:
    """The real pyperclip: either it copies or copy_text says why (headless CI: no X)."""
    copied = copy_text("quotescope clipboard probe", NO_TMUX)
    assert (copied.places == ("the system clipboard",)) != (copied.problem is not None)


@pytest.fixture
def tmux_server(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A private tmux server; the env a program running inside it would have."""
    tmux = shutil.which("tmux")
    if tmux is None:
        pytest.skip("tmux is not installed")
    socket = tmp_path / "tmux.sock"
    subprocess.run([tmux, "-S", str(socket), "-f", os.devnull, "new-session", "-d"], check=True)
    try:
        yield {"PATH": os.environ.get("PATH", ""), "TMUX": f"{socket},0,0"}
    finally:
        subprocess.run([tmux, "-S", str(socket), "kill-server"], check=False)


@pytest.mark.parametrize("clip", [False], indirect=True)
def test_inside_tmux_the_paste_buffer_takes_it(
    clip: FakePyperclip, tmux_server: dict[str, str]
) -> None:
    copied = copy_text("“Life blood” — Gerard Coyne", tmux_server)
    assert copied.places == ("the tmux paste buffer",)
    socket = tmux_server["TMUX"].split(",")[0]
    shown = subprocess.run(
        ["tmux", "-S", socket, "show-buffer"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    assert shown == "“Life blood” — Gerard Coyne"
