"""Seconds per MB of the load pipeline on hostile shapes, at 1, 2, 4 and 8 MB.

Linear code shows a flat seconds-per-MB column as the size doubles; a quadratic step
shows it doubling too. Stages, each timed once per size on the same text:
  sanitize    decode_bytes + sanitize (escape stripping)
  paragraphs  make_article
  extract     extract_quotes
  attribute   attribute_quotes
  merge       merge_speakers

Shapes (all made up, see tests/hostile/generate.py):
  prose        paragraphs of news with quotes
  single-line  the same prose on one line
  unbalanced   opening marks and words, never closed
  alternating  a quote mark every other character
  escapes      prose salted with ANSI/OSC sequences and controls
  names        one line of quotes, all by the same few people

Times are CPU seconds of this process (``time.process_time``), so other jobs on a
shared machine do not bend the curve.

Run:  /work/venv/bin/python bench/hostile.py [--sizes 1 2 4 8] [--shapes prose ...]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for tests.hostile

from tests.hostile.generate import ANSI, ANSI_RESET, OSC_CLIPBOARD, OSC_TITLE, prose, sentence
from tui.core.attribution import attribute_quotes, merge_speakers
from tui.core.decode import decode_bytes
from tui.core.paragraphs import make_article
from tui.core.quotes import extract_quotes
from tui.core.sanitize import sanitize

MB = 1_000_000


def _repeat(make: Callable[[], str], size: int, sep: str) -> str:
    parts: list[str] = []
    total = 0
    while total < size:
        piece = make()
        parts.append(piece)
        total += len(piece) + len(sep)
    return sep.join(parts)


def make_shape(shape: str, size: int, seed: int = 1) -> str:
    """About ``size`` characters of one hostile shape."""
    rng = random.Random(seed)
    if shape == "prose":
        return _repeat(lambda: prose(rng, 10), size, "\n\n")
    if shape == "single-line":
        return _repeat(lambda: sentence(rng), size, " ")
    if shape == "unbalanced":
        return _repeat(lambda: "“" + rng.choice(("word", "the", "council")), size, " ")
    if shape == "alternating":
        return ('"a' * (size // 2))[:size]
    if shape == "escapes":
        noise = (ANSI, ANSI_RESET, OSC_TITLE, OSC_CLIPBOARD, "\x07", "\x00", "\x9b2J")
        return _repeat(lambda: sentence(rng) + rng.choice(noise), size, " ")
    if shape == "names":
        return _repeat(lambda: "“Fine,” said Ann Example. “Yes,” Mr Example said.", size, " ")
    raise ValueError(shape)


SHAPES = ("prose", "single-line", "unbalanced", "alternating", "escapes", "names")


def run(shape: str, size: int) -> dict[str, float]:
    """Seconds for each stage on ``size`` bytes of ``shape``."""
    raw = make_shape(shape, size).encode("utf-8", errors="surrogatepass")
    times: dict[str, float] = {}
    t = time.process_time()
    decoded = decode_bytes(raw)
    assert decoded.text is not None
    text = sanitize(decoded.text)
    times["sanitize"] = time.process_time() - t
    t = time.process_time()
    article = make_article("bench", "bench.txt", text)
    times["paragraphs"] = time.process_time() - t
    t = time.process_time()
    quotes = extract_quotes(article)
    times["extract"] = time.process_time() - t
    t = time.process_time()
    attribute_quotes(article, quotes)
    times["attribute"] = time.process_time() - t
    t = time.process_time()
    merge_speakers([article], quotes)
    times["merge"] = time.process_time() - t
    times["quotes"] = len(quotes)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 2, 4, 8])
    parser.add_argument("--shapes", nargs="+", default=list(SHAPES), choices=SHAPES)
    args = parser.parse_args()
    stages = ("sanitize", "paragraphs", "extract", "attribute", "merge")
    print(
        f"{'shape':<12} {'MB':>4} {'quotes':>8} "
        + " ".join(f"{s:>10}" for s in stages)
        + f" {'total':>8}   (seconds per MB)"
    )
    for shape in args.shapes:
        for mb in args.sizes:
            times = run(shape, int(mb * MB))
            per = [times[s] / mb for s in stages]
            print(
                f"{shape:<12} {mb:>4g} {int(times['quotes']):>8} "
                + " ".join(f"{p:>10.3f}" for p in per)
                + f" {sum(per):>8.3f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
