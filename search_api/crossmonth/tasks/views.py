"""Tasks read from the store: a directive's `task` (set by linking) groups its occurrences, so
a page reads only the tasks it shows (an indexed lookup), never every REPEATS edge."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from graph.read import crossmonth, units
from graph.read import tasks as task_reads
from graph.rows import Occurrence
from graph.store import BoltStore
from search_api.crossmonth.tasks import marks, state
from search_api.crossmonth.threads import deadline_of

Row = dict[str, Any]


def task_ids(store: BoltStore, directive_ids: list[str]) -> dict[str, str]:
    """Directive id -> task id (a directive never linked is its own task)."""
    return {d: t or d for d, t in task_reads.task_column(store, directive_ids).items()}


def _occurrence(row: Occurrence) -> Row:
    r = units.plain(row)
    report = ({"finding": r["done_report"], "date": str(r["done_report_date"] or "") or None}
              if r["done_report"] else None)
    return {"id": r["id"], "text": r["text"], "section": r["section"], "lead": r["lead"],
            "support": r["support"], "deadline": deadline_of(r), "reported_done": report,
            "meeting": {"id": r["meeting_id"], "period": r["period"], "date": r["meeting_date"],
                        "title": r["title"]}}


def tasks(store: BoltStore, ids: list[str], as_of: date) -> list[Row]:
    """The tasks `ids` as of a date: occurrences, state, deadline history, lead changes."""
    found: dict[str, list[Row]] = defaultdict(list)
    for r in task_reads.occurrences(store, sorted(set(ids))):
        found[r["task"] or r["id"]].append(_occurrence(r))
    unlinked = sorted(set(ids) - found.keys())  # never linked: the directive is its own task
    for r in task_reads.directive_occurrences(store, unlinked) if unlinked else []:
        found[r["id"]].append(_occurrence(r))  # one read for all (one per directive was N+1)
    _add_evidence(store, found)
    user = marks.latest(store, sorted(found))  # latest mark per task, when it is "done"
    out = [_task(t, occ, as_of, user.get(t)) for t, occ in found.items()]
    return sorted((t for t in out if t), key=lambda t: (t["first_seen"], t["id"]))


def _add_evidence(store: BoltStore, found: dict[str, list[Row]]) -> None:
    """Each occurrence's `continues`: the earlier occurrence and the link's evidence (why)."""
    links = {r["a"]: units.plain(r) for r in task_reads.link_rows(store, sorted(found))}
    for occ in found.values():
        for o in occ:
            link = links.get(o["id"])
            o["continues"] = ({"directive": link.pop("b"), **{k: v for k, v in link.items()
                                                               if k != "a"}} if link else None)


def known_report(latest: Row, as_of: date) -> Row | None:
    """The latest occurrence's done report, unless a meeting after `as_of` made it."""
    report: Row | None = latest["reported_done"]
    if report and report["date"] and report["date"][:10] > as_of.isoformat():
        return None
    return report


def known_mark(latest: Row, mark: Row | None, as_of: date) -> Row | None:
    """The task's done mark, unless made before its latest occurrence's meeting (repeated since)
    or after `as_of`."""
    if mark and not (str(latest["meeting"]["date"] or "")[:10] <= mark["at"][:10]
                     <= as_of.isoformat()):
        return None
    return mark


def _task(ident: str, occ: list[Row], as_of: date, mark: Row | None) -> Row | None:
    occ = state.visible(sorted(occ, key=lambda o: (o["meeting"]["period"], o["id"])), as_of)
    if not occ:
        return None
    latest = occ[-1]
    report, mark = known_report(latest, as_of), known_mark(latest, mark, as_of)
    for o in occ[:-1]:
        o["state"] = "superseded"
    latest["state"] = state.deadline_state(latest["deadline"], as_of)
    return {"id": ident, "state": state.task_state(occ, as_of, mark is not None, bool(report)),
            "first_seen": occ[0]["meeting"]["period"], "last_seen": latest["meeting"]["period"],
            "meetings": len({o["meeting"]["id"] for o in occ}), "repeated": len(occ) - 1,
            "lead": latest["lead"], "support": latest["support"], "deadline": latest["deadline"],
            "deadline_history": state.deadline_history(occ),
            "reassigned": state.reassigned(occ), "done": mark, "reported_done": report,
            "occurrences": occ}


def project_tasks(store: BoltStore, project_id: str, as_of: date) -> list[Row]:
    """Every task with an occurrence about the project, repeated or not."""
    ids = crossmonth.project_directive_ids(store, project_id)
    return tasks(store, sorted(set(task_ids(store, ids).values())), as_of)


def task_of_id(store: BoltStore, ident: str) -> str | None:
    """The task an id names: a task id, or any of its directives' ids."""
    found = task_ids(store, [ident])
    return found.get(ident)


SORTS = ("first_seen", "last_seen", "deadline", "repeated")


def _sort_key(sort: str) -> Any:
    """Tasks by first/last seen (oldest first), by deadline (earliest first, none last) or by
    times repeated (most first); ties by id."""
    if sort == "deadline":
        return lambda t: (t["deadline"] is None, (t["deadline"] or {}).get("date") or "", t["id"])
    if sort == "repeated":
        return lambda t: (-t["repeated"], t["id"])
    return lambda t: (t[sort], t["id"])


def with_tasks(store: BoltStore, result: Row, as_of: date, wanted: str | None = None,
               since: str | None = None, until: str | None = None,
               sort: str = "first_seen") -> Row:
    """An obligations answer (`threads.obligations`) with each paragraph's task and state, and
    the tasks behind them: a task counts once however often it was repeated, its state that of
    its latest occurrence; a paragraph repeated later (by any agency) is `superseded`. Filters:
    the task state, and the period (YYYY-MM) of the paragraph's meeting."""
    rows = [o for o in result["obligations"]
            if (not since or o["meeting"]["period"] >= since)
            and (not until or o["meeting"]["period"] <= until)]
    of = task_ids(store, [o["id"] for o in rows])
    mine = {o["id"] for o in result["obligations"]}
    found = {t["id"]: as_agency(t, mine) for t in tasks(store, sorted(set(of.values())), as_of)}
    states = {o["id"]: o["state"] for t in found.values() for o in t["occurrences"]}
    for o in rows:
        task = found.get(of.get(o["id"], o["id"]))
        o["task"] = task["id"] if task else None
        o["state"] = task["state"] if task and states.get(o["id"]) != "superseded" else (
            states.get(o["id"], o["status"]))
    keep = [t for t in found.values() if not wanted or t["state"] == wanted]
    counts: dict[str, int] = {}
    for t in found.values():
        counts[t["state"]] = counts.get(t["state"], 0) + 1
    ids = {t["id"] for t in keep}
    return {**result, "obligations": [o for o in rows if o["task"] in ids],
            "tasks": sorted(keep, key=_sort_key(sort)), "counts": counts}


def as_agency(task: Row, paragraphs: set[str]) -> Row:
    """The task as the agency owes it: `superseded` when a later meeting gave its latest
    occurrence to another agency (`carried_by` names that occurrence's lead)."""
    latest = task["occurrences"][-1]
    if latest["id"] in paragraphs:
        return task
    return {**task, "state": "superseded", "carried_by": latest["lead"]}
