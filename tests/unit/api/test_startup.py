"""A server's start-up work as one queue of steps in one thread (search_api/api/startup.py): the
landing read PRIME_READS times first, then each step in order after the delay, a step's own steps
next, an error logged and the rest run, nothing after `cancel`."""

from __future__ import annotations

import threading
from collections.abc import Sequence

from search_api.api import startup
from search_api.api.startup import Queue, Step


class _Log:
    """Steps recording their name and thread."""

    def __init__(self) -> None:
        self.done: list[tuple[str, threading.Thread]] = []

    def step(self, name: str, then: Sequence[Step] = ()) -> Step:
        def go() -> Sequence[Step]:
            self.done.append((name, threading.current_thread()))
            if name == "broken":
                raise RuntimeError("store closed")
            return then
        return go


def test_the_steps_run_in_order_in_one_thread_a_steps_own_steps_next() -> None:
    log = _Log()
    window = log.step("window", [log.step("phrases"), log.step("cluster")])
    queue = Queue(lambda: log.step("landing")(), [
        log.step("trends"), window, log.step("broken"), log.step("project")], after_s=0.0)
    queue.start().join(30)
    passes = ["trends", "window", "phrases", "cluster", "broken", "project"]
    assert [n for n, _ in log.done] == ["landing"] * startup.PRIME_READS + passes
    assert {t for _, t in log.done} == {queue.thread} and queue.thread.name == "start-up"


def test_nothing_runs_after_cancel() -> None:
    log = _Log()
    queue = Queue(lambda: None, [log.step("trends")], after_s=60.0).start()
    queue.cancel()
    queue.join(30)
    assert not queue.thread.is_alive() and log.done == []  # not 60 s: the delay was cut short
