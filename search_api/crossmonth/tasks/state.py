"""A task's state as of a date, from its occurrences (directives of successive meetings).

- `superseded`: an occurrence that a later meeting repeated (the later one carries the
  obligation; re-assigned when its lead differs). Only the latest occurrence has a task state:
- `done` (marked by a user), `reported_done` (a later finding reports it completed),
- `overdue` / `open` by the latest occurrence's deadline,
- `recurring`: no deadline and repeated in more than one meeting (a standing instruction),
- `no_deadline`: no deadline, given once.
Occurrences of meetings held after `as_of` are not yet known on that date and are left out."""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from typing import Any

Row = dict[str, Any]


def visible(occurrences: list[Row], as_of: date) -> list[Row]:
    """Occurrences (sorted by period) of meetings held on or before `as_of`."""
    return [o for o in occurrences
            if not o["meeting"].get("date") or str(o["meeting"]["date"])[:10] <= as_of.isoformat()]


def deadline_state(deadline: Row | None, as_of: date) -> str:
    if deadline is None or not deadline.get("date"):
        return "no_deadline"
    return "overdue" if date.fromisoformat(str(deadline["date"])[:10]) < as_of else "open"


def task_state(occurrences: list[Row], as_of: date, done: bool = False,
               reported: bool = False) -> str:
    latest = occurrences[-1]
    if done:
        return "done"
    if reported:
        return "reported_done"
    state = deadline_state(latest["deadline"], as_of)
    meetings = {o["meeting"]["id"] for o in occurrences}
    return "recurring" if state == "no_deadline" and len(meetings) > 1 else state


def deadline_history(occurrences: list[Row]) -> list[Row]:
    """Each change of the deadline date between successive occurrences: from -> to, when."""
    out: list[Row] = []
    prev: str | None = None
    for o in occurrences:
        cur = o["deadline"]["date"] if o["deadline"] else None
        if cur and prev and cur != prev:
            out.append({"from": prev, "to": cur, "period": o["meeting"]["period"],
                        "directive": o["id"]})
        prev = cur or prev
    return out


def reassigned(occurrences: list[Row]) -> list[Row]:
    """Each change of lead agencies between successive occurrences that both name one."""
    out = []
    for a, b in pairwise(occurrences):
        if a["lead"] and b["lead"] and not set(a["lead"]) & set(b["lead"]):
            out.append({"from": a["lead"], "to": b["lead"], "period": b["meeting"]["period"],
                        "directive": b["id"]})
    return out
