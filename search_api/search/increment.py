"""A search index brought up to date without a global rebuild: the last full index (the *main*
part) with the units of changed or deleted meetings marked dead, plus a small *delta* part over
the blocks read since (new or replaced notices), searched side by side.

- Lexical: the delta's term counts are weighed with the main part's statistics (its mean length,
  its idf of the terms it holds: `BM25(..., reference=)`), dead rows score 0. The statistics are
  the main part's until the next full build (`search_api/search/cache.py` rebuilds once the
  changed units pass `COMPACT_AT` of the main part's): a change of a few notices moves every
  idf by a fraction of a percent, which a full build would apply.
- Dense: the delta's vectors are assigned to the main IVF's cells (as a full build keeping the
  centroids does) and scored when their cell is probed; dead rows get -inf. Scores of live
  units are those a full build with the same centroids gives.
- Filters and the graph channel: the postings without dead rows, the delta's appended; dead
  rows hold no period, kind or deadline, so no channel ever makes them a candidate.
Rows: the main part's rows, in their order, then the delta's (a full build sorts all by id,
so only exact ties may come out in another order).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
from scipy import sparse

from search_api.search.ann import nearest
from search_api.search.expand import Restorer
from search_api.search.index import IndexUnit, SearchIndex, postings
from search_api.search.lexical import BM25, Terms
from search_api.search.vectors import Codes

COMPACT_AT = 0.05  # rebuild in full once the changed units reach this share of the main part's
INCREMENT_FROM = 20_000  # units: below, a full build costs little and keeps the index exact


class SegmentedBM25(BM25):
    """The main part's BM25 (dead rows scoring 0) and the delta's, weighed like it."""

    def __init__(self, main: BM25, alive: np.ndarray, delta: Terms) -> None:
        self.main, self.alive = main, alive
        self.delta = BM25(delta, reference=main)
        new = {t: j for j, t in enumerate(delta.terms) if t not in main.vocab}
        base = len(main.idf)
        self.vocab = {**main.vocab, **{t: base + k for k, t in enumerate(new)}}
        self.idf = np.concatenate([main.idf, self.delta.idf[list(new.values())]])
        self.avg = main.avg
        self.matrix = sparse.csc_matrix((len(alive) + len(delta), 1), dtype=np.float32)

    def scores(self, query: str) -> np.ndarray:
        main = self.main.scores(query)
        main[~self.alive] = 0.0
        return np.concatenate([main, self.delta.scores(query)])


class SegmentedIndex(SearchIndex):
    """A `SearchIndex` over the main part's units (dead ones included, never found) and the
    delta's; `main`, `dead` and the delta's codes are what the next increment starts from."""

    def __init__(self, main: SearchIndex, dead: np.ndarray, units: Sequence[IndexUnit],
                 codes: Codes, terms: Terms, restorer: Restorer | None = None) -> None:
        self.main, self.dead, self.delta_codes = main, dead, codes
        self.units = main.units + list(units)
        self.lexical = SegmentedBM25(main.lexical, ~dead, terms)
        if restorer is not None:
            self.__dict__["restorer"] = restorer
        self.ann, self.vectors = main.ann, main.vectors
        self.delta_cells = nearest(codes, main.ann.centroids) if main.ann is not None \
            and len(codes) else np.zeros(len(codes), dtype=np.int32)
        self.periods = _column(main.periods, dead, [u.period for u in units])
        self.kinds = _column(main.kinds, dead, [u.kind for u in units])
        self.deadlines = _column(main.deadlines, dead, [u.deadline for u in units])
        n = len(main)
        self.lead = _merged(main.lead, dead, [u.lead_ids for u in units], n)
        self.support = _merged(main.support, dead, [u.support_ids for u in units], n)
        self.projects = _merged(main.projects, dead, [u.project_ids for u in units], n)
        self.themes = _merged(main.themes, dead, [u.theme_ids for u in units], n)
        self.agency_keys = _merged(main.agency_keys, dead, [
            [a.split(":", 1)[-1] for a in u.lead_ids + u.support_ids] for u in units], n)

    def dense(self, query: np.ndarray) -> np.ndarray:
        main = self.main.dense(query)
        main[self.dead] = -np.inf
        delta = self.delta_codes.dot(query) if len(self.delta_codes) else \
            np.zeros(0, dtype=np.float32)
        if self.ann is not None and len(delta):
            delta[~np.isin(self.delta_cells, self.ann.probe(query))] = -np.inf
        return np.concatenate([main, delta])

    @property
    def delta_units(self) -> int:
        return len(self.units) - len(self.main)


def _column(main: np.ndarray, dead: np.ndarray, delta: list[str]) -> np.ndarray:
    """The main part's column with nothing at its dead rows, then the delta's."""
    kept = np.where(dead, "", main) if dead.any() else main
    return np.concatenate([kept, np.asarray(delta, dtype=str)]) if delta else kept


def _merged(main: Mapping[str, np.ndarray], dead: np.ndarray, delta: list[list[str]],
            offset: int) -> dict[str, np.ndarray]:
    """The main part's postings without its dead rows, each key's delta rows appended."""
    out = {k: rows[~dead[rows]] for k, rows in main.items()} if dead.any() else dict(main)
    for key, rows in postings(delta).items():
        out[key] = np.concatenate([out.get(key, rows[:0]), rows + offset])
    return {k: v for k, v in out.items() if len(v)}
