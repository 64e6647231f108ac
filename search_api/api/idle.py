"""Requests first: the background steps (the start-up queue of search_api/api/startup.py, the
theme windows and project keys brought up to date after a write) wait for a pause in the requests
before each step.

A server's first seconds are its first visitors': on the 2-core machine the start-up passes,
each a thread of whole-store reads, doubled the landing's time while they ran (1.1-1.3 s instead
of 0.4-0.5 s at 24 months). Python threads have no priorities, so the passes give way by hand:
the `Requests` middleware counts the requests in flight, and `wait` (called by a pass before each
step: one project, one window, the trends' one read) returns once none has been in flight for
GAP_S, or after `limit_s` at most (a server never idle still gets its passes done, more slowly).
One count per process: every app served by it shares the cores.
"""

from __future__ import annotations

import threading
import time

from starlette.types import ASGIApp, Receive, Scope, Send

GAP_S = 0.5  # a pause in the requests this long lets a background step start
LIMIT_S = 5.0  # a step waits this long at most (a server never idle)


class _Count:
    """The requests in flight and when the last one ended."""

    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.active = 0
        self.ended = 0.0  # time.monotonic() of the last request's end

    def begin(self) -> None:
        with self.cond:
            self.active += 1

    def end(self) -> None:
        with self.cond:
            self.active -= 1
            self.ended = time.monotonic()
            self.cond.notify_all()

    def busy_for(self) -> float:
        """Seconds until GAP_S will have passed without a request (0: idle now); a caller
        holds `cond`."""
        if self.active:  # until it ends (`end` notifies), then GAP_S more
            return max(GAP_S, 0.05)
        return max(0.0, self.ended + GAP_S - time.monotonic())


_COUNT = _Count()


def wait(limit_s: float = LIMIT_S) -> None:
    """Return once no request has been in flight for GAP_S, or after `limit_s`."""
    stop = time.monotonic() + limit_s
    with _COUNT.cond:
        while (left := _COUNT.busy_for()) > 0 and (now := time.monotonic()) < stop:
            _COUNT.cond.wait(min(left, stop - now))


def in_flight() -> int:
    """The requests being answered now (for tests and benches)."""
    with _COUNT.cond:
        return _COUNT.active


class Requests:
    """ASGI middleware: counts every HTTP request from its start until its answer is sent."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        _COUNT.begin()
        try:
            await self.app(scope, receive, send)
        finally:
            _COUNT.end()

