"""`group=task`: the results of one repeated task (a cross-month chain of directives,
`Directive.task`, search_api/crossmonth/tasks/)
are shown once, at the rank of its best occurrence, with the
months it was given in. Findings and passages are their own group."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from graph.contract import Store
from graph.read import search
from graph.rows import TaskMember

Row = dict[str, Any]
# group over this many ranked hits per result asked for: a task seldom has more occurrences
OVERFETCH = 4


def group_by_task(store: Store, results: Sequence[Row]) -> list[Row]:
    """The results, each task once (its best-ranked occurrence) with `task`, `months` (every
    period it occurs in, ascending), `occurrences` ({id, meeting, period}) and `grouped` (the
    other results of the same task that were folded into it)."""
    directives = [r["id"] for r in results if r.get("kind") == "directive"]
    task_of = search.tasks_of(store, directives)
    found = search.occurrences(store, sorted(set(task_of.values())))
    out: list[Row] = []
    first: dict[str, Row] = {}
    for r in results:
        task = task_of.get(r["id"])
        if task is None:
            out.append(r)
            continue
        if task in first:
            first[task]["grouped"].append(r["id"])
            continue
        occ = found.get(task) or [_member(r)]
        first[task] = {**r, "task": task, "occurrences": occ, "grouped": [],
                       "months": sorted({str(o["period"]) for o in occ if o["period"]})}
        out.append(first[task])
    return out


def _member(result: Row) -> TaskMember:
    """A result never linked into a task: the only occurrence of its own."""
    meeting = result.get("meeting") or {}
    return {"id": result["id"], "meeting": str(meeting.get("id") or ""),
            "period": meeting.get("period")}
