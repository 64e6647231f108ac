"""A store call with a time limit: it runs in a worker thread; past the limit the caller gets
StoreError(kind="timeout") at once (and so leaves its locks), and the worker's transaction is
abandoned: its next statement raises and it never commits (it rolls back). The engine ends it
too (`engine_timeout`): Neo4j holds a transaction's row locks until it ends, so an abandoned
one would block every later write on the same nodes for as long as its call hangs."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TypeVar

from graph.errors import StoreError

T = TypeVar("T")
GRACE_S = 1.0  # how long the caller waits for a commit already under way


@dataclass
class Guard:
    ends: float = float("inf")  # time.monotonic() when the caller gives up
    abandoned: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock)

    def check(self) -> None:
        if self.abandoned:
            raise StoreError("store call abandoned after its time limit", "timeout")


CURRENT: ContextVar[Guard | None] = ContextVar("chidao_store_guard", default=None)


def check() -> None:
    """Raise in a transaction whose call was abandoned (called before each statement)."""
    guard = CURRENT.get()
    if guard is not None:
        guard.check()


def engine_timeout() -> float | None:
    """The time limit for the engine of a transaction begun now: the call's time left, plus
    room for a commit under way at the limit (None: the call has no limit)."""
    guard = CURRENT.get()
    if guard is None or guard.ends == float("inf"):
        return None
    return max(guard.ends - time.monotonic(), 0.0) + 2 * GRACE_S


def bounded(seconds: float, fn: Callable[[], T]) -> T:
    """fn() within `seconds`, else StoreError timeout (fn's transaction then never commits)."""
    guard, out = Guard(ends=time.monotonic() + seconds), dict[str, object]()

    def work() -> None:
        CURRENT.set(guard)
        try:
            out["value"] = fn()
        except BaseException as exc:  # handed to the caller
            out["error"] = exc

    worker = threading.Thread(target=work, name="chidao-store-call", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive() and guard.lock.acquire(timeout=GRACE_S):
        guard.abandoned = True  # not while a commit holds the lock: that one ends first
        guard.lock.release()
    if "error" in out:
        raise out["error"]  # type: ignore[misc]
    if "value" in out:
        return out["value"]  # type: ignore[return-value]
    raise StoreError(f"store call took longer than {seconds:g}s", "timeout")
