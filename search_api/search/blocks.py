"""One meeting's share of the search index (`Block`), and its form as plain arrays and JSON for
the snapshot (`encode` / `decode`): numbers in numpy arrays, everything else in one JSON document,
with the store's temporal values tagged so they come back as the same types."""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, cast

import numpy as np
from neo4j.time import Date, DateTime

from graph.rows import UnitRow
from search_api.search import index
from search_api.search.lexical import Terms
from search_api.search.vectors import Codes

Row = dict[str, Any]


UNIT_KEYS = ("id", "kind", "text", "section", "headings")  # a row's values its unit holds


class Block:
    """One meeting's share of the index: its units, their result rows, their vectors, their
    lexical term counts (merged into the index's BM25 without re-tokenising). The rows are kept
    packed: one JSON text each without what the unit or the block already holds (text,
    headings, the meeting), made a dict again for a result only (~3 KiB less per unit)."""

    def __init__(self, sha: str, units: list[index.IndexUnit], rows: list[UnitRow], vectors: Codes,
                 terms: Terms) -> None:
        self.sha, self.units, self.vectors, self.terms = sha, units, vectors, terms
        self.meeting: Row = {**rows[0]["meeting"]} if rows else {}
        self.packed = [_pack(r, self.meeting) for r in rows]
        self.cells: np.ndarray | None = None  # each unit's IVF cell, once an index had one

    @classmethod
    def of_packed(cls, sha: str, units: list[index.IndexUnit], meeting: Row, packed: list[str],
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


def encode(blocks: dict[str, Block], header: dict[str, Any]) -> dict[str, np.ndarray]:
    """The arrays of an `.npz`: per block vectors and term counts, and one JSON "meta"."""
    arrays: dict[str, np.ndarray] = {}
    meta: list[Row] = []
    for i, (meeting, b) in enumerate(blocks.items()):
        arrays.update({f"v{i}": b.vectors.codes, f"s{i}": b.vectors.scales,
                       f"p{i}": b.terms.indptr, f"c{i}": b.terms.cols, f"x{i}": b.terms.vals})
        meta.append({"meeting": meeting, "sha": b.sha, "held": b.meeting, "rows": b.packed,
                     "terms": b.terms.terms, "units": [dataclasses.asdict(u) for u in b.units]})
    text = json.dumps({"header": header, "blocks": meta}, ensure_ascii=False, default=_tagged)
    arrays["meta"] = np.frombuffer(text.encode("utf-8"), dtype=np.uint8)
    return arrays


def decode(archive: Any, header: dict[str, Any]) -> dict[str, Block]:
    """The blocks of an archive written by `encode` with the same header, else {}."""
    meta = json.loads(bytes(archive["meta"]).decode("utf-8"), object_hook=_untagged)
    if meta.get("header") != header:
        return {}
    out: dict[str, Block] = {}
    for i, b in enumerate(meta["blocks"]):
        names = [sys.intern(t) for t in b["terms"]]
        terms = Terms(names, archive[f"p{i}"], archive[f"c{i}"], archive[f"x{i}"])
        units = [index.IndexUnit(**u) for u in b["units"]]
        vectors = Codes(archive[f"v{i}"], archive[f"s{i}"])
        out[b["meeting"]] = Block.of_packed(b["sha"], units, b["held"], b["rows"], vectors,
                                            terms)
    return out
