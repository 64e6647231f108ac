"""Search answered by the store's own indexes (CHIDAO_SEARCH_INDEX=store): the dense channel is
`db.index.vector.queryNodes`, the lexical one `db.index.fulltext.queryNodes` over the units'
folded text (graph.schema.TEXT_PROPERTY), the graph channel a Cypher count of the named agencies,
projects and themes. Filters and RRF fusion are fusion.py's. The process holds no unit index.

Filters are applied after each index's top k' (ANN and full-text cannot filter inside the index
here): with a filter set, k' = OVERFETCH x depth, so a filter that keeps fewer than 1 unit in
OVERFETCH of a channel's candidates can miss units the exact in-memory search would rank.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from datetime import date
from typing import Any

import numpy as np

from graph.read import search as search_reads
from graph.read import units as units_reads
from graph.rows import UnitRow
from graph.schema import UNIT_LABELS
from graph.store import BoltStore
from ingest.text import fold
from search_api.search import fusion
from search_api.search.due import Due, due_in_query
from search_api.search.due import scores as due_scores
from search_api.search.embed import Embedder
from search_api.search.expand import abbreviations, expand
from search_api.search.index import unit_from_row

Row = dict[str, Any]
Scored = list[tuple[str, float]]  # (unit id, score), best first
OVERFETCH = 5
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


def search(store: BoltStore, embedder: Embedder, query: str, config: fusion.SearchConfig,
           filters: fusion.Filters | None, k: int) -> tuple[list[fusion.Hit], dict[str, UnitRow]]:
    """Hits and their result rows. Bare queries skip the dense channel (no corpus-wide
    diacritic restorer without an in-process index: retrieve's `restore=False` path)."""
    config = replace(config, restore=False)
    f = fusion.query_filters(query, config, filters)
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
    hits = fusion.fuse({n: _ranks(pairs[:config.depth]) for n, pairs in found.items()},
                         config, k)
    rows.update(_rows(store, [h.id for h in hits if h.id not in rows]))
    return hits, rows
