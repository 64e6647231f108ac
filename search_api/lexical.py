"""BM25 over diacritic-folded syllables + folded bigrams + a tone-exact field (scipy.sparse).

Tokens: folded syllables ("bao"), folded bigrams ("bao_cao"), document codes kept whole
("933/qd-ubnd", "nn&mt"), and tone-exact syllables ("~bão"), which only a query typed with
diacritics produces, so "bão" (storm) outranks "bảo" when the user typed the marks.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
from scipy import sparse

from ingest.text import canon, fold, nfc

K1, B = 1.2, 0.75
_CODE = re.compile(r"\b\w+(?:[/&\-.]\w+)+\b", re.UNICODE)
_WORD = re.compile(r"\w+", re.UNICODE)


def tokens(text: str, exact: bool = True) -> list[str]:
    folded_text = fold(text)
    folded = _WORD.findall(folded_text)
    out = folded + [f"{a}_{b}" for a, b in itertools.pairwise(folded)]
    out += [c.lower() for c in _CODE.findall(folded_text)]
    if exact:
        out += [t for w in _WORD.findall(nfc(text)) for t in _exact(w)]
    return out


@lru_cache(maxsize=1 << 18)
def _exact(word: str) -> tuple[str, ...]:
    """Tone-exact tokens of one word, cached: a corpus has a few thousand distinct syllables,
    and `canon` (tone placement, character by character) is word-local."""
    return tuple("~" + w for w in _WORD.findall(canon(word)) if fold(w) != w)


class BM25:
    def __init__(self, docs: Sequence[str]) -> None:
        self.vocab: dict[str, int] = {}
        rows, cols, vals = [], [], []
        for i, doc in enumerate(docs):
            counts: dict[int, int] = {}
            for t in tokens(doc):
                j = self.vocab.setdefault(t, len(self.vocab))
                counts[j] = counts.get(j, 0) + 1
            rows += [i] * len(counts)
            cols += list(counts)
            vals += list(counts.values())
        tf = sparse.csr_matrix((vals, (rows, cols)), shape=(len(docs), max(len(self.vocab), 1)),
                               dtype=np.float32)
        self.matrix = self._weigh(tf)

    def _weigh(self, tf: sparse.csr_matrix) -> sparse.csc_matrix:
        n = tf.shape[0]
        lengths = np.asarray(tf.sum(axis=1)).ravel()
        avg = lengths.mean() if n else 1.0
        df = np.bincount(tf.indices, minlength=tf.shape[1])
        self.idf = np.log(1 + (n - df + 0.5) / (df + 0.5)).astype(np.float32)
        tf = tf.tocoo()
        norm = K1 * (1 - B + B * lengths[tf.row] / max(avg, 1e-9))
        data = tf.data * (K1 + 1) / (tf.data + norm) * self.idf[tf.col]
        return sparse.csc_matrix((data, (tf.row, tf.col)), shape=tf.shape)

    def scores(self, query: str) -> np.ndarray:
        """Summed weights of the query's distinct tokens, straight from the CSC postings."""
        out = np.zeros(self.matrix.shape[0], dtype=np.float32)
        ptr, rows, data = self.matrix.indptr, self.matrix.indices, self.matrix.data
        for j in sorted({self.vocab[t] for t in tokens(query) if t in self.vocab}):
            out[rows[ptr[j]:ptr[j + 1]]] += data[ptr[j]:ptr[j + 1]]
        return out
