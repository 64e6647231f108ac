"""Tasks marked done (or reopened) by a user: an append-only audit trail in the store.

Each mark is its own `Meta` node {key: "taskmark:<task id>:<n>", task, state, who, at, note},
never attached to a directive: re-ingesting the notices rewrites their directives and links but
leaves the marks, and a task keeps its id (its first directive's id) across re-ingests."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from graph.marks import PREFIX, append_mark, mark_rows
from graph.rows import MarkRow
from graph.store import BoltStore

Row = dict[str, Any]
STATES = ("done", "reopened")


def history(store: BoltStore, tasks: list[str] | None = None) -> list[Row]:
    """Every mark of these tasks (of all tasks when None), by task then order made."""
    rows = [dict(r) for r in mark_rows(store, tasks)]
    for r in rows:
        r["seq"] = int(str(r.pop("key")).rsplit(":", 1)[1])
    return sorted(rows, key=lambda r: (r["task"], r["seq"]))


def latest(store: BoltStore, tasks: list[str]) -> dict[str, Row]:
    """Task id -> its latest mark, for the tasks whose latest mark is `done`."""
    last: dict[str, Row] = {}
    for r in history(store, tasks):
        last[r["task"]] = r
    return {t: r for t, r in last.items() if r["state"] == "done"}


def mark(store: BoltStore, task: str, state: str, who: str, note: str = "",
         at: datetime | None = None) -> Row:
    """Append one mark; returns it."""
    seq = len(history(store, [task])) + 1
    row: MarkRow = {"key": f"{PREFIX}{task}:{seq}", "task": task, "state": state, "who": who,
           "at": (at or datetime.now(UTC)).isoformat(timespec="seconds"), "note": note}
    append_mark(store, row)
    return {k: v for k, v in row.items() if k != "key"} | {"seq": seq}
