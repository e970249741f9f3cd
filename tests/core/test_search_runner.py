"""LatestOnly: one search runs, one waits, newer requests replace the waiting one."""

from __future__ import annotations

from tui.core.search_runner import LatestOnly


def test_first_job_starts_later_ones_wait_and_replace_each_other():
    jobs: LatestOnly[str] = LatestOnly()
    assert not jobs.pending
    assert jobs.submit("a") == "a"
    assert jobs.pending and not jobs.superseded()
    for key in ("ab", "abc", "abcd"):  # typed while "a" runs
        assert jobs.submit(key) is None
        assert jobs.superseded()
    assert jobs.finished() == "abcd"  # only the newest ever runs
    assert jobs.pending and not jobs.superseded()
    assert jobs.finished() is None
    assert not jobs.pending


def test_ten_thousand_keys_while_one_search_runs_leave_one_waiting():
    jobs: LatestOnly[int] = LatestOnly()
    started = [jobs.submit(0)]
    started += [jobs.submit(k) for k in range(1, 10_001)]
    assert [j for j in started if j is not None] == [0]
    assert jobs.finished() == 10_000
    assert jobs.finished() is None
