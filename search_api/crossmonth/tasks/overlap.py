"""How many content bigrams two directives share, for many pairs at once.

The chain scores each directive of a meeting against the latest occurrence of every open task
whose cosine reaches `linking.MIN_COSINE`: with e5 vectors most pairs of one province do (72 k
pairs on 24 generated months), and scoring each in Python was most of a warm link. The pair
rule refuses a pair with fewer than MIN_SHARED bigrams in common, or whose score could not reach
the threshold even with all of them shared; both are counted here for a whole meeting with one
sparse product of 0/1 bigram rows, so only the pairs that may pass are scored one by one (the
same decisions: the count is of `evidence.content_grams`, of which `shared.shared` is a
subset)."""

from __future__ import annotations

from typing import Any

import numpy as np
from scipy import sparse

from search_api.crossmonth import linking
from search_api.crossmonth.tasks.evidence import content_grams

Row = dict[str, Any]


class Overlap:
    """The units' content bigrams as a sparse 0/1 matrix (one row per unit)."""

    def __init__(self, units: list[Row]) -> None:
        self.vocab: dict[tuple[str, str], int] = {}
        self.grams, self.sizes = self._rows(units)

    def _rows(self, units: list[Row]) -> tuple[sparse.csr_matrix, np.ndarray]:
        cols: list[int] = []
        ptr = [0]
        for u in units:
            cols += [self.vocab.setdefault(g, len(self.vocab)) for g in sorted(content_grams(u))]
            ptr.append(len(cols))
        data = np.ones(len(cols), dtype=np.float32)
        shape = (len(units), max(len(self.vocab), 1))
        return sparse.csr_matrix((data, cols, ptr), shape=shape), np.diff(np.asarray(ptr))

    def extend(self, units: list[Row]) -> None:
        """Rows for more units, after those already kept (the counts do not depend on the
        order in which the bigrams got their columns)."""
        grams, sizes = self._rows(units)
        old = self.grams.copy()
        old.resize((old.shape[0], grams.shape[1]))
        self.grams = sparse.csr_matrix(sparse.vstack([old, grams], format="csr"))
        self.sizes = np.concatenate([self.sizes, sizes])

    def may_link(self, rows: list[int], cols: list[int], sims: np.ndarray, min_shared: int,
                 threshold: float) -> np.ndarray:
        """A boolean matrix over (rows × cols) pairs: cosine `sims` ≥ MIN_COSINE, at least
        `min_shared` bigrams in common and the best score the pair rule could give (all of
        them shared, the lead and project bonuses) ≥ `threshold`."""
        common = np.asarray((self.grams[rows] @ self.grams[cols].T).toarray())
        small = np.minimum.outer(self.sizes[rows], self.sizes[cols])
        best = (sims + linking.CONTAINMENT * common / np.maximum(small, linking.MIN_GRAMS)
                + 2 * linking.BONUS)
        may: np.ndarray = ((sims >= linking.MIN_COSINE) & (common >= min_shared)
                           & (best >= threshold - 1e-9))  # a bound: no rounding may refuse a pair
        return may
