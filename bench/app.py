"""Benchmark the whole app on a ~100k-quote corpus: first frame, load, keys, typing.

Run from the repo root::

    python bench/app.py                # BBC x9 (~100k quotes) when present, else seeds
    python bench/app.py --copies 2     # quicker, smaller corpus
    python bench/app.py --storm        # after the load, only the 3,000/10,000-key storms

Corpus: the BBC articles (../shared/corpora/bbc, only read) or, without them, the
seed articles, copied as .txt files into a temporary folder outside the repository;
every copy after the first has its title numbered and about 5% of its lower-case
words swapped for other corpus words, so copies are not identical. The real app
(``QuotescopeApp``) loads that folder in its own worker, headless at 120x40.

What is timed, all wall clock unless marked CPU:

* a *frame* is one run of the screen's update timer that hands an update to the
  driver (``Screen._on_timer_update``); the headless driver writes nothing, so the
  bench also builds the terminal output string (``render_segments``) a terminal
  would get, and counts it in the frame.
* first frame: from process start (``/proc``: interpreter, imports, app start) and
  from ``QuotescopeApp()`` to the end of the first frame, while the corpus loads.
* a key: from handing the key event to the driver, as a terminal does, until the
  first frame showing the list's cursor where the key left it ("cursor shown") and
  until the last frame it caused, e.g. the reading view's preview ("settled":
  nothing painted for 80 ms afterwards); "frames" counts the frames painted in
  between, CPU is the process CPU time over the same span, "layouts" counts
  screen-wide layouts, "GC" the garbage collector's pauses inside the span.
  Textual paints at most every 1/60 s, so one frame at 60 Hz is 16.7 ms.
* a held key: 30 downs sent at 30 per second from another thread (auto-repeat);
  how long the screen went without a frame and how far it lags after the last.
* typing: echo is the first frame showing the new character in the box, results
  the first frame showing the results of that exact text (searches run in a thread).
* key storms: 3,000 and 10,000 keys handed over at once; how long after the last
  one the box holds them all, how much longer until the results are its text's.

A second pass swaps in a corpus with ~100k articles and ~100k speakers (copies of
the loaded ones with numbered ids/names) to time the article and speaker lists at
100k rows too.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import gc
import itertools
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from corpus_paths import BBC

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from textual import events  # noqa: E402
from textual._compositor import CompositorUpdate  # noqa: E402
from textual.app import App  # noqa: E402
from textual.screen import Screen  # noqa: E402
from textual.widget import Widget  # noqa: E402
from textual.widgets import Input  # noqa: E402

from tui.app import QuotescopeApp  # noqa: E402
from tui.core.corpus import Corpus, seeds_path  # noqa: E402
from tui.core.model import Speaker  # noqa: E402
from tui.core.search import QuoteIndex  # noqa: E402

SIZE = (120, 40)
FRAME_MS = 1000 / 60
QUIET = 0.08
LIST_KEYS = ["down"] * 8 + ["pagedown"] * 6 + ["end"] + ["up"] * 3 + ["pageup", "home"]
QUERIES = ["government", "life blood"]
STORMS = (3_000, 10_000)  # keys sent at once (issue 10: stale results for seconds)
STORM_ONLY = "--storm" in sys.argv  # after the load, only the key storms
_WORD = re.compile(r"[a-z]{4,}")


# -- corpus ---------------------------------------------------------------------------


def source_files() -> list[Path]:
    if BBC.is_dir():
        return sorted(BBC.glob("*/*.txt"))
    return sorted(seeds_path().glob("*.txt"))


def vary(text: str, copy: int, pool: list[str], rng: random.Random) -> str:
    """Copy ``copy`` of an article: numbered title, ~5% of lower-case words swapped."""
    title, sep, body = text.partition("\n")
    body = _WORD.sub(lambda m: rng.choice(pool) if rng.random() < 0.05 else m.group(0), body)
    return f"{title} ({copy + 1}){sep}{body}"


def write_corpus(folder: Path, copies: int) -> int:
    """Write ``copies`` varied copies of the source articles; returns the file count."""
    files = source_files()
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in files]
    pool = sorted({w for t in texts for w in _WORD.findall(t)})
    rng = random.Random(7)
    count = 0
    for copy in range(copies):
        for f, text in zip(files, texts, strict=True):
            out = folder / f"copy{copy:02}" / f.parent.name / f.name
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(text if copy == 0 else vary(text, copy, pool, rng), "utf-8")
            count += 1
    return count


# -- frames ---------------------------------------------------------------------------


@dataclasses.dataclass
class Frame:
    start: float
    end: float
    cpu: float
    seen: Any


class Frames:
    """Records every frame the app paints (see the module docstring)."""

    def __init__(self) -> None:
        self.frames: list[Frame] = []
        self.painted = asyncio.Event()
        self.snapshot: Callable[[], Any] = lambda: None
        self._displays = 0
        self.layouts = 0
        self.searches: dict[int, tuple[str, float]] = {}
        self.index_build: float | None = None
        self.gc_pauses: list[tuple[float, float, int]] = []  # (start, seconds, generation)
        self._gc_start = 0.0

    def _gc(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._gc_start = time.perf_counter()
        else:
            pause = time.perf_counter() - self._gc_start
            self.gc_pauses.append((self._gc_start, pause, info["generation"]))

    def gc_between(self, start: float, end: float) -> float:
        """Seconds spent in the garbage collector between two perf_counter times."""
        return sum(p for t, p, _ in self.gc_pauses if start <= t <= end)

    def install(self) -> None:
        gc.callbacks.append(self._gc)
        on_timer = Screen._on_timer_update
        display = App._display
        search = QuoteIndex.search
        from_corpus = QuoteIndex.from_corpus.__func__  # type: ignore[attr-defined]
        frames = self

        def timed_update(screen: Screen) -> None:
            start = time.perf_counter()
            seen = frames.snapshot()
            before = frames._displays
            on_timer(screen)
            if frames._displays != before:
                frames.frames.append(Frame(start, time.perf_counter(), time.process_time(), seen))
                frames.painted.set()

        def counted_display(app: App, screen: Screen, renderable: Any) -> None:
            display(app, screen, renderable)
            if renderable is None or app._batch_count:
                return
            if isinstance(renderable, CompositorUpdate):
                renderable.render_segments(app.console)  # what a terminal would be sent
            frames._displays += 1

        def timed_search(index: QuoteIndex, query: str, *args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            result = search(index, query, *args, **kwargs)
            frames.searches[id(result)] = (query, time.perf_counter() - start)
            return result

        def timed_from_corpus(cls: type[QuoteIndex], corpus: Corpus) -> QuoteIndex:
            start = time.perf_counter()
            index = from_corpus(cls, corpus)
            frames.index_build = time.perf_counter() - start
            return index

        refresh_layout = Screen._refresh_layout

        def counted_layout(screen: Screen, *args: Any, **kwargs: Any) -> None:
            frames.layouts += 1
            refresh_layout(screen, *args, **kwargs)

        Screen._refresh_layout = counted_layout  # type: ignore[method-assign]
        Screen._on_timer_update = timed_update  # type: ignore[method-assign]
        App._display = counted_display  # type: ignore[method-assign]
        QuoteIndex.search = timed_search  # type: ignore[method-assign]
        QuoteIndex.from_corpus = classmethod(timed_from_corpus)  # type: ignore[method-assign,assignment]

    def query_of(self, result: object) -> str | None:
        found = self.searches.get(id(result))
        return None if found is None else found[0]

    async def settle(self, since: int, limit: float = 5.0) -> list[Frame]:
        """Frames painted after index ``since`` once nothing was painted for QUIET s."""
        start = time.perf_counter()
        while True:
            self.painted.clear()
            try:
                await asyncio.wait_for(self.painted.wait(), QUIET)
            except TimeoutError:
                if len(self.frames) > since or time.perf_counter() - start > limit:
                    return self.frames[since:]


def process_age() -> float:
    """Seconds since this process started (from /proc, 10 ms resolution)."""
    with open("/proc/self/stat") as f:
        start_ticks = int(f.read().rsplit(")", 1)[1].split()[19])
    with open("/proc/uptime") as f:
        uptime = float(f.read().split()[0])
    return uptime - start_ticks / os.sysconf("SC_CLK_TCK")


def send_key(app: App, key: str) -> None:
    """Hand a key to the driver as a terminal would ("x", " ", "down"...)."""
    name, char = {" ": ("space", " ")}.get(key, (key, key if len(key) == 1 else None))
    event = events.Key(name, char)
    event.set_sender(app)
    assert app._driver is not None
    app._driver.send_message(event)


@dataclasses.dataclass
class KeyTime:
    key: str
    latency: float
    first: float
    frames: int
    cpu: float
    render: float
    gc: float
    layouts: int
    cursor: float  # until the first frame showing the cursor where the key left it


async def press(frames: Frames, app: App, key: str) -> KeyTime:
    since = len(frames.frames)
    layouts = frames.layouts
    t, c = time.perf_counter(), time.process_time()
    send_key(app, key)
    new = await frames.settle(since)
    if not new:
        gc_time = frames.gc_between(t, time.perf_counter())
        cpu = time.process_time() - c
        nan = float("nan")
        return KeyTime(key, nan, nan, 0, cpu, 0.0, gc_time, frames.layouts - layouts, nan)
    cursor = getattr(app.focused, "cursor", None)
    shown = [f.end - t for f in new if f.seen and f.seen[3] == cursor]
    return KeyTime(
        key,
        new[-1].end - t,
        new[0].end - t,
        len(new),
        new[-1].cpu - c,
        max(f.end - f.start for f in new),
        frames.gc_between(t, new[-1].end),
        frames.layouts - layouts,
        shown[0] if shown else float("nan"),
    )


def ms(seconds: float) -> str:
    return f"{1000 * seconds:7.1f}"


def pct(values: Sequence[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


def key_row(label: str, times: list[KeyTime]) -> str:
    painted = [k for k in times if k.frames]
    lat = [k.latency for k in painted]
    cpu = [k.cpu for k in painted]
    one = sum(1 for k in painted if k.cursor == k.first)
    frames = statistics.mean(k.frames for k in painted)
    missing = (
        f"  ({len(times) - len(painted)} painted nothing)" if len(painted) < len(times) else ""
    )
    return (
        f"{label:34} {len(painted):3}  {ms(pct([k.cursor for k in painted], 50))} "
        f"{ms(pct([k.cursor for k in painted], 95))}  "
        f"{ms(pct(lat, 50))} {ms(pct(lat, 95))} {ms(max(lat))}  "
        f"{ms(statistics.median(cpu))} {ms(max(cpu))}  {ms(max(k.render for k in painted))}  "
        f"{ms(max(k.gc for k in painted))}  {frames:6.1f} {one:9}/{len(painted):<3} "
        f"{statistics.mean(k.layouts for k in painted):5.1f}{missing}"
    )


KEY_HEAD = (
    f"{'':34} {'':3}  {'cursor shown':>15}  {'all done (settled)':>23}\n"
    f"{'list (rows)':34} {'n':>3}  {'p50 ms':>7} {'p95 ms':>7}  "
    f"{'p50 ms':>7} {'p95 ms':>7} {'max ms':>7}  "
    f"{'CPU p50':>7} {'CPU max':>7}  {'frame':>7}  {'GC max':>7}  frames cursor-in-1st layouts"
)


async def held(frames: Frames, app: App, widget: Widget, label: str, n: int = 30) -> None:
    """Hold a key down: ``n`` downs at 30 per second from another thread (as a terminal's
    auto-repeat arrives), then report how far the screen lags behind the last one."""
    app.screen.set_focus(widget)
    await frames.settle(len(frames.frames), limit=0.5)
    start_cursor = widget.cursor  # type: ignore[attr-defined]
    since = len(frames.frames)

    sent: list[float] = []

    def repeat() -> None:
        for _ in range(n):
            send_key(app, "down")
            sent.append(time.perf_counter())
            time.sleep(1 / 30)

    sender = threading.Thread(target=repeat)
    t = time.perf_counter()
    sender.start()
    while sender.is_alive():
        await asyncio.sleep(0.01)
    last = sent[-1]
    new = frames.frames[since:] + await frames.settle(len(frames.frames))
    gaps = [b.end - a.end for a, b in itertools.pairwise(new)] or [0.0]
    moved = widget.cursor - start_cursor  # type: ignore[attr-defined]
    print(
        f"{label:34} held down {n} keys at 30/s: {len(new)} frames, longest gap between "
        f"frames {ms(max(gaps))} ms, last key -> settled {ms(new[-1].end - last)} ms, "
        f"cursor moved {moved} (keys took {last - t:.2f} s to send)"
    )


async def lists(frames: Frames, app: App, first: list[tuple[str, Widget]]) -> None:
    """The key table and the held-key lines for ``first`` then the article and
    speaker lists."""
    speaker_list = app.query_one("#speaker-filter-list")
    rows = [
        *first,
        (f"articles ({app.articles.row_count:,})", app.articles),
        (f"speakers ({speaker_list.row_count:,})", speaker_list),  # type: ignore[attr-defined]
    ]
    print(KEY_HEAD)
    for label, widget in rows:
        print(key_row(label, await keys_in(frames, app, widget, LIST_KEYS)))
    for label, widget in rows:
        await held(frames, app, widget, label)


async def keys_in(frames: Frames, app: App, widget: Widget, keys: list[str]) -> list[KeyTime]:
    app.screen.set_focus(widget)
    await frames.settle(len(frames.frames), limit=0.5)
    return [await press(frames, app, key) for key in keys]


# -- the runs -------------------------------------------------------------------------


def child_first_frame(folder: str) -> None:
    """Cold start in a fresh process: print process age and app time at the first frame."""
    frames = Frames()
    frames.install()

    async def run() -> None:
        t0 = time.perf_counter()
        started = process_age()
        app = QuotescopeApp([folder])
        async with app.run_test(size=SIZE):
            await frames.settle(0, limit=10)
            first = frames.frames[0]
            age_now = process_age()
            age_first = age_now - (time.perf_counter() - first.end)
            print(json.dumps({"process": age_first, "app": first.end - t0, "imports": started}))
            app.exit()

    asyncio.run(run())


async def measure(folder: Path, cold: dict[str, float] | None) -> None:
    frames = Frames()
    frames.install()
    t0 = time.perf_counter()
    app = QuotescopeApp([folder])

    def snapshot() -> tuple[str | None, str | None, bool, int | None]:
        try:
            box = app.query_one("#quote-finder-input", Input).value
        except Exception:
            box = None
        try:
            shown = frames.query_of(app.finder._result)
        except Exception:
            shown = None
        return box, shown, app.corpus is not None, getattr(app.focused, "cursor", None)

    frames.snapshot = snapshot
    async with app.run_test(size=SIZE) as pilot:
        for box in app.query(Input):
            box.cursor_blink = False  # a blinking cursor would paint frames on its own
        # Typing into the search box while the corpus loads, a key every 0.25 s.
        while not frames.frames:
            await asyncio.sleep(0.005)
        first_frame = frames.frames[0].end - t0
        send_key(app, "slash")
        await asyncio.sleep(0.1)
        echo_loading: list[tuple[float, float]] = []  # (seconds into the load, echo)
        typed = ""
        while app.corpus is None:
            ch = "loading "[len(typed) % 8]
            typed += ch
            since = len(frames.frames)
            t = time.perf_counter()
            send_key(app, ch)
            while time.perf_counter() - t < 10:
                new = [f for f in frames.frames[since:] if f.seen and f.seen[0] == typed]
                if new:
                    echo_loading.append((t - t0, new[0].end - t))
                    break
                await asyncio.sleep(0.002)
            await asyncio.sleep(0.25)
        while app.corpus is None:
            await asyncio.sleep(0.01)
        loaded = time.perf_counter() - t0
        await frames.settle(len(frames.frames), limit=2)
        filled = next(f for f in frames.frames if f.seen and f.seen[2]).end - t0
        load_frames = [f for f in frames.frames if f.end - t0 <= filled]
        gaps = [b.end - a.end for a, b in itertools.pairwise(load_frames)]
        corpus = app.corpus
        assert corpus is not None
        frozen = gc.get_freeze_count()  # the app freezes what is alive once loaded
        measured_from = time.perf_counter()

        print(
            f"\ncorpus: {len(corpus.articles):,} articles, {len(corpus.quotes):,} quotes, "
            f"{len(corpus.speakers):,} speakers  (terminal {SIZE[0]}x{SIZE[1]})"
        )
        print("\n== start and load ==")
        if cold:
            print(
                f"first frame, cold process (start -> painted)   {ms(cold['process'])} ms"
                f"   (interpreter + imports {ms(cold['imports'])} ms, "
                f"QuotescopeApp() -> painted {ms(cold['app'])} ms)"
            )
        print(f"first frame, warm imports (QuotescopeApp() -> painted) {ms(first_frame)} ms")
        print(
            f"corpus loaded + indexed (app.corpus set)        {loaded:7.2f} s  "
            f"(index build {frames.index_build or 0:.2f} s of it)"
        )
        print(f"panes filled (first frame showing them)         {filled:7.2f} s")
        print(
            f"frames painted while loading: {len(load_frames)}, longest gap {ms(max(gaps))} ms, "
            f"p95 gap {ms(pct(gaps, 95))} ms"
        )
        echoes = [e for _, e in echo_loading]
        worst = max(echo_loading, key=lambda x: x[1])
        print(
            f"search box echo while loading ({len(echoes)} keys, one per 0.25 s): "
            f"p50 {ms(pct(echoes, 50))} ms  p95 {ms(pct(echoes, 95))} ms  "
            f"max {ms(worst[1])} ms ({worst[0]:.1f} s into the load)"
        )

        # The finder lists every quote for an empty box.
        app.finder.search_text = ""
        await frames.settle(len(frames.frames), limit=5)
        finder_rows = app.query_one("#quote-finder-results").row_count  # type: ignore[attr-defined]
        if STORM_ONLY:
            print("\n== key storms into the quote finder ==")
            for n in STORMS:
                await key_storm(frames, app, app.query_one("#quote-finder-input", Input), n)
            app.exit()
            return

        print("\n== keys in the lists (key -> last frame it caused; 60 Hz frame = 16.7 ms) ==")
        results = app.query_one("#quote-finder-results")
        speaker_list = app.query_one("#speaker-filter-list")
        await lists(frames, app, [(f"quote finder results ({finder_rows:,})", results)])
        toggles = await keys_in(frames, app, speaker_list, ["space", "space", "down", "space"])
        print(key_row("speaker toggle (space) + down", toggles))
        app.speakers.clear()
        await frames.settle(len(frames.frames), limit=2)

        print("\n== typing in the quote finder (10 characters) ==")
        box = app.query_one("#quote-finder-input", Input)
        for query in QUERIES:
            await type_query(frames, app, box, query, gap=None)
            await type_query(frames, app, box, query, gap=0.05)
            await type_query(frames, app, box, query, gap=0.0)
        for n in STORMS:
            await key_storm(frames, app, box, n)
        speaker_box = app.query_one("#speaker-filter-input", Input)
        await type_box(frames, app, speaker_box, "blair", "speaker filter box")

        print("\n== 100k-row article and speaker lists (copies of the loaded ones) ==")
        big = stress_corpus(corpus, 100_000)
        gc.freeze()  # as QuotescopeApp._loaded does for a corpus it loads
        t = time.perf_counter()
        app.corpus = big
        app.articles.set_corpus(big)
        app.speakers.set_corpus(big)
        await frames.settle(len(frames.frames), limit=5)
        print(f"set_corpus on both lists: {ms(time.perf_counter() - t)} ms (incl. the frame)")
        await lists(frames, app, [])
        await type_box(frames, app, speaker_box, "blair", "speaker filter box (100k speakers)")
        await pilot.pause()
        app.exit()
    pauses = [(p, g) for t, p, g in frames.gc_pauses if t >= measured_from]
    full = [p for p, g in pauses if g == 2]
    print(
        f"\ngarbage collector after the load ({frozen:,} objects frozen by the app): "
        f"{len(pauses)} collections, {len(full)} full (gen 2), longest pause "
        f"{ms(max((p for p, _ in pauses), default=0))} ms, full ones "
        f"{', '.join(ms(p).strip() for p in full) or '-'} ms"
    )


async def type_query(frames: Frames, app: App, box: Input, query: str, gap: float | None) -> None:
    """Type ``query`` into the finder: one key at a time (gap None) or ``gap`` s apart."""
    app.screen.set_focus(box)
    box.value = ""
    await frames.settle(len(frames.frames), limit=2)
    since = len(frames.frames)
    sent: list[float] = []
    cpu, layouts = time.process_time(), frames.layouts
    for ch in query:
        sent.append(time.perf_counter())
        send_key(app, ch)
        if gap is None:
            await frames.settle(len(frames.frames), limit=3)
        elif gap:
            await asyncio.sleep(gap)
    deadline = time.perf_counter() + 5
    while frames.query_of(app.finder._result) != query and time.perf_counter() < deadline:
        await asyncio.sleep(0.005)
    await frames.settle(len(frames.frames), limit=3)
    cpu = (time.process_time() - cpu) / len(query)
    layouts = (frames.layouts - layouts) / len(query)
    painted = frames.frames[since:]
    echo, shown = [], []
    for n, t in enumerate(sent, start=1):
        prefix = query[:n]
        e = next((f.end - t for f in painted if f.end > t and f.seen and f.seen[0] == prefix), None)
        r = next((f.end - t for f in painted if f.end > t and f.seen and f.seen[1] == prefix), None)
        if e is not None:
            echo.append(e)
        if r is not None:
            shown.append(r)
    search_ms = [s for q, s in frames.searches.values() if q and query.startswith(q)]
    final = next(
        (f.end - sent[-1] for f in painted if f.end > sent[-1] and f.seen and f.seen[1] == query),
        float("nan"),
    )
    mode = "key by key" if gap is None else "burst" if not gap else f"every {1000 * gap:.0f} ms"
    print(
        f"{query!r:13} {mode:13} echo p50 {ms(pct(echo, 50))} max {ms(max(echo))} ms "
        f"({len(echo)} keys) | "
        f"results p50 {ms(pct(shown, 50)) if shown else '    n/a'} max "
        f"{ms(max(shown)) if shown else '    n/a'} ms ({len(shown)} shown) | "
        f"last key -> final results {ms(final)} ms | search p95 {ms(pct(search_ms, 95))} ms | "
        f"per key CPU {ms(cpu)} ms, layouts {layouts:.1f}"
    )


async def key_storm(frames: Frames, app: App, box: Input, n: int, seed: int = 3) -> None:
    """``n`` keys into the finder as fast as the driver takes them (a stuck key, a
    paste into the wrong place, a fuzzer): letters, spaces and 30% backspaces.
    Times how long after the last key was sent the box stops changing, and then how
    long until the results on screen are those of the box's text; counts the
    searches that ran to the end."""
    rng = random.Random(seed)
    keys = [
        "backspace" if rng.random() < 0.3 else rng.choice("abcdefghijklmnopqrstuvwxyz   ")
        for _ in range(n)
    ]
    app.screen.set_focus(box)
    box.value = ""
    await frames.settle(len(frames.frames), limit=2)
    searches = len(frames.searches)
    start = time.perf_counter()
    for key in keys:
        send_key(app, key)
    sent = time.perf_counter()
    value, changed = box.value, sent
    shown = float("nan")
    while time.perf_counter() < sent + 300:
        now = time.perf_counter()
        if box.value != value:
            value, changed, shown = box.value, now, float("nan")
        if shown != shown and frames.query_of(app.finder._result) == value:
            shown = now
        queued = sum(w._message_queue.qsize() for w in (app, app.screen, box))
        if shown == shown and now - changed > 0.3 and not queued:
            break
        await asyncio.sleep(0.002)
    print(
        f"{n:,} keys at once (sent in {sent - start:.2f} s; {len(value)} characters end in "
        f"the box): the box stops changing {ms(changed - sent)} ms after the last key; "
        f"results of its text {ms(shown - changed)} ms later; "
        f"{len(frames.searches) - searches} searches ran to the end"
    )


async def type_box(frames: Frames, app: App, box: Input, text: str, label: str) -> None:
    """Type ``text`` key by key into a box whose handler runs on the UI thread."""
    app.screen.set_focus(box)
    box.value = ""
    await frames.settle(len(frames.frames), limit=2)
    times = [await press(frames, app, ch) for ch in text]
    print(key_row(label, times))
    box.value = ""
    await frames.settle(len(frames.frames), limit=2)


def stress_corpus(corpus: Corpus, rows: int) -> Corpus:
    """The loaded corpus plus numbered copies of its articles and speakers up to ``rows``."""
    articles = list(corpus.articles)
    k = 1
    while len(articles) < rows:
        articles += [dataclasses.replace(a, id=f"{a.id}#{k}") for a in corpus.articles]
        k += 1
    speakers = list(corpus.speakers)
    k = 1
    while len(speakers) < rows:
        speakers += [
            Speaker(f"{s.name} {k}", [], s.quote_count, s.word_count, [], s.is_person)
            for s in corpus.speakers
        ]
        k += 1
    return Corpus(
        articles=articles[:rows],
        quotes=corpus.quotes,
        speakers=speakers[:rows],
        problems=corpus.problems,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=None, help="copies of the sources")
    parser.add_argument("--child-first-frame", metavar="FOLDER", help=argparse.SUPPRESS)
    parser.add_argument("--storm", action="store_true", help="after the load, only key storms")
    args = parser.parse_args()
    if args.child_first_frame:
        child_first_frame(args.child_first_frame)
        return
    copies = args.copies or (9 if BBC.is_dir() else 5000)
    with open("/proc/loadavg") as f:
        print(
            f"load average at start: {f.read().split()[0]} (wall times include waiting for a core)"
        )
    with tempfile.TemporaryDirectory(prefix="quotescope-bench-") as folder:
        t = time.perf_counter()
        files = write_corpus(Path(folder), copies)
        source = "BBC" if BBC.is_dir() else "seeds"
        print(f"wrote {files:,} files ({source} x{copies}) in {time.perf_counter() - t:.1f} s")
        child = subprocess.run(
            [sys.executable, __file__, "--child-first-frame", folder],
            capture_output=True,
            text=True,
            check=True,
            cwd=REPO,
        )
        cold = json.loads(child.stdout.strip().splitlines()[-1])
        asyncio.run(measure(Path(folder), cold))


if __name__ == "__main__":
    main()
