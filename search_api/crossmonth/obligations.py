"""An agency's obligations as of a date: every directive assigned to it or to a predecessor
(SUCCEEDED_BY lineage), by role, with its deadline, status and task."""

from __future__ import annotations

from datetime import date
from typing import Any

from graph.read import crossmonth, entities
from graph.rows import AgencyDirective
from graph.store import BoltStore
from search_api.crossmonth.threads import deadline_of, task_groups

Row = dict[str, Any]


def status(deadline: str | None, as_of: date) -> str:
    if deadline is None:
        return "no_deadline"
    return "overdue" if date.fromisoformat(deadline[:10]) < as_of else "open"


def _obligation(r: AgencyDirective, agency: Row, as_of: date, tasks: dict[str, str]) -> Row:
    return {"id": r["id"], "text": r["text"], "role": r["role"], "section": r["section"],
            "meeting": {"id": r["meeting_id"], "period": r["period"], "date": r["meeting_date"]},
            "deadline": deadline_of(r), "status": status(r["deadline_date"], as_of),
            "thread": tasks.get(r["id"]),
            "as_agency": r["agency_name"] if r["agency_id"] != agency["id"] else None}


def obligations(store: BoltStore, agency: Row, as_of: date, role: str | None) -> Row:
    rows = entities.agency_directives(store, crossmonth.lineage_ids(store, agency["id"]), role)
    membership = task_groups(store, [r["id"] for r in rows])
    tasks = crossmonth.tasks_of(store, sorted(membership))
    out = [_obligation(r, agency, as_of, tasks) for r in rows]
    return {"agency": agency, "as_of": as_of.isoformat(), "obligations": out}
