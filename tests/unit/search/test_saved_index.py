"""The full build saved in the snapshot (search/saved.py): a restart maps the weighted BM25, the
IVF cells, the postings and the order instead of assembling them again, and gets the index a
build gives, array for array; a notice changed while the process was down reaches it as an
increment over the saved build. Once saved, the build's own BM25 and postings are views of
the files too (their copies freed)."""

from pathlib import Path

import numpy as np
import pytest

from search_api.search import increment
from search_api.search.cache import SearchCache
from search_api.search.increment import SegmentedIndex
from search_api.search.index import POSTINGS, SearchIndex
from search_api.settings import Settings
from tests.unit.search.test_index_refresh import SAMPLES, Store, patched_store, store_rows


@pytest.fixture
def store(monkeypatch: pytest.MonkeyPatch) -> Store:
    monkeypatch.setattr("search_api.search.index.EXACT_UP_TO", 10)  # an IVF on the samples
    return patched_store(monkeypatch)


def hits(cache: SearchCache, q: str = "giao", preset: str = "hybrid") -> list[str]:
    return [r["id"] for r in cache.search(q, 500, {}, preset)["results"]]


def same(a: SearchIndex, b: SearchIndex) -> None:
    assert [u.id for u in a.units] == [u.id for u in b.units] and a.units == b.units
    assert a.lexical.vocab == b.lexical.vocab and a.lexical.avg == b.lexical.avg
    assert np.array_equal(a.lexical.idf, b.lexical.idf)
    for part in ("indptr", "indices", "data"):
        assert np.array_equal(getattr(a.lexical.matrix, part), getattr(b.lexical.matrix, part))
    for name in POSTINGS:
        x, y = getattr(a, name), getattr(b, name)
        assert list(x) == list(y) and all(np.array_equal(x[k], y[k]) for k in x)
    assert a.ann is not None and b.ann is not None
    assert np.array_equal(a.ann.cells, b.ann.cells)
    assert np.array_equal(a.ann.codes.codes, b.ann.codes.codes)
    assert np.array_equal(a.periods, b.periods) and np.array_equal(a.deadlines, b.deadlines)


def test_a_restart_maps_the_saved_build_and_equals_it(store: Store, tmp_path: Path) -> None:
    store.put(store_rows(SAMPLES[0], 0))
    store.put(store_rows(SAMPLES[1], 1))
    first = SearchCache(store, Settings(data_dir=tmp_path))  # type: ignore[arg-type]
    built = first.current()
    assert not built.lexical.matrix.data.flags.writeable  # once saved, a view of the file
    assert not next(iter(built.lead.values())).flags.writeable
    restarted = SearchCache(store, Settings(data_dir=tmp_path))  # type: ignore[arg-type]
    again = restarted.current()
    assert not again.lexical.matrix.data.flags.writeable  # read from the snapshot's file
    same(again, built)
    assert hits(restarted) == hits(first) and hits(restarted, "tien do") == hits(first, "tien do")


def test_a_notice_changed_while_down_extends_the_saved_build(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(increment, "INCREMENT_FROM", 0)
    monkeypatch.setattr(increment, "COMPACT_AT", 10.0)
    first = store.put(store_rows(SAMPLES[0], 0))
    SearchCache(store, Settings(data_dir=tmp_path)).current()  # type: ignore[arg-type]
    rows = store_rows(SAMPLES[1], 1)
    second = store.put(rows)
    restarted = SearchCache(store, Settings(data_dir=tmp_path))  # type: ignore[arg-type]
    after = restarted.current()
    assert isinstance(after, SegmentedIndex) and after.delta_units == len(rows)
    assert not after.main.lexical.matrix.data.flags.writeable  # the saved build, extended
    fresh = SearchCache(store, Settings(data_dir=tmp_path / "fresh"))  # type: ignore[arg-type]
    found = set(hits(restarted, preset="lexical"))  # every unit holding the word, old and new
    assert found == set(hits(fresh, preset="lexical"))
    assert any(h.startswith(second) for h in found) and any(h.startswith(first) for h in found)
