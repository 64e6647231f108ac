"""Reads of tasks (chains of directives across months, `Directive.task` set by linking): their
occurrences, the evidence on their REPEATS links, and what linking compares and rewrites for a
province (its findings, its directives' current task state)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from graph.contract import Store
from graph.rows import FindingRow, LinkRow, Occurrence, TaskState

PROVINCE_FINDINGS = (
    "MATCH (m:Meeting)-[:ISSUED]->(f:Finding) WHERE m.id IN $ids "
    "RETURN f.id AS id, f.text AS text, m.id AS meeting, m.period AS period, m.date AS date, "
    "[(f)-[:CONCERNS]->(p) | p.id] AS projects")
PROVINCE_TASKS = (
    "MATCH (m:Meeting)-[:ISSUED]->(d:Directive) WHERE m.id IN $ids "
    "RETURN d.id AS id, d.task AS task, d.done_report AS report, "
    "d.done_report_date AS report_date, [(d)-[:REPEATS]->(b) | b.id] AS earlier")
_OCCURRENCES = (
    "MATCH (m:Meeting)-[:ISSUED]->(d:Directive) WHERE {where} "
    "RETURN d.id AS id, d.task AS task, d.text AS text, d.section AS section, "
    "d.deadline_date AS deadline_date, d.deadline_precision AS deadline_precision, "
    "d.deadline_text AS deadline_text, m.id AS meeting_id, m.period AS period, "
    "m.date AS meeting_date, m.title AS title, d.done_report AS done_report, "
    "d.done_report_date AS done_report_date, "
    "[(d)-[:ASSIGNED_TO {{role: 'lead'}}]->(a) | a.name] AS lead, "
    "[(d)-[:ASSIGNED_TO {{role: 'support'}}]->(a) | a.name] AS support"
)
LINK_ROWS = (
    "MATCH (a:Directive)-[e:REPEATS]->(b:Directive) WHERE a.task IN $tasks "
    "RETURN a.id AS a, b.id AS b, e.similarity AS cosine, e.score AS score, "
    "e.containment AS containment, e.shared AS shared, e.same_lead AS same_lead, "
    "e.same_project AS same_project")


def province_findings(store: Store, meeting_ids: Sequence[str]) -> list[FindingRow]:
    """The meetings' findings (where done reports are looked for), with their projects."""
    return cast("list[FindingRow]", store.execute(PROVINCE_FINDINGS, {"ids": list(meeting_ids)}))


def province_tasks(store: Store, meeting_ids: Sequence[str]) -> list[TaskState]:
    """The meetings' directives as linking left them: task, done report, earlier (REPEATS)."""
    return cast("list[TaskState]", store.execute(PROVINCE_TASKS, {"ids": list(meeting_ids)}))


def task_column(store: Store, directive_ids: Sequence[str]) -> dict[str, str | None]:
    """Directive id -> its `task` (None: never linked)."""
    rows = store.execute("MATCH (d:Directive) WHERE d.id IN $ids RETURN d.id AS id, "
                         "d.task AS task", {"ids": list(directive_ids)})
    return {str(r["id"]): r["task"] for r in rows}


def occurrences(store: Store, tasks: Sequence[str]) -> list[Occurrence]:
    """Every directive of these tasks, with its meeting, deadline, done report, lead, support."""
    rows = store.execute(_OCCURRENCES.format(where="d.task IN $tasks"), {"tasks": list(tasks)})
    return cast("list[Occurrence]", rows)


def directive_occurrences(store: Store, directive_ids: Sequence[str]) -> list[Occurrence]:
    """As `occurrences`, by directive id (a directive never linked is its own task)."""
    rows = store.execute(_OCCURRENCES.format(where="d.id IN $tasks"),
                         {"tasks": list(directive_ids)})
    return cast("list[Occurrence]", rows)


def link_rows(store: Store, tasks: Sequence[str]) -> list[LinkRow]:
    """The REPEATS edges within these tasks, with their evidence."""
    return cast("list[LinkRow]", store.execute(LINK_ROWS, {"tasks": list(tasks)}))
