"""Theme trends: per theme, its directives and findings per meeting period and its meetings.

A whole-store aggregate (every unit about a theme and its meeting: ~33 s at 10 k notices, 131 s
while the discovered themes warm), cached by the stored notices: one computation at a time (a
request arriving meanwhile waits for it and reads its answer), and a server's start computes it as
one step of its start-up queue (`warm_steps`, search_api/api/startup.py). `/themes` asks through
`trends_or_pending`: the computation runs in a thread, the request waits WAIT_S (1 s) for it and
else answers "pending" (the explorer says so and asks again), the thread's answer then cached for
the next request."""

from __future__ import annotations

import copy
import threading
import weakref
from functools import partial
from typing import Any

from graph.read import crossmonth
from graph.rows import ThemeTrendRow
from graph.store import BoltStore
from search_api.api.startup import Step
from search_api.crossmonth import answer_cache

Row = dict[str, Any]
WAIT_S = 1.0  # a request waits this long for the computation, then answers pending
_COMPUTING = threading.Lock()


class _Run:
    """One computation of the trends in its own thread, and what it gave (for the stored
    notices of `digest`)."""

    def __init__(self, store: BoltStore, digest: str) -> None:
        self.digest = digest
        self.answer: list[Row] | None = None
        self.error: Exception | None = None
        self.thread = threading.Thread(target=self._go, args=(store,), daemon=True,
                                       name="theme-trends")

    def _go(self, store: BoltStore) -> None:
        try:
            self.answer = theme_trends(store)
        except Exception as exc:  # given to the requests waiting on this run
            self.error = exc


_RUNS: weakref.WeakKeyDictionary[Any, _Run] = weakref.WeakKeyDictionary()
_RUNS_LOCK = threading.Lock()


def _run(store: BoltStore) -> _Run:
    """The store's computation in flight or ended on the notices stored now, or a new one
    started (a thread only when the notices changed or the last run failed)."""
    digest = answer_cache.notices_digest(store)
    with _RUNS_LOCK:
        run = _RUNS.get(store)
        if run is None or not (run.thread.is_alive() or _current(run, digest)):
            run = _Run(store, digest)
            _RUNS[store] = run
            run.thread.start()
        return run


def _current(run: _Run, digest: str) -> bool:
    """An ended run whose answer is that of the notices of `digest`."""
    return run.error is None and run.answer is not None and run.digest == digest


def trends_or_pending(store: BoltStore, wait_s: float = WAIT_S) -> list[Row] | None:
    """`theme_trends`, or None when its computation has not ended within `wait_s` (it goes on in
    the background and its answer is cached)."""
    run = _run(store)
    run.thread.join(wait_s)
    if run.thread.is_alive():
        return None
    if run.error is not None:
        raise run.error
    return copy.deepcopy(run.answer)


def theme_trends(store: BoltStore) -> list[Row]:
    """Per theme: directive/finding counts per meeting period, and the number of meetings.
    Cached by the stored notice versions (crossmonth/answer_cache.py)."""
    with _COMPUTING:
        return answer_cache.by_notices(store, "theme-trends",
                                       lambda: _trends(crossmonth.theme_trend_rows(store)))


def warm_steps(store: BoltStore) -> list[Step]:
    """A server's start: the trends computed by the start-up queue's thread (cached: the first
    `/themes` then reads them)."""
    return [partial(_warm, store)]


def _warm(store: BoltStore) -> list[Step]:
    theme_trends(store)
    return []


def _trends(rows: list[ThemeTrendRow]) -> list[Row]:
    themes: dict[str, Row] = {}
    for r in rows:
        t = themes.setdefault(r["id"], {"id": r["id"], "name": r["name"],
                                        "description": r["description"], "by_period": {},
                                        "meetings": 0, "units": 0})
        if r["period"] and r["n"]:
            t["by_period"][r["period"]] = t["by_period"].get(r["period"], 0) + int(r["n"])
            t["meetings"] += int(r["meetings"])  # a meeting has one period: no double count
            t["units"] += int(r["n"])
    return sorted(themes.values(), key=lambda t: (-t["units"], t["id"]))
