"""``quotescope export`` after a worker process died during the load: it ends, writes
what it read, names the file it could not read and exits 1, with no traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests import dying_workers
from tests.dying_workers import corpus_with

ROOT = Path(__file__).resolve().parents[1]
EXPORT = """
import sys
from tests import dying_workers
from tui.core import parallel
parallel.PARALLEL_MIN_FILES = 1
parallel.BATCH_FILES = 4
parallel.default_workers = lambda: 2
parallel.extract_packed = dying_workers.dies_on
from tui.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("victim", [dying_workers.AT_ONCE, dying_workers.SENDING])
def test_export_says_in_one_line_that_a_file_was_not_read_and_exits_1(
    tmp_path: Path, victim: str
) -> None:
    folder = corpus_with(tmp_path / "corpus", victim)
    out = tmp_path / "quotes.jsonl"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", EXPORT, "export", str(folder), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=120,  # (it hung for ever)
        cwd=ROOT,
        env=env,
    )
    lines = done.stderr.splitlines()
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert lines[-1] == (
        "quotescope: error: 1 file could not be read (the process reading them died): "
        "the export lacks them"
    )
    assert any(f"13-{victim}.txt" in line and "killed by SIGKILL" in line for line in lines)
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert records and not any("13-" in json.dumps(r) for r in records)
