"""Theme trends (search_api/crossmonth/trends.py): a whole-store aggregate computed one at a time,
so a request arriving while the server's start computes it reads that answer instead of running
the aggregate again beside it."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from typing import Any

import pytest

from search_api.crossmonth import answer_cache, trends


class Store:
    """What the trends key their computation by (the reads themselves are replaced)."""

    def __init__(self) -> None:
        self.moved = 0

    def generation(self) -> int:
        return self.moved


def test_the_notices_digest_is_read_again_only_when_the_generation_moves(
        monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[int] = []
    shas = {"m1": "sha-1"}

    def meeting_shas(store: Any) -> dict[str, str]:
        reads.append(1)
        return dict(shas)

    monkeypatch.setattr(answer_cache.units, "meeting_shas", meeting_shas)
    store = Store()
    first = answer_cache.notices_digest(store)  # type: ignore[arg-type]
    assert answer_cache.notices_digest(store) == first and len(reads) == 1  # type: ignore[arg-type]
    shas["m2"], store.moved = "sha-2", 1  # a write: the generation moves
    assert answer_cache.notices_digest(store) != first and len(reads) == 2  # type: ignore[arg-type]


def test_requests_during_a_computation_wait_for_it_and_read_its_answer(
        monkeypatch: pytest.MonkeyPatch) -> None:
    runs: list[int] = []

    def rows(store: Any) -> list[dict[str, Any]]:
        runs.append(1)
        time.sleep(0.3)  # the aggregate in the engine
        return [{"id": "t1", "name": "Đất đai", "description": None, "period": "2025-06",
                 "meetings": 1, "n": 2}]
    monkeypatch.setattr(trends.crossmonth, "theme_trend_rows", rows)
    monkeypatch.setattr(answer_cache, "_CACHE", OrderedDict())
    monkeypatch.setattr(answer_cache.units, "meeting_shas", lambda store: {"m1": "sha-1"})
    store, answers = Store(), []
    threads = [threading.Thread(target=lambda: answers.append(trends.theme_trends(store)))  # type: ignore[arg-type]
               for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(runs) == 1
    assert [a[0]["by_period"] for a in answers] == [{"2025-06": 2}] * 3


def test_a_request_answers_pending_while_the_count_runs_and_then_reads_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    gate, runs = threading.Event(), []

    def rows(store: Any) -> list[dict[str, Any]]:
        runs.append(1)
        gate.wait()  # the aggregate still running in the engine
        return [{"id": "t1", "name": "Đất đai", "description": None, "period": "2025-07",
                 "meetings": 1, "n": 3}]
    monkeypatch.setattr(trends.crossmonth, "theme_trend_rows", rows)
    monkeypatch.setattr(answer_cache, "_CACHE", OrderedDict())
    monkeypatch.setattr(answer_cache.units, "meeting_shas", lambda store: {"m2": "sha-2"})
    store = Store()
    assert trends.trends_or_pending(store, wait_s=0) is None  # type: ignore[arg-type]
    assert trends.trends_or_pending(store, wait_s=0) is None  # type: ignore[arg-type]
    gate.set()
    found = trends.trends_or_pending(store, wait_s=60)  # type: ignore[arg-type]
    assert found is not None and found[0]["by_period"] == {"2025-07": 3}
    assert len(runs) == 1


def test_a_request_on_unchanged_notices_reads_the_ended_run_without_a_new_thread(
        monkeypatch: pytest.MonkeyPatch) -> None:
    runs: list[int] = []

    def rows(store: Any) -> list[dict[str, Any]]:
        runs.append(1)
        return [{"id": "t1", "name": "Đất đai", "description": None, "period": "2025-08",
                 "meetings": 1, "n": 4}]
    monkeypatch.setattr(trends.crossmonth, "theme_trend_rows", rows)
    monkeypatch.setattr(answer_cache, "_CACHE", OrderedDict())
    shas = {"m3": "sha-3"}
    monkeypatch.setattr(answer_cache.units, "meeting_shas", lambda store: dict(shas))
    store = Store()
    first = trends.trends_or_pending(store, wait_s=5)  # type: ignore[arg-type]
    thread = trends._RUNS[store].thread
    again = trends.trends_or_pending(store, wait_s=5)  # type: ignore[arg-type]
    assert trends._RUNS[store].thread is thread and first == again and len(runs) == 1
    shas["m4"], store.moved = "sha-4", 1  # a write: a new run, a new count
    moved = trends.trends_or_pending(store, wait_s=5)  # type: ignore[arg-type]
    assert trends._RUNS[store].thread is not thread and moved == first and len(runs) == 2
