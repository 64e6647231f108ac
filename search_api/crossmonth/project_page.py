"""The project page a page at a time: every task about the project, ordered and counted from
its directives' months alone (no text read), then the full history (`tasks.views.tasks`) of the
page's tasks only. At 1 k notices the busiest project holds ~1,100 tasks: reading them all took
2-4 s and drawing them 5 s, one page of 50 a tenth of that."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from graph.read import views
from graph.rows import TaskKey
from graph.store import BoltStore
from search_api.api.errors import NotFound
from search_api.crossmonth import project_keys
from search_api.crossmonth.tasks import views as task_views
from search_api.service import Chidao

Row = dict[str, Any]
SORTS = ("first_seen", "last_seen", "repeated")


@dataclass(frozen=True)
class Summary:
    """A task as the page orders it: its visible months and how often it was repeated."""

    id: str
    first_seen: str
    last_seen: str
    repeated: int

    def key(self, sort: str) -> tuple[str, ...]:
        """The order of `sort` as strings (what a cursor carries): oldest first, or the most
        repeated first; ties by id (as `tasks.views` orders them)."""
        if sort == "repeated":
            return (f"{1_000_000 - self.repeated:07d}", self.id)
        return (self.first_seen if sort == "first_seen" else self.last_seen, self.id)


def _visible(row: TaskKey, as_of: date) -> bool:
    return not row["date"] or str(row["date"])[:10] <= as_of.isoformat()


def summaries(store: BoltStore, project_id: str, as_of: date) -> list[Summary]:
    """Every task with a directive about the project, as `tasks.views.tasks` would count it: its
    directives of meetings held by `as_of`, wherever they are (a linked task's other directives
    may be about no project); the keys kept for the store's generation (`project_keys`)."""
    found: dict[str, dict[str, str]] = defaultdict(dict)  # task -> directive -> month
    for r in project_keys.keys(store, project_id):
        if _visible(r, as_of):
            found[r["task"]][r["id"]] = r["period"] or ""
    out = []
    for task, months in found.items():
        order = sorted((m, d) for d, m in months.items())
        out.append(Summary(task, order[0][0], order[-1][0], len(order) - 1))
    return out


def page(store: BoltStore, project_id: str, as_of: date, sort: str = "first_seen",
         limit: int | None = None, after: tuple[str, ...] | None = None) -> Row:
    """The tasks of one page (all where `limit` is None) in the order `sort`, after the cursor
    key `after`; `total`, `repeated_tasks` and `next_cursor` (the last key shown, None at the
    end) count and continue the whole list."""
    ordered = sorted(summaries(store, project_id, as_of), key=lambda s: s.key(sort))
    keys = [s.key(sort) for s in ordered]
    start = bisect_right(keys, tuple(after)) if after else 0
    shown = ordered[start:start + limit] if limit else ordered[start:]
    more = limit is not None and start + limit < len(ordered)
    full = {t["id"]: t for t in task_views.tasks(store, [s.id for s in shown], as_of)}
    return {"as_of": as_of.isoformat(), "sort": sort, "total": len(ordered),
            "repeated_tasks": sum(1 for s in ordered if s.repeated),
            "tasks": [full[s.id] for s in shown if s.id in full],
            "next_cursor_key": (sort, *shown[-1].key(sort)) if more and shown else None}


def project_page(service: Chidao, ident: str, as_of: date, sort: str = "first_seen",
                 limit: int | None = None, after: tuple[str, ...] | None = None) -> Row:
    """`page` of the project `ident` (id or name), with the project's own properties."""
    project = views.project_node(service.store, service.resolve_id("Project", ident))
    if project is None:
        raise NotFound(f"no project {ident!r}")
    return {"project": project, **page(service.store, project["id"], as_of, sort, limit, after)}
