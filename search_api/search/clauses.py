"""Sub-unit lexical scoring: a long paragraph (an assessment listing a dozen results, a department's
fifteen tasks) hides the clause a question is about under BM25's length normalisation. The
lexical channel re-scores its candidates by their best clause (split at ";" and at sentence ends),
with the unit index's idf and the candidates' mean clause length, and adds that to the unit's own
score: the whole paragraph still counts, its best part counts too (`SearchConfig.clause_weight`).
Clause term counts are cached per paragraph text, so a query costs a few milliseconds."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from ingest.text import passage
from search_api.search.index import IndexUnit
from search_api.search.lexical import BM25, K1, B, tokens

# A clause ends at ";" or at a sentence end.
_SPLIT = re.compile(r"(?<=[;.!?…])\s+")


def clauses(text: str) -> list[str]:
    return [c for c in _SPLIT.split(text) if c.strip()]


@lru_cache(maxsize=1 << 16)
def clause_counts(text: str, headings: tuple[str, ...]) -> tuple[Counter[str], ...]:
    """Term counts of each clause, indexed as the unit is: with its nearest headings."""
    return tuple(Counter(tokens(passage(c, list(headings)))) for c in clauses(text))


def best_clause(counts: Sequence[Counter[str]], weights: dict[str, float], avg: float) -> float:
    """The BM25 score of the best clause for the query terms (term -> idf)."""
    best = 0.0
    for c in counts:
        norm = K1 * (1 - B + B * sum(c.values()) / avg)
        best = max(best, sum(c[t] * (K1 + 1) / (c[t] + norm) * w
                             for t, w in weights.items() if t in c))
    return best


def rescore(lexical: BM25, query: str, scores: np.ndarray, units: Sequence[IndexUnit],
            candidates: np.ndarray, weight: float) -> np.ndarray:
    """`scores` plus `weight` times each candidate's best-clause score."""
    idf = {t: float(lexical.idf[lexical.vocab[t]]) for t in set(tokens(query))
           if t in lexical.vocab}
    if not idf or not len(candidates) or weight <= 0:
        return scores
    per = [clause_counts(units[i].text, tuple(units[i].headings[-2:])) for i in candidates]
    lengths = [sum(c.values()) for cs in per for c in cs]
    avg = max(float(np.mean(lengths)), 1.0) if lengths else 1.0
    out = scores.copy()
    for i, counts in zip(candidates, per, strict=True):
        out[i] += weight * best_clause(counts, idf, avg)
    return out
