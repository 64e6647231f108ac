"""Reads for the explorer's views beyond the plain ones, on the same JSON (extended, never reduced):
a notice's paragraphs with their agencies, deadline, projects and themes (the full-notice view), and
the meeting (id, month) on graph nodes issued by one meeting (the graph's period filter)."""

from __future__ import annotations

from typing import cast

from graph.contract import Row, Store
from graph.read.units import UNIT_RETURN, by_ids, node_props, plain, unit_row
from graph.rows import DirectiveFlags, ProjectTaskKey, TaskKey, UnitRow, names
from graph.schema import UNIT_LABELS
from graph.schema import label as check_label

UNITS_OF_MEETING = "MATCH (:Meeting {id: $id})-[:ISSUED]->(u) WITH u " + UNIT_RETURN
ISSUERS = (  # after the units' id look-up (`by_ids`): from the meetings, this walked
    # every ISSUED edge, seconds per /graph call at 10 k notices
    "MATCH (m:Meeting)-[:ISSUED]->(u) RETURN u.id AS id, m.id AS meeting, m.period AS period")


def _context(unit: UnitRow) -> Row:
    """CONTEXT_KEYS of a unit, agencies, projects and themes by name."""
    return {"span": unit["span"], "deadline": unit["deadline"], "headings": unit["headings"],
            "lead": names(unit["lead"]), "support": names(unit["support"]),
            "projects": names(unit["projects"]), "themes": names(unit["themes"])}


def meeting_with_context(store: Store, meeting: Row) -> Row:
    """The meeting's directives and findings, each with span, deadline and the names of its lead
    and support agencies, projects and themes (the /search result fields)."""
    rows = store.execute(UNITS_OF_MEETING, {"id": meeting["id"]})
    context = {u["id"]: _context(u) for u in (unit_row(r) for r in rows)}
    for key in ("directives", "findings", "passages"):
        meeting[key] = [{**u, **context.get(u["id"], {})} for u in meeting.get(key) or []]
    return meeting


def graph_with_periods(store: Store, view: Row) -> Row:
    """Give every directive/finding node the id and period of the meeting that issued it."""
    ids = [n["id"] for n in view["nodes"] if "period" not in n]
    if ids:
        issuers = {r["id"]: r for r in by_ids(store, UNIT_LABELS, ids, ISSUERS, var="u")}
        for node in view["nodes"]:
            if node["id"] in issuers:
                node["meeting"] = issuers[node["id"]]["meeting"]
                node["period"] = issuers[node["id"]]["period"]
    return view


def graph_total(store: Store, view: Row, depth: int, rel: str | None = None) -> Row:
    """`relations`: the node's relationships counted by type, most first, and `total`: how many
    of them (of type `rel` where named) there are (depth 1, around the `centre` node), so the
    explorer can offer an expansion per type and say how many of them a limited answer shows."""
    start = next((n for n in view["nodes"] if n["id"] == view.get("centre")), None)
    if depth == 1 and start is not None:
        label = check_label(start["label"])
        rows = store.execute(f"MATCH (n:{label} {{id: $id}})-[r]-(x) WHERE NOT x:Passage "
                             "RETURN type(r) AS type, count(r) AS n", {"id": start["id"]})
        counts = sorted(((str(r["type"]), int(r["n"])) for r in rows), key=lambda c: (-c[1], c[0]))
        view["relations"] = [{"type": t, "count": n} for t, n in counts]
        view["total"] = sum(n for t, n in counts if rel in (None, t))
    return view


DIRECTIVES_OF_MEETINGS = (
    "MATCH (m:Meeting)-[:ISSUED]->(d:Directive) WHERE m.id IN $ids "
    "RETURN d.id AS id, coalesce(d.task, d.id) AS task, d.deadline_date IS NOT NULL AS dated, "
    "d.deadline_date AS deadline")


def directives_of(store: Store, meeting_ids: list[str]) -> list[DirectiveFlags]:
    """Id, task and deadline (date), of every directive of these meetings (the overview's
    candidates: no text, no embedding read)."""
    rows = store.execute(DIRECTIVES_OF_MEETINGS, {"ids": meeting_ids})
    return cast("list[DirectiveFlags]", [plain(r) for r in rows])


PROJECTS_OF = ("MATCH (d:Directive)-[:CONCERNS]->(p:Project) WHERE d.id IN $ids "
               "RETURN d.id AS id, p.name AS name")


def projects_of(store: Store, directive_ids: list[str]) -> dict[str, list[str]]:
    """Directive id -> the names of the projects it concerns (the agency table's column)."""
    out: dict[str, list[str]] = {}
    for r in store.execute(PROJECTS_OF, {"ids": directive_ids}):
        out.setdefault(r["id"], []).append(r["name"])
    return out


TASK_KEY_COLUMNS = ("RETURN d.id AS id, coalesce(d.task, d.id) AS task, m.period AS period, "
                    "m.date AS date")
PROJECT_TASK_KEYS = (
    "MATCH (d:Directive)-[:CONCERNS]->(:Project {id: $id}) MATCH (m:Meeting)-[:ISSUED]->(d) "
    + TASK_KEY_COLUMNS + ", d.task IS NOT NULL AND (d.task <> d.id OR "
    "size([(d)<-[:REPEATS]-(x) | x.id]) > 0) AS chained")
TASK_KEYS = "MATCH (m:Meeting)-[:ISSUED]->(d:Directive) WHERE d.task IN $tasks " + TASK_KEY_COLUMNS


def project_task_keys(store: Store, project_id: str) -> list[ProjectTaskKey]:
    """Each directive about the project with its task and meeting's month and date, no text:
    `chained` when its task may hold other directives (a later one of the task, or the first one
    of a task a later meeting repeated: linking writes a REPEATS edge to each task's previous
    occurrence), whose months `task_keys` then reads."""
    return cast("list[ProjectTaskKey]", store.execute(PROJECT_TASK_KEYS, {"id": project_id}))


def task_keys(store: Store, tasks: list[str]) -> list[TaskKey]:
    """Every directive of these (linked) tasks with its meeting's month and date, no text."""
    return cast("list[TaskKey]", store.execute(TASK_KEYS, {"tasks": tasks}))


def project_node(store: Store, project_id: str) -> Row | None:
    """The project's own properties, without the units `entities.get_project` lists (2,040
    texts for the busiest project at 1 k notices)."""
    rows = store.execute("MATCH (p:Project {id: $id}) RETURN p AS p", {"id": project_id})
    return node_props(rows[0]["p"]) if rows else None


PROJECTS_BY_SIZE = ("MATCH (p:Project) RETURN p.id AS id, COUNT { (p)<-[:CONCERNS]-() } AS n "
                    "ORDER BY n DESC, id")


def projects_by_size(store: Store) -> list[str]:
    """Every project's id, those with the most directives first (edges counted, no unit read)."""
    return [str(r["id"]) for r in store.execute(PROJECTS_BY_SIZE, {})]
