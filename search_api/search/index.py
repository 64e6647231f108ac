"""Indexed units (directives, findings, passages) and the in-memory SearchIndex over them."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

import numpy as np

from graph.rows import UnitRow, ids
from ingest.model import NoticeGraph
from ingest.text import passage
from search_api.search.ann import EXACT_UP_TO, IVF, Trained
from search_api.search.embed import Embedder
from search_api.search.expand import Restorer, expand
from search_api.search.lexical import BM25, Terms, count_terms
from search_api.search.vectors import Codes, quantize

TYPICAL_ROWS = 8_192  # rows a query's typical cosine is taken over above EXACT_UP_TO

POSTINGS = ("lead", "support", "projects", "themes", "agency_keys")  # SearchIndex's postings


@dataclass(slots=True, kw_only=True)
class IndexUnit:
    """One indexed paragraph. A slotted dataclass, not a pydantic model: the index holds one per
    unit (~2.9 KiB each as a model, with its lists; BENCHMARKS.md "Scale (session 7)")."""

    id: str
    kind: Literal["directive", "finding", "passage"]
    text: str
    section: str = ""
    headings: list[str] = field(default_factory=list)
    meeting_id: str
    period: str
    lead_ids: list[str] = field(default_factory=list)
    support_ids: list[str] = field(default_factory=list)
    project_ids: list[str] = field(default_factory=list)
    theme_ids: list[str] = field(default_factory=list)
    deadline: str = ""  # ISO date of a directive's deadline, "" for none
    embedding: list[float] | None = None


_NONE: list[str] = []  # the one empty id list units without agencies, projects, themes share


def interned(ids: list[str]) -> list[str]:
    """The ids interned, or the one shared empty list."""
    return [sys.intern(x) for x in ids] if ids else _NONE


def unit_passage(u: IndexUnit) -> str:
    """What gets embedded and indexed: the nearest headings, then the paragraph (the store's
    full-text index holds the same passage, folded: graph.write)."""
    return passage(u.text, u.headings)


def units_from_notice(ng: NoticeGraph) -> list[IndexUnit]:
    m = ng.meeting
    out = [IndexUnit(id=d.id, kind="directive", text=d.text, section=d.section,
                     headings=d.headings, meeting_id=m.id, period=m.period,
                     lead_ids=[a.id for a in d.lead], support_ids=[a.id for a in d.support],
                     project_ids=[p.id for p in d.projects], theme_ids=d.themes,
                     deadline=d.deadline.date.isoformat() if d.deadline else "")
           for d in ng.directives]
    out += [IndexUnit(id=f.id, kind="finding", text=f.text, section=f.section,
                      headings=f.headings, meeting_id=m.id, period=m.period,
                      project_ids=[p.id for p in f.projects], theme_ids=f.themes)
            for f in ng.findings]
    out += [IndexUnit(id=p.id, kind="passage", text=p.text, section=p.section,
                      headings=p.headings, meeting_id=m.id, period=m.period)
            for p in ng.passages]
    return out


def unit_from_row(row: UnitRow) -> IndexUnit:
    """From a `graph.read.entities.units_of_meetings` row."""
    deadline = row["deadline"]
    return IndexUnit(id=row["id"], kind=row["kind"], text=row["text"] or "",
                     section=sys.intern(row["section"] or ""),
                     headings=row["headings"] or _NONE,
                     meeting_id=sys.intern(row["meeting"]["id"]),
                     period=sys.intern(row["meeting"]["period"] or ""),
                     lead_ids=interned(ids(row["lead"])),
                     support_ids=interned(ids(row["support"])),
                     project_ids=interned(ids(row["projects"])),
                     theme_ids=interned(ids(row["themes"])),
                     deadline=sys.intern(str(deadline["date"] or "") if deadline else ""),
                     embedding=row.get("embedding"))


class SearchIndex:
    """Dense codes + BM25 + filter columns over a fixed list of units."""

    def __init__(self, units: Sequence[IndexUnit], vectors: np.ndarray | Codes,
                 terms: Terms | BM25 | None = None, restorer: Restorer | None = None,
                 previous: Trained | None = None, cells: np.ndarray | None = None) -> None:
        """`vectors`: float rows or their codes (`search_api.search.vectors`), one per unit;
        `terms`: the units' lexical term counts when already counted (`unit_terms`, merged per
        block by the search cache), or their BM25 already weighed; `restorer`: one kept over the
        same units; `previous`: an IVF's centroids to keep (unless drifted), `cells` its cell
        per unit (-1: to assign)."""
        self.units = list(units)
        codes = vectors if isinstance(vectors, Codes) else quantize(vectors)
        self.lexical = terms if isinstance(terms, BM25) else \
            BM25(terms if terms is not None else unit_terms(self.units))
        if restorer is not None:
            self.__dict__["restorer"] = restorer
        # one copy of the codes: in unit order, or in the IVF's cell order above EXACT_UP_TO
        self.ann = _ivf(codes, previous, cells) if len(codes) > EXACT_UP_TO else None
        self.vectors: Codes | None = codes if self.ann is None else None
        self._columns()
        self.lead = postings(u.lead_ids for u in self.units)
        self.support = postings(u.support_ids for u in self.units)
        self.projects = postings(u.project_ids for u in self.units)
        self.themes = postings(u.theme_ids for u in self.units)
        # agencies by their id without the province prefix, as the graph channel names them
        self.agency_keys = postings([a.split(":", 1)[-1] for a in u.lead_ids + u.support_ids]
                                    for u in self.units)

    @classmethod
    def restored(cls, units: list[IndexUnit], lexical: BM25, restorer: Restorer | None,
                 dense: IVF | Codes, postings: Mapping[str, dict[str, np.ndarray]]
                 ) -> SearchIndex:
        """A saved build from its parts (`search_api/search/saved.py`): its units in order,
        the weighted BM25, the IVF (or the codes, exact), the postings by name (POSTINGS)."""
        out = cls.__new__(cls)
        out.units, out.lexical = units, lexical
        if restorer is not None:
            out.__dict__["restorer"] = restorer
        out.ann = dense if isinstance(dense, IVF) else None
        out.vectors = dense if isinstance(dense, Codes) else None
        out._columns()
        out.lead, out.support = postings["lead"], postings["support"]
        out.projects, out.themes = postings["projects"], postings["themes"]
        out.agency_keys = postings["agency_keys"]
        return out

    def _columns(self) -> None:
        """The filters' columns: period, kind and deadline per unit."""
        self.periods = np.asarray([u.period for u in self.units])
        self.kinds = np.asarray([u.kind for u in self.units])
        self.deadlines = np.asarray([u.deadline for u in self.units], dtype=str)

    @classmethod
    def build(cls, units: Sequence[IndexUnit], embedder: Embedder) -> SearchIndex:
        """Units with their `embedding` (embedded here when missing); the lists are dropped
        once the codes hold them."""
        missing = [u for u in units if not u.embedding or len(u.embedding) != embedder.dim]
        fresh = embedder.embed_passages([unit_passage(u) for u in missing])
        for u, v in zip(missing, fresh, strict=True):
            u.embedding = [float(x) for x in v]
        vecs = np.asarray([u.embedding for u in units], dtype=np.float32).reshape(
            len(units), embedder.dim)
        for u in units:
            u.embedding = None
        return cls(units, vecs)

    def __len__(self) -> int:
        return len(self.units)

    @cached_property
    def restorer(self) -> Restorer:
        """Built on the first query typed without diacritics."""
        return Restorer(unit_passage(u) for u in self.units)

    def dense(self, query: np.ndarray) -> np.ndarray:
        """Dot product of every unit vector with the query: exact up to `EXACT_UP_TO` units,
        above it exact on the units of the query's nearest IVF cells and -inf elsewhere."""
        if self.ann is None:
            assert self.vectors is not None
            return self.vectors.dot(query)
        return self.ann.scores(query)

    def typical(self, query: np.ndarray, scores: np.ndarray) -> float | None:
        """The query's median cosine to a unit of the store (the judge's spread, search/judge.py):
        the median of `scores` (the dense channel's) where they are exact for every unit; above
        EXACT_UP_TO, where `scores` hold only the query's nearest IVF cells (whose median is far
        above a typical unit's), the median over TYPICAL_ROWS rows of the codes evenly spaced."""
        if self.ann is None:
            finite = scores[np.isfinite(scores)]
            return float(np.median(finite)) if len(finite) else None
        codes = self.ann.codes
        rows = np.linspace(0, len(codes) - 1, min(len(codes), TYPICAL_ROWS)).astype(np.int64)
        return float(np.median(codes.take(rows).dot(query))) if len(rows) else None

    def count(self, column: dict[str, np.ndarray], keys: Iterable[str]) -> np.ndarray:
        """Per unit, how many of `keys` it holds in `column` (one of the postings above)."""
        out = np.zeros(len(self.units), dtype=np.float32)
        for key in set(keys):
            if key in column:
                out[column[key]] += 1
        return out


def _ivf(codes: Codes, previous: Trained | None, cells: np.ndarray | None) -> IVF:
    """A new IVF, or one with `previous`'s centroids and the known `cells` (new rows assigned)
    while the rows have not drifted from those it was trained on."""
    if previous is None or previous.drifted(len(codes)):
        return IVF(codes)
    return IVF(codes, centroids=previous.centroids, cells=cells, trained=previous.rows)


def unit_terms(units: Iterable[IndexUnit]) -> Terms:
    """The lexical index's term counts of the units' passages, abbreviations expanded
    ("CCHC" + long form)."""
    return count_terms(expand(unit_passage(u)) for u in units)


def postings(per_unit: Iterable[Iterable[str]]) -> dict[str, np.ndarray]:
    """key -> ascending indices of the units holding it (each unit once per key)."""
    out: dict[str, list[int]] = {}
    for i, keys in enumerate(per_unit):
        for key in set(keys):
            out.setdefault(key, []).append(i)
    return {key: np.asarray(rows, dtype=np.int64) for key, rows in out.items()}
