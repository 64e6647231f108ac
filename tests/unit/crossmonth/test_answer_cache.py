"""Answers kept per store generation (crossmonth/answer_cache.py `by_generation`): computed once
per generation and key, again after a write, kept under the generation it began on,
and a caller mutating its copy does not touch the kept answer."""

from __future__ import annotations

from typing import Any

from search_api.crossmonth import answer_cache


class _Store:
    def __init__(self) -> None:
        self.gen = 1

    def generation(self) -> int:
        return self.gen


def _counting(store: _Store, key: str, during: Any = None) -> tuple[dict[str, Any], list[int]]:
    calls: list[int] = []

    def compute() -> dict[str, Any]:
        calls.append(store.gen)
        if during is not None:
            during()
        return {"tasks": [store.gen]}
    return answer_cache.by_generation(store, key, compute), calls  # type: ignore[arg-type]


def test_an_answer_is_kept_until_the_next_write() -> None:
    store = _Store()
    first, calls = _counting(store, "overview")
    first["tasks"].append(99)  # the caller's copy
    again, more = _counting(store, "overview")
    assert again == {"tasks": [1]} and calls == [1] and more == []
    assert _counting(store, "other")[1] == [1]  # another key: its own answer
    store.gen = 2
    after, calls = _counting(store, "overview")
    assert after == {"tasks": [2]} and calls == [2]


def test_an_answer_a_write_overtook_counts_as_the_old_generations() -> None:
    store = _Store()

    def write() -> None:
        store.gen += 1
    _counting(store, "overview", during=write)
    assert _counting(store, "overview")[1] == [2]
