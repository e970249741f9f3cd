"""The attribution package and the text modules compile with mypyc (see setup.py and
``tui.core.compiled``): they must stay clean under mypy, and a compiled build must
attribute exactly as the pure Python source does, and never run stale."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.core.attribution.builds import needs_compiled
from tui.core.compiled import ATTRIBUTION, TEXT_MODULES, stale_sources, stale_text_modules

REPO = Path(__file__).resolve().parents[3]

# Loads folders in this process (no workers) and prints the build, then every quote's
# attribution and every merged speaker.
_DUMP = """
import sys
from tui.core.compiled import attribution_build
from tui.core.corpus import load_corpus
print(attribution_build())
for folder in sys.argv[1:]:
    corpus = load_corpus([folder], workers=1)
    for q in corpus.quotes:
        print(q.article, q.start, q.end, q.kind, q.speaker, q.speaker_how, q.confidence,
              q.speaker_mention, sep="\\t")
    for s in corpus.speakers:
        print(s.name, s.is_person, s.quote_count, s.word_count, s.aliases, sep="\\t")
    for p in corpus.problems:
        print(p.path, p.reason, sep="\\t")
"""


def test_the_attribution_package_type_checks_as_mypyc_needs(tmp_path: Path) -> None:
    """mypyc refuses code mypy rejects, and compiles what mypy takes for unreachable as
    such: the package must pass (with pyproject's [tool.mypy] settings)."""
    pytest.importorskip("mypy", reason="mypy is not installed (it is in the test extra)")
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--cache-dir",
            str(tmp_path),
            "tui/core/attribution",
            *(f"tui/core/{name}.py" for name in TEXT_MODULES),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def _dump(root: Path, script: Path, folders: list[Path]) -> list[str]:
    run = subprocess.run(
        [sys.executable, str(script), *map(str, folders)],
        cwd=script.parent,
        env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert run.returncode == 0, run.stderr
    return run.stdout.splitlines()


@needs_compiled
def test_the_compiled_build_attributes_exactly_as_the_source(tmp_path: Path) -> None:
    pure = tmp_path / "pure"
    shutil.copytree(REPO / "tui", pure / "tui", ignore=shutil.ignore_patterns("*.so", "*.pyd"))
    script = tmp_path / "run" / "dump.py"
    script.parent.mkdir()
    script.write_text(textwrap.dedent(_DUMP))
    folders = [REPO / "seeds", *sorted((REPO / "tests" / "core" / "data").glob("*/texts"))]
    compiled = _dump(REPO, script, folders)
    source = _dump(pure, script, folders)
    assert compiled[0].startswith("compiled") and source[0] == "pure Python"
    assert len(compiled) > 1000
    assert compiled[1:] == source[1:]


@needs_compiled
def test_the_compiled_build_is_not_older_than_its_sources() -> None:
    stale = stale_sources(ATTRIBUTION) + stale_text_modules(ATTRIBUTION.parent)
    assert not stale, (
        f"{stale} changed since attribution was compiled: rebuild it "
        "(QUOTESCOPE_COMPILE=1 pip install -e .) or delete tui/core/attribution/*.so"
    )
