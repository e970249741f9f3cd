"""``quotescope export --format parquet -o STORE`` and ``quotescope STORE``: stores from the CLI."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tui.cli import main
from tui.core.corpus import load_corpus
from tui.core.export import quote_records


def test_a_store_is_written_and_opened_like_the_articles(
    seeds_dir: Path, tmp_path: Path, capsys
) -> None:
    pytest.importorskip("pyarrow", reason="stores need pyarrow (the dask extra)")
    store = tmp_path / "store"
    assert main(["export", str(seeds_dir), "--format", "parquet", "-o", str(store)]) == 0
    assert "wrote a store of 14 quotes from 3 articles" in capsys.readouterr().err
    assert main(["export", str(store), "-o", str(tmp_path / "q.jsonl")]) == 0
    local = list(quote_records(load_corpus([seeds_dir])))
    assert list(quote_records(load_corpus([store]))) == local
    assert main(["search", "life blood", str(store), "-n", "1"]) == 0
    assert "Coyne" in capsys.readouterr().out
    # Never over a store without --force, never over anything else.
    assert main(["export", str(seeds_dir), "--format", "parquet", "-o", str(store)]) == 1
    assert "use --force to replace the store" in capsys.readouterr().err
    argv = ["export", str(seeds_dir), "--format", "parquet", "-o", str(tmp_path / "q.jsonl")]
    assert main([*argv, "--force"]) == 1
    assert "is not a quotescope store (not replaced)" in capsys.readouterr().err
    assert main(["export", str(seeds_dir), "--format", "parquet", "-o", str(store), "--force"]) == 0


def test_a_store_opens_alone_and_needs_a_folder_name(
    seeds_dir: Path, tmp_path: Path, capsys
) -> None:
    pytest.importorskip("pyarrow", reason="stores need pyarrow (the dask extra)")
    store = tmp_path / "store"
    assert main(["export", str(seeds_dir), "--format", "parquet", "-o", str(store)]) == 0
    assert main(["export", str(store), str(seeds_dir)]) == 2
    assert "a store is opened alone" in capsys.readouterr().err
    assert main(["export", str(seeds_dir), "--format", "parquet"]) == 2
    assert "name it with -o FOLDER" in capsys.readouterr().err


def test_without_pyarrow_one_line_names_the_extra(
    seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import fails as if not installed
    store = tmp_path / "store"
    assert main(["export", str(seeds_dir), "--format", "parquet", "-o", str(store)]) == 1
    err = capsys.readouterr().err
    assert err == "quotescope: error: stores need pyarrow: pip install 'quotescope[dask]'\n"
    assert not store.exists()
