"""The ``quotescope`` command: open the app, or export/search quotes from a script.

Exit codes: 0 ok; 1 the work failed (e.g. the output file cannot be written);
2 the command line is unusable (bad option, missing path, nothing loadable);
130 interrupted (Ctrl+C), 143 terminated (SIGTERM), 129 hung up (SIGHUP). Errors
are one line on stderr, never a traceback (set QUOTESCOPE_DEBUG=1 to get one for an
unexpected error).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import NoReturn, TextIO

from tui import __version__
from tui.core.corpus import Corpus, load_corpus, seeds_path
from tui.core.export import (
    FORMATS,
    ExportError,
    check_destination,
    format_for,
    quote_records,
    render,
    render_string,
    write_atomic,
)
from tui.core.loader import READ_AS, discover
from tui.core.model import Problem
from tui.core.problems import unread_summary
from tui.core.sanitize import printable
from tui.launch import stop_code, stop_in

PROG = "quotescope"
SUBCOMMANDS = ("export", "search", "cache")


class UsageError(Exception):
    """A command line we cannot act on (exit code 2)."""


class Failure(Exception):
    """The command was fine but the work failed (exit code 1)."""


class Terminated(BaseException):
    """SIGTERM or SIGHUP arrived: unwind like Ctrl+C (temp files removed on the way)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _terminate(signum: int, frame: object) -> None:
    for other in _UNWIND_SIGNALS:  # a second signal must not cut the clean-up short
        signal.signal(other, signal.SIG_IGN)
    raise Terminated(signum)


_UNWIND_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


@contextlib.contextmanager
def _on_signals(handler: Callable[[int, object], None]) -> Iterator[None]:
    """Handle SIGTERM/SIGHUP with ``handler`` for the duration (main thread only)."""
    try:
        old = {s: signal.signal(s, handler) for s in _UNWIND_SIGNALS}
    except ValueError:  # not the main thread: leave the handlers alone
        yield
        return
    try:
        yield
    finally:
        for signum, previous in old.items():
            signal.signal(signum, previous)


def _unwind_on_signals() -> contextlib.AbstractContextManager[None]:
    """Turn SIGTERM/SIGHUP into an exception for the duration (main thread only)."""
    return _on_signals(_terminate)


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of printing usage and exiting, so errors stay one line."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {number}")
    return number


def _paths_help(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="article files or folders (.txt, .md, .jsonl, .html); default: the bundled seed "
        "articles",
    )
    parser.add_argument(
        "--as",
        dest="read_as",
        choices=READ_AS,
        metavar="FORMAT",
        help=f"read files named with another suffix (.log, .csv) as FORMAT: {', '.join(READ_AS)}",
    )
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="extract every file again, neither reading nor writing the cache",
    )


def _main_parser() -> _Parser:
    parser = _Parser(
        prog=PROG,
        usage=(
            f"{PROG} [-h] [--version] [--as FORMAT] [PATH ...]\n"
            f"       {PROG} export [PATH ...] [--format FORMAT] [-o FILE] [--force] [--dask]\n"
            f"       {PROG} search QUERY [PATH ...] [--limit N] [--format text|jsonl]\n"
            f"       {PROG} cache info|clear"
        ),
        description="Who said what in a folder of news articles. Without a sub-command, "
        "opens the explorer on PATHs.",
        epilog=(
            "sub-commands:\n"
            "  export   write every quote (with speaker, offsets, kind) as jsonl, csv or markdown\n"
            "  search   print the quotes best matching QUERY\n"
            "  cache    show (info) or empty (clear) the cache that makes reopening instant\n\n"
            f"Run '{PROG} export --help' or '{PROG} search --help' for their options. To open a\n"
            f"folder named like a sub-command, write it as ./export or put -- before it.\n\n"
            "exit status: 0 ok, 1 the work failed (e.g. cannot write the output), 2 unusable\n"
            "command line (bad option, missing path, nothing loadable), 130 interrupted,\n"
            "143 terminated (SIGTERM), 129 hung up (SIGHUP)."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    _paths_help(parser)
    return parser


def _export_parser() -> _Parser:
    parser = _Parser(
        prog=f"{PROG} export",
        description="Write every quote found in PATHs (scare quotes included, with their "
        "kind) to FILE or standard output. Skipped files and warnings go to stderr.",
    )
    _paths_help(parser)
    parser.add_argument(
        "-f",
        "--format",
        choices=(*FORMATS, "parquet"),
        help="output format (default: from the -o suffix .jsonl/.csv/.md, else a store with "
        "--dask and -o, else jsonl); parquet writes a store folder that 'quotescope STORE' opens",
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    dask = parser.add_argument_group("on a Dask cluster (needs quotescope[dask])")
    dask.add_argument(
        "--dask", action="store_true", help="extract on Dask (a local cluster unless --scheduler)"
    )
    dask.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="the Dask scheduler to use (tcp://host:8786); implies --dask. The files must "
        "be readable by every worker under the same path",
    )
    dask.add_argument(
        "--workers",
        type=_positive,
        default=2,
        metavar="N",
        help="worker processes of the local cluster (default 2)",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace FILE if it exists, even read-only (its mode and owner are kept); "
        "a FIFO or device is written into, never replaced",
    )
    return parser


def _search_parser() -> _Parser:
    parser = _Parser(
        prog=f"{PROG} search",
        description="Print the quotes best matching QUERY (fuzzy words; speaker:NAME, "
        "kind:scare, 'exact, !exclude narrow it), best first.",
    )
    # Optional here only so that a query after "--" (e.g. "-x") can fill it: see
    # _parse_search, which still requires one.
    parser.add_argument("query", metavar="QUERY", nargs="?")
    _paths_help(parser)
    parser.add_argument(
        "-n",
        "--limit",
        type=_positive,
        default=20,
        metavar="N",
        help="at most N results (default 20)",
    )
    parser.add_argument("--format", choices=("text", "jsonl"), default="text")
    return parser


def _report(problems: Sequence[Problem], stream: TextIO) -> None:
    for problem in problems:
        stream.write(f"{PROG}: {printable(str(problem))}\n")


def _cache_parser() -> _Parser:
    parser = _Parser(
        prog=f"{PROG} cache",
        description="Each file's extracted quotes are kept in a cache folder of your user "
        "account (never in the corpus) so reopening is instant; changed files are extracted "
        "again. 'info' shows where it is and its size, 'clear' empties it.",
    )
    parser.add_argument("action", choices=("info", "clear"))
    return parser


def _cache(args: argparse.Namespace) -> int:
    from tui.core import cache

    if args.action == "clear":
        try:
            removed = cache.clear()
        except OSError as exc:
            raise Failure(printable(f"cannot clear the cache: {exc}")) from None
        noun = "corpus" if removed == 1 else "corpora"
        sys.stdout.write(f"removed the cache of {removed} {noun} from {cache.cache_dir()}\n")
        return 0
    folder, stores, size = cache.info()
    noun = "corpus" if stores == 1 else "corpora"
    sys.stdout.write(
        f"cache folder: {printable(str(folder))}\n"
        f"{stores} {noun} cached, {size / 1024 / 1024:.1f} MB\n"
        f"(set {cache.ENV} to move it; '{PROG} cache clear' empties it)\n"
    )
    return 0


def _check_paths(paths: Sequence[str], read_as: str | None = None) -> None:
    """Refuse a command line naming a path that is missing or holds no article files."""
    from tui.core.store import is_store

    if any(is_store(p) for p in paths):
        if len(paths) > 1:
            raise UsageError("a store is opened alone: quotescope STORE")
        return
    for path in paths:
        files, problems = discover([path], read_as)
        if not files:
            reason = problems[0] if problems else Problem(path, "no articles found")
            raise UsageError(printable(f"{reason.path}: {reason.reason}"))


def _load(paths: Sequence[str], read_as: str | None = None, no_cache: bool = False) -> Corpus:
    _check_paths(paths, read_as)
    corpus = load_corpus(list(paths), read_as=read_as, cache=not no_cache)
    return _loaded(corpus, paths)


def _load_export(args: argparse.Namespace) -> Corpus:
    """What export writes: loaded here, or with extraction on Dask (--dask, --scheduler)."""
    if not (args.dask or args.scheduler):
        return _load(args.paths, args.read_as, args.no_cache)
    _check_paths(args.paths, args.read_as)
    from tui.core.on_dask import DaskError, load_on_dask

    try:
        corpus = load_on_dask(
            args.paths,
            args.read_as,
            scheduler=args.scheduler,
            workers=args.workers,
            cache=False if args.no_cache else None,
        )
    except DaskError as exc:
        raise Failure(printable(str(exc))) from None
    return _loaded(corpus, args.paths)


def _loaded(corpus: Corpus, paths: Sequence[str]) -> Corpus:
    """``corpus`` after its problems are reported; UsageError if nothing could be loaded."""
    _report(corpus.problems, sys.stderr)
    if not corpus.articles:
        where = ", ".join(paths) if paths else str(seeds_path())
        raise UsageError(printable(f"no articles could be loaded from {where}"))
    return corpus


def _export(args: argparse.Namespace) -> int:
    dask = bool(args.dask or args.scheduler)
    default = "parquet" if dask and args.output and args.output != "-" else "jsonl"
    fmt = args.format or format_for(args.output or "") or default
    if fmt == "parquet":
        return _export_store(args)
    if args.output and args.output != "-":  # "-o -" means standard output
        # Check the destination before the (possibly long) load.
        protected = list(args.paths)
        force = {"overwrite": args.force, "replace_readonly": args.force}
        try:
            check_destination(args.output, protected, **force)
        except ExportError as exc:
            raise Failure(printable(str(exc))) from None
        corpus = _load_export(args)
        data = render_string(corpus, fmt)
        try:
            written = write_atomic(args.output, data, protected=protected, **force)
        except ExportError as exc:
            raise Failure(printable(str(exc))) from None
        count = len(corpus.quotes)
        sys.stderr.write(f"{PROG}: wrote {count} quotes to {printable(str(written))}\n")
        return _complete(corpus)
    corpus = _load_export(args)
    # Machine formats are UTF-8 whatever the locale says, like the files we write.
    _reconfigure_stdout(encoding="utf-8")
    render(corpus, fmt, sys.stdout)
    sys.stdout.flush()
    return _complete(corpus)


def _complete(corpus: Corpus) -> int:
    """0, or Failure when files could not be read through no fault of theirs (the
    process reading them died): the export written lacks them, and a script must know."""
    lost = unread_summary(corpus.problems)
    if lost:
        raise Failure(f"{lost}: the export lacks them")
    return 0


def _export_store(args: argparse.Namespace) -> int:
    """``--format parquet``: a store folder (Parquet shards, article texts, a manifest)."""
    from tui.core.store import StoreError, check_store_destination, require_pyarrow, write_store

    if not args.output or args.output == "-":
        raise UsageError("a store is a folder: name it with -o FOLDER")
    protected = list(args.paths)
    try:
        require_pyarrow()
        check_store_destination(args.output, protected, overwrite=args.force)
    except (ExportError, StoreError) as exc:
        raise Failure(printable(str(exc))) from None
    corpus = _load_export(args)
    try:
        written = write_store(
            corpus, args.output, protected, overwrite=args.force, sources=args.paths
        )
    except (ExportError, StoreError) as exc:
        raise Failure(printable(str(exc))) from None
    sys.stderr.write(
        f"{PROG}: wrote a store of {len(corpus.quotes)} quotes from {len(corpus.articles)} "
        f"articles to {printable(str(written))}\n"
    )
    return _complete(corpus)


def _reconfigure_stdout(**options: str) -> None:
    # Not a TextIOWrapper (tests, embedding) or already written to: leave it as it is.
    with contextlib.suppress(AttributeError, ValueError, io.UnsupportedOperation):
        sys.stdout.reconfigure(**options)  # type: ignore[union-attr]


def _parse_search(argv: list[str]) -> argparse.Namespace:
    """Search arguments; everything after ``--`` is positional, so a query may start
    with ``-`` (``search -- -x PATH``)."""
    parser = _search_parser()
    tail: list[str] = []
    if "--" in argv:
        cut = argv.index("--")
        argv, tail = argv[:cut], argv[cut + 1 :]
    args = parser.parse_intermixed_args(argv)
    positional = ([args.query] if args.query is not None else []) + list(args.paths) + tail
    if not positional:
        parser.error("the following arguments are required: QUERY")
    args.query, args.paths = positional[0], positional[1:]
    return args


def _search(args: argparse.Namespace) -> int:
    from tui.core.search import QuoteIndex

    corpus = _load(args.paths, args.read_as, args.no_cache)
    result = QuoteIndex.from_corpus(corpus).search(args.query, limit=args.limit)
    ids = list(result.ids)[: args.limit]
    if not ids:
        sys.stderr.write(f"{PROG}: no quotes match {printable(args.query)!r}\n")
    if result.notice:  # the query was cut, had no words, or "did you mean ..."
        sys.stderr.write(f"{PROG}: {printable(result.notice)}\n")
    if not ids:
        return 0
    quotes = [corpus.quotes[i] for i in ids]
    # JSON lines are UTF-8 like export; text on a non-UTF-8 terminal degrades to "?".
    if args.format == "jsonl":
        _reconfigure_stdout(encoding="utf-8")
    else:
        _reconfigure_stdout(errors="replace")
    out = sys.stdout
    if args.format == "jsonl":
        for record, score in zip(quote_records(corpus, quotes), result.scores, strict=False):
            record["score"] = round(float(score), 2)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    else:
        for q in quotes:
            title = corpus.article(q.article).title
            text = q.text.replace("\n", " / ")
            out.write(f"{q.speaker or '(unattributed)'} — “{text}” ({title})\n")
    out.flush()
    return 0


def terminal_problem() -> str | None:
    """Why the explorer cannot run here (no terminal, or one that cannot draw it), or None.

    Without this, cron, CI or a pipe would get a full-screen app that waits forever
    for keys, writing escape codes into a log.
    """
    try:
        interactive = sys.stdin.isatty() and sys.stdout.isatty()
    except (AttributeError, ValueError):  # closed or missing standard streams
        interactive = False
    scripts = f"in scripts use '{PROG} export' or '{PROG} search'"
    if not interactive:
        return f"the explorer needs a terminal (stdin and stdout are not one); {scripts}"
    if os.environ.get("TERM", "") == "dumb":
        return f"TERM=dumb cannot show the explorer; {scripts}"
    return None


def _open_app(paths: Sequence[str], read_as: str | None = None, no_cache: bool = False) -> int:
    _check_paths(paths, read_as)
    problem = terminal_problem()
    if problem:
        raise UsageError(problem)
    from tui.app import QuotescopeApp  # lazy: export/search never load Textual

    app = QuotescopeApp(paths=list(paths) or None, read_as=read_as, cache=not no_cache)
    app.run()
    from tui import quick_exit

    quick_exit.arm()  # the terminal is back: the command may end without Python's shutdown
    return app.return_code or 0


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold SIGTERM/SIGHUP back while argparse runs, delivering them just after.

    argparse's intermixed parsing undoes its changes to the parser in a ``finally`` that
    itself fails when an exception lands mid-way, so a signal there ended the command
    with an argparse error and exit 1 instead of 143/129.
    """
    arrived: list[int] = []
    try:
        with _on_signals(lambda signum, _: arrived.append(signum)):
            yield
    finally:
        if arrived:
            signal.raise_signal(arrived[0])  # now its own handler acts on it


def _run(argv: list[str]) -> int:
    if argv and argv[0] in SUBCOMMANDS:
        command, rest = argv[0], argv[1:]
        with _unwind_on_signals():
            with _signals_held():
                if command == "export":
                    args = _export_parser().parse_intermixed_args(rest)
                elif command == "cache":
                    args = _cache_parser().parse_args(rest)
                else:
                    args = _parse_search(rest)
            runs = {"export": _export, "cache": _cache, "search": _search}
            return runs[command](args)
    with _signals_held():
        args = _main_parser().parse_intermixed_args(argv)
    return _open_app(args.paths, args.read_as, args.no_cache)


def _quiet_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so the exit flush stays silent."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``quotescope`` and ``python -m tui``; returns the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        return _run(args)
    except UsageError as exc:
        sys.stderr.write(f"{PROG}: error: {exc}\n")
        return 2
    except Failure as exc:
        sys.stderr.write(f"{PROG}: error: {exc}\n")
        return 1
    except SystemExit as exc:  # --help and --version (or tui.launch's early stop)
        return exc.code if isinstance(exc.code, int) else 0
    except (KeyboardInterrupt, Terminated) as exc:
        return _stopped(exc)
    except BrokenPipeError:
        _quiet_stdout()
        return 0
    except Exception as exc:
        stop = stop_in(exc)  # a stop Python wrapped (a signal in a class's creation)
        if stop is not None:
            return _stopped(stop)
        if os.environ.get("QUOTESCOPE_DEBUG"):
            raise
        sys.stderr.write(f"{PROG}: error: unexpected {type(exc).__name__}: {printable(str(exc))}\n")
        return 1


def _stopped(stop: BaseException) -> int:
    """Say why the command stopped (Ctrl+C, a stop signal); its exit code."""
    code = stop_code(stop) or 1
    if isinstance(stop, KeyboardInterrupt):
        sys.stderr.write(f"{PROG}: interrupted\n")
    elif isinstance(stop, Terminated):
        sys.stderr.write(f"{PROG}: stopped by {signal.Signals(stop.signum).name}\n")
    return code
