"""load_corpus and the Corpus look-ups, on the seeds and on small folders written here."""

from __future__ import annotations

from pathlib import Path

import pytest

import tui.core.extract as extract_module
from tui import load_corpus, seeds_path


def test_no_path_opens_the_seeds() -> None:
    corpus = load_corpus()
    assert len(corpus.articles) == 3
    assert [a.id for a in corpus.articles] == sorted(p.name for p in seeds_path().glob("*.txt"))
    assert corpus.problems == []
    assert all(q.article in {a.id for a in corpus.articles} for q in corpus.quotes)


def test_quote_ids_are_positions() -> None:
    corpus = load_corpus()
    assert [q.id for q in corpus.quotes] == list(range(len(corpus.quotes)))


def test_progress_counts_files(tmp_path: Path) -> None:
    for n in range(4):
        (tmp_path / f"{n}.txt").write_text(f'Headline {n}\n\n"Hello {n}," Ann Lee said.\n')
    seen: list[tuple[int, int]] = []
    load_corpus([tmp_path], progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 4)
    assert seen[-1] == (4, 4)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_same_file_name_in_two_folders_gets_distinct_ids(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(
            f'Story {folder}\n\n"We won," said Jo Bloggs.\n'
        )
    corpus = load_corpus([tmp_path / "a", tmp_path / "b"])
    ids = [a.id for a in corpus.articles]
    assert len(ids) == len(set(ids)) == 2
    assert {q.article for q in corpus.quotes} == set(ids)


def test_an_extractor_bug_on_one_article_keeps_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "bad.txt").write_text('Bad one\n\n"Boom," said Ann Lee.\n')
    (tmp_path / "good.txt").write_text('Good one\n\n"Fine," said Ann Lee.\n')
    real = extract_module.extract_quotes

    def flaky(article, first_id=0):
        if article.id == "bad.txt":
            raise ValueError("synthetic failure")
        return real(article, first_id=first_id)

    monkeypatch.setattr(extract_module, "extract_quotes", flaky)
    corpus = load_corpus([tmp_path])
    assert [a.id for a in corpus.articles] == ["bad.txt", "good.txt"]
    assert [q.text for q in corpus.quotes] == ["Fine,"]
    assert len(corpus.problems) == 1
    assert not corpus.problems[0].skipped
    assert "synthetic failure" in corpus.problems[0].reason


def test_lookups_on_the_seeds() -> None:
    corpus = load_corpus()
    coyne = corpus.speaker("Mr Coyne")
    assert coyne is not None and coyne.name == "Gerard Coyne"
    first = corpus.articles[0]
    assert corpus.main_speakers(first.id) == ["Gerard Coyne", "Len McCluskey"]
    quoting = corpus.articles_quoting(frozenset({"Len McCluskey"}))
    assert [a.id for a in quoting] == [a.id for a in corpus.articles[:2]]
    assert corpus.article(first.id) is first
    assert corpus.quotes_in("no such article") == []


def test_the_garbage_collector_is_paused_only_while_loading(tmp_path: Path) -> None:
    import gc

    states: list[bool] = []
    load_corpus([seeds_path()], progress=lambda done, total: states.append(gc.isenabled()))
    assert states and not any(states) and gc.isenabled()

    def stop(done: int, total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        load_corpus([seeds_path()], progress=stop)
    assert gc.isenabled()
    gc.disable()  # a caller that had it off keeps it off
    try:
        load_corpus([seeds_path()])
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_reading_a_stored_corpus_imports_no_extractor(tmp_path: Path) -> None:
    """A warm load reads the assembled corpus back: importing the corpus module (and
    the cache, the loader, the workers' module) must not import attribution, whose
    regular expressions cost a third of a second to compile; extracting a file
    imports it when first needed, and the extractor is then the module's own."""
    import subprocess
    import sys

    page = tmp_path / "a.txt"
    page.write_text('Ada Quill spoke.\n\n"We shall build it," said Ada Quill.\n', encoding="utf-8")
    script = (
        "import sys\n"
        "import tui.core.corpus, tui.core.cache, tui.core.gather, tui.core.parallel\n"
        "assert 'tui.core.attribution' not in sys.modules, 'attribution imported'\n"
        "assert 'tui.core.quotes' not in sys.modules, 'quotes imported'\n"
        "from tui.core import extract\n"
        "from tui.core.attribution import attribute_quotes\n"
        f"r = extract.extract_file(__import__('pathlib').Path({str(page)!r}), 'a')\n"
        "assert extract.attribute_quotes is attribute_quotes\n"
        "print([q.speaker for q in r.quotes])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "Ada Quill" in done.stdout
