"""The snapshot's data form of a block: arrays and JSON, the store's dates as the same types."""

from __future__ import annotations

import io

import numpy as np
from neo4j.time import Date

from search_api.search.blocks import Block, decode, encode
from search_api.search.index import IndexUnit
from search_api.search.lexical import count_terms
from search_api.search.vectors import quantize


def _block() -> Block:
    unit = IndexUnit(id="m:1", kind="directive", text="Giao Sở Tài chính", meeting_id="m",
                     period="2025-06")
    row = {"id": "m:1", "meeting": {"id": "m", "date": Date(2025, 7, 3)}, "lead": [{"id": "a"}]}
    vectors = quantize(np.arange(8, dtype=np.float32).reshape(1, 8))
    return Block("sha", [unit], [row], vectors, count_terms(["Giao Sở Tài chính"]))


def test_a_block_comes_back_equal_through_an_npz_without_pickle() -> None:
    header = {"format": 3, "model": "m"}
    buffer = io.BytesIO()
    np.savez(buffer, allow_pickle=False, **encode({"m": _block()}, header))
    with np.load(io.BytesIO(buffer.getvalue()), allow_pickle=False) as archive:
        back = decode(archive, header)["m"]
        other_model = decode(archive, {"format": 3, "model": "other"})
    b = _block()
    assert back.rows == b.rows and isinstance(back.rows[0]["meeting"]["date"], Date)
    assert back.units == b.units and np.array_equal(back.vectors.codes, b.vectors.codes)
    assert np.array_equal(back.vectors.scales, b.vectors.scales)
    assert back.terms.terms == b.terms.terms and np.array_equal(back.terms.vals, b.terms.vals)
    assert other_model == {}


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
