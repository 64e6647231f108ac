"""Reads for search: the store-backed channels (vector and full-text index calls, the units of
named agencies/projects/themes), the REPEATS of hits, and the task (cross-month chain,
`Directive.task`) of each hit with every occurrence, for `group=task` (search/grouping.py)."""

from __future__ import annotations

from collections.abc import Sequence

from graph.contract import Row, Store
from graph.rows import TaskMember
from graph.schema import UNIT_LABELS

TASKS_OF = ("MATCH (d:Directive) WHERE d.id IN $ids "
            "RETURN d.id AS id, coalesce(d.task, d.id) AS task")
OCCURRENCES = ("MATCH (m:Meeting)-[:ISSUED]->(d:Directive) WHERE d.task IN $tasks "
               "RETURN d.task AS task, d.id AS id, m.id AS meeting, m.period AS period")


def tasks_of(store: Store, ids: Sequence[str]) -> dict[str, str]:
    """Directive id -> its task id (a directive never linked is its own task)."""
    if not ids:
        return {}
    return {str(r["id"]): str(r["task"]) for r in store.execute(TASKS_OF, {"ids": list(ids)})}


def occurrences(store: Store, tasks: Sequence[str]) -> dict[str, list[TaskMember]]:
    """Task id -> its directives ({id, meeting, period}) by period then id."""
    out: dict[str, list[TaskMember]] = {}
    if not tasks:
        return out
    for r in store.execute(OCCURRENCES, {"tasks": sorted(set(tasks))}):
        out.setdefault(str(r["task"]), []).append(
            {"id": r["id"], "meeting": r["meeting"], "period": r["period"]})
    return {t: sorted(rows, key=lambda r: (str(r["period"]), str(r["id"])))
            for t, rows in out.items()}


def repeats_of(store: Store, ids: Sequence[str]) -> dict[str, list[str]]:
    """Directive id -> the ids of the directives it REPEATS, for those that repeat any."""
    rows = store.execute("MATCH (a:Directive)-[:REPEATS]->(b:Directive) WHERE a.id IN $ids "
                         "RETURN a.id AS a, collect(b.id) AS b", {"ids": list(ids)})
    return {str(r["a"]): sorted(r["b"]) for r in rows}


VECTOR_CALL = "db.index.vector.queryNodes($index, $k, $v)"
# the limit inside the call: ArcadeDB materialises every match otherwise (~500 k nodes for
# common words at 10 k notices: out of heap); Neo4j 5 takes the same option
FULLTEXT_CALL = "db.index.fulltext.queryNodes($index, $q, {limit: $k})"


def index_hits(store: Store, call: str, index: str, params: Row, k: int) -> list[tuple[str, float]]:
    """(unit id, engine score) of one vector or full-text index procedure call (VECTOR_CALL:
    params {v}; FULLTEXT_CALL: params {q}), best first, at most `k`."""
    if call not in (VECTOR_CALL, FULLTEXT_CALL):
        raise ValueError(f"not an index call: {call}")
    rows = store.execute(f"CALL {call} YIELD node, score "
                         "RETURN node.id AS id, score ORDER BY score DESC LIMIT $k",
                         {**params, "index": index, "k": k})
    return [(str(r["id"]), float(r["score"])) for r in rows]


def fulltext_count(store: Store, index: str, q: str, cap: int) -> int:
    """How many units of one full-text index match the Lucene query `q`, counted up to `cap`
    (the limit inside the call, as FULLTEXT_CALL: a common word never materialises every
    unit)."""
    rows = store.execute(f"CALL {FULLTEXT_CALL} YIELD node RETURN count(node) AS n",
                         {"index": index, "q": q, "k": cap})
    return int(rows[0]["n"]) if rows else 0


def unit_count(store: Store) -> int:
    """The number of units (directives, findings, passages) in the store."""
    return sum(int(r["n"]) for lab in UNIT_LABELS
               for r in store.execute(f"MATCH (n:{lab}) RETURN count(n) AS n", {}))


NAMED_UNITS = (  # from the few named nodes to their units, not from every unit
    "MATCH (a:Agency) WHERE split(a.id, ':')[1] IN $agencies MATCH (u)-[:ASSIGNED_TO]->(a) "
    "RETURN u.id AS id, 2 * count(DISTINCT split(a.id, ':')[1]) AS s UNION ALL "
    "MATCH (p:Project) WHERE p.id IN $projects MATCH (u)-[:CONCERNS]->(p) "
    "RETURN u.id AS id, 2 * count(DISTINCT p.id) AS s UNION ALL "
    "MATCH (t:Theme) WHERE t.id IN $themes MATCH (u)-[:ABOUT]->(t) "
    "RETURN u.id AS id, count(DISTINCT t.id) AS s"
)


def named_unit_scores(store: Store, agencies: Sequence[str], projects: Sequence[str],
                      themes: Sequence[str]) -> dict[str, float]:
    """The graph channel in the store: per unit, 2 per named agency (either role, by its key)
    and project it is linked to, 1 per theme."""
    scores: dict[str, float] = {}
    params = {"agencies": sorted(agencies), "projects": sorted(projects), "themes": sorted(themes)}
    for r in store.execute(NAMED_UNITS, params):
        scores[str(r["id"])] = scores.get(str(r["id"]), 0.0) + float(r["s"])
    return scores
