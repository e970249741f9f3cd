"""The extraction cache: reused when files are unchanged, never trusted when it is not."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tui.core import cache
from tui.core.cache import Store
from tui.core.corpus import load_corpus
from tui.core.export import quote_records

STORY = (
    "Council backs new bridge {n}\n\n"
    "“This bridge {n} will change the town for a generation,” said Mayor Ann Lee.\n\n"
    "Opposition councillor Tom Hart said: “We will hold the council to every penny.”"
)


def _records(corpus) -> list[dict]:
    return list(quote_records(corpus))


def test_cache_lives_in_the_folder_the_environment_names(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv(cache.ENV, str(tmp_path / "c"))
    assert cache.cache_dir() == tmp_path / "c"
    monkeypatch.delenv(cache.ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_dir() == tmp_path / "xdg" / "quotescope"


def test_second_load_reads_the_cache_and_gives_the_same_corpus(corpus_dir, calls) -> None:
    first = load_corpus([corpus_dir], cache=True)
    assert sorted(calls) == ["0.txt", "1.txt", "2.txt"]
    calls.clear()
    second = load_corpus([corpus_dir], cache=True)
    assert calls == []
    assert _records(second) == _records(first)
    assert [vars_of(s) for s in second.speakers] == [vars_of(s) for s in first.speakers]
    assert second.groups == first.groups and second.problems == first.problems
    assert not any(cache_file_inside(corpus_dir))


def cache_file_inside(folder: Path):
    return (p for p in folder.rglob("*") if p.suffix == cache.SUFFIX or p.name == "shards")


def test_only_a_changed_file_is_extracted_again(corpus_dir, calls) -> None:
    load_corpus([corpus_dir], cache=True)
    calls.clear()
    changed = corpus_dir / "1.txt"
    changed.write_text(STORY.format(n=1).replace("Tom Hart", "Tom Hartley"))
    corpus = load_corpus([corpus_dir], cache=True)
    assert calls == ["1.txt"]
    assert corpus.speaker("Tom Hartley") is not None
    # Same size and mtime but other bytes: the content hash catches it.
    stat = changed.stat()
    changed.write_text(STORY.format(n=1).replace("Tom Hart", "Tim Hurt"))
    os.utime(changed, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    calls.clear()
    corpus = load_corpus([corpus_dir], cache=True)
    assert calls == ["1.txt"] and corpus.speaker("Tim Hurt") is not None
    calls.clear()
    (corpus_dir / "2.txt").unlink()
    corpus = load_corpus([corpus_dir], cache=True)
    assert calls == [] and len(corpus.articles) == 2


@pytest.fixture
def hashed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files read to hash their content."""
    seen: list[str] = []
    real = cache.content_hash

    def counting(path: Path) -> bytes:
        seen.append(Path(path).name)
        return real(path)

    monkeypatch.setattr(cache, "content_hash", counting)
    return seen


def _age(folder: Path, seconds: int = 3600) -> None:
    """Files last modified an hour ago: past the window in which a stat is not trusted."""
    for f in folder.iterdir():
        st = f.stat()
        os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns - seconds * 10**9))


def test_unchanged_files_are_not_hashed_again(corpus_dir, calls, hashed) -> None:
    _age(corpus_dir)
    first = load_corpus([corpus_dir], cache=True)
    assert sorted(hashed) == ["0.txt", "1.txt", "2.txt"]
    hashed.clear()
    calls.clear()
    again = load_corpus([corpus_dir], cache=True)
    assert hashed == [] and calls == []  # same size, mtime, inode and ctime: hash reused
    assert _records(again) == _records(first)


def test_a_same_size_edit_with_a_new_mtime_is_extracted_again(corpus_dir, calls, hashed):
    _age(corpus_dir)
    load_corpus([corpus_dir], cache=True)
    changed = corpus_dir / "1.txt"
    before = changed.stat()
    changed.write_text(changed.read_text().replace("Tom Hart", "Tim Hurt"))  # same size
    os.utime(changed, ns=(before.st_atime_ns, before.st_mtime_ns + 10**9))
    assert changed.stat().st_size == before.st_size
    hashed.clear()
    calls.clear()
    corpus = load_corpus([corpus_dir], cache=True)
    assert hashed == ["1.txt"] and calls == ["1.txt"]
    assert corpus.speaker("Tim Hurt").articles == ["1.txt"]  # type: ignore[union-attr]
    assert corpus.speaker("Tom Hart").articles == ["0.txt", "2.txt"]  # type: ignore[union-attr]


def test_a_file_changed_just_after_it_was_hashed_is_hashed_again(corpus_dir, calls, hashed):
    # Modified within the file system's timestamp tick of being hashed: its stat may not
    # show a later edit, so it is not trusted (git's "racily clean" entries).
    load_corpus([corpus_dir], cache=True)
    hashed.clear()
    load_corpus([corpus_dir], cache=True)
    assert sorted(hashed) == ["0.txt", "1.txt", "2.txt"]


@pytest.mark.parametrize(
    "damage",
    [
        lambda blob: blob[: len(blob) // 2],  # cut short
        lambda blob: blob[:-10] + b"x" * 10,  # corrupt: the checksum fails
        lambda blob: b"NOTQSC!!" + blob[8:],  # foreign file
        lambda blob: b"",
    ],
    ids=["truncated", "corrupt", "foreign", "empty"],
)
@pytest.mark.parametrize("target", ["shard", "snapshot", "seen"])
def test_a_damaged_cache_is_rebuilt_never_trusted(corpus_dir, calls, damage, target) -> None:
    first = load_corpus([corpus_dir], cache=True)
    store = Store.for_paths([corpus_dir], None)
    assert store is not None
    snapshot = store.folder / f"corpus{cache.SUFFIX}"
    damaged = {
        "snapshot": snapshot,
        "shard": store.folder / f"0000{cache.SUFFIX}",
        "seen": store.folder / f"seen{cache.SUFFIX}",
    }[target]
    damaged.write_bytes(damage(damaged.read_bytes()))
    if target == "shard":
        snapshot.unlink()  # else the snapshot alone would serve the load
    calls.clear()
    again = load_corpus([corpus_dir], cache=True)
    # A bad shard: every file extracted again; a bad snapshot: rebuilt from the shards;
    # a bad record of stats: every file hashed again (the snapshot still matches).
    assert sorted(calls) == ([] if target != "shard" else ["0.txt", "1.txt", "2.txt"])
    assert _records(again) == _records(first)
    assert [vars_of(s) for s in again.speakers] == [vars_of(s) for s in first.speakers]
    calls.clear()
    load_corpus([corpus_dir], cache=True)
    assert calls == []  # rebuilt
    assert cache.unpack_corpus(store.read_snapshot(b"another key")) is None


def vars_of(obj: object) -> tuple:
    return tuple(getattr(obj, f) for f in obj.__slots__)  # type: ignore[attr-defined]


def test_a_cache_from_another_extractor_version_is_stale(corpus_dir, calls, monkeypatch):
    load_corpus([corpus_dir], cache=True)
    monkeypatch.setattr(cache, "extractor_version", lambda: "another version")
    calls.clear()
    load_corpus([corpus_dir], cache=True)
    assert len(calls) == 3


@pytest.mark.parametrize(
    "bad", [("not", "a", "record", "at all"), b"\xffnot marshal", b"\xe9\x00\x00\x00\x00"]
)
def test_well_formed_shard_with_bad_records_is_a_miss(corpus_dir, calls, bad) -> None:
    # A record is stored as values or marshalled (as a worker sent it): either way,
    # one that does not read back as a result is extracted again.
    load_corpus([corpus_dir], cache=True)
    store = Store.for_paths([corpus_dir], None)
    assert store is not None
    entries = store.read(0)
    assert entries is not None
    path = next(iter(entries))
    entries[path] = (entries[path][0], bad)
    store.write(0, entries)
    (store.folder / f"corpus{cache.SUFFIX}").unlink()
    calls.clear()
    corpus = load_corpus([corpus_dir], cache=True)
    assert calls == [Path(path).name] and len(corpus.articles) == 3


def test_no_cache_inside_the_corpus(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv(cache.ENV, str(tmp_path / "news" / ".cache"))
    assert Store.for_paths([tmp_path / "news"], None) is None
    assert Store.for_paths([tmp_path / "other"], None) is not None


def test_without_cache_nothing_is_written(corpus_dir) -> None:
    load_corpus([corpus_dir])
    assert cache.info()[1] == 0


def test_info_and_clear(corpus_dir) -> None:
    load_corpus([corpus_dir], cache=True)
    folder, stores, size = cache.info()
    assert folder == cache.cache_dir() and stores == 1 and size > 0
    assert cache.clear() == 1
    assert cache.info()[1:] == (0, 0)


def test_a_tampered_snapshot_is_refused(corpus_dir) -> None:
    import marshal

    corpus = load_corpus([corpus_dir], cache=True)
    parts = (corpus.articles, corpus.quotes, corpus.speakers, corpus.problems, corpus.groups)
    # Each section as written and read back (marshal makes bytes of a column's blocks).
    packed = [marshal.loads(marshal.dumps(p)) for p in cache.pack_corpus(*parts)]
    assert cache.unpack_corpus(tuple(packed)) is not None
    # 0 texts and article sections, 1 articles, 2 the quotes' names, 3-8 their columns
    # (size, block), 9 speakers, 10 problems, 11 groups
    assert len(packed) == 12
    for n, bad in [
        (11, ((0, 10**6),)),
        (2, packed[2][1:]),
        (1, ()),
        (9, (("x",),)),
        (0, ()),
        (3, packed[3] + 1),  # a column longer than its blocks
        (4, packed[4][:-1]),  # a block cut short
        (6, packed[6][:-4]),  # the rows: one int short
    ]:
        tampered = list(packed)
        tampered[n] = bad
        assert cache.unpack_corpus(tuple(tampered)) is None, n


def test_file_names_that_are_not_utf8_are_cached(tmp_path: Path, calls) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    name = os.fsdecode(b"caf\xe9.txt")  # a latin-1 name: a surrogate escape in Python
    (folder / name).write_text(STORY.format(n=0))
    first = load_corpus([folder], cache=True)
    calls.clear()
    again = load_corpus([folder], cache=True)
    assert calls == [] and _records(again) == _records(first)


def test_the_search_index_words_are_cached_and_checked(corpus_dir) -> None:
    from tui.core.postings import word_postings
    from tui.core.search import QuoteIndex

    first = load_corpus([corpus_dir], cache=True)
    built = word_postings(q.text for q in first.quotes)
    assert first.postings == built
    warm = load_corpus([corpus_dir], cache=True)
    assert warm.postings == built  # read back, not rebuilt
    hits = list(QuoteIndex.from_corpus(warm).search("penny").ids)
    assert hits == list(QuoteIndex.from_corpus(first).search("penny").ids) and hits
    store = Store.for_paths([corpus_dir], None)
    assert store is not None
    index = store.folder / f"index{cache.SUFFIX}"
    index.write_bytes(index.read_bytes()[:-10] + b"x" * 10)
    damaged = load_corpus([corpus_dir], cache=True)
    assert damaged.postings is None  # refused: the index is built from the quotes
    assert list(QuoteIndex.from_corpus(damaged).search("penny").ids) == hits


def test_word_lists_that_do_not_fit_are_refused() -> None:
    from tui.core.postings import pack_postings, unpack_postings, word_postings

    packed = tuple(pack_postings(word_postings(["a b", "b c", "c"])))
    assert unpack_postings(packed, 3) == word_postings(["a b", "b c", "c"])
    words, counts, ids = packed
    assert unpack_postings(packed, 2) is None  # a position past the quotes
    assert unpack_postings((words[:-1], counts, ids), 3) is None
    assert unpack_postings((words, counts, ids[:-4]), 3) is None
    assert unpack_postings((words, counts, ids + b"\x00"), 3) is None
    assert unpack_postings(("not", "three"), 3) is None


def test_problems_come_back_whole(tmp_path: Path) -> None:
    # A JSON lines file's problems sum up many lines (count, line): kept by the cache.
    folder = tmp_path / "feed"
    folder.mkdir()
    text = STORY.format(n=0).replace("\n", " ").replace('"', "'")
    good = '{"title": "Bridge", "text": "' + text + '"}'
    (folder / "a.jsonl").write_text("\n".join([good, "{not json", "{nor this", good]) + "\n")
    first = load_corpus([folder], cache=True)
    assert any(p.line and p.count == 2 for p in first.problems), first.problems
    assert load_corpus([folder], cache=True).problems == first.problems
    store = Store.for_paths([folder], None)
    assert store is not None
    (store.folder / f"corpus{cache.SUFFIX}").unlink()  # from the file's record this time
    assert load_corpus([folder], cache=True).problems == first.problems


def test_shards_are_compressed_and_a_bad_stream_is_a_miss(corpus_dir, calls) -> None:
    load_corpus([corpus_dir], cache=True)
    store = Store.for_paths([corpus_dir], None)
    assert store is not None
    shard = store.folder / f"0000{cache.SUFFIX}"
    assert shard.read_bytes().startswith(cache.PACKED)
    garbage = b"not a zlib stream"
    checksum = cache._checksum(garbage)
    shard.write_bytes(cache.PACKED + checksum + garbage)  # passes the checksum only
    assert store.read(0) is None
    (store.folder / f"corpus{cache.SUFFIX}").unlink()
    calls.clear()
    assert len(load_corpus([corpus_dir], cache=True).articles) == 3
    assert sorted(calls) == ["0.txt", "1.txt", "2.txt"]


def test_word_lists_read_back_across_many_sections(monkeypatch) -> None:
    from tui.core import postings
    from tui.core.postings import pack_postings, unpack_postings, word_postings

    monkeypatch.setattr(postings, "IDS_PER_SECTION", 2)
    texts = ["a b c", "b c d", "c d e a", "e"]
    packed = tuple(pack_postings(word_postings(texts)))
    assert len(packed) > 3
    assert unpack_postings(iter(packed), 4) == word_postings(texts)
    assert unpack_postings(packed[:-1], 4) is None  # a section missing
    assert unpack_postings((*packed[:2], b"".join(packed[2:])[4:]), 4) is None


def test_a_snapshot_in_many_small_sections_reads_back(corpus_dir, calls, monkeypatch) -> None:
    monkeypatch.setattr(cache, "BYTES_PER_SECTION", 64)
    monkeypatch.setattr(cache, "ARTICLES_PER_SECTION", 2)
    first = load_corpus([corpus_dir], cache=True)
    calls.clear()
    warm = load_corpus([corpus_dir], cache=True)
    assert calls == [] and _records(warm) == _records(first)
    assert [a.text for a in warm.articles] == [a.text for a in first.articles]


def test_a_cold_load_in_workers_leaves_hashing_new_files_to_them(
    corpus_dir, calls, hashed, monkeypatch
) -> None:
    # A cold load of a large corpus: this process only stats the files, the workers
    # that read them anyway send their hashes, so no file is read twice before any
    # worker starts; what the cache records is the same as if hashed here.
    from tui.core import parallel

    _age(corpus_dir)
    monkeypatch.setattr(parallel, "PARALLEL_MIN_FILES", 1)
    first = load_corpus([corpus_dir], cache=True, workers=2)
    assert hashed == []
    store = Store.for_paths([corpus_dir], None)
    assert store is not None
    seen, _ = store.read_seen()
    real = {f.name: cache.file_key(f)[0][2] for f in corpus_dir.iterdir()}  # type: ignore[index]
    assert {Path(p).name: entry[4] for p, entry in seen.items()} == real
    hashed.clear()
    calls.clear()
    again = load_corpus([corpus_dir], cache=True, workers=2)
    assert hashed == [] and calls == []  # the snapshot matched: nothing read, nothing run
    assert _records(again) == _records(first) == _records(load_corpus([corpus_dir]))
    (store.folder / f"corpus{cache.SUFFIX}").unlink()
    assert _records(load_corpus([corpus_dir], cache=True, workers=2)) == _records(first)
    assert calls == []  # every file's shard entry matched its key


def test_a_file_whose_hash_cannot_be_taken_is_not_stored(corpus_dir, monkeypatch) -> None:
    # The worker could not hash it and it is gone when this process tries: the file
    # has no key, so it is neither stored nor part of a snapshot; the load goes on.
    from tui.core import gather as gathering

    files = sorted((p, p.name) for p in corpus_dir.iterdir())
    store = Store.for_paths([corpus_dir], None)
    assert store is not None
    keys = gathering.file_keys(files, store, defer=True)
    assert keys.pending == {str(p) for p, _ in files}
    assert cache.snapshot_key(files, keys) is None  # not before every hash is in
    gone = files[1][0]

    def extract(jobs, read_as, done):
        for k, (path, name) in enumerate(jobs):
            result = gathering.extract_all([(path, name)], read_as, workers=1)
            _, found, _ = next(iter(result))
            if path == gone:
                path.unlink()
            else:
                found.digest = cache.content_hash(path)
            yield k, found, None

    keyed = []
    got = list(
        gathering.gather(
            files, None, None, store, keys, 1, extract, None, lambda *a: keyed.append(a)
        )
    )
    assert len(got) == 3 and not keys.pending
    assert str(gone) not in keys and len(keys) == 2
    assert store.read(0) is not None and str(gone) not in store.read(0)  # type: ignore[operator]
    assert len(keyed) == 1 and cache.snapshot_key(*keyed[0]) is None  # a file has no key


def test_shards_left_to_later_are_plain_until_packed_and_read_back_the_same(
    corpus_dir, calls
) -> None:
    later: list = []
    first = load_corpus([corpus_dir], cache=True, later=later)
    store = Store.for_paths([corpus_dir], None)
    assert store is not None
    shard = store.folder / f"0000{cache.SUFFIX}"
    assert shard.read_bytes().startswith(cache.MAGIC)  # not compressed during the load
    plain = store.read(0)
    for step in later:
        step()
    assert shard.read_bytes().startswith(cache.PACKED)
    assert store.read(0) == plain
    (store.folder / f"corpus{cache.SUFFIX}").unlink()  # from the shards this time
    calls.clear()
    again = load_corpus([corpus_dir], cache=True)
    assert calls == []
    assert [q.text for q in again.quotes] == [q.text for q in first.quotes]


def test_packing_leaves_a_damaged_plain_shard_alone(corpus_dir) -> None:
    later: list = []
    load_corpus([corpus_dir], cache=True, later=later)
    store = Store.for_paths([corpus_dir], None)
    assert store is not None
    shard = store.folder / f"0000{cache.SUFFIX}"
    damaged = shard.read_bytes()[:-3] + b"xyz"
    shard.write_bytes(damaged)
    probe = Store(store.folder, pack_later=True)
    probe.unpacked.add(0)
    probe.pack_shards()
    assert shard.read_bytes() == damaged
    assert probe.read(0) is None


@pytest.mark.parametrize("defer", [False, True])
def test_a_listed_file_is_stated_once_for_its_key(corpus_dir, tmp_path, monkeypatch, defer) -> None:
    # discover stats each file to list it once; file_keys takes that stat, not another.
    from tui.core import gather as gathering
    from tui.core.loader import discover

    direct = tmp_path / "alone.txt"
    direct.write_text(STORY.format(n=9), encoding="utf-8")
    store = Store.for_paths([corpus_dir, direct], None)
    assert store is not None
    plain = gathering.file_keys(discover([corpus_dir, direct])[0], store, defer)
    counts: dict[str, int] = {}
    real_stat = os.stat

    def counted(path, *args, **kwargs):
        counts[str(path)] = counts.get(str(path), 0) + 1
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", counted)
    stats: dict[str, os.stat_result] = {}
    files, _ = discover([corpus_dir, direct], None, stats)
    keys = gathering.file_keys(files, store, defer, stats)
    assert len(files) == 4 and all(counts[str(path)] == 1 for path, _ in files)
    assert dict(keys) == dict(plain)
