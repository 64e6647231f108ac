"""The snapshot's data form of a block: arrays and JSON, the store's dates as the same types."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from neo4j.time import Date

from search_api.search.blocks import Block, Packed, decode, encode, meta_of, meta_text
from search_api.search.index import IndexUnit
from search_api.search.lexical import count_terms
from search_api.search.vectors import quantize


def _block() -> Block:
    unit = IndexUnit(id="m:1", kind="directive", text="Giao Sở Tài chính", meeting_id="m",
                     period="2025-06")
    row = {"id": "m:1", "meeting": {"id": "m", "date": Date(2025, 7, 3)}, "lead": [{"id": "a"}]}
    vectors = quantize(np.arange(8, dtype=np.float32).reshape(1, 8))
    return Block("sha", [unit], [row], vectors, count_terms(["Giao Sở Tài chính"]))


def test_a_block_comes_back_equal_through_npy_files_mapped_without_pickle(tmp_path: Path) -> None:
    b, other = _block(), _block()
    other.units[0].id, other.units[0].headings = "n:1", ["Kết luận"]
    arrays, meta = encode({"m": b, "n": other})
    for name, array in arrays.items():
        np.save(tmp_path / f"{name}.npy", array, allow_pickle=False)
    mapped = {n: np.load(tmp_path / f"{n}.npy", mmap_mode="r", allow_pickle=False) for n in arrays}
    back = decode(mapped, meta_of(meta_text(meta)))
    assert list(back) == ["m", "n"] and back["n"].units == other.units
    m = back["m"]
    assert m.rows == b.rows and isinstance(m.rows[0]["meeting"]["date"], Date)
    assert m.units == b.units and np.array_equal(m.vectors.codes, b.vectors.codes)
    assert isinstance(m.vectors.codes, np.memmap)  # a view of the file, not a copy
    assert np.array_equal(m.vectors.scales, b.vectors.scales)
    mine = {b.terms.terms[c]: v for c, v in zip(b.terms.cols, b.terms.vals, strict=True)}
    back_terms = {m.terms.terms[c]: v for c, v in zip(m.terms.cols, m.terms.vals, strict=True)}
    assert back_terms == mine and m.terms.terms is back["n"].terms.terms  # one vocabulary


def test_packed_texts_are_one_utf8_buffer() -> None:
    packed = Packed.of(["Sở Tài chính", "", "đường tỉnh 827"])
    assert [packed[i] for i in range(len(packed))] == ["Sở Tài chính", "", "đường tỉnh 827"]
    assert packed.data.dtype == np.uint8 and packed.data.nbytes == len(
        "Sở Tài chínhđường tỉnh 827".encode())


def test_a_packed_row_comes_back_as_the_store_gave_it_without_the_embedding() -> None:
    unit = IndexUnit(id="m:2", kind="finding", text="Thu ngân sách đạt 52%", section="I.1",
                     headings=["Kết quả"], meeting_id="m", period="2025-06")
    meeting = {"id": "m", "period": "2025-06", "date": Date(2025, 7, 3), "title": "Thông báo"}
    row = {"id": "m:2", "kind": "finding", "text": unit.text, "section": "I.1",
           "headings": ["Kết quả"], "span": [3, 24], "meeting": meeting, "lead": [],
           "deadline": {"date": Date(2025, 9, 30), "precision": "day", "text": "30/9"},
           "embedding": [0.1, 0.2]}
    other = dict(row, meeting=dict(meeting, title="Khác"))
    block = Block("sha", [unit, unit], [row, other], quantize(np.ones((2, 4))), count_terms([]))
    assert "Thu ngân sách" not in block.packed[0] and "Thông báo" not in block.packed[0]
    assert block.row(0) == {k: v for k, v in row.items() if k != "embedding"}
    assert block.row(1)["meeting"]["title"] == "Khác"  # a row's own meeting is kept
