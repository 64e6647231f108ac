"""A full build of the search index as flat arrays for the snapshot, so that a restart maps what a
build computes instead of computing it again (at 10 k notices the weighting of the BM25 matrix,
the merge of the blocks' term counts, the filter postings and stacking the vectors were ~90 % of
the index's assembly): the BM25 matrix as weighed (CSC arrays, its idf, its terms as ids into the
snapshot's vocabulary), the IVF's cell per unit, the postings (one CSR per snapshot, their keys in
JSON) and the index's order of the snapshot's unit rows. The vector codes are the blocks' own
(gathered once, cell by cell). Saved only for a full build over exactly the saved blocks
(`search_api/search/cache.py`); restored, it equals that build array for array."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
from scipy import sparse

from search_api.search.ann import IVF, Trained
from search_api.search.expand import Restorer
from search_api.search.index import POSTINGS, IndexUnit, SearchIndex
from search_api.search.lexical import BM25
from search_api.search.vectors import Codes

Row = dict[str, Any]
ARRAYS = ("ix_rows", "ix_bm25_ptr", "ix_bm25_rows", "ix_bm25_data", "ix_bm25_idf",
          "ix_bm25_terms", "ix_cells", "ix_post_ptr", "ix_post_rows")


def none() -> dict[str, np.ndarray]:
    """The arrays of a snapshot without a saved index (all empty)."""
    return {name: np.zeros(0, dtype=np.int32) for name in ARRAYS}


def encode(built: SearchIndex, source: np.ndarray, vocab: Mapping[str, int]
           ) -> tuple[dict[str, np.ndarray], Row]:
    """`built`'s arrays (ARRAYS) and JSON part; `source[i]`: the snapshot row of its unit i,
    `vocab`: the snapshot's term ids (holding every term of `built`)."""
    lexical, matrix = built.lexical, built.lexical.matrix
    terms = sorted(lexical.vocab, key=lexical.vocab.__getitem__)
    keys = {name: list(getattr(built, name)) for name in POSTINGS}
    lists = [getattr(built, name)[k] for name in POSTINGS for k in keys[name]]
    arrays = {"ix_rows": np.asarray(source, dtype=np.int64), "ix_bm25_ptr": matrix.indptr,
              "ix_bm25_rows": matrix.indices, "ix_bm25_data": matrix.data,
              "ix_bm25_idf": lexical.idf,
              "ix_bm25_terms": np.fromiter((vocab[t] for t in terms), dtype=np.int32,
                                           count=len(terms)),
              "ix_cells": built.ann.cells if built.ann is not None
              else np.zeros(0, dtype=np.int32),
              "ix_post_ptr": np.cumsum([0] + [len(r) for r in lists], dtype=np.int64),
              "ix_post_rows": np.concatenate(lists or [np.zeros(0, dtype=np.int64)])}
    meta = {"units": len(built), "avg": lexical.avg, "shape": list(matrix.shape),
            "postings": keys, "ivf": built.ann is not None}
    return arrays, meta


def decode(arrays: Mapping[str, np.ndarray], meta: Row, vocab: Sequence[str],
           units: Sequence[IndexUnit], codes: Codes, restorer: Restorer | None,
           trained: Trained | None) -> SearchIndex:
    """The index `encode` saved, over the snapshot's `units` and `codes` (in snapshot order);
    ValueError when the parts disagree."""
    source = arrays["ix_rows"]
    if int(meta["units"]) != len(units) or len(source) != len(units) or \
            not np.array_equal(np.sort(source), np.arange(len(units))):
        raise ValueError("saved index and snapshot units disagree")
    matrix = sparse.csc_matrix((arrays["ix_bm25_data"], arrays["ix_bm25_rows"],
                                arrays["ix_bm25_ptr"]), shape=tuple(meta["shape"]))
    lexical = BM25.restored([vocab[j] for j in arrays["ix_bm25_terms"].tolist()],
                            arrays["ix_bm25_idf"], float(meta["avg"]), matrix)
    return SearchIndex.restored([units[j] for j in source.tolist()], lexical, restorer,
                                _dense(arrays, meta, codes, trained),
                                _postings(arrays, meta["postings"]))


def remap(built: SearchIndex, arrays: Mapping[str, np.ndarray]) -> None:
    """Point `built`'s BM25 and postings at `arrays`, what `encode` made of it (mapped from a
    snapshot just written): its own copies are freed. Equal values, so a search reading the
    index meanwhile gets the same answer from either."""
    matrix = built.lexical.matrix
    built.lexical.matrix = sparse.csc_matrix(
        (arrays["ix_bm25_data"], arrays["ix_bm25_rows"], arrays["ix_bm25_ptr"]),
        shape=matrix.shape)
    built.lexical.idf = arrays["ix_bm25_idf"]
    keys = {name: list(getattr(built, name)) for name in POSTINGS}
    for name, column in _postings(arrays, keys).items():
        setattr(built, name, column)


def _dense(arrays: Mapping[str, np.ndarray], meta: Row, codes: Codes, trained: Trained | None
           ) -> IVF | Codes:
    """The saved build's IVF, or its codes in index order (exact)."""
    source, cells = arrays["ix_rows"], arrays["ix_cells"]
    if not meta["ivf"]:
        return codes.take(source)
    if trained is None or len(cells) != len(source) or \
            (len(cells) and int(cells.max()) >= len(trained.centroids)):
        raise ValueError("saved index cells and centroids disagree")
    return IVF.restored(codes, source, trained, cells)



def _postings(arrays: Mapping[str, np.ndarray], keys: Mapping[str, list[str]]
              ) -> dict[str, dict[str, np.ndarray]]:
    ptr, rows = arrays["ix_post_ptr"].tolist(), arrays["ix_post_rows"]
    out: dict[str, dict[str, np.ndarray]] = {}
    k = 0
    for name in POSTINGS:
        out[name] = {}
        for key in keys[name]:
            out[name][key] = rows[ptr[k]:ptr[k + 1]]
            k += 1
    return out
