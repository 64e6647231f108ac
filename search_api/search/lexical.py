"""BM25 over diacritic-folded syllables + folded bigrams + a tone-exact field (scipy.sparse).

Tokens: folded syllables ("bao"), folded bigrams ("bao_cao"), document codes kept whole
("933/qd-ubnd", "nn&mt"), and tone-exact syllables ("~bão"), which only a query typed with
diacritics produces, so "bão" (storm) outranks "bảo" when the user typed the marks.
"""

from __future__ import annotations

import itertools
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from scipy import sparse

from ingest.text import canon, fold, fold_text, nfc

K1, B = 1.2, 0.75
_EMPTY = np.zeros(0, dtype=np.int32)
WEIGH_ROWS = 32_768  # documents weighed at a time (~4.6 M counts at 10 k notices' 140 a row)
SHARED_AT_LEAST = 4_096  # terms: a list this long is kept with its ids (Vocabulary.ids)
_CODE = re.compile(r"\b\w+(?:[/&\-.]\w+)+\b", re.UNICODE)
_WORD = re.compile(r"\w+", re.UNICODE)


def tokens(text: str, exact: bool = True) -> list[str]:
    folded_text = fold_text(text)
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


@dataclass
class Terms:
    """Term counts of a list of documents, before weighting: what a block of the search cache
    keeps so the index is merged from blocks instead of re-tokenised. Document i holds
    `terms[cols[k]]` `vals[k]` times for k in indptr[i]:indptr[i + 1]."""

    terms: list[str]  # sorted, distinct
    indptr: np.ndarray
    cols: np.ndarray
    vals: np.ndarray

    def __len__(self) -> int:
        return len(self.indptr) - 1


def count_terms(docs: Iterable[str]) -> Terms:
    counts = [Counter(tokens(doc)) for doc in docs]
    terms = sorted({t for c in counts for t in c})
    ids = {t: j for j, t in enumerate(terms)}
    indptr = np.cumsum([0] + [len(c) for c in counts], dtype=np.int64)
    cols = np.fromiter((ids[t] for c in counts for t in c), dtype=np.int32, count=indptr[-1])
    vals = np.fromiter((n for c in counts for n in c.values()), dtype=np.int32,
                       count=indptr[-1])
    return Terms([sys.intern(t) for t in terms], indptr, cols, vals)


class Vocabulary:
    """Term -> id, append-only: blocks' terms are looked up once, merges are integer work. A
    list of terms many blocks share (a snapshot's one vocabulary) is looked up once."""

    def __init__(self) -> None:
        self.terms: list[str] = []
        self._ids: dict[str, int] = {}
        self._shared: tuple[Sequence[str], np.ndarray] | None = None  # the last large list

    def ids(self, terms: Sequence[str]) -> np.ndarray:
        if self._shared is not None and self._shared[0] is terms:
            return self._shared[1]
        for t in terms:
            if t not in self._ids:
                self._ids[t] = len(self.terms)
                self.terms.append(t)
        out = np.fromiter((self._ids[t] for t in terms), dtype=np.int32, count=len(terms))
        if len(terms) >= SHARED_AT_LEAST:
            self._shared = (terms, out)
        return out


def merge_terms(parts: Sequence[Terms], order: np.ndarray, vocabulary: Vocabulary | None = None,
                ids: Sequence[np.ndarray] | None = None) -> Terms:
    """The parts' documents one after the other, then reordered: row p is old row order[p].
    Equal to `count_terms` of the documents in that order. `ids`: each part's terms already
    looked up in `vocabulary`."""
    vocabulary = vocabulary or Vocabulary()
    ids = ids if ids is not None else [vocabulary.ids(p.terms) for p in parts]
    cols = np.concatenate([i[p.cols] for p, i in zip(parts, ids, strict=True)] or [_EMPTY])
    used = np.flatnonzero(np.bincount(cols, minlength=len(vocabulary.terms)))  # sorted, once
    names = [vocabulary.terms[i] for i in used.tolist()]
    perm = sorted(range(len(names)), key=names.__getitem__)
    lookup = np.zeros(len(vocabulary.terms), dtype=np.int32)
    lookup[used[perm]] = np.arange(len(perm), dtype=np.int32)
    cols = lookup[cols]
    lengths = np.concatenate([np.diff(p.indptr) for p in parts] or [_EMPTY])
    tf = sparse.csr_matrix((np.concatenate([p.vals for p in parts] or [_EMPTY]), cols,
                            np.concatenate([[0], np.cumsum(lengths)])),
                           shape=(len(lengths), max(len(perm), 1)))
    del cols
    if not np.array_equal(order, np.arange(len(order))):
        tf = tf[order]
    return Terms([names[i] for i in perm], tf.indptr.astype(np.int64, copy=False),
                 tf.indices.astype(np.int32, copy=False), tf.data.astype(np.int32, copy=False))


class BM25:
    def __init__(self, docs: Sequence[str] | Terms, reference: BM25 | None = None) -> None:
        """From documents, or from their (merged) term counts; the vocabulary is sorted, so
        both give the same index. With `reference` (a larger index these documents are added
        to: search_api/search/increment.py), weighed with its mean length and its idf of the
        terms it holds (the others' idf as if counted over both)."""
        counted = docs if isinstance(docs, Terms) else count_terms(docs)
        self.vocab: dict[str, int] = {t: j for j, t in enumerate(counted.terms)}
        tf = sparse.csr_matrix((counted.vals.astype(np.float32), counted.cols, counted.indptr),
                               shape=(len(counted), max(len(self.vocab), 1)))
        self.matrix = self._weigh(tf, reference, counted.terms)

    @classmethod
    def restored(cls, terms: Sequence[str], idf: np.ndarray, avg: float,
                 matrix: sparse.csc_matrix) -> BM25:
        """The BM25 a build weighed, from its parts as saved (`search_api/search/saved.py`):
        its terms by column, their idf, the mean length and the weighted matrix."""
        out = cls.__new__(cls)
        out.vocab = {t: j for j, t in enumerate(terms)}
        out.idf, out.avg, out.matrix = idf, avg, matrix
        return out

    def _weigh(self, tf: sparse.csr_matrix, reference: BM25 | None = None,
               terms: Sequence[str] = ()) -> sparse.csc_matrix:
        """Each count weighed in place, WEIGH_ROWS documents at a time (no coordinate copies of
        the matrix: at 10 k notices, 69 M counts, those were 1-2 GiB of temporaries), then made
        column-major."""
        n = tf.shape[0]
        lengths = np.asarray(tf.sum(axis=1)).ravel()
        df = np.bincount(tf.indices, minlength=tf.shape[1])
        rows = n + (reference.matrix.shape[0] if reference is not None else 0)
        self.idf = np.log(1 + (rows - df + 0.5) / (df + 0.5)).astype(np.float32)
        self.avg = float(lengths.mean()) if n else 1.0
        if reference is not None:
            self._refer(reference, terms)
        norm = K1 * (1 - B + B * lengths / max(self.avg, 1e-9))
        for lo in range(0, n, WEIGH_ROWS):  # float32, the same operations in the same order
            hi = min(n, lo + WEIGH_ROWS)
            a, z = int(tf.indptr[lo]), int(tf.indptr[hi])
            data = tf.data[a:z]
            per_count = np.repeat(norm[lo:hi], np.diff(tf.indptr[lo:hi + 1]))
            per_count += data
            data *= K1 + 1
            data /= per_count
            data *= self.idf[tf.indices[a:z]]
        return tf.tocsc()

    def _refer(self, reference: BM25, terms: Sequence[str]) -> None:
        """The reference's mean length, and its idf for the terms it holds."""
        self.avg = reference.avg
        known = [(j, reference.vocab[t]) for j, t in enumerate(terms) if t in reference.vocab]
        if known:
            mine, theirs = np.asarray(known, dtype=np.int64).T
            self.idf[mine] = reference.idf[theirs]

    def scores(self, query: str) -> np.ndarray:
        """Summed weights of the query's distinct tokens, straight from the CSC postings."""
        out = np.zeros(self.matrix.shape[0], dtype=np.float32)
        ptr, rows, data = self.matrix.indptr, self.matrix.indices, self.matrix.data
        for j in sorted({self.vocab[t] for t in tokens(query) if t in self.vocab}):
            out[rows[ptr[j]:ptr[j + 1]]] += data[ptr[j]:ptr[j + 1]]
        return out
