"""Reads across months: a province's meetings and directives for linking, REPEATS edges, task
membership (`Directive.task`, set by linking), thread occurrences, agency lineage (SUCCEEDED_BY),
theme trends, a meeting's diff against the previous one (NEXT)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from graph.contract import Row, Store
from graph.rows import (
    DirectiveRepeats,
    ProvinceDirective,
    ProvinceMeeting,
    ThemeTrendRow,
    ThreadRow,
)

PROVINCE_MEETINGS = (  # graph.links.MEETING_ORDER's columns, for one province
    "MATCH (m:Meeting) WHERE m.province = $province "
    "RETURN m.id AS id, m.province AS province, m.period AS period, m.date AS date, "
    "m.sha256 AS sha")
PROVINCE_DIRECTIVES = (
    "MATCH (m:Meeting)-[:ISSUED]->(d:Directive) WHERE m.id IN $ids "
    "RETURN d.id AS id, d.text AS text, d.embedding AS embedding, m.id AS meeting, "
    "m.period AS period, [(d)-[r:ASSIGNED_TO {role: 'lead'}]->(a) | a.id] AS lead, "
    "[(d)-[:CONCERNS]->(p) | p.id] AS projects"
)
THREAD_ROWS = (
    "MATCH (m:Meeting)-[:ISSUED]->(d:Directive) WHERE $ids IS NULL OR d.id IN $ids "
    "RETURN d.id AS id, d.text AS text, d.deadline_date AS deadline_date, "
    "d.deadline_precision AS deadline_precision, d.deadline_text AS deadline_text, "
    "m.id AS meeting_id, m.period AS period, m.date AS meeting_date, m.title AS title, "
    "[(d)-[:ASSIGNED_TO {role: 'lead'}]->(a) | a.name] AS lead"
)
THEME_TRENDS = (  # from each theme, not from every meeting: at 10 k notices the meeting-first
    # form grouped per meeting dropped ArcadeDB's connection; this one takes ~33 s, then cached
    "MATCH (t:Theme) OPTIONAL MATCH (t)<-[:ABOUT]-(u)<-[:ISSUED]-(m:Meeting) "
    "RETURN t.id AS id, t.name AS name, t.description AS description, m.period AS period, "
    "count(DISTINCT m) AS meetings, count(u) AS n")


def _ids(rows: list[Row]) -> list[str]:
    return [str(r["id"]) for r in rows]


def province_of(store: Store, meeting_id: str) -> str | None:
    rows = store.execute("MATCH (m:Meeting {id: $id}) RETURN m.province AS p", {"id": meeting_id})
    return rows[0]["p"] if rows else None


def province_meetings(store: Store, province: str) -> list[ProvinceMeeting]:
    """The province's meetings (id, province, period, date, sha), in no order."""
    return cast("list[ProvinceMeeting]", store.execute(PROVINCE_MEETINGS, {"province": province}))


def province_directives(store: Store, meeting_ids: Sequence[str]) -> list[ProvinceDirective]:
    """What linking compares of these meetings' directives: text, vector, lead, projects."""
    rows = store.execute(PROVINCE_DIRECTIVES, {"ids": list(meeting_ids)})
    return cast("list[ProvinceDirective]", rows)


def repeats_edges(store: Store) -> list[tuple[str, str]]:
    """Every REPEATS edge as (later, earlier) directive ids."""
    rows = store.execute("MATCH (a:Directive)-[:REPEATS]->(b:Directive) "
                         "RETURN a.id AS a, b.id AS b", {})
    return [(str(r["a"]), str(r["b"])) for r in rows]


def tasks_of(store: Store, directive_ids: Sequence[str]) -> dict[str, str]:
    """Directive id -> its task id, for those of the directives linking gave a task."""
    rows = store.execute("MATCH (d:Directive) WHERE d.id IN $ids AND d.task IS NOT NULL "
                         "RETURN d.id AS id, d.task AS task", {"ids": list(directive_ids)})
    return {str(r["id"]): str(r["task"]) for r in rows}


def task_members(store: Store, tasks: Sequence[str]) -> list[tuple[str, str]]:
    """(directive id, task id) of every directive of these tasks (indexed by `d.task`)."""
    rows = store.execute("MATCH (d:Directive) WHERE d.task IN $tasks "
                         "RETURN d.id AS id, d.task AS task", {"tasks": list(tasks)})
    return [(str(r["id"]), str(r["task"])) for r in rows]


def thread_rows(store: Store, directive_ids: Sequence[str]) -> list[ThreadRow]:
    """One row per directive: text, deadline columns, meeting, lead names (THREAD_ROWS)."""
    return cast("list[ThreadRow]", store.execute(THREAD_ROWS, {"ids": list(directive_ids)}))


def project_directive_ids(store: Store, project_id: str) -> list[str]:
    return _ids(store.execute("MATCH (d:Directive)-[:CONCERNS]->(:Project {id: $id}) "
                              "RETURN d.id AS id", {"id": project_id}))


def assigned_directive_ids(store: Store, agency_ids: Sequence[str]) -> list[str]:
    """Directives assigned (lead or support) to any of these agencies."""
    return _ids(store.execute("MATCH (d:Directive)-[:ASSIGNED_TO]->(a:Agency) WHERE a.id IN $ids "
                              "RETURN DISTINCT d.id AS id", {"ids": list(agency_ids)}))


def lineage_ids(store: Store, agency_id: str) -> list[str]:
    """The agency and every predecessor (transitively, through SUCCEEDED_BY)."""
    ids, frontier = [agency_id], [agency_id]
    while frontier:
        rows = store.execute("MATCH (p:Agency)-[:SUCCEEDED_BY]->(a:Agency) WHERE a.id IN $ids "
                             "RETURN DISTINCT p.id AS id", {"ids": frontier})
        frontier = [r["id"] for r in rows if r["id"] not in ids]
        ids.extend(frontier)
    return ids


def theme_trend_rows(store: Store) -> list[ThemeTrendRow]:
    """Per theme and meeting period: meetings and units (THEME_TRENDS)."""
    return cast("list[ThemeTrendRow]", store.execute(THEME_TRENDS, {}))


def previous_meeting(store: Store, meeting_id: str) -> str | None:
    rows = store.execute("MATCH (p:Meeting)-[:NEXT]->(:Meeting {id: $id}) RETURN p.id AS id",
                         {"id": meeting_id})
    return str(rows[0]["id"]) if rows else None


def directive_repeats(store: Store, meeting_id: str) -> list[DirectiveRepeats]:
    """The meeting's directives (id) with the ids they repeat (`repeats`)."""
    return cast("list[DirectiveRepeats]", store.execute(
        "MATCH (:Meeting {id: $id})-[:ISSUED]->(d:Directive) "
        "RETURN d.id AS id, [(d)-[:REPEATS]->(o) | o.id] AS repeats", {"id": meeting_id}))


def meeting_directive_ids(store: Store, meeting_id: str) -> list[str]:
    return _ids(store.execute("MATCH (:Meeting {id: $id})-[:ISSUED]->(d:Directive) "
                              "RETURN d.id AS id", {"id": meeting_id}))
