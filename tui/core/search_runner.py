"""Which search to run: at most one runs and one waits; a newer one replaces it.

A thread per keystroke piles up: 3,000 fast keys meant 3,000 queued searches, each
run to the end although only the last answer is ever shown (seconds of wrong counts
on screen). :class:`LatestOnly` keeps the newest request waiting while one runs, and
tells the running one it has been overtaken so it can give up early. It holds no
thread itself: the caller starts the jobs it hands back (the finder, in a worker)
and calls both methods from one thread (the UI's).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from tui.core.search import QuoteIndex

__all__ = ["LatestOnly", "SearchJob"]

Job = TypeVar("Job")


@dataclass(frozen=True, slots=True)
class SearchJob:
    """One search the finder wants: ``generation`` tells whether it is still current."""

    generation: int
    index: QuoteIndex
    text: str
    speakers: Collection[str] | None


class LatestOnly(Generic[Job]):
    """The one-running, one-waiting policy."""

    def __init__(self) -> None:
        self._running = False
        self._waiting: Job | None = None

    def submit(self, job: Job) -> Job | None:
        """``job`` if it should start now; else it waits (replacing an older one)."""
        if self._running:
            self._waiting = job
            return None
        self._running = True
        return job

    def finished(self) -> Job | None:
        """The running job ended: the waiting one, to start now, if any."""
        job, self._waiting = self._waiting, None
        self._running = job is not None
        return job

    def superseded(self) -> bool:
        """Whether a newer job waits (the running one's answer would go unseen).
        Safe to ask from the running job's thread: it reads one attribute."""
        return self._waiting is not None

    @property
    def pending(self) -> bool:
        """A job is running or waiting."""
        return self._running
