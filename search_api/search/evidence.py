""""No result": whether the best hits carry enough lexical or semantic evidence to be shown.

RRF always ranks something first, so gibberish and questions the corpus cannot answer used to get
ten confident hits. Two pieces of evidence are measured on each query:

- **lexical coverage**: of the query's folded syllables, weighted by idf (a syllable the index
  never saw weighs as much as the rarest one), the share found in the passage of the best of the
  top `evidence_depth` hits (the query with its abbreviations expanded counts too, whichever
  covers more). "sân golf" against notices without golf covers "san" only.
- **semantic similarity**: the best e5 cosine of the query to any unit the filters keep.

A search has no result when both are under their floors (`SearchConfig.min_coverage`,
`min_cosine`): either kind of evidence alone is enough to answer. The floors were chosen on the
project's own sets (docs/search.md: eval/questions-none.jsonl against the two hard sets).
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from ingest.text import fold_text
from search_api.search.expand import expand
from search_api.search.index import IndexUnit, SearchIndex, unit_passage
from search_api.search.lexical import BM25


@dataclass(frozen=True)
class Evidence:
    coverage: float  # idf-weighted share of the query's syllables in the best top hit
    cosine: float | None  # best e5 cosine (None: the dense channel did not run)
    pairs: float = 0.0  # the same for the query's adjacent syllable pairs (BM25's bigrams)


_SYLLABLE = re.compile(r"[^\W_]+")  # as BM25 reads words: punctuation never sticks to one


def _syllables(text: str, pairs: bool = False) -> set[str]:
    words = _SYLLABLE.findall(fold_text(text)) if text else []
    return {f"{a}_{b}" for a, b in itertools.pairwise(words)} if pairs else set(words)


@lru_cache(maxsize=1 << 14)
def _unit_syllables(passage: str, pairs: bool = False) -> frozenset[str]:
    return frozenset(_syllables(expand(passage), pairs))


def _idf(lexical: BM25, syllable: str, ceiling: float) -> float:
    j = lexical.vocab.get(syllable)
    return float(lexical.idf[j]) if j is not None else ceiling


def coverage(lexical: BM25, query: str, units: list[IndexUnit], pairs: bool = False) -> float:
    """The idf-weighted share of the query's syllables (or adjacent pairs) in the best of
    `units` (0 when none)."""
    n = lexical.matrix.shape[0]
    ceiling = math.log(1 + (n + 0.5) / 0.5)
    best = 0.0
    for q in {query, expand(query)}:
        words = _syllables(q, pairs)
        total = sum(_idf(lexical, w, ceiling) for w in words)
        if total <= 0:
            continue
        for u in units:
            have = _unit_syllables(unit_passage(u), pairs)
            best = max(best, sum(_idf(lexical, w, ceiling) for w in words & have) / total)
    return best


def measure(index: SearchIndex, query: str, top_units: list[IndexUnit],
            dense: np.ndarray | None) -> Evidence:
    """The evidence of a query's top units; `dense`: the dense channel's masked scores."""
    cosine = None
    if dense is not None and len(dense) and np.isfinite(dense).any():
        cosine = float(np.max(dense[np.isfinite(dense)]))
    return Evidence(coverage(index.lexical, query, top_units), cosine,
                    coverage(index.lexical, query, top_units, pairs=True))


def answered(evidence: Evidence, min_coverage: float, min_cosine: float) -> bool:
    """Enough lexical or semantic evidence (a floor of 0 turns that check off)."""
    if min_coverage <= 0 and min_cosine <= 0:
        return True
    lexical = evidence.coverage >= min_coverage if min_coverage > 0 else False
    semantic = evidence.cosine is not None and min_cosine > 0 and evidence.cosine >= min_cosine
    return lexical or semantic
