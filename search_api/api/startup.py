"""A server's start-up work as one queue of small steps in one background thread.

The start reads the landing's answer at once and PRIME_READS times in all (the engine warms over
several reads: at 24 months the first took 2.6-2.9 s, the second 0.7-0.9 s, later ones 0.2-0.6
s), then, WARM_AFTER_S after the start, the start-up passes one after the other: the theme trends,
every jurisdiction's discovered themes, every project's task keys. Each pass is cut into steps
(one read, one window's phrases or clustering, one project) and the queue waits for a pause in the
requests (`idle.wait`) before each: on 2 cores, passes run as a thread each held the cores and
the GIL together while the first visitors waited. A step may return further steps: they run next,
before the rest of the queue (a window's read returns its phrasing and clustering steps).
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from typing import Protocol

from search_api.api import idle

log = logging.getLogger(__name__)
WARM_AFTER_S = 5.0  # the passes start this long after the start (the first visitors' seconds)
PRIME_READS = 3  # the landing's answer read this many times at the start


class Step(Protocol):
    """One small piece of background work; what it returns runs next."""

    def __call__(self) -> Sequence[Step]: ...


class Queue:
    """The steps left, run in order by one thread until they are done or `cancel` is called."""

    def __init__(self, prime: Callable[[], object], steps: Sequence[Step],
                 after_s: float = WARM_AFTER_S, reads: int = PRIME_READS) -> None:
        self.prime, self.after_s, self.reads = prime, after_s, reads
        self.steps: deque[Step] = deque(steps)
        self.cancelled = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True, name="start-up")

    def start(self) -> Queue:
        self.thread.start()
        return self

    def cancel(self) -> None:
        """No step starts after this call (the one running ends)."""
        self.cancelled.set()

    def join(self, timeout: float | None = None) -> None:
        self.thread.join(timeout)

    def _run(self) -> None:
        started = time.monotonic()
        for read in range(self.reads):
            if self.cancelled.is_set():
                return
            if read:
                idle.wait()  # requests first (the first read: before any can come)
            _guarded(self.prime, "landing not primed")
        if self.cancelled.wait(max(0.0, started + self.after_s - time.monotonic())):
            return
        while self.steps and not self.cancelled.is_set():
            idle.wait()  # requests first
            step = self.steps.popleft()
            self.steps.extendleft(reversed(_guarded(step, "start-up step failed")))


def _guarded(step: Callable[[], object], what: str) -> Sequence[Step]:
    """The step's answer; an error is logged (a closed store: the next request reads it)."""
    started = time.perf_counter()
    try:
        more = step()
    except Exception as exc:
        log.warning("%s: %s", what, exc)
        return ()
    log.debug("start-up step %s: %.0f ms", _name(step), (time.perf_counter() - started) * 1000)
    return more if isinstance(more, Sequence) else ()


def _name(step: Callable[[], object]) -> str:
    """A step's function (a `functools.partial`'s own)."""
    return str(getattr(getattr(step, "func", step), "__qualname__", step))
