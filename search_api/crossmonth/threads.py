"""Threads: the occurrences of one task (directives of successive meetings that linking chained,
`Directive.task`) as one answer, for a project or an agency; and the older view of threads as
connected components of REPEATS edges (`thread_of`, kept for the pins of the samples)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from graph.read import crossmonth
from graph.read.units import plain
from graph.rows import DeadlineColumns, ThreadRow
from graph.store import BoltStore

Row = dict[str, Any]


def components(edges: list[tuple[str, str]]) -> dict[str, str]:
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        parent[find(a)] = find(b)
    return {x: find(x) for x in parent}


def thread_of(store: BoltStore) -> dict[str, list[str]]:
    """Directive id -> all directive ids of its thread (only directives with REPEATS edges)."""
    comp = components(crossmonth.repeats_edges(store))
    groups: dict[str, list[str]] = defaultdict(list)
    for node, root in comp.items():
        groups[root].append(node)
    return {node: groups[root] for node, root in comp.items()}


def task_groups(store: BoltStore, directive_ids: list[str]) -> dict[str, list[str]]:
    """Directive id -> the directive ids of its task, for the given directives whose task has
    more than one directive. Two indexed lookups by `d.task` (set by linking), not a read of
    every REPEATS edge of the store."""
    task_of = crossmonth.tasks_of(store, directive_ids)
    members: dict[str, list[str]] = defaultdict(list)
    for directive, task in crossmonth.task_members(store, sorted(set(task_of.values()))):
        members[task].append(directive)
    return {d: sorted(members[t]) for d, t in task_of.items() if len(members[t]) > 1}


def deadline_of(r: DeadlineColumns) -> Row | None:
    """The deadline object of a row with deadline_date/_precision/_text columns."""
    if r["deadline_date"] is None:
        return None
    return {"date": r["deadline_date"], "precision": r["deadline_precision"],
            "text": r["deadline_text"]}


def _occurrence(row: ThreadRow) -> Row:
    r = plain(row)
    return {"id": r["id"], "text": r["text"], "lead": r["lead"], "deadline": deadline_of(r),
            "meeting": {"id": r["meeting_id"], "period": r["period"],
                        "date": r["meeting_date"], "title": r["title"]}}


def build_thread(store: BoltStore, ids: list[str]) -> Row:
    rows = [_occurrence(r) for r in crossmonth.thread_rows(store, ids)]
    rows.sort(key=lambda o: (o["meeting"]["period"], o["id"]))
    periods = [o["meeting"]["period"] for o in rows]
    deadlines = [o["deadline"]["date"] for o in rows if o["deadline"]]
    return {"id": rows[0]["id"], "meetings": len(set(periods)), "first_seen": periods[0],
            "last_seen": periods[-1], "deadline_moved": len(set(deadlines)) > 1,
            "occurrences": rows}


def threads_for(store: BoltStore, directive_ids: set[str]) -> list[Row]:
    """Threads (tasks spanning more than one meeting) that contain any of `directive_ids`."""
    membership = task_groups(store, sorted(directive_ids))
    seen: set[frozenset[str]] = set()
    out = []
    for d in sorted(directive_ids & membership.keys()):
        group = frozenset(membership[d])
        if group not in seen:
            seen.add(group)
            thread = build_thread(store, sorted(group))
            if thread["meetings"] > 1:
                out.append(thread)
    return sorted(out, key=lambda t: (t["first_seen"], t["id"]))


def project_threads(store: BoltStore, project_id: str) -> list[Row]:
    return threads_for(store, set(crossmonth.project_directive_ids(store, project_id)))


def agency_threads(store: BoltStore, agency_id: str) -> list[Row]:
    """Threads spanning more than one meeting with a directive assigned (lead or support) to the
    agency or to a predecessor of it."""
    ids = crossmonth.assigned_directive_ids(store, crossmonth.lineage_ids(store, agency_id))
    return threads_for(store, set(ids))
