"""Signals during ``quotescope export -o``: exit 128+N, old file intact, no partial file.

The deterministic cases run the real command line (``tui.cli.main``) in a child
process that stalls at a chosen point (during the load, or with the temp file written
and not yet renamed) and then gets a real signal. One more case sends SIGTERM to the
installed ``quotescope`` at whatever point it has reached.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.child import as_foreground_job
from tests.hostile.generate import prose_corpus

pytestmark = pytest.mark.e2e

QUOTESCOPE = Path(sys.executable).with_name("quotescope")
OLD = "old export, must survive\n"

# Stalls at one point of a real export (creating READY there) until a signal arrives.
DRIVER = """
import os, sys, time
from tui import cli
phase, ready = sys.argv[1], sys.argv[2]

def stall(real):
    def stalled(*args, **kwargs):
        open(ready, "w").close()
        time.sleep(60)
        return real(*args, **kwargs)
    return stalled

if phase == "load":
    cli.load_corpus = stall(cli.load_corpus)
else:
    os.fsync = stall(os.fsync)  # the temp file is written, not yet renamed
sys.exit(cli.main(sys.argv[3:]))
"""

SIGNALS = [(signal.SIGTERM, 143), (signal.SIGHUP, 129), (signal.SIGINT, 130)]


def _wait_for(path: Path, proc: subprocess.Popen, seconds: float = 120) -> None:
    end = time.monotonic() + seconds
    while not path.exists():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < end, "the export never reached the point"
        time.sleep(0.02)


@pytest.mark.parametrize("phase", ["load", "write"])
@pytest.mark.parametrize(("signum", "code"), SIGNALS, ids=["TERM", "HUP", "INT"])
def test_signal_during_export_keeps_the_old_file(
    tmp_path: Path, phase: str, signum: int, code: int
) -> None:
    corpus = prose_corpus(tmp_path / "corpus", 3)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "quotes.jsonl"
    out.write_text(OLD)
    out.chmod(0o640)
    ready = tmp_path / "ready"
    export = ["export", str(corpus), "-o", str(out), "--force"]
    proc = subprocess.Popen(
        [sys.executable, "-c", DRIVER, phase, str(ready), *export],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=as_foreground_job,
    )
    _wait_for(ready, proc)
    if phase == "write":
        assert len(list(out_dir.iterdir())) == 2, "the temp file should exist by now"
    proc.send_signal(signum)
    # Generous for a loaded machine; a command deaf to the signal still fails, on its
    # exit code: after the 60 s stall it would write the file and exit 0.
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == code, err
    assert len(err.splitlines()) == 1 and "Traceback" not in err, err
    assert out.read_text() == OLD and stat_mode(out) == 0o640
    assert [p.name for p in out_dir.iterdir()] == ["quotes.jsonl"], "a partial file was left"


# A signal lands while a class is created (as importing a module defining a dataclass
# does): in Python 3.11 its exception, raised in a ``__set_name__`` call, came out as
# ``RuntimeError("Error calling __set_name__ ...")``. "start": as the command imports
# tui.core.decode (tui.launch's handlers); "load": a class created during the export's
# load (the CLI's handlers), as a module imported lazily there would.
IN_A_CLASS = """
import dataclasses, signal, sys
phase, signum = sys.argv[1], signal.Signals[sys.argv[2]]
real = dataclasses.Field.__set_name__

def set_name(self, owner, name):
    if owner.__name__ == {"start": "Decoded", "load": "Late"}[phase]:
        signal.raise_signal(signum)
    return real(self, owner, name)

dataclasses.Field.__set_name__ = set_name
if phase == "load":
    from tui import cli
    load = cli.load_corpus

    def late_class(*args, **kwargs):
        @dataclasses.dataclass
        class Late:
            values: list = dataclasses.field(default_factory=list)
        return load(*args, **kwargs)

    cli.load_corpus = late_class
from tui.launch import main
sys.argv[1:3] = []
sys.exit(main())
"""


@pytest.mark.parametrize("phase", ["start", "load"])
@pytest.mark.parametrize(("signum", "code"), SIGNALS, ids=["TERM", "HUP", "INT"])
def test_a_signal_while_a_class_is_created_stops_the_command_cleanly(
    tmp_path: Path, phase: str, signum: int, code: int
) -> None:
    corpus = prose_corpus(tmp_path / "corpus", 3)
    out = tmp_path / "quotes.jsonl"
    out.write_text(OLD)
    name = signal.Signals(signum).name
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            IN_A_CLASS,
            phase,
            name,
            "export",
            str(corpus),
            "-o",
            str(out),
            "--force",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=as_foreground_job,
    )
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr and "__set_name__" not in result.stderr
    assert len(result.stderr.splitlines()) <= 1, result.stderr
    assert out.read_text() == OLD


def stat_mode(path: Path) -> int:
    return os.stat(path).st_mode & 0o7777


def test_sigterm_to_the_installed_command_at_any_point(tmp_path: Path) -> None:
    """The real ``quotescope export``, SIGTERM after a moment: either it finished (exit
    0, new file whole) or it stopped (exit 143, old file intact); never anything else."""
    corpus = prose_corpus(tmp_path / "corpus", 150)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "quotes.jsonl"
    for delay in (0.6, 1.2):
        out.write_text(OLD)
        proc = subprocess.Popen(
            [str(QUOTESCOPE), "export", str(corpus), "-o", str(out), "--force"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        time.sleep(delay)
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
        # 143: stopped by our handler; -15: the signal came before it was installed or
        # after it was removed (interpreter start-up or exit): a plain signal death.
        assert proc.returncode in (0, 143, -signal.SIGTERM), (proc.returncode, err)
        assert "Traceback" not in err
        if out.read_text() == OLD:
            assert "wrote" not in err
        else:  # finished: the whole new file, as many records as it says it wrote
            records = out.read_text().splitlines()
            assert f"wrote {len(records)} quotes" in err and records[0].startswith('{"id": 0,')
        assert [p.name for p in out_dir.iterdir()] == ["quotes.jsonl"]
