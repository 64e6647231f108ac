"""The search cache refreshes off the searches' path: during a rebuild a search answers from the
old index or the new one (never an error or a mix), and the index brought up to date block by
block equals one built afresh; above the exact threshold the IVF keeps its cells."""

import threading
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from graph.read import units as unit_reads
from ingest.pipeline import parse_file
from search_api.search.cache import SearchCache
from search_api.search.index import units_from_notice
from search_api.settings import Settings

SAMPLES = sorted((Path(__file__).parents[3] / "data" / "samples").glob("*.txt"))
DIM = 384  # the default embedder's size: stored vectors of that size are used as they are


def store_rows(path: Path, seed: int) -> list[dict[str, Any]]:
    """One notice's units as `graph.read.units.units_of_meetings` rows, with random vectors."""
    rng = np.random.default_rng(seed)
    out = []
    for u in units_from_notice(parse_file(path)):
        v = rng.normal(size=DIM)
        out.append({"id": u.id, "kind": u.kind, "text": u.text, "section": u.section,
                    "headings": u.headings, "span": [0, len(u.text)],
                    "meeting": {"id": u.meeting_id, "period": u.period, "title": "TB"},
                    "lead": [{"id": a, "name": a} for a in u.lead_ids], "support": [],
                    "projects": [], "themes": [], "deadline": None,
                    "embedding": (v / np.linalg.norm(v)).tolist()})
    return sorted(out, key=lambda r: str(r["id"]))


class Store:
    """What the cache reads: a generation and the meetings' shas and units (no engine)."""

    def __init__(self) -> None:
        self.gen, self.meetings = 0, {}  # type: ignore[var-annotated]
        self.gate = threading.Event()
        self.gate.set()

    def put(self, rows: list[dict[str, Any]]) -> str:
        mid = rows[0]["meeting"]["id"]
        self.meetings[mid], self.gen = rows, self.gen + 1
        return str(mid)

    def generation(self) -> int:
        return int(self.gen)

    def execute(self, query: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        return []  # the REPEATS of the results: none here


@pytest.fixture
def store(monkeypatch: pytest.MonkeyPatch) -> Store:
    return patched_store(monkeypatch)


def patched_store(monkeypatch: pytest.MonkeyPatch) -> Store:
    """A `Store` the cache's reads of meetings and units are patched to read."""
    st = Store()

    def units_of_meetings(_: Any, ids: list[str]) -> list[dict[str, Any]]:
        st.gate.wait(30)  # a slow read, held while the test searches
        return [dict(r) for m in ids for r in st.meetings.get(m, [])]

    monkeypatch.setattr(unit_reads, "meeting_shas",
                        lambda _: {m: f"sha-{len(r)}" for m, r in st.meetings.items()})
    monkeypatch.setattr(unit_reads, "units_of_meetings", units_of_meetings)
    return st


def answer(cache: SearchCache) -> list[str]:
    return [r["id"] for r in cache.search("giao", 200, {}, "lexical")["results"]]


def test_a_search_during_a_background_refresh_answers_from_the_old_index(
        store: Store, tmp_path: Path) -> None:
    store.put(store_rows(SAMPLES[0], 0))
    cache = SearchCache(store, Settings(data_dir=tmp_path, search_refresh="background"))
    old = answer(cache)
    second = store.put(store_rows(SAMPLES[1], 1))
    store.gate.clear()  # the refresh now blocks in its store read
    during = [answer(cache) for _ in range(3)]
    assert cache.building() and all(a == old for a in during)
    store.gate.set()
    for t in [t for t in threading.enumerate() if t.name == "search-index-refresh"]:
        t.join(30)
    new = answer(cache)
    assert new != old and any(i.startswith(second) for i in new)
    fresh = SearchCache(store, Settings(data_dir=tmp_path / "fresh"))  # type: ignore[arg-type]
    assert new == answer(fresh)


def test_searches_under_a_rebuild_get_the_old_or_the_new_answer_never_an_error(
        store: Store, tmp_path: Path) -> None:
    store.put(store_rows(SAMPLES[0], 0))
    cache = SearchCache(store, Settings(data_dir=tmp_path, search_refresh="background"))
    old = answer(cache)
    store.put(store_rows(SAMPLES[1], 1))
    fresh = SearchCache(store, Settings(data_dir=tmp_path / "fresh"))  # type: ignore[arg-type]
    new = answer(fresh)
    seen: list[list[str]] = []
    errors: list[BaseException] = []

    def search_many() -> None:
        try:
            seen.extend(answer(cache) for _ in range(20))
        except BaseException as exc:  # the test reports any failure of a search
            errors.append(exc)

    threads = [threading.Thread(target=search_many) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors and seen and all(a in (old, new) for a in seen)


def test_the_ivf_keeps_its_centroids_and_cells_when_a_notice_is_added(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("search_api.search.index.EXACT_UP_TO", 10)
    monkeypatch.setattr("search_api.search.ann.REGROW", 4.0)
    first = store.put(store_rows(SAMPLES[0], 0))
    cache = SearchCache(store, Settings(data_dir=tmp_path))  # type: ignore[arg-type]
    before = cache.current()
    assert before.ann is not None
    cells = {u.id: int(c) for u, c in zip(before.units, before.ann.cells, strict=True)}
    store.put(store_rows(SAMPLES[1], 1))
    after = cache.current()
    assert after.ann is not None and np.array_equal(after.ann.centroids, before.ann.centroids)
    kept = {u.id: int(c) for u, c in zip(after.units, after.ann.cells, strict=True)
            if u.meeting_id == first}
    assert kept == cells
    fresh = SearchCache(store, Settings(data_dir=tmp_path / "fresh")).current()  # type: ignore[arg-type]
    assert [u.id for u in after.units] == [u.id for u in fresh.units]
    assert (after.lexical.matrix != fresh.lexical.matrix).nnz == 0
