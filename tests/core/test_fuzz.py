"""A bounded fuzzing pass: seed articles, randomly mutated, through the whole core.

A seeded RNG makes every run the same (a failure names its seed and mutations so it
can be replayed); a fixed number of cases keeps it to a few seconds. Each mutant is
written to disk and read back with ``load_file`` — bytes, not just text, get broken —
then extracted, attributed and merged, with the shared invariants checked at each step.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.hostile import check_article, check_attribution, check_quotes, check_speakers
from tests.hostile.generate import ANSI, CURSOR, MARKUP, OSC_CLIPBOARD, OSC_LINK, OSC_TITLE
from tui.core.attribution import attribute_quotes, merge_speakers
from tui.core.loader import load_file
from tui.core.model import Article, Problem, Quote
from tui.core.quotes import extract_quotes

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
CASES = 160
SNIPPETS = [
    OSC_TITLE,
    OSC_CLIPBOARD,
    OSC_LINK,
    ANSI,
    CURSOR,
    MARKUP,
    "\x1b]0;unterminated title",
    "\x1b[",
    "\x9b2J",
    "\x07",
    "\x00",
    "\r",
    "\ufeff",
    "\u200b",
    "\u202e",
    "“",
    "”",
    '"',
    "'",
    "‘",
    "’",
    "''",
    "``",
    "«",
    "»",
    "\n\n“",
    "\n\n",
    " said Mr Coyne. ",
    "e\u0301",
    "🇬🇧",
]
Mutation = Callable[[random.Random, bytes], bytes]


def _insert_snippet(rng: random.Random, data: bytes) -> bytes:
    at = rng.randrange(len(data) + 1)
    return data[:at] + rng.choice(SNIPPETS).encode("utf-8", "surrogatepass") + data[at:]


def _flip_bytes(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if out:
            out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def _truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data) + 1)]  # may cut a UTF-8 character in half


def _duplicate_chunk(rng: random.Random, data: bytes) -> bytes:
    a = rng.randrange(len(data) + 1)
    b = min(len(data), a + rng.randint(1, 400))
    return data[:b] + data[a:b] * rng.randint(1, 5) + data[b:]


def _delete_chunk(rng: random.Random, data: bytes) -> bytes:
    a = rng.randrange(len(data) + 1)
    return data[:a] + data[a + rng.randint(1, 200) :]


def _shuffle_paragraphs(rng: random.Random, data: bytes) -> bytes:
    parts = data.split(b"\n")
    rng.shuffle(parts)
    return b"\n".join(parts)


def _one_line(rng: random.Random, data: bytes) -> bytes:
    return data.replace(b"\n", b" ")


def _straighten_quotes(rng: random.Random, data: bytes) -> bytes:
    for curly, straight in (("“", '"'), ("”", '"'), ("‘", "'"), ("’", "'")):
        if rng.random() < 0.7:
            data = data.replace(curly.encode(), straight.encode())
    return data


def _drop_closing_marks(rng: random.Random, data: bytes) -> bytes:
    return data.replace("”".encode(), b"", rng.randint(1, 20))


def _reencode(rng: random.Random, data: bytes) -> bytes:
    text = data.decode("utf-8", errors="replace")
    codec = rng.choice(["utf-16", "utf-16-be", "cp1252", "latin-1", "utf-8-sig"])
    return text.encode(codec, errors="replace")


def _mojibake(rng: random.Random, data: bytes) -> bytes:
    text = data.decode("utf-8", errors="replace")
    return text.encode("utf-8").decode("cp1252", errors="replace").encode("utf-8")


MUTATIONS: list[Mutation] = [
    _insert_snippet,
    _insert_snippet,
    _insert_snippet,
    _flip_bytes,
    _truncate,
    _duplicate_chunk,
    _delete_chunk,
    _shuffle_paragraphs,
    _one_line,
    _straighten_quotes,
    _drop_closing_marks,
    _reencode,
    _mojibake,
]


def _seed_texts() -> list[bytes]:
    return [p.read_bytes() for p in sorted(SEEDS.glob("*.txt"))]


def _run_case(path: Path, data: bytes, article_id: str) -> tuple[list[Article], list[Quote]]:
    path.write_bytes(data)
    articles, problems = load_file(path, article_id)
    assert all(isinstance(p, Problem) and p.reason for p in problems)
    assert articles or any(p.skipped for p in problems), "neither loaded nor skipped"
    quotes: list[Quote] = []
    for article in articles:
        check_article(article)
        found = extract_quotes(article, first_id=len(quotes))
        check_quotes(article, found, len(quotes))
        attribute_quotes(article, found)
        check_attribution(article, found)
        quotes.extend(found)
    return articles, quotes


def _fuzz(originals: list[bytes], tmp_path: Path, seed: int, cases: int) -> int:
    rng = random.Random(seed)
    all_articles: list[Article] = []
    all_quotes: list[Quote] = []
    for case in range(cases):
        data = rng.choice(originals)
        applied = [rng.choice(MUTATIONS) for _ in range(rng.randint(1, 4))]
        for mutate in applied:
            data = mutate(rng, data)
        suffix = rng.choice([".txt", ".txt", ".md"])
        names = [m.__name__ for m in applied]
        try:
            articles, quotes = _run_case(tmp_path / f"case{case}{suffix}", data, f"case{case}")
        except Exception as exc:
            raise AssertionError(f"seed {seed} case {case} mutations {names}: {exc!r}") from exc
        for q in quotes:
            q.id += len(all_quotes)
        all_articles.extend(articles)
        all_quotes.extend(quotes)
    speakers = merge_speakers(all_articles, all_quotes)
    check_speakers(speakers, all_quotes)
    return len(all_quotes)


@pytest.mark.parametrize("seed", [1, 2])
def test_fuzz_mutated_seed_articles(tmp_path: Path, seed: int) -> None:
    found = _fuzz(_seed_texts(), tmp_path, seed, CASES // 2)
    assert found > 0, "mutants of the seeds should still hold quotes"


def test_fuzz_random_bytes_and_text(tmp_path: Path) -> None:
    """Not articles at all: random bytes, random Unicode, runs of marks."""
    rng = random.Random(99)
    originals = [
        bytes(rng.randrange(256) for _ in range(2000)),
        "".join(chr(rng.randrange(0x20, 0x3000)) for _ in range(2000)).encode(),
        "".join(rng.choice("“”\"'‘’ \n.a") for _ in range(3000)).encode(),
    ]
    _fuzz(originals, tmp_path, 3, 40)


def test_fuzz_mutated_bbc_articles(tmp_path: Path, bbc_dir: Path) -> None:
    """Real articles (read-only, never copied into the repo), a seeded sample."""
    files = sorted((bbc_dir / "texts").rglob("*.txt"))
    sample = random.Random(7).sample(files, 20)
    found = _fuzz([f.read_bytes() for f in sample], tmp_path, 4, 60)
    assert found > 0
