"""Worker processes: their results are the ones this process would compute."""

from __future__ import annotations

import itertools
import marshal
import os
import subprocess
import sys
import threading
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from tui.core import parallel
from tui.core.cache import pack_result
from tui.core.extract import FileResult, extract_file
from tui.core.groups import quote_form
from tui.core.postings import word_postings

STORY = (
    "Harbour plan approved {n}\n\n"
    "“The harbour will be open to every boat by spring,” said Councillor Ines Varga.\n\n"
    "Fisherman Tomas Reyl said the plan was “long overdue and far too small for us”."
)


def test_workers_send_each_quotes_group_form_beside_the_cached_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = []
    for n in range(6):
        path = tmp_path / f"{n}.txt"
        path.write_text(STORY.format(n=n))
        files.append((path, path.name))
    monkeypatch.setattr(parallel, "PARALLEL_MIN_FILES", 1)
    found = sorted(parallel.extract_all(files, None, workers=2), key=lambda r: r[0])
    assert [k for k, _, _ in found] == list(range(6))
    for (path, name), (_, result, record) in zip(files, found, strict=True):
        here = extract_file(path, name)
        assert marshal.loads(record) == pack_result(here)  # the cache's record holds no forms
        assert result.forms == [quote_form(q) for q in here.quotes]
        assert any(form for form in result.forms)


def _stories(folder: Path, names: list[str]) -> list[tuple[str, str, None]]:
    jobs = []
    for n, name in enumerate(names):
        path = folder / f"{n}.txt"
        path.write_text(STORY.format(n=n))
        jobs.append((str(path), name, None))
    return jobs


def test_a_batch_comes_back_as_one_result_at_its_first_file(tmp_path: Path) -> None:
    jobs = _stories(tmp_path, ["a", "b", "c"])
    found = list(parallel._batch_results(parallel.extract_packed(jobs, True, join=True)))
    one = found[0][1]
    here = [extract_file(Path(p), name) for p, name, _ in jobs]
    assert [a.id for a in one.articles] == ["a", "b", "c"]
    assert list(one.quotes) == [q for r in here for q in r.quotes]
    assert one.forms == [quote_form(q) for r in here for q in r.quotes]
    assert one.prints == [p for r in here for p in r.prints]
    # Each quote's word count, counted by the worker (the speaker counts add them up).
    assert list(one.words) == [len(q.text.split()) for r in here for q in r.quotes]
    for (k, result, record), (path, _, _), alone in zip(found, jobs, here, strict=True):
        assert marshal.loads(record) == pack_result(alone)  # each file's, for the cache
        assert k == 0 or result.articles == []
        assert result.digest == parallel._digest(path)


def test_a_batch_with_an_id_twice_comes_back_file_by_file(tmp_path: Path) -> None:
    jobs = _stories(tmp_path, ["a", "a", "c"])
    found = list(parallel._batch_results(parallel.extract_packed(jobs, join=True)))
    assert [[a.id for a in r.articles] for _, r, _ in found] == [["a"], ["a"], ["c"]]
    assert all(r.forms == [quote_form(q) for q in r.quotes] for _, r, _ in found)
    assert all(list(r.words) == [len(q.text.split()) for q in r.quotes] for _, r, _ in found)


def test_only_files_that_follow_each_other_in_the_load_are_joined(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    jobs = [(Path(p), name) for p, name, _ in _stories(tmp_path, list("abcdefghijklmnop"))]
    monkeypatch.setattr(parallel, "PARALLEL_MIN_FILES", 1)
    monkeypatch.setattr(parallel, "BATCH_FILES", 2)
    places = [i + (i >= 3) + (i >= 6) for i in range(16)]  # two files came from the cache
    found = sorted(parallel.extract_all(jobs, None, 2, places=places), key=lambda r: r[0])
    counts = [len(result.articles) for _, result, _ in found]
    assert counts == [2, 0, 1, 1, 2, 0, 2, 0, *[2, 0] * 4]
    assert isinstance(found[1][1], FileResult)


def test_forms_or_word_counts_not_fitting_the_quotes_are_left_to_the_corpus(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(STORY.format(n=1))
    record = pack_result(extract_file(path, "a.txt"))
    assert parallel._unpacked(record, ["one form"]).forms is None
    assert parallel._unpacked(record, None).forms is None
    assert parallel._unpacked(record, None, None, b"\x01\x00\x00\x00").words is None


def _texts(n: int) -> list[str]:
    words = ["harbour", "Boat", "spring", "council", "plan", "Fish", "tide", "quay"]
    return [" ".join(words[(i * k) % len(words)] for k in range(1, 5)) for i in range(n)]


def test_the_index_words_built_in_another_process_are_the_ones_built_here(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = _texts(300)
    monkeypatch.setattr(parallel, "POSTINGS_MIN_QUOTES", 100)
    aside = parallel.PostingsAside(texts, workers=2)
    assert aside._tasks == 2  # it did go to other processes, a part each
    got = aside.result()
    assert got == word_postings(texts)
    assert aside._pool is None  # the process is gone once the words are back


def test_the_quotes_are_split_in_runs_of_about_the_same_size() -> None:
    from array import array

    ends = array("q", [10, 20, 30, 40, 100, 110])
    assert parallel._parts(ends, 2) == [(0, 4), (4, 6)]  # 40 and 70 bytes: no closer split
    assert parallel._parts(ends, 1) == [(0, 6)]
    assert parallel._parts(array("q", [5]), 4) == [(0, 1)]  # fewer texts than parts
    assert parallel._parts(array("q"), 2) == []


def _not_word_lists(path: str, starts: object, ends: object, out: str, first: int = 0) -> int:
    import marshal

    with open(out, "wb") as handle:  # a count with no positions
        for section in (("harbour",), b"\x07\x00\x00\x00", b""):
            marshal.dump(section, handle)
    return 3


def _cut_short(path: str, starts: object, ends: object, out: str, first: int = 0) -> int:
    from tui.core.postings import words_file_postings

    count = words_file_postings(path, starts, ends, out, first)
    with open(out, "r+b") as handle:
        handle.truncate(handle.seek(0, 2) - 5)
    return count


def test_word_lists_that_come_back_malformed_are_built_here(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = _texts(300)
    monkeypatch.setattr(parallel, "POSTINGS_MIN_QUOTES", 100)
    monkeypatch.setattr(parallel, "words_file_postings", _not_word_lists)
    assert parallel.PostingsAside(texts, workers=2).result() == word_postings(texts)


def test_word_lists_cut_short_on_the_way_back_are_built_here(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    texts = _texts(300)
    monkeypatch.setattr(parallel, "POSTINGS_MIN_QUOTES", 100)
    monkeypatch.setattr(parallel, "words_file_postings", _cut_short)
    assert parallel.PostingsAside(texts, workers=2, folder=tmp_path).result() == word_postings(
        texts
    )
    assert list(tmp_path.iterdir()) == []


def test_small_corpora_and_one_worker_build_the_words_here(monkeypatch) -> None:
    texts = _texts(300)
    assert not parallel.PostingsAside(texts, workers=2)._tasks  # below the minimum
    monkeypatch.setattr(parallel, "POSTINGS_MIN_QUOTES", 100)
    one = parallel.PostingsAside(texts, workers=1)
    assert not one._tasks and one.result() == word_postings(texts)


def test_a_tables_words_go_aside_through_a_file_that_is_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The words as the quote table holds them (with the gap a dropped article leaves),
    # written to a file for the other process: the lists are the ones built here.
    from tui.core.model import Quote
    from tui.core.quote_table import QuoteTable

    texts = _texts(300)
    quotes = [
        Quote(id=i, article=f"a{i % 3}", text=t, start=0, end=len(t), paragraph=0, last_paragraph=0)
        for i, t in enumerate([*texts, "Ünïcode wörds “here”"])
    ]
    table = QuoteTable.from_quotes(quotes, {f"a{k}": "" for k in range(3)})
    table = table.without_articles({"a1"})
    table.renumber()
    words = table.texts()
    monkeypatch.setattr(parallel, "POSTINGS_MIN_QUOTES", 100)
    aside = parallel.PostingsAside(words, workers=2, folder=tmp_path)
    assert aside._tasks and list(tmp_path.iterdir())
    assert aside.result() == word_postings(list(words))
    assert list(tmp_path.iterdir()) == []  # the words' files are gone with the process


def test_a_worker_hashes_the_bytes_it_extracted_without_reading_the_file_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.core.file_hash import content_hash

    jobs = _stories(tmp_path, ["a", "b"])
    lines = tmp_path / "more.jsonl"
    lines.write_text('{"title": "Quay", "text": "“We sail at dawn,” said Ada Quill."}\n')
    jobs.append((str(lines), "more.jsonl", None))
    expected = [content_hash(path) for path, _, _ in jobs]
    read_again: list[str] = []

    def counted(path: str) -> bytes:
        read_again.append(path)
        return content_hash(path)

    monkeypatch.setattr(parallel, "content_hash", counted)
    found = list(parallel._batch_results(parallel.extract_packed(jobs, True, join=True)))
    assert [result.digest for _, result, _ in found] == expected
    assert read_again == [str(lines)]  # only the streamed .jsonl file is read to hash it


def _parent_command(_: int) -> str:
    with open(f"/proc/{os.getppid()}/cmdline", "rb") as handle:
        return handle.read().decode("utf-8", "replace")


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="needs /proc")
def test_workers_started_from_a_thread_are_forks_of_a_server_that_imported_the_core(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app loads from a thread, where forking itself is unsafe: its workers come
    from a forkserver (the core imported there once), not each a fresh interpreter."""
    jobs = [(Path(p), name) for p, name, _ in _stories(tmp_path, ["a", "b", "c", "d"])]
    monkeypatch.setattr(parallel, "PARALLEL_MIN_FILES", 1)
    out: dict[str, object] = {}

    def load() -> None:
        context = parallel._context()
        out["method"] = context.get_start_method()
        with ProcessPoolExecutor(1, mp_context=context) as pool:
            out["parent"] = pool.submit(_parent_command, 0).result()
        out["found"] = sorted(parallel.extract_all(jobs, None, 2), key=lambda r: r[0])

    thread = threading.Thread(target=load)
    thread.start()
    thread.join()
    assert out["method"] == "forkserver"
    assert "forkserver" in str(out["parent"]) and "tui.core.parallel" in str(out["parent"])
    found = out["found"]
    assert isinstance(found, list)
    for (path, name), (_, result, _) in zip(jobs, found, strict=True):
        assert list(result.quotes) == list(extract_file(path, name).quotes)


_WHICH_TUI = """
import threading
from concurrent.futures import ProcessPoolExecutor
from tui.core import parallel

def load():
    with ProcessPoolExecutor(1, mp_context=parallel._context()) as pool:
        print(pool.submit(eval, "__import__('tui').__file__").result())

if __name__ == "__main__":
    import tui
    print(tui.__file__)
    thread = threading.Thread(target=load)
    thread.start()
    thread.join()
"""


def test_workers_import_the_build_this_process_runs_whatever_the_working_folder(
    tmp_path: Path,
) -> None:
    """Run from a folder holding another ``tui`` (a checkout beside an installed, compiled
    build), the workers still import this process's ``tui``, never the folder's."""
    import subprocess
    import sys

    decoy = tmp_path / "checkout"
    (decoy / "tui").mkdir(parents=True)
    (decoy / "tui" / "__init__.py").write_text("")
    script = tmp_path / "scripts" / "which_tui.py"
    script.parent.mkdir()
    script.write_text(_WHICH_TUI)
    done = subprocess.run(
        [sys.executable, str(script)], cwd=decoy, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    here, worker = done.stdout.split()
    assert not here.startswith(str(decoy))
    assert worker == here


def test_a_batchs_texts_come_encoded_for_the_text_store_when_asked(tmp_path: Path) -> None:
    from tui.core.text_store import decoded

    jobs = _stories(tmp_path, ["a", "b", "c"])
    here = [extract_file(Path(p), name) for p, name, _ in jobs]
    texts = [a.text for r in here for a in r.articles]
    found = list(parallel._batch_results(parallel.extract_packed(jobs, join=True, encode=True)))
    one = found[0][1]
    assert one.encoded is not None and decoded(one.encoded) == texts
    assert [a.text for a in one.articles] == ["", "", ""]  # sent once, encoded
    for (_, _, record), alone in zip(found, here, strict=True):
        assert marshal.loads(record) == pack_result(alone)  # the shard's records keep them
    plain = next(parallel._batch_results(parallel.extract_packed(jobs, join=True)))[1]
    assert plain.encoded is None and [a.text for a in plain.articles] == texts


@pytest.mark.parametrize("store", [True, False])
def test_texts_a_worker_encoded_are_read_back_from_the_load_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, store: bool
) -> None:
    from tui.core.gather import gather
    from tui.core.model import stored_text
    from tui.core.text_store import StoredText, TextStore

    jobs = _stories(tmp_path, [f"{n}.txt" for n in range(8)])
    files = [(Path(p), name) for p, name, _ in jobs]
    monkeypatch.setattr(parallel, "PARALLEL_MIN_FILES", 1)
    monkeypatch.setattr(parallel, "BATCH_FILES", 3)
    texts = TextStore.temporary() if store else None
    results = list(gather(files, workers=2, texts=texts))
    loaded = [a.text for r in results for a in r.articles]
    assert loaded == [a.text for p, name in files for a in extract_file(p, name).articles]
    assert all(r.encoded is None for r in results)
    held = [isinstance(stored_text(a), StoredText) for r in results for a in r.articles]
    assert held == [store] * len(files)


_SAYS = """
import sys, threading
from concurrent.futures import ProcessPoolExecutor
from tui.core import parallel

def load():
    with ProcessPoolExecutor(1, mp_context=parallel._context()) as pool:
        pool.submit(eval, "print('from a worker', file=__import__('sys').stderr)").result()
    print("from the app", file=sys.stderr)

if __name__ == "__main__":
    thread = threading.Thread(target=load)
    thread.start()
    thread.join()
"""


def test_workers_of_a_forkserver_print_nothing_on_the_apps_terminal(tmp_path: Path) -> None:
    """The forkserver serves the app, which owns the terminal: a worker starting as the
    app ended printed a FileNotFoundError traceback over the user's shell."""
    script = tmp_path / "says.py"
    script.write_text(_SAYS)
    root = str(Path(parallel.__file__).parents[2])
    done = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": root},
        check=True,
    )
    assert "from the app" in done.stderr
    assert "from a worker" not in done.stderr


@pytest.mark.parametrize("count", [1, 7, 100, 640, 5000, 15001])
def test_batches_cover_every_job_once_and_the_last_ones_are_small(count: int) -> None:
    """Both workers end within a small batch of each other: the last batches are small."""
    bounds = parallel._batch_bounds(count, 2)
    assert bounds[0][0] == 0 and bounds[-1][1] == count
    assert all(a[1] == b[0] for a, b in itertools.pairwise(bounds))
    sizes = [end - first for first, end in bounds]
    assert all(0 < n <= parallel.BATCH_FILES for n in sizes)
    if max(sizes) > parallel.TAIL_FILES:  # large batches: the last ones are not
        assert sizes[-1] <= parallel.TAIL_FILES
        small = sum(n for n in sizes if n <= parallel.TAIL_FILES)
        assert small >= 2 * parallel.DEPTH * max(sizes) or small == count


def test_a_batchs_texts_cross_the_pipe_once(tmp_path: Path) -> None:
    """The shard's records hold each text; the text store's copy is only where it is."""
    jobs = _stories(tmp_path, ["a", "b", "c"])
    answer = parallel.extract_packed(jobs, join=True, encode=True)
    for p, name, _ in jobs:
        text = extract_file(Path(p), name).articles[0].text
        assert answer.count(text.encode("utf-8")) == 1


def test_a_text_not_found_in_its_record_is_sent_itself() -> None:
    records = [b"xx\xc3\xa9t\xc3\xa9 yy", b"zz"]
    spans = [(0, 2), b"abc", (1, 0)]
    assert parallel._texts_from(spans, [5, 3, 2], records) == "été".encode() + b"abczz"


def _count_pools(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the load did, in order: each pool made, and ``discover`` returning."""
    from tui.core import corpus

    events: list[str] = []
    real_pool, real_discover = parallel._pool, corpus.discover

    def pool(*args):  # type: ignore[no-untyped-def]
        events.append("pool")
        return real_pool(*args)

    def discover(*args):  # type: ignore[no-untyped-def]
        found = real_discover(*args)
        events.append("listed")
        return found

    monkeypatch.setattr(parallel, "_pool", pool)
    monkeypatch.setattr(corpus, "discover", discover)
    return events


@pytest.mark.parametrize("cache", [False, True])
def test_a_cold_load_starts_its_workers_while_it_lists_its_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache: bool
) -> None:
    from tui.core.corpus import load_corpus

    monkeypatch.setenv("QUOTESCOPE_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "corpus"
    folder.mkdir()
    _stories(folder, [str(n) for n in range(6)])
    monkeypatch.setattr(parallel, "PARALLEL_MIN_FILES", 4)
    events = _count_pools(monkeypatch)
    cold = load_corpus([folder], workers=2, cache=cache)
    assert events == ["pool", "listed"]
    assert cold.quotes.texts()[:] == load_corpus([folder], workers=1).quotes.texts()[:]
    if cache:  # the cache knows these paths now: no workers before they are needed
        (folder / "0.txt").write_text(STORY.format(n=99))
        events.clear()
        load_corpus([folder], workers=2, cache=True)
        assert events == ["listed"]  # one file changed: extracted here


def test_a_load_too_small_for_workers_starts_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.core.corpus import load_corpus

    _stories(tmp_path, ["a", "b"])
    monkeypatch.setattr(parallel, "PARALLEL_MIN_FILES", 4)
    events = _count_pools(monkeypatch)
    load_corpus([tmp_path], workers=2)
    assert events == ["listed"]


@pytest.mark.parametrize("in_thread", [False, True])
def test_early_workers_not_taken_are_stopped(
    monkeypatch: pytest.MonkeyPatch, in_thread: bool
) -> None:
    """A load that needs no workers after all (warm, small) stops those it started,
    from a thread (forkserver, started aside) or not (forked there and then)."""
    monkeypatch.setattr(parallel, "PARALLEL_MIN_FILES", 4)
    out: dict[str, object] = {}

    def start() -> None:
        early = parallel.EarlyWorkers(2)
        early.found(3)
        out["before"] = early._begun
        early.found(4)
        out["started"] = early._begun
        early.close()
        out["taken"] = early.take()

    if in_thread:
        thread = threading.Thread(target=start)
        thread.start()
        thread.join()
    else:
        start()
    assert out == {"before": False, "started": True, "taken": None}
