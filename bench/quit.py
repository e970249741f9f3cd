"""How long quitting takes at each phase of a cold load, on a real pseudo-terminal.

Run from the repo root::

    python bench/quit.py --corpus FOLDER                 # Ctrl+Q in every phase
    python bench/quit.py --corpus FOLDER --how TERM      # SIGTERM to the process group
    python bench/quit.py --articles 20000                # build a corpus first (scale.py's)
    python bench/quit.py --corpus FOLDER --cache         # cold with the cache on, as users run

For each phase the app (``quotescope --no-cache``, or with ``--cache`` a cold start
with its own empty cache folder, 100x30) is started, caught in that
phase by what it draws, and told to quit: ``loading`` (worker batches coming in),
``assembling`` (every file read: speaker merge, quote grouping, the index's words),
``indexing`` (the search index), ``loaded`` (the panes filled). Three figures, seconds
from the key or signal: the terminal given back (the app's last "leave the alternate
screen"), the process gone, and every process of its group gone (workers, forkserver,
resource tracker). "gone - given back" is what Python's own shutdown adds after the
screen is back. Wall times on a shared machine: the load average is printed with them.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import re
import select
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

QUOTESCOPE = Path(sys.executable).with_name("quotescope")
PHASES = {
    "loading": rb"Loading articles\xe2\x80\xa6 [1-9][\d,]*/",
    "assembling": rb"Loading articles\xe2\x80\xa6 ([\d,]+)/\1 files",
    "indexing": rb"Indexing [\d,]+ quotes",
    "loaded": rb" articles \xc2\xb7 ",
}
KEYS = {"ctrl+q": b"\x11", "ctrl+c": b"\x03"}
LEAVE = b"\x1b[?1049l"


def _load() -> str:
    with open("/proc/loadavg") as f:
        return f.read().split()[0]


def _child_setup() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


def once(corpus: str, phase: str, how: str, cache: str | None) -> tuple[float, float, float] | None:
    """(given back, gone, group gone) in seconds after the quit, or None when the load
    went past ``phase`` before it was seen."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    with tempfile.TemporaryDirectory(prefix="quotescope-quit-cache-") as empty:
        env = {**os.environ, "TERM": "xterm-256color", "QUOTESCOPE_CACHE_DIR": cache or empty}
        flags = [] if cache is None else ["--no-cache"]
        got = _quit(master, slave, [str(QUOTESCOPE), *flags, corpus], env, phase, how)
        left = sorted(p.name for p in Path(empty).rglob(".tmp-*"))
        if left:
            print(f"  temporary files left in the cache: {left}", file=sys.stderr)
        return got


def _quit(
    master: int, slave: int, command: list[str], env: dict[str, str], phase: str, how: str
) -> tuple[float, float, float] | None:
    proc = subprocess.Popen(
        command,
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        start_new_session=True,
        preexec_fn=_child_setup,
    )
    os.close(slave)
    out = bytearray()
    later = [p for p in PHASES if list(PHASES).index(p) > list(PHASES).index(phase)]
    try:
        while not re.search(PHASES[phase], out[-4000:]):
            if any(re.search(PHASES[p], out[-4000:]) for p in later) or proc.poll() is not None:
                return None
            if select.select([master], [], [], 0.01)[0]:
                out.extend(os.read(master, 65536))
        sent = time.perf_counter()
        if how in KEYS:
            os.write(master, KEYS[how])
        else:
            os.killpg(proc.pid, signal.Signals[f"SIG{how}"])
        mark = len(out)
        back = gone = None
        while True:
            if back is None and LEAVE in out[mark:]:
                back = time.perf_counter() - sent
            if gone is None and proc.poll() is not None:
                gone = time.perf_counter() - sent
            if gone is not None:
                try:
                    os.killpg(proc.pid, 0)
                except ProcessLookupError:
                    break
            ready = select.select([master], [], [], 0.002)[0]
            if ready:
                try:
                    out.extend(os.read(master, 65536))
                except OSError:
                    ready = []
            if not ready:
                time.sleep(0.002)
        group = time.perf_counter() - sent
        if b"Traceback" in out:
            print("  (a traceback was printed)", file=sys.stderr)
        return (back if back is not None else float("nan"), gone, group)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        os.close(master)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", metavar="FOLDER")
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--how", default="ctrl+q", help="ctrl+q, ctrl+c, TERM, HUP")
    parser.add_argument("--phases", default=",".join(PHASES))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cache", action="store_true", help="cold, the cache on")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="quotescope-quit-") as tmp:
        corpus = args.corpus
        if corpus is None:
            sys.path.insert(0, str(Path(__file__).parent))
            from scale import write_corpus

            corpus = str(Path(tmp) / "corpus")
            write_corpus(Path(corpus), args.articles)
        mode = "cold, cache on" if args.cache else "--no-cache"
        print(f"quit by {args.how} ({mode}); load average {_load()} on {os.cpu_count()} cores")
        print(f"{'phase':<11} {'given back':>10} {'gone':>7} {'group':>7}  (median s, runs)")
        for phase in args.phases.split(","):
            runs = []
            for _ in range(args.repeat):
                got = once(corpus, phase, args.how, None if args.cache else tmp)
                if got is not None:
                    runs.append(got)
            if not runs:
                print(f"{phase:<11} (never caught: the load went past it)")
                continue
            back, gone, group = (statistics.median(r[k] for r in runs) for k in range(3))
            print(f"{phase:<11} {back:10.2f} {gone:7.2f} {group:7.2f}  ({len(runs)} runs)")
        print(f"load average at the end: {_load()}")


if __name__ == "__main__":
    main()
