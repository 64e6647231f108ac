"""One meeting's share of the search index (`Block`), its result rows packed as UTF-8 (`Packed`),
and the blocks' form as plain arrays and JSON for the snapshot (`encode` / `decode`): numbers, units
(`search_api/search/unit_columns.py`) and packed rows in a few flat numpy arrays (all blocks one
after the other, so a snapshot maps them as they are), the store's temporal values in the JSON
part tagged so they come back as the same types."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, cast

import numpy as np
from neo4j.time import Date, DateTime

from graph.rows import UnitRow
from search_api.search import index, unit_columns
from search_api.search.lexical import Terms
from search_api.search.unit_columns import Packed
from search_api.search.vectors import Codes

Row = dict[str, Any]


UNIT_KEYS = ("id", "kind", "text", "section", "headings")  # a row's values its unit holds


class Block:
    """One meeting's share of the index: its units, their result rows, their vectors, their
    lexical term counts (merged into the index's BM25 without re-tokenising). The rows are kept
    packed: one JSON text each without what the unit or the block already holds (text,
    headings, the meeting), as UTF-8 (`Packed`), made a dict again for a result only."""

    def __init__(self, sha: str, units: list[index.IndexUnit], rows: list[UnitRow], vectors: Codes,
                 terms: Terms) -> None:
        self.sha, self.units, self.vectors, self.terms = sha, units, vectors, terms
        self.meeting: Row = {**rows[0]["meeting"]} if rows else {}
        self.packed = Packed.of(_pack(r, self.meeting) for r in rows)
        self.cells: np.ndarray | None = None  # each unit's IVF cell, once an index had one

    @classmethod
    def of_packed(cls, sha: str, units: list[index.IndexUnit], meeting: Row, packed: Packed,
                  vectors: Codes, terms: Terms) -> Block:
        out = cls(sha, units, [], vectors, terms)
        out.meeting, out.packed = meeting, packed
        return out

    def row(self, i: int) -> UnitRow:
        """The store's row of unit i (`graph.read.units_of_meetings`, without the embedding)."""
        out: Row = json.loads(self.packed[i], object_hook=_untagged)
        u = self.units[i]
        out.update(id=u.id, kind=u.kind, text=u.text, section=u.section,
                   headings=list(u.headings))
        out.setdefault("meeting", self.meeting)
        return cast(UnitRow, out)  # the packed row is a UnitRow's JSON, less what u holds

    @property
    def rows(self) -> list[UnitRow]:
        return [self.row(i) for i in range(len(self.packed))]

    def passages(self) -> list[str]:
        return [index.unit_passage(u) for u in self.units]


class Rows(Mapping[str, UnitRow]):
    """Unit id -> its result row, made from the blocks' packed rows when asked for."""

    def __init__(self, blocks: Iterable[Block]) -> None:
        self._where = {u.id: (b, i) for b in blocks for i in range(len(b.packed))
                       for u in (b.units[i],)}

    def updated(self, gone: Iterable[str], blocks: Iterable[Block]) -> Rows:
        """These rows without the units `gone`, with the blocks' (a copy: this one serves on)."""
        out = Rows(())
        out._where = dict(self._where)
        for uid in gone:
            out._where.pop(uid, None)
        out._where.update(Rows(blocks)._where)
        return out

    def __getitem__(self, uid: str) -> UnitRow:
        block, i = self._where[uid]
        return block.row(i)

    def __iter__(self) -> Iterator[str]:
        return iter(self._where)

    def __len__(self) -> int:
        return len(self._where)


def _pack(row: UnitRow, meeting: Row) -> str:
    rest = {k: v for k, v in row.items() if k not in UNIT_KEYS and k != "embedding"
            and not (k == "meeting" and v == meeting)}
    return json.dumps(rest, ensure_ascii=False, separators=(",", ":"), default=_tagged)


def _tagged(x: Any) -> Any:
    """JSON's `default`: the temporal values a store row may hold, tagged; anything else fails."""
    if isinstance(x, DateTime):
        return {"$datetime": x.iso_format()}
    if isinstance(x, Date):
        return {"$date": x.iso_format()}
    raise TypeError(f"cannot snapshot a {type(x).__name__}")


def _untagged(obj: dict[str, Any]) -> Any:
    if obj.keys() == {"$date"}:
        return Date.from_iso_format(obj["$date"])
    if obj.keys() == {"$datetime"}:
        return DateTime.from_iso_format(obj["$datetime"])
    return obj




def encode(blocks: Mapping[str, Block]) -> tuple[dict[str, np.ndarray], Row]:
    """The blocks as flat arrays (vector codes and scales, term counts over one sorted
    vocabulary, packed rows, IVF cells, unit columns; block after block) and a JSON-able
    document (the blocks' meetings and shas, the vocabulary, the units' tables)."""
    items = list(blocks.values())
    vocab = sorted({t for b in items for t in b.terms.terms})
    where = {t: j for j, t in enumerate(vocab)}
    arrays = {"codes": _cat([b.vectors.codes for b in items], np.int16, items),
              "scales": _cat([b.vectors.scales for b in items], np.float32),
              "term_ptr": _offsets([b.terms.indptr for b in items]),
              "term_cols": _cat([np.fromiter((where[t] for t in b.terms.terms), dtype=np.int32,
                                             count=len(b.terms.terms))[b.terms.cols]
                                 for b in items], np.int32),
              "term_vals": _cat([b.terms.vals for b in items], np.int32),
              "rows": _cat([b.packed.data for b in items], np.uint8),
              "row_ptr": _offsets([b.packed.offsets for b in items]),
              "cells": _cat([b.cells if b.cells is not None else
                             np.full(len(b.units), -1, dtype=np.int32) for b in items], np.int32)}
    columns, tables = unit_columns.encode([u for b in items for u in b.units])
    arrays.update(columns)
    meta: Row = {"vocab": vocab, "units": tables,
                 "blocks": [{"meeting": m, "sha": b.sha, "held": b.meeting, "units": len(b.units)}
                            for m, b in blocks.items()]}
    return arrays, meta


def _cat(parts: list[np.ndarray], dtype: type, blocks: Sequence[Block] = ()) -> np.ndarray:
    if parts:
        return np.concatenate(parts).astype(dtype, copy=False)
    dim = blocks[0].vectors.dim if blocks else 0
    return np.zeros((0, dim) if dtype is np.int16 else 0, dtype=dtype)


def _offsets(parts: list[np.ndarray]) -> np.ndarray:
    """Per-block offsets (each from 0) as one array of global offsets."""
    out, base = [np.zeros(1, dtype=np.int64)], 0
    for p in parts:
        out.append(np.asarray(p[1:], dtype=np.int64) + base)
        base += int(p[-1])
    return np.concatenate(out)


def meta_text(meta: Row) -> bytes:
    return json.dumps(meta, ensure_ascii=False, separators=(",", ":"),
                      default=_tagged).encode("utf-8")


def meta_of(text: bytes) -> Row:
    out: Row = json.loads(text.decode("utf-8"), object_hook=_untagged)
    return out


def decode(arrays: Mapping[str, np.ndarray], meta: Row) -> dict[str, Block]:
    """The blocks `encode` made. The blocks' arrays are views of `arrays` (a mapped snapshot's
    stay on disk until read); every block's terms are the one shared vocabulary."""
    vocab = [sys.intern(t) for t in meta["vocab"]]
    every = unit_columns.decode(arrays, meta["units"])
    out: dict[str, Block] = {}
    lo = 0
    for b in meta["blocks"]:
        hi = lo + int(b["units"])
        units = every[lo:hi]
        out[b["meeting"]] = Block.of_packed(
            b["sha"], units, b["held"], _packed(arrays, lo, hi),
            Codes(arrays["codes"][lo:hi], arrays["scales"][lo:hi]), _terms(arrays, vocab, lo, hi))
        out[b["meeting"]].cells = _cells(arrays["cells"][lo:hi])
        lo = hi
    if lo != len(arrays["codes"]) or lo != len(every):
        raise ValueError("snapshot arrays and units disagree")
    return out


def remap(blocks: Mapping[str, Block], arrays: Mapping[str, np.ndarray]) -> None:
    """Point the blocks' vectors, term counts and packed rows at `arrays`, what `encode` made
    of these same blocks (mapped from a snapshot just written): their own copies are freed.
    Their terms become the one vocabulary of the arrays' columns."""
    vocab = sorted({t for b in blocks.values() for t in b.terms.terms})
    lo = 0
    for b in blocks.values():
        hi = lo + len(b.units)
        b.vectors = Codes(arrays["codes"][lo:hi], arrays["scales"][lo:hi])
        b.terms, b.packed = _terms(arrays, vocab, lo, hi), _packed(arrays, lo, hi)
        lo = hi


def _packed(arrays: Mapping[str, np.ndarray], lo: int, hi: int) -> Packed:
    ptr = np.asarray(arrays["row_ptr"][lo:hi + 1], dtype=np.int64)
    return Packed(arrays["rows"][ptr[0]:ptr[-1]], ptr - ptr[0])


def _terms(arrays: Mapping[str, np.ndarray], vocab: list[str], lo: int, hi: int) -> Terms:
    ptr = np.asarray(arrays["term_ptr"][lo:hi + 1], dtype=np.int64)
    a, z = int(ptr[0]), int(ptr[-1])
    return Terms(vocab, ptr - a, arrays["term_cols"][a:z], arrays["term_vals"][a:z])


def _cells(cells: np.ndarray) -> np.ndarray | None:
    return None if len(cells) and int(cells.min()) < 0 else cells
