"""Each project's task keys (every directive about it and of its linked tasks, with its task and
meeting's month and date: what orders and counts the project page), kept per store generation.

Reading them walks every directive of the project (the engine loads each record, embedding and all):
at 10 k notices the busiest project's 18,429 directives took 4-26 s. So the keys read for a
generation are kept, and a background thread reads every project's, the busiest first, once the
store's generation has not moved for QUIET_S (after a write, started by the next request that found
its project out of date; at a server's start, one step per project of the start-up queue,
`warm_steps`, search_api/api/startup.py, the pass's thread then being the queue's). A request whose
project is not kept for the store's current generation reads it itself: never an answer of an older
generation.
"""

from __future__ import annotations

import logging
import threading
import time
import weakref
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from graph.read import views
from graph.rows import TaskKey
from graph.store import BoltStore
from search_api.api import idle
from search_api.api.startup import Step

log = logging.getLogger(__name__)
QUIET_S = 2.0  # the background pass starts once the generation stayed put this long


@dataclass
class Kept:
    """One store's keys: project id -> (generation read at, keys), and the background pass."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    rows: dict[str, tuple[int, list[TaskKey]]] = field(default_factory=dict)
    worker: threading.Thread | None = None


_KEPT: weakref.WeakKeyDictionary[Any, Kept] = weakref.WeakKeyDictionary()
_KEPT_LOCK = threading.Lock()


def _kept(store: BoltStore) -> Kept:
    with _KEPT_LOCK:
        return _KEPT.setdefault(store, Kept())


def read(store: BoltStore, project_id: str) -> list[TaskKey]:
    """The project's directives' keys, and those of every directive of its linked tasks."""
    rows = views.project_task_keys(store, project_id)
    chained = {r["task"] for r in rows if r["chained"]}
    lone: list[TaskKey] = [r for r in rows if r["task"] not in chained]
    return [*lone, *(views.task_keys(store, sorted(chained)) if chained else [])]


def _read_kept(store: BoltStore, kept: Kept, project_id: str, generation: int
               ) -> list[TaskKey]:
    """`read`, kept for `generation` when no write came in between."""
    found = read(store, project_id)
    if store.generation() == generation:
        with kept.lock:
            kept.rows[project_id] = (generation, found)
    return found


def keys(store: BoltStore, project_id: str) -> list[TaskKey]:
    """The project's keys on the store as it is now: kept, or read by this call (and then the
    other projects brought up to date in the background)."""
    kept, generation = _kept(store), store.generation()
    with kept.lock:
        found = kept.rows.get(project_id)
    if found is not None and found[0] == generation:
        return found[1]
    out = _read_kept(store, kept, project_id, generation)
    start(store)
    return out


def start(store: BoltStore) -> None:
    """Bring every project's keys up to date in the store's background thread (if idle)."""
    kept = _kept(store)
    with kept.lock:
        if kept.worker is not None and kept.worker.is_alive():
            return
        kept.worker = threading.Thread(target=_pass, args=(store, kept), daemon=True,
                                       name="project-keys")
        kept.worker.start()


def _quiet_generation(store: BoltStore) -> int:
    """The store's generation once it has not moved for QUIET_S."""
    generation = store.generation()
    while True:
        time.sleep(QUIET_S)
        now = store.generation()
        if now == generation:
            return now
        generation = now


def _pass(store: BoltStore, kept: Kept) -> None:
    """Read every project's keys not kept for the current generation, the busiest first; a write
    meanwhile starts the pass again once the writes pause."""
    try:
        while not _read_all(store, kept, _quiet_generation(store)):
            pass
    except Exception as exc:  # a closed store or a lost connection: the next request retries
        log.warning("project keys not read: %s", exc)
    finally:
        with kept.lock:
            kept.worker = None


def _read_all(store: BoltStore, kept: Kept, generation: int) -> bool:
    """Every project's keys for `generation`; False as soon as a write moved it."""
    for project_id in views.projects_by_size(store):
        with kept.lock:
            found = kept.rows.get(project_id)
        if found is None or found[0] != generation:
            idle.wait()  # requests first
            _read_kept(store, kept, project_id, generation)
        if store.generation() != generation:
            return False
    _drop_gone(kept, generation)
    return True


def _drop_gone(kept: Kept, generation: int) -> None:
    """A project deleted since: its keys go."""
    with kept.lock:
        for gone in [p for p, (g, _) in kept.rows.items() if g != generation]:
            del kept.rows[gone]


def settle(store: BoltStore) -> None:
    """Wait until the store's background pass (if any) has ended."""
    worker = _kept(store).worker
    if worker is not None:
        worker.join()


def warm_steps(store: BoltStore) -> list[Step]:
    """A server's start: every project's keys, the busiest first, one step each, run by the
    start-up queue's thread (which stands for the pass meanwhile: `start` starts none)."""
    return [partial(_warm_start, store)]


def _warm_start(store: BoltStore) -> list[Step]:
    kept = _kept(store)
    with kept.lock:
        if kept.worker is not None and kept.worker.is_alive():
            return []  # a request started the pass already
        kept.worker = threading.current_thread()
    generation = store.generation()
    try:
        projects = views.projects_by_size(store)
    except Exception:
        _release(store, kept, generation)
        raise
    return [*(partial(_warm_one, store, kept, p, generation) for p in projects),
            partial(_release, store, kept, generation)]


def _warm_one(store: BoltStore, kept: Kept, project_id: str, generation: int) -> list[Step]:
    """One project's keys for `generation`, unless kept or the generation moved."""
    with kept.lock:
        found = kept.rows.get(project_id)
    if store.generation() == generation and (found is None or found[0] != generation):
        _read_kept(store, kept, project_id, generation)
    return []


def _release(store: BoltStore, kept: Kept, generation: int) -> list[Step]:
    """The start-up's keys done: a write meanwhile starts the ordinary pass."""
    with kept.lock:
        kept.worker = None
    if store.generation() != generation:
        start(store)
    else:
        _drop_gone(kept, generation)
    return []
