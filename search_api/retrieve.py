"""Retrieval as configuration: channels (lexical, dense, graph), fusion (RRF), filters, presets."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from search_api import clauses
from search_api.embed import Embedder
from search_api.expand import expand, is_bare
from search_api.index import IndexUnit, SearchIndex
from search_api.periods import in_months, month_filter, time_filter


@dataclass(frozen=True)
class SearchConfig:
    """The one place for search behaviour. Values chosen on eval/questions-hard.jsonl only
    (docs/search.md); eval/dev-questions.jsonl is reported as held out."""

    channels: tuple[str, ...] = ("lexical", "dense", "graph")
    weights: dict[str, float] = field(
        default_factory=lambda: {"lexical": 1.0, "dense": 0.5, "graph": 0.3})
    rrf_k: int = 10  # small k: a channel's first ranks count far more than its tail
    depth: int = 200  # candidates per channel
    expand: bool = True  # abbreviations -> long forms in the query (search_api/expand.py)
    restore: bool = True  # bare queries: diacritics restored for e5, instead of skipping it
    year_filter: bool = False  # "năm 2025" alone filters nothing (January reviews last year)
    clause_weight: float = 0.5  # lexical: + this x the best clause's BM25 (search_api/clauses.py)


PRESETS: dict[str, SearchConfig] = {
    "lexical": SearchConfig(channels=("lexical",)),
    "dense": SearchConfig(channels=("dense",)),
    "hybrid": SearchConfig(),
}
HYBRID = PRESETS["hybrid"]


@dataclass
class Filters:
    agency_ids: list[str] = field(default_factory=list)
    role: str | None = None  # lead | support | None (either)
    project_ids: list[str] = field(default_factory=list)
    theme_ids: list[str] = field(default_factory=list)
    since: str | None = None  # YYYY-MM, inclusive
    until: str | None = None
    kind: str | None = None  # directive | finding
    months: list[int] = field(default_factory=list)  # of any year ("6 tháng cuối năm", no year)


@dataclass
class Hit:
    id: str
    score: float  # fused RRF score: sum over channels of weight / (rrf_k + rank)
    ranks: dict[str, int] = field(default_factory=dict)


def _agency_ok(u: IndexUnit, f: Filters) -> bool:
    ids = set(f.agency_ids)
    lead, support = ids & set(u.lead_ids), ids & set(u.support_ids)
    return bool(lead if f.role == "lead" else support if f.role == "support" else lead | support)


def keep(u: IndexUnit, f: Filters) -> bool:
    return ((not f.agency_ids or _agency_ok(u, f))
            and (not f.project_ids or bool(set(f.project_ids) & set(u.project_ids)))
            and (not f.theme_ids or bool(set(f.theme_ids) & set(u.theme_ids)))
            and (not f.since or u.period >= f.since) and (not f.until or u.period <= f.until)
            and (not f.kind or u.kind == f.kind)
            and (not f.months or int(u.period[5:7] or 0) in f.months))


def _named(query: str, provinces: set[str]) -> tuple[set[str], set[str], set[str]]:
    """Agencies, projects and themes the query names (graph channel)."""
    from ingest.extract.projects import find_projects
    from ingest.extract.themes import classify
    from ingest.resolve import get_resolver, is_oversight

    agencies = {m.ref.id.split(":", 1)[1] for p in provinces for m in
                get_resolver(p).find_mentions(query) if not is_oversight(m.ref)}
    return agencies, {p.id for p in find_projects(query)}, set(classify(query))


def mask(index: SearchIndex, f: Filters) -> np.ndarray:
    """`keep` for every unit at once, from the index's postings and columns."""
    out = np.ones(len(index), dtype=bool)
    if f.agency_ids:
        columns = {"lead": [index.lead], "support": [index.support]}.get(
            f.role or "", [index.lead, index.support])
        out &= sum(index.count(c, f.agency_ids) for c in columns) > 0
    if f.project_ids:
        out &= index.count(index.projects, f.project_ids) > 0
    if f.theme_ids:
        out &= index.count(index.themes, f.theme_ids) > 0
    if f.since:
        out &= index.periods >= f.since
    if f.until:
        out &= index.periods <= f.until
    if f.kind:
        out &= index.kinds == f.kind
    if f.months:
        out &= in_months(index.periods, frozenset(f.months))
    return out


def _graph_scores(index: SearchIndex, query: str) -> np.ndarray:
    agencies, projects, themes = _named(query, {"tỉnh"})
    out: np.ndarray = 2 * index.count(index.agency_keys, agencies)
    out += 2 * index.count(index.projects, projects) + index.count(index.themes, themes)
    return out


def top(scores: np.ndarray, depth: int) -> np.ndarray:
    """Indices of the `depth` best positive scores, best first, ties by index: what a stable
    argsort of -scores gives, without sorting every unit."""
    cand = np.flatnonzero(scores > 0)
    vals = scores[cand]
    if len(cand) > depth:
        kth = np.partition(vals, len(vals) - depth)[len(vals) - depth]
        above, tied = cand[vals > kth], cand[vals == kth]
        cand = np.concatenate([above, tied[:depth - len(above)]])
        vals = scores[cand]
    return cand[np.lexsort((cand, -vals))]


def ranked(scores: np.ndarray, order: np.ndarray) -> list[tuple[int, int]]:
    """(unit, rank) along `order`; equal scores share the rank of the first of them, so units
    the graph channel scores alike are not told apart by their position in the index."""
    out: list[tuple[int, int]] = []
    for pos, i in enumerate(order.tolist()):
        tied = bool(out) and scores[i] == scores[out[-1][0]]
        out.append((i, out[-1][1] if tied else pos + 1))
    return out


def _channel(index: SearchIndex, embedder: Embedder, name: str, query: str,
             config: SearchConfig) -> np.ndarray:
    if name == "lexical":
        text = expand(query) if config.expand else query
        scores = index.lexical.scores(text)
        return clauses.rescore(index.lexical, text, scores, index.units,
                               top(scores, config.depth), config.clause_weight)
    if name == "dense":
        text = index.restorer.restore(query) if config.restore and is_bare(query) else query
        dense: np.ndarray = index.dense(embedder.embed_query(
            expand(text) if config.expand else text))
        return dense
    return _graph_scores(index, query)


def _channels(config: SearchConfig, query: str) -> tuple[str, ...]:
    """e5 is weak on Vietnamese typed without diacritics (notes/embeddings.md: 0.40 top-1): a bare
    query reaches it with its diacritics restored, or, without `restore`, skips it."""
    if not config.restore and is_bare(query) and len(config.channels) > 1:
        return tuple(c for c in config.channels if c != "dense")
    return config.channels


def query_filters(query: str, config: SearchConfig, filters: Filters | None) -> Filters:
    """The explicit filters, with the period the query names when none was given."""
    f = filters or Filters()
    if not f.since and not f.until:
        f.since, f.until = time_filter(query, config.year_filter)
        f.months = f.months or sorted(month_filter(query))
    return f


def active(f: Filters) -> bool:
    return bool(f.agency_ids or f.project_ids or f.theme_ids or f.since or f.until or f.kind
                or f.months)


def fuse(rankings: dict[str, list[tuple[str, int]]], config: SearchConfig, k: int) -> list[Hit]:
    """RRF over each channel's (unit id, rank) list."""
    fused: dict[str, Hit] = {}
    for name, pairs in rankings.items():
        for uid, rank in pairs:
            hit = fused.setdefault(uid, Hit(uid, 0.0))
            hit.score += config.weights.get(name, 1.0) / (config.rrf_k + rank)
            hit.ranks[name] = rank
    return sorted(fused.values(), key=lambda h: (-h.score, h.id))[:k]


def search(index: SearchIndex, embedder: Embedder, query: str, config: SearchConfig = HYBRID,
           filters: Filters | None = None, k: int = 10) -> list[Hit]:
    keep_ = mask(index, query_filters(query, config, filters))
    rankings = {}
    for name in _channels(config, query):
        scores = np.where(keep_, _channel(index, embedder, name, query, config), -np.inf)
        rankings[name] = [(index.units[i].id, rank)
                          for i, rank in ranked(scores, top(scores, config.depth))]
    return fuse(rankings, config, k)
