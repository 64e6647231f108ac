"""An agency's tasks as one table (the explorer's agency page and its CSV/XLSX export): a row per
task, counted once however often repeated, with the agency's role, state, deadline, latest
meeting, projects and thread length; and the rename/merger lineage as banners. The tasks are
filtered, counted and ordered from their keys (`agency_keys`); only the rows shown (a page, or
all of them for an export) read their full histories."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from graph.read import agency_tasks, crossmonth, views
from ingest.text import fold
from search_api.crossmonth import agency_keys
from search_api.crossmonth.tasks import views as task_views
from search_api.service import Chidao

Row = dict[str, Any]
SORTS = ("deadline", "first_seen", "last_seen", "repeated", "state")
STATE_ORDER = ("overdue", "open", "no_deadline", "recurring", "reported_done", "superseded", "done")


def _successor_day(agency: Row) -> str | None:
    end = agency.get("active_to")
    return (date.fromisoformat(str(end)[:10]) + timedelta(days=1)).isoformat() if end else None


def lineage(agency: Row, predecessors: list[Row]) -> list[Row]:
    """One entry per merge or rename touching the agency: predecessor (or the agency itself, when
    it was merged away), the body it went into, and the first day under the new body."""
    out = []
    for old in [*predecessors, agency]:
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


@dataclass(frozen=True)
class Filters:
    """What the page narrows its tasks to: state, role, last seen from/up to a month (YYYY-MM),
    and words of the text or project names (folded, every word)."""

    state: str | None = None
    role: str | None = None
    since: str | None = None
    until: str | None = None
    q: str | None = None

    def keeps(self, r: Row, state: bool = True, role: bool = True) -> bool:
        """Whether the row passes (the state or role filter left out where told: a count)."""
        return ((not state or not self.state or r["state"] == self.state)
                and (not role or not self.role or r["role"] == self.role)
                and (not self.since or r["last_seen"] >= self.since)
                and (not self.until or r["last_seen"] <= self.until))


@dataclass(frozen=True)
class Table:
    """The agency's tasks for these filters in the page's order (key rows: `agency_keys`), the
    counts that filter (per state, per role: each with the other filters applied), and what the
    rows shown need (the agency's paragraphs by task)."""

    head: Row  # agency, as_of, lineage, counts, roles, total, sort
    ordered: list[Row]
    mine: dict[str, list[Row]]


def _texts(service: Chidao, found: list[Row]) -> dict[str, str]:
    """Task id -> its latest text and its projects' names, folded (what `q` matches)."""
    text = agency_tasks.texts(service.store, [r["directive"] for r in found])
    projects = views.projects_of(service.store, [d for r in found for d in r["occurrences"]])
    return {r["id"]: fold(" ".join([text.get(r["directive"], ""), *sorted(
        {p for d in r["occurrences"] for p in projects.get(d, [])})])) for r in found}


def _matching(service: Chidao, rows: list[Row], f: Filters) -> list[Row]:
    """The rows in the months asked whose text holds every word of `q` (its texts read only
    when asked, and only of these rows)."""
    rows = [r for r in rows if f.keeps(r, state=False, role=False)]
    words = fold(f.q or "").split()
    if not words or not rows:
        return rows
    folded = _texts(service, rows)
    return [r for r in rows if all(w in folded[r["id"]] for w in words)]


def _counts(rows: list[Row], key: str) -> dict[str, int]:
    return dict(Counter(r[key] for r in rows))


def table(service: Chidao, ident: str, as_of: date | None = None, f: Filters | None = None,
          sort: str = "first_seen") -> Table:
    """The agency's (and its predecessors') tasks known on the date, for the filters `f`."""
    agency, day, f = service.agency(ident), as_of or date.today(), f or Filters()
    ids = crossmonth.lineage_ids(service.store, agency["id"])
    predecessors = [service.agency(i) for i in ids if i != agency["id"]]
    keys = agency_keys.read(service.store, ids)
    rows = _matching(service, agency_keys.summaries(service.store, keys, day), f)
    ordered = filtered(rows, f.state, f.role, sort)
    head = {"agency": agency, "as_of": day.isoformat(), "sort": sort, "total": len(ordered),
            "counts": _counts([r for r in rows if f.keeps(r, state=False)], "state"),
            "roles": _counts([r for r in rows if f.keeps(r, role=False)], "role"),
            "lineage": lineage(agency, predecessors)}
    names = {a["id"]: a["name"] for a in predecessors}
    mine = {t: [{"id": k["id"], "role": k["role"], "as_agency": names.get(k["agency_id"])}
                for k in ks] for t, ks in keys.mine.items()}
    return Table(head, ordered, mine)


def rows(service: Chidao, found: Table, shown: list[Row]) -> list[Row]:
    """The table rows of `shown` (key rows of `found.ordered`), in that order, with their full
    histories (text, meeting, thread length, deadline moves, projects, carried by)."""
    day = date.fromisoformat(found.head["as_of"])
    paragraphs = {o["id"] for r in shown for o in found.mine.get(r["id"], [])}
    tasks = {t["id"]: task_views.as_agency(t, paragraphs)
             for t in task_views.tasks(service.store, [r["id"] for r in shown], day)}
    projects = views.projects_of(service.store, [o["id"] for t in tasks.values()
                                                 for o in t["occurrences"]])
    return [_row(tasks[r["id"]], found.mine.get(r["id"], []), projects) for r in shown
            if r["id"] in tasks]


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
             since: str | None = None, until: str | None = None) -> list[Row]:
    """The rows the page shows for these filters (state, role, last seen from the month `since`
    up to `until`) in that order."""
    keep = Filters(state, role, since, until)
    return sorted((r for r in rows if keep.keeps(r)), key=_sort_key(sort))
