"""The landing page's answers before anyone clicks: deadlines due this week and this month,
overdue tasks by agency, the most-repeated open tasks, and the latest meeting's summary. Tasks
are those of the latest RECENT meetings (a task stays open for 6 stored meetings), so the page
costs the same at 24 months and at 10 k notices."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from typing import Any

from graph.read import units as units_reads
from graph.read import views
from graph.rows import DirectiveFlags
from search_api.crossmonth.tasks import views as task_views
from search_api.service import Chidao

Row = dict[str, Any]
RECENT = 12  # meetings whose directives' tasks the overview looks at
TOP = 8
# open tasks that keep coming back; a standing ("thường xuyên") order recurs by design and would
# fill the list (17 repeats each in a 24-month series)
LIVE = {"open", "overdue", "no_deadline"}


def _brief(task: Row) -> Row:
    latest = task["occurrences"][-1]
    return {"id": task["id"], "text": latest.get("text"), "state": task["state"],
            "lead": task.get("lead") or [], "deadline": task.get("deadline"),
            "directive": latest["id"], "meeting": latest.get("meeting"),
            "first_seen": task["first_seen"], "last_seen": task["last_seen"],
            "repeated": task["repeated"]}


def _due(tasks: list[Row], start: date, end: date) -> list[Row]:
    def day(t: Row) -> str:
        return str((t.get("deadline") or {}).get("date") or "")
    found = [t for t in tasks if t["state"] == "open"
             and start.isoformat() <= day(t)[:10] <= end.isoformat()]
    return [_brief(t) for t in sorted(found, key=lambda t: (day(t), t["id"]))]


def _overdue_by_agency(tasks: list[Row]) -> list[Row]:
    counts = Counter(name for t in tasks if t["state"] == "overdue" for name in t["lead"] or [])
    return [{"name": name, "overdue": n} for name, n in
            sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def _month_end(day: date) -> date:
    first_next = (day.replace(day=1) + timedelta(days=32)).replace(day=1)
    return first_next - timedelta(days=1)


def _latest(store: Any, meeting: Row) -> Row:
    units = units_reads.units_of_meetings(store, [meeting["id"]])
    directives = [u for u in units if u["kind"] == "directive"]
    leads = Counter(a["name"] for u in directives for a in u["lead"])
    projects = Counter(p["name"] for u in directives for p in u["projects"])
    keep = ("id", "title", "period", "date", "issued", "chair", "number", "signer")
    return {**{k: meeting.get(k) for k in keep}, "directives": len(directives),
            "findings": len(units) - len(directives),
            "deadlines": sum(1 for u in directives if u["deadline"]),
            "leads": [{"name": n, "directives": c} for n, c in leads.most_common(TOP)],
            "projects": [{"name": n, "directives": c} for n, c in projects.most_common(TOP)]}


def _candidates(rows: list[DirectiveFlags]) -> list[str]:
    """The tasks the overview can show: one with a deadline in these meetings, or repeated (its
    id is an earlier directive's, or several of these directives are it); a task without either
    is neither due, overdue nor repeated, and reading its state would cost a query for nothing."""
    seen = Counter(r["task"] for r in rows)
    return sorted({r["task"] for r in rows if r["dated"] or r["task"] != r["id"]
                   or seen[r["task"]] > 1})


def _recent_tasks(service: Chidao, meetings: list[Row], as_of: date) -> tuple[int, list[Row]]:
    """How many tasks the latest meetings hold, and the candidates among them with their state."""
    rows = views.directives_of(service.store, [m["id"] for m in meetings[-RECENT:]])
    found = _candidates(rows)
    states = task_views.tasks(service.store, found, as_of) if found else []
    return len({r["task"] for r in rows}), states


def overview(service: Chidao, as_of: date | None = None) -> Row:
    day = as_of or date.today()
    meetings = sorted(service.meetings(),
                      key=lambda m: (str(m.get("date") or m.get("period")), m["id"]))
    total, tasks = _recent_tasks(service, meetings, day)
    repeated = sorted((t for t in tasks if t["state"] in LIVE and t["repeated"]),
                      key=lambda t: (-t["repeated"], t["id"]))
    return {"as_of": day.isoformat(), "meetings": len(meetings), "tasks": total,
            "due_this_week": _due(tasks, day, day + timedelta(days=6 - day.weekday())),
            "due_this_month": _due(tasks, day, _month_end(day)),
            "overdue_by_agency": _overdue_by_agency(tasks),
            "most_repeated": [_brief(t) for t in repeated[:TOP]],
            "latest_meeting": _latest(service.store, meetings[-1]) if meetings else None}
