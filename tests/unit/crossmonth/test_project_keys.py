"""The project page's task keys kept per store generation (search_api/crossmonth/project_keys.py):
read once per generation, read again after a write, never kept from a read a write overtook, and
read for every project by the background pass."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import Any

import pytest

from graph.read import views
from search_api.crossmonth import project_keys

Row = dict[str, Any]


class FakeStore:
    """A store answering the three reads the keys need; `during_read` runs inside a project's
    key read (a write landing meanwhile)."""

    def __init__(self) -> None:
        self.gen = 1
        self.reads: list[str] = []
        self.during_read: Callable[[], None] = lambda: None

    def generation(self) -> int:
        return self.gen

    def execute(self, query: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        params = dict(params or {})
        if query == views.PROJECT_TASK_KEYS:
            self.reads.append(params["id"])
            self.during_read()
            return [{"id": f"{params['id']}:d1", "task": f"{params['id']}:d1", "period": "2025-06",
                     "date": None, "chained": False}]
        if query == views.PROJECTS_BY_SIZE:
            return [{"id": "p-big", "n": 9}, {"id": "p-small", "n": 1}]
        raise AssertionError(f"unexpected read {query[:60]}")


@pytest.fixture(autouse=True)
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(project_keys, "QUIET_S", 0.0)


def test_keys_are_read_once_per_generation() -> None:
    store = FakeStore()
    first = project_keys.keys(store, "p-big")  # type: ignore[arg-type]
    project_keys.settle(store)  # type: ignore[arg-type]
    store.reads.clear()
    assert project_keys.keys(store, "p-big") == first  # type: ignore[arg-type]
    assert store.reads == []


def test_a_write_makes_the_next_request_read_again() -> None:
    store = FakeStore()
    project_keys.keys(store, "p-big")  # type: ignore[arg-type]
    project_keys.settle(store)  # type: ignore[arg-type]
    store.gen, store.reads = 2, []
    project_keys.keys(store, "p-big")  # type: ignore[arg-type]
    assert store.reads[0] == "p-big"


def test_keys_read_while_a_write_lands_are_not_kept() -> None:
    store = FakeStore()

    def write() -> None:
        store.gen += 1
    store.during_read = write
    project_keys._read_kept(store, project_keys._kept(store), "p-big", 1)  # type: ignore[arg-type]
    assert "p-big" not in project_keys._kept(store).rows  # type: ignore[arg-type]


def test_the_background_pass_reads_every_project_busiest_first() -> None:
    store = FakeStore()
    project_keys.start(store)  # type: ignore[arg-type]
    project_keys.settle(store)  # type: ignore[arg-type]
    assert store.reads == ["p-big", "p-small"]
    store.reads.clear()
    project_keys.keys(store, "p-small")  # type: ignore[arg-type]
    assert store.reads == []


def _run(steps: list[Any]) -> None:
    """What the start-up queue does, here in this thread."""
    while steps:
        steps[:0] = steps.pop(0)()


def test_the_start_up_reads_every_project_as_steps_of_its_own_thread() -> None:
    store = FakeStore()
    steps = project_keys.warm_steps(store)  # type: ignore[arg-type]
    steps[:0] = steps.pop(0)()  # the project list: one step per project, then the release
    assert len(steps) == 3 and store.reads == []
    project_keys.keys(store, "p-small")  # type: ignore[arg-type]  # a request meanwhile
    assert project_keys._kept(store).worker is threading.current_thread()  # no pass started
    _run(steps)
    assert store.reads == ["p-small", "p-big"] and project_keys._kept(store).worker is None


def test_a_write_during_the_start_up_leaves_the_rest_to_the_ordinary_pass() -> None:
    store = FakeStore()
    steps = project_keys.warm_steps(store)  # type: ignore[arg-type]
    steps[:0] = steps.pop(0)()
    store.gen = 2
    _run(steps)
    project_keys.settle(store)  # type: ignore[arg-type]
    assert store.reads == ["p-big", "p-small"]  # by the pass the release started, generation 2
    assert {g for g, _ in project_keys._kept(store).rows.values()} == {2}
