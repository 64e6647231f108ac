"""The snapshot's data form of a block: arrays and JSON, the store's dates as the same types."""

from __future__ import annotations

import io

import numpy as np
from neo4j.time import Date

from search_api.search.blocks import Block, decode, encode
from search_api.search.index import IndexUnit
from search_api.search.lexical import count_terms


def _block() -> Block:
    unit = IndexUnit(id="m:1", kind="directive", text="Giao Sở Tài chính", meeting_id="m",
                     period="2025-06")
    row = {"id": "m:1", "meeting": {"id": "m", "date": Date(2025, 7, 3)}, "lead": [{"id": "a"}]}
    vectors = np.arange(8, dtype=np.float32).reshape(1, 8)
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
    assert back.units == b.units and np.array_equal(back.vectors, b.vectors)
    assert back.terms.terms == b.terms.terms and np.array_equal(back.terms.vals, b.terms.vals)
    assert other_model == {}
