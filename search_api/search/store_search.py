"""Search answered by the store's own indexes (CHIDAO_SEARCH_INDEX=store): the dense channel is
`db.index.vector.queryNodes`, the lexical one `db.index.fulltext.queryNodes` over the units'
folded text (graph.schema.TEXT_PROPERTY), the graph channel a Cypher count of the named agencies,
projects and themes. Filters and RRF fusion are fusion.py's. The process holds no unit index.

Filters are applied after each index's top k' (ANN and full-text cannot filter inside the index
here): with a filter set, k' = OVERFETCH x depth, so a filter that keeps fewer than 1 unit in
OVERFETCH of a channel's candidates can miss units the exact in-memory search would rank.

"No result" (search/evidence.py) as the memory backend decides it: the best cosine is the
vector index's first kept hit, and the idf behind the coverage and the names comes from the
full-text index (`StoreTerms`: one count per query term, capped at DF_CAP, so a term common to
more than DF_CAP units weighs like one in exactly DF_CAP; the full-text index is folded, so a
tone-exact syllable weighs by its folded count).
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

import numpy as np

from graph.read import search as search_reads
from graph.read import units as units_reads
from graph.rows import UnitRow
from graph.schema import UNIT_LABELS
from graph.store import BoltStore
from ingest.text import fold
from search_api.search import evidence, fusion
from search_api.search.due import Due, due_in_query
from search_api.search.due import scores as due_scores
from search_api.search.embed import Embedder
from search_api.search.expand import abbreviations, expand
from search_api.search.index import unit_from_row

Row = dict[str, Any]
Scored = list[tuple[str, float]]  # (unit id, score), best first
OVERFETCH = 5
DF_CAP = 1000  # a term's units counted up to this many (full-text limit inside the call)
_WORD = re.compile(r"\w+", re.UNICODE)
_LUCENE = re.compile(r'([+\-!(){}\[\]^"~*?:\\/]|&&|\|\|)')


def lucene_escape(term: str) -> str:
    """`term` with every Lucene query-syntax character backslash-escaped."""
    return _LUCENE.sub(r"\\\1", term)


def lucene_query(query: str, config: fusion.SearchConfig) -> str:
    """The lexical query over folded text: each folded word, each adjacent pair as a phrase (the
    bigrams of the in-memory BM25), and the abbreviation of any long form the query spells out
    (the indexed text is not expanded). Words only: no user character reaches Lucene's syntax.
    Empty when the query has no word."""
    folded = fold(expand(query) if config.expand else query)
    words = _WORD.findall(folded)
    short = [" ".join(_WORD.findall(abbr)) for abbr, long in abbreviations().items()
             if f" {fold(long)} " in f" {folded} "]
    phrases = [f"{a} {b}" for a, b in itertools.pairwise(words)] + [s for s in short if s]
    terms = [lucene_escape(w) for w in dict.fromkeys(words)]
    return " ".join(terms + [f'"{lucene_escape(p)}"' for p in dict.fromkeys(phrases)])


@dataclass
class StoreTerms:
    """evidence.Terms of the store's full-text index, each term counted once per search."""

    store: BoltStore
    _n: int | None = None
    _df: dict[str, int] = field(default_factory=dict)

    @property
    def n(self) -> int:
        if self._n is None:
            self._n = search_reads.unit_count(self.store)
        return self._n

    def idf(self, key: str) -> float | None:
        """BM25's idf from the term's count of units; a "~" syllable by its folded count, a
        pair "a_b" or a code as the phrase of its words."""
        words = _WORD.findall(fold(key.lstrip("~").replace("_", " ")))
        if not words:
            return None
        if key not in self._df:
            text = lucene_escape(words[0]) if len(words) == 1 else \
                '"' + lucene_escape(" ".join(words)) + '"'
            self._df[key] = sum(search_reads.fulltext_count(
                self.store, self.store.engine.fulltext_index(lab), text, DF_CAP)
                for lab in UNIT_LABELS)
        df = min(self._df[key], max(self.n, 1))
        return math.log(1 + (self.n - df + 0.5) / (df + 0.5)) if df else None


def _query_index(store: BoltStore, call: str, params: Row, want: int) -> Scored:
    out: Scored = []
    for label in UNIT_LABELS:
        index = (store.engine.vector_index(label) if call == search_reads.VECTOR_CALL
                 else store.engine.fulltext_index(label))
        out += search_reads.index_hits(store, call, index, params, want)
    return sorted(out, key=lambda p: (-p[1], p[0]))[:want]


def _dense(store: BoltStore, embedder: Embedder, query: str, config: fusion.SearchConfig,
           want: int) -> Scored:
    vector = [float(x) for x in embedder.embed_query(expand(query) if config.expand else query)]
    found = _query_index(store, search_reads.VECTOR_CALL, {"v": vector}, want)
    return [(i, store.engine.cosine(s)) for i, s in found]


def _lexical(store: BoltStore, query: str, config: fusion.SearchConfig, want: int) -> Scored:
    text = lucene_query(query, config)
    if not text:
        return []
    return _query_index(store, search_reads.FULLTEXT_CALL, {"q": text}, want)


def _graph(store: BoltStore, query: str, want: int) -> Scored:
    """retrieve's graph channel: 2 per named agency (either role) and project, 1 per theme."""
    agencies, projects, themes = fusion._named(query, {"tỉnh"})
    if not (agencies or projects or themes):
        return []
    scores = search_reads.named_unit_scores(store, sorted(agencies), sorted(projects),
                                            sorted(themes))
    return sorted(scores.items(), key=lambda p: (-p[1], p[0]))[:want]


def _due(row: UnitRow) -> str | None:
    return row["deadline"]["date"] if row["deadline"] else None


def _deadline(rows: dict[str, UnitRow], named: Due) -> Scored:
    """The deadline channel over the other channels' candidates (their stored deadlines)."""
    ids = sorted(rows)
    got = due_scores(np.asarray([str(_due(rows[i]) or "") for i in ids], dtype=str), named)
    return sorted(((i, float(v)) for i, v in zip(ids, got, strict=True) if v > 0),
                  key=lambda p: (-p[1], p[0]))


def _ranks(found: Scored) -> list[tuple[str, int]]:
    """(id, rank) with equal scores sharing a rank, as fusion.ranked does."""
    scores = np.asarray([s for _, s in found], dtype=np.float64)
    return [(found[i][0], rank) for i, rank in fusion.ranked(scores, np.arange(len(found)))]


def _rows(store: BoltStore, ids: set[str] | list[str]) -> dict[str, UnitRow]:
    out = {r["id"]: r for r in units_reads.units_by_id(store, sorted(ids))}
    for r in out.values():
        r.pop("embedding", None)
    return out


def run(store: BoltStore, embedder: Embedder, query: str, config: fusion.SearchConfig,
        filters: fusion.Filters | None, k: int) -> tuple[fusion.Outcome, dict[str, UnitRow]]:
    """The ranked hits with the evidence behind them, and their rows; no hits when the
    evidence is under the preset's floors (`fusion.decided`: the judge abstains, no spread
    without the store's median cosine; `fusion.STORE_PRESETS` holds the floors chosen for this
    backend). Bare queries skip the dense channel (no corpus-wide diacritic restorer without an
    in-process index: retrieve's `restore=False` path)."""
    config = replace(config, restore=False)
    f = fusion.query_filters(query, config, filters)
    found, rows = _found(store, embedder, query, config, f)
    hits = fusion.fuse({n: _ranks(pairs[:config.depth]) for n, pairs in found.items()},
                       config, max(k, config.evidence_depth))
    rows.update(_rows(store, [h.id for h in hits if h.id not in rows]))
    dense = found.get("dense")
    ev = evidence.of_terms(StoreTerms(store), query,
                           [unit_from_row(rows[h.id]) for h in hits[:config.evidence_depth]],
                           dense[0][1] if dense else None,
                           not hits or evidence.agree(hits[0].ranks))
    if not hits or not fusion.decided(ev, config):
        kept = not fusion.active(f) or any(found.values())
        return fusion.Outcome([], ev, fusion.why(kept, bool(hits), ev)), rows
    return fusion.Outcome(hits[:k], ev), rows


def _found(store: BoltStore, embedder: Embedder, query: str, config: fusion.SearchConfig,
           f: fusion.Filters) -> tuple[dict[str, Scored], dict[str, UnitRow]]:
    """Each channel's (unit id, score) list, best first, filtered; the rows read for it."""
    filtered = fusion.active(f)
    want = config.depth * (OVERFETCH if filtered else 1)
    found: dict[str, Scored] = {}
    channels = fusion._channels(config, query)
    for name in (c for c in channels if c != "deadline"):
        found[name] = (_lexical(store, query, config, want) if name == "lexical" else
                       _dense(store, embedder, query, config, want) if name == "dense" else
                       _graph(store, query, want))
    named = due_in_query(query, f.as_of or date.today()) \
        if "deadline" in channels and config.deadlines else None
    ids = {i for pairs in found.values() for i, _ in pairs}
    rows = _rows(store, ids) if filtered or named else {}
    if named is not None and named.cued:
        found["deadline"] = _deadline(rows, named)
    if filtered:
        kept = {i for i, r in rows.items() if fusion.keep(unit_from_row(r), f)}
        found = {n: [p for p in pairs if p[0] in kept] for n, pairs in found.items()}
    return found, rows
