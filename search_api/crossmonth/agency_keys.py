"""An agency's tasks as the page filters, counts and orders them, from their directives' keys
alone (`graph.read.agency_tasks`: months, dates, deadline dates, done reports; no text): the
same state as the full history gives (`tasks.views.tasks`, then `as_agency`'s superseded rule),
so only the tasks of the page shown need their histories read. At 10 k notices the busiest
agency has ~3,900 directives: reading every one's text and history took 2.5 s warm (7 s cold),
its keys 0.3-0.4 s."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from graph.read import agency_tasks
from graph.rows import AgencyTaskKey, StateKey
from graph.store import BoltStore
from search_api.crossmonth.tasks import marks, state
from search_api.crossmonth.tasks import views as task_views

Row = dict[str, Any]


@dataclass(frozen=True)
class Keys:
    """The agency's assignments grouped by task, and every directive of those tasks."""

    mine: dict[str, list[AgencyTaskKey]]  # task -> the agency's (or predecessors') paragraphs
    members: dict[str, list[StateKey]]  # task -> every directive of it


def read(store: BoltStore, agency_ids: list[str]) -> Keys:
    """Two reads: the assignments of the agencies, then the other directives of linked tasks."""
    mine: dict[str, list[AgencyTaskKey]] = defaultdict(list)
    for k in agency_tasks.agency_task_keys(store, agency_ids):
        mine[k["task"]].append(k)
    chained = sorted(t for t, ks in mine.items() if any(k["chained"] for k in ks))
    members: dict[str, dict[str, StateKey]] = defaultdict(dict)
    for t, ks in mine.items():
        if t not in chained:
            members[t].update((k["id"], k) for k in ks)
    for other in agency_tasks.state_keys(store, chained) if chained else []:
        members[other["task"]][other["id"]] = other
    return Keys(dict(mine), {t: list(ds.values()) for t, ds in members.items()})


def _occurrence(k: StateKey) -> Row:
    """A key in the shape `tasks.state` reads an occurrence."""
    report = {"date": k["done_report_date"]} if k["done_report"] else None
    deadline = {"date": k["deadline_date"]} if k["deadline_date"] else None
    return {"id": k["id"], "deadline": deadline, "reported_done": report,
            "meeting": {"id": k["meeting_id"], "period": k["period"] or "", "date": k["date"]}}


def _summary(task: str, occ: list[Row], mine: list[AgencyTaskKey], as_of: date,
             mark: Row | None) -> Row:
    latest = occ[-1]
    done = task_views.known_mark(latest, mark, as_of) is not None
    reported = task_views.known_report(latest, as_of) is not None
    status = state.task_state(occ, as_of, done, reported)
    if latest["id"] not in {k["id"] for k in mine}:
        status = "superseded"  # a later meeting gave it to another agency (`as_agency`)
    return {"id": task, "state": status, "role": "lead" if any(
                k["role"] == "lead" for k in mine) else "support",
            "deadline": latest["deadline"], "first_seen": occ[0]["meeting"]["period"],
            "last_seen": latest["meeting"]["period"], "repeated": len(occ) - 1,
            "directive": latest["id"], "occurrences": [o["id"] for o in occ]}


def summaries(store: BoltStore, keys: Keys, as_of: date) -> list[Row]:
    """One row per task with an occurrence known on `as_of`: id, state, role, deadline (date
    only), first/last seen, repeated, its latest directive and its visible directives' ids."""
    visible: dict[str, list[Row]] = {}
    for task, ks in keys.members.items():
        occ = state.visible(sorted((_occurrence(k) for k in ks),
                                   key=lambda o: (o["meeting"]["period"], o["id"])), as_of)
        if occ:
            visible[task] = occ
    done = marks.latest(store, sorted(visible))
    return [_summary(t, occ, keys.mine[t], as_of, done.get(t)) for t, occ in visible.items()]
