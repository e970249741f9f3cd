"""Write a file without ever damaging what the user has: the destination checks and the write.

Only a regular file is ever replaced, and then atomically (a temp file beside it, then
``os.replace``) with its mode and owner kept, so an interrupted write leaves the old
file whole. A FIFO or a character device (``/dev/null``, ``/dev/stdout``) is written
into, never renamed over. The corpus is read-only: the guard compares files by
identity (device and inode), so a symlink, a bind mount or a hard link of an article
cannot get a write past it.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from tui.core.corpus import seeds_path

NAME_MAX = 255
"""Longest file name in bytes on the usual file systems (when pathconf cannot say)."""

Kind = Literal["new", "file", "stream"]


class ExportError(Exception):
    """A write we refuse or cannot do; the message is meant for the user."""


@dataclass(frozen=True, slots=True)
class Destination:
    """Where a write would go: ``path`` resolved (through symlinks) and what is there.

    ``kind`` is ``new`` (nothing there yet), ``file`` (a regular file to replace) or
    ``stream`` (a FIFO or character device, written into in place). ``readonly`` is
    true for a file without write permission: replacing it needs an explicit yes.
    """

    path: Path
    kind: Kind
    readonly: bool = False

    @property
    def exists(self) -> bool:
        return self.kind != "new"


def _identity(st: os.stat_result) -> tuple[int, int]:
    return st.st_dev, st.st_ino


def _guards(protected: Iterable[str | Path]) -> tuple[dict, dict]:
    """Identities of the protected folders and files, each mapped to how it was named."""
    folders: dict[tuple[int, int], str] = {}
    files: dict[tuple[int, int], str] = {}
    for raw in (*protected, seeds_path()):
        try:
            st = os.stat(Path(raw).expanduser())
        except (OSError, ValueError, RuntimeError):
            continue  # nothing there: nothing to protect
        (folders if stat.S_ISDIR(st.st_mode) else files)[_identity(st)] = str(raw)
    return folders, files


def _corpus_folder_of(folder: Path, folders: dict[tuple[int, int], str]) -> str | None:
    """The protected folder ``folder`` is (or is inside), compared by identity."""
    for ancestor in (folder, *folder.parents):
        try:
            found = folders.get(_identity(os.stat(ancestor)))
        except OSError:
            continue
        if found is not None:
            return found
    return None


def _linked_article(st: os.stat_result, folders: dict[tuple[int, int], str]) -> str | None:
    """For a file with several hard links: the protected folder holding one of them.

    Only walked when the link count says another name exists, which is rare.
    """
    if st.st_nlink < 2:
        return None
    wanted = _identity(st)
    for raw in folders.values():
        for dirpath, _, filenames in os.walk(Path(raw).expanduser(), followlinks=True):
            for name in filenames:
                try:
                    if _identity(os.stat(os.path.join(dirpath, name))) == wanted:
                        return os.path.join(dirpath, name)
                except OSError:
                    continue
    return None


def _guard(dest: Path, resolved: Path, protected: Iterable[str | Path]) -> None:
    folders, files = _guards(protected)
    inside = _corpus_folder_of(resolved.parent, folders)
    if inside is not None:
        raise ExportError(
            f"refusing to write {dest} inside the corpus folder {inside} (it is read-only)"
        )
    try:
        st = os.stat(resolved)
    except OSError:
        return
    if _identity(st) in folders:
        raise ExportError(f"refusing to write {dest} inside the corpus folder {dest}")
    article = files.get(_identity(st)) or _linked_article(st, folders)
    if article is not None:
        raise ExportError(f"refusing to overwrite the article file {article}")


def guard_corpus(dest: str | Path, protected: Iterable[str | Path] = ()) -> None:
    """ExportError if ``dest`` is inside (or is) a protected corpus folder or file."""
    path = Path(dest).expanduser()
    try:
        resolved = path.resolve()
    except RuntimeError as exc:
        raise ExportError(f"cannot write {dest}: {exc}") from None
    _guard(path, resolved, protected)


def _readonly(path: Path, st: os.stat_result) -> bool:
    """No write bit at all (root could write it anyway), or none for us."""
    return not st.st_mode & 0o222 or not os.access(path, os.W_OK)


def inspect_destination(path: str | Path, protected: Iterable[str | Path] = ()) -> Destination:
    """What writing ``path`` would do, or ExportError if it must not be written at all.

    ``protected`` holds the corpus folders and files that were loaded; writing inside
    such a folder, or over such a file (through a symlink, a bind mount or a hard link
    too), is refused. The bundled seed folder is always protected (it is the corpus
    when no path is given). A missing folder, a folder as the destination, a socket
    and a block device are refused too.
    """
    try:
        dest = Path(path).expanduser()
        resolved = dest.resolve()  # follows a symlinked destination to what it would replace
    except RuntimeError as exc:  # "~nosuchuser", or a symlink loop
        raise ExportError(f"cannot write {path}: {exc}") from None
    _guard(dest, resolved, protected)
    if not resolved.parent.is_dir():
        raise ExportError(f"cannot write {path}: folder {resolved.parent} does not exist")
    try:
        st = os.stat(resolved)
    except FileNotFoundError:
        return Destination(resolved, "new")
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None
    if stat.S_ISDIR(st.st_mode):
        raise ExportError(f"{path} is a folder")
    if stat.S_ISFIFO(st.st_mode) or stat.S_ISCHR(st.st_mode):
        return Destination(resolved, "stream")
    if not stat.S_ISREG(st.st_mode):
        raise ExportError(f"refusing to write {path}: not a regular file (socket or device)")
    return Destination(resolved, "file", readonly=_readonly(resolved, st))


def check_destination(
    path: str | Path,
    protected: Iterable[str | Path] = (),
    *,
    overwrite: bool = False,
    replace_readonly: bool = False,
) -> Path:
    """The resolved destination, or ExportError for anything a write would refuse.

    That is what inspect_destination refuses, and also a file that exists (unless
    ``overwrite``) or is read-only (unless ``replace_readonly`` as well).
    """
    return _checked(path, protected, overwrite, replace_readonly).path


def _checked(
    path: str | Path, protected: Iterable[str | Path], overwrite: bool, replace_readonly: bool
) -> Destination:
    target = inspect_destination(path, protected)
    if target.kind == "file" and not overwrite:
        if target.readonly:
            raise ExportError(f"{path} is read-only (use --force to replace it)")
        raise ExportError(f"{path} already exists (use --force to overwrite)")
    if target.kind == "file" and target.readonly and not replace_readonly:
        raise ExportError(f"{path} is read-only (use --force to replace it)")
    if target.kind == "new" and os.path.lexists(Path(path).expanduser()) and not overwrite:
        raise ExportError(f"{path} already exists (use --force to overwrite)")  # dangling link
    return target


def temp_name(dest: Path) -> Path:
    """A hidden, unique name beside ``dest`` that fits the folder's name limit, even
    when ``dest``'s own name is 241-255 bytes long."""
    tag = f".{secrets.token_hex(6)}.tmp".encode()
    try:
        limit = os.pathconf(dest.parent, "PC_NAME_MAX")
    except (OSError, ValueError):
        limit = NAME_MAX
    room = max(1, min(limit, NAME_MAX) - 1 - len(tag))
    stem = os.fsencode(dest.name)[:room]
    return dest.with_name(os.fsdecode(b"." + stem + tag))


def write_atomic(
    path: str | Path,
    data: str | bytes,
    *,
    protected: Iterable[str | Path] = (),
    overwrite: bool = False,
    replace_readonly: bool = False,
) -> Path:
    """Write ``data`` to ``path``; return the resolved path written.

    A regular file is replaced all at once (temp file + rename, mode and owner kept);
    a FIFO or character device is written into. Raises ExportError, with a message for
    the user, for any destination check_destination refuses or a failed write; the
    temp file is removed whatever stops the write (an error, Ctrl+C, a signal that
    raises).
    """
    target = _checked(path, protected, overwrite, replace_readonly)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if target.kind == "stream":
        _write_stream(path, target.path, raw)
    else:
        _replace(path, target.path, raw)
    return target.path


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _write_stream(shown: str | Path, dest: Path, data: bytes) -> None:
    """Write into a FIFO or device in place; never create, truncate or rename."""
    try:
        # O_NONBLOCK: a FIFO nobody reads fails at once (ENXIO) instead of hanging.
        fd = os.open(dest, os.O_WRONLY | os.O_NOCTTY | os.O_NONBLOCK)
    except OSError as exc:
        if exc.errno == errno.ENXIO:
            raise ExportError(f"cannot write {shown}: nothing is reading from it") from None
        raise ExportError(f"cannot write {shown}: {exc.strerror or exc}") from None
    try:
        mode = os.fstat(fd).st_mode
        if not (stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)):
            raise ExportError(f"cannot write {shown}: it changed while being checked")
        os.set_blocking(fd, True)
        _write_all(fd, data)
    except OSError as exc:
        raise ExportError(f"cannot write {shown}: {exc.strerror or exc}") from None
    finally:
        os.close(fd)


def _keep_owner_and_mode(fd: int, shown: str | Path, old: os.stat_result) -> None:
    """Give the temp file the replaced file's owner, group and permission bits."""
    new = os.fstat(fd)
    if (new.st_uid, new.st_gid) != (old.st_uid, old.st_gid):
        try:
            os.fchown(fd, old.st_uid, old.st_gid)
        except PermissionError:
            raise ExportError(
                f"cannot replace {shown}: it belongs to another user or group "
                "and the new file could not keep that owner"
            ) from None
    os.fchmod(fd, stat.S_IMODE(old.st_mode))  # after chown, which clears set-id bits


def _replace(shown: str | Path, dest: Path, data: bytes) -> None:
    try:
        old: os.stat_result | None = os.stat(dest)
    except FileNotFoundError:
        old = None
    tmp: Path | None = temp_name(dest)
    assert tmp is not None
    try:
        # New files get the usual 0o666-minus-umask mode; a replaced one keeps its own,
        # so the temp file starts private until it has been given that mode.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666 if old is None else 0o600)
        try:
            if old is not None:
                _keep_owner_and_mode(fd, shown, old)
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, dest)
        tmp = None
    except OSError as exc:
        raise ExportError(f"cannot write {shown}: {exc.strerror or exc}") from exc
    finally:
        if tmp is not None and os.path.lexists(tmp):
            os.unlink(tmp)
