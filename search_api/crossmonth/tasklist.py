"""An agency's tasks as one table (the explorer's agency page and its CSV/XLSX export): a row per
task, counted once however often repeated, with the agency's role, state, deadline, latest
meeting, projects and thread length; and the rename/merger lineage as banners."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from graph.read import views
from search_api.service import Chidao

Row = dict[str, Any]
SORTS = ("deadline", "first_seen", "last_seen", "repeated", "state")
STATE_ORDER = ("overdue", "open", "no_deadline", "recurring", "reported_done", "superseded", "done")


def _successor_day(agency: Row) -> str | None:
    end = agency.get("active_to")
    return (date.fromisoformat(str(end)[:10]) + timedelta(days=1)).isoformat() if end else None


def lineage(service: Chidao, agency: Row, ids: list[str]) -> list[Row]:
    """One entry per merge or rename touching the agency: predecessor (or the agency itself, when
    it was merged away), the body it went into, and the first day under the new body."""
    out = []
    for old in [service.agency(i) for i in ids] + [agency]:
        for new in old.get("successors") or []:
            out.append({"id": old["id"], "name": old["name"], "into": new["id"],
                        "into_name": new["name"], "since": _successor_day(old)})
    return out


def _row(task: Row, mine: list[Row], projects: dict[str, list[str]]) -> Row:
    latest = task["occurrences"][-1]
    roles = {o["role"] for o in mine}
    inherited = sorted({o["as_agency"] for o in mine if o.get("as_agency")})
    names = sorted({p for o in task["occurrences"] for p in projects.get(o["id"], [])})
    return {"id": task["id"], "text": latest.get("text"), "state": task["state"],
            "role": "lead" if "lead" in roles else "support", "deadline": task.get("deadline"),
            "meeting": latest.get("meeting"), "directive": latest["id"],
            "first_seen": task["first_seen"], "last_seen": task["last_seen"],
            "meetings": task["meetings"], "repeated": task["repeated"],
            "deadline_moves": len(task.get("deadline_history") or []), "projects": names,
            "lead": task.get("lead") or [], "inherited_from": inherited,
            "carried_by": task.get("carried_by") or []}


def _projects(service: Chidao, tasks: list[Row]) -> dict[str, list[str]]:
    return views.projects_of(service.store, [o["id"] for t in tasks for o in t["occurrences"]])


def agency_tasks(service: Chidao, ident: str, as_of: date | None = None) -> Row:
    """Every task of the agency (and its predecessors) as of the date, unfiltered: the page
    filters and sorts in place; `filtered` applies the same filters for an export."""
    result = service.obligations(ident, as_of)
    by_task: dict[str, list[Row]] = {}
    for o in result["obligations"]:
        by_task.setdefault(o["task"], []).append(o)
    projects = _projects(service, result["tasks"])
    rows = [_row(t, by_task.get(t["id"], []), projects) for t in result["tasks"]]
    return {"agency": result["agency"], "as_of": result["as_of"], "counts": result["counts"],
            "lineage": lineage(service, result["agency"], result["lineage"]), "tasks": rows}


def _sort_key(sort: str) -> Any:
    if sort == "deadline":
        return lambda r: (r["deadline"] is None, (r["deadline"] or {}).get("date") or "", r["id"])
    if sort == "repeated":
        return lambda r: (-r["repeated"], r["id"])
    if sort == "state":
        return lambda r: (STATE_ORDER.index(r["state"]) if r["state"] in STATE_ORDER else 99,
                          r["id"])
    return lambda r: (r[sort], r["id"])


def filtered(rows: list[Row], state: str | None, role: str | None, sort: str,
             since: str | None = None) -> list[Row]:
    """The rows the page shows for these filters (state, role, last seen from the month `since`)
    in that order."""
    keep = [r for r in rows if (not state or r["state"] == state)
            and (not role or r["role"] == role) and (not since or r["last_seen"] >= since)]
    return sorted(keep, key=_sort_key(sort))
