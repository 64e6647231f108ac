"""A node's neighbourhood to a depth (the explorer's graph and /graph): nodes and edges,
labelled."""

from __future__ import annotations

from collections.abc import Sequence

from graph.contract import Row, Store
from graph.errors import StoreError
from graph.read.units import by_ids, plain
from graph.schema import LABELS, REL_TYPES


def _display_name(row: Row) -> str:
    for key in ("name", "number", "title", "text"):
        if row.get(key):
            text = str(row[key])
            return text if len(text) <= 120 else text[:117] + "..."
    return str(row.get("id"))


def _labels_of(store: Store, ids: Sequence[str]) -> dict[str, str]:
    """id -> label (the first of LABELS that has it)."""
    out: dict[str, str] = {}
    for r in by_ids(store, LABELS, ids, "RETURN n.id AS id, $label AS label"):
        out.setdefault(str(r["id"]), str(r["label"]))
    return out


def _hops(depth: int, rel: str | None) -> str:
    """The path pattern's relationship part: any type, or the one allowed type `rel`."""
    if depth not in (1, 2, 3):
        raise StoreError(f"depth must be 1, 2 or 3, got {depth}")
    if rel is not None and rel not in REL_TYPES:
        raise StoreError(f"unknown relationship type {rel!r} (allowed: {', '.join(REL_TYPES)})")
    return f"[{':' + rel if rel else ''}*1..{depth}]"


def neighbourhood(store: Store, node_id: str, depth: int = 1, limit: int = 200,
                  rel: str | None = None) -> Row:
    """Nodes and edges within `depth` (1..3) hops of `node_id` (the ⚓ /graph shape); `rel`: only
    relationships of that type (the explorer's "expand by relationship type")."""
    hops = _hops(depth, rel)
    start = _labels_of(store, [node_id]).get(node_id)
    if start is None:
        return {"nodes": [], "edges": []}
    edges = store.execute(
        f"MATCH (n:{start} {{id: $id}}) MATCH p = (n)-{hops}-(x) "
        "WHERE none(y IN nodes(p) WHERE y:Passage) "  # text, not an entity of the graph view
        "UNWIND relationships(p) AS r WITH DISTINCT r LIMIT $limit "
        "RETURN startNode(r).id AS source, endNode(r).id AS target, type(r) AS type, "
        "properties(r) AS props",
        {"id": node_id, "limit": limit},
    )
    ids = sorted({node_id} | {e["source"] for e in edges} | {e["target"] for e in edges})
    nodes = by_ids(store, LABELS, ids, "RETURN n.id AS id, $label AS label, n.name AS name, "
                   "n.number AS number, n.title AS title, n.text AS text, n.period AS period")
    return {
        "centre": node_id,
        "nodes": [
            {
                "id": n["id"],
                "label": n["label"],
                "name": _display_name(n),
                **({"period": n["period"]} if n["period"] else {}),
            }
            for n in nodes
        ],
        "edges": [
            {
                "source": e["source"],
                "target": e["target"],
                "type": e["type"],
                **plain(e["props"] or {}),
            }
            for e in edges
        ],
    }
