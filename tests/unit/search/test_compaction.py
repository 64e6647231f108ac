"""Compaction off the search path (search/cache.py): a change past the compaction share is
answered at once from an increment while the full build runs in a thread, off the build lock;
searches and further refreshes go on meanwhile, and the build is swapped in when done with the
changes made since as an increment over it."""

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from search_api.search import increment
from search_api.search.cache import SearchCache
from search_api.search.increment import SegmentedIndex
from search_api.settings import Settings
from tests.unit.search.test_index_refresh import SAMPLES, Store, patched_store, store_rows

COMPACTION = "search-index-compaction"


@pytest.fixture
def store(monkeypatch: pytest.MonkeyPatch) -> Store:
    monkeypatch.setattr(increment, "INCREMENT_FROM", 0)  # increments at the samples' size
    monkeypatch.setattr(increment, "COMPACT_AT", 0.2)  # a second notice passes the share
    return patched_store(monkeypatch)


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[threading.Event, threading.Event]]:
    """(entered, go): a full build in the compaction thread waits for `go` once `entered`."""
    entered, go = threading.Event(), threading.Event()
    assemble = SearchCache._assemble

    def gated(self: SearchCache, *args: Any) -> Any:
        if threading.current_thread().name == COMPACTION:
            entered.set()
            go.wait(60)
        return assemble(self, *args)

    monkeypatch.setattr(SearchCache, "_assemble", gated)
    yield entered, go
    go.set()


def lexical(cache: SearchCache) -> set[str]:
    return {r["id"] for r in cache.search("giao", 500, {}, "lexical")["results"]}


def test_searches_answer_while_a_compaction_builds(
        store: Store, tmp_path: Path, gate: tuple[threading.Event, threading.Event]) -> None:
    entered, go = gate
    first_rows = store_rows(SAMPLES[0], 0)
    first = store.put(first_rows)
    cache = SearchCache(store, Settings(data_dir=tmp_path))  # type: ignore[arg-type]
    main = cache.current()
    second = store.put(store_rows(SAMPLES[1], 1))  # past the share: a compaction starts
    found = lexical(cache)
    assert entered.wait(60)
    worker = next(t for t in threading.enumerate() if t.name == COMPACTION)
    assert any(h.startswith(second) for h in found)  # answered from an increment
    kept = first_rows[: len(first_rows) // 2]
    store.put(kept)  # another write while the compaction waits: refreshed without it
    during = lexical(cache)
    assert worker.is_alive() and not go.is_set()  # nothing waited for the compaction
    assert isinstance(cache._state[1], SegmentedIndex)  # type: ignore[index]
    assert cache._state[1].main is main  # type: ignore[index]
    go.set()
    worker.join(60)
    after = cache._state[1]  # type: ignore[index]
    assert isinstance(after, SegmentedIndex) and after.main is not main  # the new main part
    assert after.delta_units == len(kept)  # the write made during the build, over it
    fresh = SearchCache(store, Settings(data_dir=tmp_path / "fresh"))  # type: ignore[arg-type]
    assert during == lexical(cache) == lexical(fresh)
    assert not any(h.startswith(first) and h not in {r["id"] for r in kept} for h in during)
