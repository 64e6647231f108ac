"""Incremental index updates (search/increment.py): a notice added, replaced or deleted after a
full build reaches the index as a delta over it, without a global rebuild; removed units are
never found again, live units score as a full build with the same centroids scores them, and a
change above the compaction share is built in full again (in a thread: test_compaction)."""

import threading
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from search_api.search import increment
from search_api.search.cache import SearchCache
from search_api.search.increment import SegmentedBM25, SegmentedIndex
from search_api.search.lexical import BM25, count_terms
from search_api.settings import Settings
from tests.unit.search.test_index_refresh import SAMPLES, Store, patched_store, store_rows

QUERY = "giao"  # a syllable in most units of both samples


@pytest.fixture(autouse=True)
def increments(monkeypatch: pytest.MonkeyPatch) -> None:
    """Increments at any size and for any change (up to ten times the main part)."""
    monkeypatch.setattr(increment, "INCREMENT_FROM", 0)
    monkeypatch.setattr(increment, "COMPACT_AT", 10.0)


@pytest.fixture
def store(monkeypatch: pytest.MonkeyPatch) -> Store:
    return patched_store(monkeypatch)


def hits(cache: SearchCache, filters: dict[str, Any] | None = None) -> set[str]:
    return {r["id"] for r in cache.search(QUERY, 500, filters or {}, "lexical")["results"]}


def test_an_added_notice_is_found_through_a_delta_over_the_full_build(
        store: Store, tmp_path: Path) -> None:
    store.put(store_rows(SAMPLES[0], 0))
    cache = SearchCache(store, Settings(data_dir=tmp_path))  # type: ignore[arg-type]
    main = cache.current()
    second = store.put(store_rows(SAMPLES[1], 1))
    after = cache.current()
    assert isinstance(after, SegmentedIndex) and after.main is main
    fresh = SearchCache(store, Settings(data_dir=tmp_path / "fresh"))  # type: ignore[arg-type]
    assert hits(cache) == hits(fresh) and any(h.startswith(second) for h in hits(cache))


def test_units_of_a_replaced_or_deleted_notice_are_never_found_again(
        store: Store, tmp_path: Path) -> None:
    first_rows = store_rows(SAMPLES[0], 0)
    first = store.put(first_rows)
    second = store.put(store_rows(SAMPLES[1], 1))
    cache = SearchCache(store, Settings(data_dir=tmp_path))  # type: ignore[arg-type]
    cache.current()
    kept = first_rows[: len(first_rows) // 2]
    store.put(kept)  # another version of the first meeting: half its units
    del store.meetings[second]
    store.gen += 1
    assert isinstance(cache.current(), SegmentedIndex)
    found = hits(cache)
    assert found and found <= {r["id"] for r in kept}
    agency = next(a["id"] for r in first_rows[len(kept):] for a in r["lead"])
    assert hits(cache, {"agency": agency}) <= {r["id"] for r in kept}
    assert hits(cache, {"kind": "passage"}) <= {r["id"] for r in kept}
    assert first in cache._state[2][kept[0]["id"]]["meeting"]["id"]  # type: ignore[index]


def test_live_units_score_as_a_full_build_with_the_same_centroids(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("search_api.search.index.EXACT_UP_TO", 10)
    monkeypatch.setattr("search_api.search.ann.REGROW", 4.0)
    store.put(store_rows(SAMPLES[0], 0))
    cache = SearchCache(store, Settings(data_dir=tmp_path))  # type: ignore[arg-type]
    cache.current()
    store.put(store_rows(SAMPLES[1], 1))
    delta = cache.current()
    full = cache._assemble(delta)[0]
    assert isinstance(delta, SegmentedIndex) and full.ann is not None
    query = np.asarray(store_rows(SAMPLES[1], 1)[3]["embedding"], dtype=np.float32)
    got = dict(zip((u.id for u in delta.units), delta.dense(query).tolist(), strict=True))
    want = dict(zip((u.id for u in full.units), full.dense(query).tolist(), strict=True))
    ids = sorted(want)
    a, b = np.asarray([got[i] for i in ids]), np.asarray([want[i] for i in ids])
    assert got.keys() == want.keys() and np.array_equal(np.isfinite(a), np.isfinite(b))
    finite = np.isfinite(b)  # the probed cells' units, scored alike (to float rounding)
    assert finite.sum() > 0 and np.allclose(a[finite], b[finite], rtol=1e-5, atol=1e-6)


def test_a_change_above_the_compaction_share_is_built_in_full(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(increment, "COMPACT_AT", 0.5)
    store.put(store_rows(SAMPLES[0], 0))
    cache = SearchCache(store, Settings(data_dir=tmp_path))  # type: ignore[arg-type]
    cache.current()
    store.put(store_rows(SAMPLES[1], 1))  # about as many units as the first: more than half
    assert isinstance(cache.current(), SegmentedIndex)  # answered at once, compacted aside
    for t in [t for t in threading.enumerate() if t.name == "search-index-compaction"]:
        t.join(60)
    after = cache.current()
    fresh = SearchCache(store, Settings(data_dir=tmp_path / "fresh")).current()  # type: ignore[arg-type]
    assert not isinstance(after, SegmentedIndex)
    assert [u.id for u in after.units] == [u.id for u in fresh.units]
    assert (after.lexical.matrix != fresh.lexical.matrix).nnz == 0


def test_a_delta_document_scores_as_the_same_document_of_the_main_part() -> None:
    docs = ["giao sở xây dựng chủ trì", "sở tài chính phối hợp", "báo cáo tiến độ giải ngân"]
    main = BM25(docs)
    both = SegmentedBM25(main, np.array([True, False, True]), count_terms([docs[0], "đê điều"]))
    scores = both.scores("giao chủ trì đê điều")
    assert scores[0] == scores[3] > 0 and scores[1] == 0 and scores[4] > 0
    assert both.idf[both.vocab["giao"]] == main.idf[main.vocab["giao"]]
    assert both.matrix.shape[0] == 5
