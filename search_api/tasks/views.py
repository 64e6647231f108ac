"""Tasks read from the store: a directive's `task` (set by linking) groups its occurrences, so
a page reads only the tasks it shows (an indexed lookup), never every REPEATS edge."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from graph import read
from graph.store import BoltStore
from search_api.tasks import marks, state

Row = dict[str, Any]
TASK_ROWS = (
    "MATCH (m:Meeting)-[:ISSUED]->(d:Directive) WHERE d.task IN $tasks "
    "RETURN d.id AS id, d.task AS task, d.text AS text, d.section AS section, "
    "d.deadline_date AS deadline_date, d.deadline_precision AS deadline_precision, "
    "d.deadline_text AS deadline_text, m.id AS meeting_id, m.period AS period, "
    "m.date AS meeting_date, m.title AS title, "
    "[(d)-[:ASSIGNED_TO {role: 'lead'}]->(a) | a.name] AS lead, "
    "[(d)-[:ASSIGNED_TO {role: 'support'}]->(a) | a.name] AS support"
)


def task_ids(store: BoltStore, directive_ids: list[str]) -> dict[str, str]:
    """Directive id -> task id (a directive never linked is its own task)."""
    rows = store.execute("MATCH (d:Directive) WHERE d.id IN $ids RETURN d.id AS id, "
                         "d.task AS task", {"ids": directive_ids})
    return {r["id"]: r["task"] or r["id"] for r in rows}


def _occurrence(r: Row) -> Row:
    r = read.plain(r)
    deadline = ({"date": r["deadline_date"], "precision": r["deadline_precision"],
                 "text": r["deadline_text"]} if r["deadline_date"] else None)
    return {"id": r["id"], "text": r["text"], "section": r["section"], "lead": r["lead"],
            "support": r["support"], "deadline": deadline,
            "meeting": {"id": r["meeting_id"], "period": r["period"], "date": r["meeting_date"],
                        "title": r["title"]}}


def tasks(store: BoltStore, ids: list[str], as_of: date) -> list[Row]:
    """The tasks `ids` as of a date: occurrences, state, deadline history, lead changes."""
    found: dict[str, list[Row]] = defaultdict(list)
    for r in store.execute(TASK_ROWS, {"tasks": sorted(set(ids))}):
        found[r["task"]].append(_occurrence(r))
    for ident in set(ids) - found.keys():  # never linked: the directive is its own task
        found[ident] = [_occurrence(r) for r in store.execute(
            TASK_ROWS.replace("d.task IN $tasks", "d.id IN $tasks"), {"tasks": [ident]})]
    user = marks.latest(store, sorted(found))
    out = [_task(t, occ, as_of, user.get(t)) for t, occ in found.items()]
    return sorted((t for t in out if t), key=lambda t: (t["first_seen"], t["id"]))


def _task(ident: str, occ: list[Row], as_of: date, mark: Row | None) -> Row | None:
    occ = state.visible(sorted(occ, key=lambda o: (o["meeting"]["period"], o["id"])), as_of)
    if not occ:
        return None
    latest = occ[-1]
    return {"id": ident, "state": state.task_state(occ, as_of, done=mark is not None),
            "first_seen": occ[0]["meeting"]["period"], "last_seen": latest["meeting"]["period"],
            "meetings": len({o["meeting"]["id"] for o in occ}), "repeated": len(occ) - 1,
            "lead": latest["lead"], "support": latest["support"], "deadline": latest["deadline"],
            "deadline_history": state.deadline_history(occ),
            "reassigned": state.reassigned(occ), "done": mark, "occurrences": occ}
