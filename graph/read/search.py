"""Reads for search results: the task (cross-month chain, `Directive.task`) of each hit and every
occurrence of those tasks, for `group=task` (search_api/search/grouping.py)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from graph.store import Store

Row = dict[str, Any]
TASKS_OF = ("MATCH (d:Directive) WHERE d.id IN $ids "
            "RETURN d.id AS id, coalesce(d.task, d.id) AS task")
OCCURRENCES = ("MATCH (m:Meeting)-[:ISSUED]->(d:Directive) WHERE d.task IN $tasks "
               "RETURN d.task AS task, d.id AS id, m.id AS meeting, m.period AS period")


def tasks_of(store: Store, ids: Sequence[str]) -> dict[str, str]:
    """Directive id -> its task id (a directive never linked is its own task)."""
    if not ids:
        return {}
    return {str(r["id"]): str(r["task"]) for r in store.execute(TASKS_OF, {"ids": list(ids)})}


def occurrences(store: Store, tasks: Sequence[str]) -> dict[str, list[Row]]:
    """Task id -> its directives ({id, meeting, period}) by period then id."""
    out: dict[str, list[Row]] = {}
    if not tasks:
        return out
    for r in store.execute(OCCURRENCES, {"tasks": sorted(set(tasks))}):
        out.setdefault(str(r["task"]), []).append(
            {"id": r["id"], "meeting": r["meeting"], "period": r["period"]})
    return {t: sorted(rows, key=lambda r: (str(r["period"]), str(r["id"])))
            for t, rows in out.items()}
