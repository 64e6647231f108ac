"""Entity views and look-ups: meetings, directives, agencies (with their lineage), projects,
themes; a name to ids (exact, aliases, fuzzy)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from rapidfuzz import fuzz, process

from graph.contract import Row, Store
from graph.read.units import UNIT_RETURN, node_props, plain, unit_row
from graph.rows import AgencyDirective
from graph.schema import label as check_label
from ingest.text import fold


def list_meetings(store: Store, period: str | None = None) -> list[Row]:
    """Meetings (optionally of one period YYYY-MM), by period then date."""
    rows = store.execute(
        "MATCH (m:Meeting) WHERE $period IS NULL OR m.period = $period "
        "RETURN m AS m, COUNT { (m)-[:ISSUED]->(:Directive) } AS directives "
        "ORDER BY m.period, m.id",
        {"period": period},
    )
    return [{**node_props(r["m"]), "directives": r["directives"]} for r in rows]


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
        **node_props(rows[0]["m"]),
        "directives": [u for u in units if u["label"] == "Directive"],
        "findings": [u for u in units if u["label"] == "Finding"],
        "passages": [u for u in units if u["label"] == "Passage"],
        "indicators": [node_props(r["i"]) for r in inds],
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
    unit: Row = {**unit_row(rows[0])}
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
    return [{**node_props(r["a"]), "directives": r["directives"]} for r in rows]


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
    return {**node_props(r["a"]), "predecessors": r["predecessors"], "successors": r["successors"]}


def list_projects(store: Store) -> list[Row]:
    rows = store.execute(
        "MATCH (p:Project) RETURN p AS p, COUNT { ()-[:CONCERNS]->(p) } AS units ORDER BY p.id", {}
    )
    return [{**node_props(r["p"]), "units": r["units"]} for r in rows]


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
    return {**node_props(rows[0]["p"]), "units": units}


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


def agency_directives(
    store: Store, agency_ids: Sequence[str], role: str | None = None
) -> list[AgencyDirective]:
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
    return cast("list[AgencyDirective]", [plain(r) for r in rows])


