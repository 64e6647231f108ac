"""Indexed units (directives and findings) and the in-memory SearchIndex built from them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

import numpy as np
from pydantic import BaseModel

from ingest.model import NoticeGraph
from search_api.embed import Embedder
from search_api.lexical import BM25


class IndexUnit(BaseModel):
    id: str
    kind: Literal["directive", "finding"]
    text: str
    section: str = ""
    headings: list[str] = []
    meeting_id: str
    period: str
    lead_ids: list[str] = []
    support_ids: list[str] = []
    project_ids: list[str] = []
    theme_ids: list[str] = []
    embedding: list[float] | None = None


def unit_passage(u: IndexUnit) -> str:
    """What gets embedded and indexed: the nearest headings, then the paragraph."""
    context = " › ".join(h for h in u.headings[-2:] if h and h != u.text)
    return f"{context}: {u.text}" if context else u.text


def units_from_notice(ng: NoticeGraph) -> list[IndexUnit]:
    m = ng.meeting
    out = [IndexUnit(id=d.id, kind="directive", text=d.text, section=d.section,
                     headings=d.headings, meeting_id=m.id, period=m.period,
                     lead_ids=[a.id for a in d.lead], support_ids=[a.id for a in d.support],
                     project_ids=[p.id for p in d.projects], theme_ids=d.themes)
           for d in ng.directives]
    out += [IndexUnit(id=f.id, kind="finding", text=f.text, section=f.section,
                      headings=f.headings, meeting_id=m.id, period=m.period,
                      project_ids=[p.id for p in f.projects], theme_ids=f.themes)
            for f in ng.findings]
    return out


def unit_from_row(row: dict[str, Any]) -> IndexUnit:
    """From a `graph.read.iter_units` row."""
    def ids(key: str) -> list[str]:
        return [x["id"] for x in row.get(key) or []]

    return IndexUnit(id=row["id"], kind=row["kind"], text=row["text"] or "",
                     section=row.get("section") or "", headings=row.get("headings") or [],
                     meeting_id=row["meeting"]["id"], period=row["meeting"]["period"] or "",
                     lead_ids=ids("lead"), support_ids=ids("support"),
                     project_ids=ids("projects"), theme_ids=ids("themes"),
                     embedding=row.get("embedding"))


class SearchIndex:
    """Dense matrix + BM25 + filter columns over a fixed list of units."""

    def __init__(self, units: Sequence[IndexUnit], vectors: np.ndarray) -> None:
        self.units = list(units)
        self.vectors = vectors
        self.lexical = BM25([unit_passage(u) for u in self.units])
        self.periods = np.asarray([u.period for u in self.units])

    @classmethod
    def build(cls, units: Sequence[IndexUnit], embedder: Embedder) -> SearchIndex:
        missing = [u for u in units if not u.embedding or len(u.embedding) != embedder.dim]
        fresh = embedder.embed_passages([unit_passage(u) for u in missing])
        for u, v in zip(missing, fresh, strict=True):
            u.embedding = [float(x) for x in v]
        vecs = np.asarray([u.embedding for u in units], dtype=np.float32).reshape(
            len(units), embedder.dim)
        return cls(units, vecs)

    def __len__(self) -> int:
        return len(self.units)
