"""One meeting's share of the search index (`Block`), and its form as plain arrays and JSON for
the snapshot (`encode` / `decode`): numbers in numpy arrays, everything else in one JSON document,
with the store's temporal values tagged so they come back as the same types."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from typing import Any

import numpy as np
from neo4j.time import Date, DateTime

from search_api.search import index
from search_api.search.lexical import Terms

Row = dict[str, Any]


@dataclass
class Block:
    """One meeting's share of the index: its units, their result rows, their vectors, their
    lexical term counts (merged into the index's BM25 without re-tokenising)."""

    sha: str
    units: list[index.IndexUnit]
    rows: list[Row]
    vectors: np.ndarray
    terms: Terms

    def passages(self) -> list[str]:
        return [index.unit_passage(u) for u in self.units]


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
        arrays.update({f"v{i}": b.vectors, f"p{i}": b.terms.indptr, f"c{i}": b.terms.cols,
                       f"x{i}": b.terms.vals})
        meta.append({"meeting": meeting, "sha": b.sha, "rows": b.rows, "terms": b.terms.terms,
                     "units": [u.model_dump(mode="json") for u in b.units]})
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
        units = [index.IndexUnit.model_validate(u) for u in b["units"]]
        out[b["meeting"]] = Block(b["sha"], units, b["rows"], archive[f"v{i}"], terms)
    return out
