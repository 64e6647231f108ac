"""Overdue tasks by agency, by the one rule the agency page counts with (`tasks.views.with_tasks`):
a task is overdue on a date when its latest occurrence known that day has a deadline before it
and it is neither marked done nor reported done (`tasks.state`); it is an agency's when that
latest occurrence is assigned to the agency, as lead or support, or to one of its predecessors
(a task given to Sở Kế hoạch và Đầu tư is Sở Tài chính's too once merged into it). The landing
counts the tasks of its window (last seen from a month on): the agency page filtered to those
months (`since`) and to `overdue` lists exactly them."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from graph.read import recent
from graph.store import BoltStore

Row = dict[str, Any]


def _successors(store: BoltStore) -> dict[str, list[tuple[str, str]]]:
    """Agency id -> every body it went into, transitively (id, name)."""
    direct: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for r in recent.successions(store):
        direct[r["id"]].append((r["successor"], r["name"]))
    out: dict[str, list[tuple[str, str]]] = {}
    for start in direct:
        seen: dict[str, str] = {}
        frontier = [start]
        while frontier:
            for ident, name in direct.get(frontier.pop(), []):
                if ident not in seen and ident != start:
                    seen[ident] = name
                    frontier.append(ident)
        out[start] = sorted(seen.items())
    return out


def by_agency(store: BoltStore, tasks: list[Row]) -> list[Row]:
    """Per agency (id, name): its overdue tasks among `tasks` (each with state and occurrences)
    and how many of them it leads; most first."""
    latest = {t["occurrences"][-1]["id"]: t["id"] for t in tasks if t["state"] == "overdue"}
    if not latest:
        return []
    owners: dict[str, dict[str, bool]] = defaultdict(dict)  # agency -> task -> led
    names: dict[str, str] = {}
    successors = _successors(store)
    for r in recent.assignees(store, sorted(latest)):
        for ident, name in [(r["agency"], r["name"]), *successors.get(r["agency"], [])]:
            names[ident] = name
            task = latest[r["id"]]
            owners[ident][task] = owners[ident].get(task, False) or r["role"] == "lead"
    rows = [{"id": a, "name": names[a], "overdue": len(ts), "lead": sum(ts.values())}
            for a, ts in owners.items()]
    return sorted(rows, key=lambda r: (-r["overdue"], r["name"], r["id"]))
