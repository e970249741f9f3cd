"""Worker processes whose death never hangs the process that started them.

``concurrent.futures.ProcessPoolExecutor`` shares one pipe for results between its
workers and joins internal threads on shutdown: a worker killed while it sent a result
(the OOM killer picks the fattest process, and that is often one holding a large
result) left the pool's reader waiting for the rest of the message for ever, and a
broken pool's shutdown could join a feeder thread blocked on a dead worker's pipe. The
app then sat on "Loading articles…" for ever.

Here each worker has its own pipe, so a death shows on that pipe alone (end of file,
its sentinel), and nothing joins a thread that may be blocked. A worker that dies costs
the task it held, reported as ``Died`` with the reason; the tasks queued behind it go
to the other workers. A dead worker is replaced, and the replacement is first asked a
question that cannot fail (``_ping``): if it dies too, workers cannot run here (an
import failing in the child, no memory left) and every task not done is handed back as
``None``, for the caller to do itself. A task that raises in the worker comes back as
``None`` too.
"""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from typing import Any

Task = tuple[Callable[..., object], tuple]
"""A function a worker runs (pickled by reference) and its arguments. Its answer is
the bytes it returns, or ``DONE`` when it returns anything else."""
DONE = b"done"
DEPTH = 2
"""Tasks sent to a worker ahead: the next is there when it ends one, without waiting
for this process (busy assembling the corpus) to answer."""
POLL = 0.02
"""Seconds between looks at the workers' tasks while an abandoned load waits for them."""
JOIN = 1.0
"""Seconds a worker asked to leave gets before it is stopped outright."""


@dataclass(frozen=True)
class Died:
    """A task whose worker died while it held it (never retried by the pool)."""

    reason: str
    proven: bool = True
    """Whether that worker had answered before: one that dies on its first task may
    not have started at all, and the task is not to blame."""


def _ping() -> bytes:
    return b"up"


def serve(conn: Any, start: Callable[..., None] | None, args: tuple) -> None:
    """A worker's life: run the tasks that come down ``conn`` until told to stop (None)
    or this process's end of the pipe closes (the parent is gone)."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # (a fork keeps its parent's handler)
    if start is not None:
        start(*args)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        function, arguments = task
        try:
            answer = function(*arguments)
        except Exception:  # the parent does this task itself
            answer = b""
        else:
            answer = answer if isinstance(answer, bytes) and answer else DONE
        try:
            conn.send_bytes(answer)
        except OSError:
            return


@dataclass
class _Worker:
    process: Any
    conn: Any
    held: deque[int] = field(default_factory=deque)
    """Ids of the tasks sent to it, in order; the first is the one it is running."""
    pinged: bool = False
    """A replacement not yet known to start: its ``_ping`` is in flight."""
    proven: bool = False
    """It has answered (a task or its ping)."""


def how_it_died(exitcode: int | None) -> str:
    """A worker's end in words, for the user."""
    if exitcode is None:
        return "it stopped answering"
    if exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        hint = ", perhaps out of memory" if -exitcode == signal.SIGKILL else ""
        return f"it was killed by {name}{hint}"
    return f"it exited with code {exitcode}"


class Pool:
    """``count`` worker processes of ``context`` (a ``multiprocessing`` context), each
    starting with ``start(*args)``; a thread of this process feeds them and reads their
    answers. Always :meth:`close` it."""

    def __init__(
        self, context: Any, count: int, start: Callable[..., None] | None = None, args=()
    ) -> None:
        self._context, self._start, self._args = context, start, args
        self._workers: list[_Worker] = []
        self._tasks: dict[int, Task] = {}
        self._todo: deque[int] = deque()
        self._inbox: queue.SimpleQueue[list[tuple[int, Task]]] = queue.SimpleQueue()
        self._answers: queue.SimpleQueue[tuple[int, bytes | Died | None]] = queue.SimpleQueue()
        self._leaving = threading.Event()
        self._wake_r, self._wake_w = os.pipe()  # (new tasks, or leave: the thread wakes)
        self._dropping = False
        self.broken = False
        try:
            for _ in range(count):
                self._workers.append(self._spawn())
        except BaseException:
            self.close()
            raise
        self._thread = threading.Thread(target=self._manage, name="worker-pool", daemon=True)
        self._thread.start()

    def submit(self, tasks: Iterable[tuple[int, Task]]) -> None:
        """Queue tasks, each under an id of the caller's (answered under it)."""
        self._inbox.put(list(tasks))
        self._wake()

    def answer(self, timeout: float | None) -> tuple[int, bytes | Died | None] | None:
        """The next ``(task id, answer)``: the task's bytes, ``Died``, or None (do it
        yourself); None when nothing came within ``timeout`` seconds."""
        try:
            return self._answers.get(timeout=timeout)
        except queue.Empty:
            return None

    def abandon(self, grace: float) -> list[Any]:
        """Send nothing more, wait up to ``grace`` seconds for the tasks running to end
        (their answers dropped); the processes still busy then."""
        self._dropping = True
        self._wake()
        waited = threading.Event()
        end = grace / POLL
        while any(w.held for w in self._workers) and end > 0:
            waited.wait(POLL)
            end -= 1
        return [w.process for w in self._workers if w.held]

    def close(self) -> None:
        """Stop the workers and the thread; never blocks for long, whatever they do."""
        self._leaving.set()
        self._wake()
        thread = getattr(self, "_thread", None)
        if thread is not None:
            thread.join()
        for fd in (self._wake_r, self._wake_w):
            with contextlib.suppress(OSError):
                os.close(fd)
        for worker in self._workers:
            with contextlib.suppress(OSError, ValueError):
                worker.conn.send(None)
        for worker in self._workers:
            _end(worker)
        self._workers = []

    def _wake(self) -> None:
        with contextlib.suppress(OSError):
            os.write(self._wake_w, b"!")

    def _spawn(self) -> _Worker:
        mine, theirs = self._context.Pipe(duplex=True)
        process = self._context.Process(
            target=serve, args=(theirs, self._start, self._args), daemon=True
        )
        try:
            process.start()
        finally:
            theirs.close()
        return _Worker(process, mine)

    def _manage(self) -> None:
        """The thread: hand tasks out, read answers, replace the dead. Should it fail
        (a bug), every task not answered is handed back: no caller waits for ever."""
        try:
            self._serve_tasks()
        except BaseException:
            self.broken = True
            for worker in self._workers:
                self._todo.extendleft(reversed(worker.held))
                worker.held.clear()
            self._hand_back()
            raise

    def _serve_tasks(self) -> None:
        while not self._leaving.is_set():
            self._take_new()
            if self.broken or self._dropping:
                self._hand_back()
            else:
                self._hand_out()
            ready = self._ready()
            for worker in ready:
                self._read(worker)

    def _take_new(self) -> None:
        while True:
            try:
                batch = self._inbox.get_nowait()
            except queue.Empty:
                return
            for task_id, task in batch:
                self._tasks[task_id] = task
                self._todo.append(task_id)

    def _hand_back(self) -> None:
        """Tasks not sent go back to the caller (broken), or are dropped (abandoned)."""
        while self._todo:
            task_id = self._todo.popleft()
            del self._tasks[task_id]
            if not self._dropping:
                self._answers.put((task_id, None))

    def _hand_out(self) -> None:
        gone = []
        for worker in self._workers:
            while self._todo and not worker.pinged and len(worker.held) < DEPTH:
                task_id = self._todo.popleft()
                try:
                    worker.conn.send(self._tasks[task_id])
                except (OSError, ValueError):  # it is dead
                    self._todo.appendleft(task_id)
                    gone.append(worker)
                    break
                worker.held.append(task_id)
        for worker in gone:
            self._dead(worker)

    def _ready(self) -> list[_Worker]:
        """The busy workers with an answer or gone, once one is (or the thread is woken:
        new tasks, or leave); no polling while the workers work."""
        by_handle: dict[Any, _Worker] = {}
        for worker in self._workers:
            if worker.held or worker.pinged:
                by_handle[worker.conn] = worker
                by_handle[worker.process.sentinel] = worker
        found = wait([self._wake_r, *by_handle])
        if self._wake_r in found:
            with contextlib.suppress(OSError):
                os.read(self._wake_r, 4096)
        ready = [by_handle[h] for h in found if h != self._wake_r]
        return list({id(w): w for w in ready}.values())

    def _read(self, worker: _Worker) -> None:
        """An answer, or the worker's death (its pipe at its end, or its sentinel)."""
        try:
            if not worker.conn.poll():
                raise EOFError  # only the sentinel: it is gone without a word
            answer = worker.conn.recv_bytes()
        except (EOFError, OSError):
            self._dead(worker)
            return
        worker.proven = True
        if worker.pinged:
            worker.pinged = False
            return
        task_id = worker.held.popleft()
        self._tasks.pop(task_id, None)
        if not self._dropping:
            self._answers.put((task_id, answer or None))

    def _dead(self, worker: _Worker) -> None:
        """Report the task it held, queue the others again, and replace it (unless a
        replacement died before answering: then no worker can run here)."""
        _end(worker)
        self._workers.remove(worker)
        if worker.pinged:
            self.broken = True
        if worker.held:
            task_id = worker.held.popleft()
            self._tasks.pop(task_id, None)
            if not self._dropping:
                how = how_it_died(worker.process.exitcode)
                self._answers.put((task_id, Died(how, worker.proven)))
            self._todo.extendleft(reversed(worker.held))
        if self.broken or self._dropping:
            return
        try:
            spare = self._spawn()
            spare.conn.send((_ping, ()))
        except (OSError, ValueError, RuntimeError, EOFError):  # (EOFError: the forkserver died)
            self.broken = True
            return
        spare.pinged = True
        self._workers.append(spare)


def _end(worker: _Worker) -> None:
    """Wait a moment for the worker to leave, then stop it (SIGTERM, then SIGKILL)."""
    process = worker.process
    with contextlib.suppress(OSError, ValueError, AttributeError, AssertionError):
        process.join(JOIN)
        if process.exitcode is None:
            process.terminate()
            process.join(JOIN)
        if process.exitcode is None:
            process.kill()
            process.join(JOIN)
    with contextlib.suppress(OSError):
        worker.conn.close()
