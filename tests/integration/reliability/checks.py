"""Consistency checks through the store, and a graph snapshot for equality with a clean ingest."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from graph.export import _edges, _nodes
from graph.store import BoltStore
from ingest.pipeline import parse_file
from search_api.search.cache import SearchCache
from search_api.settings import Settings

Row = dict[str, Any]
NO_MEETING = (
    "MATCH (u) WHERE (u:Directive OR u:Finding OR u:Indicator) "
    "AND NOT EXISTS { MATCH (:Meeting)-[:ISSUED|REPORTED]->(u) } RETURN count(u) AS n"
)
NO_ENDPOINT_ID = "MATCH (a)-[r]->(b) WHERE a.id IS NULL OR b.id IS NULL RETURN count(r) AS n"
PER_MEETING = (
    "MATCH (m:Meeting) RETURN m.id AS id, m.sha256 AS sha, "
    "COUNT { (m)-[:ISSUED]->(:Directive) } AS directives, "
    "COUNT { (m)-[:ISSUED]->(:Finding) } AS findings, "
    "COUNT { (m)-[:REPORTED]->(:Indicator) } AS indicators"
)
NO_VECTOR = (
    "MATCH (u) WHERE (u:Directive OR u:Finding) "
    "AND (u.embedding IS NULL OR size(u.embedding) <> $dim) RETURN count(u) AS n"
)


def parsed_counts(files: list[Path]) -> dict[str, Row]:
    """What each file parses to: the counts a stored meeting must have."""
    out = {}
    for f in files:
        ng = parse_file(f)
        out[ng.meeting.id] = {"id": ng.meeting.id, "sha": ng.meeting.sha256,
                              "directives": len(ng.directives), "findings": len(ng.findings),
                              "indicators": len(ng.indicators)}
    return out


def _count(store: BoltStore, query: str, params: Row | None = None) -> int:
    return int(store.execute(query, params or {})[0]["n"])


def assert_consistent(store: BoltStore, expected: dict[str, Row], settings: Settings) -> int:
    """Every check of a partially written store; returns how many meetings are stored."""
    assert _count(store, NO_MEETING) == 0, "a unit or indicator without its meeting"
    assert _count(store, NO_ENDPOINT_ID) == 0, "an edge to a node without id"
    meetings = store.execute(PER_MEETING, {})
    for m in meetings:
        assert m == expected[m["id"]], f"stored meeting differs from its parse: {m}"
    if store.server is not None:  # the cache of this store's own data dir (and its snapshot)
        settings = settings.model_copy(update={"data_dir": store.server.root.parent})
    cache = SearchCache(store, settings)
    assert _count(store, NO_VECTOR, {"dim": cache.embedder.dim}) == 0, "a unit without vector"
    ids = {r["id"] for r in store.execute(
        "MATCH (u) WHERE u:Directive OR u:Finding OR u:Passage RETURN u.id AS id", {})}
    index = cache.current()
    assert sorted(u.id for u in index.units) == sorted(ids)
    assert index.vectors.shape == (len(ids), cache.embedder.dim)
    return len(meetings)


@contextmanager
def app_settings(app: Any, **update: Any) -> Iterator[None]:
    """The app's settings changed for a while (pytest's monkeypatch would delete them from a
    Starlette State on undo: its attributes are not in __dict__)."""
    old = app.state.settings
    app.state.settings = old.model_copy(update=update)
    try:
        yield
    finally:
        app.state.settings = old


def snapshot(store: BoltStore) -> dict[str, Any]:
    """Every node (props, vectors left out) and edge: equal snapshots = equal graphs."""
    nodes = [{**n, "props": {k: v for k, v in n["props"].items() if k != "embedding"}}
             for n in _nodes(store)]
    edges = [{**e, "props": {k: round(v, 3) if isinstance(v, float) else v
                             for k, v in e["props"].items()}} for e in _edges(store)]
    return {"nodes": nodes, "edges": edges}
