"""Build a corpus of hostile article files: escapes, markup, encodings, odd shapes, odd paths.

Every file the generator makes is listed in the returned manifest with what quotescope
must do with it: load it (``load``), load it with a warning (``warn``), skip it with a
reason (``skip``), or either of the last two where the outcome depends on the machine
(``unreadable.txt`` is readable for root). Loadable files each hold at least one real
quote, so an export over the corpus names every loaded file through its quotes.

Run:  python -m tests.hostile.generate OUTDIR [--big] [--small]
(--big adds the 50 MB article; --small builds only the few files the UI tests use.)
Nothing here is article text from a real source: the prose is made up.
"""

from __future__ import annotations

import argparse
import base64
import codecs
import itertools
import json
import os
import random
import struct
import sys
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Outcome = Literal["load", "warn", "skip", "warn-or-skip", "load-or-skip"]

# Payloads a hostile article carries; a test checks none of them reaches the terminal.
TITLE_PAYLOAD = "PWNED-WINDOW-TITLE"
CLIPBOARD_SECRET = "rm -rf ~ # clipboard hijack"
CLIPBOARD_PAYLOAD = base64.b64encode(CLIPBOARD_SECRET.encode()).decode()
LINK_TARGET = "https://evil.example/phish"
OSC_TITLE = f"\x1b]0;{TITLE_PAYLOAD}\x07"
OSC_CLIPBOARD = f"\x1b]52;c;{CLIPBOARD_PAYLOAD}\x07"
OSC_LINK = f"\x1b]8;;{LINK_TARGET}\x1b\\click here\x1b]8;;\x1b\\"
NAME_TITLE_PAYLOAD = "NAMETITLE"
NAME_BINARY = f"\x1b]2;{NAME_TITLE_PAYLOAD}\x07[bold]named[/bold].txt"
NAME_ARTICLE = "\x1b[31mred\x1b[0m [link=evil.example]name[/link].txt"  # no "/": one file
ANSI = "\x1b[31;1m"
ANSI_RESET = "\x1b[0m"
CURSOR = "\x1b[2J\x1b[H\x1b[10;10H\x1b[?25l"
MARKUP = "[bold]not bold[/bold] [/] [link=https://evil.example]x[/link] [@click=app.quit]quit[/]"

NAMES = ("Ann Example", "Bob Placeholder", "Chidi Sample", "Dana Testcase", "Eli Fixture")
CUES = ("said", "told reporters", "added", "warned", "insisted")
WORDS = [
    "council",
    "budget",
    "harbour",
    "railway",
    "festival",
    "hospital",
    "union",
    "strike",
    "museum",
    "river",
    "bridge",
    "school",
    "market",
    "weather",
    "election",
    "harvest",
    "library",
    "ferry",
    "factory",
    "stadium",
]


@dataclass(frozen=True, slots=True)
class Entry:
    """One generated path and what loading it must give."""

    name: str  # path relative to the corpus root (POSIX)
    outcome: Outcome
    reason: str = ""  # a substring of the problem reason for warn/skip
    note: str = ""  # what the file is, for people reading a report


def sentence(rng: random.Random) -> str:
    """One made-up news sentence, often with an attributed quote."""
    w = rng.sample(WORDS, 4)
    who = rng.choice(NAMES)
    kind = rng.randrange(4)
    if kind == 0:
        return f"“The {w[0]} and the {w[1]} matter to everyone here,” {who} {rng.choice(CUES)}."
    if kind == 1:
        return f"{who} {rng.choice(CUES)}: “We will fix the {w[0]} before the {w[1]} opens.”"
    if kind == 2:
        return f"Officials called the {w[0]} plan “a {w[1]} for the {w[2]}”."
    return f"The {w[0]} near the {w[1]} was closed on Monday after the {w[2]} {w[3]}."


def prose(rng: random.Random, paragraphs: int) -> str:
    """A headline and ``paragraphs`` paragraphs of made-up news."""
    head = f"{rng.choice(WORDS).title()} {rng.choice(WORDS)} row deepens"
    body = [" ".join(sentence(rng) for _ in range(rng.randint(1, 3))) for _ in range(paragraphs)]
    return "\n\n".join([head, *body]) + "\n"


def prose_corpus(root: Path, files: int, seed: int = 2) -> Path:
    """A folder of ``files`` ordinary made-up articles (for tests that need a load to
    take a moment, or a corpus to load at all)."""
    rng = random.Random(seed)
    root.mkdir(parents=True)
    for n in range(files):
        (root / f"{n:04}.txt").write_text(prose(rng, 12), encoding="utf-8")
    return root


def marker(slug: str) -> str:
    """A quote every loadable file carries, so its article shows up in an export."""
    return f"“Marker {slug} loaded fine,” said Ann Example."


def _cp1252_char(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


def _png() -> bytes:
    raw = b"".join(b"\x00" + bytes(range(48)) for _ in range(16))
    ihdr = struct.pack(">IIBBBBB", 16, 16, 8, 0, 0, 0, 0)

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data)
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    idat = zlib.compress(raw)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def _escapes_article(rng: random.Random) -> str:
    return (
        f"{ANSI}Council{ANSI_RESET} row over {OSC_TITLE}harbour plan\n\n"
        f"{CURSOR}The harbour board met on Monday.{OSC_CLIPBOARD} Members voted {OSC_LINK}.\n\n"
        f"“We will {ANSI}not{ANSI_RESET} back down\x07,” said Bob Placeholder.\x1b[1A\x1b[2K\n\n"
        f"{prose(rng, 2)}\n{marker('escapes')}\n"
    )


def _c0c1_article(rng: random.Random) -> str:
    # Enough ordinary text around the controls that the file is clearly text, not binary.
    controls = "".join(chr(c) for c in (*range(0x01, 0x09), 0x0E, 0x1F, 0x7F))
    c1 = "\x85\x90\x9b31m\x9d0;C1-TITLE\x9c\x9f"
    return (
        f"{prose(rng, 6)}\nBell\x07 and NUL\x00 and friends{controls} in a line.\n\n"
        f"C1 controls{c1} here too.\n\n“Controls\x00 are\x07 gone\x1b,” said Dana Testcase.\n\n"
        f"{prose(rng, 6)}\n{marker('controls')}\n"
    )


def _markup_article(rng: random.Random) -> str:
    return (
        f"[bold]Markup[/bold] in the [red]headline[/] [@click=app.quit]\n\n"
        f"The report used {MARKUP} as its summary.\n\n"
        f"“{MARKUP} is what I typed,” said Eli Fixture.\n\n"
        f"“[/]” and “[link=https://evil.example]” are broken tags, said Eli Fixture.\n\n"
        f"{prose(rng, 2)}\n{marker('markup')}\n"
    )


def unbalanced(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(10_000)]
    return "Unbalanced marks\n\n" + " “".join(words) + f"\n\n{marker('unbalanced')}\n"


def alternating() -> str:
    body = '"a' * 20_000 + "\n\n" + "'b" * 20_000 + "\n\n" + "“c”" * 10_000
    return f"Every other character\n\n{body}\n\n{marker('alternating')}\n"


def single_line(rng: random.Random, size: int) -> str:
    parts: list[str] = []
    total = 0
    while total < size:
        s = sentence(rng)
        parts.append(s)
        total += len(s.encode()) + 1
    return " ".join(parts) + " " + marker("single-line") + "\n"


def big_article(rng: random.Random, size: int) -> str:
    """About ``size`` bytes of paragraphs with quotes (the 50 MB article).

    A block of about 1 MB of prose repeated: generating 50 MB sentence by sentence
    would take longer than loading it.
    """
    parts: list[str] = ["A very long article\n"]
    total = 0
    while total < min(size, 1_000_000):
        p = prose(rng, 20)
        parts.append(p)
        total += len(p.encode())
    block = "\n".join(parts[1:])
    body = "\n".join([parts[0], *[block] * max(1, size // max(total, 1))])
    return body + "\n" + marker("big") + "\n"


def _files(rng: random.Random, small: bool) -> Iterable[tuple[Entry, bytes]]:
    """(entry, bytes) for every regular file; special files are made in ``build``."""
    yield (
        Entry("escapes.txt", "load", note="ANSI, OSC 0/52/8, cursor moves, bell"),
        (_escapes_article(rng).encode()),
    )
    yield Entry("markup.txt", "load", note="Rich/Textual markup"), _markup_article(rng).encode()
    yield Entry("binary.txt", "skip", "not a text file", "a PNG renamed .txt"), _png()
    yield (
        Entry("controls.txt", "load", note="NUL, C0 and C1 controls"),
        (_c0c1_article(rng).encode()),
    )
    # File names are untrusted too: shown escaped in ids, problems and messages.
    yield (
        Entry(NAME_BINARY, "skip", "not a text file", "escape sequence + markup in the name"),
        _png(),
    )
    yield (
        Entry(NAME_ARTICLE, "load", note="ANSI colour + markup in the name"),
        f"Named oddly\n\n{marker('odd-name')}\n".encode(),
    )
    if small:
        return
    yield (
        Entry(os.fsdecode(b"latin1-name-\xe9.txt"), "load", note="file name not UTF-8"),
        f"Latin-1 name\n\n{marker('latin1-name')}\n".encode(),
    )
    good = prose(rng, 4) + marker("encoding") + "\n"
    accented = prose(rng, 3) + "Ça coûte cher à Zürich, said Renée.\n" + marker("encoding") + "\n"
    yield Entry("enc/utf8-bom.txt", "load", note="UTF-8 with BOM"), codecs.BOM_UTF8 + good.encode()
    yield (
        Entry("enc/utf16-bom.txt", "load", note="UTF-16 LE with BOM"),
        (
            good.encode("utf-16")  # Python writes the BOM
        ),
    )
    yield (
        Entry("enc/utf16be-bom.txt", "load", note="UTF-16 BE with BOM"),
        (codecs.BOM_UTF16_BE + good.encode("utf-16-be")),
    )
    yield (
        Entry("enc/latin1.txt", "warn", "latin-1", "latin-1 bytes"),
        (
            # \x81 is undefined in cp1252, so only latin-1 decodes this file.
            accented.replace("“", '"').replace("”", '"').replace("Ça", "Ça\x81").encode("latin-1")
        ),
    )
    yield (
        Entry("enc/cp1252.txt", "warn", "cp1252", "cp1252 curly quotes"),
        (accented.encode("cp1252")),
    )
    bad = accented.encode() + b"\xff\xfe broken \xc3 bytes\n"
    yield Entry("enc/invalid-utf8.txt", "warn", "invalid UTF-8", "UTF-8 + a few bad bytes"), bad
    # The whole file once read as cp1252 (its five unmapped bytes as C1 characters,
    # as such tools do) and saved again as UTF-8.
    original = prose(rng, 2) + "François of Zürich ordered a café.\n" + marker("mojibake") + "\n"
    mojibake = "".join(_cp1252_char(b) for b in original.encode())
    yield (
        Entry("enc/mojibake.txt", "warn", "mis-decoded", "FranÃ§ois"),
        mojibake.encode(),
    )
    yield (
        Entry("enc/crlf.txt", "load", note="Windows and old Mac line ends"),
        (good.replace("\n", "\r\n").encode() + b"last line\rwith CR only\r"),
    )
    yield Entry("shape/empty.txt", "skip", "empty", "0 bytes"), b""
    yield (
        Entry("shape/whitespace.txt", "skip", "empty", "spaces and newlines"),
        (b" \n\t\n   \r\n\n  "),
    )
    yield (
        Entry("shape/only-escapes.txt", "skip", "empty", "nothing left after sanitising"),
        ((CURSOR + OSC_TITLE + ANSI + "\n" + OSC_CLIPBOARD + ANSI_RESET).encode()),
    )
    yield (
        Entry("shape/unbalanced.txt", "load", note="10,000 unbalanced opening marks"),
        (unbalanced(rng).encode()),
    )
    yield (
        Entry("shape/alternating.txt", "load", note="a quote mark every other character"),
        (alternating().encode()),
    )
    long_word = "".join(rng.choice("abcdefghij") for _ in range(200_000))
    yield (
        Entry("shape/long-word.txt", "load", note="a 200,000-letter word"),
        (
            f"Long words\n\nA word: {long_word} ends here. “{long_word[:5000]}” he said.\n\n"
            f"{marker('long-word')}\n"
        ).encode(),
    )
    yield (
        Entry("shape/rtl-combining.txt", "load", note="Arabic, Hebrew, combining marks"),
        (
            "عنوان الخبر\n\n"
            "قال المتحدث: «هذا نص عربي» في المؤتمر.\n\n"
            "״שלום״ אמר הדובר. “עברית בתוך מרכאות,” said Chidi Sample.\n\n"
            "Z\u0335\u0321\u0322a\u0337l\u0336g\u0334o\u0338 t\u0301e\u0300x\u0302t with "
            "e\u0301\u0301\u0301\u0301\u0301\u0301 stacked marks.\n\n"
            f"{marker('rtl')}\n"
        ).encode(),
    )
    yield (
        Entry("shape/emoji.txt", "load", note="emoji, ZWJ sequences, flags"),
        (
            "Emoji 🎉 headline\n\n"
            "“We won 🏆🇬🇧 and 👨\u200d👩\u200d👧\u200d👦 came,” said Dana Testcase. 🙂🙃\n\n"
            f"{marker('emoji')}\n"
        ).encode(),
    )
    yield (
        Entry("shape/zero-width.txt", "load", note="ZWSP, word joiner, BOM, bidi overrides"),
        (
            "Zero\u200bwidth\u2060 head\ufeffline\n\n"
            "“Invi\u200bsible\u200c \u202egnirts desrever\u202c here,” said Eli\u200b Fixture.\n\n"
            f"\u2066Isolated\u2069 text \u2028 and a line separator.\n\n{marker('zero-width')}\n"
        ).encode(),
    )
    records = [
        {"title": "[bold]JSON[/] \x1b]0;JSONTITLE\x07 title", "text": marker("jsonl-1")},
        "not json at all {",
        [1, 2, 3],
        {"title": "no text"},
        {"text": "  \n "},
        {"text": OSC_CLIPBOARD + marker("jsonl-6") + "\ud800", "date": 2024},
        "[" * 100_000 + "]" * 100_000,
        '{"text": "big number", "date": 1' + "0" * 5000 + "}",
    ]
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    yield (
        Entry("feed.jsonl", "warn", "invalid JSON", "JSON lines, some broken"),
        ("\n".join(lines).encode()),
    )


def _heavy(rng: random.Random) -> Iterable[tuple[Entry, bytes]]:
    """The multi-megabyte shapes (a few seconds to load)."""
    yield (
        Entry("shape/single-line-5mb.txt", "load", note="a 5 MB single line"),
        single_line(rng, 5_000_000).encode(),
    )
    same = "“Fine,” said Ann Example. “Yes,” Mr Example said. " * 40_000
    yield (
        Entry("shape/same-speaker.txt", "load", note="2 MB of quotes by one person"),
        f"One speaker\n\n{same}\n\n{marker('same-speaker')}\n".encode(),
    )


def build(
    outdir: str | Path,
    *,
    big: bool = False,
    small: bool = False,
    heavy: bool = True,
    seed: int = 5,
) -> list[Entry]:
    """Write the hostile corpus under ``outdir`` (created); return its manifest.

    ``small`` writes only the handful of files the UI tests need; ``heavy=False``
    leaves out the 5 MB single line and the 2 MB same-speaker file. ``big`` adds the
    50 MB article. Special files (FIFO, device link, symlink loops, dangling link,
    unreadable file) are made where the platform allows; the manifest lists only
    what was actually made.
    """
    root = Path(outdir)
    root.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    entries: list[Entry] = []
    files = _files(rng, small)
    if heavy and not small:
        files = itertools.chain(files, _heavy(random.Random(seed + 1)))
    for entry, data in files:
        path = root / entry.name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        entries.append(entry)
    if big:
        path = root / "shape" / "big-50mb.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(big_article(rng, 50_000_000), encoding="utf-8")
        entries.append(Entry("shape/big-50mb.txt", "load", note="a 50 MB article"))
    if not small:
        entries.extend(_special(root, rng))
    return entries


def _special(root: Path, rng: random.Random) -> list[Entry]:
    made: list[Entry] = []
    paths = root / "paths"
    paths.mkdir(exist_ok=True)
    (paths / "no-articles").mkdir(exist_ok=True)
    (paths / "no-articles" / "photo.png").write_bytes(_png())
    if hasattr(os, "mkfifo"):
        os.mkfifo(paths / "fifo.txt")
        made.append(Entry("paths/fifo.txt", "skip", "not a regular file", "a FIFO"))
    if Path(os.devnull).exists():
        os.symlink(os.devnull, paths / "device.txt")
        made.append(Entry("paths/device.txt", "skip", "not a regular file", "link to /dev/null"))
    os.symlink("self-loop.txt", paths / "self-loop.txt")
    made.append(Entry("paths/self-loop.txt", "skip", "symlink loop", "links to itself"))
    os.symlink("missing-target.txt", paths / "dangling.txt")
    made.append(Entry("paths/dangling.txt", "skip", "no such file", "dangling symlink"))
    # A folder loop: walking it must end (its files are listed once).
    (paths / "loop").mkdir()
    os.symlink("..", paths / "loop" / "up")
    unreadable = paths / "unreadable.txt"
    unreadable.write_text(prose(rng, 2) + marker("unreadable") + "\n", encoding="utf-8")
    unreadable.chmod(0)
    # root reads any file whatever its mode, so the outcome depends on who runs us.
    outcome: Outcome = "load-or-skip" if os.geteuid() == 0 else "skip"
    made.append(Entry("paths/unreadable.txt", outcome, "permission denied", "mode 000"))
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.hostile.generate", description=__doc__)
    parser.add_argument("outdir")
    parser.add_argument("--big", action="store_true", help="add the 50 MB article")
    parser.add_argument("--small", action="store_true", help="only the UI test files")
    args = parser.parse_args(argv)
    if Path(args.outdir).exists() and any(Path(args.outdir).iterdir()):
        print(f"{args.outdir} is not empty; give a new folder", file=sys.stderr)
        return 2
    entries = build(args.outdir, big=args.big, small=args.small)
    for e in entries:
        print(f"{e.outcome:<13} {e.name:<28} {e.reason or '-':<20} {e.note}")
    print(f"{len(entries)} files in {args.outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
