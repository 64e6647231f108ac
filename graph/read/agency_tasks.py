"""Reads for the agency page a page at a time: each directive assigned to the agency (or a
predecessor) with its task and what a task's state needs (meeting month and date, deadline date,
done report), no text; the same columns for every directive of its linked tasks; and the texts of
the few directives a text filter looks at.

The keys come one row per meeting, its directives as lists and dates as text: at 10 k notices
(3,935 directives of the busiest agency) a row per directive with driver dates took 0.8-1.2 s,
mostly the driver decoding records and dates; grouped, 0.2-0.5 s."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from graph.contract import Store
from graph.rows import AgencyTaskKey, StateKey

MEETING = "m.id AS meeting_id, m.period AS period, toString(m.date) AS date"
STATE = ("d.id, coalesce(d.task, d.id), toString(d.deadline_date), d.done_report, "
         "toString(d.done_report_date)")
STATE_NAMES = ("id", "task", "deadline_date", "done_report", "done_report_date")
ASSIGNMENT_NAMES = (*STATE_NAMES, "role", "agency_id", "chained")
AGENCY_TASK_KEYS = (
    "MATCH (m:Meeting)-[:ISSUED]->(d:Directive)-[r:ASSIGNED_TO]->(a:Agency) WHERE a.id IN $ids "
    f"RETURN {MEETING}, collect([{STATE}, r.role, a.id, d.task IS NOT NULL AND (d.task <> d.id "
    "OR size([(d)<-[:REPEATS]-(x) | x.id]) > 0)]) AS directives")
STATE_KEYS = ("MATCH (m:Meeting)-[:ISSUED]->(d:Directive) WHERE d.task IN $tasks "
              f"RETURN {MEETING}, collect([{STATE}]) AS directives")
TEXTS = "MATCH (d:Directive) WHERE d.id IN $ids RETURN d.id AS id, d.text AS text"


def _unpack(rows: list[dict[str, Any]], names: tuple[str, ...]) -> list[dict[str, Any]]:
    """A meeting's row -> one dict per directive, the meeting's columns in each."""
    return [{"meeting_id": r["meeting_id"], "period": r["period"], "date": r["date"],
             **dict(zip(names, values, strict=True))} for r in rows for values in r["directives"]]


def agency_task_keys(store: Store, agency_ids: Sequence[str]) -> list[AgencyTaskKey]:
    """Each (directive, agency, role) assignment to these agencies, with the directive's task
    (its own id when never linked) and state columns: `chained` when its task may hold other
    directives (a later one of a task, or a first one a later meeting repeated: linking writes
    a REPEATS edge to each task's previous occurrence), which `state_keys` then reads."""
    rows = store.execute(AGENCY_TASK_KEYS, {"ids": list(agency_ids)})
    return cast("list[AgencyTaskKey]", _unpack(rows, ASSIGNMENT_NAMES))


def state_keys(store: Store, tasks: Sequence[str]) -> list[StateKey]:
    """Every directive of these (linked) tasks with its state columns, no text."""
    rows = store.execute(STATE_KEYS, {"tasks": list(tasks)})
    return cast("list[StateKey]", _unpack(rows, STATE_NAMES))


def texts(store: Store, directive_ids: Sequence[str]) -> dict[str, str]:
    """Directive id -> its text (what the page's text filter reads, for its candidates only)."""
    rows = store.execute(TEXTS, {"ids": list(directive_ids)})
    return {str(r["id"]): str(r["text"] or "") for r in rows}
