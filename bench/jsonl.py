"""Loading big JSON lines files: seconds and peak memory of ``load_file``.

Two files, both made up (see tests/hostile/generate.py):
  many    ~74 MB of ordinary articles, one per line (~33,000, like a news-API dump)
  single  one 60 MB line (with a normal article before and after it)

Each load runs in a fresh child process so its peak RSS is its own. Prints
articles, problems (as the CLI would print them), wall and CPU seconds, peak RSS.

Run:  .venv/bin/python bench/jsonl.py [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for tests.hostile

from tests.hostile.generate import prose

MB = 1_000_000

CHILD = """
import resource, sys, time
from pathlib import Path
from tui.core.loader import load_file
path = Path(sys.argv[1])
wall, cpu = time.perf_counter(), time.process_time()
articles, problems = load_file(path, path.name)
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{path.name:<12} {path.stat().st_size / 1e6:7.1f} MB  {len(articles):>7,} articles  "
      f"{wall:6.2f} s wall {cpu:6.2f} s CPU  peak RSS {peak:7.0f} MB")
for problem in problems[:3]:
    print(f"{'':<12} {problem}")
"""


def make_many(path: Path, size: int) -> None:
    rng = random.Random(4)
    bodies = [prose(rng, rng.randint(6, 14)) for _ in range(500)]
    written = n = 0
    with path.open("w", encoding="utf-8") as out:
        while written < size:
            body = bodies[n % len(bodies)]
            line = json.dumps({"title": f"Story {n}", "text": body, "source": "Made up"}) + "\n"
            out.write(line)
            written += len(line.encode())
            n += 1


def make_single(path: Path, size: int) -> None:
    rng = random.Random(5)
    block = " ".join(prose(rng, 20).split())
    with path.open("w", encoding="utf-8") as out:
        out.write(json.dumps({"title": "Before", "text": prose(rng, 4)}) + "\n")
        out.write('{"title": "Huge", "text": "')
        written = 0
        while written < size:
            out.write(block.replace('"', "'") + " ")
            written += len(block) + 1
        out.write('"}\n')
        out.write(json.dumps({"title": "After", "text": prose(rng, 4)}) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", help="write the files here (default: a temp folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep or tmp)
        folder.mkdir(parents=True, exist_ok=True)
        many, single = folder / "many.jsonl", folder / "single.jsonl"
        if not many.exists():
            make_many(many, 74 * MB)
        if not single.exists():
            make_single(single, 60 * MB)
        for path in (many, single):
            subprocess.run([sys.executable, "-c", CHILD, str(path)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
