"""The IVF dense index: exact scores on its candidates, deterministic, close to exact ranking."""

import numpy as np
import pytest

from search_api.search.ann import IVF, kmeans
from search_api.search.fusion import top
from search_api.search.index import IndexUnit, SearchIndex


def clustered(n: int, dim: int = 16, centres: int = 40, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    c = rng.normal(size=(centres, dim))
    v = c[rng.integers(0, centres, n)] + 0.3 * rng.normal(size=(n, dim))
    return (v / np.linalg.norm(v, axis=1, keepdims=True)).astype(np.float32)


def test_candidates_get_their_dot_products_and_the_rest_none() -> None:
    v = clustered(3000)
    ivf = IVF(v)
    q = v[7]
    scores = ivf.scores(v, q)
    rows = ivf.candidates(q)
    assert 0 < len(rows) < len(v) and np.array_equal(np.flatnonzero(np.isfinite(scores)), rows)
    assert np.allclose(scores[rows], v[rows] @ q, rtol=1e-6, atol=1e-6)
    assert 7 in rows.tolist()  # a stored vector finds its own cell


def test_probing_every_cell_is_exact() -> None:
    v = clustered(1000)
    ivf = IVF(v, lists=20, nprobe=20)
    q = clustered(1, seed=3)[0]
    assert np.allclose(ivf.scores(v, q), v @ q, rtol=1e-6, atol=1e-6)


def test_same_vectors_same_cells() -> None:
    v = clustered(2000)
    a, b = IVF(v), IVF(v)
    assert np.array_equal(a.centroids, b.centroids) and np.array_equal(a.rows, b.rows)
    assert np.array_equal(kmeans(v[:500], 8, seed=1), kmeans(v[:500], 8, seed=1))


def test_top_ten_mostly_as_exact_on_clustered_vectors() -> None:
    v = clustered(5000)
    ivf = IVF(v, nprobe=8)
    queries = clustered(50, seed=9)
    recall = [len(set(top(v @ q, 10).tolist()) & set(top(ivf.scores(v, q), 10).tolist())) / 10
              for q in queries]
    assert np.mean(recall) >= 0.9


def test_index_is_exact_up_to_the_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    units = [IndexUnit(id=f"u{i}", kind="directive", text=f"văn bản {i}", meeting_id="m",
                       period="2025-01") for i in range(300)]
    v = clustered(300)
    assert SearchIndex(units, v).ann is None
    assert np.array_equal(SearchIndex(units, v).dense(v[0]), v @ v[0])
    monkeypatch.setattr("search_api.search.index.EXACT_UP_TO", 100)
    big = SearchIndex(units, v)
    assert big.ann is not None
    assert np.array_equal(big.dense(v[0]), big.ann.scores(v, v[0]))
