"""Reads for the agency page a page at a time: each directive assigned to the agency (or a
predecessor) with its task and what a task's state needs (meeting month and date, deadline date,
done report), no text; the same columns for every directive of its linked tasks; and the texts of
the few directives a text filter looks at."""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from graph.contract import Store
from graph.read.units import plain
from graph.rows import AgencyTaskKey, StateKey

STATE_COLUMNS = ("d.id AS id, coalesce(d.task, d.id) AS task, m.id AS meeting_id, "
                 "m.period AS period, m.date AS date, d.deadline_date AS deadline_date, "
                 "d.done_report AS done_report, d.done_report_date AS done_report_date")
AGENCY_TASK_KEYS = (
    "MATCH (m:Meeting)-[:ISSUED]->(d:Directive)-[r:ASSIGNED_TO]->(a:Agency) WHERE a.id IN $ids "
    "RETURN " + STATE_COLUMNS + ", r.role AS role, a.id AS agency_id, a.name AS agency_name, "
    "d.task IS NOT NULL AND (d.task <> d.id OR size([(d)<-[:REPEATS]-(x) | x.id]) > 0) AS chained")
STATE_KEYS = ("MATCH (m:Meeting)-[:ISSUED]->(d:Directive) WHERE d.task IN $tasks "
              "RETURN " + STATE_COLUMNS)
TEXTS = "MATCH (d:Directive) WHERE d.id IN $ids RETURN d.id AS id, d.text AS text"


def agency_task_keys(store: Store, agency_ids: Sequence[str]) -> list[AgencyTaskKey]:
    """Each (directive, agency, role) assignment to these agencies, with the directive's task
    and state columns (dates as ISO text): `chained` when its task may hold other directives (a
    later one of a task, or a first one that a later meeting repeated), read by `state_keys`."""
    rows = store.execute(AGENCY_TASK_KEYS, {"ids": list(agency_ids)})
    return cast("list[AgencyTaskKey]", [plain(r) for r in rows])


def state_keys(store: Store, tasks: Sequence[str]) -> list[StateKey]:
    """Every directive of these (linked) tasks with its state columns, no text."""
    return cast("list[StateKey]", [plain(r) for r in store.execute(STATE_KEYS,
                                                                   {"tasks": list(tasks)})])


def texts(store: Store, directive_ids: Sequence[str]) -> dict[str, str]:
    """Directive id -> its text (what the page's text filter reads, for its candidates only)."""
    rows = store.execute(TEXTS, {"ids": list(directive_ids)})
    return {str(r["id"]): str(r["text"] or "") for r in rows}
