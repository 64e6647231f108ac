"""search_api.ingestion.prefetch.ahead: ingest_many's read-parse-embed worker runs ahead
of the writer."""

import threading

import pytest

from search_api.ingestion.prefetch import ahead


def test_results_in_order_computed_on_one_other_thread() -> None:
    threads: set[str] = set()

    def work(x: int) -> int:
        threads.add(threading.current_thread().name)
        return x * x

    assert list(ahead(list(range(7)), work, depth=2)) == [x * x for x in range(7)]
    assert len(threads) == 1 and threading.current_thread().name not in threads


def test_worker_runs_at_most_depth_items_ahead() -> None:
    started: list[int] = []
    gen = ahead(list(range(10)), lambda x: started.append(x) or x, depth=2)
    assert next(gen) == 0
    assert max(started) <= 3  # item 0 consumed; 1, 2 (and 3 once 0 was handed over) queued
    gen.close()
    assert max(started) <= 3  # closing cancels what was not started


def test_an_error_is_raised_when_its_item_is_reached() -> None:
    def work(x: int) -> int:
        if x == 2:
            raise ValueError("bad item")
        return x

    gen = ahead([0, 1, 2, 3], work, depth=1)
    assert [next(gen), next(gen)] == [0, 1]
    with pytest.raises(ValueError, match="bad item"):
        next(gen)
