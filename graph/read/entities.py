"""Reads over a Store: units for the search index, entity views, look-ups, neighbourhoods, stats."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz, process

from graph.errors import StoreError
from graph.schema import LABELS, REL_TYPES, UNIT_LABELS
from graph.schema import label as check_label
from graph.write import clear_repeats, write_next_chain, write_repeats
from ingest.text import fold

if TYPE_CHECKING:
    from graph.store import Store

Row = dict[str, Any]
__all__ = [
    "agency_directives",
    "by_ids",
    "clear_repeats",
    "find_by_name",
    "get_agency",
    "get_directive",
    "get_meeting",
    "get_project",
    "list_agencies",
    "list_meetings",
    "list_projects",
    "list_themes",
    "meeting_shas",
    "neighbourhood",
    "node_counts",
    "stats",
    "units_by_id",
    "units_of_meetings",
    "write_next_chain",
    "write_repeats",
]


def plain(value: Any) -> Any:
    """Driver values to JSON-friendly Python (temporal -> ISO string), recursively."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if hasattr(value, "iso_format"):
        return str(value.iso_format())
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return value


UNIT_RETURN = (
    "OPTIONAL MATCH (m:Meeting)-[:ISSUED]->(u) "
    "RETURN u AS u, labels(u) AS labels, m.id AS mid, m.period AS period, m.date AS mdate, "
    "m.title AS mtitle, "
    "[(u)-[r:ASSIGNED_TO]->(a:Agency) | {id: a.id, name: a.name, role: r.role}] AS agencies, "
    "[(u)-[:CONCERNS]->(p:Project) | {id: p.id, name: p.name}] AS projects, "
    "[(u)-[:ABOUT]->(t:Theme) | {id: t.id, name: t.name}] AS themes"
)


def _deadline(props: Row) -> Row | None:
    if props.get("deadline_date") is None:
        return None
    return {
        "date": plain(props["deadline_date"]),
        "precision": props.get("deadline_precision"),
        "text": props.get("deadline_text"),
    }


def _kind(labels: Sequence[str]) -> str:
    return "directive" if "Directive" in labels else "passage" if "Passage" in labels \
        else "finding"


def _unit(row: Row) -> Row:
    u = dict(row["u"])
    agencies = row["agencies"] or []
    return {
        "id": u["id"],
        "kind": _kind(row["labels"]),
        "finding_kind": u.get("kind"),
        "text": u.get("text"),
        "section": u.get("section"),
        "headings": list(u.get("headings") or []),
        "span": [u.get("span_start"), u.get("span_end")],
        "order": u.get("order"),
        "meeting": {
            "id": row["mid"],
            "period": row["period"],
            "date": plain(row["mdate"]),
            "title": row["mtitle"],
        },
        "lead": [{"id": a["id"], "name": a["name"]} for a in agencies if a["role"] == "lead"],
        "support": [{"id": a["id"], "name": a["name"]} for a in agencies if a["role"] == "support"],
        "projects": row["projects"] or [],
        "themes": row["themes"] or [],
        "deadline": _deadline(u),
        "embedding": [float(x) for x in u["embedding"]] if u.get("embedding") else None,
    }


def by_ids(store: Store, labels: Sequence[str], ids: Sequence[str], then: str,
           var: str = "n") -> list[Row]:
    """`MATCH ({var}:Label) WHERE {var}.id IN $ids {then}` for each label (from an allow-list),
    each answered by that label's id index; `$label` holds the label. A label-less match scans
    every node (seconds per call at 10 k notices)."""
    return [r for lab in labels for r in store.execute(
        f"MATCH ({var}:{check_label(lab)}) WHERE {var}.id IN $ids {then}",
        {"ids": list(ids), "label": lab})]


def units_of_meetings(store: Store, meeting_ids: Sequence[str]) -> list[Row]:
    """The units issued by these meetings, in id order, each with its meeting, agencies by role,
    projects, themes, deadline and embedding (`_unit`)."""
    rows = store.execute(
        "MATCH (m:Meeting)-[:ISSUED]->(u) WHERE m.id IN $ids "
        "AND (u:Directive OR u:Finding OR u:Passage) "
        f"WITH u {UNIT_RETURN}",
        {"ids": list(meeting_ids)},
    )
    return sorted((_unit(r) for r in rows), key=lambda x: str(x["id"]))


def units_by_id(store: Store, ids: Sequence[str]) -> list[Row]:
    """The units (as `units_of_meetings` rows) with these ids, in id order (`by_ids`)."""
    rows = by_ids(store, UNIT_LABELS, ids, f"WITH u {UNIT_RETURN}", var="u")
    return sorted((_unit(r) for r in rows), key=lambda x: str(x["id"]))


def meeting_shas(store: Store) -> dict[str, str]:
    """Every meeting's id -> the sha256 of the notice version stored."""
    rows = store.execute("MATCH (m:Meeting) RETURN m.id AS id, m.sha256 AS sha", {})
    return {str(r["id"]): str(r["sha"]) for r in rows}


def _node(props: Any) -> Row:
    out = plain(dict(props))
    out.pop("embedding", None)
    out.pop("folded", None)
    return dict(out)


def list_meetings(store: Store, period: str | None = None) -> list[Row]:
    """Meetings (optionally of one period YYYY-MM), by period then date."""
    rows = store.execute(
        "MATCH (m:Meeting) WHERE $period IS NULL OR m.period = $period "
        "RETURN m AS m, COUNT { (m)-[:ISSUED]->(:Directive) } AS directives "
        "ORDER BY m.period, m.id",
        {"period": period},
    )
    return [{**_node(r["m"]), "directives": r["directives"]} for r in rows]


def get_meeting(store: Store, meeting_id: str) -> Row | None:
    """A meeting with its directives and findings (id, section, text, order) and indicators."""
    rows = store.execute("MATCH (m:Meeting {id: $id}) RETURN m AS m", {"id": meeting_id})
    if not rows:
        return None
    units = store.execute(
        "MATCH (:Meeting {id: $id})-[:ISSUED]->(u) RETURN u.id AS id, labels(u)[0] AS label, "
        "u.section AS section, u.text AS text, u.order AS order ORDER BY u.order, u.id",
        {"id": meeting_id},
    )
    inds = store.execute(
        "MATCH (:Meeting {id: $id})-[:REPORTED]->(i:Indicator) RETURN i AS i ORDER BY i.span_start",
        {"id": meeting_id},
    )
    return {
        **_node(rows[0]["m"]),
        "directives": [u for u in units if u["label"] == "Directive"],
        "findings": [u for u in units if u["label"] == "Finding"],
        "passages": [u for u in units if u["label"] == "Passage"],
        "indicators": [_node(r["i"]) for r in inds],
    }


def get_directive(store: Store, directive_id: str) -> Row | None:
    """A directive with meeting, agencies+roles, projects, themes, deadline, documents, REPEATS."""
    rows = store.execute(
        f"MATCH (u:Directive {{id: $id}}) {UNIT_RETURN}, "
        "[(u)-[:CITES]->(l:LegalDocument) | l {.id, .number, .kind, .title}] AS documents, "
        "[(u)-[r:REPEATS]->(o:Directive) | {id: o.id, similarity: r.similarity}] AS rep_out, "
        "[(o:Directive)-[r:REPEATS]->(u) | {id: o.id, similarity: r.similarity}] AS rep_in",
        {"id": directive_id},
    )
    if not rows:
        return None
    unit = _unit(rows[0])
    unit.pop("embedding")
    unit["agencies"] = rows[0]["agencies"]
    unit["documents"] = rows[0]["documents"]
    unit["repeats"] = {"out": rows[0]["rep_out"], "in": rows[0]["rep_in"]}
    return unit


def list_agencies(store: Store) -> list[Row]:
    """Agencies with their number of assigned directives."""
    rows = store.execute(
        "MATCH (a:Agency) RETURN a AS a, "
        "COUNT { (:Directive)-[:ASSIGNED_TO]->(a) } AS directives ORDER BY a.id",
        {},
    )
    return [{**_node(r["a"]), "directives": r["directives"]} for r in rows]


def get_agency(store: Store, agency_id: str) -> Row | None:
    """An agency with predecessors and successors (SUCCEEDED_BY)."""
    rows = store.execute(
        "MATCH (a:Agency {id: $id}) RETURN a AS a, "
        "[(p:Agency)-[:SUCCEEDED_BY]->(a) | p {.id, .name}] AS predecessors, "
        "[(a)-[:SUCCEEDED_BY]->(s:Agency) | s {.id, .name}] AS successors",
        {"id": agency_id},
    )
    if not rows:
        return None
    r = rows[0]
    return {**_node(r["a"]), "predecessors": r["predecessors"], "successors": r["successors"]}


def list_projects(store: Store) -> list[Row]:
    rows = store.execute(
        "MATCH (p:Project) RETURN p AS p, COUNT { ()-[:CONCERNS]->(p) } AS units ORDER BY p.id", {}
    )
    return [{**_node(r["p"]), "units": r["units"]} for r in rows]


def get_project(store: Store, project_id: str) -> Row | None:
    """A project with the directives/findings concerning it (id, meeting, text), by period."""
    rows = store.execute("MATCH (p:Project {id: $id}) RETURN p AS p", {"id": project_id})
    if not rows:
        return None
    units = store.execute(
        "MATCH (m:Meeting)-[:ISSUED]->(u)-[:CONCERNS]->(:Project {id: $id}) "
        "RETURN u.id AS id, labels(u)[0] AS label, u.text AS text, m.id AS meeting, "
        "m.period AS period ORDER BY m.period, u.order",
        {"id": project_id},
    )
    return {**_node(rows[0]["p"]), "units": units}


def list_themes(store: Store) -> list[Row]:
    rows = store.execute(
        "MATCH (t:Theme) RETURN t AS t, COUNT { ()-[:ABOUT]->(t) } AS units ORDER BY t.id", {}
    )
    return [{**_node(r["t"]), "units": r["units"]} for r in rows]


def find_by_name(store: Store, label: str, text: str, cutoff: float = 85.0) -> list[str]:
    """Ids of `label` nodes named `text`: id or indexed folded name first; else aliases, fuzzy."""
    lab = check_label(label)
    key = fold(text)
    direct = store.execute(
        f"MATCH (n:{lab}) WHERE n.id = $text OR n.folded = $key OR n.id ENDS WITH $tail "
        "RETURN n.id AS id",
        {"text": text, "key": key, "tail": ":" + text},
    )
    if direct:
        return sorted({str(r["id"]) for r in direct})
    rows = store.execute(
        f"MATCH (n:{lab}) RETURN n.id AS id, n.name AS name, "
        "n.aliases AS aliases, n.number AS number",
        {},
    )
    names = {
        r["id"]: [str(x) for x in [r["name"], r["number"], *(r["aliases"] or [])] if x]
        for r in rows
    }
    exact = [i for i, ns in names.items() if i == text or key in {fold(n) for n in ns}]
    if exact:
        return sorted(exact)
    choices = {(i, k): fold(n) for i, ns in names.items() for k, n in enumerate(ns)}
    hits = process.extract(key, choices, scorer=fuzz.token_sort_ratio, score_cutoff=cutoff, limit=5)
    return list(dict.fromkeys(ident for _, _, (ident, _) in hits))


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


def neighbourhood(store: Store, node_id: str, depth: int = 1, limit: int = 200) -> Row:
    """Nodes and edges within `depth` (1..3) hops of `node_id` (the ⚓ /graph shape)."""
    if depth not in (1, 2, 3):
        raise StoreError(f"depth must be 1, 2 or 3, got {depth}")
    start = _labels_of(store, [node_id]).get(node_id)
    if start is None:
        return {"nodes": [], "edges": []}
    edges = store.execute(
        f"MATCH (n:{start} {{id: $id}}) MATCH p = (n)-[*1..{depth}]-(x) "
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


def agency_directives(
    store: Store, agency_ids: Sequence[str], role: str | None = None
) -> list[Row]:
    """Raw rows (directive, meeting, agency, role, deadline) for the obligations view."""
    rows = store.execute(
        "MATCH (m:Meeting)-[:ISSUED]->(d:Directive)-[r:ASSIGNED_TO]->(a:Agency) "
        "WHERE a.id IN $ids AND ($role IS NULL OR r.role = $role) "
        "RETURN d.id AS id, d.text AS text, d.section AS section, d.order AS order, "
        "d.deadline_date AS deadline_date, d.deadline_precision AS deadline_precision, "
        "d.deadline_text AS deadline_text, m.id AS meeting_id, m.period AS period, "
        "m.date AS meeting_date, a.id AS agency_id, a.name AS agency_name, r.role AS role "
        "ORDER BY m.period, d.order, d.id",
        {"ids": list(agency_ids), "role": role},
    )
    return [plain(r) for r in rows]


STAT_LABELS = {
    "meetings": "Meeting",
    "directives": "Directive",
    "findings": "Finding",
    "passages": "Passage",
    "agencies": "Agency",
    "projects": "Project",
    "themes": "Theme",
}


def node_counts(store: Store, keys: Sequence[str] = tuple(STAT_LABELS)) -> dict[str, int]:
    """Nodes per label (keys of STAT_LABELS): a count by label, which the engines answer from
    their per-label statistics (2 ms at 10 k notices, where counting edges takes seconds)."""
    return {key: int(store.execute(f"MATCH (n:{STAT_LABELS[key]}) RETURN count(n) AS n",
                                   {})[0]["n"]) for key in keys}


def stats(store: Store) -> Row:
    """The ⚓ `chidao stats --json` shape."""
    out: Row = dict(node_counts(store))
    rows = store.execute("MATCH ()-[r]->() RETURN type(r) AS t, count(r) AS n", {})
    counts = {r["t"]: int(r["n"]) for r in rows}
    out["edges"] = {t: counts.get(t, 0) for t in REL_TYPES}
    return out
