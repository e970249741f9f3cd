"""``quotescope export --dask``: the same records as a local export, from a store the app opens."""

from __future__ import annotations

import json
import multiprocessing
import shutil
import sys
from pathlib import Path

import pytest

from tui.cli import main
from tui.core import on_dask
from tui.core.corpus import assemble, load_corpus
from tui.core.export import quote_records
from tui.core.loader import discover
from tui.core.on_dask import NO_DASHBOARD, load_on_dask, partitions

REPO_ROOT = Path(__file__).resolve().parents[1]
BBC_TECH = (REPO_ROOT.parent / "shared" / "corpora" / "bbc" / "texts" / "tech").resolve()


def _inputs(seeds_dir: Path, tmp_path: Path) -> list[str]:
    """Seeds, a folder with an exact copy and a bad file, and BBC tech when present."""
    extra = tmp_path / "extra"
    extra.mkdir()
    text = (seeds_dir / sorted(p.name for p in seeds_dir.glob("*.txt"))[0]).read_text("utf-8")
    (extra / "again.txt").write_text(text, encoding="utf-8")  # the same as a seed article
    (extra / "binary.txt").write_bytes(b"\x00\xff" * 200)
    # Another article under a seed's name: the same id twice, renamed in the reduce.
    (extra / sorted(p.name for p in seeds_dir.glob("*.txt"))[1]).write_text(
        "Council delays vote on bus lanes\n\nThe council postponed its vote on new bus "
        'lanes on Tuesday.\n\n"We need more time to hear from residents before we decide '
        'anything at all," said councillor Jane Porter.\n\nThe vote is now expected next '
        "month.\n",
        encoding="utf-8",
    )
    paths = [str(seeds_dir), str(extra)]
    return [*paths, str(BBC_TECH)] if BBC_TECH.is_dir() else paths


def test_partitions_keep_file_order_and_balance_bytes(tmp_path: Path) -> None:
    for n, size in enumerate([9000, 10, 10, 10, 10, 10, 10, 10, 3000, 3000]):
        (tmp_path / f"{n:02d}.txt").write_text("x" * size, encoding="utf-8")
    files, _ = discover([tmp_path])
    parts = partitions(files, threads=1)
    assert [f for part in parts for f in part] == files
    assert all(parts) and len(parts) == 4
    assert parts[0] == files[:1]  # the big file alone, the small ones together


def test_a_partition_comes_back_whole_unless_two_ids_clash(seeds_dir: Path) -> None:
    """Without a cache, a worker puts its partition's results together (one result,
    one quote table): the reduce gives the same corpus as from the files one by one."""
    files, _ = discover([seeds_dir])
    jobs = [(str(path), article_id, None) for path, article_id in files]
    whole, results = on_dask._unpacked(on_dask.extract_for_reduce(jobs, whole=True))
    apart, per_file = on_dask._unpacked(on_dask.extract_for_reduce(jobs))
    assert whole and len(results) == 1 and len(results[0][0].articles) == len(jobs)
    assert not apart and len(per_file) == len(jobs)
    one = assemble([r for r, _ in results], [])
    each = assemble([r for r, _ in per_file], [])
    assert list(quote_records(one)) == list(quote_records(each)) != []
    assert one.speakers == each.speakers and one.articles == each.articles
    # Two files whose articles have the same id: sent back file by file.
    clash = [*jobs, (jobs[0][0], jobs[0][1], None)]
    whole, results = on_dask._unpacked(on_dask.extract_for_reduce(clash, whole=True))
    assert not whole and len(results) == len(clash)


def test_dask_records_equal_the_local_export(seeds_dir: Path, tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed", reason="needs quotescope[dask]")
    pytest.importorskip("pyarrow", reason="needs quotescope[dask]")
    paths = _inputs(seeds_dir, tmp_path)
    local = load_corpus(paths)
    assert local.articles[0].also_at and local.problems  # a copy and a bad file
    # A scheduler of our own, threads in this process: the --scheduler path.
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, scheduler_kwargs=NO_DASHBOARD
    ) as cluster:
        on_dask = load_on_dask(paths, scheduler=cluster.scheduler_address)
        store = tmp_path / "store"
        code = main(["export", *paths, "--scheduler", cluster.scheduler_address, "-o", str(store)])
    assert code == 0
    expected = list(quote_records(local))
    assert list(quote_records(on_dask)) == expected
    assert on_dask.articles == local.articles and on_dask.speakers == local.speakers
    assert on_dask.problems == local.problems and on_dask.groups == local.groups
    # The store opens as the same corpus, article texts included (the reading view).
    opened = load_corpus([store])
    assert list(quote_records(opened)) == expected
    assert [a.text for a in opened.articles] == [a.text for a in local.articles]


def test_the_local_cache_sends_only_changed_files(
    seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    distributed = pytest.importorskip("distributed", reason="needs quotescope[dask]")
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus)
    sent: list[int] = []
    real = on_dask.partitions
    monkeypatch.setattr(
        on_dask, "partitions", lambda jobs, n: sent.append(len(jobs)) or real(jobs, n)
    )
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, scheduler_kwargs=NO_DASHBOARD
    ) as cluster:
        first = load_on_dask([corpus], scheduler=cluster.scheduler_address, cache=True)
        changed = sorted(corpus.glob("*.txt"))[0]
        changed.write_text(changed.read_text("utf-8") + "\n\nA new closing paragraph.\n", "utf-8")
        second = load_on_dask([corpus], scheduler=cluster.scheduler_address, cache=True)
    assert sent == [3, 1]  # the first load sent every file, the second the changed one
    assert list(quote_records(second)) == list(quote_records(load_corpus([corpus])))
    # Nothing changed since: read whole from the cache, no cluster needed at all.
    monkeypatch.setattr(on_dask, "client_for", None)
    again = load_on_dask([corpus], scheduler="tcp://127.0.0.1:9", cache=True)
    assert list(quote_records(again)) == list(quote_records(second)) and sent == [3, 1]
    assert len(first.articles) == len(second.articles)


def test_a_local_cluster_by_default(seeds_dir: Path, tmp_path: Path, capfd) -> None:
    pytest.importorskip("distributed", reason="needs quotescope[dask]")
    code = main(["export", str(seeds_dir), "--dask", "--workers", "2", "-o", "-", "--no-cache"])
    assert code == 0
    out, err = capfd.readouterr()  # the worker processes' output too
    records = [json.loads(line) for line in out.splitlines()]
    assert records == json.loads(json.dumps(list(quote_records(load_corpus([seeds_dir])))))
    # The cluster stops while the reduce runs: no worker left, and none of them told
    # the terminal about the scheduler going away first (a heartbeat traceback).
    assert err == "" and not multiprocessing.active_children()


def test_without_the_extra_one_line_names_it(
    seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import fails as if not installed
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    assert main(["export", str(seeds_dir), "--dask", "-o", "-"]) == 1
    err = capsys.readouterr().err
    assert err == "quotescope: error: --dask needs the dask extra: pip install 'quotescope[dask]'\n"
    assert main(["export", str(seeds_dir), "--dask", "-o", str(tmp_path / "store")]) == 1
    assert "pip install 'quotescope[dask]'" in capsys.readouterr().err
    assert not (tmp_path / "store").exists()
    # Without --dask nothing changes.
    assert main(["export", str(seeds_dir), "-o", str(tmp_path / "q.jsonl")]) == 0


def test_an_unreachable_scheduler_is_one_line(
    seeds_dir: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("distributed", reason="needs quotescope[dask]")
    monkeypatch.setattr(on_dask, "CONNECT_TIMEOUT", "1s")
    code = main(["export", str(seeds_dir), "--scheduler", "tcp://127.0.0.1:9", "-o", "-"])
    assert code == 1
    err = capsys.readouterr().err
    assert err.startswith("quotescope: error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert err.count("\n") == 1


def test_workers_of_another_version_are_refused(
    seeds_dir: Path, monkeypatch: pytest.MonkeyPatch, capfd
) -> None:
    """Results are unpacked unchecked (they come from this code), so a worker running
    other code is refused by the version it sends, in one line; the local cluster is
    stopped all the same."""
    pytest.importorskip("distributed", reason="needs quotescope[dask]")
    monkeypatch.setattr(on_dask, "extractor_version", lambda: "0" * 32)  # here, not there
    code = main(["export", str(seeds_dir), "--dask", "--workers", "1", "--no-cache"])
    assert code == 1
    err = capfd.readouterr().err
    assert err.startswith("quotescope: error: the Dask workers run another version")
    assert err.count("\n") == 1
    assert not multiprocessing.active_children()
